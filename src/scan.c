/*
 * scan.c: the scanner's stream.  It cuts what it is fed into lines, decides
 * from the first line whether the stream is one mail, an mbox or a log, and
 * hands whole messages to the mail reader and single lines to the log
 * readers.  Memory: one buffer, bounded by max_message (mail) or max_line
 * (log); bytes beyond a limit are skipped, never stored.
 */
#include <stdlib.h>
#include <string.h>

#include "scan_internal.h"

#define DEFAULT_MAX_MESSAGE (16u << 20)
#define DEFAULT_MAX_LINE (64u << 10)
#define DEFAULT_MAX_DEPTH 32u
#define MAX_DEPTH_CAP 64u /* each level of MIME nesting reads its span again: keep the factor small */
#define DEFAULT_MAX_RECIPIENTS 1000u
#define DEFAULT_MAX_QUEUE 4096u
#define HEAD_MAX 8u /* bytes of a line kept when its message is over the limit */

struct smtpc_scanner {
  smtpc_scan_mode mode; /* AUTO until the first line decides */
  smtpc_scan_limits limits;
  smtpc_scan_out out;
  smtpc_classifier *classifier; /* its own marker index (NULL: the caller's, in out.classifier) */
  smtpc_log_state *log;
  char *buf;          /* the current message (mail, mbox) or line (log, auto) */
  size_t len, cap;
  size_t line_start;  /* mail: offset of the current line in buf */
  size_t msg_line;    /* stream line where the current message starts */
  size_t lineno;      /* the current line, 1-based */
  char head[HEAD_MAX];/* mail over its limit: the first bytes of the current line */
  size_t head_len;
  size_t line_bytes;  /* bytes of the current line seen (kept or not) */
  int over;           /* the current message or line passed its limit */
  int prev_blank;     /* the line before the current one was empty */
  int finished;
  int nomem;
};

static size_t or_default(size_t v, size_t d) { return v ? v : d; }

smtpc_scanner *smtpc_scanner_new(smtpc_scan_mode mode, const smtpc_scan_limits *limits,
                                 smtpc_scan_emit emit, void *ud)
{
  return smtpc_scanner_new_with(mode, limits, emit, ud, NULL);
}

smtpc_scanner *smtpc_scanner_new_with(smtpc_scan_mode mode, const smtpc_scan_limits *limits,
                                      smtpc_scan_emit emit, void *ud, const smtpc_classifier *index)
{
  smtpc_scanner *sc = calloc(1, sizeof *sc);
  smtpc_scan_limits none;
  if (sc == NULL) return NULL;
  if (index == NULL) {
    sc->classifier = malloc(sizeof *sc->classifier); /* smtpc_classifier_init writes what is read */
    if (sc->classifier == NULL) {
      free(sc);
      return NULL;
    }
    smtpc_classifier_init(sc->classifier);
    index = sc->classifier;
  }
  if (limits == NULL) {
    memset(&none, 0, sizeof none);
    limits = &none;
  }
  sc->mode = mode;
  sc->limits.max_message = or_default(limits->max_message, DEFAULT_MAX_MESSAGE);
  sc->limits.max_line = or_default(limits->max_line, DEFAULT_MAX_LINE);
  sc->limits.max_depth = or_default(limits->max_depth, DEFAULT_MAX_DEPTH);
  if (sc->limits.max_depth > MAX_DEPTH_CAP) sc->limits.max_depth = MAX_DEPTH_CAP;
  sc->limits.max_recipients = or_default(limits->max_recipients, DEFAULT_MAX_RECIPIENTS);
  sc->limits.max_queue = or_default(limits->max_queue, DEFAULT_MAX_QUEUE);
  sc->out.emit = emit;
  sc->out.ud = ud;
  sc->out.limits = &sc->limits;
  sc->out.classifier = index;
  sc->lineno = 1;
  sc->msg_line = 1;
  sc->prev_blank = 1;
  return sc;
}

void smtpc_scanner_free(smtpc_scanner *sc)
{
  if (sc == NULL) return;
  smtpc_log_free(sc->log);
  free(sc->out.memo);
  free(sc->classifier);
  free(sc->buf);
  free(sc);
}

size_t smtpc_scanner_count(const smtpc_scanner *sc) { return sc->out.count; }

smtpc_scan_mode smtpc_scanner_mode(const smtpc_scanner *sc) { return sc->mode; }

/* Appends n bytes to buf, growing it up to limit; returns the bytes kept, or (size_t)-1 on NOMEM. */
static size_t append(smtpc_scanner *sc, const char *p, size_t n, size_t limit)
{
  size_t room = sc->len < limit ? limit - sc->len : 0;
  if (n > room) n = room;
  if (sc->len + n > sc->cap) {
    size_t cap = sc->cap ? sc->cap : 4096;
    char *nb;
    while (cap < sc->len + n) cap = cap > limit / 2 ? limit : cap * 2;
    nb = realloc(sc->buf, cap);
    if (nb == NULL) return (size_t)-1;
    sc->buf = nb;
    sc->cap = cap;
  }
  if (n) memcpy(sc->buf + sc->len, p, n);
  sc->len += n;
  return n;
}

static int is_header_name_char(unsigned char c)
{
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

/* The first line decides: "From " = mbox, "Name:" (a letter first) = mail, else log. */
static smtpc_scan_mode decide(const char *s, size_t n)
{
  size_t i = 0;
  if (n >= 5 && memcmp(s, "From ", 5) == 0) return SMTPC_SCAN_MBOX;
  if (n == 0 || !((s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z'))) return SMTPC_SCAN_LOG;
  while (i < n && is_header_name_char((unsigned char)s[i])) i++;
  return i < n && s[i] == ':' ? SMTPC_SCAN_MAIL : SMTPC_SCAN_LOG;
}

/* An mbox separator: "From " + sender + a date (a time has a colon). */
static int is_separator(const char *s, size_t n)
{
  if (n < 6 || memcmp(s, "From ", 5) != 0 || s[5] == ' ' || s[5] == '\t') return 0;
  return memchr(s + 5, ':', n - 5) != NULL;
}

/* Reads the message held in buf[0..end) when it holds more than blank lines. */
static int flush_message(smtpc_scanner *sc, size_t end)
{
  size_t i;
  for (i = 0; i < end; i++)
    if (sc->buf[i] != '\r' && sc->buf[i] != '\n' && sc->buf[i] != ' ' && sc->buf[i] != '\t') break;
  if (i < end) {
    sc->out.index = 0;
    if (smtpc_mail_scan(sc->buf, end, sc->msg_line, &sc->out) < 0) return -1;
  }
  return 0;
}

/* A mail line is complete (its bytes, line end included, are in buf from line_start). */
static int end_mail_line(smtpc_scanner *sc)
{
  const char *line = sc->over ? sc->head : sc->buf + sc->line_start;
  size_t n = sc->over ? sc->head_len : sc->len - sc->line_start;
  int blank;
  while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) n--;
  blank = n == 0;
  if (sc->mode == SMTPC_SCAN_MBOX && sc->prev_blank && is_separator(line, n)) {
    if (flush_message(sc, sc->over ? sc->len : sc->line_start) < 0) return -1;
    sc->len = 0;
    sc->over = 0;
    sc->msg_line = sc->lineno + 1;
  } else if (sc->mode == SMTPC_SCAN_MBOX && !sc->over && n > 5 && line[0] == '>') {
    size_t i = 0;
    while (i < n && line[i] == '>') i++;
    if (n - i >= 5 && memcmp(line + i, "From ", 5) == 0) { /* ">From " quoting: drop one '>' */
      memmove(sc->buf + sc->line_start, sc->buf + sc->line_start + 1, sc->len - sc->line_start - 1);
      sc->len--;
    }
  }
  sc->prev_blank = blank || sc->len == 0;
  sc->line_start = sc->len;
  sc->head_len = 0;
  return 0;
}

/* Mail and mbox: the bytes of p[0..n) up to and including at most one line end. */
static int mail_bytes(smtpc_scanner *sc, const char *p, size_t n, int eol)
{
  size_t kept;
  if (sc->head_len < HEAD_MAX) {
    size_t h = n < HEAD_MAX - sc->head_len ? n : HEAD_MAX - sc->head_len;
    memcpy(sc->head + sc->head_len, p, h);
    sc->head_len += h;
  }
  if (!sc->over) {
    kept = append(sc, p, n, sc->limits.max_message);
    if (kept == (size_t)-1) return -1;
    if (kept < n) sc->over = 1;
  }
  if (!eol) return 0;
  sc->lineno++;
  return end_mail_line(sc);
}

/*
 * The log readers' state, made with the first log line, and the memo of
 * classifications (a log repeats its replies; a mail rarely does, so a mail
 * scanner does without it).  -1 when memory is short.
 */
static int start_log(smtpc_scanner *sc)
{
  if (sc->log) return 0;
  sc->log = smtpc_log_new(&sc->limits);
  sc->out.memo = calloc(1, sizeof *sc->out.memo);
  return sc->log && sc->out.memo ? 0 : -1;
}

/* Log: a whole line is in buf (without its line end). */
static int end_log_line(smtpc_scanner *sc)
{
  size_t n = sc->len;
  int rc;
  while (n && (sc->buf[n - 1] == '\r' || sc->buf[n - 1] == '\n')) n--;
  if (start_log(sc) < 0) return -1;
  rc = n ? smtpc_log_line(sc->log, sc->buf, n, sc->lineno, &sc->out) : 0;
  sc->len = 0;
  return rc;
}

/* Log: a whole line inside the caller's chunk, read where it is (the bytes append would keep, no copy). */
static int log_line_in_place(smtpc_scanner *sc, const char *p, size_t n)
{
  int rc;
  if (n > sc->limits.max_line) n = sc->limits.max_line;
  while (n && (p[n - 1] == '\r' || p[n - 1] == '\n')) n--;
  if (start_log(sc) < 0) return -1;
  rc = n ? smtpc_log_line(sc->log, p, n, sc->lineno, &sc->out) : 0;
  sc->lineno++;
  return rc;
}

/* Auto and log: bytes of one line; the line is read when eol is set. */
static int line_bytes(smtpc_scanner *sc, const char *p, size_t n, int eol)
{
  if (append(sc, p, n, sc->limits.max_line) == (size_t)-1) return -1;
  if (!eol) return 0;
  if (sc->mode == SMTPC_SCAN_AUTO) {
    size_t k = sc->len;
    while (k && (sc->buf[k - 1] == '\r' || sc->buf[k - 1] == '\n')) k--;
    if (k == 0) { /* leading blank lines decide nothing */
      sc->len = 0;
      sc->lineno++;
      return 0;
    }
    sc->mode = decide(sc->buf, k);
    if (sc->mode != SMTPC_SCAN_LOG) { /* the line starts the first message */
      sc->msg_line = sc->lineno;
      sc->line_start = 0;
      sc->prev_blank = 1;
      if (sc->buf[sc->len - 1] != '\n' && append(sc, "\n", 1, sc->limits.max_message) == (size_t)-1)
        return -1;
      sc->lineno++;
      return end_mail_line(sc);
    }
  }
  if (end_log_line(sc) < 0) return -1;
  sc->lineno++;
  return 0;
}

smtpc_scan_status smtpc_scanner_feed(smtpc_scanner *sc, const char *buf, size_t len)
{
  if (sc->nomem) return SMTPC_SCAN_NOMEM;
  while (len > 0 && !sc->out.stopped) {
    const char *nl = memchr(buf, '\n', len);
    size_t n = nl ? (size_t)(nl - buf) + 1 : len;
    int rc = sc->mode == SMTPC_SCAN_MAIL || sc->mode == SMTPC_SCAN_MBOX ? mail_bytes(sc, buf, n, nl != NULL)
             : sc->mode == SMTPC_SCAN_LOG && nl && sc->len == 0 ? log_line_in_place(sc, buf, n)
                                                                : line_bytes(sc, buf, n, nl != NULL);
    if (rc < 0) {
      sc->nomem = 1;
      return SMTPC_SCAN_NOMEM;
    }
    buf += n;
    len -= n;
  }
  return sc->out.stopped ? SMTPC_SCAN_STOPPED : SMTPC_SCAN_OK;
}

smtpc_scan_status smtpc_scanner_finish(smtpc_scanner *sc)
{
  int rc = 0;
  if (sc->nomem) return SMTPC_SCAN_NOMEM;
  if (sc->finished) return SMTPC_SCAN_OK;
  sc->finished = 1;
  if (sc->len > 0 && (sc->mode == SMTPC_SCAN_AUTO || sc->mode == SMTPC_SCAN_LOG))
    rc = line_bytes(sc, "", 0, 1); /* the last line had no line end */
  if (rc == 0 && (sc->mode == SMTPC_SCAN_MAIL || sc->mode == SMTPC_SCAN_MBOX) && sc->len > 0 &&
      !sc->out.stopped)
    rc = flush_message(sc, sc->len);
  if (rc < 0) {
    sc->nomem = 1;
    return SMTPC_SCAN_NOMEM;
  }
  sc->len = 0;
  return sc->out.stopped ? SMTPC_SCAN_STOPPED : SMTPC_SCAN_OK;
}
