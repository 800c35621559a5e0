/*
 * reply_parse.c: one SMTP reply (RFC 5321 section 4.2) from a buffer.
 *
 * The hot path is a plain line "DDD text" or "DDD-text" of printable ASCII
 * ending in CRLF: a test of its first four bytes, one pass over the line
 * sixteen bytes at a time with SSE2 (eight without; the pass stops at the
 * first control or non-ASCII byte, which must be the CR), and a glance at
 * the first text bytes for an enhanced code, matched inline.  A one-line
 * reply of such a line is read before the loop that every other reply goes
 * through, and the loop reads such lines the same way.  Everything past
 * that path (the full line reader, UTF-8 validation, searching the text for
 * an enhanced code) runs only when the cheap checks ask for it.
 */
#include "smtpcodes_reply.h"
#include "chars_internal.h"

#include <stdint.h>
#include <string.h>

/* RFC 5321 section 4.5.3.1.5: a reply line, code and CRLF included. */
#define RFC_MAX_LINE 512u

/* How a line ended. */
enum { TERM_NONE, TERM_LF, TERM_CRLF, TERM_CR_END };

/* The hot path's helpers: GCC would keep the larger ones out of line. */
#if defined(__GNUC__)
#define HOT static inline __attribute__((always_inline))
#else
#define HOT static inline
#endif

#define W_ONES UINT64_C(0x0101010101010101)
#define W_HIGH UINT64_C(0x8080808080808080)

#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* bytes in memory order are the word's bytes from the lowest up */
#define LITTLE_WORDS 1
#define FIRST_FLAGGED(m) ((size_t)__builtin_ctzll(m) >> 3)
#else
#define LITTLE_WORDS 0
#define FIRST_FLAGGED(m) ((void)(m), (size_t)0)
#endif

#if SMTPC_SSE2

/*
 * The bytes of p[0..16) below 0x20 or above 0x7f, one bit each: as signed
 * bytes they are exactly those below 0x20.
 */
static inline unsigned unplain16(const unsigned char *p)
{
  __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);

  return (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(x, _mm_set1_epi8(0x20)));
}
#endif

/*
 * The bytes of w below 0x20 or above 0x7f, as their high bits: a word holds
 * none exactly when ((w - 0x20..20) | w) has no high bit set.  A borrow only
 * starts at a flagged byte, so the lowest flag is exact; above it a plain
 * byte may be flagged too, which the byte-by-byte read sorts out.
 */
static inline uint64_t unplain(uint64_t w)
{
  return ((w - W_ONES * 0x20) | w) & W_HIGH;
}

/*
 * Skips plain text of p[*at..n) a word or two per step: moves *at to the first
 * byte that may be of interest (n when none) and returns where the bytes to
 * read one by one end.  The last bytes of a line of eight or more come from
 * one word that ends at n, its bytes before *at shifted out.
 */
HOT size_t skip_plain(const unsigned char *p, size_t n, size_t *at)
{
  size_t i = *at;
  uint64_t w;

#if SMTPC_SSE2
  /* sixteen bytes a step, each flag exact */
  for (; n - i >= 16; i += 16) {
    unsigned m = unplain16(p + i);

    if (m != 0) {
      *at = i + (size_t)__builtin_ctz(m);
      return i + 16;
    }
  }
#else
  /* two words a step: one test for both, then the first flagged of the two */
  for (; n - i >= 16; i += 16) {
    uint64_t v;

    memcpy(&w, p + i, 8);
    memcpy(&v, p + i + 8, 8);
    w = unplain(w);
    v = unplain(v);
    if ((w | v) != 0) {
      if (w == 0) {
        w = v;
        i += 8;
      }
      *at = i + FIRST_FLAGGED(w);
      return i + 8;
    }
  }
#endif
  for (; n - i >= 8; i += 8) {
    memcpy(&w, p + i, 8);
    w = unplain(w);
    if (w != 0) {
      *at = i + FIRST_FLAGGED(w);
      return i + 8;
    }
  }
  if (LITTLE_WORDS && n >= 8 && i < n) {
    memcpy(&w, p + n - 8, 8);
    w = unplain(w) >> (8 * (8 - (n - i)));
    i = w != 0 ? i + FIRST_FLAGGED(w) : n;
  }
  *at = i;
  return n;
}

/*
 * Finds the end of the line p[0..n): returns the number of bytes before the
 * line end and sets *term.  A CR ends the line when a LF follows it or when
 * it is the last byte (TERM_CR_END: the caller decides); a lone CR elsewhere
 * is a control byte inside the line.  *high is the index of the first byte
 * >= 0x80 (n when none), for the UTF-8 check.  Plain text is skipped a word
 * at a time; only what skip_plain stops at is read byte by byte.
 */
HOT size_t scan_line(const unsigned char *p, size_t n, int *term,
                     unsigned *warn, size_t *high)
{
  size_t i = 0, stop;

  *high = n;
  while (i < n) {
    stop = skip_plain(p, n, &i);
    for (; i < stop; i++) {
      unsigned c = p[i];

      /* the commonest stop first: the line end */
      if (c == '\r') {
        if (i + 1 == n) {
          *term = TERM_CR_END;
          return i;
        }
        if (p[i + 1] == '\n') {
          *term = TERM_CRLF;
          return i;
        }
      } else if (c - 0x20u < 0x60u)
        continue;
      else if (c >= 0x80u) {
        if (*high == n)
          *high = i;
        continue;
      } else if (c == '\n') {
        *term = TERM_LF;
        return i;
      }
      if (c != '\t')
        *warn |= SMTPC_W_CONTROL_CHARS;
    }
  }
  *term = TERM_NONE;
  return n;
}

/* Nonzero when p[0..n) is valid UTF-8 (no overlongs, surrogates or > U+10FFFF). */
static int utf8_valid(const unsigned char *p, size_t n)
{
  size_t i = 0, k, need;
  unsigned c, lo, hi;

  while (i < n) {
    c = p[i++];
    if (c < 0x80u)
      continue;
    lo = 0x80u;
    hi = 0xbfu;
    if (c >= 0xc2u && c <= 0xdfu)
      need = 1;
    else if (c >= 0xe0u && c <= 0xefu) {
      need = 2;
      if (c == 0xe0u)
        lo = 0xa0u;
      else if (c == 0xedu)
        hi = 0x9fu;
    } else if (c >= 0xf0u && c <= 0xf4u) {
      need = 3;
      if (c == 0xf0u)
        lo = 0x90u;
      else if (c == 0xf4u)
        hi = 0x8fu;
    } else
      return 0;
    if (n - i < need || p[i] < lo || p[i] > hi)
      return 0;
    for (k = 1; k < need; k++)
      if (p[i + k] < 0x80u || p[i + k] > 0xbfu)
        return 0;
    i += need;
  }
  return 1;
}

/*
 * The code at the start of a line of n bytes, or 0 with *err set:
 * not_a_reply unless it starts with three digits, bad_code when the first
 * is not 2..5 or a fourth digit follows ("2500 x").
 */
static inline int line_code(const unsigned char *p, size_t n, smtpc_reply_error *err)
{
  unsigned d0, d1, d2;

  if (n < 3) {
    *err = SMTPC_REPLY_E_NOT_A_REPLY;
    return 0;
  }
  d0 = p[0] - (unsigned)'0';
  d1 = p[1] - (unsigned)'0';
  d2 = p[2] - (unsigned)'0';
  if (d0 > 9 || d1 > 9 || d2 > 9) {
    *err = SMTPC_REPLY_E_NOT_A_REPLY;
    return 0;
  }
  if (d0 < 2 || d0 > 5 || (n > 3 && p[3] - (unsigned)'0' <= 9)) {
    *err = SMTPC_REPLY_E_BAD_CODE;
    return 0;
  }
  return (int)(d0 * 100 + d1 * 10 + d2);
}

/*
 * The code of a line that starts "DDD " or "DDD-" with a first digit 2..5
 * and a second 0..5, the commonest start: 0 for any other.  p[0..4) must
 * exist.
 */
static inline int plain_code(const unsigned char *p)
{
  unsigned d0 = p[0] - (unsigned)'2', d1 = p[1] - (unsigned)'0', d2 = p[2] - (unsigned)'0';

  if (d0 > 3 || d1 > 5 || d2 > 9 || (p[3] != ' ' && p[3] != '-'))
    return 0;
  return (int)(d0 * 100 + d1 * 10 + d2 + 200);
}

/*
 * The length of the line p[0..n) before its line end when the line is
 * plain: its text from byte 4 on holds no control or non-ASCII byte and it
 * ends in CRLF inside the window; 0 for any other line, which the caller
 * then reads in full.
 */
HOT size_t plain_line(const unsigned char *p, size_t n)
{
  size_t clen = 4;

  if (n <= 5)
    return 0;
  skip_plain(p, n, &clen);
  return clen + 1 < n && p[clen] == '\r' && p[clen + 1] == '\n' ? clen : 0;
}

/*
 * The first line has no code (line_code returned 0): nonzero when its bytes
 * already show it never will, so that the error comes before any limit's
 * and does not depend on how much of the line has arrived.  Up to two
 * digits may still grow into a code.
 */
static int cannot_start(const unsigned char *p, size_t n)
{
  size_t i;

  if (n >= 3)
    return 1;
  for (i = 0; i < n; i++)
    if (p[i] - (unsigned)'0' > 9)
      return 1;
  return 0;
}

/*
 * The warnings a line of clen bytes earns by its length (RFC 5321's 512,
 * line end included) and its bytes from high on (the first >= 0x80).
 */
static inline unsigned line_warnings(const unsigned char *line, size_t clen, size_t high)
{
  unsigned warn = 0;

  if (clen + 2 > RFC_MAX_LINE)
    warn |= SMTPC_W_LONG_LINE;
  if (high < clen && !utf8_valid(line + high, clen - high))
    warn |= SMTPC_W_NON_UTF8;
  return warn;
}

static int all_blank(const unsigned char *p, size_t n)
{
  size_t i;

  for (i = 0; i < n; i++)
    if (!smtpc_is_blank(p[i]) && p[i] != '\r' && p[i] != '\n')
      return 0;
  return 1;
}

static int same_esc(const smtpc_esc *a, const smtpc_esc *b)
{
  return a->klass == b->klass && a->subject == b->subject && a->detail == b->detail;
}

/*
 * Reads 1..3 digits at p[*i] with no leading zero (a lone "0" is fine);
 * advances *i past them.  A fourth digit makes the whole number invalid.
 * Written out digit by digit: this runs for every line of every reply.
 */
HOT int read_part(const unsigned char *p, size_t len, size_t *i, int *value)
{
  size_t k = *i;
  unsigned first, d;
  int v;

  if (k >= len || (first = p[k] - (unsigned)'0') > 9)
    return 0;
  v = (int)first;
  if (++k < len && (d = p[k] - (unsigned)'0') <= 9) {
    if (first == 0)
      return 0;
    v = v * 10 + (int)d;
    if (++k < len && (d = p[k] - (unsigned)'0') <= 9) {
      v = v * 10 + (int)d;
      if (++k < len && smtpc_is_digit(p[k]))
        return 0;
    }
  }
  *i = k;
  *value = v;
  return 1;
}

/* Out of line, so that the common path of esc_body saves no registers. */
#if defined(__GNUC__)
#define NOINLINE __attribute__((noinline))
#else
#define NOINLINE
#endif

/*
 * esc_body past its class digit c and dot: subject and detail of 1..3
 * digits each, and what may follow the code.
 */
static NOINLINE size_t esc_parts(const unsigned char *p, size_t len, size_t pos, unsigned c, smtpc_esc *out)
{
  size_t i = pos + 2;
  int subject, detail;

  if (!read_part(p, len, &i, &subject) || i >= len || p[i] != '.')
    return 0;
  i++;
  if (!read_part(p, len, &i, &detail))
    return 0;
  if (i < len) {
    /* "5.1.1." ends a sentence; "4.16.55.1" and "5.1.1a" are something else */
    if (smtpc_is_alnum(p[i]) || (p[i] == '.' && i + 1 < len && smtpc_is_digit(p[i + 1])))
      return 0;
  }
  if (out) {
    out->klass = (int)(c - '0');
    out->subject = subject;
    out->detail = detail;
  }
  return i - pos;
}

/*
 * smtpc_esc_match from its klass digit on, once the caller knows what
 * precedes p[pos] may stand next to a code and that p[pos..len) holds five
 * bytes or more.  The klass digit and its dot come first: most text fails
 * there; then the commonest shape, "D.D.D" and a space or the end, read
 * here; any other goes to esc_parts.
 */
HOT size_t esc_body(const unsigned char *p, size_t len, size_t pos, smtpc_esc *out)
{
  unsigned c = p[pos];

  if ((c != '2' && c != '4' && c != '5') || p[pos + 1] != '.')
    return 0;
  if (p[pos + 2] - (unsigned)'0' <= 9 && p[pos + 3] == '.' && p[pos + 4] - (unsigned)'0' <= 9 &&
      (len - pos == 5 || p[pos + 5] == ' ')) {
    if (out) {
      out->klass = (int)(c - '0');
      out->subject = (int)(p[pos + 2] - '0');
      out->detail = (int)(p[pos + 4] - '0');
    }
    return 5;
  }
  return esc_parts(p, len, pos, c, out);
}

/* smtpc_esc_match (the rules are in smtpcodes_reply.h). */
size_t smtpc_esc_match(const char *s, size_t len, size_t pos, smtpc_esc *out)
{
  const unsigned char *p = (const unsigned char *)s;

  if (pos >= len || len - pos < 5)
    return 0;
  if (pos > 0 && (smtpc_is_alnum(p[pos - 1]) || p[pos - 1] == '.'))
    return 0;
  return esc_body(p, len, pos, out);
}

/*
 * Fills ln for the line buf[off..off+clen) whose text starts t bytes in:
 * its spans, and the enhanced code that starts the text (looked for only
 * when the line has a code), with *esc_at where it stands.  What precedes h
 * never rules a code out: it is a separator or a blank, or a byte that is
 * not a digit and so starts no code either.
 */
HOT void split_text(const unsigned char *b, size_t off, size_t clen, size_t t,
                    int code, int sep, smtpc_reply_line *ln, smtpc_span *esc_at)
{
  size_t h = off + t, end = off + clen, n;

  ln->line.off = off;
  ln->line.len = clen;
  ln->code = code;
  ln->sep = sep;
  ln->text.off = h;
  ln->text.len = clen - t;
  ln->esc.klass = ln->esc.subject = ln->esc.detail = 0;
  while (h < end && smtpc_is_blank(b[h]))
    h++;
  /* the cheap test keeps ordinary text away from the full match */
  if (code != 0 && end - h >= 5 && b[h + 1] == '.' &&
      (n = esc_body(b, end, h, &ln->esc)) != 0) {
    esc_at->off = h;
    esc_at->len = n;
    h += n;
    while (h < end && smtpc_is_blank(b[h]))
      h++;
  }
  while (end > h && smtpc_is_blank(b[end - 1]))
    end--;
  ln->human.off = h;
  ln->human.len = end - h;
}

/*
 * Splits a line into separator, text, enhanced code and human text; *esc_at
 * gets where the enhanced code stands when ln->esc.klass is set.  Returns
 * nonzero when the line ends the reply.
 */
HOT int split_line(const char *buf, size_t off, size_t clen, int code,
                   smtpc_reply_line *ln, unsigned *warn, smtpc_span *esc_at)
{
  const unsigned char *b = (const unsigned char *)buf;
  size_t t = 3;
  int sep = 0, final = 1;

  if (code == 0) {
    t = 0;
    final = 0;
  } else if (clen > 3) {
    sep = b[off + 3];
    if (sep == ' ' || sep == '-') {
      final = sep == ' ';
      t = 4;
    } else {
      sep = 0;
      *warn |= SMTPC_W_MISSING_SPACE;
    }
  }
  split_text(b, off, clen, t, code, sep, ln, esc_at);
  return final;
}

void smtpc_reply_limits_default(smtpc_reply_limits *lim)
{
  lim->max_line = SMTPC_REPLY_DEFAULT_MAX_LINE;
  lim->max_lines = SMTPC_REPLY_DEFAULT_MAX_LINES;
  lim->max_size = SMTPC_REPLY_DEFAULT_MAX_SIZE;
}

/* The warning a line's code earns: mixed codes when it differs from the reply's first, which *first keeps. */
static inline unsigned code_warning(int *first, int lcode)
{
  if (*first == 0) {
    *first = lcode;
    return 0;
  }
  return lcode != *first ? SMTPC_W_MIXED_CODES : 0;
}

/* Stream mode needs more bytes: unless the reply already passes max_size. */
static smtpc_reply_error need_more(size_t len, size_t max_size)
{
  return len >= max_size ? SMTPC_REPLY_E_TOO_LONG : SMTPC_REPLY_E_INCOMPLETE;
}

smtpc_reply_error smtpc_reply_parse(const char *buf, size_t len, int flags,
                                    const smtpc_reply_limits *limits,
                                    smtpc_reply *out, smtpc_reply_line *lines,
                                    size_t cap)
{
  const unsigned char *b = (const unsigned char *)buf;
  int stream = (flags & SMTPC_REPLY_STREAM) != 0;
  size_t max_line = SMTPC_REPLY_DEFAULT_MAX_LINE;
  size_t max_lines = SMTPC_REPLY_DEFAULT_MAX_LINES;
  size_t max_size = SMTPC_REPLY_DEFAULT_MAX_SIZE;
  size_t pos = 0, nl = 0, text0 = 0, text_end = 0;
  int first_code = 0, code = 0;
  unsigned warn = 0;
  smtpc_reply_error err = SMTPC_REPLY_OK;

  if (limits) {
    if (limits->max_line)
      max_line = limits->max_line;
    if (limits->max_lines)
      max_lines = limits->max_lines;
    if (limits->max_size)
      max_size = limits->max_size;
  }
  /* the enhanced code goes to out as lines bring one; a failure clears it */
  out->esc_in_text = 0;
  out->esc.klass = out->esc.subject = out->esc.detail = 0;
  out->esc_at.off = out->esc_at.len = 0;
  if (len == 0) {
    err = stream ? SMTPC_REPLY_E_INCOMPLETE : SMTPC_REPLY_E_EMPTY;
    goto fail;
  }
  /*
   * The commonest reply, one plain line "DDD text" (first digit 2..5,
   * second 0..5, printable ASCII, CRLF), is read without the loop: the same
   * results as its first turn, with fewer tests.
   */
  if (len >= 4 && b[3] == ' ' && (code = plain_code(b)) != 0) {
    size_t win = len, clen;

    if (max_line < win && win - max_line > 2)
      win = max_line + 2;
    clen = plain_line(b, win);
    if (clen != 0 && clen <= max_line && clen + 2 <= max_size) {
      smtpc_reply_line spare, *ln = cap ? lines : &spare;
      smtpc_span at;

      warn |= line_warnings(b, clen, clen); /* no byte >= 0x80: the length alone */
      split_text(b, 0, clen, 4, code, ' ', ln, &at);
      if (ln->esc.klass) {
        out->esc = ln->esc;
        out->esc_at = at;
      }
      text0 = 4;
      out->text.off = ln->human.off;
      text_end = ln->human.off + ln->human.len;
      nl = 1;
      pos = clen + 2;
      goto done;
    }
    code = 0;
  }

  for (;;) {
    size_t rem = len - pos, win = rem, clen, tlen = 0, high;
    int term, lcode, final;
    unsigned lw = 0;
    smtpc_reply_error lerr = SMTPC_REPLY_OK;
    /* the line goes straight to the caller's array when it has room */
    smtpc_reply_line spare, *ln;
    smtpc_span at;

    if (rem == 0) {
      /* the input ended after a "NNN-" line (or a malformed one) */
      if (stream) {
        /* another line is needed and would pass the limit */
        err = nl >= max_lines ? SMTPC_REPLY_E_TOO_MANY_LINES : need_more(len, max_size);
        goto fail;
      }
      warn |= SMTPC_W_NO_FINAL_LINE;
      break;
    }
    if (nl >= max_lines) {
      err = SMTPC_REPLY_E_TOO_MANY_LINES;
      goto fail;
    }
    /* look no further than one line too long: a stream never waits forever */
    if (max_line < win && win - max_line > 2)
      win = max_line + 2;
    ln = nl < cap ? &lines[nl] : &spare;
    /* a plain line "DDD-text" or "DDD text" ending in CRLF: the checks below, fewer */
    if (rem >= 4 && (lcode = plain_code(b + pos)) != 0 && (clen = plain_line(b + pos, win)) != 0 &&
        clen <= max_line && clen + 2 <= max_size - pos) {
      tlen = 2;
      warn |= line_warnings(b + pos, clen, clen); /* no byte >= 0x80: the length alone */
      warn |= code_warning(&first_code, lcode);
      code = lcode;
      final = b[pos + 3] == ' ';
      split_text(b, pos, clen, 4, lcode, b[pos + 3], ln, &at);
      goto read;
    }
    clen = scan_line(b + pos, win, &term, &lw, &high);
    lcode = line_code(b + pos, clen, &lerr);
    if (nl == 0 && lcode == 0 && cannot_start(b, clen)) {
      err = !stream && all_blank(b, len) ? SMTPC_REPLY_E_EMPTY : lerr;
      goto fail;
    }
    if (clen > max_line) {
      err = SMTPC_REPLY_E_TOO_LONG;
      goto fail;
    }
    if (term == TERM_CRLF)
      tlen = 2;
    else if (term == TERM_LF) {
      tlen = 1;
      warn |= SMTPC_W_BARE_LF;
    } else if (stream) {
      /* no LF yet: a CR at the end of a chunk is not a line end */
      err = need_more(len, max_size);
      goto fail;
    } else
      tlen = term == TERM_CR_END;
    if (clen + tlen > max_size - pos) {
      err = SMTPC_REPLY_E_TOO_LONG;
      goto fail;
    }
    warn |= line_warnings(b + pos, clen, high);
    warn |= lw;

    if (lcode == 0) {
      /* only one or two digits, or none at all, reach this on the first line */
      if (nl == 0) {
        err = !stream && all_blank(b, len) ? SMTPC_REPLY_E_EMPTY : lerr;
        goto fail;
      }
      warn |= SMTPC_W_MALFORMED_LINE;
    } else {
      if (b[pos + 1] > '5')
        warn |= SMTPC_W_NONSTANDARD_CODE;
      warn |= code_warning(&first_code, lcode);
      code = lcode;
    }
    final = split_line(buf, pos, clen, lcode, ln, &warn, &at);
  read:
    if (ln->esc.klass) {
      /* differing from the previous one is differing from the first somewhere */
      if (out->esc.klass && !same_esc(&ln->esc, &out->esc))
        warn |= SMTPC_W_ENHANCED_INCONSISTENT;
      out->esc = ln->esc;
      out->esc_at = at;
    }
    if (nl == 0) {
      text0 = ln->text.off;
      out->text.off = ln->human.off;
    }
    text_end = ln->human.off + ln->human.len;
    nl++;
    pos += clen + tlen;
    if (final)
      break;
  }

done:
  /* whole mode reads one reply: say so when more than blanks follow it */
  if (!stream && pos < len && !all_blank(b + pos, len - pos))
    warn |= SMTPC_W_TRAILING_DATA;
  /* from the first line's text to the end: "NNN-" of later lines included */
  if (out->esc.klass == 0 && text_end > text0 &&
      smtpc_esc_find(buf + text0, text_end - text0, &out->esc, &out->esc_at)) {
    out->esc_at.off += text0;
    out->esc_in_text = 1;
  }
  out->code = code;
  out->klass = code / 100;
  if (out->esc.klass && out->klass != 3 && out->esc.klass != out->klass)
    warn |= SMTPC_W_CLASS_MISMATCH;
  out->text.len = text_end - out->text.off;
  out->nlines = nl;
  out->nstored = nl < cap ? nl : cap;
  out->size = pos;
  out->warnings = warn;
  return SMTPC_REPLY_OK;

fail:
  /* field by field: a memset of the struct costs more than the parse of a short reply */
  out->code = out->klass = 0;
  out->esc.klass = out->esc.subject = out->esc.detail = 0;
  out->esc_at.off = out->esc_at.len = out->text.off = out->text.len = 0;
  out->nlines = nl;
  out->nstored = nl < cap ? nl : cap;
  out->size = pos;
  out->warnings = warn;
  return err;
}

smtpc_reply_error smtpc_reply_scan(const char *buf, size_t len,
                                   const smtpc_reply_limits *limits,
                                   size_t *size)
{
  smtpc_reply r;
  smtpc_reply_error err;

  err = smtpc_reply_parse(buf, len, SMTPC_REPLY_STREAM, limits, &r, NULL, 0);
  *size = err == SMTPC_REPLY_OK ? r.size : 0;
  return err;
}

/*
 * Copies n bytes from s to d, the short copies of a reply line's text as
 * two overlapping words (or halves) instead of a call.
 */
static inline void copy_text(char *d, const char *s, size_t n)
{
  uint64_t a, b;
  uint32_t x, y;

  if (n > 16) {
    memcpy(d, s, n);
  } else if (n >= 8) {
    memcpy(&a, s, 8);
    memcpy(&b, s + n - 8, 8);
    memcpy(d, &a, 8);
    memcpy(d + n - 8, &b, 8);
  } else if (n >= 4) {
    memcpy(&x, s, 4);
    memcpy(&y, s + n - 4, 4);
    memcpy(d, &x, 4);
    memcpy(d + n - 4, &y, 4);
  } else {
    while (n-- > 0)
      *d++ = *s++;
  }
}

/*
 * Appends the human text of line ln to dst[0..cap) after used bytes, after
 * a space unless it is the first, and returns the new count (the bytes that
 * did not fit included; a NUL's room is kept).  An enhanced code other than
 * the reply's (esc, a copy: stores to dst may alias the reply) is
 * information and stays.
 */
static inline size_t join_line(const char *buf, const smtpc_esc *esc,
                               const smtpc_reply_line *ln, char *dst, size_t cap, size_t used)
{
  const unsigned char *b = (const unsigned char *)buf;
  size_t off = ln->human.off, len = ln->human.len;

  if (ln->esc.klass && !same_esc(&ln->esc, esc)) {
    size_t h = ln->text.off;

    while (smtpc_is_blank(b[h]))
      h++;
    len += off - h;
    off = h;
  }
  if (len == 0)
    return used;
  if (used > 0) {
    if (used + 1 < cap)
      dst[used] = ' ';
    used++;
  }
  if (used + 1 < cap) {
    size_t room = cap - 1 - used;

    copy_text(dst + used, buf + off, len < room ? len : room);
  }
  return used + len;
}

size_t smtpc_reply_join(const char *buf, const smtpc_reply *reply, char *dst,
                        size_t cap)
{
  const unsigned char *b = (const unsigned char *)buf;
  size_t pos = 0, end = reply->size, used = 0, i, clen, high;
  int term;
  unsigned warn = 0;
  smtpc_reply_error err;
  smtpc_reply_line ln;
  smtpc_span at;
  smtpc_esc esc = reply->esc;

  for (i = 0; i < reply->nlines && pos < end; i++) {
    clen = scan_line(b + pos, end - pos, &term, &warn, &high);
    split_line(buf, pos, clen, line_code(b + pos, clen, &err), &ln, &warn, &at);
    used = join_line(buf, &esc, &ln, dst, cap, used);
    pos += clen + (term == TERM_CRLF ? 2 : term == TERM_NONE ? 0 : 1);
  }
  if (cap > 0)
    dst[used < cap ? used : cap - 1] = '\0';
  return used;
}

size_t smtpc_reply_join_lines(const char *buf, const smtpc_reply *reply,
                              const smtpc_reply_line *lines, char *dst, size_t cap)
{
  size_t used = 0, i, n = reply->nlines;
  smtpc_esc esc = reply->esc;

  if (lines == NULL || reply->nstored < n)
    return smtpc_reply_join(buf, reply, dst, cap);
  for (i = 0; i < n; i++)
    used = join_line(buf, &esc, &lines[i], dst, cap, used);
  if (cap > 0)
    dst[used < cap ? used : cap - 1] = '\0';
  return used;
}

const char *smtpc_reply_error_name(smtpc_reply_error err)
{
  switch (err) {
  case SMTPC_REPLY_OK: return "ok";
  case SMTPC_REPLY_E_EMPTY: return "empty";
  case SMTPC_REPLY_E_NOT_A_REPLY: return "not_a_reply";
  case SMTPC_REPLY_E_BAD_CODE: return "bad_code";
  case SMTPC_REPLY_E_TOO_LONG: return "too_long";
  case SMTPC_REPLY_E_TOO_MANY_LINES: return "too_many_lines";
  case SMTPC_REPLY_E_INCOMPLETE: return "incomplete";
  }
  return "unknown";
}

const char *smtpc_reply_warning_name(unsigned bit)
{
  static const char *const names[SMTPC_W_COUNT] = {
    "mixed_codes", "bare_lf", "missing_space", "class_mismatch",
    "enhanced_inconsistent", "non_utf8", "malformed_line",
    "nonstandard_code", "no_final_line", "long_line", "control_chars",
    "trailing_data", "no_code"
  };
  unsigned i;

  for (i = 0; i < SMTPC_W_COUNT; i++)
    if (bit == (1u << i))
      return names[i];
  return NULL;
}
