/*
 * test_scan_log.c: the log readers through the plain C API (no Lua): results
 * of real Postfix, Exim and Sendmail lines, identical results in any
 * chunking, the bounded join table, hostile input, the JSON record writer
 * and the summary.  Every input is copied into a heap block of exactly its
 * length, so AddressSanitizer sees a read past its end.
 *
 *   cc -std=c99 -Wall -Wextra -Wpedantic -Werror -Isrc -o build/test_scan_log tests/c/test_scan_log.c \
 *      build/lib/libsmtpcodes.a && build/test_scan_log
 *
 * The last line printed is "N passed, N failed"; the exit status is nonzero on failure.
 */
#include "smtpcodes_scan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* What the tests keep of each result: a line of text, made during the emit call. */
#define MAXR 64
static char got[MAXR][1024];
static size_t ngot;

static int keep(void *ud, const smtpc_scan_result *r)
{
  (void)ud;
  if (ngot < MAXR) {
    char *o = got[ngot++];
    snprintf(o, sizeof got[0], "%zu %.*s %s %d %d.%d.%d %s %.*s|%.*s|%.*s %s %s", r->line, (int)r->recipient.len,
             r->recipient.ptr ? r->recipient.ptr : "", smtpc_delivery_name(r->delivery), r->reply_code,
             r->status.klass, r->status.subject, r->status.detail, smtpc_command_name(r->command),
             (int)r->sender.len, r->sender.ptr ? r->sender.ptr : "", (int)r->message_id.len,
             r->message_id.ptr ? r->message_id.ptr : "", (int)r->reply_text.len,
             r->reply_text.ptr ? r->reply_text.ptr : "", smtpc_verdict_name(r->cls.verdict),
             smtpc_reason_name(r->cls.reason));
  }
  return 0;
}

/* Scans s in chunks of `chunk` bytes (0: whole), each chunk its own exact-size heap copy. */
static size_t scan(const char *s, size_t chunk, const smtpc_scan_limits *lim)
{
  size_t n = strlen(s), i;
  int ok = 1;
  smtpc_scanner *sc = smtpc_scanner_new(SMTPC_SCAN_AUTO, lim, keep, NULL);
  ngot = 0;
  if (sc == NULL) return 0;
  if (chunk == 0) chunk = n ? n : 1;
  for (i = 0; i < n; i += chunk) {
    size_t k = n - i < chunk ? n - i : chunk;
    char *c = malloc(k);
    if (c == NULL) exit(2);
    memcpy(c, s + i, k);
    ok &= smtpc_scanner_feed(sc, c, k) == SMTPC_SCAN_OK;
    free(c);
  }
  ok &= smtpc_scanner_finish(sc) == SMTPC_SCAN_OK;
  CHECK(ok && (smtpc_scanner_mode(sc) == SMTPC_SCAN_LOG || ngot == 0));
  smtpc_scanner_free(sc);
  return ngot;
}

static const char LOG[] =
    "Dec 01 20:06:54 mx postfix/qmgr[1]: 42147A72695: from=<bounces@bounce.test>, size=400, nrcpt=1 (queue active)\n"
    "Dec 01 20:06:54 mx postfix/cleanup[2]: 42147A72695: message-id=<t-full@scan.test>\n"
    "Dec 01 20:06:55 mx postfix/smtp[3]: 42147A72695: to=<full@sink.test>, relay=127.0.0.1[127.0.0.1]:2525, "
    "delay=1.4, delays=1.4/0/0.01/0.01, dsn=4.2.2, status=deferred (host 127.0.0.1[127.0.0.1] said: 452 4.2.2 "
    "Mailbox full (in reply to RCPT TO command))\n"
    "Dec 01 20:06:58 mx postfix/qmgr[1]: 42147A72695: from=<bounces@bounce.test>, status=expired, returned to sender\r\n"
    "2026-12-01 19:44:10 1tHxYz-000Abc-12 ** bob@example.com R=dnslookup T=remote_smtp H=mx.example.com "
    "[192.0.2.1]: SMTP error from remote mail server after RCPT TO:<bob@example.com>: 550 5.1.1 User unknown\n"
    "Dec  1 19:44:10 mail sm-mta[124]: wB1JiA9x012345: to=<a@example.org>,<b@example.org>, delay=00:00:02, "
    "mailer=esmtp, pri=1, relay=mx.example.org. [192.0.2.2], dsn=4.0.0, stat=Deferred: Connection refused by "
    "mx.example.org.\n"
    "<22>1 2026-12-01T19:44:09Z mx2 postfix/smtpd 77 - - NOQUEUE: reject: RCPT from x[203.0.113.5]: 554 5.7.1 "
    "<x@elsewhere.example>: Relay access denied; from=<s@bad.example> to=<x@elsewhere.example> proto=ESMTP "
    "helo=<x>";

static void test_shapes(void)
{
  CHECK(scan(LOG, 0, NULL) == 6);
  CHECK(strcmp(got[0], "3 full@sink.test delayed 452 4.2.2 RCPT bounces@bounce.test|t-full@scan.test|Mailbox full "
                       "transient mailbox_full") == 0);
  CHECK(strcmp(got[1], "4 full@sink.test failed 452 4.2.2 RCPT bounces@bounce.test|t-full@scan.test|Mailbox full "
                       "transient mailbox_full") == 0);
  CHECK(strncmp(got[2], "5 bob@example.com failed 550 5.1.1 RCPT ||User unknown permanent user_unknown", 80) == 0);
  CHECK(strncmp(got[3], "6 a@example.org delayed 0 4.0.0 none ||", 39) == 0);
  CHECK(strncmp(got[4], "6 b@example.org delayed 0 4.0.0 none ||", 39) == 0);
  CHECK(strcmp(got[5], "7 x@elsewhere.example failed 554 5.7.1 RCPT s@bad.example||<x@elsewhere.example>: Relay "
                       "access denied permanent relay_denied") == 0);
}

static void test_chunking(void)
{
  static char whole[MAXR][1024];
  size_t n = scan(LOG, 0, NULL), sizes[] = {1, 2, 3, 5, 17, 100}, i, j;
  memcpy(whole, got, sizeof whole);
  for (i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
    CHECK(scan(LOG, sizes[i], NULL) == n);
    for (j = 0; j < n; j++) CHECK(strcmp(whole[j], got[j]) == 0);
  }
}

/* The join table holds the last max_queue ids; `removed` forgets one at once. */
static void test_bounded_joins(void)
{
  static char log[64 * 200];
  smtpc_scan_limits lim;
  size_t i, n = 0;
  memset(&lim, 0, sizeof lim);
  lim.max_queue = 4;
  for (i = 0; i < 10; i++)
    n += (size_t)sprintf(log + n, "Dec  1 10:00:00 mx postfix/qmgr[1]: Q%05zu: from=<s%zu@x>, size=1, nrcpt=1 "
                                  "(queue active)\n", i, i);
  n += (size_t)sprintf(log + n, "Dec  1 10:00:00 mx postfix/qmgr[1]: Q00009: removed\n");
  for (i = 5; i < 10; i++)
    n += (size_t)sprintf(log + n, "Dec  1 10:00:01 mx postfix/smtp[2]: Q%05zu: to=<r@y>, relay=none, delay=1, "
                                  "delays=0/0/0/0, dsn=5.1.1, status=bounced (no)\n", i);
  CHECK(scan(log, 7, &lim) == 5);
  CHECK(strstr(got[0], " failed 0 5.1.1 none |") != NULL); /* Q00005: forgotten (4 ids came after it) */
  CHECK(strstr(got[1], " s6@x|") != NULL);
  CHECK(strstr(got[3], " s8@x|") != NULL);
  CHECK(strstr(got[4], " failed 0 5.1.1 none |") != NULL); /* Q00009: removed */
}

/*
 * The table starts small and grows to max_queue (here 100, past two
 * doublings and a cut): the last 100 ids are joined, the older forgotten;
 * deferrals kept while it grows fail with their reply when the message expires.
 */
static void test_growing_joins(void)
{
  static char log[160 * 400];
  smtpc_scan_limits lim;
  size_t i, n = 0, k;
  memset(&lim, 0, sizeof lim);
  lim.max_queue = 100;
  for (i = 0; i < 300; i++)
    n += (size_t)sprintf(log + n, "Dec  1 10:00:00 mx postfix/qmgr[1]: Q%05zu: from=<s%zu@x>, size=1, nrcpt=1 "
                                  "(queue active)\n", i, i);
  for (i = 190; i < 300; i += 10)
    n += (size_t)sprintf(log + n, "Dec  1 10:00:01 mx postfix/smtp[2]: Q%05zu: to=<r@y>, relay=none, delay=1, "
                                  "delays=0/0/0/0, dsn=5.1.1, status=bounced (no)\n", i);
  CHECK(scan(log, 0, &lim) == 11);
  CHECK(strstr(got[0], " failed 0 5.1.1 none |") != NULL); /* Q00190: 110 ids came after it */
  for (k = 1; k < 11; k++) {
    char want[32];
    snprintf(want, sizeof want, " s%zu@x|", 190 + 10 * k);
    CHECK(strstr(got[k], want) != NULL);
  }
  n = 0;
  for (i = 0; i < 30; i++) /* 30 deferred recipients of one message: the deferrals grow the table too */
    n += (size_t)sprintf(log + n, "Dec  1 10:00:01 mx postfix/smtp[2]: QEXP1: to=<r%zu@y>, relay=none, delay=1, "
                                  "delays=0/0/0/0, dsn=4.2.0, status=deferred (host y said: 450 4.2.0 wait)\n", i);
  n += (size_t)sprintf(log + n, "Dec  1 10:00:02 mx postfix/qmgr[1]: QEXP1: from=<s@x>, status=expired, "
                                "returned to sender\n");
  CHECK(scan(log, 0, &lim) == 60);
  CHECK(strstr(got[30], " failed 450 4.2.0 ") != NULL && strstr(got[59], " failed 450 4.2.0 ") != NULL);
}

/* A scanner given the caller's marker index gives what one with its own gives. */
static void test_shared_index(void)
{
  static char own[MAXR][1024];
  smtpc_classifier *index = malloc(sizeof *index);
  smtpc_scanner *sc;
  size_t n, i;
  if (index == NULL) exit(2);
  smtpc_classifier_init(index);
  n = scan(LOG, 0, NULL);
  memcpy(own, got, sizeof own);
  ngot = 0;
  sc = smtpc_scanner_new_with(SMTPC_SCAN_AUTO, NULL, keep, NULL, index);
  CHECK(sc != NULL);
  CHECK(smtpc_scanner_feed(sc, LOG, strlen(LOG)) == SMTPC_SCAN_OK && smtpc_scanner_finish(sc) == SMTPC_SCAN_OK);
  smtpc_scanner_free(sc);
  CHECK(n > 0 && ngot == n);
  for (i = 0; i < n; i++) CHECK(strcmp(own[i], got[i]) == 0);
  free(index);
}

static void test_hostile(void)
{
  static char junk[100000];
  smtpc_scan_limits lim;
  unsigned seed = 7;
  size_t i;
  for (i = 0; i < sizeof junk - 1; i++) {
    seed = seed * 1103515245u + 12345u;
    junk[i] = (char)(1 + (seed >> 16) % 255); /* no NUL: strlen gives the whole */
  }
  junk[sizeof junk - 1] = 0;
  junk[0] = '1'; /* a log, not a mail */
  scan(junk, 0, NULL);
  scan(junk, 1, NULL);
  memset(&lim, 0, sizeof lim);
  lim.max_line = 64;
  CHECK(scan(LOG, 3, &lim) <= 6); /* lines cut at 64 bytes: what is read, never past the buffer */
  CHECK(scan("Dec  1 10:00:01 mx postfix/smtp[1]: A1B2C3D4E5: to=<", 0, NULL) == 0);
  CHECK(scan("Dec  1 10:00:01 mx postfix/smtp[1]: NOQUEUE: reject: ; from=< to=<", 0, NULL) == 0);
  CHECK(scan("2026-12-01 10:00:00 1tHxYz-000Abc-12 ** ", 1, NULL) == 0);
  CHECK(scan("<1>1 ", 0, NULL) == 0);
}

static void test_json(void)
{
  smtpc_scan_result r;
  char buf[2048];
  size_t n, small;
  memset(&r, 0, sizeof r);
  r.recipient.ptr = "a\"b\\c\n\x01\xC3\xA9\xFF@x";
  r.recipient.len = strlen(r.recipient.ptr);
  r.delivery = SMTPC_DELIVERY_FAILED;
  r.reply_code = 550;
  r.source = "postfix-log";
  r.index = 1;
  r.line = 2;
  smtpc_scan_classify(&r);
  n = smtpc_scan_json(&r, "f.log", 5, buf, sizeof buf);
  CHECK(n < sizeof buf);
  buf[n] = 0;
  CHECK(strncmp(buf, "{\"file\":\"f.log\",\"index\":1,\"line\":2,\"recipient\":\"a\\\"b\\\\c\\n\\u0001\xC3\xA9\\ufffd@x\","
                     "\"original_recipient\":null,", 84) == 0);
  CHECK(strstr(buf, "\"reply\":{\"code\":550,\"enhanced\":null,\"text\":null},") != NULL);
  CHECK(strstr(buf, "\"verdict\":\"permanent\"") != NULL);
  CHECK(buf[n - 1] == '}');
  small = smtpc_scan_json(&r, NULL, 0, buf, 10); /* like snprintf: the full length, at most cap bytes written */
  CHECK(small == n - 3);                         /* "f.log" (7 bytes with its quotes) became null (4) */
}

static void count_key(void *ud, const char *key, size_t len, size_t count)
{
  if (len == 9 && memcmp(key, "sink.test", 9) == 0) *(size_t *)ud += count;
}

static int add(void *ud, const smtpc_scan_result *r)
{
  smtpc_scan_summary_add(ud, r);
  return 0;
}

static void test_summary(void)
{
  smtpc_scan_summary *s = smtpc_scan_summary_new(0);
  smtpc_scanner *sc = smtpc_scanner_new(SMTPC_SCAN_LOG, NULL, add, s);
  const smtpc_summary_counts *c;
  size_t sink = 0;
  CHECK(s != NULL && sc != NULL);
  if (s == NULL || sc == NULL) return;
  CHECK(smtpc_scanner_feed(sc, LOG, strlen(LOG)) == SMTPC_SCAN_OK);
  CHECK(smtpc_scanner_finish(sc) == SMTPC_SCAN_OK);
  c = smtpc_scan_summary_counts(s);
  CHECK(c->total == 6);
  CHECK(c->delivery[SMTPC_DELIVERY_FAILED] == 3);
  CHECK(c->delivery[SMTPC_DELIVERY_DELAYED] == 3);
  CHECK(c->reason[SMTPC_REASON_MAILBOX_FULL] == 2);
  CHECK(smtpc_scan_summary_keys(s, SMTPC_SUMMARY_DOMAIN, count_key, &sink) == 0);
  CHECK(sink == 2);
  smtpc_scanner_free(sc);
  smtpc_scan_summary_free(s);
}

int main(void)
{
  test_shapes();
  test_chunking();
  test_bounded_joins();
  test_growing_joins();
  test_shared_index();
  test_hostile();
  test_json();
  test_summary();
  return CHECK_SUMMARY();
}
