/*
 * mail_text.c: the text helpers every reader of a message uses: lines with
 * any line ends, case-blind search over any bytes, mail addresses, the
 * scratch arena, unfolding, and the SMTP stage and reply a diagnostic names.
 */
#include <string.h>

#include "mail_internal.h"

char *smtpc_arena_take(smtpc_arena *a, size_t n)
{
  char *p;
  if (a->p == NULL || n > a->cap - a->len) return NULL;
  p = a->p + a->len;
  a->len += n;
  return p;
}

smtpc_text smtpc_text_of(const char *p, size_t n)
{
  smtpc_text t;
  t.ptr = p;
  t.len = n;
  return t;
}

int smtpc_line_next(const char *s, size_t n, size_t *pos, smtpc_text *line)
{
  size_t i = *pos, e;
  const char *nl;
  if (i >= n) return 0;
  nl = memchr(s + i, '\n', n - i);
  e = nl ? (size_t)(nl - s) : n;
  *pos = nl ? e + 1 : n;
  if (e > i && s[e - 1] == '\r') e--;
  line->ptr = s + i;
  line->len = e - i;
  return 1;
}

static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

smtpc_text smtpc_trim(smtpc_text s)
{
  while (s.len && is_blank(s.ptr[0])) {
    s.ptr++;
    s.len--;
  }
  while (s.len && is_blank(s.ptr[s.len - 1])) s.len--;
  return s;
}


int smtpc_ci_prefix(const char *s, size_t n, const char *prefix, size_t plen)
{
  size_t i;
  if (n < plen) return 0;
  for (i = 0; i < plen; i++)
    if (smtpc_lower((unsigned char)s[i]) != smtpc_lower((unsigned char)prefix[i])) return 0;
  return 1;
}

int smtpc_ci_equal(const char *s, size_t n, const char *word, size_t wlen)
{
  return n == wlen && smtpc_ci_prefix(s, n, word, wlen);
}

size_t smtpc_ci_find(const char *s, size_t n, const char *needle, size_t nlen)
{
  size_t i;
  unsigned char first;
  if (nlen == 0) return 0;
  if (nlen > n) return SMTPC_NOT_FOUND;
  first = smtpc_lower((unsigned char)needle[0]);
  if (first < 'a' || first > 'z') { /* no case to fold: memchr finds each candidate */
    for (i = 0; i + nlen <= n; i++) {
      const char *p = memchr(s + i, first, n - nlen + 1 - i);
      if (p == NULL) break;
      i = (size_t)(p - s);
      if (smtpc_ci_prefix(s + i + 1, nlen - 1, needle + 1, nlen - 1)) return i;
    }
    return SMTPC_NOT_FOUND;
  }
  {
    /* a letter: the next candidate of each case found by memchr, the nearer one tried first */
    size_t last = n - nlen + 1; /* candidates lie in [0, last) */
    const char *lo = memchr(s, first, last), *up = memchr(s, first - 32, last);
    while (lo || up) {
      const char *p = lo && (!up || lo < up) ? lo : up;
      i = (size_t)(p - s);
      if (smtpc_ci_prefix(s + i + 1, nlen - 1, needle + 1, nlen - 1)) return i;
      if (p == lo) lo = i + 1 < last ? memchr(s + i + 1, first, last - i - 1) : NULL;
      else up = i + 1 < last ? memchr(s + i + 1, first - 32, last - i - 1) : NULL;
    }
  }
  return SMTPC_NOT_FOUND;
}

/* Bytes of the local part (RFC 5322 atext, dots, and '=' '+' of VERP addresses). */
static int is_local_char(unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80 ||
         (c != 0 && strchr("!#$%&'*+-/=?^_`{|}~.", c) != NULL);
}

static int is_domain_char(unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80 ||
         c == '-' || c == '.' || c == '_';
}

int smtpc_find_address(const char *s, size_t n, smtpc_text *out)
{
  size_t at = 0;
  while (at < n) {
    const char *p = memchr(s + at, '@', n - at);
    size_t i, b, e;
    int literal;
    if (p == NULL) return 0;
    i = (size_t)(p - s);
    b = i;
    while (b > 0 && is_local_char((unsigned char)s[b - 1])) b--;
    while (b < i && s[b] == '.') b++;
    e = i + 1;
    literal = e < n && s[e] == '['; /* user@[192.0.2.1] */
    if (literal) {
      const char *close = memchr(s + e, ']', n - e);
      e = close && (size_t)(close - s) - e < 64 ? (size_t)(close - s) + 1 : e;
    } else {
      while (e < n && is_domain_char((unsigned char)s[e])) e++;
      while (e > i + 1 && (s[e - 1] == '.' || s[e - 1] == '-')) e--;
    }
    if (b < i && e > i + 1 && (literal || memchr(s + i + 1, '.', e - i - 1) != NULL)) {
      if (i - b > 7 && smtpc_ci_prefix(s + b, i - b, "mailto:", 7)) b += 7;
      out->ptr = s + b;
      out->len = e - b;
      return 1;
    }
    at = i + 1;
  }
  return 0;
}

smtpc_text smtpc_unfold(smtpc_arena *a, const char *s, size_t n)
{
  smtpc_text t = smtpc_trim(smtpc_text_of(s, n));
  char *d;
  size_t i, k = 0;
  if (memchr(t.ptr, '\n', t.len) == NULL) return t;
  d = smtpc_arena_take(a, t.len);
  if (d == NULL) {
    const char *nl = memchr(t.ptr, '\n', t.len);
    return smtpc_trim(smtpc_text_of(t.ptr, (size_t)(nl - t.ptr)));
  }
  for (i = 0; i < t.len; i++) {
    if (t.ptr[i] == '\r' || t.ptr[i] == '\n') {
      while (k && (d[k - 1] == ' ' || d[k - 1] == '\t')) k--;
      while (i + 1 < t.len && is_blank(t.ptr[i + 1])) i++;
      d[k++] = ' ';
    } else {
      d[k++] = t.ptr[i];
    }
  }
  a->len -= t.len - k; /* give back what unfolding saved */
  return smtpc_text_of(d, k);
}

/* Phrases naming the SMTP stage a reply answered, most specific first. */
#define STAGE(phrase, cmd) {phrase, sizeof phrase - 1, cmd}
static const struct {
  const char *phrase;
  size_t len;
  smtpc_command cmd;
} stages[] = {
    /* Postfix "(in reply to end of DATA command)", Exim "after end of data" */
    STAGE("end of data", SMTPC_CMD_DATA_END),
    STAGE("rcpt to", SMTPC_CMD_RCPT),  /* Postfix "(in reply to RCPT TO command)", Exim "after RCPT TO:<...>" */
    STAGE(">>> rcpt", SMTPC_CMD_RCPT), /* Sendmail transcripts ">>> RCPT To:<...>" */
    STAGE("rcpt command", SMTPC_CMD_RCPT),
    STAGE("mail from:<", SMTPC_CMD_MAIL), /* Exim "after MAIL FROM:<...>" (not "email from", prose, nor a list "MAIL FROM: a@b") */
    STAGE("mail from command", SMTPC_CMD_MAIL),
    STAGE(">>> mail", SMTPC_CMD_MAIL),
    STAGE("in reply to data", SMTPC_CMD_DATA),
    STAGE(">>> data", SMTPC_CMD_DATA),
    STAGE("after data", SMTPC_CMD_DATA),
    STAGE("smtp command data", SMTPC_CMD_DATA), /* m-FILTER "-------SMTP command" above "DATA" */
    STAGE("final data", SMTPC_CMD_DATA_END),    /* dma "did not like our final DATA" */
    STAGE("to ehlo", SMTPC_CMD_EHLO),
    STAGE("to helo", SMTPC_CMD_EHLO),
    STAGE("after ehlo", SMTPC_CMD_EHLO),
    STAGE("after helo", SMTPC_CMD_EHLO),
    STAGE(">>> ehlo", SMTPC_CMD_EHLO),
    STAGE(">>> helo", SMTPC_CMD_EHLO),
    STAGE("starttls", SMTPC_CMD_EHLO),
    STAGE("initial connection", SMTPC_CMD_CONNECT), /* Exim "after initial connection" */
    STAGE("greeting", SMTPC_CMD_CONNECT),           /* Postfix "while receiving the initial server greeting" */
};

smtpc_command smtpc_mail_command(const char *s, size_t n)
{
  /* one pass: at each byte, only the phrases that start with it are tried, in table order (a chain per
     first byte: head[c] is 1 + the first such phrase, next[k] 1 + the one after phrase k, 0 ends) */
  enum { STAGES = sizeof stages / sizeof stages[0] };
  unsigned char head[256] = {0}, next[STAGES], tail[256];
  size_t i, k;
  for (k = 0; k < STAGES; k++) {
    unsigned char c = (unsigned char)stages[k].phrase[0];
    if (head[c] == 0) head[c] = (unsigned char)(k + 1);
    else next[tail[c]] = (unsigned char)(k + 1);
    next[k] = 0;
    tail[c] = (unsigned char)k;
  }
  for (i = 0; i + 1 < n; i++) {
    unsigned char c = smtpc_lower((unsigned char)s[i]), d;
    if (head[c] == 0) continue;
    d = smtpc_lower((unsigned char)s[i + 1]);
    /* the first stage named wins; at one position the more specific phrase (earlier in the table) */
    for (k = head[c]; k != 0; k = next[k - 1]) {
      const char *phrase = stages[k - 1].phrase;
      if ((unsigned char)phrase[1] == d && smtpc_ci_prefix(s + i, n - i, phrase, stages[k - 1].len))
        return stages[k - 1].cmd;
    }
  }
  return SMTPC_CMD_NONE;
}
#undef STAGE

/*
 * Length of a continuation prefix at t[i]: " NNN-" or " NNN " with the
 * reply's code, and its enhanced code after it when equal to esc; 0 if none.
 */
static size_t continuation(const char *t, size_t n, size_t i, int code, const smtpc_esc *esc)
{
  smtpc_esc e;
  size_t k, len;
  if (i + 5 > n || t[i] != ' ' || t[i + 1] != '0' + code / 100 || t[i + 2] != '0' + code / 10 % 10 ||
      t[i + 3] != '0' + code % 10 || (t[i + 4] != '-' && t[i + 4] != ' '))
    return 0;
  k = i + 5;
  if (esc->klass && (len = smtpc_esc_match(t, n, k, &e)) > 0 && e.klass == esc->klass && e.subject == esc->subject &&
      e.detail == esc->detail)
    k += len;
  return k - i;
}

/*
 * The text of a multi-line reply that unfolding made one line ("550-5.7.26
 * a 550-5.7.26 b 550 5.7.26 c"): the continuation prefixes removed, in the
 * arena; the text as it is when none is there or the arena is full.
 */
static smtpc_text join_lines(smtpc_text t, int code, const smtpc_esc *esc, smtpc_arena *a)
{
  size_t i, k = 0, skip;
  char *d;
  for (i = 0; i < t.len && continuation(t.ptr, t.len, i, code, esc) == 0; i++) {}
  if (i == t.len || (d = smtpc_arena_take(a, t.len)) == NULL) return t;
  for (i = 0; i < t.len; i++) {
    if ((skip = continuation(t.ptr, t.len, i, code, esc)) > 0) {
      i += skip - 1;
      while (i + 1 < t.len && t.ptr[i + 1] == ' ') i++;
      d[k++] = ' ';
      continue;
    }
    d[k++] = t.ptr[i];
  }
  a->len -= t.len - k;
  return smtpc_trim(smtpc_text_of(d, k));
}

/*
 * A reply quoted after its code: Amazon SES writes the remote reply as
 * "550-'5.7.1 <a@b>... Access denied'", so the enhanced code stands after
 * the quote, where the reply parser does not look.  It is the reply's own
 * code when its class is the reply's (RFC 3463 2: the class digits agree).
 */
static void quoted_esc(smtpc_scan_result *r)
{
  smtpc_esc e;
  const smtpc_text t = r->reply_text;
  if (r->reply_esc.klass || t.len < 7 || (t.ptr[0] != '\'' && t.ptr[0] != '"')) return;
  if (smtpc_esc_match(t.ptr, t.len, 1, &e) && e.klass == r->reply_code / 100) r->reply_esc = e;
}

int smtpc_mail_set_reply(smtpc_scan_result *r, const char *s, size_t n, smtpc_arena *a)
{
  smtpc_found outer, inner;
  const smtpc_found *f;
  if (n == 0 || smtpc_reply_extract(s, n, &outer, &inner) != SMTPC_REPLY_OK || outer.code == 0) {
    size_t at = smtpc_colon_code(s, n);
    r->command = n ? smtpc_mail_command(s, n) : SMTPC_CMD_NONE;
    if (at == SMTPC_NOT_FOUND) return 0;
    r->reply_code = (s[at] - '0') * 100 + (s[at + 1] - '0') * 10 + (s[at + 2] - '0');
    r->reply_text = smtpc_trim(smtpc_text_of(s + at + 4, n - at - 4));
    return 1;
  }
  /* an inner reply with the outer's code and enhanced code is its next line, not a quoted reply */
  if (inner.code == outer.code && inner.esc.klass == outer.esc.klass && inner.esc.subject == outer.esc.subject &&
      inner.esc.detail == outer.esc.detail)
    inner.code = 0;
  f = inner.code ? &inner : &outer;
  r->reply_code = f->code;
  r->reply_esc = f->esc.klass ? f->esc : outer.esc;
  r->reply_text = smtpc_trim(smtpc_text_of(s + f->text.off, f->text.len));
  if (f == &outer) {
    /* the whole reply, its later lines too */
    smtpc_text all = smtpc_text_of(s + outer.text.off, outer.reply.off + outer.reply.len - outer.text.off);
    r->reply_text = join_lines(smtpc_trim(all), outer.code, &outer.esc, a);
  }
  quoted_esc(r);
  r->command = smtpc_mail_command(s, n);
  return 1;
}

size_t smtpc_colon_code(const char *s, size_t n)
{
  size_t i;
  for (i = 0; i + 5 <= n; i++)
    if ((s[i] == '4' || s[i] == '5') && s[i + 1] >= '0' && s[i + 1] <= '5' && s[i + 2] >= '0' && s[i + 2] <= '9' &&
        s[i + 3] == ':' && (s[i + 4] == ' ' || s[i + 4] == '\t') && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t'))
      return i;
  return SMTPC_NOT_FOUND;
}

int smtpc_text_status(const char *s, size_t n, smtpc_esc *out)
{
  size_t i;
  for (i = 0; i + 5 <= n; i++) {
    char c = s[i];
    if ((c == '2' || c == '4' || c == '5') && s[i + 1] == '.' &&
        (i == 0 || strchr(" \t\"'([<#:;=", s[i - 1]) != NULL) && smtpc_esc_match(s, n, i, out) &&
        out->subject <= 7)
      return 1;
  }
  memset(out, 0, sizeof *out);
  return 0;
}
