/*
 * test_reply.c: the reply parser, the enhanced-code finder and the extractor
 * against what real servers and real error messages look like.
 *
 * Build and run from the repository root (each line is one command):
 *
 *   gcc -std=c99 -O2 -Wall -Wextra -Wpedantic -Wshadow -Wmissing-prototypes -Wstrict-prototypes -fvisibility=hidden -Isrc -o /tmp/test_reply tests/c/test_reply.c src/reply_parse.c src/reply_enhanced.c src/reply_extract.c && /tmp/test_reply
 *   clang -std=c99 -O2 -Wall -Wextra -Wpedantic -Wshadow -Wmissing-prototypes -Wstrict-prototypes -fvisibility=hidden -Isrc -o /tmp/test_reply tests/c/test_reply.c src/reply_parse.c src/reply_enhanced.c src/reply_extract.c && /tmp/test_reply
 *
 * With the sanitizers (add to either line above):
 *
 *   -g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
 *
 * Every input is copied into a heap block of exactly its length, with no NUL
 * after it, so AddressSanitizer catches any read past the end.  The last
 * line printed is "N passed, N failed"; the exit status is nonzero on failure.
 */
#include "smtpcodes_reply.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

#define MAXL 64

/* The last parse: the exact-size copy, the reply and its lines. */
static char *buf;
static size_t blen;
static smtpc_reply R;
static smtpc_reply_line L[MAXL];
static char joined[8192];

static char *dup_exact(const char *s, size_t n)
{
  char *p = (char *)malloc(n ? n : 1);

  if (!p) {
    perror("malloc");
    exit(2);
  }
  if (n)
    memcpy(p, s, n);
  return p;
}

static void load(const char *s, size_t n)
{
  char *old = buf; /* s may point into it */

  buf = dup_exact(s, n);
  blen = n;
  free(old);
}

static smtpc_reply_error parse_n(const char *s, size_t n, int flags,
                                 const smtpc_reply_limits *lim)
{
  smtpc_reply_error e;

  load(s, n);
  e = smtpc_reply_parse(buf, blen, flags, lim, &R, L, MAXL);
  joined[0] = '\0';
  if (e == SMTPC_REPLY_OK)
    smtpc_reply_join(buf, &R, joined, sizeof joined);
  return e;
}

static smtpc_reply_error parse(const char *s)
{
  return parse_n(s, strlen(s), 0, NULL);
}

static smtpc_reply_error parse_stream(const char *s)
{
  return parse_n(s, strlen(s), SMTPC_REPLY_STREAM, NULL);
}

/* Nonzero when span sp of the current buffer holds exactly text. */
static int span_is(smtpc_span sp, const char *text)
{
  size_t n = strlen(text);

  return sp.off <= blen && sp.len <= blen - sp.off && sp.len == n &&
         memcmp(buf + sp.off, text, n) == 0;
}

static int esc_is(smtpc_esc e, int k, int s, int d)
{
  return e.klass == k && e.subject == s && e.detail == d;
}

/* ---- parse: real replies ------------------------------------------------ */

static void test_gmail(void)
{
  CHECK(parse("250 2.1.5 OK x12si3456789qkb.123 - gsmtp\r\n") == SMTPC_REPLY_OK);
  CHECK(R.code == 250 && R.klass == 2 && R.nlines == 1 && R.warnings == 0);
  CHECK(esc_is(R.esc, 2, 1, 5) && span_is(R.esc_at, "2.1.5") && !R.esc_in_text);
  CHECK(span_is(R.text, "OK x12si3456789qkb.123 - gsmtp"));
  CHECK(R.size == blen);
  CHECK(L[0].sep == ' ' && span_is(L[0].text, "2.1.5 OK x12si3456789qkb.123 - gsmtp"));

  CHECK(parse("550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n"
              "550-5.1.1 double-checking the recipient's email address for typos or\r\n"
              "550-5.1.1 unnecessary spaces. For more information, go to\r\n"
              "550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si123.45 - gsmtp\r\n")
        == SMTPC_REPLY_OK);
  CHECK(R.code == 550 && R.nlines == 4 && R.nstored == 4 && R.warnings == 0);
  CHECK(esc_is(R.esc, 5, 1, 1));
  CHECK(L[0].sep == '-' && L[3].sep == ' ' && esc_is(L[2].esc, 5, 1, 1));
  CHECK(span_is(L[1].human, "double-checking the recipient's email address for typos or"));
  CHECK(span_is(L[3].human, "https://support.google.com/mail/?p=NoSuchUser a1si123.45 - gsmtp"));
  CHECK(strcmp(joined, "The email account that you tried to reach does not exist. Please try "
                       "double-checking the recipient's email address for typos or unnecessary "
                       "spaces. For more information, go to "
                       "https://support.google.com/mail/?p=NoSuchUser a1si123.45 - gsmtp") == 0);
  CHECK(smtpc_reply_join(buf, &R, NULL, 0) == strlen(joined));

  CHECK(parse("550-5.7.26 This mail is unauthenticated, which poses a security risk to the\r\n"
              "550-5.7.26 sender and Gmail users, and has been blocked. The sender must\r\n"
              "550-5.7.26 authenticate with at least one of SPF or DKIM. For this message,\r\n"
              "550-5.7.26 DKIM checks did not pass and SPF check for [example.com] did not\r\n"
              "550-5.7.26 pass with ip: [192.0.2.10]. The sender should visit\r\n"
              "550-5.7.26  https://support.google.com/mail/answer/81126#authentication for\r\n"
              "550 5.7.26 instructions on setting up authentication. d2-20020a05600c2512si1.123 - gsmtp\r\n")
        == SMTPC_REPLY_OK);
  CHECK(R.code == 550 && R.nlines == 7 && esc_is(R.esc, 5, 7, 26) && R.warnings == 0);
  CHECK(strncmp(joined, "This mail is unauthenticated, which poses a security risk to the sender and", 75) == 0);
  CHECK(strstr(joined, "visit https://support.google.com/mail/answer/81126#authentication for instructions") != NULL);

  /* Gmail rate limiting: an IP and a number inside brackets after the code */
  CHECK(parse("421-4.7.0 [192.0.2.1      15] Our system has detected an unusual rate of\r\n"
              "421-4.7.0 unsolicited mail originating from your IP address.\r\n"
              "421 4.7.0 https://support.google.com/mail/answer/81126 - gsmtp\r\n") == SMTPC_REPLY_OK);
  CHECK(R.code == 421 && R.klass == 4 && esc_is(R.esc, 4, 7, 0) && R.warnings == 0);
  CHECK(span_is(L[0].human, "[192.0.2.1      15] Our system has detected an unusual rate of"));

  /* Gmail's greeting and EHLO */
  CHECK(parse("220 mx.google.com ESMTP a1-20020a170906si.12 - gsmtp\r\n") == SMTPC_REPLY_OK);
  CHECK(R.code == 220 && R.esc.klass == 0 && R.esc_at.len == 0);
  CHECK(parse("250-mx.google.com at your service, [192.0.2.1]\r\n250-SIZE 157286400\r\n"
              "250-8BITMIME\r\n250-STARTTLS\r\n250-ENHANCEDSTATUSCODES\r\n250-PIPELINING\r\n"
              "250-CHUNKING\r\n250 SMTPUTF8\r\n") == SMTPC_REPLY_OK);
  CHECK(R.nlines == 8 && R.code == 250 && R.esc.klass == 0 && R.warnings == 0);
  CHECK(span_is(L[2].text, "8BITMIME") && span_is(L[7].text, "SMTPUTF8"));
}

static void test_microsoft(void)
{
  CHECK(parse("550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus. "
              "To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.1 "
              "AS(1450) [BN8NAM12FT059.eop-nam12.prod.protection.outlook.com 2024-01-05T10:11:12.345Z 08DBF1234567890A]\r\n")
        == SMTPC_REPLY_OK);
  CHECK(R.code == 550 && esc_is(R.esc, 5, 7, 1) && R.warnings == 0);
  CHECK(parse("550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. "
              "For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(1300)\r\n")
        == SMTPC_REPLY_OK);
  CHECK(esc_is(R.esc, 5, 7, 708));
  CHECK(parse("550 5.4.1 Recipient address rejected: Access denied. AS(201806281) "
              "[DM6NAM12FT045.eop-nam12.prod.protection.outlook.com]\r\n") == SMTPC_REPLY_OK);
  CHECK(esc_is(R.esc, 5, 4, 1) && span_is(R.text, "Recipient address rejected: Access denied. AS(201806281) "
                                                  "[DM6NAM12FT045.eop-nam12.prod.protection.outlook.com]"));
  /* Exchange NDR text: the prefix code wins over the quoted ones */
  CHECK(parse("554 5.1.0 < #5.1.10 smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
              "Recipient not found by SMTP address lookup>\r\n") == SMTPC_REPLY_OK);
  CHECK(esc_is(R.esc, 5, 1, 0) && !R.esc_in_text && R.warnings == 0);
  CHECK(span_is(R.text, "< #5.1.10 smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
                        "Recipient not found by SMTP address lookup>"));
  CHECK(parse("452 4.3.1 Insufficient system resources\r\n") == SMTPC_REPLY_OK);
  CHECK(R.code == 452 && esc_is(R.esc, 4, 3, 1));
  /* Exchange's greeting carries a date and a version */
  CHECK(parse("220 mail.example.com Microsoft ESMTP MAIL Service ready at Fri, 5 Jan 2024 10:11:12 +0000\r\n")
        == SMTPC_REPLY_OK);
  CHECK(R.esc.klass == 0 && R.warnings == 0);
}

static void test_yahoo_icloud_gmx(void)
{
  CHECK(parse("421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected "
              "volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes\r\n")
        == SMTPC_REPLY_OK);
  CHECK(R.code == 421 && esc_is(R.esc, 4, 7, 0) && R.warnings == 0);
  CHECK(parse("421 [TSS04] Messages from 192.0.2.1 temporarily deferred - 4.16.55.1; see https://postmaster.yahooinc.com\r\n")
        == SMTPC_REPLY_OK);
  CHECK(R.esc.klass == 0); /* 4.16.55.1 is Yahoo's own four-part number */
  CHECK(parse("554 5.7.9 Message not accepted for policy reasons.  See https://help.yahoo.com/kb/postmaster/SLN7253.html\r\n")
        == SMTPC_REPLY_OK);
  CHECK(esc_is(R.esc, 5, 7, 9));
  CHECK(parse("553 5.7.2 [TSS09] All messages from 192.0.2.1 will be permanently deferred; "
              "Retrying will NOT succeed. See https://help.yahoo.com/kb/postmaster/SLN23434.html\r\n")
        == SMTPC_REPLY_OK);
  CHECK(esc_is(R.esc, 5, 7, 2));

  CHECK(parse("550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137\r\n")
        == SMTPC_REPLY_OK);
  CHECK(esc_is(R.esc, 5, 7, 1) && span_is(R.text, "[CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137"));
  CHECK(parse("554 5.7.1 [HM08] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137\r\n")
        == SMTPC_REPLY_OK);
  CHECK(R.code == 554 && esc_is(R.esc, 5, 7, 1));

  CHECK(parse("554-gmx.net (mxgmx117) Nemesis ESMTP Service not available\r\n"
              "554-No SMTP service\r\n554-Bad DNS PTR resource record.\r\n"
              "554 For explanation visit https://www.gmx.net/mail/senderguidelines?c=bp\r\n") == SMTPC_REPLY_OK);
  CHECK(R.code == 554 && R.nlines == 4 && R.esc.klass == 0 && R.warnings == 0);
  CHECK(strcmp(joined, "gmx.net (mxgmx117) Nemesis ESMTP Service not available No SMTP service "
                       "Bad DNS PTR resource record. For explanation visit "
                       "https://www.gmx.net/mail/senderguidelines?c=bp") == 0);
  CHECK(parse("550 Requested action not taken: mailbox unavailable\r\n") == SMTPC_REPLY_OK);
  CHECK(R.esc.klass == 0 && span_is(R.text, "Requested action not taken: mailbox unavailable"));
}

static void test_postfix_exim_qmail(void)
{
  CHECK(parse("220 mail.example.com ESMTP Postfix (Debian/GNU)\r\n") == SMTPC_REPLY_OK);
  CHECK(R.code == 220 && R.esc.klass == 0);
  CHECK(parse("250-mail.example.com\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-VRFY\r\n"
              "250-ETRN\r\n250-STARTTLS\r\n250-ENHANCEDSTATUSCODES\r\n250-8BITMIME\r\n250-DSN\r\n"
              "250-SMTPUTF8\r\n250 CHUNKING\r\n") == SMTPC_REPLY_OK);
  CHECK(R.nlines == 11 && R.warnings == 0 && span_is(L[2].text, "SIZE 10240000"));
  CHECK(parse("550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table\r\n")
        == SMTPC_REPLY_OK);
  CHECK(esc_is(R.esc, 5, 1, 1) && span_is(R.text, "<nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table"));
  CHECK(parse("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; "
              "https://www.spamhaus.org/query/ip/192.0.2.1\r\n") == SMTPC_REPLY_OK);
  CHECK(esc_is(R.esc, 5, 7, 1));
  CHECK(parse("220 mx.example.org ESMTP Postfix 3.5.1.2\r\n") == SMTPC_REPLY_OK);
  CHECK(R.esc.klass == 0);

  CHECK(parse("220 mx.example.net ESMTP Exim 4.94.2 Fri, 05 Jan 2024 10:11:12 +0000\r\n") == SMTPC_REPLY_OK);
  CHECK(R.esc.klass == 0 && R.warnings == 0);
  CHECK(parse("550-Verification failed for <x@example.com>\r\n550-Unrouteable address\r\n550 Sender verify failed\r\n")
        == SMTPC_REPLY_OK);
  CHECK(R.nlines == 3 && strcmp(joined, "Verification failed for <x@example.com> Unrouteable address Sender verify failed") == 0);
  CHECK(parse("550 Administrative prohibition\r\n") == SMTPC_REPLY_OK);
  CHECK(R.code == 550 && R.esc.klass == 0);

  /* qmail: bare LF and the code in "(#5.7.1)" at the end */
  CHECK(parse("220 mail.example.com ESMTP\n") == SMTPC_REPLY_OK);
  CHECK(R.warnings == SMTPC_W_BARE_LF && R.size == blen);
  CHECK(parse("553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)\r\n") == SMTPC_REPLY_OK);
  CHECK(esc_is(R.esc, 5, 7, 1) && R.esc_in_text && span_is(R.esc_at, "5.7.1"));
  CHECK(span_is(R.text, "sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)"));
  CHECK(parse("451 qq temporary problem (#4.3.0)\n") == SMTPC_REPLY_OK);
  CHECK(esc_is(R.esc, 4, 3, 0) && R.warnings == SMTPC_W_BARE_LF);
  CHECK(parse("553 sorry, mail from your location is administratively denied (#5.7.1)\r\n") == SMTPC_REPLY_OK);
  CHECK(R.klass == 5 && esc_is(R.esc, 5, 7, 1));
}

static void test_greylisting(void)
{
  CHECK(parse("450 4.2.0 <user@example.com>: Recipient address rejected: Greylisted, see "
              "http://postgrey.schweikert.ch/help/example.com.html\r\n") == SMTPC_REPLY_OK);
  CHECK(R.code == 450 && esc_is(R.esc, 4, 2, 0) && R.warnings == 0);
  CHECK(parse("451 4.7.1 Greylisting in action, please come back later\r\n") == SMTPC_REPLY_OK);
  CHECK(esc_is(R.esc, 4, 7, 1));
  CHECK(parse("451-The server is currently greylisting\r\n451 Please try again in 300 seconds\r\n") == SMTPC_REPLY_OK);
  CHECK(R.nlines == 2 && R.esc.klass == 0 && strcmp(joined, "The server is currently greylisting Please try again in 300 seconds") == 0);
}

/* ---- parse: grammar and odd forms --------------------------------------- */

static void test_bare_and_forms(void)
{
  CHECK(parse("220") == SMTPC_REPLY_OK);
  CHECK(R.code == 220 && R.nlines == 1 && L[0].sep == 0 && L[0].text.len == 0 && R.text.len == 0 && R.warnings == 0);
  CHECK(parse("220\r\n") == SMTPC_REPLY_OK);
  CHECK(R.size == 5 && R.warnings == 0 && joined[0] == '\0');
  CHECK(parse("220 \r\n") == SMTPC_REPLY_OK);
  CHECK(L[0].sep == ' ' && L[0].text.len == 0 && R.warnings == 0);
  CHECK(parse("220 text") == SMTPC_REPLY_OK);
  CHECK(span_is(R.text, "text") && R.size == 8);
  CHECK(parse("354 \r\n") == SMTPC_REPLY_OK);
  CHECK(R.code == 354 && R.klass == 3);
  /* a multi-line greeting whose last line is a bare code */
  CHECK(parse("220-mx.example.com ESMTP\r\n220-no UCE\r\n220\r\n") == SMTPC_REPLY_OK);
  CHECK(R.nlines == 3 && strcmp(joined, "mx.example.com ESMTP no UCE") == 0);

  /* glued text */
  CHECK(parse("250OK\r\n") == SMTPC_REPLY_OK);
  CHECK(R.code == 250 && R.warnings == SMTPC_W_MISSING_SPACE && span_is(L[0].text, "OK") && L[0].sep == 0);
  CHECK(parse("250\tOK\r\n") == SMTPC_REPLY_OK);
  CHECK(R.warnings == SMTPC_W_MISSING_SPACE && span_is(R.text, "OK"));

  /* blank and punctuation-only lines stay lines */
  CHECK(parse("250-first\r\n\r\n250 last\r\n") == SMTPC_REPLY_OK);
  CHECK(R.nlines == 3 && R.warnings == SMTPC_W_MALFORMED_LINE && L[1].code == 0 && L[1].line.len == 0);
  CHECK(strcmp(joined, "first last") == 0);
  CHECK(parse("250-.\r\n250-\r\n250 --\r\n") == SMTPC_REPLY_OK);
  CHECK(R.nlines == 3 && R.warnings == 0 && span_is(L[0].text, ".") && L[1].text.len == 0);
  CHECK(strcmp(joined, ". --") == 0);
  CHECK(parse("550-Message rejected because\r\n  it looks like spam\r\n550 Go away\r\n") == SMTPC_REPLY_OK);
  CHECK(R.nlines == 3 && R.warnings == SMTPC_W_MALFORMED_LINE && L[1].code == 0);
  CHECK(span_is(L[1].text, "  it looks like spam") && span_is(L[1].human, "it looks like spam"));
  CHECK(strcmp(joined, "Message rejected because it looks like spam Go away") == 0);
  /* a malformed line cannot end a reply; 2500 inside a reply is just text */
  CHECK(parse("250-a\r\n2500 b\r\n250 c\r\n") == SMTPC_REPLY_OK);
  CHECK(R.nlines == 3 && L[1].code == 0 && R.warnings == SMTPC_W_MALFORMED_LINE);

  /* mixed codes: the last counts */
  CHECK(parse("250-first\r\n251 second\r\n") == SMTPC_REPLY_OK);
  CHECK(R.code == 251 && R.warnings == SMTPC_W_MIXED_CODES && L[0].code == 250 && L[1].code == 251);
  CHECK(parse("451-4.7.1 Try later\r\n550 5.7.1 Rejected\r\n") == SMTPC_REPLY_OK);
  CHECK(R.code == 550 && R.klass == 5 && esc_is(R.esc, 5, 7, 1));
  CHECK(R.warnings == (SMTPC_W_MIXED_CODES | SMTPC_W_ENHANCED_INCONSISTENT));

  /* second digit 6..9: accepted, flagged */
  CHECK(parse("270 odd\r\n") == SMTPC_REPLY_OK);
  CHECK(R.code == 270 && R.warnings == SMTPC_W_NONSTANDARD_CODE);

  /* whole mode: the buffer's end closes the last line and the reply */
  CHECK(parse("250-only a continuation\r\n") == SMTPC_REPLY_OK);
  CHECK(R.nlines == 1 && R.warnings == SMTPC_W_NO_FINAL_LINE);
  CHECK(parse("250-a\r\n250-") == SMTPC_REPLY_OK);
  CHECK(R.nlines == 2 && R.warnings == SMTPC_W_NO_FINAL_LINE && strcmp(joined, "a") == 0);
  CHECK(parse("250 ok\r") == SMTPC_REPLY_OK);
  CHECK(R.nlines == 1 && R.size == 7 && span_is(R.text, "ok"));

  /* bytes after the reply are left for the next call */
  CHECK(parse("250 ok\r\n221 bye\r\n") == SMTPC_REPLY_OK);
  CHECK(R.size == 8 && R.code == 250);
  CHECK(parse_n(buf + 8, blen - 8, 0, NULL) == SMTPC_REPLY_OK && R.code == 221);

  /* human text is trimmed; the raw text is not */
  CHECK(parse("550 5.1.1   User unknown  \t\r\n") == SMTPC_REPLY_OK);
  CHECK(span_is(R.text, "User unknown") && span_is(L[0].text, "5.1.1   User unknown  \t"));
}

static void test_enhanced_in_reply(void)
{
  CHECK(parse("451 5.7.1 Please try again later\r\n") == SMTPC_REPLY_OK);
  CHECK(R.warnings == SMTPC_W_CLASS_MISMATCH);
  CHECK(parse("250 4.0.0 Ok\r\n") == SMTPC_REPLY_OK);
  CHECK(R.warnings == SMTPC_W_CLASS_MISMATCH);
  CHECK(parse("550 5.1.1 Ok\r\n") == SMTPC_REPLY_OK);
  CHECK(R.warnings == 0);
  CHECK(parse("550-5.1.1 first\r\n550 5.7.1 second\r\n") == SMTPC_REPLY_OK);
  CHECK(esc_is(R.esc, 5, 7, 1) && R.warnings == SMTPC_W_ENHANCED_INCONSISTENT);
  CHECK(strcmp(joined, "5.1.1 first second") == 0);
  /* only some lines carry it: not inconsistent */
  CHECK(parse("550-5.1.1 first\r\n550 second\r\n") == SMTPC_REPLY_OK);
  CHECK(esc_is(R.esc, 5, 1, 1) && R.warnings == 0 && strcmp(joined, "first second") == 0);
  /* IP addresses, versions, four-part numbers are not enhanced codes */
  CHECK(parse("550 Client host [92.5.1.10] blocked\r\n") == SMTPC_REPLY_OK && R.esc.klass == 0);
  CHECK(parse("550 Client 192.168.5.1.10 rejected\r\n") == SMTPC_REPLY_OK && R.esc.klass == 0);
  CHECK(parse("554 Postfix 3.5.1.2 says no\r\n") == SMTPC_REPLY_OK && R.esc.klass == 0);
  CHECK(parse("550 v4.2.1 of the filter said no\r\n") == SMTPC_REPLY_OK && R.esc.klass == 0);
  CHECK(parse("451 4.16.55.1 deferred\r\n") == SMTPC_REPLY_OK && R.esc.klass == 0);
  CHECK(parse("550 5.01.1 leading zero\r\n") == SMTPC_REPLY_OK && R.esc.klass == 0);
  CHECK(parse("550 5.1.1000 too long\r\n") == SMTPC_REPLY_OK && R.esc.klass == 0);
  CHECK(parse("550 6.1.1 no class six\r\n") == SMTPC_REPLY_OK && R.esc.klass == 0);
  CHECK(parse("550 5.1.1\r\n") == SMTPC_REPLY_OK);
  CHECK(esc_is(R.esc, 5, 1, 1) && R.text.len == 0 && joined[0] == '\0');
  /* found in a later line's text */
  CHECK(parse("550-Mailbox unavailable\r\n550 See (#5.1.1) for details\r\n") == SMTPC_REPLY_OK);
  CHECK(esc_is(R.esc, 5, 1, 1) && R.esc_in_text && span_is(R.esc_at, "5.1.1") && R.warnings == 0);
  CHECK(strcmp(joined, "Mailbox unavailable See (#5.1.1) for details") == 0);
  CHECK(parse("451 Try again; smtp;550 5.1.1 user unknown\r\n") == SMTPC_REPLY_OK);
  CHECK(esc_is(R.esc, 5, 1, 1) && R.esc_in_text && R.warnings == SMTPC_W_CLASS_MISMATCH);
  CHECK(parse("250 2.0.0: queued as 4B1C2\r\n") == SMTPC_REPLY_OK && esc_is(R.esc, 2, 0, 0));
  CHECK(span_is(R.text, ": queued as 4B1C2"));
}

static void test_bytes(void)
{
  static const char latin1[] = "550 5.1.1 Benutzer unbekannt: m\xfcller@example.de\r\n";
  static const char utf8[] = "550 5.1.1 Empf\xc3\xa4nger unbekannt \xe2\x9c\x89 \xf0\x9f\x93\xa7\r\n";
  static const char nul[] = "250 a\0b\r\n";

  CHECK(parse(latin1) == SMTPC_REPLY_OK);
  CHECK(R.warnings == SMTPC_W_NON_UTF8 && span_is(R.text, "Benutzer unbekannt: m\xfcller@example.de"));
  CHECK(strcmp(joined, "Benutzer unbekannt: m\xfcller@example.de") == 0);
  CHECK(parse(utf8) == SMTPC_REPLY_OK && R.warnings == 0);
  CHECK(parse("250 overlong \xc0\xaf\r\n") == SMTPC_REPLY_OK && R.warnings == SMTPC_W_NON_UTF8);
  CHECK(parse("250 surrogate \xed\xa0\x80\r\n") == SMTPC_REPLY_OK && R.warnings == SMTPC_W_NON_UTF8);
  CHECK(parse("250 too big \xf4\x90\x80\x80\r\n") == SMTPC_REPLY_OK && R.warnings == SMTPC_W_NON_UTF8);
  CHECK(parse("250 cut \xe2\x82\r\n") == SMTPC_REPLY_OK && R.warnings == SMTPC_W_NON_UTF8);
  CHECK(parse("250 cut at end \xe2\x82") == SMTPC_REPLY_OK && R.warnings == SMTPC_W_NON_UTF8);
  CHECK(parse("250 euro \xe2\x82\xac\r\n") == SMTPC_REPLY_OK && R.warnings == 0);
  CHECK(parse_n(nul, sizeof nul - 1, 0, NULL) == SMTPC_REPLY_OK);
  CHECK(R.warnings == SMTPC_W_CONTROL_CHARS && L[0].line.len == 7 && R.size == 9);
  CHECK(parse("250 a\rb\r\n") == SMTPC_REPLY_OK);
  CHECK(R.nlines == 1 && R.warnings == SMTPC_W_CONTROL_CHARS && span_is(R.text, "a\rb"));
  CHECK(parse("250 tab\there\r\n") == SMTPC_REPLY_OK && R.warnings == 0);
}

static void test_errors(void)
{
  static const char junk[] = "\x00\x01\xff\xfe\x89PNG\r\n\x1a\n";
  char big[3000];

  CHECK(parse("") == SMTPC_REPLY_E_EMPTY);
  CHECK(parse("\r\n") == SMTPC_REPLY_E_EMPTY);
  CHECK(parse("  \t\r\n \n") == SMTPC_REPLY_E_EMPTY);
  CHECK(parse("25 short") == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(parse("25") == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(parse("2500 x") == SMTPC_REPLY_E_BAD_CODE);
  CHECK(parse("600 x") == SMTPC_REPLY_E_BAD_CODE);
  CHECK(parse("199 x") == SMTPC_REPLY_E_BAD_CODE);
  CHECK(parse("099") == SMTPC_REPLY_E_BAD_CODE);
  CHECK(parse_n(junk, sizeof junk - 1, 0, NULL) == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(parse("abc") == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(parse(" 250 leading space") == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(parse("HTTP/1.1 400 Bad Request\r\n") == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(parse("\r\n250 ok\r\n") == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(parse("2x0 ok") == SMTPC_REPLY_E_NOT_A_REPLY);

  /* a default-limit line of 3000 octets */
  memset(big, 'x', sizeof big);
  memcpy(big, "250 ", 4);
  CHECK(parse_n(big, sizeof big, 0, NULL) == SMTPC_REPLY_E_TOO_LONG);
  CHECK(parse_n(big, sizeof big, SMTPC_REPLY_STREAM, NULL) == SMTPC_REPLY_E_TOO_LONG);
  big[600] = '\n';
  CHECK(parse_n(big, sizeof big, 0, NULL) == SMTPC_REPLY_OK);
  /* the x's after the line end are more than blanks: trailing_data */
  CHECK(R.warnings == (SMTPC_W_LONG_LINE | SMTPC_W_BARE_LF | SMTPC_W_TRAILING_DATA) && R.size == 601);
  big[509] = '\r';
  big[510] = '\n';
  CHECK(parse_n(big, sizeof big, 0, NULL) == SMTPC_REPLY_OK);
  CHECK(R.warnings == SMTPC_W_TRAILING_DATA && R.size == 511 && L[0].line.len == 509);
  CHECK(parse("550 5.1.1 a\r\n421 4.7.0 b\r\n") == SMTPC_REPLY_OK && R.code == 550 &&
        R.warnings == SMTPC_W_TRAILING_DATA);
  CHECK(parse("550 5.1.1 a\r\n \r\n\n") == SMTPC_REPLY_OK && R.warnings == 0);

  CHECK(strcmp(smtpc_reply_error_name(SMTPC_REPLY_OK), "ok") == 0);
  CHECK(strcmp(smtpc_reply_error_name(SMTPC_REPLY_E_EMPTY), "empty") == 0);
  CHECK(strcmp(smtpc_reply_error_name(SMTPC_REPLY_E_NOT_A_REPLY), "not_a_reply") == 0);
  CHECK(strcmp(smtpc_reply_error_name(SMTPC_REPLY_E_BAD_CODE), "bad_code") == 0);
  CHECK(strcmp(smtpc_reply_error_name(SMTPC_REPLY_E_TOO_LONG), "too_long") == 0);
  CHECK(strcmp(smtpc_reply_error_name(SMTPC_REPLY_E_TOO_MANY_LINES), "too_many_lines") == 0);
  CHECK(strcmp(smtpc_reply_error_name(SMTPC_REPLY_E_INCOMPLETE), "incomplete") == 0);
  CHECK(strcmp(smtpc_reply_error_name((smtpc_reply_error)99), "unknown") == 0);
  CHECK(strcmp(smtpc_reply_warning_name(SMTPC_W_MIXED_CODES), "mixed_codes") == 0);
  CHECK(strcmp(smtpc_reply_warning_name(SMTPC_W_BARE_LF), "bare_lf") == 0);
  CHECK(strcmp(smtpc_reply_warning_name(SMTPC_W_MISSING_SPACE), "missing_space") == 0);
  CHECK(strcmp(smtpc_reply_warning_name(SMTPC_W_CLASS_MISMATCH), "class_mismatch") == 0);
  CHECK(strcmp(smtpc_reply_warning_name(SMTPC_W_ENHANCED_INCONSISTENT), "enhanced_inconsistent") == 0);
  CHECK(strcmp(smtpc_reply_warning_name(SMTPC_W_NON_UTF8), "non_utf8") == 0);
  CHECK(strcmp(smtpc_reply_warning_name(SMTPC_W_MALFORMED_LINE), "malformed_line") == 0);
  CHECK(strcmp(smtpc_reply_warning_name(SMTPC_W_NONSTANDARD_CODE), "nonstandard_code") == 0);
  CHECK(strcmp(smtpc_reply_warning_name(SMTPC_W_NO_FINAL_LINE), "no_final_line") == 0);
  CHECK(strcmp(smtpc_reply_warning_name(SMTPC_W_LONG_LINE), "long_line") == 0);
  CHECK(strcmp(smtpc_reply_warning_name(SMTPC_W_CONTROL_CHARS), "control_chars") == 0);
  CHECK(strcmp(smtpc_reply_warning_name(SMTPC_W_TRAILING_DATA), "trailing_data") == 0);
  CHECK(smtpc_reply_warning_name(0) == NULL && smtpc_reply_warning_name(3) == NULL &&
        smtpc_reply_warning_name(1u << SMTPC_W_COUNT) == NULL);
}

static void test_limits(void)
{
  smtpc_reply_limits lim;
  char many[1002 * 7], line[128];
  size_t i, n = 0;

  smtpc_reply_limits_default(&lim);
  CHECK(lim.max_line == 2048 && lim.max_lines == 1000 && lim.max_size == 65536);

  lim.max_line = 20; /* "250 " + 16 octets of text */
  CHECK(parse_n("250 0123456789abcdef\r\n", 22, 0, &lim) == SMTPC_REPLY_OK);
  CHECK(parse_n("250 0123456789abcdefg\r\n", 23, 0, &lim) == SMTPC_REPLY_E_TOO_LONG);
  CHECK(parse_n("250 0123456789abcdefg", 21, SMTPC_REPLY_STREAM, &lim) == SMTPC_REPLY_E_TOO_LONG);
  CHECK(parse_n("250 0123456789abcdef", 20, SMTPC_REPLY_STREAM, &lim) == SMTPC_REPLY_E_INCOMPLETE);
  CHECK(parse_n("250 0123456789abcdef\r", 21, SMTPC_REPLY_STREAM, &lim) == SMTPC_REPLY_E_INCOMPLETE);
  CHECK(parse_n("250 0123456789abcdef\r\n", 22, SMTPC_REPLY_STREAM, &lim) == SMTPC_REPLY_OK);

  /* 1001 lines against the default 1000 */
  for (i = 0; i < 1001; i++) {
    memcpy(many + n, i == 1000 ? "250 x\r\n" : "250-x\r\n", 7);
    n += 7;
  }
  CHECK(parse_n(many, n, 0, NULL) == SMTPC_REPLY_E_TOO_MANY_LINES && R.nlines == 1000);
  CHECK(parse_n(many, n - 7, 0, NULL) == SMTPC_REPLY_OK && R.nlines == 1000 && R.nstored == MAXL);
  CHECK(parse_n(many, n, SMTPC_REPLY_STREAM, NULL) == SMTPC_REPLY_E_TOO_MANY_LINES);
  /* a stream of continuation lines stops at the line limit, not at memory */
  CHECK(parse_n(many, n - 7, SMTPC_REPLY_STREAM, NULL) == SMTPC_REPLY_E_TOO_MANY_LINES);

  smtpc_reply_limits_default(&lim);
  lim.max_lines = 3;
  CHECK(parse_n("250-a\r\n250-b\r\n250 c\r\n", 21, 0, &lim) == SMTPC_REPLY_OK && R.nlines == 3);
  CHECK(parse_n("250-a\r\n250-b\r\n250-c\r\n250 d\r\n", 28, 0, &lim) == SMTPC_REPLY_E_TOO_MANY_LINES);

  smtpc_reply_limits_default(&lim);
  lim.max_size = 21;
  CHECK(parse_n("250-a\r\n250-b\r\n250 c\r\n", 21, 0, &lim) == SMTPC_REPLY_OK);
  CHECK(parse_n("250-a\r\n250-b\r\n250 cd\r\n", 22, 0, &lim) == SMTPC_REPLY_E_TOO_LONG);
  CHECK(parse_n("250-a\r\n250-b\r\n250-c\r\n", 21, SMTPC_REPLY_STREAM, &lim) == SMTPC_REPLY_E_TOO_LONG);
  CHECK(parse_n("250-a\r\n250-b\r\n250-", 18, SMTPC_REPLY_STREAM, &lim) == SMTPC_REPLY_E_INCOMPLETE);

  /* a server that sends junk after "250-" is cut off by the line limit */
  n = 0;
  memcpy(many, "250-a\r\n", 7);
  for (n = 7; n + 7 <= sizeof many; n += 7)
    memcpy(many + n, "junk!\r\n", 7);
  CHECK(parse_n(many, n, SMTPC_REPLY_STREAM, NULL) == SMTPC_REPLY_E_TOO_MANY_LINES);
  CHECK(R.nlines == 1000 && R.warnings == SMTPC_W_MALFORMED_LINE);

  /* a zero field means its default */
  memset(&lim, 0, sizeof lim);
  CHECK(parse_n("250 ok\r\n", 8, 0, &lim) == SMTPC_REPLY_OK);

  /* lines past the caller's capacity are counted, not stored */
  load("550-5.1.1 a\r\n550-5.1.1 b\r\n550-5.1.1 c\r\n550 5.1.1 d\r\n", 52);
  CHECK(smtpc_reply_parse(buf, blen, 0, NULL, &R, L, 2) == SMTPC_REPLY_OK);
  CHECK(R.nlines == 4 && R.nstored == 2 && R.size == 52 && esc_is(R.esc, 5, 1, 1));
  CHECK(smtpc_reply_join(buf, &R, joined, sizeof joined) == 7 && strcmp(joined, "a b c d") == 0);
  CHECK(smtpc_reply_parse(buf, blen, 0, NULL, &R, NULL, 0) == SMTPC_REPLY_OK && R.nstored == 0);
  CHECK(smtpc_reply_join(buf, &R, line, 5) == 7 && strcmp(line, "a b ") == 0);
  CHECK(smtpc_reply_join(buf, &R, line, 1) == 7 && line[0] == '\0');
  CHECK(smtpc_reply_join(buf, &R, NULL, 0) == 7);

  /* joining from the stored lines gives what reading the reply again gives */
  load("550-5.1.1 a\r\n550 5.7.1  b \r\n550-x\r\n", 35);
  CHECK(smtpc_reply_parse(buf, blen, 0, NULL, &R, L, 8) == SMTPC_REPLY_OK && R.nstored == R.nlines);
  CHECK(smtpc_reply_join(buf, &R, joined, sizeof joined) == 9 && strcmp(joined, "5.1.1 a b") == 0);
  CHECK(smtpc_reply_join_lines(buf, &R, L, line, sizeof line) == smtpc_reply_join(buf, &R, NULL, 0) &&
        strcmp(line, joined) == 0);
  CHECK(smtpc_reply_parse(buf, blen, 0, NULL, &R, L, 1) == SMTPC_REPLY_OK && R.nstored == 1);
  CHECK(smtpc_reply_join_lines(buf, &R, L, line, sizeof line) == strlen(joined) && strcmp(line, joined) == 0);
  CHECK(smtpc_reply_join_lines(buf, &R, NULL, line, 3) == strlen(joined) && strlen(line) == 2);
}

static void test_stream(void)
{
  static const char multi[] = "250-mail.example.com\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250 8BITMIME\r\n";
  size_t i, size = 0, n = sizeof multi - 1;
  int ok = 1;
  smtpc_reply_error e;

  CHECK(parse_stream("") == SMTPC_REPLY_E_INCOMPLETE);
  CHECK(parse_stream("2") == SMTPC_REPLY_E_INCOMPLETE);
  CHECK(parse_stream("25") == SMTPC_REPLY_E_INCOMPLETE);
  CHECK(parse_stream("250") == SMTPC_REPLY_E_INCOMPLETE);
  CHECK(parse_stream("250 ok") == SMTPC_REPLY_E_INCOMPLETE);
  CHECK(parse_stream("250 ok\r") == SMTPC_REPLY_E_INCOMPLETE && R.nlines == 0);
  CHECK(parse_stream("250 ok\r\n") == SMTPC_REPLY_OK && R.size == 8 && span_is(R.text, "ok"));
  CHECK(parse_stream("250 ok\n") == SMTPC_REPLY_OK && R.warnings == SMTPC_W_BARE_LF);
  CHECK(parse_stream("250-a\r\n") == SMTPC_REPLY_E_INCOMPLETE && R.nlines == 1 && R.size == 7);
  CHECK(parse_stream("X") == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(parse_stream("2X") == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(parse_stream("HTTP/1.1 400") == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(parse_stream("600") == SMTPC_REPLY_E_BAD_CODE);
  CHECK(parse_stream("2500") == SMTPC_REPLY_E_BAD_CODE);
  CHECK(parse_stream("\r\n") == SMTPC_REPLY_E_NOT_A_REPLY);

  /* a CR at the end of one chunk, its LF in the next: no empty line */
  CHECK(parse_stream("250-a\r") == SMTPC_REPLY_E_INCOMPLETE);
  CHECK(parse_stream("250-a\r\n250 b\r") == SMTPC_REPLY_E_INCOMPLETE && R.nlines == 1);
  CHECK(parse_stream("250-a\r\n250 b\r\n") == SMTPC_REPLY_OK);
  CHECK(R.nlines == 2 && R.warnings == 0 && span_is(L[0].text, "a") && span_is(L[1].text, "b"));

  /* byte by byte: incomplete until the last LF, then the whole reply */
  for (i = 0; i < n; i++) {
    load(multi, i);
    e = smtpc_reply_scan(buf, blen, NULL, &size);
    if (e != SMTPC_REPLY_E_INCOMPLETE || size != 0)
      ok = 0;
  }
  CHECK(ok);
  load(multi, n);
  CHECK(smtpc_reply_scan(buf, blen, NULL, &size) == SMTPC_REPLY_OK && size == n);

  /* pipelined replies, one after another */
  load("250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 End data with <CR><LF>.<CR><LF>\r\n", 65);
  CHECK(smtpc_reply_scan(buf, blen, NULL, &size) == SMTPC_REPLY_OK && size == 14);
  CHECK(smtpc_reply_scan(buf + 14, blen - 14, NULL, &size) == SMTPC_REPLY_OK && size == 14);
  CHECK(smtpc_reply_parse(buf + 28, blen - 28, SMTPC_REPLY_STREAM, NULL, &R, L, MAXL) == SMTPC_REPLY_OK);
  CHECK(R.code == 354 && R.size == 37 && R.esc.klass == 0);
  CHECK(smtpc_reply_scan(buf + 65, 0, NULL, &size) == SMTPC_REPLY_E_INCOMPLETE);
}

/* ---- enhanced codes ----------------------------------------------------- */

static size_t match(const char *s, size_t pos, smtpc_esc *e)
{
  load(s, strlen(s));
  return smtpc_esc_match(buf, blen, pos, e);
}

static int find_n(const char *s, size_t n, smtpc_esc *e, smtpc_span *at)
{
  load(s, n);
  return smtpc_esc_find(buf, blen, e, at);
}

static int find(const char *s, smtpc_esc *e, smtpc_span *at)
{
  return find_n(s, strlen(s), e, at);
}

static void test_esc(void)
{
  smtpc_esc e;
  smtpc_span at;

  CHECK(match("5.1.1", 0, &e) == 5 && esc_is(e, 5, 1, 1));
  CHECK(match("2.0.0 Ok", 0, &e) == 5 && esc_is(e, 2, 0, 0));
  CHECK(match("5.7.708", 0, &e) == 7 && esc_is(e, 5, 7, 708));
  CHECK(match("x 5.1.10 y", 2, &e) == 6 && esc_is(e, 5, 1, 10));
  CHECK(match("4.7.0.", 0, &e) == 5); /* the end of a sentence */
  CHECK(match("4.7.0:", 0, &e) == 5);
  CHECK(match("5.1.1", 0, NULL) == 5);
  CHECK(match("5.01.1", 0, &e) == 0);
  CHECK(match("5.1.01", 0, &e) == 0);
  CHECK(match("5.00.0", 0, &e) == 0);
  CHECK(match("5.1.1000", 0, &e) == 0);
  CHECK(match("5.1000.1", 0, &e) == 0);
  CHECK(match("6.1.1", 0, &e) == 0);
  CHECK(match("3.1.1", 0, &e) == 0);
  CHECK(match("5.1", 0, &e) == 0);
  CHECK(match("5.1.", 0, &e) == 0);
  CHECK(match("5..1", 0, &e) == 0);
  CHECK(match("5.1.1.2", 0, &e) == 0);
  CHECK(match("5.1.1a", 0, &e) == 0);
  CHECK(match("x5.1.1", 1, &e) == 0);
  CHECK(match(".5.1.1", 1, &e) == 0);
  CHECK(match("95.1.1", 1, &e) == 0);
  CHECK(match("5.1.1", 5, &e) == 0);
  CHECK(match("5.1.1", 99, &e) == 0);

  CHECK(find("#5.1.0 Address rejected", &e, &at) && esc_is(e, 5, 1, 0) && at.off == 1 && at.len == 5);
  CHECK(find("sorry, no mailbox here by that name (#5.1.1)", &e, &at) && esc_is(e, 5, 1, 1));
  CHECK(find("< #5.1.10 smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound>", &e, &at) &&
        esc_is(e, 5, 1, 10) && at.off == 3);
  CHECK(find("host said: smtp;550 5.1.1 user unknown", &e, &at) && esc_is(e, 5, 1, 1) && at.off == 20);
  CHECK(find("smtp; 550-5.7.1 go away", &e, &at) && esc_is(e, 5, 7, 1));
  CHECK(find("error 550:5.1.1 user unknown", &e, &at) && esc_is(e, 5, 1, 1));
  CHECK(find("550; 5.2.2 mailbox full", &e, &at) && esc_is(e, 5, 2, 2));
  CHECK(find("   4.2.0 Greylisted", &e, &at) && esc_is(e, 4, 2, 0) && at.off == 3);
  CHECK(!find("Client host [92.5.1.10] blocked", &e, &at));
  CHECK(!find("from 192.168.5.1.10", &e, &at));
  CHECK(!find("Postfix 3.5.1.2", &e, &at));
  CHECK(!find("filter v4.2.1", &e, &at));
  CHECK(!find("deferred - 4.16.55.1; see", &e, &at));
  CHECK(!find("Exim 4.94.2 ready", &e, &at));
  CHECK(!find("code 1550 5.1.1", &e, &at));
  CHECK(!find("at 12:34:56 5.1.1", &e, &at));
  CHECK(!find("", &e, &at));
  CHECK(!find("#", &e, &at));
  CHECK(!find("550", &e, &at));
  CHECK(find("#4.4.7", NULL, NULL));
}

/*
 * The places smtpc_esc_find accepts, told from what precedes a "2.", "4."
 * or "5.", and the first of them in text order; and the parser's first-line
 * checks, which now read the code once.
 */
static void test_esc_places(void)
{
  smtpc_esc e;
  smtpc_span at;

  CHECK(find("x 550 \t 5.1.1 y", &e, &at) && esc_is(e, 5, 1, 1) && at.off == 8 && at.len == 5);
  CHECK(find("x 550-\t 5.1.1", &e, &at) && at.off == 8);
  CHECK(find("x 550; 5.1.1", &e, &at) && at.off == 7);
  CHECK(!find("x 550\t5.1.1", &e, &at));  /* a tab is no separator */
  CHECK(!find("x a550 5.1.1", &e, &at));   /* no word boundary */
  CHECK(!find("x .550 5.1.1", &e, &at));
  CHECK(!find("x 5550 5.1.1", &e, &at));   /* four digits */
  CHECK(!find("x 55 5.1.1", &e, &at));
  CHECK(find("550 5.1.1", &e, &at) && at.off == 4); /* a code at the very start */
  CHECK(find("v4.2.1 then #5.7.1 and 550 5.1.1", &e, &at) && esc_is(e, 5, 7, 1) && at.off == 13);
  CHECK(find("#5.1.1a #4.2.0", &e, &at) && esc_is(e, 4, 2, 0) && at.off == 9);
  CHECK(find("##5.1.1", &e, &at) && at.off == 2);
  CHECK(!find("5 .5.1.1", &e, &at));
  CHECK(find(" \t2.0.0", &e, &at) && at.off == 2);

  CHECK(parse("25x\r\n") == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(parse("25") == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(parse_stream("25") == SMTPC_REPLY_E_INCOMPLETE);
  CHECK(parse_stream("2x") == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(parse("25\n") == SMTPC_REPLY_E_NOT_A_REPLY && R.warnings == SMTPC_W_BARE_LF);
  CHECK(parse(" \r\n\t") == SMTPC_REPLY_E_EMPTY);
  /* lines A, B, A: inconsistent, and the last line's code stands */
  CHECK(parse("250-2.0.0 a\r\n250-2.1.0 b\r\n250 2.0.0 c\r\n") == SMTPC_REPLY_OK &&
        (R.warnings & SMTPC_W_ENHANCED_INCONSISTENT) && esc_is(R.esc, 2, 0, 0) && R.esc_at.off == 30 &&
        R.esc_at.len == 5 && !R.esc_in_text);
  CHECK(parse("250-a\r\n250 b (#4.7.1)\r\n") == SMTPC_REPLY_OK && R.esc_in_text &&
        esc_is(R.esc, 4, 7, 1) && span_is(R.esc_at, "4.7.1") && (R.warnings & SMTPC_W_CLASS_MISMATCH));
}

/*
 * The one-line path and the sixteen-byte scans: a line end, a tab, a
 * control byte or an enhanced code at every offset around a block edge.
 */
static void test_block_edges(void)
{
  char line[160];
  smtpc_esc e;
  smtpc_span at;
  size_t k;
  int ok = 1;

  for (k = 0; k < 40; k++) {
    memset(line, 'a', k);
    /* "192.2.5" has a class digit and a dot but no marker: not a code */
    memcpy(line + k, " 192.2.5 #5.1.1 y", 17);
    ok &= find_n(line, k + 17, &e, &at) && esc_is(e, 5, 1, 1) && at.off == k + 10;
    ok &= !find_n(line, k + 14, &e, &at); /* "#5.1." */
    memcpy(line, "250 ", 4);
    memset(line + 4, 'b', k);
    memcpy(line + 4 + k, "\tc\r\n", 5);
    ok &= parse(line) == SMTPC_REPLY_OK && R.warnings == 0 && R.size == k + 8;
    line[4 + k] = '\001';
    ok &= parse(line) == SMTPC_REPLY_OK && R.warnings == SMTPC_W_CONTROL_CHARS;
    line[4 + k] = '\xe9';
    ok &= parse(line) == SMTPC_REPLY_OK && R.warnings == SMTPC_W_NON_UTF8;
    memcpy(line + 4 + k, "\xc3\xa9\r\n", 5);
    ok &= parse_stream(line) == SMTPC_REPLY_OK && R.warnings == 0 && R.text.len == k + 2;
  }
  CHECK(ok);
  CHECK(parse("250 2.1.0 Ok\r\n") == SMTPC_REPLY_OK && R.nlines == 1 && esc_is(R.esc, 2, 1, 0) &&
        span_is(R.text, "Ok") && R.warnings == 0);
  CHECK(parse("250 2.1.0 Ok\r\nx") == SMTPC_REPLY_OK && R.warnings == SMTPC_W_TRAILING_DATA);
  CHECK(parse("260 x\r\n") == SMTPC_REPLY_OK && R.warnings == SMTPC_W_NONSTANDARD_CODE);
  CHECK(parse("250 x\r") == SMTPC_REPLY_OK && R.size == 6 && R.warnings == 0);
  CHECK(parse_stream("250 x\r") == SMTPC_REPLY_E_INCOMPLETE);
  CHECK(parse("250 4.2.0 late\r\n") == SMTPC_REPLY_OK && R.warnings == SMTPC_W_CLASS_MISMATCH);
  CHECK(parse("354 End data with <CR><LF>.<CR><LF>\r\n") == SMTPC_REPLY_OK && R.esc.klass == 0);
}

/* ---- extraction ---------------------------------------------------------- */

static smtpc_found O, I;

static smtpc_reply_error extract(const char *s)
{
  load(s, strlen(s));
  return smtpc_reply_extract(buf, blen, &O, &I);
}

static void test_extract(void)
{
  /* numbers of ordinary error text are not codes (newcomer report W4) */
  CHECK(extract("Timeout after 450 seconds waiting for greeting") == SMTPC_REPLY_OK &&
        O.code == 0 && O.esc.klass == 0 && O.warnings == SMTPC_W_NO_CODE);
  CHECK(extract("read error at byte 421 of the response") == SMTPC_REPLY_OK && O.code == 0);
  CHECK(extract("HTTP/1.1 503 Service Unavailable") == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(extract("mailbox size 552 MB exceeds quota") == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(extract("see issue #421 for details") == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(extract("Content-Length: 452\nX-Spam-Score: 550\n") == SMTPC_REPLY_E_NOT_A_REPLY);
  /* two replies: the second is reported, not dropped silently (W5) */
  CHECK(extract("a said: 550 5.1.1 gone (in reply to RCPT TO command)\nb said: 421 4.7.0 later") ==
        SMTPC_REPLY_OK);
  CHECK(O.code == 550 && span_is(O.text, "gone") && O.warnings == SMTPC_W_TRAILING_DATA);
  CHECK(smtpc_reply_parse("550 5.1.1 a\r\n421 4.7.0 b\r\n", 26, 0, NULL, &R, NULL, 0) == SMTPC_REPLY_OK &&
        R.code == 550 && R.size == 13 && R.warnings == SMTPC_W_TRAILING_DATA);
  CHECK(smtpc_reply_parse("550 5.1.1 a\r\n\r\n", 15, 0, NULL, &R, NULL, 0) == SMTPC_REPLY_OK &&
        R.warnings == 0);
  /* a wrapped reply in a Postfix bounce continues over indented lines */
  CHECK(extract("<x@y>: host mx[192.0.2.1] said: 550 5.7.1\n    Unfortunately, blocked\n"
                "Reporting-MTA: dns; mx") == SMTPC_REPLY_OK);
  CHECK(O.code == 550 && span_is(O.reply, "550 5.7.1\n    Unfortunately, blocked"));
  /* enhanced codes without a basic code (audit 7.1, newcomer M2) */
  CHECK(extract("4.4.1 No answer from host") == SMTPC_REPLY_OK && O.code == 0 && esc_is(O.esc, 4, 4, 1) &&
        span_is(O.text, "No answer from host") && O.warnings == SMTPC_W_NO_CODE);
  CHECK(extract("Action: failed\nStatus: 5.1.1\n") == SMTPC_REPLY_OK && O.code == 0 && esc_is(O.esc, 5, 1, 1));
  CHECK(extract("to=<x@y>, relay=none, dsn=5.4.4, status=bounced (Host or domain name not found)") ==
        SMTPC_REPLY_OK && O.code == 0 && esc_is(O.esc, 5, 4, 4));
  CHECK(extract("version 4.2.1 of the software") == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(extract("#550 4.4.7 QUEUE.Expired; message expired ##") == SMTPC_REPLY_OK && O.code == 550 &&
        esc_is(O.esc, 4, 4, 7) && span_is(O.text, "QUEUE.Expired; message expired"));
  /* a failure that got no reply: the whole trimmed string, code 0 */
  CHECK(extract("  connect to mx.example[192.0.2.1]:25: Connection timed out\n") == SMTPC_REPLY_OK &&
        O.code == 0 && O.esc.klass == 0 && span_is(O.reply, "connect to mx.example[192.0.2.1]:25: Connection timed out"));

  CHECK(extract("smtp.lua:124: 550-5.7.26 Unauthenticated email from example.com is not accepted "
                "due to domain's DMARC policy") == SMTPC_REPLY_OK);
  CHECK(O.code == 550 && esc_is(O.esc, 5, 7, 26) && span_is(O.esc_at, "5.7.26") && O.multiline);
  CHECK(span_is(O.text, "Unauthenticated email from example.com is not accepted due to domain's DMARC policy"));
  CHECK(O.reply.off == 14 && I.code == 0 && O.warnings == 0);

  CHECK(extract("Remote Server returned '554 5.1.0 < #5.1.10 smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
                "Recipient not found by SMTP address lookup>'") == SMTPC_REPLY_OK);
  CHECK(O.code == 554 && esc_is(O.esc, 5, 1, 0) && !O.multiline);
  CHECK(span_is(O.reply, "554 5.1.0 < #5.1.10 smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
                         "Recipient not found by SMTP address lookup>"));
  CHECK(span_is(O.text, "< #5.1.10 smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
                        "Recipient not found by SMTP address lookup>"));
  CHECK(I.code == 550 && esc_is(I.esc, 5, 1, 10));
  CHECK(span_is(I.text, "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"));

  CHECK(extract("Remote Server at mx.example.com (192.0.2.25) returned '550 4.4.7 QUEUE.Expired; message expired'")
        == SMTPC_REPLY_OK);
  CHECK(O.code == 550 && esc_is(O.esc, 4, 4, 7) && O.warnings == SMTPC_W_CLASS_MISMATCH);
  CHECK(span_is(O.text, "QUEUE.Expired; message expired") && I.code == 0);

  CHECK(extract("said: 550 5.1.1 <x@y>: Recipient address rejected (in reply to RCPT TO command)") == SMTPC_REPLY_OK);
  CHECK(O.code == 550 && esc_is(O.esc, 5, 1, 1) && span_is(O.text, "<x@y>: Recipient address rejected"));

  CHECK(extract("Jan  5 10:11:12 mx postfix/smtp[12345]: 4B1C23F4A5: to=<x@y.example>, "
                "relay=mx.y.example[203.0.113.5]:25, delay=0.52, delays=0.1/0/0.2/0.22, dsn=5.1.1, "
                "status=bounced (host mx.y.example[203.0.113.5] said: 550 5.1.1 <x@y.example>: "
                "Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))")
        == SMTPC_REPLY_OK);
  CHECK(O.code == 550 && esc_is(O.esc, 5, 1, 1) && I.code == 0);
  CHECK(span_is(O.reply, "550 5.1.1 <x@y.example>: Recipient address rejected: User unknown in virtual mailbox table"));

  CHECK(extract("host mx.example[1.2.3.4] said: 450 4.2.0 <x@y>: Recipient address rejected: Greylisted") == SMTPC_REPLY_OK);
  CHECK(O.code == 450 && esc_is(O.esc, 4, 2, 0) && span_is(O.text, "<x@y>: Recipient address rejected: Greylisted"));
  CHECK(extract("Mar  1 08:00:01 mx postfix/smtp[999]: 1A2B3C: host mx.example.net[198.51.100.7] said: "
                "450 4.7.1 Client host rejected: cannot find your hostname (in reply to RCPT TO command)")
        == SMTPC_REPLY_OK);
  CHECK(O.code == 450 && span_is(O.text, "Client host rejected: cannot find your hostname"));

  /* Exim's multi-line report */
  CHECK(extract("SMTP error from remote mail server after RCPT TO:<x@gmail.com>:\n"
                "    550-5.1.1 The email account that you tried to reach does not exist. Please try\n"
                "    550-5.1.1 double-checking the recipient's email address for typos or\n"
                "    550 5.1.1 unnecessary spaces. a1si - gsmtp") == SMTPC_REPLY_OK);
  CHECK(O.code == 550 && esc_is(O.esc, 5, 1, 1) && O.multiline && I.code == 0);
  /* LuaSocket-style: lines joined by LF; the reply span parses cleanly */
  CHECK(extract("smtp.lua:88: 550-5.7.1 first part\n550 5.7.1 second part") == SMTPC_REPLY_OK);
  CHECK(O.multiline && span_is(O.reply, "550-5.7.1 first part\n550 5.7.1 second part"));
  CHECK(smtpc_reply_parse(buf + O.reply.off, O.reply.len, 0, NULL, &R, NULL, 0) == SMTPC_REPLY_OK);
  CHECK(R.nlines == 2 && smtpc_reply_join(buf + O.reply.off, &R, joined, sizeof joined) == 22);
  CHECK(strcmp(joined, "first part second part") == 0);

  CHECK(extract("Remote host said: 553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)")
        == SMTPC_REPLY_OK);
  CHECK(O.code == 553 && esc_is(O.esc, 5, 7, 1) && span_is(O.esc_at, "5.7.1"));
  CHECK(span_is(O.text, "sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)"));

  CHECK(extract("550") == SMTPC_REPLY_OK && O.code == 550 && O.text.len == 0 && O.esc.klass == 0);
  CHECK(extract("Error: 421") == SMTPC_REPLY_OK && O.code == 421);
  CHECK(extract("  250 ok  \r\n") == SMTPC_REPLY_OK && span_is(O.reply, "250 ok"));
  CHECK(extract("said: 451 5.7.1 try later") == SMTPC_REPLY_OK && O.warnings == SMTPC_W_CLASS_MISMATCH);
  CHECK(extract("said: 550 5.1.1 m\xfcller unknown") == SMTPC_REPLY_OK && span_is(O.text, "m\xfcller unknown"));
  CHECK(extract("421-4.7.0 [192.0.2.1      15] Our system has detected an unusual rate of\n"
                "421 4.7.0 unsolicited mail") == SMTPC_REPLY_OK);
  CHECK(O.code == 421 && esc_is(O.esc, 4, 7, 0) && O.multiline && I.code == 0);

  /* the reply, not the number in prose before it */
  CHECK(extract("Connection lost after 250 seconds; host said: 421 4.4.2 timeout") == SMTPC_REPLY_OK);
  CHECK(O.code == 421 && esc_is(O.esc, 4, 4, 2));
  CHECK(extract("552 Message size exceeds 250 MB") == SMTPC_REPLY_OK && O.code == 552 && I.code == 0);
  CHECK(extract("451 Temporary failure; smtp;550 5.1.1 user unknown") == SMTPC_REPLY_OK);
  CHECK(O.code == 451 && O.esc.klass == 0 && I.code == 550 && esc_is(I.esc, 5, 1, 1));
  CHECK(span_is(I.text, "user unknown"));
  CHECK(extract("#< #5.1.10 smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; not found> #SMTP#") == SMTPC_REPLY_OK);
  CHECK(O.code == 550 && esc_is(O.esc, 5, 1, 10) && span_is(O.text, "RESOLVER.ADR.RecipientNotFound; not found"));
  CHECK(extract("relay said (250 in prose) then '550 5.7.1 Rejected'") == SMTPC_REPLY_OK && O.code == 550);

  /* numbers that are not codes */
  /* (the failures among them are read as such: code 0, warning no_code) */
  CHECK(extract("connect to mx.example.com[192.0.2.1]:25: Connection timed out") == SMTPC_REPLY_OK &&
        O.code == 0 && O.warnings == SMTPC_W_NO_CODE);
  CHECK(extract("smtp.lua:124: timeout") == SMTPC_REPLY_OK && O.code == 0);
  CHECK(extract("smtp.lua:250: closed") == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(extract("12:34:56 connection closed") == SMTPC_REPLY_OK && O.code == 0);
  CHECK(extract("2024-01-05 12:34:56.789 connection refused") == SMTPC_REPLY_OK && O.code == 0);
  CHECK(extract("2024-01-05T12:34:56.250Z connection refused") == SMTPC_REPLY_OK && O.code == 0);
  CHECK(extract("port 443 closed") == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(extract("connecting to port=465 failed") == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(extract("mx.example.com:587 refused") == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(extract("host 203-0-113-5.dsl.example.net refused") == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(extract("192.168.250.1 unreachable") == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(extract("[203.0.113.250] unreachable") == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(extract("queue 4B1C2 delay=250, 3 tries") == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(extract("error at line 250 of smtp.lua") == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(extract("pid 25012 exited with 2500") == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(extract("status 600 unknown") == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(extract("version 4.94.2") == SMTPC_REPLY_E_NOT_A_REPLY);
  CHECK(extract("") == SMTPC_REPLY_E_EMPTY);
  CHECK(extract(" \r\n") == SMTPC_REPLY_E_EMPTY);
  CHECK(smtpc_reply_extract("550 x", 5, &O, NULL) == SMTPC_REPLY_OK);
}

/* ---- robustness ---------------------------------------------------------- */

static unsigned long rng = 12345;

static unsigned next_byte(void)
{
  rng = rng * 6364136223846793005UL + 1442695040888963407UL;
  return (unsigned)(rng >> 33) & 0xffu;
}

static int spans_ok(size_t len)
{
  size_t i;

  if (R.size > len || R.nstored > R.nlines || R.nstored > MAXL)
    return 0;
  for (i = 0; i < R.nstored; i++) {
    smtpc_span s[3];
    size_t k;

    s[0] = L[i].line;
    s[1] = L[i].text;
    s[2] = L[i].human;
    for (k = 0; k < 3; k++)
      if (s[k].off > len || s[k].len > len - s[k].off)
        return 0;
  }
  return R.text.off <= len && R.text.len <= len - R.text.off;
}

static void test_random(void)
{
  static const char alphabet[] = "25504 .-\r\n#;:5.1.1abc[]()<>'\"\t\xc3\xa4\xff";
  char tmp[300];
  size_t round, i, n, size;
  int ok = 1, fl;
  smtpc_reply_error e;
  smtpc_reply_limits lim = {40, 6, 200};

  for (round = 0; round < 20000; round++) {
    n = next_byte() % sizeof tmp;
    for (i = 0; i < n; i++) {
      unsigned r = next_byte();

      if (r < 200)
        tmp[i] = alphabet[r % (sizeof alphabet - 1)];
      else
        tmp[i] = (char)next_byte();
    }
    for (fl = 0; fl < 2; fl++) {
      e = parse_n(tmp, n, fl, round & 1 ? &lim : NULL);
      if (!spans_ok(n))
        ok = 0;
      if (e == SMTPC_REPLY_OK && (R.code < 200 || R.code > 599 || R.nlines == 0 || R.size == 0))
        ok = 0;
      if (e == SMTPC_REPLY_OK && smtpc_reply_join(buf, &R, joined, sizeof joined) > R.size)
        ok = 0;
      if (fl && e == SMTPC_REPLY_OK && (R.size == 0 || buf[R.size - 1] != '\n'))
        ok = 0;
    }
    size = 1;
    e = smtpc_reply_scan(buf, blen, &lim, &size);
    if ((e == SMTPC_REPLY_OK) != (size > 0))
      ok = 0;
    if (smtpc_reply_extract(buf, blen, &O, &I) == SMTPC_REPLY_OK) {
      if (O.reply.off + O.reply.len > n || O.text.off + O.text.len > n ||
          (O.code != 0 && (O.code < 200 || O.code > 559)) || (O.code == 0 && O.warnings != SMTPC_W_NO_CODE) ||
          (I.code && I.reply.off < O.reply.off))
        ok = 0;
    }
    smtpc_esc_find(buf, blen, NULL, NULL);
  }
  CHECK(ok);
}

int main(void)
{
  test_gmail();
  test_microsoft();
  test_yahoo_icloud_gmx();
  test_postfix_exim_qmail();
  test_greylisting();
  test_bare_and_forms();
  test_enhanced_in_reply();
  test_bytes();
  test_errors();
  test_limits();
  test_stream();
  test_esc();
  test_esc_places();
  test_block_edges();
  test_extract();
  test_random();
  free(buf);
  return CHECK_SUMMARY();
}
