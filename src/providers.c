/*
 * providers.c: what the big mailbox providers mean by their own codes and
 * markers, built at compile time from src/data/provider_codes.def.
 *
 * The table holds the code entries first, then the text markers, each group
 * in file order: the .def file is included twice, once for each kind.  A
 * text marker may carry an enhanced code (SMTPC_PROVIDER_TEXT_CODE): it then
 * counts only in a reply with that code.  File
 * order is priority order, so a narrow range listed before a wider one that
 * contains it (Microsoft 4.7.650-4.7.651 inside 4.7.500-4.7.699) wins.
 * Matching text markers needs the prepared text of classify.c, so
 * smtpc_provider_find_text lives there.
 */
#include "smtpcodes_classify.h"

#define CODE_ENTRY(provider, marker, klass, subject, lo, hi, reason, name,     \
                   description, when, fix, reference)                         \
  {provider, marker, 1, SMTPC_REASON_##reason, name, description, when, fix,   \
   reference, klass, subject, lo, hi, sizeof(marker) - 1, SMTPC_MATCH_ANY},

#define TEXT_ENTRY(provider, marker, match, reason, name, description, fix,    \
                   reference)                                                 \
  {provider, marker, 0, SMTPC_REASON_##reason, name, description, NULL, fix,   \
   reference, 0, 0, 0, 0, sizeof(marker) - 1, SMTPC_MATCH_##match},

/* A text marker that counts only in a reply with this enhanced code. */
#define TEXT_CODE_ENTRY(provider, marker, match, klass, subject, detail,       \
                        reason, name, description, fix, reference)            \
  {provider, marker, 0, SMTPC_REASON_##reason, name, description, NULL, fix,   \
   reference, klass, subject, detail, detail, sizeof(marker) - 1,              \
   SMTPC_MATCH_##match},

#define NO_TEXT_CODE(provider, marker, match, klass, subject, detail, reason,  \
                     name, description, fix, reference)

static const smtpc_provider table[] = {
#define SMTPC_PROVIDER_CODE CODE_ENTRY
#define SMTPC_PROVIDER_TEXT(provider, marker, match, reason, name, description, \
                            fix, reference)
#define SMTPC_PROVIDER_TEXT_CODE NO_TEXT_CODE
#include "data/provider_codes.def"
#undef SMTPC_PROVIDER_CODE
#undef SMTPC_PROVIDER_TEXT
#undef SMTPC_PROVIDER_TEXT_CODE
#define SMTPC_PROVIDER_CODE(provider, marker, klass, subject, lo, hi, reason, \
                            name, description, when, fix, reference)
#define SMTPC_PROVIDER_TEXT TEXT_ENTRY
#define SMTPC_PROVIDER_TEXT_CODE TEXT_CODE_ENTRY
#include "data/provider_codes.def"
#undef SMTPC_PROVIDER_CODE
#undef SMTPC_PROVIDER_TEXT
#undef SMTPC_PROVIDER_TEXT_CODE
};

/* The number of code entries, counted by the preprocessor. */
enum {
  CODE_COUNT = 0
#define SMTPC_PROVIDER_CODE(provider, marker, klass, subject, lo, hi, reason, \
                            name, description, when, fix, reference) + 1
#define SMTPC_PROVIDER_TEXT(provider, marker, match, reason, name, description, \
                            fix, reference)
#define SMTPC_PROVIDER_TEXT_CODE NO_TEXT_CODE
#include "data/provider_codes.def"
#undef SMTPC_PROVIDER_CODE
#undef SMTPC_PROVIDER_TEXT
#undef SMTPC_PROVIDER_TEXT_CODE
};

#define COUNT (sizeof(table) / sizeof(table[0]))

size_t smtpc_provider_count(void) { return COUNT; }

const smtpc_provider *smtpc_provider_at(size_t i)
{
  return i < COUNT ? &table[i] : NULL;
}

const smtpc_provider *smtpc_provider_text_markers(size_t *count)
{
  if (count)
    *count = COUNT - CODE_COUNT;
  return &table[CODE_COUNT];
}

/*
 * A linear scan: there are a few dozen code entries, each a handful of
 * integer compares, and ranges rule out a binary search keyed on one code.
 */
const smtpc_provider *smtpc_provider_find_code(int klass, int subject, int detail)
{
  size_t i;

  for (i = 0; i < (size_t)CODE_COUNT; i++) {
    const smtpc_provider *p = &table[i];

    if (p->klass == klass && p->subject == subject && detail >= p->detail_lo &&
        detail <= p->detail_hi)
      return p;
  }
  return NULL;
}
