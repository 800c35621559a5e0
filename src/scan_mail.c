/*
 * scan_mail.c: one message, read for the recipients it reports.  The MIME
 * walk (mime.c) collects the parts that matter; then the first reader that
 * finds something decides: an ARF feedback report (RFC 5965), a
 * delivery-status report (RFC 3464, RFC 6533; dsn.c), a plain-text bounce
 * layout (bounce_text.c), an auto-reply (RFC 3834).  Each recipient becomes
 * one result through smtpc_scan_put.
 */
#include <stdlib.h>
#include <string.h>

#include "mail_internal.h"

#define MAX_DSN_PARTS 8
#define ARENA_SLACK 4096u

typedef struct mail {
  smtpc_scan_out *out;
  size_t line;
  smtpc_arena arena;
  smtpc_mail_info info;
  smtpc_text auto_submitted, autoreply_hdr, precedence, apple_unsubscribe, hotmail_rcpt;
  smtpc_text dsn[MAX_DSN_PARTS], inner[MAX_DSN_PARTS];
  size_t ndsn, ninner;
  smtpc_text feedback;      /* the message/feedback-report body */
  smtpc_text original_head; /* the headers of the returned message */
  int human_from_part;      /* info.body is a text part (not the whole body) */
} mail;

#define FIELD_IS(f, lit) smtpc_ci_equal((f).name.ptr, (f).name.len, lit, sizeof lit - 1)

/* The fields of the message's own header that the readers use, in one pass. */
static void read_top(mail *m, smtpc_text head)
{
  size_t pos = 0;
  smtpc_field f;
  m->info.top_head = head;
  while (smtpc_hdr_next(head.ptr, head.len, &pos, &f)) {
    if (FIELD_IS(f, "From")) m->info.from = f.value;
    else if (FIELD_IS(f, "Subject")) m->info.subject = smtpc_unfold(&m->arena, f.value.ptr, f.value.len);
    else if (FIELD_IS(f, "X-Failed-Recipients")) m->info.failed_recipients = f.value;
    else if (FIELD_IS(f, "X-Mailer")) m->info.x_mailer = f.value;
    else if (FIELD_IS(f, "Date")) m->info.date = f.value;
    else if (FIELD_IS(f, "Auto-Submitted")) m->auto_submitted = f.value;
    else if (FIELD_IS(f, "X-Autoreply") || FIELD_IS(f, "X-Autorespond") || FIELD_IS(f, "X-Autoresponder"))
      m->autoreply_hdr = f.value;
    else if (FIELD_IS(f, "Precedence")) m->precedence = f.value;
    else if (FIELD_IS(f, "X-Apple-Unsubscribe")) m->apple_unsubscribe = f.value;
  }
}

static int is_type(const smtpc_part *p, const char *t) { return strcmp(p->type, t) == 0; }

static int on_part(void *ud, const smtpc_part *p)
{
  mail *m = ud;
  if (p->depth == 0) {
    read_top(m, p->head);
    if (strncmp(p->type, "multipart/", 10) != 0) m->info.body = p->body;
  }
  if (p->message_head) {
    smtpc_text v;
    if (m->original_head.len == 0) m->original_head = m->info.original_head = p->head;
    if (m->hotmail_rcpt.len == 0 && smtpc_hdr_get(p->head.ptr, p->head.len, "X-HmXmrOriginalRecipient", &v))
      m->hotmail_rcpt = v;
    return 0;
  }
  if (is_type(p, "message/delivery-status") || is_type(p, "message/global-delivery-status") ||
      is_type(p, "text/delivery-status")) {
    /* a report inside a returned message is read only when the message has none of its own */
    if (p->in_message && m->ninner < MAX_DSN_PARTS) m->inner[m->ninner++] = p->body;
    else if (!p->in_message && m->ndsn < MAX_DSN_PARTS) m->dsn[m->ndsn++] = p->body;
    return 0;
  }
  if (p->in_message) return 0;
  if (is_type(p, "message/feedback-report")) {
    if (m->feedback.len == 0) m->feedback = p->body;
  } else if (is_type(p, "text/rfc822-headers") || is_type(p, "message/rfc822-headers") ||
             is_type(p, "message/global-headers")) {
    if (m->original_head.len == 0) m->original_head = m->info.original_head = p->body;
  } else if (p->depth > 0 && strncmp(p->type, "text/", 5) == 0 && !m->human_from_part &&
             (is_type(p, "text/plain") || m->info.body.len == 0)) {
    m->info.body = p->body;
    m->human_from_part = is_type(p, "text/plain");
  }
  return 0;
}

/* A result with what every reader of this message shares. */
static void result_init(const mail *m, smtpc_scan_result *r, const char *source)
{
  smtpc_text v;
  memset(r, 0, sizeof *r);
  r->source = source;
  r->line = m->line;
  if (m->original_head.len && smtpc_hdr_get(m->original_head.ptr, m->original_head.len, "Message-ID", &v))
    r->message_id = v;
}

/* ---- ARF feedback reports (RFC 5965) ---------------------------------------- */

static int put(mail *m, smtpc_scan_result *r) { return smtpc_scan_put(m->out, r); }

static long read_feedback(mail *m)
{
  smtpc_scan_result r;
  smtpc_field f;
  smtpc_text type = smtpc_text_of(NULL, 0), date = type, mta = type;
  size_t pos = 0, n = 0;
  const smtpc_text fb = m->feedback;
  while (smtpc_hdr_next(fb.ptr, fb.len, &pos, &f)) {
    if (FIELD_IS(f, "Feedback-Type")) type = f.value;
    else if (FIELD_IS(f, "Arrival-Date") || FIELD_IS(f, "Received-Date")) date = f.value;
    else if (FIELD_IS(f, "Reporting-MTA")) mta = f.value;
  }
  pos = 0;
  while (smtpc_hdr_next(fb.ptr, fb.len, &pos, &f)) {
    if (!FIELD_IS(f, "Original-Rcpt-To") && !FIELD_IS(f, "Removal-Recipient")) continue;
    if (n >= m->out->limits->max_recipients) break;
    result_init(m, &r, "arf");
    r.kind = SMTPC_KIND_FEEDBACK;
    r.feedback_type = type;
    r.date = date;
    r.reporting_mta = mta;
    if (!smtpc_find_address(f.value.ptr, f.value.len, &r.recipient)) r.recipient = f.value;
    n++;
    if (put(m, &r)) return (long)n;
  }
  if (n == 0) {
    result_init(m, &r, "arf");
    r.kind = SMTPC_KIND_FEEDBACK;
    r.feedback_type = type;
    r.date = date;
    r.reporting_mta = mta;
    if (m->original_head.len && smtpc_hdr_get(m->original_head.ptr, m->original_head.len, "To", &type))
      smtpc_find_address(type.ptr, type.len, &r.recipient);
    put(m, &r);
    n = 1;
  }
  return (long)n;
}

/*
 * Complaints that are not ARF: Hotmail's "complaint about message from"
 * with X-HmXmrOriginalRecipient, and Apple Mail's unsubscribe request
 * (X-Apple-Unsubscribe: true).
 */
static long read_other_feedback(mail *m)
{
  smtpc_scan_result r;
  static const char complaint[] = "complaint about message from";
  if (m->apple_unsubscribe.len && smtpc_ci_prefix(m->apple_unsubscribe.ptr, m->apple_unsubscribe.len, "true", 4)) {
    smtpc_text to;
    result_init(m, &r, "apple-unsubscribe");
    r.kind = SMTPC_KIND_FEEDBACK;
    r.feedback_type = smtpc_text_of("opt-out", 7);
    if (smtpc_hdr_get(m->info.top_head.ptr, m->info.top_head.len, "To", &to))
      smtpc_find_address(to.ptr, to.len, &r.recipient);
    put(m, &r);
    return 1;
  }
  if (m->hotmail_rcpt.len &&
      smtpc_ci_find(m->info.subject.ptr, m->info.subject.len, complaint, sizeof complaint - 1) != SMTPC_NOT_FOUND) {
    result_init(m, &r, "hotmail-complaint");
    r.kind = SMTPC_KIND_FEEDBACK;
    r.feedback_type = smtpc_text_of("abuse", 5);
    if (!smtpc_find_address(m->hotmail_rcpt.ptr, m->hotmail_rcpt.len, &r.recipient)) r.recipient = m->hotmail_rcpt;
    put(m, &r);
    return 1;
  }
  return 0;
}

/* ---- delivery-status reports ------------------------------------------------- */

/* A generic status (X.0.0) or none. */
static int esc_generic(const smtpc_esc *e) { return e->klass == 0 || (e->subject == 0 && e->detail == 0); }

/*
 * The better evidence of the human-readable part: when the report's
 * diagnostic holds no reply code, or its status is generic, and the text
 * the human part gives for this recipient holds a reply, that reply is read
 * (the status keeps the report's value unless it is generic).
 */
static void better_evidence(mail *m, smtpc_scan_result *r)
{
  smtpc_scan_result h;
  smtpc_text para;
  int have = r->reply_code && !esc_generic(&r->status) && r->reply_esc.klass;
  if (!m->human_from_part || r->recipient.len == 0 || (have && r->command != SMTPC_CMD_NONE)) return;
  para = smtpc_bounce_text_for(m->info.body, r->recipient, &m->arena);
  if (para.len == 0) return;
  memset(&h, 0, sizeof h);
  if (!smtpc_mail_set_reply(&h, para.ptr, para.len, &m->arena)) {
    if (r->command == SMTPC_CMD_NONE) r->command = h.command;
    if (r->diagnostic.len == 0) r->diagnostic = para; /* the only words about it ("Domain does not exist") */
    return;
  }
  /* the stage the human part names ("in reply to end of DATA command") */
  if (r->command == SMTPC_CMD_NONE && (r->reply_code == 0 || h.reply_code == r->reply_code)) r->command = h.command;
  if (have) return;
  if (r->reply_code && h.reply_code != r->reply_code) return;
  if (r->reply_code && h.reply_esc.klass == 0) return;
  if (r->status.klass && h.reply_code / 100 != r->status.klass) return;
  r->reply_code = h.reply_code;
  r->reply_esc = h.reply_esc;
  r->reply_text = h.reply_text;
  if (r->command == SMTPC_CMD_NONE) r->command = h.command;
  if (r->diagnostic.len == 0) r->diagnostic = para;
  if (esc_generic(&r->status) && h.reply_esc.klass == h.reply_code / 100 && !esc_generic(&h.reply_esc))
    r->status = h.reply_esc;
}

/*
 * The status, settled once every reader has spoken: a missing or generic
 * (X.0.0) status takes the specific enhanced code of the remote reply, or one
 * standing in the diagnostic, when its class agrees; a status still missing
 * is X.0.0 ("other undefined status", RFC 3463 3.1: only the class is
 * known), its class from the reply code, else from the delivery.
 */
static void settle_status(smtpc_scan_result *r)
{
  smtpc_esc e;
  int klass = r->status.klass ? r->status.klass
              : r->reply_code >= 400 ? r->reply_code / 100
              : r->delivery == SMTPC_DELIVERY_DELAYED ? 4 : 0;
  /*
   * The remote server's own specific code, of the class the report gives,
   * is the better evidence than a report's other specific status: the
   * reporting MTA's translation of the reply can be wrong (Sendmail's
   * "Status: 5.1.1" for "550 5.7.1 IP address blacklisted", "Status: 5.1.1"
   * for "552 5.2.2 Over quota").  The class stays the report's decision.
   */
  if (!esc_generic(&r->status) && !esc_generic(&r->reply_esc) && r->reply_esc.klass == r->status.klass &&
      r->reply_code / 100 == r->reply_esc.klass) {
    r->status = r->reply_esc;
    return;
  }
  if (esc_generic(&r->status)) {
    if (!esc_generic(&r->reply_esc) && (klass == 0 || r->reply_esc.klass == klass)) {
      r->status = r->reply_esc;
      return;
    }
    if (smtpc_text_status(r->diagnostic.ptr, r->diagnostic.len, &e) && !esc_generic(&e) &&
        (klass == 0 || e.klass == klass)) {
      r->status = e;
      return;
    }
  }
  if (r->status.klass) return;
  if (klass == 0) {
    if (r->delivery == SMTPC_DELIVERY_FAILED) klass = 5;
    else if (r->delivery == SMTPC_DELIVERY_DELIVERED || r->delivery == SMTPC_DELIVERY_RELAYED ||
             r->delivery == SMTPC_DELIVERY_EXPANDED)
      klass = 2;
    else
      return;
  }
  r->status.klass = klass;
}

/* local@domain, both parts present. */
static int is_address(smtpc_text t)
{
  const char *at = memchr(t.ptr, '@', t.len);
  return at && at > t.ptr && at < t.ptr + t.len - 1;
}

/*
 * A report's only recipient whose field holds no address ("Final-Recipient:
 * RFC822; @mx.example.org", Sendmail's for a host that failed): the one
 * address the human part's recipient section lists, when it lists one.
 */
static void human_recipient(mail *m, smtpc_text *recipient)
{
  smtpc_text_rcpt one[2];
  const char *source = NULL;
  int temporary;
  smtpc_text returned;
  if (!m->human_from_part) return;
  if (smtpc_bounce_text_read(&m->info, &m->arena, &source, &temporary, &returned, one, 2) == 1 &&
      is_address(one[0].recipient))
    *recipient = one[0].recipient;
}

static long read_dsn(mail *m)
{
  smtpc_dsn_msg msg;
  smtpc_dsn_rcpt *rcpts;
  size_t cap = m->out->limits->max_recipients, n = 0, i, k;
  long done = 0;
  memset(&msg, 0, sizeof msg);
  rcpts = malloc(cap * sizeof *rcpts);
  if (rcpts == NULL) return -1;
  for (i = 0; i < m->ndsn && n < cap; i++)
    n += smtpc_dsn_read(m->dsn[i].ptr, m->dsn[i].len, &m->arena, &msg, rcpts + n, cap - n);
  for (k = 0; k < n; k++) {
    smtpc_scan_result r;
    const smtpc_dsn_rcpt *d = &rcpts[k];
    result_init(m, &r, "rfc3464");
    r.recipient = d->final_recipient.len ? d->final_recipient : d->original_recipient;
    if (n == 1 && !is_address(r.recipient)) human_recipient(m, &r.recipient);
    r.original_recipient = d->original_recipient;
    r.sender = msg.sender;
    r.delivery = smtpc_dsn_delivery(d->action);
    r.status = smtpc_dsn_status(d->status);
    r.remote_mta = d->remote_mta;
    r.reporting_mta = msg.reporting_mta;
    r.queue_id = msg.queue_id;
    r.date = d->last_attempt.len ? d->last_attempt : msg.arrival_date;
    r.diagnostic = d->diagnostic;
    smtpc_mail_set_reply(&r, d->diagnostic.ptr, d->diagnostic.len, &m->arena);
    better_evidence(m, &r);
    if (r.command == SMTPC_CMD_NONE && m->human_from_part)
      r.command = smtpc_bounce_text_command(m->info.body, r.recipient);
    /* one recipient: a stage the human part names anywhere is its (a transcript's ">>> DATA") */
    if (r.command == SMTPC_CMD_NONE && m->human_from_part && n == 1)
      r.command = smtpc_mail_command(m->info.body.ptr, m->info.body.len < SMTPC_HUMAN_WINDOW ? m->info.body.len : SMTPC_HUMAN_WINDOW);
    if (r.delivery == SMTPC_DELIVERY_UNKNOWN && r.status.klass)
      r.delivery = r.status.klass == 2 ? SMTPC_DELIVERY_DELIVERED
                   : r.status.klass == 4 ? SMTPC_DELIVERY_DELAYED : SMTPC_DELIVERY_FAILED;
    settle_status(&r);
    done++;
    if (put(m, &r)) break;
  }
  free(rcpts);
  return done;
}

/* Delivery-status fields written into the text itself (a report whose parts were never split). */
static int has_dsn_fields(smtpc_text body)
{
  static const char final[] = "\nFinal-Recipient:", action[] = "\nAction:";
  return smtpc_ci_find(body.ptr, body.len, final, sizeof final - 1) != SMTPC_NOT_FOUND &&
         smtpc_ci_find(body.ptr, body.len, action, sizeof action - 1) != SMTPC_NOT_FOUND;
}

/* "dsn; a27-33.smtp-out.example.com" -> the host. */
static smtpc_text typed_mta(smtpc_text v)
{
  const char *semi = memchr(v.ptr, ';', v.len);
  return semi ? smtpc_trim(smtpc_text_of(semi + 1, v.len - (size_t)(semi + 1 - v.ptr))) : v;
}

/* ---- Amazon SES notifications ----------------------------------------------- */

static long read_ses(mail *m)
{
  smtpc_ses_rcpt *rcpts;
  size_t cap = m->out->limits->max_recipients, n, k;
  long done = 0;
  rcpts = malloc(cap * sizeof *rcpts);
  if (rcpts == NULL) return -1;
  n = smtpc_ses_json_read(m->info.body, &m->arena, rcpts, cap);
  for (k = 0; k < n; k++) {
    smtpc_scan_result r;
    const smtpc_ses_rcpt *s = &rcpts[k];
    result_init(m, &r, "amazonses");
    r.recipient = s->recipient;
    r.reporting_mta = s->reporting_mta.len ? typed_mta(s->reporting_mta) : s->reporting_mta;
    r.diagnostic = s->diagnostic;
    if (s->kind == SMTPC_SES_COMPLAINT) {
      r.kind = SMTPC_KIND_FEEDBACK;
      r.feedback_type = s->feedback_type.len ? s->feedback_type : smtpc_text_of("abuse", 5);
    } else {
      r.delivery = s->kind == SMTPC_SES_DELIVERY ? SMTPC_DELIVERY_DELIVERED
                   : s->action.len ? smtpc_dsn_delivery(s->action) : SMTPC_DELIVERY_FAILED;
      if (r.delivery == SMTPC_DELIVERY_UNKNOWN) r.delivery = SMTPC_DELIVERY_FAILED;
      r.status = smtpc_dsn_status(s->status);
      /* "smtp; 550 5.1.1 ..." as in a Diagnostic-Code */
      if (smtpc_ci_prefix(r.diagnostic.ptr, r.diagnostic.len, "smtp;", 5))
        r.diagnostic = smtpc_trim(smtpc_text_of(r.diagnostic.ptr + 5, r.diagnostic.len - 5));
      smtpc_mail_set_reply(&r, r.diagnostic.ptr, r.diagnostic.len, &m->arena);
      settle_status(&r);
    }
    done++;
    if (put(m, &r)) break;
  }
  free(rcpts);
  return done;
}

/* ---- plain-text layouts ------------------------------------------------------ */

/* A "Name: value" line. */
static int looks_like_header(smtpc_text line)
{
  size_t i = 0;
  while (i < line.len && i < 64 && line.ptr[i] != ':' && (unsigned char)line.ptr[i] > ' ') i++;
  return i > 0 && i < line.len && line.ptr[i] == ':';
}

static long read_text(mail *m)
{
  smtpc_text_rcpt *rcpts;
  const char *source = NULL;
  size_t cap = m->out->limits->max_recipients, n, k;
  long done = 0;
  int temporary = 0;
  smtpc_text returned, head, body;
  rcpts = malloc(cap * sizeof *rcpts);
  if (rcpts == NULL) return -1;
  n = smtpc_bounce_text_read(&m->info, &m->arena, &source, &temporary, &returned, rcpts, cap);
  /* the returned message quoted after the notice: its headers name the original Message-ID */
  if (m->original_head.len == 0 && returned.len) {
    size_t pos = 0, start;
    smtpc_text line;
    for (start = 0; smtpc_line_next(returned.ptr, returned.len, &pos, &line); start = pos)
      if (looks_like_header(line)) {
        smtpc_mime_split(returned.ptr + start, returned.len - start, &head, &body);
        m->original_head = head;
        break;
      }
  }
  for (k = 0; k < n; k++) {
    smtpc_scan_result r;
    result_init(m, &r, source);
    r.date = m->info.date;
    r.recipient = rcpts[k].recipient;
    r.diagnostic = rcpts[k].diagnostic;
    smtpc_mail_set_reply(&r, r.diagnostic.ptr, r.diagnostic.len, &m->arena);
    /* a notice that says the failure is final gave up, even on a 4xx reply (RFC 3464 2.3.3: failed) */
    r.delivery = temporary >= 0 && (r.reply_code ? r.reply_code / 100 == 4 : temporary > 0) ? SMTPC_DELIVERY_DELAYED
                                                                                          : SMTPC_DELIVERY_FAILED;
    settle_status(&r);
    done++;
    if (put(m, &r)) break;
  }
  free(rcpts);
  return done;
}

/* ---- auto-replies (RFC 3834) --------------------------------------------------- */

static int is_autoreply(const mail *m)
{
  /* subjects responders that set no header start with (Outlook, Apple Mail, vacation(1), ...) */
  static const char *const subjects[] = {"auto reply", "autoreply", "auto-reply", "automatic reply",
                                         "auto response", "auto:", "out of office", "out of the office",
                                         "away until", "vacation", "autosvar", "abwesenheit", "absence",
                                         "réponse automatique"};
  size_t i;
  smtpc_text subject = m->info.subject;
  static const char daemon[] = "mailer-daemon", postmaster[] = "postmaster";
  /* delivery notices carry Auto-Submitted too (RFC 3834 5): a daemon's mail is no auto-reply */
  if (smtpc_ci_find(m->info.from.ptr, m->info.from.len, daemon, sizeof daemon - 1) != SMTPC_NOT_FOUND ||
      smtpc_ci_find(m->info.from.ptr, m->info.from.len, postmaster, sizeof postmaster - 1) != SMTPC_NOT_FOUND)
    return 0;
  if (m->autoreply_hdr.len) return 1;
  if (m->auto_submitted.len && smtpc_ci_prefix(m->auto_submitted.ptr, m->auto_submitted.len, "auto-replied", 12))
    return 1;
  if (smtpc_ci_prefix(subject.ptr, subject.len, "Re:", 3)) subject = smtpc_trim(smtpc_text_of(subject.ptr + 3, subject.len - 3));
  for (i = 0; i < sizeof subjects / sizeof subjects[0]; i++)
    if (smtpc_ci_prefix(subject.ptr, subject.len, subjects[i], strlen(subjects[i]))) return 1;
  return 0;
}

static long read_autoreply(mail *m)
{
  smtpc_scan_result r;
  result_init(m, &r, "rfc3834");
  r.kind = SMTPC_KIND_AUTOREPLY;
  smtpc_find_address(m->info.from.ptr, m->info.from.len, &r.recipient);
  r.diagnostic = m->info.subject;
  put(m, &r);
  return 1;
}

long smtpc_mail_scan(const char *msg, size_t len, size_t line, smtpc_scan_out *out)
{
  mail m;
  long n = 0;
  memset(&m, 0, sizeof m);
  m.out = out;
  m.line = line;
  /* texts not found stay empty but point into the message, so offsets on them are defined */
  m.info.from = m.info.subject = m.info.failed_recipients = m.info.x_mailer = m.info.date = m.info.body =
      smtpc_text_of(msg, 0);
  m.arena.cap = 2 * len + ARENA_SLACK;
  m.arena.p = malloc(m.arena.cap);
  if (m.arena.p == NULL) return -1;
  smtpc_mime_walk(msg, len, out->limits->max_depth, &m.arena, on_part, &m);
  if (m.feedback.len) n = read_feedback(&m);
  if (n == 0) n = read_other_feedback(&m);
  if (n == 0 && m.ndsn == 0 && has_dsn_fields(m.info.body)) m.dsn[m.ndsn++] = m.info.body;
  if (n == 0 && m.ndsn == 0 && m.ninner) {
    memcpy(m.dsn, m.inner, m.ninner * sizeof m.inner[0]);
    m.ndsn = m.ninner;
  }
  if (n == 0 && m.ndsn) n = read_dsn(&m);
  if (n == 0) n = read_ses(&m);
  if (n == 0) n = read_text(&m);
  if (n == 0 && is_autoreply(&m)) n = read_autoreply(&m);
  free(m.arena.p);
  return n;
}
