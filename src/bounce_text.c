/*
 * bounce_text.c: plain-text bounces, the layouts of src/data/bounce_layouts.def.
 *
 * Every layout is read the same way; only its marker phrases differ:
 *   1. detect: the first marker of the table that the From, the Subject, a
 *      header line or the body holds names the layout;
 *   2. the recipient section runs from the line after the layout's start
 *      marker (else from the top of the text) to the first end marker (the
 *      layout's own, or one of the common "copy of the message" lines);
 *   3. a recipient line is one that starts with an address ("<a@b>:",
 *      "  a@b", "a@b (reason)"), or holds one after a phrase of the
 *      layout's RCPT markers ("delivering your mail to <a@b>"); the lines
 *      after it, to the next recipient line, are its diagnostic;
 *   4. a DELAY marker in the section says the failure is temporary, a FINAL
 *      marker that it is final;
 *   5. a CODE label ("ERROR_CODE :550, ERROR_CODE :5.1.1 text") is read
 *      as the reply it labels ("550 5.1.1 text").
 * An address named twice keeps its first place and gains the later text.
 */
#include <string.h>

#include "mail_internal.h"

enum where { FROM, SUBJECT, HEADER, BODY, START, END, RCPT, DELAY, FINAL, CODE };

typedef struct marker {
  const char *layout;
  enum where where;
  const char *text;
} marker;

static const marker markers[] = {
#define BOUNCE_MARKER(layout, where, text, source) {layout, where, text},
#include "data/bounce_layouts.def"
#undef BOUNCE_MARKER
};

#define NMARKERS (sizeof markers / sizeof markers[0])
#define MAX_DIAG 4096u
/* Layouts name themselves near the top: their phrases are looked for in the first DETECT_WINDOW bytes. */
#define DETECT_WINDOW (64u << 10)
#define MAX_RCPT_LINES 4u /* recipient lines read: this many per result kept */

static int has(smtpc_text t, const char *s) { return smtpc_ci_find(t.ptr, t.len, s, strlen(s)) != SMTPC_NOT_FOUND; }

/* The layout the message is in, or NULL. */
static const char *detect(const smtpc_mail_info *m)
{
  size_t i;
  for (i = 0; i < NMARKERS; i++) {
    smtpc_text where;
    switch (markers[i].where) {
    case FROM: where = m->from; break;
    case SUBJECT: where = m->subject; break;
    case HEADER: where = m->top_head; break;
    case BODY: where = smtpc_text_of(m->body.ptr, m->body.len < DETECT_WINDOW ? m->body.len : DETECT_WINDOW); break;
    default: continue;
    }
    if (has(where, markers[i].text)) return markers[i].layout;
  }
  return NULL;
}

/* Offset of the first marker of layout (of kind where) in body from off, SMTPC_NOT_FOUND if none. */
static size_t find_marker(smtpc_text body, size_t off, const char *layout, enum where where, size_t *mlen)
{
  size_t i, best = SMTPC_NOT_FOUND;
  for (i = 0; i < NMARKERS; i++) {
    size_t at, len, span = body.len - off;
    if (markers[i].where != where || (strcmp(markers[i].layout, layout) != 0 && strcmp(markers[i].layout, "*") != 0))
      continue;
    len = strlen(markers[i].text);
    /* once one is found, a later marker counts only when it starts before it: only that span is read */
    if (best != SMTPC_NOT_FOUND && (best - off) + len - 1 < span) span = (best - off) + len - 1;
    at = smtpc_ci_find(body.ptr + off, span, markers[i].text, len);
    if (at != SMTPC_NOT_FOUND && (best == SMTPC_NOT_FOUND || off + at < best)) {
      best = off + at;
      if (mlen) *mlen = len;
    }
  }
  return best;
}

/* The offset of the line start at or before off. */
static size_t line_start(smtpc_text body, size_t off)
{
  while (off > 0 && body.ptr[off - 1] != '\n') off--;
  return off;
}

/* The offset after the line that holds off. */
static size_t line_after(smtpc_text body, size_t off)
{
  const char *nl = memchr(body.ptr + off, '\n', body.len - off);
  return nl ? (size_t)(nl - body.ptr) + 1 : body.len;
}

/* The recipient section of the layout: [*b, *e) of body. */
static void section(smtpc_text body, const char *layout, size_t *b, size_t *e)
{
  size_t mlen = 0, at = find_marker(body, 0, layout, START, &mlen);
  *b = at == SMTPC_NOT_FOUND ? 0 : line_after(body, at + (mlen ? mlen - 1 : 0));
  at = find_marker(body, *b, layout, END, NULL);
  *e = at == SMTPC_NOT_FOUND ? body.len : line_start(body, at);
}

/* s starts with a reply code and a space ("550 "). */
static int starts_with_code(const char *s, size_t n)
{
  return n > 4 && s[0] >= '2' && s[0] <= '5' && s[1] >= '0' && s[1] <= '9' && s[2] >= '0' && s[2] <= '9' && s[3] == ' ';
}

/*
 * A line that starts with an address: the address, else len 0.  *coded is
 * set for Sendmail's "550 <a@b>... reason", whose line is the whole story.
 */
static smtpc_text leading_address(smtpc_text line, int *coded)
{
  smtpc_text t = smtpc_trim(line), a;
  size_t i = 0;
  *coded = 0;
  while (i < t.len && i < 4 && (t.ptr[i] == '<' || t.ptr[i] == '"' || t.ptr[i] == '\'' || t.ptr[i] == '*' ||
                                t.ptr[i] == '-' || t.ptr[i] == ' ' || t.ptr[i] == '(' || t.ptr[i] == '>'))
    i++;
  /* Sendmail's "550 <a@b>... User unknown" (a code, then the address and "...") */
  if (t.len > 6 && starts_with_code(t.ptr, t.len)) {
    size_t j = 4;
    if (t.ptr[j] == '<') j++;
    if (smtpc_find_address(t.ptr + j, t.len - j, &a) && a.ptr == t.ptr + j &&
        smtpc_ci_find(a.ptr + a.len, t.len - (size_t)(a.ptr + a.len - t.ptr), "...", 3) < 2) {
      *coded = 1;
      return a;
    }
    a.len = 0;
    return a;
  }
  if (i + 7 < t.len && smtpc_ci_prefix(t.ptr + i, t.len - i, "mailto:", 7)) i += 7;
  a.len = 0;
  if (i < t.len && smtpc_find_address(t.ptr + i, t.len - i, &a) && a.ptr == t.ptr + i) return a;
  a.len = 0;
  return a;
}

/* The trimmed line of body that starts at off (to its line end). */
static smtpc_text line_at(smtpc_text body, size_t off)
{
  smtpc_text line;
  size_t pos = off;
  if (!smtpc_line_next(body.ptr, body.len, &pos, &line)) line = smtpc_text_of(body.ptr + off, 0);
  return smtpc_trim(line);
}

#define TRANSCRIPT_BACK 4096u /* bytes a transcript is read back from the line it explains */

/* Whether the trimmed line t is a transcript line: "<<<" or ">>>". */
static int transcript_line(smtpc_text t, const char *mark) { return smtpc_ci_prefix(t.ptr, t.len, mark, 3); }

/* Code-first lines of Sendmail's own with no address ("421 example.edu (smtp)... Deferred"). */
static int own_line(smtpc_text t) { return starts_with_code(t.ptr, t.len) && memchr(t.ptr, '@', t.len) == NULL; }

/*
 * The remote reply a Sendmail transcript quotes above its own line for a
 * recipient: ">>> DATA", "<<< 550 Your mail is refused", then "554
 * <a@b>... Remote protocol error".  The "<<<" lines are the remote server's
 * words (sendmail's deliver.c writes them), the last line Sendmail's own
 * summary.  Reads back from the line at off over ">>>" and "<<<" lines and
 * Sendmail's own address-less lines (not before b, at most TRANSCRIPT_BACK
 * bytes), skipping the answer to QUIT.  Copies the command and the reply,
 * without the "<<< " marks, into the arena as one line: ">>> DATA 550 Your
 * mail is refused".  Returns 1 when one is found.
 */
static int transcript_reply(smtpc_text body, size_t b, size_t off, smtpc_arena *a, smtpc_text *out)
{
  size_t floor = off > b + TRANSCRIPT_BACK ? off - TRANSCRIPT_BACK : b, cur = off, end = 0, top = 0, cmd = 0, pos, k = 0;
  int in_reply = 0, have_cmd = 0;
  smtpc_text t;
  char *d;
  while (cur > floor) {
    size_t prev = cur - 1;
    while (prev > floor && body.ptr[prev - 1] != '\n') prev--;
    if (prev == floor && prev > 0 && body.ptr[prev - 1] != '\n') break; /* a line longer than the window */
    t = line_at(body, prev);
    if (transcript_line(t, "<<<")) {
      if (!in_reply) end = cur;
      in_reply = 1;
      top = prev;
    } else if (transcript_line(t, ">>>")) {
      if (in_reply && !smtpc_ci_prefix(t.ptr, t.len, ">>> QUIT", 8)) {
        cmd = prev;
        have_cmd = 1;
        break;
      }
      in_reply = 0; /* the reply to QUIT, or a command with no reply: look further up */
      end = 0;
    } else if (!(own_line(t) && !in_reply)) {
      break;
    }
    cur = prev;
  }
  if (end == 0 || (d = smtpc_arena_take(a, end - (have_cmd ? cmd : top) + 1)) == NULL) return 0;
  if (have_cmd) {
    t = line_at(body, cmd);
    memcpy(d, t.ptr, t.len);
    k = t.len;
    d[k++] = ' ';
  }
  for (pos = top; pos < end && smtpc_line_next(body.ptr, end, &pos, &t);) {
    t = smtpc_trim(t);
    t = smtpc_trim(smtpc_text_of(t.ptr + 3, t.len - 3));
    memcpy(d + k, t.ptr, t.len);
    k += t.len;
    d[k++] = ' ';
  }
  while (k && d[k - 1] == ' ') k--;
  a->len -= end - (have_cmd ? cmd : top) + 1 - k; /* give back what was not used */
  *out = smtpc_text_of(d, k);
  return 1;
}

/* An address after one of the layout's RCPT phrases on the line, else len 0. */
static smtpc_text phrase_address(smtpc_text line, const char *layout)
{
  size_t i;
  smtpc_text a;
  a.ptr = line.ptr;
  a.len = 0;
  for (i = 0; i < NMARKERS; i++) {
    size_t at, len;
    if (markers[i].where != RCPT || (strcmp(markers[i].layout, layout) != 0 && strcmp(markers[i].layout, "*") != 0))
      continue;
    len = strlen(markers[i].text);
    at = smtpc_ci_find(line.ptr, line.len, markers[i].text, len);
    if (at != SMTPC_NOT_FOUND && smtpc_find_address(line.ptr + at + len, line.len - at - len, &a)) return a;
  }
  a.len = 0;
  return a;
}

static int same_address(smtpc_text a, smtpc_text b) { return smtpc_ci_equal(a.ptr, a.len, b.ptr, b.len); }

/* The offset after the '>' and ':' that close an address at b ("<a@b>: text"), not past e. */
static size_t after_address(smtpc_text body, size_t b, size_t e)
{
  if (b < e && body.ptr[b] == '>') b++;
  if (b < e && body.ptr[b] == ':') b++;
  return b;
}

/* Text [b, e) of body unfolded into one line of at most MAX_DIAG bytes. */
static smtpc_text diagnostic(smtpc_text body, size_t b, size_t e, smtpc_arena *a)
{
  if (e > b + MAX_DIAG) e = b + MAX_DIAG;
  if (e <= b) return smtpc_text_of(body.ptr + b, 0);
  return smtpc_unfold(a, body.ptr + b, e - b);
}

/* The recipients of X-Failed-Recipients (Exim), each with the whole section as diagnostic. */
static size_t failed_recipients(smtpc_text list, smtpc_text diag, smtpc_text_rcpt *rcpts, size_t cap)
{
  size_t n = 0, pos = 0;
  smtpc_text a;
  while (n < cap && pos < list.len && smtpc_find_address(list.ptr + pos, list.len - pos, &a)) {
    rcpts[n].recipient = a;
    rcpts[n].diagnostic = diag;
    rcpts[n].ready = 1;
    n++;
    pos = (size_t)(a.ptr + a.len - list.ptr);
  }
  return n;
}

/* 1 when one of the n recipients is in the address list. */
static int any_listed(smtpc_text list, const smtpc_text_rcpt *rcpts, size_t n)
{
  size_t k;
  for (k = 0; k < n; k++)
    if (smtpc_ci_find(list.ptr, list.len, rcpts[k].recipient.ptr, rcpts[k].recipient.len) != SMTPC_NOT_FOUND)
      return 1;
  return 0;
}

/* 1 when t holds a reply code or an enhanced status code. */
static int has_code(smtpc_text t)
{
  smtpc_found f;
  smtpc_esc e;
  return (smtpc_reply_extract(t.ptr, t.len, &f, NULL) == SMTPC_REPLY_OK && f.code) ||
         smtpc_text_status(t.ptr, t.len, &e) || smtpc_colon_code(t.ptr, t.len) != SMTPC_NOT_FOUND;
}

/* The address of the first "To:" line of body from off, 0 when none. */
static int to_line(smtpc_text body, size_t off, smtpc_text *out)
{
  smtpc_text line;
  while (smtpc_line_next(body.ptr, body.len, &off, &line))
    if (smtpc_ci_prefix(line.ptr, line.len, "To:", 3) && smtpc_find_address(line.ptr + 3, line.len - 3, out))
      return 1;
  return 0;
}

/*
 * The notice names no recipient: the To of the returned message, from its
 * part, else from the text after the section, else from anywhere in the
 * text ("Original Message:" inside the notice).
 */
static int original_to(const smtpc_mail_info *m, smtpc_text body, size_t e, smtpc_text *out)
{
  smtpc_text v;
  if (m->original_head.len && smtpc_hdr_get(m->original_head.ptr, m->original_head.len, "To", &v) &&
      smtpc_find_address(v.ptr, v.len, out))
    return 1;
  return to_line(body, e, out) || (e > 0 && to_line(body, 0, out));
}

/* Offset after the blanks and commas of t from i. */
static size_t skip_sep(smtpc_text t, size_t i)
{
  while (i < t.len && (t.ptr[i] == ' ' || t.ptr[i] == '\t' || t.ptr[i] == ','))
    i++;
  return i;
}

/*
 * A reply its layout writes with labels, "Invalid Address, ERROR_CODE :550,
 * ERROR_CODE :5.1.1 <a@b>... User Unknown", as the reply it is: "Invalid
 * Address, 550 5.1.1 <a@b>... User Unknown", in the arena.  The text as it
 * is when the layout has no such label, the label holds no 4xx or 5xx code
 * or the arena is full.
 */
static smtpc_text labelled_reply(smtpc_text d, const char *layout, smtpc_arena *a)
{
  size_t mlen = 0, at = find_marker(d, 0, layout, CODE, &mlen), i, k;
  char *out;
  if (at == SMTPC_NOT_FOUND) return d;
  i = skip_sep(d, at + mlen);
  if (i + 3 > d.len || (d.ptr[i] != '4' && d.ptr[i] != '5') || d.ptr[i + 1] < '0' || d.ptr[i + 1] > '9' ||
      d.ptr[i + 2] < '0' || d.ptr[i + 2] > '9' || (i + 3 < d.len && d.ptr[i + 3] >= '0' && d.ptr[i + 3] <= '9'))
    return d;
  if ((out = smtpc_arena_take(a, d.len + 2)) == NULL) return d;
  memcpy(out, d.ptr, at);
  memcpy(out + at, d.ptr + i, 3);
  k = at + 3;
  i = skip_sep(d, i + 3);
  if (smtpc_ci_prefix(d.ptr + i, d.len - i, d.ptr + at, mlen)) i = skip_sep(d, i + mlen);
  out[k++] = ' ';
  memcpy(out + k, d.ptr + i, d.len - i);
  k += d.len - i;
  a->len -= d.len + 2 - k;
  return smtpc_trim(smtpc_text_of(out, k));
}

size_t smtpc_bounce_text_read(const smtpc_mail_info *m, smtpc_arena *a, const char **source,
                              int *temporary, smtpc_text *returned, smtpc_text_rcpt *rcpts, size_t cap)
{
  const char *layout = detect(m);
  smtpc_text body = m->body, line;
  size_t b, e, pos, n = 0, k, cur = SMTPC_NOT_FOUND, lines = 0, last = 0, since;
  *returned = smtpc_text_of(body.ptr, 0);
  *temporary = 0;
  if (layout == NULL || cap == 0) return 0;
  *source = layout;
  section(body, layout, &b, &e);
  *returned = smtpc_text_of(body.ptr + e, body.len - e);
  *temporary = find_marker(smtpc_text_of(body.ptr, e), 0, layout, FINAL, NULL) != SMTPC_NOT_FOUND   ? -1
               : find_marker(smtpc_text_of(body.ptr, e), 0, layout, DELAY, NULL) != SMTPC_NOT_FOUND ? 1
                                                                                                   : 0;
  pos = since = b;
  /* first pass: recipient lines; each diagnostic is the raw span up to the next one */
  while (pos < e) {
    const char *at = body.ptr + pos;
    smtpc_text addr;
    int coded;
    if (!smtpc_line_next(body.ptr, e, &pos, &line)) break;
    addr = leading_address(line, &coded);
    if (addr.len == 0) addr = phrase_address(line, layout);
    if (addr.len == 0) continue;
    if (++lines > MAX_RCPT_LINES * cap) break; /* each line is compared with the recipients kept */
    last = since; /* a transcript is read back to the recipient line before, never over it: linear */
    since = pos;
    for (k = 0; k < n; k++)
      if (same_address(rcpts[k].recipient, addr)) break;
    if (k < n && k == cur) continue; /* the open recipient named again: its text goes on */
    if (cur != SMTPC_NOT_FOUND) rcpts[cur].diagnostic.len = (size_t)(at - rcpts[cur].diagnostic.ptr);
    cur = SMTPC_NOT_FOUND;
    if (k < n) continue; /* named again: its first text stands */
    if (n == cap) break;
    rcpts[n].recipient = addr;
    if (coded) { /* the line itself, code first; a remote reply after "..." or above it is the better one */
      smtpc_text t = smtpc_trim(line), remote;
      size_t dots = smtpc_ci_find(addr.ptr, (size_t)(t.ptr + t.len - addr.ptr), "...", 3);
      smtpc_text rest = smtpc_trim(smtpc_text_of(addr.ptr + dots + 3, (size_t)(t.ptr + t.len - addr.ptr) - dots - 3));
      rcpts[n].ready = 0;
      if (starts_with_code(rest.ptr, rest.len)) rcpts[n].diagnostic = rest;
      else if ((rcpts[n].ready = transcript_reply(body, last, (size_t)(at - body.ptr), a, &remote)) != 0)
        rcpts[n].diagnostic = remote;
      else rcpts[n].diagnostic = t;
      n++;
      continue;
    }
    rcpts[n].diagnostic = smtpc_text_of(addr.ptr + addr.len, 0);
    rcpts[n].ready = 0;
    cur = n++;
  }
  if (cur != SMTPC_NOT_FOUND) rcpts[cur].diagnostic.len = (size_t)(body.ptr + e - rcpts[cur].diagnostic.ptr);
  /* second pass: each diagnostic as one line; a recipient with no text of its own gets the section's */
  for (k = 0; k < n; k++) {
    size_t from;
    if (rcpts[k].ready) continue; /* already one line, in the arena */
    from = (size_t)(rcpts[k].diagnostic.ptr - body.ptr);
    rcpts[k].diagnostic = diagnostic(body, after_address(body, from, from + rcpts[k].diagnostic.len),
                                     from + rcpts[k].diagnostic.len, a);
    if (rcpts[k].diagnostic.len == 0) rcpts[k].diagnostic = diagnostic(body, b, e, a);
  }
  /* one recipient whose own lines give no code: the section's text says why */
  if (n == 1 && !has_code(rcpts[0].diagnostic)) rcpts[0].diagnostic = diagnostic(body, b, e, a);
  for (k = 0; k < n; k++) rcpts[k].diagnostic = labelled_reply(rcpts[k].diagnostic, layout, a);
  /*
   * X-Failed-Recipients (Exim, Google) names the failed recipients; lines
   * that name none of them (a greeting "a@b 様", a list of other addresses)
   * give way to it.
   */
  if (m->failed_recipients.len && !any_listed(m->failed_recipients, rcpts, n))
    n = failed_recipients(m->failed_recipients, diagnostic(body, b, e, a), rcpts, cap);
  if (n == 0 && original_to(m, body, e, &rcpts[0].recipient)) {
    rcpts[0].diagnostic = diagnostic(body, b, e, a);
    n = 1;
  }
  return n;
}

/* 1 when t holds a letter or a digit (more than the punctuation around an address). */
static int has_words(smtpc_text t)
{
  size_t i;
  for (i = 0; i < t.len; i++) {
    unsigned char c = (unsigned char)t.ptr[i];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80) return 1;
  }
  return 0;
}

smtpc_text smtpc_bounce_text_for(smtpc_text body, smtpc_text recipient, smtpc_arena *a)
{
  if (body.len > SMTPC_HUMAN_WINDOW) body.len = SMTPC_HUMAN_WINDOW;
  size_t from = 0, tries;
  smtpc_text first = smtpc_text_of(body.ptr, 0);
  if (recipient.len == 0) return first;
  /* the first paragraph after a mention of the address that holds a code, else the first one */
  for (tries = 0; tries < 16 && from < body.len; tries++) {
    size_t at = smtpc_ci_find(body.ptr + from, body.len - from, recipient.ptr, recipient.len), pos, end, lines = 0, ls;
    smtpc_text line;
    if (at == SMTPC_NOT_FOUND) break;
    at += from;
    /* Sendmail's own line "550 5.1.2 <a@b>... Host unknown": its code stands before the address */
    ls = line_start(body, at);
    line = smtpc_trim(smtpc_text_of(body.ptr + ls, at - ls));
    if (starts_with_code(line.ptr, line.len) && line.len < 32) at = (size_t)(line.ptr - body.ptr);
    else at += recipient.len;
    pos = line_after(body, at);
    end = pos;
    while (lines++ < 40 && smtpc_line_next(body.ptr, body.len, &pos, &line) && smtpc_trim(line).len) end = pos;
    at = after_address(body, at, end);
    if (has_code(smtpc_text_of(body.ptr + at, end - at))) return diagnostic(body, at, end, a);
    if (!has_words(first)) first = smtpc_text_of(body.ptr + at, end - at); /* not just the address's ">" */
    from = end > at ? end : at;
  }
  if (first.len == 0) return first;
  return diagnostic(body, (size_t)(first.ptr - body.ptr), (size_t)(first.ptr - body.ptr) + first.len, a);
}

smtpc_command smtpc_bounce_text_command(smtpc_text body, smtpc_text recipient)
{
  if (body.len > SMTPC_HUMAN_WINDOW) body.len = SMTPC_HUMAN_WINDOW;
  size_t from = 0, tries;
  if (recipient.len == 0) return SMTPC_CMD_NONE;
  for (tries = 0; tries < 16 && from < body.len; tries++) {
    size_t at = smtpc_ci_find(body.ptr + from, body.len - from, recipient.ptr, recipient.len), b, e, pb;
    smtpc_command cmd;
    if (at == SMTPC_NOT_FOUND) break;
    at += from;
    b = line_start(body, at);
    e = line_after(body, at);
    pb = b > 0 ? line_start(body, b - 1) : b; /* the line before: ">>> DATA" above "<<< 550 ..." */
    cmd = smtpc_mail_command(body.ptr + pb, e - pb);
    if (cmd != SMTPC_CMD_NONE) return cmd;
    from = e;
  }
  return SMTPC_CMD_NONE;
}
