/*
 * log_exim.c: Exim's main log (Exim 4; the spec's chapter "Log files" names
 * the flags).  After the time stamp (and "[pid]" with log_selector +pid):
 *
 *   ID <= sender H=... P=esmtp S=1234 id=message-id       the sender and message-id, joined
 *   ID => rcpt [<original>] R=router T=transport H=host [ip] C="250 ..."   delivered
 *   ID -> rcpt [<original>] R=... (another address of the same delivery)  delivered
 *   ID ** rcpt [<original>] R=... T=... H=host [ip]: SMTP error from remote mail server
 *         after RCPT TO:<rcpt>: 550 5.1.1 text                              failed
 *   ID ** rcpt: retry timeout exceeded      failed, with the reply of its last "==" line
 *   ID == rcpt R=... T=... defer (-44) H=host [ip]: SMTP error from ...: 451 ...  delayed
 *   ID Completed                                            the id is forgotten
 *   H=client [ip] F=<sender> [temporarily] rejected RCPT <rcpt>: text
 *         this server's own refusal: failed (delayed when "temporarily")
 *
 * The diagnostic follows the first ": " outside quoted values.  Older Exims
 * put "host H [ip]: " between "after COMMAND: " and the reply.  Exim logs no
 * DSN status of its own: the status is the reply's enhanced code.
 */
#include <string.h>

#include "log_internal.h"

static const char SOURCE[] = "exim-log";

/* An Exim message id: 6-6-2 (up to 4.96) or 6-11-4 (4.97 on) base-62 characters; its length or 0. */
static size_t message_id(const char *s, size_t n)
{
  size_t i = 0, part = 0, run = 0;
  for (; i < n && i < SMTPC_LOGQ_ID_MAX; i++) {
    if (smtpc_log_is_alnum(s[i])) {
      run++;
    } else if (s[i] == '-' && run >= 2 && part < 2) {
      part++;
      run = 0;
    } else {
      break;
    }
  }
  return part == 2 && run >= 2 && i < n && s[i] == ' ' ? i : 0;
}

/* The value of " KEY=" in s[0..n) up to the next blank (quoted values whole, quotes removed). */
static smtpc_text field(const char *s, size_t n, const char *key)
{
  const char *p = smtpc_log_find(s, n, key);
  const char *e, *end = s + n;
  size_t k = strlen(key);
  if (p == NULL) return smtpc_log_text(NULL, 0);
  p += k;
  if (p < end && *p == '"') {
    const char *q = ++p;
    while (q < end && *q != '"') q += *q == '\\' && q + 1 < end ? 2 : 1;
    return smtpc_log_text(p, (size_t)((q < end ? q : end) - p));
  }
  e = memchr(p, ' ', (size_t)(end - p));
  return smtpc_log_text(p, (size_t)((e ? e : end) - p));
}

/* Where the diagnostic starts: after the first ": " outside quotes; NULL when none. */
static const char *diagnostic_start(const char *s, size_t n)
{
  size_t i;
  int quoted = 0;
  for (i = 0; i + 1 < n; i++) {
    if (s[i] == '"') quoted = !quoted;
    else if (!quoted && s[i] == ':' && s[i + 1] == ' ') return s + i + 2;
  }
  return NULL;
}

/* "SMTP error from remote mail server after COMMAND: [host H [ip]: ]REPLY" */
static void read_diagnostic(smtpc_log_state *st, const char *d, size_t n, smtpc_scan_result *r)
{
  static const char marker[] = "SMTP error from remote mail server after ";
  const char *m = smtpc_log_find(d, n, marker), *p, *end = d + n;
  r->diagnostic = smtpc_log_text(d, n);
  if (m == NULL) {
    smtpc_log_reply(st, d, n, r);
    return;
  }
  p = m + sizeof marker - 1;
  r->command = smtpc_log_command(p, (size_t)(end - p));
  /* the command may hold ":<addr>": its end is ": " after a '>' or the first ": " */
  m = SMTPC_LOG_FIND(p, (size_t)(end - p), ">: ");
  if (m) p = m + 3;
  else if ((m = SMTPC_LOG_FIND(p, (size_t)(end - p), ": ")) != NULL) p = m + 2;
  else return;
  if (SMTPC_LOG_STARTS(p, (size_t)(end - p), "host ")) {
    const char *c = SMTPC_LOG_FIND(p, (size_t)(end - p), "]: ");
    if (c) p = c + 3;
  }
  smtpc_log_reply(st, p, (size_t)(end - p), r);
}

/* The recipient "rcpt [<original>]" at s; moves *i past it. */
static void recipients(const char *s, size_t n, size_t *i, smtpc_scan_result *r)
{
  size_t b = *i, e = b;
  while (e < n && s[e] != ' ' && !(s[e] == ':' && (e + 1 == n || s[e + 1] == ' '))) e++;
  r->recipient = smtpc_log_text(s + b, e - b);
  if (e + 1 < n && s[e] == ' ' && s[e + 1] == '(') { /* "(parent)" of a redirection */
    const char *c = memchr(s + e, ')', n - e);
    if (c) e = (size_t)(c - s) + 1;
  }
  if (e + 1 < n && s[e] == ' ' && s[e + 1] == '<') {
    const char *c = memchr(s + e, '>', n - e);
    if (c) {
      smtpc_text orig = smtpc_log_unbracket(s + e + 1, (size_t)(c - s) - e);
      if (r->recipient.len == 0 || memchr(r->recipient.ptr, '@', r->recipient.len) == NULL)
        r->recipient = orig; /* a local part (or nothing) before the address */
      else r->original_recipient = orig;
      e = (size_t)(c - s) + 1;
    }
  }
  *i = e;
}

/*
 * A delivery line: s[0..n) after "ID ", starting with its flag.  Deferrals
 * ("==") are kept in the join table until the recipient is delivered or
 * fails; "** rcpt: retry timeout exceeded" fails it with the words of its
 * last deferral, the remote reply that kept it queued (expired: that line,
 * taken back from the table).
 */
static int delivery(smtpc_log_state *st, const smtpc_log_fields *f, smtpc_text id, const char *s,
                    size_t n, int expired, smtpc_scan_out *out)
{
  static const char timeout[] = "retry timeout exceeded";
  smtpc_scan_result r;
  size_t i = 3;
  smtpc_text host, confirm;
  const char *d;
  smtpc_logq *q;
  smtpc_log_result(&r, f, id, SOURCE);
  r.delivery = s[0] == '*' || expired ? SMTPC_DELIVERY_FAILED
               : s[0] == '=' && s[1] == '=' ? SMTPC_DELIVERY_DELAYED
                                             : SMTPC_DELIVERY_DELIVERED;
  recipients(s, n, &i, &r);
  if (r.recipient.len == 0) return 0;
  if (!expired && (q = smtpc_log_queue(st)) == NULL) return -1;
  if (!expired && r.delivery == SMTPC_DELIVERY_DELAYED) {
    smtpc_logq_defer(q, id, r.recipient, smtpc_log_text(s, n));
  } else if (!expired) {
    size_t k = 0;
    if (r.delivery == SMTPC_DELIVERY_FAILED && SMTPC_LOG_FIND(s + i, n - i, timeout) != NULL)
      k = smtpc_logq_take_recipient(q, id, r.recipient, st->pend, sizeof st->pend);
    else smtpc_logq_settle(q, id, r.recipient);
    if (k) return delivery(st, f, id, st->pend, k, 1, out);
  }
  host = field(s + i, n - i, " H=");
  if (host.len) r.remote_mta = host;
  if (r.delivery == SMTPC_DELIVERY_DELIVERED) {
    confirm = field(s + i, n - i, " C=");
    if (confirm.len) smtpc_log_reply(st, confirm.ptr, confirm.len, &r);
  } else if ((d = diagnostic_start(s + i, n - i)) != NULL) {
    read_diagnostic(st, d, (size_t)(s + n - d), &r);
  }
  if (r.reply_esc.klass) r.status = r.reply_esc;
  smtpc_log_join(st, id, &r);
  smtpc_scan_put(out, &r);
  return 0;
}

/* "H=client [ip] F=<s> [temporarily ]rejected RCPT <rcpt>: text" */
static int rejected(smtpc_log_state *st, const smtpc_log_fields *f, smtpc_text id, const char *s,
                    size_t n, const char *at, smtpc_scan_out *out)
{
  smtpc_scan_result r;
  const char *p = at + 14, *close, *end = s + n; /* after "rejected RCPT " */
  smtpc_text from = field(s, (size_t)(at - s), "F=");
  smtpc_log_result(&r, f, id, SOURCE);
  close = memchr(p, '>', (size_t)(end - p));
  if (close == NULL) return 0;
  r.recipient = smtpc_log_unbracket(p, (size_t)(close - p) + 1);
  if (r.recipient.len == 0) return 0;
  r.sender = smtpc_log_unbracket(from.ptr, from.len);
  r.command = SMTPC_CMD_RCPT;
  r.delivery = at - s >= 12 && memcmp(at - 12, "temporarily ", 12) == 0 ? SMTPC_DELIVERY_DELAYED
                                                                       : SMTPC_DELIVERY_FAILED;
  p = close + 1;
  if (p + 2 <= end && p[0] == ':' && p[1] == ' ') p += 2;
  r.diagnostic = smtpc_log_text(p, (size_t)(end - p));
  smtpc_log_reply(st, p, (size_t)(end - p), &r);
  if (r.reply_esc.klass) r.status = r.reply_esc;
  smtpc_scan_put(out, &r);
  return 0;
}

int smtpc_log_exim(smtpc_log_state *st, const smtpc_log_fields *f, smtpc_scan_out *out)
{
  const char *s = f->msg, *at;
  size_t n = f->len, k;
  smtpc_text id = smtpc_log_text(NULL, 0);
  smtpc_logq *q;
  if (n > 2 && s[0] == '[') { /* [pid] */
    const char *c = memchr(s, ']', n);
    if (c && (size_t)(c - s) + 2 <= n) {
      n -= (size_t)(c - s) + 2;
      s = c + 2;
    }
  }
  if ((at = SMTPC_LOG_FIND(s, n, "rejected RCPT <")) != NULL) return rejected(st, f, id, s, n, at, out);
  k = message_id(s, n);
  if (k == 0) return 0;
  id = smtpc_log_text(s, k);
  s += k + 1;
  n -= k + 1;
  if (n >= 4 && s[2] == ' ' &&
      ((s[0] == '=' && s[1] == '>') || (s[0] == '-' && s[1] == '>') || (s[0] == '*' && s[1] == '*') ||
       (s[0] == '=' && s[1] == '=')))
    return delivery(st, f, id, s, n, 0, out);
  if (n >= 4 && s[0] == '<' && s[1] == '=' && s[2] == ' ') {
    const char *sp = memchr(s + 3, ' ', n - 3);
    smtpc_text mid = field(s, n, " id=");
    if ((q = smtpc_log_queue(st)) == NULL) return -1;
    smtpc_logq_set_sender(q, id, smtpc_log_unbracket(s + 3, (size_t)((sp ? sp : s + n) - s) - 3));
    if (mid.len) smtpc_logq_set_message_id(q, id, smtpc_log_unbracket(mid.ptr, mid.len));
    return 0;
  }
  if (n == 9 && memcmp(s, "Completed", 9) == 0 && st->q) smtpc_logq_drop(st->q, id);
  return 0;
}
