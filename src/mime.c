/*
 * mime.c: the structure of one message (RFC 5322 header fields, RFC 2045
 * and RFC 2046 MIME parts and encodings), read from any bytes.  Line ends
 * may be LF, CRLF or both; nothing is assumed to be UTF-8 or NUL-free.
 * Each level of nesting reads its span once, and nesting stops at
 * max_depth, so time is linear in the message for each level.
 */
#include <string.h>

#include "mail_internal.h"

/* ---- header fields --------------------------------------------------------- */

static int is_wsp(char c) { return c == ' ' || c == '\t'; }

/*
 * The field that starts on line (a line of h, *pos just after it), when the
 * line starts one: its name and value, *pos moved past its continuation
 * lines; 0 when the line is no field.
 */
static int field_on(const char *h, size_t n, size_t *pos, smtpc_text line, smtpc_field *f)
{
  const char *colon;
  size_t vb, ve, p2;
  smtpc_text cont;
  if (line.len == 0 || is_wsp(line.ptr[0])) return 0; /* a stray continuation */
  colon = memchr(line.ptr, ':', line.len);
  if (colon == NULL) return 0; /* not a field ("From " separator, junk) */
  f->name = smtpc_trim(smtpc_text_of(line.ptr, (size_t)(colon - line.ptr)));
  if (f->name.len == 0 || memchr(f->name.ptr, ' ', f->name.len)) return 0;
  vb = (size_t)(colon + 1 - h);
  ve = (size_t)(line.ptr + line.len - h);
  p2 = *pos;
  while (smtpc_line_next(h, n, &p2, &cont) && cont.len && is_wsp(cont.ptr[0])) {
    ve = (size_t)(cont.ptr + cont.len - h);
    *pos = p2;
  }
  f->value = smtpc_trim(smtpc_text_of(h + vb, ve - vb));
  return 1;
}

int smtpc_hdr_next(const char *h, size_t n, size_t *pos, smtpc_field *f)
{
  smtpc_text line;
  while (smtpc_line_next(h, n, pos, &line))
    if (field_on(h, n, pos, line, f)) return 1;
  return 0;
}

int smtpc_hdr_get(const char *h, size_t n, const char *name, smtpc_text *value)
{
  size_t pos = 0, nlen = strlen(name);
  unsigned char first = smtpc_lower((unsigned char)name[0]);
  smtpc_field f;
  smtpc_text line;
  while (smtpc_line_next(h, n, &pos, &line)) {
    /* a field of another name is not parsed: its first byte differs (unless a CR, which trimming drops),
       and its continuation lines start with blanks, so no field starts on them */
    if (line.len == 0 || (line.ptr[0] != '\r' && smtpc_lower((unsigned char)line.ptr[0]) != first)) continue;
    if (field_on(h, n, &pos, line, &f) && smtpc_ci_equal(f.name.ptr, f.name.len, name, nlen)) {
      *value = f.value;
      return 1;
    }
  }
  return 0;
}

/* A line that can start a header block: "Name:" with a printable name. */
static int looks_like_field(const char *s, size_t n)
{
  size_t i = 0;
  while (i < n && i < 80 && s[i] != ':' && (unsigned char)s[i] > ' ' && (unsigned char)s[i] < 127) i++;
  return i > 0 && i < n && s[i] == ':';
}

void smtpc_mime_split(const char *s, size_t n, smtpc_text *head, smtpc_text *body)
{
  size_t pos = 0, start;
  smtpc_text line;
  if (n == 0 || !smtpc_line_next(s, n, &pos, &line) || (line.len && !looks_like_field(line.ptr, line.len))) {
    *head = smtpc_text_of(s, 0); /* no header block: all body */
    *body = smtpc_text_of(s, n);
    return;
  }
  pos = 0;
  for (;;) {
    start = pos;
    if (!smtpc_line_next(s, n, &pos, &line)) {
      *head = smtpc_text_of(s, n);
      *body = smtpc_text_of(s + n, 0);
      return;
    }
    if (line.len == 0) break;
  }
  *head = smtpc_text_of(s, start);
  *body = smtpc_text_of(s + pos, n - pos);
}

/* The value of parameter name in a field value ("multipart/report; boundary=..."). */
static int param(smtpc_text v, const char *name, smtpc_text *out)
{
  size_t nlen = strlen(name), i = 0;
  while (i < v.len) {
    const char *semi = memchr(v.ptr + i, ';', v.len - i);
    smtpc_text p;
    if (semi == NULL) return 0;
    i = (size_t)(semi - v.ptr) + 1;
    p = smtpc_trim(smtpc_text_of(v.ptr + i, v.len - i));
    if (smtpc_ci_prefix(p.ptr, p.len, name, nlen)) {
      size_t k = nlen;
      while (k < p.len && is_wsp(p.ptr[k])) k++;
      if (k < p.len && p.ptr[k] == '=') {
        size_t b = k + 1, e;
        while (b < p.len && (is_wsp(p.ptr[b]) || p.ptr[b] == '\r' || p.ptr[b] == '\n')) b++;
        if (b < p.len && p.ptr[b] == '"') {
          const char *q = memchr(p.ptr + b + 1, '"', p.len - b - 1);
          e = q ? (size_t)(q - p.ptr) : p.len;
          b++;
        } else {
          e = b;
          while (e < p.len && p.ptr[e] != ';' && !is_wsp(p.ptr[e]) && p.ptr[e] != '\r' && p.ptr[e] != '\n')
            e++;
        }
        *out = smtpc_text_of(p.ptr + b, e - b);
        return out->len > 0;
      }
    }
  }
  return 0;
}

/* The lower-case media type of a part's Content-Type, or dflt. */
static void media_type(smtpc_text head, const char *dflt, char *type)
{
  smtpc_text v;
  size_t i, k = 0;
  if (smtpc_hdr_get(head.ptr, head.len, "Content-Type", &v)) {
    for (i = 0; i < v.len && k + 1 < SMTPC_MIME_TYPE_MAX; i++) {
      unsigned char c = (unsigned char)v.ptr[i];
      if (c == ';' || c == ' ' || c == '\t' || c == '\r' || c == '\n') break;
      type[k++] = (char)smtpc_lower(c);
    }
  }
  if (k == 0 || memchr(type, '/', k) == NULL) {
    strcpy(type, dflt);
    return;
  }
  type[k] = '\0';
}

/* ---- transfer encodings ----------------------------------------------------- */

static int b64_value(unsigned char c)
{
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+' || c == '-') return 62;
  if (c == '/' || c == '_') return 63;
  return -1;
}

/* Base64 (RFC 2045 6.8): bytes outside the alphabet are skipped; '=' ends it. */
static size_t b64_decode(const char *s, size_t n, char *d)
{
  size_t i, k = 0;
  unsigned long acc = 0;
  int bits = 0;
  for (i = 0; i < n; i++) {
    int v;
    if (s[i] == '=') break;
    v = b64_value((unsigned char)s[i]);
    if (v < 0) continue;
    acc = ((acc << 6) | (unsigned long)v) & 0xffffffUL;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      d[k++] = (char)((acc >> bits) & 0xff);
    }
  }
  return k;
}

static int hex_value(unsigned char c)
{
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

/* Quoted-printable (RFC 2045 6.7): "=XX", soft line breaks; a broken escape stays as it is. */
static size_t qp_decode(const char *s, size_t n, char *d)
{
  size_t i = 0, k = 0;
  while (i < n) {
    /* the bytes up to the next '=' are copied as they are, in one run */
    const char *eq = memchr(s + i, '=', n - i);
    size_t run = eq ? (size_t)(eq - s) - i : n - i;
    memcpy(d + k, s + i, run);
    k += run;
    i += run;
    if (i == n) break;
    {
      size_t j = i + 1; /* s[i] is '=' */
      int hi = j < n ? hex_value((unsigned char)s[j]) : -1;
      int lo = j + 1 < n ? hex_value((unsigned char)s[j + 1]) : -1;
      if (hi >= 0 && lo >= 0) {
        d[k++] = (char)(hi * 16 + lo);
        i += 3;
        continue;
      }
      while (j < n && is_wsp(s[j])) j++;
      if (j < n && s[j] == '\r') j++;
      if (j < n && s[j] == '\n') { /* soft line break */
        i = j + 1;
        continue;
      }
      if (j >= n) break;
    }
    d[k++] = s[i++]; /* an '=' that starts no escape stays */
  }
  return k;
}

/* The decoded body of a leaf part (in the arena), or the body itself. */
static smtpc_text decode(smtpc_text head, smtpc_text body, smtpc_arena *a)
{
  smtpc_text cte;
  int b64, qp;
  char *d;
  if (!smtpc_hdr_get(head.ptr, head.len, "Content-Transfer-Encoding", &cte)) return body;
  b64 = smtpc_ci_prefix(cte.ptr, cte.len, "base64", 6);
  qp = smtpc_ci_prefix(cte.ptr, cte.len, "quoted-printable", 16);
  if (!b64 && !qp) return body;
  d = smtpc_arena_take(a, body.len);
  if (d == NULL) return body;
  return smtpc_text_of(d, b64 ? b64_decode(body.ptr, body.len, d) : qp_decode(body.ptr, body.len, d));
}

/* ---- parts ------------------------------------------------------------------- */

typedef struct walk {
  size_t max_depth;
  smtpc_arena *a;
  smtpc_part_fn fn;
  void *ud;
  int stop;
} walk;

/* The line is a delimiter of boundary b: "--" b, then "--", blanks or nothing. 2 = closing. */
static int delimiter(smtpc_text line, smtpc_text b)
{
  size_t i;
  if (line.len < b.len + 2 || line.ptr[0] != '-' || line.ptr[1] != '-' ||
      memcmp(line.ptr + 2, b.ptr, b.len) != 0)
    return 0;
  i = b.len + 2;
  if (i + 1 < line.len && line.ptr[i] == '-' && line.ptr[i + 1] == '-') return 2;
  for (; i < line.len; i++)
    if (!is_wsp(line.ptr[i])) return 0;
  return 1;
}

/* The first "--X" line of body, taken as the boundary when the declared one is absent or never used. */
static int guess_boundary(smtpc_text body, smtpc_text *b)
{
  size_t pos = 0;
  smtpc_text line;
  while (smtpc_line_next(body.ptr, body.len, &pos, &line)) {
    smtpc_text t = smtpc_trim(line);
    if (t.len > 3 && t.len < 200 && t.ptr[0] == '-' && t.ptr[1] == '-' && t.ptr[2] != '-' &&
        t.ptr[2] != ' ') {
      *b = smtpc_text_of(t.ptr + 2, t.len - 2);
      return 1;
    }
  }
  return 0;
}

static void walk_part(walk *w, const char *s, size_t n, size_t depth, int in_message, int message_head,
                      const char *dflt);

/* 1 when some line of body is a delimiter of b. */
static int boundary_used(smtpc_text body, smtpc_text b)
{
  size_t pos = 0;
  smtpc_text line;
  while (smtpc_line_next(body.ptr, body.len, &pos, &line))
    if (line.len > 2 && line.ptr[0] == '-' && delimiter(line, b)) return 1;
  return 0;
}

/* The boundary of a multipart: the declared one when some line uses it, else a guess; 0 if none. */
static int find_boundary(smtpc_text head, smtpc_text body, smtpc_text *b)
{
  smtpc_text ct;
  if (smtpc_hdr_get(head.ptr, head.len, "Content-Type", &ct) && param(ct, "boundary", b) && boundary_used(body, *b))
    return 1;
  return guess_boundary(body, b);
}

/* The parts of a multipart body between the delimiter lines of boundary b. */
static void walk_multipart(walk *w, smtpc_text body, smtpc_text b, const char *type, size_t depth, int in_message)
{
  smtpc_text line;
  size_t pos = 0, start = SMTPC_NOT_FOUND, lstart;
  const char *dflt = strcmp(type, "multipart/digest") == 0 ? "message/rfc822" : "text/plain";
  for (;;) {
    int d;
    lstart = pos;
    if (!smtpc_line_next(body.ptr, body.len, &pos, &line)) break;
    d = line.len > 2 && line.ptr[0] == '-' ? delimiter(line, b) : 0;
    if (d == 0) continue;
    if (start != SMTPC_NOT_FOUND) {
      size_t e = lstart;
      /* the line end before the delimiter belongs to it (RFC 2046 5.1.1) */
      if (e > start && body.ptr[e - 1] == '\n') e--;
      if (e > start && body.ptr[e - 1] == '\r') e--;
      walk_part(w, body.ptr + start, e - start, depth + 1, in_message, 0, dflt);
      if (w->stop) return;
    }
    if (d == 2) return;
    start = pos;
  }
  if (start != SMTPC_NOT_FOUND && start < body.len) /* truncated: the last part ends with the data */
    walk_part(w, body.ptr + start, body.len - start, depth + 1, in_message, 0, dflt);
}

static void walk_part(walk *w, const char *s, size_t n, size_t depth, int in_message, int message_head,
                      const char *dflt)
{
  smtpc_part p;
  smtpc_text head, body, b;
  int multi, message;
  smtpc_mime_split(s, n, &head, &body);
  memset(&p, 0, sizeof p);
  media_type(head, dflt, p.type);
  p.head = head;
  p.depth = depth;
  p.in_message = in_message;
  p.message_head = message_head;
  multi = strncmp(p.type, "multipart/", 10) == 0 && depth < w->max_depth;
  if (multi && !find_boundary(head, body, &b)) { /* a multipart with no boundary at all: read as text */
    multi = 0;
    strcpy(p.type, "text/plain");
  }
  message = (strcmp(p.type, "message/rfc822") == 0 || strcmp(p.type, "message/global") == 0) &&
            depth < w->max_depth;
  p.body = multi || message ? body : decode(head, body, w->a);
  if (w->fn(w->ud, &p)) {
    w->stop = 1;
    return;
  }
  if (multi) walk_multipart(w, body, b, p.type, depth, in_message);
  else if (message) walk_part(w, body.ptr, body.len, depth + 1, 1, 1, "text/plain");
}

void smtpc_mime_walk(const char *msg, size_t len, size_t max_depth, smtpc_arena *a,
                     smtpc_part_fn fn, void *ud)
{
  walk w;
  w.max_depth = max_depth;
  w.a = a;
  w.fn = fn;
  w.ud = ud;
  w.stop = 0;
  walk_part(&w, msg, len, 0, 0, 0, "text/plain");
}
