/*
 * scan_summary.c: counts over many scan results, for a report of a whole
 * log or mailbox without keeping any result: by delivery, kind, verdict,
 * reason and action (fixed arrays), and by recipient domain, provider and
 * diagnostic (bounded tables of at most max_keys keys each; results whose
 * key finds no room are counted under "other").  A diagnostic is the
 * remote reply (or the reader's diagnostic text) with what differs per
 * recipient taken out: <addresses> become <>, digit runs become N.
 */
#include <stdlib.h>
#include <string.h>

#include "smtpcodes_scan.h"

#define KEY_MAX 160u

typedef struct entry {
  char key[KEY_MAX];
  size_t len, count;
  unsigned long hash;
} entry;

typedef struct table {
  entry *e;   /* slots, open addressing */
  size_t cap; /* slots: a power of two, twice max */
  size_t max, used, other;
} table;

struct smtpc_scan_summary {
  smtpc_summary_counts counts;
  table tables[SMTPC_SUMMARY_TABLES];
};

static int table_init(table *t, size_t max)
{
  size_t cap = 2;
  while (cap < 2 * max) cap *= 2;
  t->e = calloc(cap, sizeof *t->e);
  t->cap = cap;
  t->max = max;
  return t->e != NULL;
}

static unsigned long hash(const char *s, size_t n)
{
  unsigned long h = 5381;
  size_t i;
  for (i = 0; i < n; i++) h = h * 33 + (unsigned char)s[i];
  return h;
}

static void count_key(table *t, const char *s, size_t n)
{
  unsigned long h;
  size_t i;
  if (n > KEY_MAX) n = KEY_MAX;
  h = hash(s, n);
  i = h & (t->cap - 1);
  while (t->e[i].len) {
    if (t->e[i].hash == h && t->e[i].len == n && memcmp(t->e[i].key, s, n) == 0) {
      t->e[i].count++;
      return;
    }
    i = (i + 1) & (t->cap - 1);
  }
  if (n == 0 || t->used >= t->max) {
    t->other++;
    return;
  }
  memcpy(t->e[i].key, s, n);
  t->e[i].len = n;
  t->e[i].hash = h;
  t->e[i].count = 1;
  t->used++;
}

smtpc_scan_summary *smtpc_scan_summary_new(size_t max_keys)
{
  smtpc_scan_summary *s = calloc(1, sizeof *s);
  size_t i;
  if (s == NULL) return NULL;
  if (max_keys == 0) max_keys = 1024;
  for (i = 0; i < SMTPC_SUMMARY_TABLES; i++)
    if (!table_init(&s->tables[i], max_keys)) {
      smtpc_scan_summary_free(s);
      return NULL;
    }
  return s;
}

void smtpc_scan_summary_free(smtpc_scan_summary *s)
{
  size_t i;
  if (s == NULL) return;
  for (i = 0; i < SMTPC_SUMMARY_TABLES; i++) free(s->tables[i].e);
  free(s);
}

/* "550 5.1.1 <bob@x>: User unknown since 2019" -> "550 5.1.1 <>: User unknown since N" */
static size_t diagnostic_key(const smtpc_scan_result *r, char *k)
{
  size_t n = 0, i;
  const char *t = r->reply_text.len ? r->reply_text.ptr : r->diagnostic.ptr;
  size_t len = r->reply_text.len ? r->reply_text.len : r->diagnostic.len;
  int digits = 0;
  if (r->reply_code) {
    k[n++] = (char)('0' + r->reply_code / 100);
    k[n++] = (char)('0' + r->reply_code / 10 % 10);
    k[n++] = (char)('0' + r->reply_code % 10);
    k[n++] = ' ';
  }
  for (i = 0; i < len && n < KEY_MAX; i++) {
    char c = t[i];
    if (c == '<') {
      const char *close = memchr(t + i, '>', len - i);
      if (close && n + 2 <= KEY_MAX) {
        k[n++] = '<';
        k[n++] = '>';
        i = (size_t)(close - t);
        digits = 0;
        continue;
      }
    }
    if (c >= '0' && c <= '9') {
      if (!digits) k[n++] = 'N';
      digits = 1;
      continue;
    }
    digits = 0;
    k[n++] = (unsigned char)c < 0x20 ? ' ' : c;
  }
  return n;
}

void smtpc_scan_summary_add(smtpc_scan_summary *s, const smtpc_scan_result *r)
{
  smtpc_summary_counts *c = &s->counts;
  char key[KEY_MAX];
  const char *at;
  size_t n, i;
  c->total++;
  if ((unsigned)r->delivery < SMTPC_DELIVERY_COUNT) c->delivery[r->delivery]++;
  if ((unsigned)r->kind < SMTPC_KIND_COUNT) c->kind[r->kind]++;
  if ((unsigned)r->cls.verdict < SMTPC_SUMMARY_VERDICTS) c->verdict[r->cls.verdict]++;
  if ((unsigned)r->cls.reason < SMTPC_REASON_COUNT) c->reason[r->cls.reason]++;
  if ((unsigned)r->cls.action < SMTPC_ACTION_COUNT) c->action[r->cls.action]++;
  at = r->recipient.len ? memchr(r->recipient.ptr, '@', r->recipient.len) : NULL;
  if (at) { /* the domain, in lower case */
    const char *d = at + 1;
    n = (size_t)(r->recipient.ptr + r->recipient.len - d);
    if (n > KEY_MAX) n = KEY_MAX;
    for (i = 0; i < n; i++) key[i] = (char)(d[i] >= 'A' && d[i] <= 'Z' ? d[i] + 32 : d[i]);
    count_key(&s->tables[SMTPC_SUMMARY_DOMAIN], key, n);
  }
  if (r->cls.provider)
    count_key(&s->tables[SMTPC_SUMMARY_PROVIDER], r->cls.provider->provider, strlen(r->cls.provider->provider));
  if (r->kind == SMTPC_KIND_BOUNCE || r->kind == SMTPC_KIND_DELAY)
    count_key(&s->tables[SMTPC_SUMMARY_DIAGNOSTIC], key, diagnostic_key(r, key));
}

const smtpc_summary_counts *smtpc_scan_summary_counts(const smtpc_scan_summary *s) { return &s->counts; }

size_t smtpc_scan_summary_keys(const smtpc_scan_summary *s, smtpc_summary_table which,
                               smtpc_scan_key_fn fn, void *ud)
{
  const table *t;
  size_t i;
  if ((unsigned)which >= SMTPC_SUMMARY_TABLES) return 0;
  t = &s->tables[which];
  for (i = 0; i < t->cap; i++)
    if (t->e[i].len) fn(ud, t->e[i].key, t->e[i].len, t->e[i].count);
  return t->other;
}
