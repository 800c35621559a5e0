/*
 * scan_json.c: one scan result as one JSON object, keys always present and
 * always in the same order (null where a field is absent), so records can
 * be diffed, cached and read by jq line by line.  Strings are written as
 * valid JSON whatever the log held: control bytes escaped, bytes that are
 * not UTF-8 replaced by U+FFFD.
 */
#include <stdio.h>
#include <string.h>

#include "smtpcodes_scan.h"

typedef struct writer {
  char *dst;
  size_t cap, len; /* len counts every byte, written or not */
} writer;

static void put(writer *w, const char *s, size_t n)
{
  if (w->len < w->cap) {
    size_t room = w->cap - w->len;
    memcpy(w->dst + w->len, s, n < room ? n : room);
  }
  w->len += n;
}

static void put_s(writer *w, const char *s) { put(w, s, strlen(s)); }

/* The length of the valid UTF-8 sequence at s[0..n), or 0 (RFC 3629: no overlongs, surrogates or > U+10FFFF). */
static size_t utf8_len(const unsigned char *s, size_t n)
{
  size_t k, i;
  unsigned lo = 0x80, hi = 0xBF;
  if (s[0] < 0xC2 || s[0] > 0xF4) return 0;
  k = s[0] < 0xE0 ? 2 : s[0] < 0xF0 ? 3 : 4;
  if (n < k) return 0;
  if (s[0] == 0xE0) lo = 0xA0;
  else if (s[0] == 0xED) hi = 0x9F;
  else if (s[0] == 0xF0) lo = 0x90;
  else if (s[0] == 0xF4) hi = 0x8F;
  if (s[1] < lo || s[1] > hi) return 0;
  for (i = 2; i < k; i++)
    if (s[i] < 0x80 || s[i] > 0xBF) return 0;
  return k;
}

static void put_str(writer *w, const char *p, size_t n)
{
  const unsigned char *s = (const unsigned char *)p;
  size_t i = 0, run = 0;
  put(w, "\"", 1);
  while (i < n) {
    unsigned c = s[i];
    size_t k;
    char esc[8];
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
      i++;
      run++;
      continue;
    }
    put(w, p + i - run, run);
    run = 0;
    if (c == '"' || c == '\\') {
      esc[0] = '\\';
      esc[1] = (char)c;
      put(w, esc, 2);
      i++;
    } else if (c < 0x80) {
      const char *named = c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : NULL;
      if (named) {
        put_s(w, named);
      } else {
        snprintf(esc, sizeof esc, "\\u%04x", c);
        put(w, esc, 6);
      }
      i++;
    } else if ((k = utf8_len(s + i, n - i)) != 0) {
      put(w, p + i, k);
      i += k;
    } else {
      put_s(w, "\\ufffd");
      i++;
    }
  }
  put(w, p + i - run, run);
  put(w, "\"", 1);
}

static void key(writer *w, const char *k, int first)
{
  if (!first) put(w, ",", 1);
  put(w, "\"", 1);
  put_s(w, k);
  put(w, "\":", 2);
}

static void text_field(writer *w, const char *k, smtpc_text t)
{
  key(w, k, 0);
  if (t.len) put_str(w, t.ptr, t.len);
  else put_s(w, "null");
}

static void name_field(writer *w, const char *k, const char *v)
{
  key(w, k, 0);
  if (v) put_str(w, v, strlen(v));
  else put_s(w, "null");
}

/* The decimal form of v ("%ld"), written backwards to end; returns where it starts (no printf per number). */
static char *digits(char *end, long v)
{
  unsigned long u = v < 0 ? 0ul - (unsigned long)v : (unsigned long)v;
  do {
    *--end = (char)('0' + u % 10);
    u /= 10;
  } while (u);
  if (v < 0) *--end = '-';
  return end;
}

static void num(writer *w, long v)
{
  char b[32], *p = digits(b + sizeof b, v);
  put(w, p, (size_t)(b + sizeof b - p));
}

static void esc_value(writer *w, const smtpc_esc *e)
{
  char b[40], *p = b + sizeof b;
  if (e->klass == 0) {
    put_s(w, "null");
    return;
  }
  *--p = '"';
  p = digits(p, e->detail);
  *--p = '.';
  p = digits(p, e->subject);
  *--p = '.';
  p = digits(p, e->klass);
  *--p = '"';
  put(w, p, (size_t)(b + sizeof b - p));
}

size_t smtpc_scan_json(const smtpc_scan_result *r, const char *file, size_t file_len, char *dst, size_t cap)
{
  writer w;
  w.dst = dst;
  w.cap = cap;
  w.len = 0;
  put(&w, "{", 1);
  key(&w, "file", 1);
  if (file) put_str(&w, file, file_len);
  else put_s(&w, "null");
  key(&w, "index", 0);
  num(&w, (long)r->index);
  key(&w, "line", 0);
  num(&w, (long)r->line);
  text_field(&w, "recipient", r->recipient);
  text_field(&w, "original_recipient", r->original_recipient);
  text_field(&w, "sender", r->sender);
  name_field(&w, "delivery", smtpc_delivery_name(r->delivery));
  key(&w, "status", 0);
  esc_value(&w, &r->status);
  key(&w, "reply", 0);
  if (r->reply_code || r->reply_esc.klass || r->reply_text.len) {
    put_s(&w, "{\"code\":");
    if (r->reply_code) num(&w, r->reply_code);
    else put_s(&w, "null");
    put_s(&w, ",\"enhanced\":");
    esc_value(&w, &r->reply_esc);
    text_field(&w, "text", r->reply_text);
    put(&w, "}", 1);
  } else {
    put_s(&w, "null");
  }
  name_field(&w, "command", smtpc_command_name(r->command));
  text_field(&w, "remote_mta", r->remote_mta);
  text_field(&w, "reporting_mta", r->reporting_mta);
  text_field(&w, "queue_id", r->queue_id);
  text_field(&w, "message_id", r->message_id);
  text_field(&w, "date", r->date);
  text_field(&w, "diagnostic", r->diagnostic);
  name_field(&w, "source", r->source);
  name_field(&w, "kind", smtpc_scan_kind_name(r->kind));
  text_field(&w, "feedback_type", r->feedback_type);
  name_field(&w, "verdict", smtpc_verdict_name(r->cls.verdict));
  name_field(&w, "reason", smtpc_reason_name(r->cls.reason));
  name_field(&w, "reason_source", smtpc_source_name(r->cls.source));
  name_field(&w, "action", smtpc_action_name(r->cls.action));
  key(&w, "retry", 0);
  if (r->cls.retry_after > 0) {
    put_s(&w, "{\"after\":");
    num(&w, r->cls.retry_after);
    put_s(&w, ",\"give_up\":");
    num(&w, r->cls.give_up_after);
    put(&w, "}", 1);
  } else {
    put_s(&w, "null");
  }
  name_field(&w, "provider", r->cls.provider ? r->cls.provider->provider : NULL);
  put(&w, "}", 1);
  return w.len;
}
