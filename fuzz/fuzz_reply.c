/*
 * fuzz_reply.c: libFuzzer harness for smtpc_reply_parse (whole and stream
 * mode), smtpc_reply_scan and smtpc_reply_join: the code that reads what a
 * remote server sends.
 *
 * Input: three header bytes, then the bytes "received".
 *   byte 0  bits 0-1: limits (NULL, all-default zeros, small, tiny);
 *           bits 2-4: capacity of the caller's line array (0..7)
 *   byte 1  seed of the chunk plan (how the bytes arrive over a socket)
 *   byte 2  limit parameter for the small and tiny limits
 *
 * Invariants:
 *   - whole mode: every span (reply text, enhanced code, each stored line,
 *     its text and human text) lies inside the reply, codes are 200..599,
 *     classes agree, nstored = min(nlines, cap), the result does not depend
 *     on the line array;
 *   - smtpc_reply_join returns the length of the text it writes (its NUL
 *     not counted) and truncates like snprintf;
 *   - stream mode over the whole buffer, reply after reply, gives the
 *     reference sequence; each of those replies parsed alone in whole mode
 *     gives the same reply; smtpc_reply_scan agrees;
 *   - feeding the same bytes split into chunks (a pending buffer as the Lua
 *     parser keeps it) gives exactly the same replies and the same final
 *     error, whatever the split.
 * Limits stay at or above what the smallest reply needs (max_line 3, the
 * code alone; max_size 4, "250" LF): below that no reply fits a stream, and
 * which error comes first depends on the split (with max_line 1, "22" is
 * too long before "22\x18" is not a reply).
 * Every parse sees a heap block of exactly its length, so ASan sees any
 * read past the end.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "smtpcodes_reply.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond)                                                            \
  do {                                                                         \
    if (!(cond))                                                               \
      abort();                                                                 \
  } while (0)

#define MAX_CAP 7
#define MAX_REPLIES 4096

/* What a reply says, with spans relative to the reply's first byte. */
typedef struct summary {
  int code;
  smtpc_esc esc;
  size_t esc_off, esc_len, text_off, text_len;
  size_t size, nlines;
  unsigned warnings;
} summary;

static int in_span(size_t off, size_t len, size_t lo, size_t hi)
{
  return off >= lo && off <= hi && len <= hi - off;
}

static void check_esc(const smtpc_esc *e)
{
  if (e->klass == 0)
    CHECK(e->subject == 0 && e->detail == 0);
  else
    CHECK((e->klass == 2 || e->klass == 4 || e->klass == 5) &&
          e->subject >= 0 && e->subject <= 999 && e->detail >= 0 &&
          e->detail <= 999);
}

static summary summarize(const smtpc_reply *r)
{
  summary s;

  memset(&s, 0, sizeof s);
  s.code = r->code;
  s.esc = r->esc;
  s.esc_off = r->esc_at.off;
  s.esc_len = r->esc_at.len;
  s.text_off = r->text.off;
  s.text_len = r->text.len;
  s.size = r->size;
  s.nlines = r->nlines;
  s.warnings = r->warnings;
  return s;
}

static int same_summary(const summary *a, const summary *b)
{
  return a->code == b->code && a->esc.klass == b->esc.klass &&
         a->esc.subject == b->esc.subject && a->esc.detail == b->esc.detail &&
         a->esc_off == b->esc_off && a->esc_len == b->esc_len &&
         a->text_off == b->text_off && a->text_len == b->text_len &&
         a->size == b->size && a->nlines == b->nlines &&
         a->warnings == b->warnings;
}

static int valid_error(smtpc_reply_error err)
{
  return err >= SMTPC_REPLY_OK && err <= SMTPC_REPLY_E_INCOMPLETE &&
         strcmp(smtpc_reply_error_name(err), "unknown") != 0;
}

/* Checks a successful parse of buf[0..len). */
static void check_ok(const char *buf, size_t len, const smtpc_reply *r,
                     const smtpc_reply_line *lines, size_t cap)
{
  size_t i, prev_end = 0;

  CHECK(r->code >= 200 && r->code <= 599 && r->klass == r->code / 100);
  CHECK(r->nlines >= 1 && r->size >= 3 && r->size <= len);
  CHECK(r->nstored == (r->nlines < cap ? r->nlines : cap));
  CHECK((r->warnings >> SMTPC_W_COUNT) == 0);
  check_esc(&r->esc);
  CHECK(in_span(r->text.off, r->text.len, 0, r->size));
  CHECK(in_span(r->esc_at.off, r->esc_at.len, 0, r->size));
  if (r->esc.klass) {
    CHECK(r->esc_at.len >= 5 && r->esc_at.len <= 11);
    CHECK(buf[r->esc_at.off] == '0' + r->esc.klass && buf[r->esc_at.off + 1] == '.');
  } else
    CHECK(r->esc_at.len == 0 && !r->esc_in_text);
  for (i = 0; i < r->nstored; i++) {
    const smtpc_reply_line *ln = &lines[i];

    CHECK(in_span(ln->line.off, ln->line.len, prev_end, r->size));
    CHECK(in_span(ln->text.off, ln->text.len, ln->line.off, ln->line.off + ln->line.len));
    CHECK(ln->text.off + ln->text.len == ln->line.off + ln->line.len);
    CHECK(in_span(ln->human.off, ln->human.len, ln->text.off, ln->text.off + ln->text.len));
    CHECK(ln->code == 0 || (ln->code >= 200 && ln->code <= 599));
    CHECK(ln->sep == 0 || ln->sep == ' ' || ln->sep == '-');
    CHECK(i > 0 || ln->code != 0);
    check_esc(&ln->esc);
    prev_end = ln->line.off + ln->line.len;
  }
  /* the reply's code is its last line's, when that line carries one */
  if (r->nstored == r->nlines && lines[r->nstored - 1].code != 0)
    CHECK(lines[r->nstored - 1].code == r->code);
}

/* smtpc_reply_join: the length it returns is the length it writes. */
static void check_join(const char *buf, const smtpc_reply *r)
{
  size_t n = smtpc_reply_join(buf, r, NULL, 0), m, cap;
  char *full, *part;

  CHECK(n <= r->size);
  full = (char *)malloc(n + 1);
  CHECK(full != NULL);
  m = smtpc_reply_join(buf, r, full, n + 1);
  CHECK(m == n && full[n] == '\0');
  cap = n / 2 + 1;
  part = (char *)malloc(cap);
  CHECK(part != NULL);
  m = smtpc_reply_join(buf, r, part, cap);
  CHECK(m == n && part[cap - 1] == '\0' && memcmp(part, full, cap - 1) == 0);
  free(part);
  free(full);
}

/* Whole mode on buf[0..len), with and without a line array. */
static void whole(const char *buf, size_t len, const smtpc_reply_limits *lim, size_t cap)
{
  smtpc_reply r, r2;
  smtpc_reply_line lines[MAX_CAP];
  smtpc_reply_error err, err2;
  summary a, b;

  err = smtpc_reply_parse(buf, len, 0, lim, &r, cap ? lines : NULL, cap);
  CHECK(valid_error(err) && err != SMTPC_REPLY_E_INCOMPLETE);
  CHECK(r.size <= len && r.nstored == (r.nlines < cap ? r.nlines : cap));
  err2 = smtpc_reply_parse(buf, len, 0, lim, &r2, NULL, 0);
  CHECK(err2 == err);
  a = summarize(&r);
  b = summarize(&r2);
  CHECK(same_summary(&a, &b));
  if (err != SMTPC_REPLY_OK)
    return;
  check_ok(buf, len, &r, lines, cap);
  check_join(buf, &r);
}

/* A heap copy of exactly n bytes (at least one byte allocated). */
static char *copy(const char *src, size_t n)
{
  char *p = (char *)malloc(n ? n : 1);

  CHECK(p != NULL);
  if (n)
    memcpy(p, src, n);
  return p;
}

/* One stream-mode parse on an exact heap copy of buf[0..len). */
static smtpc_reply_error stream_once(const char *buf, size_t len,
                                     const smtpc_reply_limits *lim, summary *s)
{
  char *p = copy(buf, len);
  smtpc_reply r;
  smtpc_reply_line lines[2];
  smtpc_reply_error err = smtpc_reply_parse(p, len, SMTPC_REPLY_STREAM, lim, &r, lines, 2);

  CHECK(valid_error(err) && err != SMTPC_REPLY_E_EMPTY);
  CHECK(r.size <= len);
  if (err == SMTPC_REPLY_OK) {
    check_ok(p, len, &r, lines, 2);
    check_join(p, &r);
  }
  *s = summarize(&r);
  free(p);
  return err;
}

static uint32_t next(uint32_t *x)
{
  *x ^= *x << 13;
  *x ^= *x >> 17;
  *x ^= *x << 5;
  return *x;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static summary ref[MAX_REPLIES];
  smtpc_reply_limits limits, *lim = NULL;
  const char *buf;
  size_t len, cap, off, nref = 0, got = 0, fed = 0, used = 0, plen = 0;
  smtpc_reply_error ref_err = SMTPC_REPLY_E_INCOMPLETE, err;
  unsigned mode, param;
  uint32_t rng;
  size_t max_chunk;
  char *pending;
  int failed = 0;

  if (size < 3)
    return 0;
  mode = data[0];
  rng = 0x9e3779b9u ^ ((uint32_t)data[1] * 0x01000193u);
  param = data[2];
  buf = (const char *)data + 3;
  len = size - 3;
  cap = (mode >> 2) & 7u;
  switch (mode & 3u) {
  case 0:
    break;
  case 1:
    memset(&limits, 0, sizeof limits);
    lim = &limits;
    break;
  case 2:
    limits.max_line = 3 + param % 80;
    limits.max_lines = 1 + (param >> 4);
    limits.max_size = 16 + param * 2;
    lim = &limits;
    break;
  default:
    limits.max_line = 4 + param % 16;
    limits.max_lines = 1 + param % 4;
    limits.max_size = 4 + param;
    lim = &limits;
    break;
  }

  whole(buf, len, lim, cap);

  /* the reference: stream mode over everything, reply after reply */
  for (off = 0; off < len; off += ref[nref++].size) {
    summary s, alone;
    size_t scanned = 12345;
    smtpc_reply_error e;

    ref_err = stream_once(buf + off, len - off, lim, &s);
    e = smtpc_reply_scan(buf + off, len - off, lim, &scanned);
    CHECK(e == ref_err && scanned == (e == SMTPC_REPLY_OK ? s.size : 0));
    if (ref_err != SMTPC_REPLY_OK)
      break;
    CHECK(s.size > 0 && nref < MAX_REPLIES);
    ref[nref] = s;
    {
      /* the same reply parsed alone, in whole mode */
      char *p = copy(buf + off, s.size);
      smtpc_reply r;

      CHECK(smtpc_reply_parse(p, s.size, 0, lim, &r, NULL, 0) == SMTPC_REPLY_OK);
      alone = summarize(&r);
      CHECK(same_summary(&alone, &s));
      free(p);
    }
  }
  if (off >= len)
    ref_err = SMTPC_REPLY_E_INCOMPLETE;

  /* the same bytes in chunks, through a pending buffer */
  max_chunk = (size_t[]){1, 2, 7, 64, 512, 4096, 3, 16}[data[1] & 7u];
  pending = copy("", 0);
  while (fed < len && !failed) {
    size_t chunk = 1 + next(&rng) % max_chunk;
    char *grown;

    if (chunk > len - fed)
      chunk = len - fed;
    grown = (char *)malloc(plen + chunk);
    CHECK(grown != NULL);
    if (plen)
      memcpy(grown, pending, plen);
    memcpy(grown + plen, buf + fed, chunk);
    free(pending);
    pending = grown;
    plen += chunk;
    fed += chunk;
    for (;;) {
      summary s;

      if (plen == 0)
        break;
      err = stream_once(pending, plen, lim, &s);
      if (err == SMTPC_REPLY_E_INCOMPLETE)
        break;
      if (err != SMTPC_REPLY_OK) {
        /* the same error, at the same place, as with every byte at once */
        CHECK(err == ref_err && got == nref && used == off);
        failed = 1;
        break;
      }
      CHECK(got < nref && same_summary(&s, &ref[got]));
      got++;
      used += s.size;
      memmove(pending, pending + s.size, plen - s.size);
      plen -= s.size;
    }
  }
  free(pending);
  CHECK(got == nref);
  if (!failed)
    CHECK(ref_err == SMTPC_REPLY_E_INCOMPLETE && used == off && plen == len - off);
  return 0;
}
