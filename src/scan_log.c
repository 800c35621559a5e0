/*
 * scan_log.c: MTA log lines.  Each line's prefix is read in one of the forms
 * mail logs are written in, then the MTA's message goes to the reader of the
 * program that wrote it:
 *   RFC 3164 syslog   "Dec  1 19:44:09 host prog[pid]: msg" (an optional <PRI>
 *                     and fractional seconds, as Postfix's own maillog_file
 *                     writes "Dec 01 19:44:09.123456 host postfix/smtp[1]: ")
 *   RFC 5424 syslog   "<34>1 2026-12-01T19:44:09.123Z host prog pid msgid [sd] msg"
 *   ISO time stamps   "2026-12-01T19:44:09+0000 host prog[pid]: msg"
 *                     (journalctl -o short-iso, rsyslog's RFC 3339 template)
 *   Exim's main log   "2026-12-01 19:44:09 1rABCD-000123-AB ** ..." (its own file;
 *                     through syslog, Exim's own time stamp may follow the tag)
 * A line in none of these forms is read as a bare MTA message when it looks
 * like one (a Postfix or Sendmail delivery line copied without its prefix).
 * Also here: the helpers every reader uses (reply, command, addresses).
 */
#include <stdlib.h>
#include <string.h>

#include "log_internal.h"

smtpc_log_state *smtpc_log_new(const smtpc_scan_limits *limits)
{
  smtpc_log_state *st = calloc(1, sizeof *st);
  if (st == NULL) return NULL;
  st->max_queue = limits->max_queue;
  st->scratch_cap = limits->max_line;
  return st;
}

void smtpc_log_free(smtpc_log_state *st)
{
  if (st == NULL) return;
  smtpc_logq_free(st->q);
  free(st->scratch);
  free(st);
}

smtpc_logq *smtpc_log_queue(smtpc_log_state *st)
{
  if (st->q == NULL) st->q = smtpc_logq_new(st->max_queue);
  return st->q;
}

/* How often a byte appears in log lines: blanks most, then lower-case letters, then the rest. */
static int commonness(char c) { return c == ' ' ? 3 : c >= 'a' && c <= 'z' ? 2 : 1; }

const char *smtpc_log_findn(const char *s, size_t n, const char *needle, size_t k)
{
  size_t a = 0, i;
  const char *end = s + n, *p;
  if (k == 0 || k > n) return k == 0 ? s : NULL;
  for (i = 0; i < k; i++) /* memchr for the needle's first rare byte (else its first letter), then compare */
    if (commonness(needle[i]) == 1) {
      a = i;
      break;
    } else if (commonness(needle[i]) < commonness(needle[a])) {
      a = i;
    }
  p = s + a;
  while (p < end - (k - a - 1) && (p = memchr(p, needle[a], (size_t)(end - p) - (k - a - 1))) != NULL) {
    if (p[k - 1 - a] == needle[k - 1] && memcmp(p - a, needle, k) == 0) return p - a; /* its last byte first */
    p++;
  }
  return NULL;
}

const char *smtpc_log_find(const char *s, size_t n, const char *needle)
{
  return smtpc_log_findn(s, n, needle, strlen(needle));
}

int smtpc_log_starts(const char *s, size_t n, const char *prefix)
{
  size_t k = strlen(prefix);
  return n >= k && memcmp(s, prefix, k) == 0;
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

smtpc_text smtpc_log_unbracket(const char *s, size_t n)
{
  while (n && (*s == ' ' || *s == '<')) s++, n--;
  while (n && (s[n - 1] == ' ' || s[n - 1] == '>')) n--;
  return smtpc_log_text(s, n);
}

void smtpc_log_result(smtpc_scan_result *r, const smtpc_log_fields *f, smtpc_text id, const char *source)
{
  memset(r, 0, sizeof *r);
  r->source = source;
  r->line = f->lineno;
  r->date = f->date;
  r->reporting_mta = f->host;
  r->queue_id = id;
}

int smtpc_log_expire(smtpc_log_state *st, const smtpc_log_fields *f, smtpc_text id, smtpc_log_delivery read,
                     smtpc_scan_out *out)
{
  smtpc_logq *q = smtpc_log_queue(st);
  size_t k;
  if (q == NULL) return -1;
  while (!out->stopped && (k = smtpc_logq_take_deferred(q, id, st->pend, sizeof st->pend)) != 0)
    if (read(st, f, id, st->pend, k, 1, out) < 0) return -1;
  return 0;
}

void smtpc_log_join(smtpc_log_state *st, smtpc_text id, smtpc_scan_result *r)
{
  smtpc_logq_info info;
  if (st->q == NULL || id.len == 0) return;
  info = smtpc_logq_get(st->q, id);
  if (r->sender.len == 0) r->sender = info.sender;
  r->message_id = info.message_id;
}

/* The basic code at s, followed by a blank, '-' or the end; else 0. */
static int reply_code_at(const char *s, size_t n)
{
  if (n < 3 || s[0] < '2' || s[0] > '5' || s[1] < '0' || s[1] > '5' || !is_digit(s[2])) return 0;
  if (n > 3 && s[3] != ' ' && s[3] != '-') return 0;
  return (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0');
}

/* The length of "NNN[ -]" and an optional "X.Y.Z " at s, when its code is code; else 0. */
static size_t reply_prefix(const char *s, size_t n, int code, smtpc_esc *esc)
{
  size_t i = 4, k;
  if (reply_code_at(s, n) != code || n < 4) return 0;
  while (i < n && s[i] == ' ') i++;
  k = smtpc_esc_match(s, n, i, esc);
  if (k) {
    i += k;
    while (i < n && s[i] == ' ') i++;
  }
  return i;
}

int smtpc_log_reply(smtpc_log_state *st, const char *s, size_t n, smtpc_scan_result *r)
{
  int code = reply_code_at(s, n), multi = n > 3 && s[3] == '-';
  smtpc_esc esc, other = {0, 0, 0};
  size_t i, out = 0;
  const char *cont;
  if (code == 0) return 0;
  memset(&esc, 0, sizeof esc);
  i = reply_prefix(s, n, code, &esc);
  if (i == 0) i = n; /* a bare code */
  while (n && s[n - 1] == ' ') n--;
  r->reply_code = code;
  r->reply_esc = esc;
  r->reply_text = smtpc_log_text(s + i, i < n ? n - i : 0);
  /* a multi-line reply joined on one line repeats " NNN-X.Y.Z " (and ends with " NNN X.Y.Z ") */
  if (!multi) return 1;
  cont = i < n ? SMTPC_LOG_FIND(s + i, n - i, " ") : NULL;
  if (cont == NULL) return 1;
  if (st->scratch == NULL) {
    st->scratch = malloc(st->scratch_cap);
    if (st->scratch == NULL) return 1; /* the raw text will do */
  }
  while (i < n && out < st->scratch_cap) {
    /* the lines are joined by a blank, or by the two characters "\n" (Exim's main log) */
    size_t k = 0, sep = s[i] == ' ' ? 1 : s[i] == '\\' && i + 1 < n && s[i + 1] == 'n' ? 2 : 0;
    other.klass = 0;
    if (sep) k = reply_prefix(s + i + sep, n - i - sep, code, &other);
    if (k && (s[i + sep + 3] == '-' || other.klass)) {
      st->scratch[out++] = ' ';
      i += sep + k;
      continue;
    }
    st->scratch[out++] = s[i++];
  }
  r->reply_text = smtpc_log_text(st->scratch, out);
  return 1;
}

smtpc_command smtpc_log_command(const char *s, size_t n)
{
  static const struct {
    const char *phrase;
    smtpc_command cmd;
  } phrases[] = {
      {"RCPT", SMTPC_CMD_RCPT},         {"MAIL", SMTPC_CMD_MAIL},
      {"end of DATA", SMTPC_CMD_DATA_END}, {"end of data", SMTPC_CMD_DATA_END},
      {"message body", SMTPC_CMD_DATA_END}, {"BDAT", SMTPC_CMD_DATA_END},
      {"DATA", SMTPC_CMD_DATA},         {"EHLO", SMTPC_CMD_EHLO},
      {"HELO", SMTPC_CMD_EHLO},         {"LHLO", SMTPC_CMD_EHLO},
      {"the EHLO", SMTPC_CMD_EHLO},     {"STARTTLS", SMTPC_CMD_EHLO},
      {"AUTH", SMTPC_CMD_EHLO},         {"XFORWARD", SMTPC_CMD_EHLO},
      {"XCLIENT", SMTPC_CMD_EHLO},      {"the initial server greeting", SMTPC_CMD_CONNECT},
      {"initial connection", SMTPC_CMD_CONNECT},
  };
  size_t i;
  if (SMTPC_LOG_STARTS(s, n, "pipelined ")) s += 10, n -= 10;
  for (i = 0; i < sizeof phrases / sizeof phrases[0]; i++)
    if (smtpc_log_starts(s, n, phrases[i].phrase)) return phrases[i].cmd;
  return SMTPC_CMD_NONE;
}

/* ---- prefixes ------------------------------------------------------------ */

static size_t skip_digits(const char *s, size_t n, size_t i)
{
  while (i < n && is_digit(s[i])) i++;
  return i;
}

/* "hh:mm:ss" at s[i], with optional ".fraction"; returns the end, or 0. */
static size_t clock_at(const char *s, size_t n, size_t i)
{
  if (i + 8 > n || !is_digit(s[i]) || !is_digit(s[i + 1]) || s[i + 2] != ':' || !is_digit(s[i + 3]) ||
      !is_digit(s[i + 4]) || s[i + 5] != ':' || !is_digit(s[i + 6]) || !is_digit(s[i + 7]))
    return 0;
  i += 8;
  if (i + 1 < n && (s[i] == '.' || s[i] == ',') && is_digit(s[i + 1])) i = skip_digits(s, n, i + 1);
  return i;
}

/* "YYYY-MM-DD" at s[i]; returns the end, or 0. */
static size_t day_at(const char *s, size_t n, size_t i)
{
  if (i + 10 > n || skip_digits(s, n, i) != i + 4 || s[i + 4] != '-' || !is_digit(s[i + 5]) ||
      !is_digit(s[i + 6]) || s[i + 7] != '-' || !is_digit(s[i + 8]) || !is_digit(s[i + 9]))
    return 0;
  return i + 10;
}

/* A zone after a time: "Z", "+hh:mm", "+hhmm", "-hh"; returns the end (i when none). */
static size_t zone_at(const char *s, size_t n, size_t i)
{
  size_t k;
  if (i < n && s[i] == 'Z') return i + 1;
  if (i >= n || (s[i] != '+' && s[i] != '-')) return i;
  k = skip_digits(s, n, i + 1);
  if (k == i + 3 && k + 2 < n && s[k] == ':' && is_digit(s[k + 1]) && is_digit(s[k + 2])) return k + 3;
  return k == i + 3 || k == i + 5 ? k : i;
}

/* An ISO 8601 date and time with 'T' (syslog) or ' ' (Exim) between; returns the end, or 0. */
static size_t iso_at(const char *s, size_t n, size_t i, char sep)
{
  size_t k = day_at(s, n, i);
  if (k == 0 || k >= n || s[k] != sep) return 0;
  k = clock_at(s, n, k + 1);
  return k ? zone_at(s, n, k) : 0;
}

#define MONTH_IS(m, lit) (memcmp((m), (lit), 3) == 0)

/* An English month's abbreviation at m (three bytes), as syslog writes it. */
static int is_month(const char *m)
{
  switch (m[0]) {
  case 'J': return MONTH_IS(m, "Jan") || MONTH_IS(m, "Jun") || MONTH_IS(m, "Jul");
  case 'F': return MONTH_IS(m, "Feb");
  case 'M': return MONTH_IS(m, "Mar") || MONTH_IS(m, "May");
  case 'A': return MONTH_IS(m, "Apr") || MONTH_IS(m, "Aug");
  case 'S': return MONTH_IS(m, "Sep");
  case 'O': return MONTH_IS(m, "Oct");
  case 'N': return MONTH_IS(m, "Nov");
  case 'D': return MONTH_IS(m, "Dec");
  default: return 0;
  }
}

/* "Mmm dd hh:mm:ss" (day blank-padded or two digits; an optional year after the time). */
static size_t bsd_at(const char *s, size_t n, size_t i)
{
  size_t k;
  if (i + 15 > n || s[i + 3] != ' ' || !is_month(s + i)) return 0;
  k = i + 4;
  if (s[k] == ' ') k++;
  if (!is_digit(s[k])) return 0;
  k = skip_digits(s, n, k);
  if (k > i + 6 || k >= n || s[k] != ' ') return 0;
  k = clock_at(s, n, k + 1);
  if (k && k + 5 < n && s[k] == ' ' && skip_digits(s, n, k + 1) == k + 5 && s[k + 5] == ' ') k += 5;
  return k;
}

/* The next blank-separated word from s[*i]; moves *i past it and one blank. */
static smtpc_text word(const char *s, size_t n, size_t *i)
{
  size_t b = *i, e;
  const char *sp = b < n ? memchr(s + b, ' ', n - b) : NULL;
  e = sp ? (size_t)(sp - s) : n;
  *i = sp ? e + 1 : n;
  return smtpc_log_text(s + b, e - b);
}

/* A byte that ends a syslog tag's name: '[', ':' or ' ' (one test for the letters that make most of it). */
static int is_tag_end(char c)
{
  unsigned u = (unsigned char)c;
  return u <= ':' ? u == ':' || u == ' ' : u == '[';
}

/* "prog[pid]: " or "prog: " at s[i]: fills f->prog and returns where the message starts, or 0. */
static size_t tag_at(const char *s, size_t n, size_t i, smtpc_log_fields *f)
{
  size_t b = i;
  if (SMTPC_LOG_STARTS(s + i, n - i, "postfix/")) i += 8; /* most lines of a mail log: no end in there */
  while (i < n && !is_tag_end(s[i])) i++;
  if (i == b || i >= n) return 0;
  f->prog = smtpc_log_text(s + b, i - b);
  if (s[i] == '[') {
    const char *close = memchr(s + i, ']', n - i);
    if (close == NULL) return 0;
    i = (size_t)(close - s) + 1;
  }
  if (i >= n || s[i] != ':') return 0;
  i++;
  if (i < n && s[i] == ' ') i++;
  return i;
}

/* RFC 5424 after "<PRI>1 ": TIMESTAMP HOST APP PROCID MSGID SD [MSG]. */
static size_t rfc5424_at(const char *s, size_t n, size_t i, smtpc_log_fields *f)
{
  smtpc_text t = word(s, n, &i);
  f->date = t;
  f->host = word(s, n, &i);
  f->prog = word(s, n, &i);
  (void)word(s, n, &i); /* PROCID */
  (void)word(s, n, &i); /* MSGID */
  if (i < n && s[i] == '-') {
    i++;
  } else {
    while (i < n && s[i] == '[') { /* structured data: [id k="v" ...], with \] escaped */
      i++;
      while (i < n && s[i] != ']') i += s[i] == '\\' && i + 1 < n ? 2 : 1;
      if (i < n) i++;
    }
  }
  if (i < n && s[i] == ' ') i++;
  if (i + 3 <= n && memcmp(s + i, "\xEF\xBB\xBF", 3) == 0) i += 3;
  if (f->prog.len == 1 && f->prog.ptr[0] == '-') f->prog.len = 0;
  if (f->host.len == 1 && f->host.ptr[0] == '-') f->host.len = 0;
  return i;
}

/* Reads the prefix into f; returns where the message starts, or 0 when the line has no known prefix. */
static size_t read_prefix(const char *s, size_t n, smtpc_log_fields *f)
{
  size_t i = 0, k;
  if (n > 2 && s[0] == '<') { /* <PRI> */
    k = skip_digits(s, n, 1);
    if (k > 1 && k <= 4 && k < n && s[k] == '>') {
      i = k + 1;
      if (i + 2 <= n && s[i] == '1' && s[i + 1] == ' ') return rfc5424_at(s, n, i + 2, f);
    }
  }
  if ((k = bsd_at(s, n, i)) == 0 && (k = iso_at(s, n, i, 'T')) == 0) {
    if (i == 0 && (k = iso_at(s, n, 0, ' ')) != 0 && k < n && s[k] == ' ') { /* Exim's own log */
      f->date = smtpc_log_text(s, k);
      f->prog = smtpc_log_text("exim", 4);
      return k + 1;
    }
    return 0;
  }
  f->date = smtpc_log_text(s + i, k - i);
  if (k >= n || s[k] != ' ') return 0;
  k++;
  f->host = word(s, n, &k);
  return tag_at(s, n, k, f);
}

/* Exim through syslog may repeat its own time stamp after the tag. */
static void skip_exim_stamp(smtpc_log_fields *f)
{
  size_t k = iso_at(f->msg, f->len, 0, ' ');
  if (k && k < f->len && f->msg[k] == ' ') {
    f->date = smtpc_log_text(f->msg, k);
    f->msg += k + 1;
    f->len -= k + 1;
  }
}

/* The tag names the program (a literal): "postfix/smtp" is postfix. */
#define PROG_IS(p, lit) SMTPC_LOG_STARTS((p).ptr, (p).len, lit)

const unsigned char smtpc_log_alnum[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1,
    ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1,
    ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1,
    ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1,
    ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1};

int smtpc_log_line(smtpc_log_state *st, const char *line, size_t len, size_t lineno,
                   smtpc_scan_out *out)
{
  smtpc_log_fields f;
  size_t at;
  memset(&f, 0, sizeof f);
  f.lineno = lineno;
  at = read_prefix(line, len, &f);
  f.msg = line + at;
  f.len = len - at;
  if (at == 0) { /* no prefix: a bare Postfix or Sendmail message, when it is one */
    if (SMTPC_LOG_FIND(line, len, ", stat=")) return smtpc_log_sendmail(st, &f, out);
    return smtpc_log_postfix(st, &f, out);
  }
  if (PROG_IS(f.prog, "postfix")) return smtpc_log_postfix(st, &f, out);
  if (PROG_IS(f.prog, "exim")) {
    skip_exim_stamp(&f);
    return smtpc_log_exim(st, &f, out);
  }
  if (PROG_IS(f.prog, "sendmail") || PROG_IS(f.prog, "sm-mta") || PROG_IS(f.prog, "sm-msp"))
    return smtpc_log_sendmail(st, &f, out);
  return 0;
}
