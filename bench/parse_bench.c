/*
 * parse_bench.c: how fast the reply parser reads a stream of real replies.
 *
 * Build and run from the repository root:
 *
 *   make build && gcc -std=c99 -O2 -Wall -Wextra -Isrc -o build/parse_bench bench/parse_bench.c \
 *     build/lib/libsmtpcodes.a && build/parse_bench        (or: make bench)
 *
 * (clang works the same.)  It fills an 8 MiB buffer with a mix of greetings,
 * EHLO lists, one-line and multi-line rejections, then parses it reply by
 * reply in stream mode, as a client reading a connection would, for about one
 * second, and prints MB/s of reply text.  Two smaller figures follow: parsing
 * plus joining the text of every reply, and extracting the reply from error
 * strings.  The target for the first figure is 1000 MB/s.
 */
#define _POSIX_C_SOURCE 199309L

#include "smtpcodes_reply.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define BUF_SIZE (8u << 20)

static const char *const replies[] = {
  "220 mx.google.com ESMTP a1-20020a170906si.12 - gsmtp\r\n",
  "250-mx.google.com at your service, [192.0.2.1]\r\n250-SIZE 157286400\r\n250-8BITMIME\r\n"
  "250-STARTTLS\r\n250-ENHANCEDSTATUSCODES\r\n250-PIPELINING\r\n250-CHUNKING\r\n250 SMTPUTF8\r\n",
  "250 2.1.0 OK x12si3456789qkb.123 - gsmtp\r\n",
  "250 2.1.5 OK x12si3456789qkb.123 - gsmtp\r\n",
  "354  Go ahead x12si3456789qkb.123 - gsmtp\r\n",
  "250 2.0.0 OK  1704449472 x12si3456789qkb.123 - gsmtp\r\n",
  "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n"
  "550-5.1.1 double-checking the recipient's email address for typos or\r\n"
  "550-5.1.1 unnecessary spaces. For more information, go to\r\n"
  "550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si123.45 - gsmtp\r\n",
  "550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus. To request "
  "removal from this list see https://www.spamhaus.org/query/ip/192.0.2.1 AS(1450) "
  "[BN8NAM12FT059.eop-nam12.prod.protection.outlook.com]\r\n",
  "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or "
  "user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes\r\n",
  "450 4.2.0 <user@example.com>: Recipient address rejected: Greylisted, see "
  "http://postgrey.schweikert.ch/help/example.com.html\r\n",
  "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)\r\n",
  "554-gmx.net (mxgmx117) Nemesis ESMTP Service not available\r\n554-No SMTP service\r\n"
  "554-Bad DNS PTR resource record.\r\n554 For explanation visit https://www.gmx.net/mail/senderguidelines?c=bp\r\n",
  "220 mail.example.com ESMTP Postfix (Debian/GNU)\r\n",
  "250 2.0.0 Ok: queued as 4B1C23F4A5\r\n",
  "221 2.0.0 Bye\r\n",
};

static const char *const errors[] = {
  "smtp.lua:124: 550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy",
  "Remote Server returned '554 5.1.0 < #5.1.10 smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
  "Recipient not found by SMTP address lookup>'",
  "Jan  5 10:11:12 mx postfix/smtp[12345]: 4B1C23F4A5: to=<x@y.example>, relay=mx.y.example[203.0.113.5]:25, "
  "delay=0.52, delays=0.1/0/0.2/0.22, dsn=5.1.1, status=bounced (host mx.y.example[203.0.113.5] said: "
  "550 5.1.1 <x@y.example>: Recipient address rejected: User unknown (in reply to RCPT TO command))",
  "host mx.example[1.2.3.4] said: 450 4.2.0 <x@y>: Recipient address rejected: Greylisted",
};

static double now(void)
{
  struct timespec ts;

  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Fills buf with whole replies in a fixed shuffled order; returns the length used. */
static size_t fill(char *buf, size_t cap)
{
  size_t len = 0, n = sizeof replies / sizeof replies[0];
  unsigned long r = 1;

  for (;;) {
    const char *s;
    size_t sl;

    r = r * 1103515245UL + 12345UL;
    s = replies[(r >> 16) % n];
    sl = strlen(s);
    if (len + sl > cap)
      break;
    memcpy(buf + len, s, sl);
    len += sl;
  }
  return len;
}

int main(void)
{
  static smtpc_reply_line lines[64];
  static char text[4096];
  char *buf = (char *)malloc(BUF_SIZE);
  size_t len, off, passes = 0, replies_done = 0, bytes = 0, check = 0, i;
  double t0, t;
  smtpc_reply r;
  smtpc_found outer, inner;

  if (!buf)
    return 2;
  len = fill(buf, BUF_SIZE);

  /* 1. parse only, stream mode */
  t0 = now();
  do {
    for (off = 0; off < len; off += r.size) {
      if (smtpc_reply_parse(buf + off, len - off, SMTPC_REPLY_STREAM, NULL, &r, lines, 64) != SMTPC_REPLY_OK) {
        fprintf(stderr, "parse failed at %lu\n", (unsigned long)off);
        return 1;
      }
      check += (size_t)r.code + r.nlines + r.warnings + (size_t)r.esc.detail;
      replies_done++;
    }
    passes++;
    t = now() - t0;
  } while (t < 1.0);
  bytes = passes * len;
  printf("parse:        %8.0f MB/s  %6.1f M replies/s  (%lu passes over %.1f MB)\n",
         (double)bytes / t / 1e6, (double)replies_done / t / 1e6, (unsigned long)passes,
         (double)len / 1e6);

  /* 2. parse and join the text of every reply */
  passes = 0;
  t0 = now();
  do {
    for (off = 0; off < len; off += r.size) {
      smtpc_reply_parse(buf + off, len - off, SMTPC_REPLY_STREAM, NULL, &r, lines, 64);
      check += smtpc_reply_join(buf + off, &r, text, sizeof text);
    }
    passes++;
    t = now() - t0;
  } while (t < 0.5);
  printf("parse + join: %8.0f MB/s\n", (double)(passes * len) / t / 1e6);

  /* 3. extraction from error strings */
  passes = 0;
  bytes = 0;
  t0 = now();
  do {
    for (i = 0; i < 100000; i++) {
      const char *s = errors[i % (sizeof errors / sizeof errors[0])];
      size_t sl = strlen(s);

      if (smtpc_reply_extract(s, sl, &outer, &inner) == SMTPC_REPLY_OK)
        check += (size_t)outer.code + (size_t)inner.code;
      bytes += sl;
    }
    t = now() - t0;
  } while (t < 0.5);
  printf("extract:      %8.0f MB/s\n", (double)bytes / t / 1e6);

  printf("(checksum %lu)\n", (unsigned long)check);
  free(buf);
  return 0;
}
