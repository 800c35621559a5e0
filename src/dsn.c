/*
 * dsn.c: the fields of a delivery-status report, RFC 3464 section 2
 * (message/delivery-status) and RFC 6533 section 3 (its UTF-8 form,
 * message/global-delivery-status).  The per-message group comes first, then
 * one group per recipient, groups separated by blank lines.  Real reports
 * also run groups together or repeat the per-message fields, so a new
 * recipient group also starts where a recipient field repeats.
 */
#include <string.h>

#include "mail_internal.h"

/* "rfc822; bob@example.com" -> "bob@example.com" (RFC 3464 2.1.2: type ";" value). */
static smtpc_text typed_value(smtpc_text v, int *is_smtp)
{
  const char *semi = memchr(v.ptr, ';', v.len);
  smtpc_text t;
  if (is_smtp) *is_smtp = 0;
  if (semi == NULL) return v;
  t = smtpc_trim(smtpc_text_of(v.ptr, (size_t)(semi - v.ptr)));
  if (memchr(t.ptr, ' ', t.len) != NULL || t.len > 32) return v; /* a ';' of the text, not a type */
  if (is_smtp) *is_smtp = smtpc_ci_equal(t.ptr, t.len, "smtp", 4);
  return smtpc_trim(smtpc_text_of(semi + 1, v.len - (size_t)(semi + 1 - v.ptr)));
}

/* An address value without its angle brackets. */
static smtpc_text address(smtpc_text v)
{
  smtpc_text t = smtpc_trim(typed_value(v, NULL));
  smtpc_text a;
  if (t.len >= 2 && t.ptr[0] == '<' && memchr(t.ptr, '>', t.len)) {
    const char *gt = memchr(t.ptr, '>', t.len);
    return smtpc_trim(smtpc_text_of(t.ptr + 1, (size_t)(gt - t.ptr) - 1));
  }
  if (memchr(t.ptr, ' ', t.len) && smtpc_find_address(t.ptr, t.len, &a)) return a;
  return t;
}

#define IS(f, lit) smtpc_ci_equal((f).name.ptr, (f).name.len, lit, sizeof lit - 1)

static int is_recipient_field(const smtpc_field *f)
{
  return IS(*f, "Final-Recipient") || IS(*f, "Original-Recipient") || IS(*f, "Action") ||
         IS(*f, "Status") || IS(*f, "Remote-MTA") || IS(*f, "Diagnostic-Code") ||
         IS(*f, "Last-Attempt-Date") || IS(*f, "Will-Retry-Until") || IS(*f, "X-Actual-Recipient");
}

/* Whether field f, already set in the recipient being read, starts another recipient. */
static int starts_new(const smtpc_dsn_rcpt *r, const smtpc_field *f)
{
  if (IS(*f, "Final-Recipient")) return r->final_recipient.len > 0;
  if (IS(*f, "Original-Recipient")) return r->original_recipient.len > 0 || r->status.len > 0;
  if (IS(*f, "Action")) return r->action.len > 0;
  if (IS(*f, "Status")) return r->status.len > 0;
  return 0;
}

static void set_once(smtpc_text *dst, smtpc_text v)
{
  if (dst->len == 0) *dst = v;
}

size_t smtpc_dsn_read(const char *s, size_t n, smtpc_arena *a, smtpc_dsn_msg *msg,
                      smtpc_dsn_rcpt *rcpts, size_t cap)
{
  size_t pos = 0, count = 0;
  smtpc_dsn_rcpt cur;
  int open = 0; /* cur holds a recipient field */
  memset(&cur, 0, sizeof cur);
  while (pos < n) {
    size_t before = pos;
    smtpc_field f;
    smtpc_text line;
    /* a blank line ends a group */
    if (smtpc_line_next(s, n, &before, &line) && smtpc_trim(line).len == 0) {
      pos = before;
      if (open && cur.final_recipient.len + cur.original_recipient.len > 0) {
        if (count < cap) rcpts[count++] = cur;
        memset(&cur, 0, sizeof cur);
        open = 0;
      }
      continue;
    }
    /* one field: only up to the next blank line */
    {
      size_t end = pos, p2 = pos;
      smtpc_text l2;
      int first = 1;
      while (smtpc_line_next(s, n, &p2, &l2)) {
        if (!first && (smtpc_trim(l2).len == 0 || (l2.ptr[0] != ' ' && l2.ptr[0] != '\t'))) break;
        first = 0;
        end = p2;
      }
      if (!smtpc_hdr_next(s, end, &pos, &f)) {
        pos = end;
        continue;
      }
      pos = end;
    }
    if (is_recipient_field(&f)) {
      if (open && starts_new(&cur, &f) && cur.final_recipient.len + cur.original_recipient.len > 0) {
        if (count < cap) rcpts[count++] = cur;
        memset(&cur, 0, sizeof cur);
      }
      open = 1;
      if (IS(f, "Final-Recipient")) cur.final_recipient = address(f.value);
      else if (IS(f, "X-Actual-Recipient")) set_once(&cur.final_recipient, address(f.value));
      else if (IS(f, "Original-Recipient")) cur.original_recipient = address(f.value);
      else if (IS(f, "Action")) cur.action = smtpc_trim(f.value);
      else if (IS(f, "Status")) cur.status = smtpc_trim(f.value);
      else if (IS(f, "Remote-MTA")) cur.remote_mta = typed_value(smtpc_unfold(a, f.value.ptr, f.value.len), NULL);
      else if (IS(f, "Last-Attempt-Date")) cur.last_attempt = smtpc_unfold(a, f.value.ptr, f.value.len);
      else if (IS(f, "Will-Retry-Until")) cur.will_retry = smtpc_unfold(a, f.value.ptr, f.value.len);
      else if (IS(f, "Diagnostic-Code"))
        cur.diagnostic = typed_value(smtpc_unfold(a, f.value.ptr, f.value.len), &cur.diagnostic_smtp);
    } else if (IS(f, "Reporting-MTA")) {
      set_once(&msg->reporting_mta, typed_value(smtpc_trim(f.value), NULL));
    } else if (IS(f, "Arrival-Date")) {
      set_once(&msg->arrival_date, smtpc_unfold(a, f.value.ptr, f.value.len));
    } else if (IS(f, "X-Postfix-Queue-ID") || IS(f, "X-Queue-ID")) {
      set_once(&msg->queue_id, smtpc_trim(f.value));
    } else if (IS(f, "X-Postfix-Sender") || IS(f, "X-Original-Sender")) {
      set_once(&msg->sender, address(f.value));
    }
  }
  if (open && cur.final_recipient.len + cur.original_recipient.len > 0 && count < cap) rcpts[count++] = cur;
  return count;
}

smtpc_delivery smtpc_dsn_delivery(smtpc_text action)
{
  /* RFC 3464 2.3.3: failed, delayed, delivered, relayed, expanded */
  static const struct {
    const char *word;
    smtpc_delivery d;
  } words[] = {{"failed", SMTPC_DELIVERY_FAILED},       {"delayed", SMTPC_DELIVERY_DELAYED},
               {"delivered", SMTPC_DELIVERY_DELIVERED}, {"relayed", SMTPC_DELIVERY_RELAYED},
               {"expanded", SMTPC_DELIVERY_EXPANDED},   {"failure", SMTPC_DELIVERY_FAILED},
               {"expired", SMTPC_DELIVERY_FAILED}, /* SendGrid: gave up after retrying */
               {"deliverable", SMTPC_DELIVERY_DELIVERED}};
  size_t i;
  smtpc_text t = smtpc_trim(action);
  for (i = 0; i < sizeof words / sizeof words[0]; i++)
    if (smtpc_ci_prefix(t.ptr, t.len, words[i].word, strlen(words[i].word))) return words[i].d;
  return SMTPC_DELIVERY_UNKNOWN;
}

smtpc_esc smtpc_dsn_status(smtpc_text status)
{
  smtpc_esc e;
  smtpc_text t = smtpc_trim(status);
  memset(&e, 0, sizeof e);
  if (t.len == 0 || smtpc_esc_match(t.ptr, t.len, 0, &e) == 0) {
    smtpc_span at;
    if (!smtpc_esc_find(t.ptr, t.len, &e, &at)) memset(&e, 0, sizeof e);
  }
  return e;
}
