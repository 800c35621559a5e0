/*
 * fuzz_extract.c: libFuzzer harness for smtpc_reply_extract, which reads
 * the reply buried in an error message or a log line, and for the
 * enhanced-code finders it relies on (smtpc_esc_find, smtpc_esc_match).
 *
 * The input is the message, as is.  Invariants:
 *   - the result is ok, empty or not_a_reply; codes are 200..599, or 0 when
 *     nothing was found (inner: when there is no nested reply) or when outer
 *     is an enhanced code alone or a failure without a reply (warning
 *     no_code, and then nothing nested);
 *   - every span lies inside the buffer; the text ends where the reply
 *     ends; the digits at the start of the reply are the code; a nested
 *     reply lies inside the outer one;
 *   - passing inner = NULL changes nothing about outer;
 *   - a multi-line reply can be handed to smtpc_reply_parse and
 *     smtpc_reply_join, as the Lua binding does;
 *   - smtpc_esc_find and smtpc_esc_match agree on what they find.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "smtpcodes.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond)                                                            \
  do {                                                                         \
    if (!(cond))                                                               \
      abort();                                                                 \
  } while (0)

static int in_span(size_t off, size_t len, size_t lo, size_t hi)
{
  return off >= lo && off <= hi && len <= hi - off;
}

static void check_esc(const char *s, const smtpc_esc *e, smtpc_span at, size_t len)
{
  CHECK(in_span(at.off, at.len, 0, len));
  if (e->klass == 0) {
    CHECK(at.len == 0 && e->subject == 0 && e->detail == 0);
    return;
  }
  CHECK(e->klass == 2 || e->klass == 4 || e->klass == 5);
  CHECK(e->subject >= 0 && e->subject <= 999 && e->detail >= 0 && e->detail <= 999);
  CHECK(at.len >= 5 && at.len <= 11);
  CHECK(s[at.off] == '0' + e->klass && s[at.off + 1] == '.');
}

static void check_found(const char *s, size_t len, const smtpc_found *f)
{
  const char *d;

  CHECK(in_span(f->reply.off, f->reply.len, 0, len) && f->reply.len >= 2);
  CHECK(in_span(f->text.off, f->text.len, f->reply.off, f->reply.off + f->reply.len));
  CHECK(f->text.off + f->text.len == f->reply.off + f->reply.len);
  d = s + f->reply.off;
  check_esc(s, &f->esc, f->esc_at, len);
  CHECK(f->multiline == 0 || f->multiline == 1);
  if (f->code == 0) {
    /* an enhanced code alone (the reply starts with it) or a failure without a reply */
    CHECK(f->warnings == SMTPC_W_NO_CODE && !f->multiline);
    CHECK(f->esc.klass == 0 || f->esc_at.off == f->reply.off);
    return;
  }
  CHECK(f->code >= 200 && f->code <= 599 && f->reply.len >= 3);
  CHECK((d[0] - '0') * 100 + (d[1] - '0') * 10 + (d[2] - '0') == f->code);
  CHECK((f->warnings & ~(SMTPC_W_CLASS_MISMATCH | SMTPC_W_TRAILING_DATA)) == 0);
  if (f->multiline) {
    /* what lua_reply.c does with it: parse the span alone, then join */
    char *p = (char *)malloc(f->reply.len);
    smtpc_reply r;

    CHECK(p != NULL);
    memcpy(p, d, f->reply.len);
    if (smtpc_reply_parse(p, f->reply.len, 0, NULL, &r, NULL, 0) == SMTPC_REPLY_OK) {
      size_t n = smtpc_reply_join(p, &r, NULL, 0);
      char *t = (char *)malloc(n + 1);

      CHECK(t != NULL && r.size <= f->reply.len);
      CHECK(smtpc_reply_join(p, &r, t, n + 1) == n && t[n] == '\0');
      free(t);
    }
    free(p);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  const char *s = (const char *)data;
  smtpc_found outer, inner, alone;
  smtpc_reply_error err;
  smtpc_esc esc, again;
  smtpc_span at;
  size_t pos;

  memset(&outer, 0x5a, sizeof outer);
  memset(&inner, 0x5a, sizeof inner);
  err = smtpc_reply_extract(s, size, &outer, &inner);
  CHECK(err == SMTPC_REPLY_OK || err == SMTPC_REPLY_E_EMPTY ||
        err == SMTPC_REPLY_E_NOT_A_REPLY);
  memset(&alone, 0x5a, sizeof alone);
  CHECK(smtpc_reply_extract(s, size, &alone, NULL) == err);
  CHECK(memcmp(&alone, &outer, sizeof alone) == 0);
  if (err != SMTPC_REPLY_OK) {
    CHECK(outer.code == 0 && inner.code == 0);
  } else {
    check_found(s, size, &outer);
    CHECK(outer.code != 0 || inner.code == 0);
    if (inner.code != 0) {
      check_found(s, size, &inner);
      CHECK(inner.reply.off > outer.reply.off);
      CHECK(in_span(inner.reply.off, inner.reply.len, outer.reply.off,
                    outer.reply.off + outer.reply.len));
    }
  }

  /* the finder and the matcher agree */
  if (smtpc_esc_find(s, size, &esc, &at)) {
    CHECK(in_span(at.off, at.len, 0, size));
    CHECK(smtpc_esc_match(s, size, at.off, &again) == at.len);
    CHECK(again.klass == esc.klass && again.subject == esc.subject &&
          again.detail == esc.detail);
    check_esc(s, &esc, at, size);
  }
  for (pos = 0; pos < size && pos < 4096; pos++) {
    size_t n = smtpc_esc_match(s, size, pos, &esc);

    if (n) {
      CHECK(n >= 5 && n <= 11 && n <= size - pos);
      CHECK(esc.klass == s[pos] - '0');
    }
  }
  return 0;
}
