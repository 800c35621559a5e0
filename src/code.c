/*
 * code.c: reading, checking, printing and ordering codes: basic reply codes
 * (RFC 5321 section 4.2) and enhanced status codes (RFC 3463 section 2).
 */
#include "smtpcodes.h"

static int is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/*
 * Reads a number of one to three digits at s[*pos], no leading zero unless
 * the number is 0.  Returns -1 when there is none.
 */
static int read_part(const char *s, size_t len, size_t *pos) {
  size_t start = *pos;
  int value = 0;
  while (*pos < len && is_digit(s[*pos]) && *pos - start < 4) {
    value = value * 10 + (s[*pos] - '0');
    (*pos)++;
  }
  if (*pos == start || *pos - start > 3) return -1;
  if (*pos - start > 1 && s[start] == '0') return -1;
  return value;
}

smtpc_error smtpc_code_from_int(long long value, smtpc_code *out) {
  if (value < 200 || value > 599) return SMTPC_E_OUT_OF_RANGE;
  out->kind = SMTPC_KIND_BASIC;
  out->klass = (int)(value / 100);
  out->subject = -1;
  out->detail = -1;
  out->value = (int)value;
  return smtpc_basic_find((int)value) ? SMTPC_OK : SMTPC_E_UNKNOWN;
}

static smtpc_error parse_basic(const char *s, size_t len, smtpc_code *out) {
  if (len != 3 || !is_digit(s[0]) || !is_digit(s[1]) || !is_digit(s[2]))
    return SMTPC_E_MALFORMED;
  return smtpc_code_from_int((s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0'),
                             out);
}

static smtpc_error parse_enhanced(const char *s, size_t len, smtpc_code *out) {
  size_t pos = 0;
  int klass, subject, detail;
  klass = read_part(s, len, &pos);
  if (klass < 0 || pos != 1 || pos >= len || s[pos++] != '.')
    return SMTPC_E_MALFORMED;
  subject = read_part(s, len, &pos);
  if (subject < 0 || pos >= len || s[pos++] != '.') return SMTPC_E_MALFORMED;
  detail = read_part(s, len, &pos);
  if (detail < 0 || pos != len) return SMTPC_E_MALFORMED;
  if (klass != 2 && klass != 4 && klass != 5) return SMTPC_E_OUT_OF_RANGE;
  out->kind = SMTPC_KIND_ENHANCED;
  out->klass = klass;
  out->subject = subject;
  out->detail = detail;
  out->value = 0;
  return SMTPC_OK;
}

smtpc_error smtpc_parse_code(const char *s, size_t len, smtpc_code *out) {
  size_t i;
  if (s == NULL || out == NULL) return SMTPC_E_MALFORMED;
  while (len > 0 && is_space(s[0])) {
    s++;
    len--;
  }
  while (len > 0 && is_space(s[len - 1])) len--;
  for (i = 0; i < len; i++)
    if (s[i] == '.') return parse_enhanced(s, len, out);
  return parse_basic(s, len, out);
}

size_t smtpc_code_text(const smtpc_code *code, char *buf, size_t size) {
  char tmp[16];
  size_t n = 0, i;
  int parts[3], nparts, p;
  if (code->kind == SMTPC_KIND_BASIC) {
    parts[0] = code->value;
    nparts = 1;
  } else {
    parts[0] = code->klass;
    parts[1] = code->subject;
    parts[2] = code->detail;
    nparts = 3;
  }
  for (p = 0; p < nparts; p++) {
    char digits[4];
    int d = 0, v = parts[p];
    if (p > 0) tmp[n++] = '.';
    do {
      digits[d++] = (char)('0' + v % 10);
      v /= 10;
    } while (v > 0 && d < 4);
    while (d > 0) tmp[n++] = digits[--d];
  }
  for (i = 0; i < n && i + 1 < size; i++) buf[i] = tmp[i];
  if (size > 0) buf[i] = '\0';
  return n;
}

static int sign(long d) { return (d > 0) - (d < 0); }

int smtpc_code_order(const smtpc_code *a, const smtpc_code *b) {
  if (a->klass != b->klass) return sign((long)a->klass - b->klass);
  if (a->kind != b->kind) return a->kind == SMTPC_KIND_BASIC ? -1 : 1;
  if (a->kind == SMTPC_KIND_BASIC) return sign((long)a->value - b->value);
  if (a->subject != b->subject) return sign((long)a->subject - b->subject);
  return sign((long)a->detail - b->detail);
}
