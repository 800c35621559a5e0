/*
 * log_sendmail.c: Sendmail's log lines (sendmail 8; the fields are those of
 * its "Logging" documentation, op.me section 2.2).
 *
 *   QID: from=<s>, size=N, class=0, nrcpts=1, msgid=<m>, proto=ESMTP, ...  the sender, joined
 *   QID: to=<a>[,<b>...], ctladdr=..., delay=..., mailer=esmtp, pri=...,
 *        relay=mx.example.com. [192.0.2.1], dsn=5.1.1, stat=User unknown
 *        one result per address; stat "Sent (...)" -> delivered, "Deferred..." ->
 *        delayed, anything else -> failed (the dsn class decides when it says 2 or 4);
 *        "queued" is no delivery attempt and gives nothing.  A reply quoted in stat
 *        ("Deferred: 451 4.7.1 ...") or in a "reply=" field is the remote reply.
 *   QID: ruleset=check_rcpt, arg1=<r>, relay=c [ip], reject=550 5.7.1 <r>... Relaying denied
 *        this server's own refusal of a client: failed (delayed for 4xx).
 */
#include <string.h>

#include "log_internal.h"

static const char SOURCE[] = "sendmail-log";

static int is_lower(char c) { return c >= 'a' && c <= 'z'; }

/* The end of the value starting at s[v]: the next ", key=" (or the end). */
static size_t value_end(const char *s, size_t n, size_t v)
{
  size_t i = v;
  while (i < n) {
    const char *c = memchr(s + i, ',', n - i);
    size_t k;
    if (c == NULL) return n;
    i = (size_t)(c - s);
    k = i + 1;
    if (k < n && s[k] == ' ') {
      k++;
      while (k < n && (is_lower(s[k]) || s[k] == '_' || (s[k] >= '0' && s[k] <= '9'))) k++;
      if (k < n && s[k] == '=' && k > i + 2) return i;
    }
    i++;
  }
  return n;
}

/* The value of "key=" in the field list s[0..n) (key at the start or after ", "). */
static smtpc_text value(const char *s, size_t n, const char *key)
{
  size_t k = strlen(key), i = 0;
  while (i + k <= n) {
    if (memcmp(s + i, key, k) == 0 && (i == 0 || (i >= 2 && s[i - 2] == ',' && s[i - 1] == ' '))) {
      size_t e = value_end(s, n, i + k);
      if (k == 5 && memcmp(key, "stat=", 5) == 0) e = n; /* stat is last and may hold ", x=" */
      return smtpc_log_text(s + i + k, e - i - k);
    }
    i = value_end(s, n, i);
    if (i >= n) break;
    i += 2;
  }
  return smtpc_log_text(NULL, 0);
}

/* "mx.example.com. [192.0.2.1]" -> "mx.example.com"; "[192.0.2.1] [192.0.2.1]" -> "[192.0.2.1]". */
static smtpc_text relay_host(smtpc_text relay)
{
  const char *sp = relay.len ? memchr(relay.ptr, ' ', relay.len) : NULL;
  size_t n = sp ? (size_t)(sp - relay.ptr) : relay.len;
  if (sp == NULL && (n == 0 || memchr(relay.ptr, '.', n) == NULL)) return smtpc_log_text(NULL, 0);
  while (n && relay.ptr[n - 1] == '.') n--;
  return smtpc_log_text(relay.ptr, n);
}

/* The delivery the stat and dsn fields say; 0 when it was no attempt ("queued"). */
static int read_stat(smtpc_log_state *st, smtpc_text stat, smtpc_scan_result *r)
{
  const char *s = stat.ptr;
  size_t n = stat.len, k;
  if (SMTPC_LOG_STARTS(s, n, "Sent")) {
    r->delivery = SMTPC_DELIVERY_DELIVERED;
    return 1;
  }
  if (n == 6 && memcmp(s, "queued", 6) == 0) return 0;
  if (SMTPC_LOG_STARTS(s, n, "Deferred")) {
    r->delivery = SMTPC_DELIVERY_DELAYED;
    k = SMTPC_LOG_STARTS(s, n, "Deferred: ") ? 10 : 8;
  } else {
    r->delivery = r->status.klass == 2   ? SMTPC_DELIVERY_DELIVERED
                  : r->status.klass == 4 ? SMTPC_DELIVERY_DELAYED
                                         : SMTPC_DELIVERY_FAILED;
    k = 0;
  }
  if (r->reply_code == 0 && k < n) smtpc_log_reply(st, s + k, n - k, r);
  return 1;
}

/*
 * Keeps address a of the "to=" line s[0..n) as deferred: the line as if it
 * named a alone ("to=<a>, delay=..."), so that each address comes back on
 * its own when the message times out.
 */
static void defer(smtpc_logq *q, smtpc_text id, smtpc_text a, smtpc_text to, const char *s, size_t n)
{
  char line[SMTPC_LOGQ_PEND_MAX];
  size_t rest = (size_t)(s + n - (to.ptr + to.len)), k;
  if (a.len + 5 > sizeof line) return;
  if (rest > sizeof line - a.len - 5) rest = sizeof line - a.len - 5;
  memcpy(line, "to=<", 4);
  k = 4;
  memcpy(line + k, a.ptr, a.len);
  k += a.len;
  line[k++] = '>';
  memcpy(line + k, to.ptr + to.len, rest);
  smtpc_logq_defer(q, id, a, smtpc_log_text(line, k + rest));
}

/*
 * A "to=" line s[0..n): one result per address.  Deferred addresses are kept
 * in the join table until they are delivered or fail; expired: a line taken
 * back from the table when Sendmail gave the message up: its address fails.
 */
static int deliveries(smtpc_log_state *st, const smtpc_log_fields *f, smtpc_text id, const char *s,
                      size_t n, int expired, smtpc_scan_out *out)
{
  smtpc_text to = value(s, n, "to="), stat = value(s, n, "stat="), reply = value(s, n, "reply=");
  smtpc_text dsn = value(s, n, "dsn="), orig = value(s, n, "orig_rcpt=");
  size_t i = 0;
  smtpc_logq *q = NULL;
  if (to.len == 0 || stat.len == 0) return 0;
  if (id.len && !expired && (q = smtpc_log_queue(st)) == NULL) return -1;
  while (i < to.len && !out->stopped) { /* to=<a>,<b>: one result each */
    const char *c = memchr(to.ptr + i, ',', to.len - i);
    size_t e = c ? (size_t)(c - to.ptr) : to.len;
    smtpc_scan_result r;
    smtpc_log_result(&r, f, id, SOURCE);
    r.recipient = smtpc_log_unbracket(to.ptr + i, e - i);
    r.original_recipient = smtpc_log_unbracket(orig.ptr, orig.len);
    r.remote_mta = relay_host(value(s, n, "relay="));
    if (dsn.len) smtpc_esc_match(dsn.ptr, dsn.len, 0, &r.status);
    if (reply.len) smtpc_log_reply(st, reply.ptr, reply.len, &r);
    r.diagnostic = stat;
    i = e + 1;
    if (r.recipient.len == 0 || !read_stat(st, stat, &r)) continue;
    if (expired) r.delivery = SMTPC_DELIVERY_FAILED;
    else if (q && r.delivery == SMTPC_DELIVERY_DELAYED) defer(q, id, r.recipient, to, s, n);
    else if (q) smtpc_logq_settle(q, id, r.recipient);
    smtpc_log_join(st, id, &r);
    smtpc_scan_put(out, &r);
  }
  return 0;
}

/*
 * "QID: <a@b>... text": Sendmail refused an address while it received the
 * message (a mailertable "error:" route, an unknown local user); the message
 * has no "to=" line for it.  Kept until the message's "from=" line, which
 * ends its envelope, then reported as failed.  A later "to=" line of the
 * same address (a delivery that failed and was logged both ways) settles it.
 */
static int refused_address(smtpc_log_state *st, smtpc_text id, const char *s, size_t n)
{
  const char *dots = SMTPC_LOG_FIND(s, n, "... ");
  smtpc_logq *q;
  size_t k = dots ? (size_t)(dots - s) : 0;
  if (k == 0 || memchr(s, ' ', k) != NULL || memchr(s, '@', k) == NULL) return 0; /* one address, no blank */
  if ((q = smtpc_log_queue(st)) == NULL) return -1;
  smtpc_logq_defer(q, id, smtpc_log_unbracket(s, (size_t)(dots - s)), smtpc_log_text(s, n));
  return 0;
}

/* The refusals refused_address kept for id, now that its envelope is complete. */
static int report_refused(smtpc_log_state *st, const smtpc_log_fields *f, smtpc_text id, smtpc_scan_out *out)
{
  smtpc_logq *q = smtpc_log_queue(st);
  size_t k;
  if (q == NULL) return -1;
  while (!out->stopped && (k = smtpc_logq_take_deferred(q, id, st->pend, sizeof st->pend)) != 0) {
    const char *dots = SMTPC_LOG_FIND(st->pend, k, "... ");
    smtpc_scan_result r;
    if (dots == NULL) continue;
    smtpc_log_result(&r, f, id, SOURCE);
    r.recipient = smtpc_log_unbracket(st->pend, (size_t)(dots - st->pend));
    r.diagnostic = smtpc_log_text(dots + 4, (size_t)(st->pend + k - dots - 4));
    r.delivery = SMTPC_DELIVERY_FAILED;
    if (smtpc_log_reply(st, r.diagnostic.ptr, r.diagnostic.len, &r) && r.reply_esc.klass) r.status = r.reply_esc;
    smtpc_log_join(st, id, &r);
    smtpc_scan_put(out, &r);
  }
  return 0;
}

static int rejected(smtpc_log_state *st, const smtpc_log_fields *f, smtpc_text id, const char *s,
                    size_t n, smtpc_scan_out *out)
{
  smtpc_scan_result r;
  smtpc_text rule = value(s, n, "ruleset="), arg = value(s, n, "arg1="), text = value(s, n, "reject=");
  smtpc_log_result(&r, f, id, SOURCE);
  if (text.len == 0 || !SMTPC_LOG_STARTS(rule.ptr, rule.len, "check_rcpt")) return 0;
  r.recipient = smtpc_log_unbracket(arg.ptr, arg.len);
  if (r.recipient.len == 0 || !smtpc_log_reply(st, text.ptr, text.len, &r)) return 0;
  r.command = SMTPC_CMD_RCPT;
  r.status = r.reply_esc;
  r.diagnostic = text;
  r.delivery = r.reply_code / 100 == 4 ? SMTPC_DELIVERY_DELAYED : SMTPC_DELIVERY_FAILED;
  smtpc_log_join(st, id, &r);
  smtpc_scan_put(out, &r);
  return 0;
}

/* The length of the queue id that starts s[0..n) as "QID: ", or 0. */
static size_t queue_id(const char *s, size_t n)
{
  size_t k = 0;
  while (k < n && k <= SMTPC_LOGQ_ID_MAX && smtpc_log_is_alnum(s[k])) k++;
  return k >= 5 && k < SMTPC_LOGQ_ID_MAX && k + 1 < n && s[k] == ':' && s[k + 1] == ' ' ? k : 0;
}

int smtpc_log_sendmail(smtpc_log_state *st, const smtpc_log_fields *f, smtpc_scan_out *out)
{
  const char *s = f->msg;
  size_t n = f->len, k = queue_id(s, n);
  smtpc_text id = smtpc_log_text(NULL, 0);
  if (k) {
    id = smtpc_log_text(s, k);
    s += k + 2;
    n -= k + 2;
  }
  if (SMTPC_LOG_STARTS(s, n, "to=")) return deliveries(st, f, id, s, n, 0, out);
  if (SMTPC_LOG_STARTS(s, n, "ruleset=")) return rejected(st, f, id, s, n, out);
  if (id.len == 0) return 0;
  if (SMTPC_LOG_STARTS(s, n, "from=")) {
    smtpc_logq *q = smtpc_log_queue(st);
    smtpc_text from = value(s, n, "from="), mid = value(s, n, "msgid=");
    if (q == NULL) return -1;
    smtpc_logq_set_sender(q, id, smtpc_log_unbracket(from.ptr, from.len));
    if (mid.len) smtpc_logq_set_message_id(q, id, smtpc_log_unbracket(mid.ptr, mid.len));
    return report_refused(st, f, id, out);
  }
  /* "QID: NEWQID: DSN: Cannot send message for ...": the bounce's own id, then the words */
  if ((k = queue_id(s, n)) != 0 && SMTPC_LOG_STARTS(s + k + 2, n - k - 2, "DSN: Cannot send message for "))
    return smtpc_log_expire(st, f, id, deliveries, out); /* (Timeout.queuereturn): each deferred address fails */
  return refused_address(st, id, s, n);
}
