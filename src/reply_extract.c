/*
 * reply_extract.c: the SMTP reply inside an error message or a log line.
 *
 * Error strings are full of numbers that are not reply codes: line numbers
 * ("smtp.lua:124:"), times ("12:34:56.789"), ports, the parts of an IP
 * address, queue ids, delays.  A code is taken only where a reply can start
 * (a word boundary from a short list) and only when followed by what follows
 * a code in a reply (blank, '-', end, or an enhanced code).  Among several,
 * the first that looks most like a reply wins; an NDR that quotes the remote
 * server's reply ("smtp;550 5.1.10") gives the nested one too.
 */
#include "smtpcodes.h"
#include "smtpcodes_reply.h"

#include <string.h>

/* A code found at a position, with what follows it. */
typedef struct candidate {
  size_t at;         /* the first digit */
  size_t text;       /* after separator, blanks and enhanced code */
  smtpc_esc esc;
  smtpc_span esc_at;
  int code;
  int dash;          /* "NNN-": the first of several lines */
  int strong;        /* looks like a reply rather than a number in prose */
} candidate;

static int is_digit(unsigned c) { return c - '0' < 10u; }
static int is_alpha(unsigned c) { return (c | 0x20u) - 'a' < 26u; }
static int is_blank(unsigned c) { return c == ' ' || c == '\t'; }
static int is_space(unsigned c) { return is_blank(c) || c == '\r' || c == '\n'; }

/* Characters after which a reply may start. */
static int is_left_boundary(unsigned c)
{
  return is_space(c) || c == '\'' || c == '"' || c == '`' || c == '(' ||
         c == '<' || c == '[' || c == '{' || c == ';' || c == '=' || c == '|';
}

/* Nonzero when the word just before p[i] (over blanks or '=') is "port" or "line". */
static int after_number_word(const unsigned char *p, size_t i)
{
  static const char *const words[] = {"port", "line"};
  size_t j = i, k, w;

  while (j > 0 && (is_blank(p[j - 1]) || p[j - 1] == '=' || p[j - 1] == ':'))
    j--;
  if (j == i || j < 4)
    return 0;
  if (j > 4 && is_alpha(p[j - 5]))
    return 0;
  for (w = 0; w < sizeof words / sizeof words[0]; w++) {
    for (k = 0; k < 4; k++)
      if ((p[j - 4 + k] | 0x20u) != (unsigned char)words[w][k])
        break;
    if (k == 4)
      return 1;
  }
  return 0;
}

/* Only blanks between the start of p[i]'s line and p[i]. */
static int at_line_start(const unsigned char *p, size_t i)
{
  while (i > 0 && is_blank(p[i - 1]))
    i--;
  return i == 0 || p[i - 1] == '\n' || p[i - 1] == '\r';
}

/* Takes an enhanced code at p[k], moving *text past it and its blanks. */
static int take_esc(const char *s, size_t len, size_t k, candidate *c)
{
  const unsigned char *p = (const unsigned char *)s;
  size_t n = smtpc_esc_match(s, len, k, &c->esc);

  if (n == 0)
    return 0;
  c->esc_at.off = k;
  c->esc_at.len = n;
  k += n;
  while (k < len && is_blank(p[k]))
    k++;
  c->text = k;
  return 1;
}

/* Is there a reply code at s[i]?  Fills c when there is. */
static int find_candidate(const char *s, size_t len, size_t i, candidate *c)
{
  const unsigned char *p = (const unsigned char *)s;
  size_t j = i + 3, k;
  unsigned r;

  if (len - i < 3 || p[i] < '2' || p[i] > '5' || p[i + 1] < '0' ||
      p[i + 1] > '5' || !is_digit(p[i + 2]))
    return 0;
  if (i > 0 && !is_left_boundary(p[i - 1]))
    return 0;
  memset(c, 0, sizeof *c);
  c->at = i;
  c->code = (p[i] - '0') * 100 + (p[i + 1] - '0') * 10 + (p[i + 2] - '0');
  c->text = j;
  if (j < len) {
    r = p[j];
    if (is_blank(r)) {
      for (k = j + 1; k < len && is_blank(p[k]); k++)
        ;
      c->text = k;
      take_esc(s, len, k, c);
    } else if (r == '-') {
      /* "550-5.7.26 ..." or "250-PIPELINING", not "203-0-113-5" */
      c->dash = 1;
      c->text = j + 1;
      if (!take_esc(s, len, j + 1, c) && j + 1 < len && is_digit(p[j + 1]))
        return 0;
    } else if (r == ';' || r == ':') {
      /* "550;5.1.1", never "124: " */
      for (k = j + 1; k < len && is_blank(p[k]); k++)
        ;
      if (!take_esc(s, len, k, c))
        return 0;
    } else if (r != '\r' && r != '\n')
      return 0;
  }
  if (after_number_word(p, i))
    return 0;
  if (c->esc.klass || at_line_start(p, i) || p[i - 1] == '\'' ||
      p[i - 1] == '"' || p[i - 1] == '`')
    c->strong = 1;
  else {
    /* after ": " as in "said: 550" or "smtp.lua:124: 550" */
    k = i;
    while (k > 0 && is_blank(p[k - 1]))
      k--;
    c->strong = k < i && k > 0 && p[k - 1] == ':';
  }
  return 1;
}

/* The last position of ch in p[from..to), or to when there is none. */
static size_t last_of(const unsigned char *p, size_t from, size_t to, unsigned ch)
{
  size_t i = to;

  while (i > from)
    if (p[--i] == ch)
      return i;
  return to;
}

/*
 * Where the reply starting at p[at] ends, looking no further than end and
 * no further back than from: at the quote just before it, or the bracket
 * left open before it, closing again; before Postfix's "(in reply to";
 * without trailing blanks.
 */
static size_t reply_end(const unsigned char *p, size_t from, size_t at, size_t end)
{
  static const char tail[] = " (in reply to ";
  size_t tl = sizeof tail - 1, i, depth = 0;
  unsigned q = at > from ? p[at - 1] : 0;

  if (q == '\'' || q == '"' || q == '`') {
    end = last_of(p, at, end, q);
  } else {
    for (i = at; i > from; i--) {
      unsigned c = p[i - 1];

      if (c == ')' || c == '>' || c == ']')
        depth++;
      else if (c == '(' || c == '<' || c == '[') {
        if (depth == 0) {
          end = last_of(p, at, end, c == '(' ? ')' : c == '<' ? '>' : ']');
          break;
        }
        depth--;
      }
    }
  }
  for (i = end; i >= at + tl; i--) {
    if (memcmp(p + i - tl, tail, tl) == 0) {
      end = i - tl;
      break;
    }
  }
  while (end > at && is_space(p[end - 1]))
    end--;
  return end;
}

static void fill(const char *s, const candidate *c, size_t end, smtpc_found *f)
{
  const unsigned char *p = (const unsigned char *)s;
  size_t i;

  memset(f, 0, sizeof *f);
  f->code = c->code;
  f->esc = c->esc;
  f->esc_at = c->esc_at;
  f->reply.off = c->at;
  f->reply.len = end - c->at;
  f->text.off = c->text < end ? c->text : end;
  f->text.len = end - f->text.off;
  f->multiline = c->dash;
  for (i = c->at; i + 3 < end && !f->multiline; i++)
    if (p[i] == '\n' && is_digit(p[i + 1]) && is_digit(p[i + 2]) && is_digit(p[i + 3]))
      f->multiline = 1;
  if (c->esc.klass && c->code / 100 != 3 && c->esc.klass != c->code / 100)
    f->warnings |= SMTPC_W_CLASS_MISMATCH;
}

/* Moves i past the run of digits it is in. */
static size_t skip_digits(const unsigned char *p, size_t len, size_t i)
{
  while (i + 1 < len && is_digit(p[i + 1]))
    i++;
  return i;
}

smtpc_reply_error smtpc_reply_extract(const char *s, size_t len,
                                      smtpc_found *outer, smtpc_found *inner)
{
  const unsigned char *p = (const unsigned char *)s;
  candidate c, first, best, nested;
  int have_first = 0, have_best = 0, have_nested = 0;
  size_t i, end;

  memset(&first, 0, sizeof first);
  memset(&best, 0, sizeof best);
  memset(&nested, 0, sizeof nested);
  memset(outer, 0, sizeof *outer);
  if (inner)
    memset(inner, 0, sizeof *inner);
  for (i = 0; i < len && is_space(p[i]); i++)
    ;
  if (i == len)
    return SMTPC_REPLY_E_EMPTY;

  for (; i < len && !have_best; i++) {
    if (!is_digit(p[i]))
      continue;
    if (find_candidate(s, len, i, &c)) {
      /* a weak candidate ("after 300 seconds") counts only as a code
         that some standard or documented use defines */
      if (!have_first && (c.strong || smtpc_basic_find(c.code) != NULL)) {
        first = c;
        have_first = 1;
      }
      if (c.strong) {
        best = c;
        have_best = 1;
      }
    }
    i = skip_digits(p, len, i);
  }
  if (!have_first)
    return SMTPC_REPLY_E_NOT_A_REPLY;
  if (!have_best)
    best = first;
  end = reply_end(p, 0, best.at, len);

  /* the innermost quoted reply: an enhanced code or "smtp;" before it */
  for (i = best.at + 3; i < end; i++) {
    if (!is_digit(p[i]))
      continue;
    if (find_candidate(s, end, i, &c) && !at_line_start(p, i) &&
        (c.esc.klass || p[i - 1] == ';')) {
      nested = c;
      have_nested = 1;
    }
    i = skip_digits(p, end, i);
  }

  if (best.esc.klass == 0 && best.text < end) {
    /* "550 Requested action not taken (#5.7.1)": look in its own text */
    size_t stop = have_nested ? nested.at : end;
    smtpc_span at;

    if (stop > best.text &&
        smtpc_esc_find(s + best.text, stop - best.text, &best.esc, &at)) {
      best.esc_at.off = best.text + at.off;
      best.esc_at.len = at.len;
    }
  }
  fill(s, &best, end, outer);
  if (inner && have_nested)
    fill(s, &nested, reply_end(p, best.at + 3, nested.at, end), inner);
  return SMTPC_REPLY_OK;
}
