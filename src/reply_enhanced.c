/*
 * reply_enhanced.c: finding an enhanced status code (RFC 3463) in reply text.
 *
 * The grammar is small: class "." subject "." detail, class 2, 4 or 5,
 * subject and detail 1..3 digits.  The hard part is what surrounds it: reply
 * text is full of dotted numbers (IP addresses, versions, dates), so a match
 * must stand alone, and smtpc_esc_find looks only where servers put codes.
 * smtpc_esc_match itself lives in reply_parse.c, inlined into its hottest
 * caller, the reading of each reply line.
 */
#include "smtpcodes_reply.h"
#include "chars_internal.h"

#include <string.h>

/* smtpc_esc_match at s[pos]; on a match its span goes to at (when not NULL). */
static int found(const char *s, size_t len, size_t pos, smtpc_esc *out, smtpc_span *at)
{
  size_t n = smtpc_esc_match(s, len, pos, out);

  if (n == 0)
    return 0;
  if (at) {
    at->off = pos;
    at->len = n;
  }
  return 1;
}

/* Nonzero when p[j-3..j) is a basic code's three digits at a word boundary. */
static int code_ends_at(const unsigned char *p, size_t j)
{
  return j >= 3 && smtpc_is_digit(p[j - 3]) && smtpc_is_digit(p[j - 2]) && smtpc_is_digit(p[j - 1]) &&
         (j == 3 || (!smtpc_is_alnum(p[j - 4]) && p[j - 4] != '.'));
}

/*
 * Nonzero when an enhanced code may start at p[q] (q > 0) because of what
 * comes before it: a '#', or a basic code, then ' ', '-', ';' or ':', then
 * any blanks.  The separator is the first byte after the code: either the
 * first of the blanks before q (a space), or the byte before them.
 */
static int after_marker(const unsigned char *p, size_t q)
{
  size_t m = q;

  if (p[q - 1] == '#')
    return 1;
  while (m > 0 && smtpc_is_blank(p[m - 1]))
    m--;
  if (m < q && p[m] == ' ' && code_ends_at(p, m))
    return 1;
  return m > 0 && (p[m - 1] == '-' || p[m - 1] == ';' || p[m - 1] == ':') &&
         code_ends_at(p, m - 1);
}

#if SMTPC_SSE2

/*
 * The dots of p[d..d+16) right after a '2', '4' or '5', one bit each (bit j
 * for p[d+j]); p[d-1..d+16) must exist.  ('4' | 1 and '5' | 1 are '5'.)
 */
static unsigned class_dots(const unsigned char *p, size_t d)
{
  __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + d));
  __m128i k = _mm_loadu_si128((const __m128i *)(const void *)(p + d - 1));
  __m128i c = _mm_or_si128(_mm_cmpeq_epi8(k, _mm_set1_epi8('2')),
                           _mm_cmpeq_epi8(_mm_or_si128(k, _mm_set1_epi8(1)), _mm_set1_epi8('5')));

  return (unsigned)_mm_movemask_epi8(_mm_and_si128(c, _mm_cmpeq_epi8(x, _mm_set1_epi8('.'))));
}

/* The dots of mask m (bit j: a dot at s[d+j]) in order: 1 at the first that starts a code. */
static inline int try_dots(const char *s, size_t len, size_t d, unsigned m,
                           smtpc_esc *out, smtpc_span *at)
{
  for (; m != 0; m &= m - 1) {
    size_t q = d + (size_t)__builtin_ctz(m) - 1;

    if (after_marker((const unsigned char *)s, q) && found(s, len, q, out, at))
      return 1;
  }
  return 0;
}
#endif

/*
 * Past the text start, every place a code may start holds a class digit and
 * a dot.  With SSE2 sixteen bytes at a time pick out the "2.", "4." and
 * "5." (elsewhere, and in a text of 16 bytes or less, memchr finds the
 * dots), and only those are asked what precedes them.  Dots come in text
 * order, so the first code that qualifies is the first one found, the one a
 * scan from the start would meet first.
 */
int smtpc_esc_find(const char *s, size_t len, smtpc_esc *out, smtpc_span *at)
{
  const unsigned char *p = (const unsigned char *)s;
  const unsigned char *dot;
  size_t start = 0, d;

  while (start < len && smtpc_is_blank(p[start]))
    start++;
  if (found(s, len, start, out, at))
    return 1;
  /* a dot at d has its class digit at q = d - 1, after the text start */
  d = start + 2;
#if SMTPC_SSE2
  for (; d < len && len - d >= 16; d += 16) {
    unsigned m = class_dots(p, d);

    if (m != 0 && try_dots(s, len, d, m, out, at))
      return 1;
  }
  /* the last bytes from sixteen that end the text, those before d shifted out */
  if (d < len && len >= 17) {
    unsigned m = class_dots(p, len - 16) >> (d - (len - 16));

    return m != 0 && try_dots(s, len, d, m, out, at);
  }
#endif
  for (; d < len; d++) {
    size_t q;
    unsigned c;

    dot = memchr(p + d, '.', len - d);
    if (dot == NULL)
      break;
    d = (size_t)(dot - p);
    q = d - 1;
    c = p[q];
    if ((c == '2' || c == '4' || c == '5') && after_marker(p, q) && found(s, len, q, out, at))
      return 1;
  }
  return 0;
}
