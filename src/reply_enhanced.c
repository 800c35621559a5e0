/*
 * reply_enhanced.c: finding an enhanced status code (RFC 3463) in reply text.
 *
 * The grammar is small: class "." subject "." detail, class 2, 4 or 5,
 * subject and detail 1..3 digits.  The hard part is what surrounds it: reply
 * text is full of dotted numbers (IP addresses, versions, dates), so a match
 * must stand alone, and smtpc_esc_find looks only where servers put codes.
 */
#include "smtpcodes_reply.h"

#include <stdint.h>
#include <string.h>

#define W_ONES UINT64_C(0x0101010101010101)
#define W_LOW7 (W_ONES * 0x7f)
#define W_HIGH (W_ONES * 0x80)

static int is_digit(unsigned c) { return c - '0' < 10u; }

static int is_alnum(unsigned c)
{
  return c - '0' < 10u || (c | 0x20u) - 'a' < 26u;
}

static int is_blank(unsigned c) { return c == ' ' || c == '\t'; }

/*
 * Reads 1..3 digits at p[*i] with no leading zero (a lone "0" is fine);
 * advances *i past them.  A fourth digit makes the whole number invalid.
 */
static int read_part(const unsigned char *p, size_t len, size_t *i, int *value)
{
  size_t start = *i;
  int v = 0;

  while (*i < len && is_digit(p[*i])) {
    if (*i - start == 3)
      return 0;
    v = v * 10 + (p[*i] - '0');
    (*i)++;
  }
  if (*i == start || (*i - start > 1 && p[start] == '0'))
    return 0;
  *value = v;
  return 1;
}

size_t smtpc_esc_match(const char *s, size_t len, size_t pos, smtpc_esc *out)
{
  const unsigned char *p = (const unsigned char *)s;
  size_t i;
  unsigned c;
  int subject, detail;

  if (pos >= len || len - pos < 5)
    return 0;
  c = p[pos];
  if ((c != '2' && c != '4' && c != '5') || p[pos + 1] != '.')
    return 0;
  if (pos > 0 && (is_alnum(p[pos - 1]) || p[pos - 1] == '.'))
    return 0;
  i = pos + 2;
  if (!read_part(p, len, &i, &subject) || i >= len || p[i] != '.')
    return 0;
  i++;
  if (!read_part(p, len, &i, &detail))
    return 0;
  if (i < len) {
    /* "5.1.1." ends a sentence; "4.16.55.1" and "5.1.1a" are something else */
    if (is_alnum(p[i]) || (p[i] == '.' && i + 1 < len && is_digit(p[i + 1])))
      return 0;
  }
  if (out) {
    out->klass = (int)(c - '0');
    out->subject = subject;
    out->detail = detail;
  }
  return i - pos;
}

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

/*
 * The bytes of w that are '#' or a digit, as their high bits (after Bit
 * Twiddling Hacks' haszero and hasbetween): the digit test is exact for every
 * byte, the '#' test for the lowest flagged one, so the lowest bit set marks
 * the first byte of interest and text without either is skipped eight bytes
 * at a time.
 */
static uint64_t trigger_mask(uint64_t w)
{
  uint64_t h = w ^ (W_ONES * '#');
  uint64_t hash = (h - W_ONES) & ~h & W_HIGH;
  uint64_t low = w & W_LOW7;
  uint64_t digit = (W_ONES * (127 + '9' + 1) - low) & ~w & (low + W_ONES * (127 - ('0' - 1))) & W_HIGH;

  return hash | digit;
}

int smtpc_esc_find(const char *s, size_t len, smtpc_esc *out, smtpc_span *at)
{
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0, j;
  uint64_t w, m;

  while (i < len && is_blank(p[i]))
    i++;
  if (found(s, len, i, out, at))
    return 1;
  for (i = 0; i < len;) {
    unsigned c;

    if (len - i >= 8) {
      memcpy(&w, p + i, 8);
      m = trigger_mask(w);
      if (m == 0) {
        i += 8;
        continue;
      }
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
      i += (size_t)__builtin_ctzll(m) >> 3; /* the first '#' or digit */
#endif
    }
    c = p[i];
    if (c == '#') {
      if (found(s, len, i + 1, out, at))
        return 1;
    } else if (is_digit(c)) {
      /* a run of digits: a basic code when exactly three at a word boundary */
      int boundary = i == 0 || (!is_alnum(p[i - 1]) && p[i - 1] != '.');

      for (j = i; j < len && is_digit(p[j]); j++)
        ;
      if (boundary && j - i == 3 && j < len &&
          (p[j] == ' ' || p[j] == '-' || p[j] == ';' || p[j] == ':')) {
        size_t k = j + 1;

        while (k < len && is_blank(p[k]))
          k++;
        if (found(s, len, k, out, at))
          return 1;
      }
      i = j;
      continue;
    }
    i++;
  }
  return 0;
}
