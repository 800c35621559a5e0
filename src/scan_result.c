/*
 * scan_result.c: the one place that turns what a reader found into the
 * common result: it picks the best evidence (the remote reply, else the
 * delivery status and the diagnostic text), classifies it, and emits it.
 */
#include <string.h>

#include "scan_internal.h"

/* The classification with another reason, and the action that reason advises. */
static void reclassify(smtpc_scan_result *r, smtpc_reason reason)
{
  r->cls.reason = reason;
  r->cls.action = smtpc_advise(r->cls.verdict, reason, &r->cls.retry_after, &r->cls.give_up_after);
}

/* A generic code (X.0.0) says less than a specific one of the same class. */
static int esc_specific(const smtpc_esc *e) { return e->klass && (e->subject || e->detail); }

/* smtpc_scan_classify with the marker index c and the memo m (the scanner's own; m may be NULL). */
static void classify_with(const smtpc_classifier *c, smtpc_classify_memo *m, smtpc_scan_result *r)
{
  const smtpc_esc *esc = NULL;
  smtpc_esc implied = {0, 0, 0};
  const char *text = r->diagnostic.ptr;
  size_t len = r->diagnostic.len;
  int code = 0;
  if (r->reply_code || r->reply_esc.klass) {
    /* the remote server's own words; its enhanced code unless the status says more */
    code = r->reply_code;
    esc = r->reply_esc.klass ? &r->reply_esc : NULL;
    if (r->status.klass && esc_specific(&r->status) && (esc == NULL || !esc_specific(esc)) &&
        (code == 0 || code / 100 == r->status.klass))
      esc = &r->status;
    if (r->reply_text.len) {
      text = r->reply_text.ptr;
      len = r->reply_text.len;
    }
  } else if (r->status.klass) {
    esc = &r->status;
  } else if ((r->delivery == SMTPC_DELIVERY_FAILED || r->delivery == SMTPC_DELIVERY_DELAYED) &&
             smtpc_failure_find_with(c, text, len) == NULL) {
    /*
     * no code at all ("** a@b: Unrouteable address"): the report's own word
     * gives the class; a failure with no reply ("defer (111): Connection
     * refused") is read as such (src/data/failures.def)
     */
    implied.klass = r->delivery == SMTPC_DELIVERY_FAILED ? 5 : 4;
    esc = &implied;
  }
  smtpc_classify_memo_with(c, m, code, esc, text, len, &r->cls);
  /*
   * A short reply ("Rejected", "User unknown" with a bare code) may say less
   * than the whole diagnostic around it: when the reply gives no reason, the
   * diagnostic's text is read with the same codes.
   */
  if (r->cls.reason == SMTPC_REASON_UNKNOWN && text != r->diagnostic.ptr && r->diagnostic.len > len) {
    smtpc_classification wider;
    smtpc_classify_memo_with(c, m, code, esc, r->diagnostic.ptr, r->diagnostic.len, &wider);
    if (wider.reason != SMTPC_REASON_UNKNOWN) r->cls = wider;
  }
  /*
   * "No such user" in answer to DATA, with no addressing status (X.1.x,
   * RFC 3463 3.2) to back it: the server took the address at RCPT and
   * refused the message itself, which is its filter's decision about the
   * content (RFC 5321 3.3: recipients are accepted or refused at RCPT), not
   * proof that the mailbox is gone.  A provider's own marker for a missing
   * account ("dd This user doesn't have a yahoo.com account") is that proof,
   * whatever the command.
   */
  if ((r->command == SMTPC_CMD_DATA || r->command == SMTPC_CMD_DATA_END) && r->cls.verdict == SMTPC_VERDICT_PERMANENT &&
      r->cls.reason == SMTPC_REASON_USER_UNKNOWN && r->cls.source != SMTPC_FROM_PROVIDER &&
      r->status.subject != 1 && r->reply_esc.subject != 1)
    reclassify(r, SMTPC_REASON_POLICY);
  /*
   * A refusal in answer to MAIL FROM comes before any recipient is named
   * (RFC 5321 3.3): "does not exist" there is the server's verdict on the
   * sender's address or domain, never on the recipient's mailbox, as
   * "Sender address rejected: Domain not found" is.
   */
  if (r->command == SMTPC_CMD_MAIL && r->cls.verdict == SMTPC_VERDICT_PERMANENT &&
      (r->cls.reason == SMTPC_REASON_USER_UNKNOWN || r->cls.reason == SMTPC_REASON_MAILBOX_DISABLED ||
       r->cls.reason == SMTPC_REASON_DOMAIN_NOT_FOUND))
    reclassify(r, SMTPC_REASON_SENDER_AUTH);
  /*
   * A permanent refusal at the greeting or in answer to EHLO, with no reason
   * named ("550 Rejected"), comes before the client has named a sender or a
   * recipient (RFC 5321 3.1, 4.1.1.1): it is the server's rule about the
   * client itself, not about an address.
   */
  if ((r->command == SMTPC_CMD_CONNECT || r->command == SMTPC_CMD_EHLO) &&
      r->cls.verdict == SMTPC_VERDICT_PERMANENT && r->cls.reason == SMTPC_REASON_UNKNOWN)
    reclassify(r, SMTPC_REASON_POLICY);
  /*
   * A mailing list's refusal of a post carries no code: a Google Groups
   * notice ("the group you tried to contact may not exist, or you may not
   * have permission to post messages to the group", in the sender's
   * language), fml's "You are not a member of this mailing list".  It always
   * says the list refused the post, which is the list's policy, not a bad
   * mailbox.
   */
  if (r->cls.reason == SMTPC_REASON_UNKNOWN && r->cls.verdict == SMTPC_VERDICT_PERMANENT && r->source &&
      (strcmp(r->source, "google-groups") == 0 || strcmp(r->source, "fml") == 0)) {
    reclassify(r, SMTPC_REASON_POLICY);
    r->cls.source = SMTPC_FROM_TEXT;
  }
  if (r->kind == SMTPC_KIND_FEEDBACK || r->kind == SMTPC_KIND_AUTOREPLY) return;
  switch (r->delivery) {
  case SMTPC_DELIVERY_DELAYED:
    r->kind = SMTPC_KIND_DELAY;
    break;
  case SMTPC_DELIVERY_DELIVERED:
  case SMTPC_DELIVERY_RELAYED:
  case SMTPC_DELIVERY_EXPANDED:
    r->kind = SMTPC_KIND_DELIVERY;
    break;
  default:
    r->kind = SMTPC_KIND_BOUNCE;
    break;
  }
}

void smtpc_scan_classify(smtpc_scan_result *r)
{
  smtpc_classifier c;
  smtpc_classifier_init(&c);
  classify_with(&c, NULL, r);
}

int smtpc_scan_put(smtpc_scan_out *out, smtpc_scan_result *r)
{
  if (out->stopped) return 1;
  classify_with(out->classifier, out->memo, r);
  r->index = ++out->index;
  out->count++;
  if (out->emit && out->emit(out->ud, r)) out->stopped = 1;
  return out->stopped;
}

const char *smtpc_delivery_name(smtpc_delivery d)
{
  static const char *const names[] = {"unknown", "failed", "delayed", "delivered", "relayed", "expanded"};
  return (unsigned)d < SMTPC_DELIVERY_COUNT ? names[d] : NULL;
}

const char *smtpc_scan_kind_name(smtpc_scan_kind k)
{
  static const char *const names[] = {"bounce", "delay", "delivery", "feedback", "autoreply"};
  return (unsigned)k < SMTPC_KIND_COUNT ? names[k] : NULL;
}

const char *smtpc_command_name(smtpc_command c)
{
  static const char *const names[] = {"none", "CONNECT", "EHLO", "MAIL", "RCPT", "DATA", "DATA-END"};
  return (unsigned)c < SMTPC_CMD_COUNT ? names[c] : NULL;
}

const char *smtpc_scan_mode_name(smtpc_scan_mode m)
{
  static const char *const names[] = {"auto", "mail", "mbox", "log"};
  return (unsigned)m <= SMTPC_SCAN_LOG ? names[m] : NULL;
}
