/*
 * tables.c: the code tables, built at compile time from the X-macro files in
 * src/data/ (see docs/data.md), and lookups on them.
 */
#include "smtpcodes.h"

#define SMTPC_BASIC(code, status, name, commands, related, enhanced, refs, \
                    description, when, fix, use)                          \
  {code, SMTPC_STATUS_##status, name, commands, related, enhanced, refs,  \
   description, when, fix, use},

static const smtpc_basic basic_table[] = {
#include "data/basic_2xx_3xx.def"
#include "data/basic_4xx.def"
#include "data/basic_5xx.def"
};

#undef SMTPC_BASIC

#define SMTPC_ENHANCED(subject, detail, classes, basic, refs, deprecated_by, \
                       name, description, when, fix)                       \
  {subject, detail, classes, basic, refs, deprecated_by, name, description, \
   when, fix},

static const smtpc_enhanced_entry enhanced_table[] = {
#include "data/enhanced_subject_0_5.def"
#include "data/enhanced_subject_6_7.def"
};

#undef SMTPC_ENHANCED

#define SMTPC_SEEN_WITH(subject, detail, basic, source, document, url) \
  {subject, detail, basic, source, document, url},

static const smtpc_seen_with seen_with_table[] = {
#include "data/seen_with.def"
};

#undef SMTPC_SEEN_WITH

#define SMTPC_PAIR(low, high, advice) {low, high, advice},

static const struct pair_advice {
  int low;
  int high;
  const char *advice;
} pair_table[] = {
#include "data/pair_advice.def"
};

#undef SMTPC_PAIR

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

size_t smtpc_basic_count(void) { return COUNT(basic_table); }

const smtpc_basic *smtpc_basic_at(size_t i) {
  return i < COUNT(basic_table) ? &basic_table[i] : NULL;
}

const smtpc_basic *smtpc_basic_find(int code) {
  size_t lo = 0, hi = COUNT(basic_table);
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (basic_table[mid].code == code) return &basic_table[mid];
    if (basic_table[mid].code < code) lo = mid + 1;
    else hi = mid;
  }
  return NULL;
}

size_t smtpc_enhanced_count(void) { return COUNT(enhanced_table); }

const smtpc_enhanced_entry *smtpc_enhanced_at(size_t i) {
  return i < COUNT(enhanced_table) ? &enhanced_table[i] : NULL;
}

const smtpc_enhanced_entry *smtpc_enhanced_find(int subject, int detail) {
  size_t lo = 0, hi = COUNT(enhanced_table);
  long key = (long)subject * 1000 + detail;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const smtpc_enhanced_entry *e = &enhanced_table[mid];
    long here = (long)e->subject * 1000 + e->detail;
    if (here == key) return e;
    if (here < key) lo = mid + 1;
    else hi = mid;
  }
  return NULL;
}

int smtpc_enhanced_allows(const smtpc_enhanced_entry *entry, int klass) {
  const char *c;
  if (entry == NULL) return 0;
  for (c = entry->classes; *c; c++)
    if (*c - '0' == klass) return 1;
  return 0;
}

size_t smtpc_seen_with_count(void) { return COUNT(seen_with_table); }

const smtpc_seen_with *smtpc_seen_with_at(size_t i) {
  return i < COUNT(seen_with_table) ? &seen_with_table[i] : NULL;
}

const char *smtpc_pair_advice(int a, int b) {
  size_t i;
  int low = a < b ? a : b, high = a < b ? b : a;
  for (i = 0; i < COUNT(pair_table); i++)
    if (pair_table[i].low == low && pair_table[i].high == high)
      return pair_table[i].advice;
  return NULL;
}
