/*
 * log_postfix.c: Postfix's log lines (Postfix 3.x, the shapes its smtp,
 * lmtp, local, virtual, pipe, error, qmgr, cleanup and smtpd daemons write;
 * docs/scanning.md lists each with an example).
 *
 *   QID: to=<r>, [orig_to=<o>,] relay=R, delay=D, delays=a/b/c/d, dsn=X.Y.Z, status=S (TEXT)
 *       one result; S sent -> delivered, bounced and expired -> failed,
 *       deferred and SOFTBOUNCE -> delayed (address probes, "deliverable" and
 *       "undeliverable", are not deliveries and give nothing).  TEXT holds the
 *       remote reply after "host H[ip] said: " or "refused to talk to me: ",
 *       or is the reply itself ("250 2.0.0 Ok: queued as X"), or Postfix's
 *       own words for a failure with no reply (connect, DNS, TLS, local).
 *   QID: from=<s>, size=N, nrcpt=N (queue active)      the sender, joined to later lines
 *   QID: from=<s>, status=expired, returned to sender  each recipient still deferred fails
 *   QID: message-id=<m>                                joined to later lines
 *   QID: removed                                       the id is forgotten
 *   NOQUEUE: reject: RCPT from c[ip]: 554 5.7.1 <r>: ...; from=<s> to=<r> proto=ESMTP helo=<h>
 *   QID: reject: header|body ... from c[ip]; from=<s> to=<r> proto=ESMTP helo=<h>: 5.7.1 text
 *   QID: milter-reject: END-OF-MESSAGE from c[ip]: 5.7.1 text; from=<s> to=<r> ...
 *       this server's own refusal of a client: failed (5xx) or delayed (4xx).
 */
#include <string.h>

#include "log_internal.h"

static const char SOURCE[] = "postfix-log";

/* A queue id (short "4F1A2B3C" or long "4Mx3Jw1bKqz9sW6") followed by ": "; its length or 0. */
static size_t queue_id(const char *s, size_t n)
{
  size_t i = 0, m = n <= SMTPC_LOGQ_ID_MAX ? n : SMTPC_LOGQ_ID_MAX + 1;
  while (i < m && smtpc_log_is_alnum(s[i])) i++;
  return i >= 5 && i <= SMTPC_LOGQ_ID_MAX && i + 1 < n && s[i] == ':' && s[i + 1] == ' ' ? i : 0;
}

/* The first byte c in [p, end), or NULL: memchr for the few bytes of a field's name or value, where a
   call costs more than the loop. */
static const char *byte_in(const char *p, const char *end, char c)
{
  for (; p < end; p++)
    if (*p == c) return p;
  return NULL;
}

/* The address of "<a>" at s (up to the '>' before ", " or the end); sets *end past it. */
static smtpc_text address(const char *s, size_t n, size_t *end)
{
  const char *close = memchr(s, '>', n), *last = s + n;
  size_t e;
  while (close && !(last - close >= 3 && close[1] == ',' && close[2] == ' ')) /* the first ">, " */
    close = memchr(close + 1, '>', (size_t)(last - close - 1));
  if (close == NULL) close = n && s[n - 1] == '>' ? s + n - 1 : NULL;
  e = close ? (size_t)(close - s) + 1 : n;
  *end = e;
  return smtpc_log_unbracket(s, e);
}

/* The host name of "host H[ip]..." or "H[ip]:port" at s (NULL when there is no bracket). */
static smtpc_text host_name(const char *s, size_t n)
{
  const char *b = memchr(s, '[', n);
  if (SMTPC_LOG_STARTS(s, n, "host ")) s += 5, n -= 5, b = memchr(s, '[', n);
  return b ? smtpc_log_text(s, (size_t)(b - s)) : smtpc_log_text(NULL, 0);
}

#define SAID " said"
#define REFUSED " refused to talk to me"

/*
 * The first " said: " in t[0..n), else the first " refused to talk to me: "
 * (*refused set), else NULL: one pass over the ": " both end with.
 */
static const char *said_at(const char *t, size_t n, int *refused)
{
  const char *p = t, *end = t + n, *refuse = NULL;
  while ((p = memchr(p, ':', (size_t)(end - p))) != NULL) {
    if (end - p >= 2 && p[1] == ' ') {
      if ((size_t)(p - t) >= sizeof SAID - 1 && memcmp(p - (sizeof SAID - 1), SAID, sizeof SAID - 1) == 0) {
        *refused = 0;
        return p - (sizeof SAID - 1);
      }
      if (refuse == NULL && (size_t)(p - t) >= sizeof REFUSED - 1 &&
          memcmp(p - (sizeof REFUSED - 1), REFUSED, sizeof REFUSED - 1) == 0)
        refuse = p - (sizeof REFUSED - 1);
    }
    p++;
  }
  *refused = refuse != NULL;
  return refuse;
}

/* The parenthesis text of a delivery: reply, remote host and command. */
static void read_text(smtpc_log_state *st, const char *t, size_t n, smtpc_scan_result *r)
{
  const char *tail = SMTPC_LOG_FIND(t, n, " (in reply to ");
  const char *reply = NULL, *w;
  size_t reply_end = tail ? (size_t)(tail - t) : n;
  if (n && t[0] >= '2' && t[0] <= '5') {
    reply = t; /* "250 2.0.0 Ok: queued as X": the reply itself */
  } else {
    int refused;
    const char *at = said_at(t, n, &refused);
    if (at) {
      const char *host = SMTPC_LOG_FIND(t, (size_t)(at - t), "host ");
      if (host) r->remote_mta = host_name(host, (size_t)(at - host));
      reply = at + (refused ? sizeof REFUSED : sizeof SAID) + 1; /* past ": " */
      if (refused) r->command = SMTPC_CMD_CONNECT;
    }
  }
  if (reply && reply < t + reply_end) smtpc_log_reply(st, reply, (size_t)(t + reply_end - reply), r);
  if (tail) {
    r->command = smtpc_log_command(tail + 14, n - reply_end - 14);
  } else if ((w = SMTPC_LOG_FIND(t, n, " while ")) != NULL) {
    const char *p = w + 7;
    size_t k = (size_t)(t + n - p), j;
    static const char *const verbs[] = {"sending ", "receiving ", "performing "};
    for (j = 0; j < 3; j++)
      if (smtpc_log_starts(p, k, verbs[j])) {
        size_t v = strlen(verbs[j]);
        r->command = smtpc_log_command(p + v, k - v);
      }
  }
}

static smtpc_delivery delivery_of(const char *s, size_t n, int *known)
{
#define WORD(w, d) {w, sizeof w - 1, d}
  static const struct {
    const char *word;
    size_t len;
    smtpc_delivery d;
  } words[] = {WORD("sent", SMTPC_DELIVERY_DELIVERED), WORD("bounced", SMTPC_DELIVERY_FAILED),
               WORD("deferred", SMTPC_DELIVERY_DELAYED), WORD("expired", SMTPC_DELIVERY_FAILED),
               WORD("SOFTBOUNCE", SMTPC_DELIVERY_DELAYED)};
#undef WORD
  size_t i;
  for (i = 0; i < sizeof words / sizeof words[0]; i++)
    if (words[i].len == n && memcmp(words[i].word, s, n) == 0) {
      *known = 1;
      return words[i].d;
    }
  *known = 0;
  return SMTPC_DELIVERY_UNKNOWN;
}

/*
 * A delivery line's fields s[0..n) (from "to=<").  expired: a deferral taken
 * back from the table because its message expired: it fails now.
 */
static int delivery(smtpc_log_state *st, const smtpc_log_fields *f, smtpc_text id, const char *s,
                    size_t n, int expired, smtpc_scan_out *out)
{
  smtpc_scan_result r;
  size_t i = 0;
  int known = 0;
  smtpc_log_result(&r, f, id, SOURCE);
  while (i < n) {
    const char *eq = byte_in(s + i, s + n, '='), *comma;
    size_t k = eq ? (size_t)(eq - s) - i : 0, v, e;
    if (eq == NULL) break;
    v = (size_t)(eq - s) + 1;
    if (k == 6 && memcmp(s + i, "status", 6) == 0) {
      const char *sp = memchr(s + v, ' ', n - v);
      e = sp ? (size_t)(sp - s) : n;
      r.delivery = delivery_of(s + v, e - v, &known);
      if (sp && e + 1 < n && s[e + 1] == '(') {
        size_t tb = e + 2, te = n;
        if (te > tb && s[te - 1] == ')') te--;
        r.diagnostic = smtpc_log_text(s + tb, te - tb);
        read_text(st, s + tb, te - tb, &r);
      }
      break;
    }
    if ((k == 2 && memcmp(s + i, "to", 2) == 0) || (k == 7 && memcmp(s + i, "orig_to", 7) == 0)) {
      smtpc_text a = address(s + v, n - v, &e);
      if (k == 2) r.recipient = a;
      else r.original_recipient = a;
      e += v;
    } else {
      for (comma = byte_in(s + v, s + n, ','); comma && comma + 1 < s + n && comma[1] != ' ';)
        comma = byte_in(comma + 1, s + n, ',');
      e = comma && comma + 1 < s + n ? (size_t)(comma - s) : n;
      if (k == 5 && memcmp(s + i, "relay", 5) == 0 && r.remote_mta.len == 0)
        r.remote_mta = host_name(s + v, e - v);
      else if (k == 3 && memcmp(s + i, "dsn", 3) == 0)
        smtpc_esc_match(s, e, v, &r.status);
    }
    i = e < n && s[e] == ',' ? e + 2 : e;
  }
  if (!known || r.recipient.len == 0) return 0;
  if (expired) {
    r.delivery = SMTPC_DELIVERY_FAILED;
  } else if (id.len) {
    smtpc_logq *q = smtpc_log_queue(st);
    if (q == NULL) return -1;
    if (r.delivery == SMTPC_DELIVERY_DELAYED) smtpc_logq_defer(q, id, r.recipient, smtpc_log_text(s, n));
    else smtpc_logq_settle(q, id, r.recipient);
  }
  smtpc_log_join(st, id, &r);
  smtpc_scan_put(out, &r);
  return 0;
}

/* "from=<s>, size=..." (the sender) or "from=<s>, status=expired, returned to sender". */
static int from_line(smtpc_log_state *st, const smtpc_log_fields *f, smtpc_text id, const char *s,
                     size_t n, smtpc_scan_out *out)
{
  size_t e;
  smtpc_text sender = address(s + 5, n - 5, &e);
  smtpc_logq *q = smtpc_log_queue(st);
  if (q == NULL) return -1;
  smtpc_logq_set_sender(q, id, sender);
  if (SMTPC_LOG_FIND(s, n, ", status=expired") == NULL) return 0;
  return smtpc_log_expire(st, f, id, delivery, out);
}

static smtpc_command reject_stage(const char *s, size_t n)
{
  if (SMTPC_LOG_STARTS(s, n, "END-OF-MESSAGE") || SMTPC_LOG_STARTS(s, n, "header ") ||
      SMTPC_LOG_STARTS(s, n, "body "))
    return SMTPC_CMD_DATA_END;
  if (SMTPC_LOG_STARTS(s, n, "CONNECT")) return SMTPC_CMD_CONNECT;
  return smtpc_log_command(s, n);
}

/* smtpd's, cleanup's and a milter's refusal: s[0..n) after "reject: " or "milter-reject: ". */
static int reject(smtpc_log_state *st, const smtpc_log_fields *f, smtpc_text id, const char *s,
                  size_t n, smtpc_scan_out *out)
{
  smtpc_scan_result r;
  const char *env = NULL, *p, *to, *text = NULL;
  size_t e, text_len = 0;
  int klass;
  for (p = s; (p = SMTPC_LOG_FIND(p, (size_t)(s + n - p), "; from=<")) != NULL; p++) env = p;
  if (env == NULL) return 0;
  to = SMTPC_LOG_FIND(env, (size_t)(s + n - env), " to=<");
  if (to == NULL) return 0; /* refused before any recipient: no recipient to report */
  smtpc_log_result(&r, f, id, SOURCE);
  r.command = reject_stage(s, n);
  e = (size_t)(s + n - to - 4);
  p = memchr(to + 4, '>', e);
  r.recipient = smtpc_log_unbracket(to + 4, p ? (size_t)(p - to - 4) : e);
  if ((e = (size_t)(to - env)) > 8) {
    const char *close = memchr(env + 8, '>', e - 8);
    r.sender = smtpc_log_unbracket(env + 8, close ? (size_t)(close - env - 8) : e - 8);
  }
  if ((p = SMTPC_LOG_FIND(s, (size_t)(env - s), "]: ")) != NULL) { /* "STAGE from c[ip]: text; from=<" */
    text = p + 3;
    text_len = (size_t)(env - text);
  } else if ((p = SMTPC_LOG_FIND(env, (size_t)(s + n - env), ">: ")) != NULL) { /* "...helo=<h>: text" */
    text = p + 3;
    text_len = (size_t)(s + n - text);
  }
  if (text == NULL) return 0;
  r.diagnostic = smtpc_log_text(text, text_len);
  if (!smtpc_log_reply(st, text, text_len, &r) && smtpc_esc_match(text, text_len, 0, &r.reply_esc)) {
    size_t k = smtpc_esc_match(text, text_len, 0, NULL);
    while (k < text_len && text[k] == ' ') k++;
    r.reply_text = smtpc_log_text(text + k, text_len - k);
  }
  r.status = r.reply_esc;
  klass = r.reply_code ? r.reply_code / 100 : r.reply_esc.klass;
  if (klass == 0) return 0;
  r.delivery = klass == 4 ? SMTPC_DELIVERY_DELAYED : SMTPC_DELIVERY_FAILED;
  smtpc_log_join(st, id, &r);
  smtpc_scan_put(out, &r);
  return 0;
}

int smtpc_log_postfix(smtpc_log_state *st, const smtpc_log_fields *f, smtpc_scan_out *out)
{
  const char *s = f->msg;
  size_t n = f->len, k;
  smtpc_text id = smtpc_log_text(NULL, 0);
  if (SMTPC_LOG_STARTS(s, n, "NOQUEUE: ")) {
    k = 7;
  } else {
    k = queue_id(s, n);
    if (k == 0) return 0;
    id = smtpc_log_text(s, k);
  }
  s += k + 2;
  n -= k + 2;
  if (SMTPC_LOG_STARTS(s, n, "to=<")) return delivery(st, f, id, s, n, 0, out);
  if (SMTPC_LOG_STARTS(s, n, "reject: ")) return reject(st, f, id, s + 8, n - 8, out);
  if (SMTPC_LOG_STARTS(s, n, "milter-reject: ")) return reject(st, f, id, s + 15, n - 15, out);
  if (id.len == 0) return 0;
  if (SMTPC_LOG_STARTS(s, n, "from=<")) return from_line(st, f, id, s, n, out);
  if (SMTPC_LOG_STARTS(s, n, "message-id=")) {
    smtpc_logq *q = smtpc_log_queue(st);
    if (q == NULL) return -1;
    return smtpc_logq_set_message_id(q, id, smtpc_log_unbracket(s + 11, n - 11));
  }
  if (n == 7 && memcmp(s, "removed", 7) == 0 && st->q) smtpc_logq_drop(st->q, id);
  return 0;
}
