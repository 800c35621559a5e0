/*
 * test_scan.c: the scanner's C API without Lua (smtpcodes_scan.h): bounce
 * mails fed whole and in chunks, mbox streams, limits, stopping, bad input.
 *
 * Build and run from the repository root, after make build:
 *
 *   cc -std=c99 -O1 -g -Wall -Wextra -Wpedantic -Werror -Isrc -o build/test_scan tests/c/test_scan.c build/lib/libsmtpcodes.a && build/test_scan
 *
 * Output is TAP; the last line is "N passed, N failed".  Every input is fed
 * from a heap block of exactly its length, so AddressSanitizer catches a
 * read past the end.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "smtpcodes_scan.h"

static int passed, failed;

static void ok(int cond, const char *what)
{
  if (cond) passed++;
  else failed++;
  printf("%s %d - %s\n", cond ? "ok" : "not ok", passed + failed, what);
}

/* What the emit function saw: every result as one line, in order. */
typedef struct seen {
  char text[16384];
  size_t len;
  size_t n;
  size_t stop_after; /* 0: never stop */
} seen;

static void put_text(seen *s, const char *name, smtpc_text t)
{
  int k = snprintf(s->text + s->len, sizeof s->text - s->len, "%s=%.*s|", name, (int)t.len, t.ptr ? t.ptr : "");
  if (k > 0 && (size_t)k < sizeof s->text - s->len) s->len += (size_t)k;
}

static int on_result(void *ud, const smtpc_scan_result *r)
{
  seen *s = ud;
  int k;
  put_text(s, "rcpt", r->recipient);
  put_text(s, "text", r->reply_text);
  put_text(s, "mid", r->message_id);
  k = snprintf(s->text + s->len, sizeof s->text - s->len, "%zu %s %s %s %d.%d.%d %d %s %s %s\n", r->index,
               r->source, smtpc_scan_kind_name(r->kind), smtpc_delivery_name(r->delivery), r->status.klass,
               r->status.subject, r->status.detail, r->reply_code, smtpc_command_name(r->command),
               smtpc_verdict_name(r->cls.verdict), smtpc_reason_name(r->cls.reason));
  if (k > 0 && (size_t)k < sizeof s->text - s->len) s->len += (size_t)k;
  s->n++;
  return s->stop_after && s->n >= s->stop_after;
}

/* Scans text in chunks of size step (0: whole) into s; returns the last status. */
static smtpc_scan_status scan(const char *text, size_t step, const smtpc_scan_limits *lim, seen *s)
{
  size_t n = strlen(text), i;
  char *copy = malloc(n ? n : 1);
  smtpc_scanner *sc;
  smtpc_scan_status st = SMTPC_SCAN_OK;
  size_t stop = s->stop_after;
  memset(s, 0, sizeof *s);
  s->stop_after = stop;
  if (copy == NULL) exit(2);
  memcpy(copy, text, n);
  sc = smtpc_scanner_new(SMTPC_SCAN_AUTO, lim, on_result, s);
  if (sc == NULL) exit(2);
  if (step == 0) step = n ? n : 1;
  for (i = 0; i < n && st == SMTPC_SCAN_OK; i += step)
    st = smtpc_scanner_feed(sc, copy + i, n - i < step ? n - i : step);
  if (st == SMTPC_SCAN_OK) st = smtpc_scanner_finish(sc);
  smtpc_scanner_free(sc);
  free(copy);
  return st;
}

static const char two[] =
    "From: MAILER-DAEMON@mx.shop.example (Mail Delivery System)\n"
    "Subject: Undelivered Mail Returned to Sender\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=delivery-status;\n"
    "\tboundary=\"B1\"\n"
    "\n"
    "--B1\n"
    "Content-Type: text/plain\n"
    "\n"
    "<bob@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1\n"
    "    <bob@example.com>: User unknown (in reply to RCPT TO command)\n"
    "\n"
    "--B1\n"
    "Content-Type: message/delivery-status\n"
    "\n"
    "Reporting-MTA: dns; mx.shop.example\n"
    "X-Postfix-Queue-ID: 4F1A2B3C\n"
    "\n"
    "Final-Recipient: rfc822; bob@example.com\n"
    "Action: failed\n"
    "Status: 5.1.1\n"
    "Diagnostic-Code: smtp; 550 5.1.1 <bob@example.com>: User unknown\n"
    "\n"
    "Final-Recipient: rfc822; carol@example.net\n"
    "Action: delayed\n"
    "Status: 4.2.2\n"
    "Diagnostic-Code: smtp; 452 4.2.2 Mailbox full\n"
    "\n"
    "--B1\n"
    "Content-Type: text/rfc822-headers\n"
    "\n"
    "Message-Id: <m1@shop.example>\n"
    "\n"
    "--B1--\n";

static const char status_only[] =
    "Content-Length: 452\n"
    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
    "Content-Type: multipart/report; boundary=\"abc\"; report-type=delivery-status\n"
    "\n"
    "--abc\n"
    "Content-Type: message/delivery-status\n"
    "\n"
    "Reporting-MTA: dns; googlemail.com\n"
    "Final-Recipient: rfc822; bob@example.com\n"
    "Action: failed\n"
    "Status: 5.1.1\n"
    "--abc--\n";

static const char qmail[] =
    "From: MAILER-DAEMON@mx.example.net\n"
    "Subject: failure notice\n"
    "\n"
    "Hi. This is the qmail-send program at mx.example.net.\n"
    "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
    "\n"
    "<erin@example.net>:\n"
    "Remote host said: 550 5.1.1 <erin@example.net>: no such user\n"
    ">From the log: giving up.\n"
    "\n"
    "--- Below this line is a copy of the message.\n";

static void test_dsn(void)
{
  seen s;
  ok(scan(two, 0, NULL, &s) == SMTPC_SCAN_OK && s.n == 2, "a two-recipient DSN gives two results");
  ok(strstr(s.text, "rcpt=bob@example.com|text=<bob@example.com>: User unknown|mid=<m1@shop.example>|1 rfc3464 bounce "
                    "failed 5.1.1 550 RCPT permanent user_unknown") != NULL,
     "bob: 550 5.1.1 at RCPT, user_unknown, the returned message's id");
  ok(strstr(s.text, "rcpt=carol@example.net|text=Mailbox full|mid=<m1@shop.example>|2 rfc3464 delay delayed 4.2.2 452") !=
         NULL,
     "carol: delayed, 452 4.2.2, kind delay");
  ok(scan(status_only, 0, NULL, &s) == SMTPC_SCAN_OK && s.n == 1 &&
         strstr(s.text, "failed 5.1.1 0 none permanent user_unknown") != NULL,
     "a Status-only DSN is 5.1.1 permanent, no reply (the Content-Length 452 is no reply)");
}

static void test_chunks(void)
{
  static seen whole, part;
  size_t steps[] = {1, 2, 7, 64, 1000};
  size_t i;
  int same = 1;
  scan(two, 0, NULL, &whole);
  for (i = 0; i < sizeof steps / sizeof steps[0]; i++) {
    scan(two, steps[i], NULL, &part);
    if (part.len != whole.len || memcmp(part.text, whole.text, whole.len) != 0) same = 0;
  }
  ok(same && whole.n == 2, "chunks of 1, 2, 7, 64 and 1000 bytes give the whole input's results");
}

static void test_mbox(void)
{
  static char mbox[8192];
  seen s;
  snprintf(mbox, sizeof mbox, "From MAILER-DAEMON Tue Dec  1 10:00:09 2026\n%s\nFrom MAILER-DAEMON Tue Dec  1 10:05:00 2026\n%s",
           two, qmail);
  ok(scan(mbox, 3, NULL, &s) == SMTPC_SCAN_OK && s.n == 3, "an mbox of two bounces gives their three results");
  ok(strstr(s.text, "rcpt=erin@example.net|text=<erin@example.net>: no such user From the log: giving up.|mid=|1 qmail "
                    "bounce failed 5.1.1 550") != NULL,
     "the second message is numbered from 1 again, read as qmail, its >From line unquoted");
}

static void test_limits_and_stop(void)
{
  smtpc_scan_limits lim;
  seen s;
  memset(&lim, 0, sizeof lim);
  lim.max_recipients = 1;
  ok(scan(two, 0, &lim, &s) == SMTPC_SCAN_OK && s.n == 1, "max_recipients 1 keeps one result");
  memset(&s, 0, sizeof s);
  s.stop_after = 1;
  ok(scan(two, 5, NULL, &s) == SMTPC_SCAN_STOPPED && s.n == 1, "an emit that returns non-zero stops the scan");
  memset(&lim, 0, sizeof lim);
  lim.max_message = 300;
  s.stop_after = 0;
  ok(scan(two, 0, &lim, &s) == SMTPC_SCAN_OK && s.n == 1 && strstr(s.text, "rcpt=bob@example.com") != NULL &&
         strstr(s.text, "carol") == NULL,
     "a message cut at max_message reads what it kept");
}

static void test_bad_input(void)
{
  static char deep[64 * 1024];
  size_t len = 0, i;
  seen s;
  ok(scan("", 0, NULL, &s) == SMTPC_SCAN_OK && s.n == 0, "an empty input gives nothing");
  ok(scan("\x01\x02\xff\xfe garbage\n\n\n", 1, NULL, &s) == SMTPC_SCAN_OK && s.n == 0, "junk gives nothing");
  len += (size_t)snprintf(deep + len, sizeof deep - len, "From: MAILER-DAEMON@x.example\n");
  for (i = 0; i < 1000 && len + 100 < sizeof deep; i++)
    len += (size_t)snprintf(deep + len, sizeof deep - len, "Content-Type: multipart/mixed; boundary=\"b%zu\"\n\n--b%zu\n", i, i);
  ok(scan(deep, 0, NULL, &s) == SMTPC_SCAN_OK, "nesting 1,000 deep is read without trouble");
}

static void test_classify_and_names(void)
{
  smtpc_scan_result r;
  memset(&r, 0, sizeof r);
  r.status.klass = 5;
  r.status.subject = 1;
  r.status.detail = 1;
  r.delivery = SMTPC_DELIVERY_FAILED;
  smtpc_scan_classify(&r);
  ok(r.kind == SMTPC_KIND_BOUNCE && r.cls.verdict == SMTPC_VERDICT_PERMANENT && r.cls.reason == SMTPC_REASON_USER_UNKNOWN,
     "smtpc_scan_classify: a bare 5.1.1 is a permanent user_unknown bounce");
  r.delivery = SMTPC_DELIVERY_DELAYED;
  smtpc_scan_classify(&r);
  ok(r.kind == SMTPC_KIND_DELAY, "a delayed delivery is kind delay");
  ok(strcmp(smtpc_delivery_name(SMTPC_DELIVERY_EXPANDED), "expanded") == 0 &&
         smtpc_delivery_name(SMTPC_DELIVERY_COUNT) == NULL && strcmp(smtpc_command_name(SMTPC_CMD_DATA_END), "DATA-END") == 0 &&
         strcmp(smtpc_scan_kind_name(SMTPC_KIND_AUTOREPLY), "autoreply") == 0,
     "stable names, NULL outside the enums");
}

/* Sendmail's transcript: each recipient with the remote reply above its line, whole and in chunks alike. */
static void test_transcript(void)
{
  static const char mail[] = "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.com>\n"
                             "Subject: Returned mail: see transcript for details\n\n"
                             "   ----- Transcript of session follows -----\n"
                             "While talking to mx.example.edu:\n>>> MAIL From:<kim@example.com>\n"
                             "<<< 501 <kim@example.com>... no access from this host\n"
                             "554 <lou@example.edu>... Remote protocol error\n"
                             ">>> RCPT To:<max@example.edu>\n<<< 550 No such user here\n>>> QUIT\n"
                             "<<< 421 closing\n550 <max@example.edu>... User unknown\n\n"
                             "   ----- Unsent message follows -----\nSubject: x\n\nx\n";
  seen whole, bytes;
  memset(&whole, 0, sizeof whole);
  memset(&bytes, 0, sizeof bytes);
  ok(scan(mail, 0, NULL, &whole) == SMTPC_SCAN_OK && whole.n == 2, "a Sendmail transcript gives its two recipients");
  ok(strstr(whole.text, "rcpt=lou@example.edu|text=<kim@example.com>... no access from this host|mid=|1 sendmail "
                        "bounce failed 5.0.0 501 MAIL permanent") != NULL,
     "the first takes the 501 quoted above Sendmail's own 554, with its command");
  ok(strstr(whole.text, "rcpt=max@example.edu|text=No such user here|mid=|2 sendmail bounce failed 5.0.0 550 RCPT "
                        "permanent user_unknown") != NULL,
     "the second takes the reply to its RCPT, not the answer to QUIT");
  ok(scan(mail, 1, NULL, &bytes) == SMTPC_SCAN_OK && bytes.len == whole.len &&
         memcmp(bytes.text, whole.text, whole.len) == 0,
     "fed one byte at a time it gives the same results");
}

int main(void)
{
  test_dsn();
  test_transcript();
  test_chunks();
  test_mbox();
  test_limits_and_stop();
  test_bad_input();
  test_classify_and_names();
  printf("1..%d\n%d passed, %d failed\n", passed + failed, passed, failed);
  return failed != 0;
}
