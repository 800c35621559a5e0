/*
 * reply_extract.c: the SMTP reply inside an error message or a log line.
 *
 * Error strings are full of numbers that are not reply codes: line numbers
 * ("smtp.lua:124:"), times ("12:34:56.789"), ports, the parts of an IP
 * address, queue ids, delays.  A code is taken only where a reply can start
 * (a word boundary from a short list) and only when followed by what follows
 * a code in a reply (blank, '-', end, or an enhanced code).  A number that
 * prose gives a unit or a name ("after 450 seconds", "at byte 421", "552 MB",
 * "HTTP/1.1 503") is not a code.  Among several, the first that looks most
 * like a reply wins; an NDR that quotes the remote server's reply
 * ("smtp;550 5.1.10") gives the nested one too.  Text with an enhanced code
 * but no basic code ("Status: 5.1.1", "dsn=4.4.1", "5.7.1 Spam message
 * rejected") gives a reply with code 0, and so does a failure that never got
 * a reply ("Connection timed out", src/data/failures.def); both carry the
 * warning no_code.
 */
#include "smtpcodes.h"
#include "smtpcodes_reply.h"
#include "chars_internal.h"

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

static int is_alpha(unsigned c) { return (c | 0x20u) - 'a' < 26u; }
static int is_space(unsigned c) { return smtpc_is_blank(c) || c == '\r' || c == '\n'; }

/* Characters after which a reply may start ('#' only before an enhanced code: Exchange's "#550 4.4.7"). */
static int is_left_boundary(unsigned c)
{
  return is_space(c) || c == '\'' || c == '"' || c == '`' || c == '(' ||
         c == '<' || c == '[' || c == '{' || c == ';' || c == '=' || c == '|' || c == '#';
}

/* Nonzero when p[from..to) is, without regard to case, one of the words. */
static int is_word(const unsigned char *p, size_t from, size_t to,
                   const char *const *words, size_t n)
{
  size_t w, k, len = to - from;

  for (w = 0; w < n; w++) {
    if (strlen(words[w]) != len)
      continue;
    for (k = 0; k < len && (p[from + k] | 0x20u) == (unsigned char)words[w][k]; k++)
      ;
    if (k == len)
      return 1;
  }
  return 0;
}

/*
 * Nonzero when the word just before p[i] (over blanks, '=' or ':') names
 * what a number counts ("port 25", "line 124", "at byte 421", "after 450
 * seconds", "size 552"), or is a protocol version ("HTTP/1.1 503").
 */
static int after_number_word(const unsigned char *p, size_t i)
{
  static const char *const words[] = {"port", "line", "lines", "byte", "bytes", "after",
                                      "size", "length", "within", "than", "pid", "uid"};
  size_t j = i, start;

  while (j > 0 && (smtpc_is_blank(p[j - 1]) || p[j - 1] == '=' || p[j - 1] == ':'))
    j--;
  if (j == i)
    return 0;
  for (start = j; start > 0 && !is_space(p[start - 1]); start--)
    ;
  if (j - start > 5 && (p[start] | 0x20u) == 'h' && (p[start + 1] | 0x20u) == 't' &&
      (p[start + 2] | 0x20u) == 't' && (p[start + 3] | 0x20u) == 'p' && p[start + 4] == '/')
    return 1;
  while (start < j && !is_alpha(p[start]))
    start++;
  return is_word(p, start, j, words, sizeof words / sizeof words[0]);
}

/* Nonzero when the word at p[k] (k < len) is a unit: "450 seconds", "552 MB". */
static int unit_word(const unsigned char *p, size_t len, size_t k)
{
  static const char *const units[] = {"s", "sec", "secs", "second", "seconds", "ms", "min",
                                      "mins", "minute", "minutes", "h", "hours", "b", "bytes",
                                      "kb", "mb", "gb", "kib", "mib", "gib", "octets", "%"};
  size_t e = k;

  while (e < len && (is_alpha(p[e]) || p[e] == '%'))
    e++;
  if (e == k || (e < len && !is_space(p[e]) && p[e] != '.' && p[e] != ',' && p[e] != ')'))
    return 0;
  return is_word(p, k, e, units, sizeof units / sizeof units[0]);
}

/*
 * Nonzero when p[i] is the value of a header field at the start of its line
 * and ends that line ("Content-Length: 452", "X-Spam-Score: 550"): a header,
 * not a reply.  Only names with a hyphen count, so "Error: 421" stays a reply.
 */
static int header_value(const unsigned char *p, size_t len, size_t i)
{
  size_t j = i + 3, k = i;
  int hyphen = 0;

  if (j < len && p[j] != '\r' && p[j] != '\n')
    return 0;
  while (k > 0 && smtpc_is_blank(p[k - 1]))
    k--;
  if (k == 0 || p[k - 1] != ':')
    return 0;
  for (k--; k > 0 && (is_alpha(p[k - 1]) || smtpc_is_digit(p[k - 1]) || p[k - 1] == '-'); k--)
    if (p[k - 1] == '-')
      hyphen = 1;
  return hyphen && (k == 0 || p[k - 1] == '\n' || p[k - 1] == '\r');
}

/* Only blanks between the start of p[i]'s line and p[i]. */
static int at_line_start(const unsigned char *p, size_t i)
{
  while (i > 0 && smtpc_is_blank(p[i - 1]))
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
  while (k < len && smtpc_is_blank(p[k]))
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
      p[i + 1] > '5' || !smtpc_is_digit(p[i + 2]))
    return 0;
  if (i > 0 && !is_left_boundary(p[i - 1]))
    return 0;
  memset(c, 0, sizeof *c);
  c->at = i;
  c->code = (p[i] - '0') * 100 + (p[i + 1] - '0') * 10 + (p[i + 2] - '0');
  c->text = j;
  if (j < len) {
    r = p[j];
    if (smtpc_is_blank(r)) {
      for (k = j + 1; k < len && smtpc_is_blank(p[k]); k++)
        ;
      c->text = k;
      take_esc(s, len, k, c);
    } else if (r == '-') {
      /* "550-5.7.26 ..." or "250-PIPELINING", not "203-0-113-5" */
      c->dash = 1;
      c->text = j + 1;
      if (!take_esc(s, len, j + 1, c) && j + 1 < len && smtpc_is_digit(p[j + 1]))
        return 0;
    } else if (r == ';' || r == ':') {
      /* "550;5.1.1", never "124: " */
      for (k = j + 1; k < len && smtpc_is_blank(p[k]); k++)
        ;
      if (!take_esc(s, len, k, c))
        return 0;
    } else if (r != '\r' && r != '\n')
      return 0;
  }
  if (i > 0 && p[i - 1] == '#' && !c->esc.klass)
    return 0;
  if (!c->esc.klass && (after_number_word(p, i) || header_value(p, len, i) ||
                        (c->text < len && unit_word(p, len, c->text))))
    return 0;
  if (c->esc.klass || at_line_start(p, i) || p[i - 1] == '\'' ||
      p[i - 1] == '"' || p[i - 1] == '`')
    c->strong = 1;
  else {
    /* after ": " as in "said: 550" or "smtp.lua:124: 550" */
    k = i;
    while (k > 0 && smtpc_is_blank(p[k - 1]))
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
/* Nonzero when the line at p[i] (i < end) starts with the three digits at p[at]. */
static int same_code_line(const unsigned char *p, size_t i, size_t at, size_t end)
{
  return end - i > 3 && p[i] == p[at] && p[i + 1] == p[at + 1] && p[i + 2] == p[at + 2] &&
         (p[i + 3] == '-' || p[i + 3] == ' ');
}

/*
 * Nonzero when the line of the code at p[at] holds text after the code and
 * its enhanced code (p[at..eol) is the rest of that line).
 */
static int text_on_line(const unsigned char *p, size_t at, size_t eol)
{
  size_t k = at + 3;

  while (k < eol && (smtpc_is_digit(p[k]) || p[k] == '.' || p[k] == '-' || smtpc_is_blank(p[k]) ||
                     p[k] == '\r'))
    k++;
  return k < eol;
}

static size_t reply_end(const unsigned char *p, size_t from, size_t at, size_t end)
{
  static const char tail[] = " (in reply to ";
  size_t tl = sizeof tail - 1, i, depth = 0;
  unsigned q = at > from ? p[at - 1] : 0;

  if (!at_line_start(p, at)) {
    /*
     * Inside a log line or a report: the reply ends with its line, unless
     * the next lines are indented, as Postfix wraps a long reply in a bounce,
     * or carry the same code, as the lines of a multi-line reply do.
     */
    for (i = at; i < end; i++) {
      if (p[i] != '\n')
        continue;
      if (i + 1 < end && (smtpc_is_blank(p[i + 1]) || same_code_line(p, i + 1, at, end)))
        continue;
      if (!text_on_line(p, at, i) && i + 1 < end)
        continue; /* "said: 550\nRequested action not taken": the text is on the next line */
      end = i;
      break;
    }
  }

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
  if (q == '#') {
    /* Exchange: "#550 4.4.7 QUEUE.Expired; message expired ##" */
    while (end > at && p[end - 1] == '#')
      end--;
    while (end > at && is_space(p[end - 1]))
      end--;
  }
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
    if (p[i] == '\n' && smtpc_is_digit(p[i + 1]) && smtpc_is_digit(p[i + 2]) && smtpc_is_digit(p[i + 3]))
      f->multiline = 1;
  if (c->code && c->esc.klass && c->code / 100 != 3 && c->esc.klass != c->code / 100)
    f->warnings |= SMTPC_W_CLASS_MISMATCH;
}

/*
 * The first enhanced code where a reply or a report puts one without a basic
 * code: at the start of a line, or after ':', ';', '=', '#' or '(' and blanks
 * ("Status: 5.1.1", "smtp; 5.1.1", "dsn=4.4.1", "(#5.7.1)").  One with text
 * after it is preferred.  Fills c (code 0) and returns 1, or returns 0.
 */
static int find_esc_only(const char *s, size_t len, candidate *c)
{
  const unsigned char *p = (const unsigned char *)s;
  candidate first;
  int have = 0;
  size_t i, k;

  memset(&first, 0, sizeof first);
  for (i = 0; i + 5 <= len; i++) {
    if ((p[i] != '2' && p[i] != '4' && p[i] != '5') || p[i + 1] != '.')
      continue;
    for (k = i; k > 0 && smtpc_is_blank(p[k - 1]); k--)
      ;
    if (!(k == 0 || p[k - 1] == '\n' || p[k - 1] == '\r' || p[k - 1] == ':' ||
          p[k - 1] == ';' || p[k - 1] == '=' || p[k - 1] == '#' || p[k - 1] == '('))
      continue;
    memset(c, 0, sizeof *c);
    c->at = i;
    if (!take_esc(s, len, i, c))
      continue;
    if (c->text < len && p[c->text] != '\r' && p[c->text] != '\n' && p[c->text] != ',' &&
        p[c->text] != ')')
      return 1;
    if (!have) {
      first = *c;
      have = 1;
    }
    i = c->esc_at.off + c->esc_at.len - 1;
  }
  *c = first;
  return have;
}

/* Moves i past the run of digits it is in. */
static size_t skip_digits(const unsigned char *p, size_t len, size_t i)
{
  while (i + 1 < len && smtpc_is_digit(p[i + 1]))
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
    if (!smtpc_is_digit(p[i]))
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
  if (!have_first) {
    size_t from = i, to = len;

    if (find_esc_only(s, len, &c)) {
      end = reply_end(p, 0, c.at, len);
      fill(s, &c, end, outer);
      outer->multiline = 0; /* no reply code: nothing smtpc_reply_parse could read */
      outer->warnings |= SMTPC_W_NO_CODE;
      return SMTPC_REPLY_OK;
    }
    if (!smtpc_failure_find(s, len))
      return SMTPC_REPLY_E_NOT_A_REPLY;
    /* no reply at all, but a failure the sender's software reported */
    for (from = 0; is_space(p[from]); from++)
      ;
    while (is_space(p[to - 1]))
      to--;
    outer->reply.off = outer->text.off = from;
    outer->reply.len = outer->text.len = to - from;
    outer->warnings = SMTPC_W_NO_CODE;
    return SMTPC_REPLY_OK;
  }
  if (!have_best)
    best = first;
  end = reply_end(p, 0, best.at, len);

  /* the innermost quoted reply: an enhanced code or "smtp;" before it */
  for (i = best.at + 3; i < end; i++) {
    if (!smtpc_is_digit(p[i]))
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

  /* another reply after this one: say so rather than drop it silently */
  for (i = end; i < len; i++) {
    if (!smtpc_is_digit(p[i]))
      continue;
    if (find_candidate(s, len, i, &c) && c.strong) {
      outer->warnings |= SMTPC_W_TRAILING_DATA;
      break;
    }
    i = skip_digits(p, len, i);
  }
  return SMTPC_REPLY_OK;
}
