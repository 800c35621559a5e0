/*
 * ses_json.c: Amazon SES event notifications, the JSON objects Amazon
 * documents in "Contents of notifications for Amazon SES" (Amazon SES
 * Developer Guide): notificationType "Bounce" with bounce.bouncedRecipients
 * [{emailAddress, action, status, diagnosticCode}], "Delivery" with
 * delivery.recipients and delivery.smtpResponse, "Complaint" with
 * complaint.complainedRecipients and complaintFeedbackType.  Sent by mail
 * either as the body itself or wrapped in an Amazon SNS notification, whose
 * "Message" holds the same object as an escaped JSON string; one level of
 * escaping is removed first.  Only these keys are read; anything else in the
 * text is skipped, so broken JSON gives what can be read.
 */
#include <string.h>

#include "mail_internal.h"

/* The text with one level of JSON string escaping (\" and \\) removed, in the arena. */
static smtpc_text unescape(smtpc_text t, smtpc_arena *a)
{
  char *d = smtpc_arena_take(a, t.len);
  size_t i, k = 0;
  if (d == NULL) return t;
  for (i = 0; i < t.len; i++) {
    if (t.ptr[i] == '\\' && i + 1 < t.len && (t.ptr[i + 1] == '"' || t.ptr[i + 1] == '\\')) i++;
    d[k++] = t.ptr[i];
  }
  a->len -= t.len - k;
  return smtpc_text_of(d, k);
}

/* After "key": the offset of its value (blanks and ':' skipped), or SMTPC_NOT_FOUND. */
static size_t value_at(smtpc_text t, const char *key)
{
  char pat[48];
  size_t n = strlen(key), at;
  if (n + 3 > sizeof pat) return SMTPC_NOT_FOUND;
  pat[0] = '"';
  memcpy(pat + 1, key, n);
  pat[n + 1] = '"';
  at = smtpc_ci_find(t.ptr, t.len, pat, n + 2);
  if (at == SMTPC_NOT_FOUND) return at;
  at += n + 2;
  while (at < t.len && (t.ptr[at] == ' ' || t.ptr[at] == ':' || t.ptr[at] == '\t' || t.ptr[at] == '\r' ||
                        t.ptr[at] == '\n'))
    at++;
  return at < t.len ? at : SMTPC_NOT_FOUND;
}

/* The string value of key in t, len 0 when absent or not a string. */
static smtpc_text string_value(smtpc_text t, const char *key)
{
  size_t at = value_at(t, key), e;
  if (at == SMTPC_NOT_FOUND || t.ptr[at] != '"') return smtpc_text_of(t.ptr, 0);
  for (e = at + 1; e < t.len && t.ptr[e] != '"'; e++)
    if (t.ptr[e] == '\\') e++;
  if (e > t.len) e = t.len;
  return smtpc_text_of(t.ptr + at + 1, e - at - 1);
}

/* The offset of the bracket that closes the one at t[i] ('{' or '['), strings skipped; t.len if none. */
static size_t match_close(smtpc_text t, size_t i)
{
  size_t depth = 0;
  int in_str = 0;
  for (; i < t.len; i++) {
    char c = t.ptr[i];
    if (in_str) {
      if (c == '\\') i++;
      else if (c == '"') in_str = 0;
    } else if (c == '"') {
      in_str = 1;
    } else if (c == '[' || c == '{') {
      depth++;
    } else if ((c == ']' || c == '}') && --depth == 0) {
      return i;
    }
  }
  return t.len;
}

/* The array value of key: from after '[' to its ']' (or the end), len 0 when absent. */
static smtpc_text array_value(smtpc_text t, const char *key)
{
  size_t at = value_at(t, key);
  if (at == SMTPC_NOT_FOUND || t.ptr[at] != '[') return smtpc_text_of(t.ptr, 0);
  return smtpc_text_of(t.ptr + at + 1, match_close(t, at) - at - 1);
}

/* The next element of an array (an object {...}, or a string "...": *is_string): from *pos; 0 at the end. */
static int next_element(smtpc_text arr, size_t *pos, smtpc_text *el, int *is_string)
{
  size_t i = *pos, b;
  while (i < arr.len && arr.ptr[i] != '{' && arr.ptr[i] != '"') i++;
  if (i >= arr.len) return 0;
  b = i;
  *is_string = arr.ptr[i] == '"';
  if (*is_string) {
    for (i++; i < arr.len && arr.ptr[i] != '"'; i++)
      if (arr.ptr[i] == '\\') i++;
    if (i > arr.len) i = arr.len;
    *el = smtpc_text_of(arr.ptr + b + 1, i - b - 1);
    *pos = i + 1;
    return 1;
  }
  i = match_close(arr, b);
  *el = smtpc_text_of(arr.ptr + b, i - b);
  *pos = i + 1;
  return 1;
}

size_t smtpc_ses_json_read(smtpc_text body, smtpc_arena *a, smtpc_ses_rcpt *rcpts, size_t cap)
{
  static const char marker[] = "notificationType";
  smtpc_text t, type, list, el, common;
  size_t n = 0, pos = 0;
  smtpc_ses_kind kind;
  int is_string = 0;
  if (cap == 0 || smtpc_ci_find(body.ptr, body.len, marker, sizeof marker - 1) == SMTPC_NOT_FOUND) return 0;
  t = unescape(body, a);
  type = string_value(t, "notificationType");
  if (smtpc_ci_equal(type.ptr, type.len, "Bounce", 6)) {
    kind = SMTPC_SES_BOUNCE;
    list = array_value(t, "bouncedRecipients");
  } else if (smtpc_ci_equal(type.ptr, type.len, "Delivery", 8)) {
    kind = SMTPC_SES_DELIVERY;
    list = array_value(t, "recipients");
  } else if (smtpc_ci_equal(type.ptr, type.len, "Complaint", 9)) {
    kind = SMTPC_SES_COMPLAINT;
    list = array_value(t, "complainedRecipients");
  } else {
    return 0;
  }
  common = t; /* fields the whole notification shares */
  while (n < cap && next_element(list, &pos, &el, &is_string)) {
    smtpc_ses_rcpt *r = &rcpts[n];
    memset(r, 0, sizeof *r);
    r->kind = kind;
    if (is_string) { /* delivery.recipients: addresses; the reply is the notification's */
      r->recipient = el;
      r->diagnostic = string_value(common, "smtpResponse");
      r->reporting_mta = string_value(common, "reportingMTA");
    } else {
      r->recipient = string_value(el, "emailAddress");
      r->action = string_value(el, "action");
      r->status = string_value(el, "status");
      r->diagnostic = string_value(el, "diagnosticCode");
      r->reporting_mta = string_value(common, "reportingMTA");
      r->feedback_type = string_value(common, "complaintFeedbackType");
      r->bounce_type = string_value(common, "bounceType");
    }
    if (r->recipient.len) n++;
  }
  return n;
}
