/*
 * fuzz_code.c: libFuzzer harness for smtpc_parse_code, the entry point that
 * reads a code a user typed (the Lua get, compare and is_* functions, the
 * CLI arguments).
 *
 * Invariants checked on every input:
 *   - a code that parses (SMTPC_OK, or SMTPC_E_UNKNOWN, which fills the code
 *     all the same) has class 2..5, and its canonical text parses back to
 *     the same code with the same result;
 *   - the canonical text is what smtpc_code_text says it is, truncation
 *     included (snprintf-like);
 *   - a basic code is documented exactly when smtpc_basic_find knows it;
 *   - comparing the code with itself and with a second code read from the
 *     other half of the input gives an ordered, bounded comparison.
 *
 * Build: clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc
 *        fuzz/fuzz_code.c src/<every non-lua_ .c>   (scripts/hardening)
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "smtpcodes.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);


static int same_code(const smtpc_code *a, const smtpc_code *b)
{
  return a->kind == b->kind && a->klass == b->klass &&
         a->subject == b->subject && a->detail == b->detail &&
         a->value == b->value;
}

/* Checks one parse result; returns nonzero when c holds a code. */
static int check_code(const char *s, size_t len, smtpc_code *c)
{
  smtpc_error err;
  smtpc_code again;
  char text[16], small[4];
  size_t n, m;

  memset(c, 0x5a, sizeof *c);
  err = smtpc_parse_code(s, len, c);
  CHECK(err == SMTPC_OK || err == SMTPC_E_MALFORMED ||
        err == SMTPC_E_OUT_OF_RANGE || err == SMTPC_E_UNKNOWN);
  CHECK(smtpc_error_name(err) != NULL);
  if (err != SMTPC_OK && err != SMTPC_E_UNKNOWN)
    return 0;

  CHECK(c->klass >= 2 && c->klass <= 5);
  if (c->kind == SMTPC_KIND_BASIC) {
    CHECK(c->value >= 200 && c->value <= 599 && c->value / 100 == c->klass);
    CHECK(c->subject == -1 && c->detail == -1);
    CHECK((err == SMTPC_OK) == (smtpc_basic_find(c->value) != NULL));
  } else {
    CHECK(c->kind == SMTPC_KIND_ENHANCED);
    CHECK(err == SMTPC_OK);
    CHECK(c->klass != 3);
    CHECK(c->subject >= 0 && c->subject <= 999);
    CHECK(c->detail >= 0 && c->detail <= 999);
    CHECK(c->value == 0);
    (void)smtpc_enhanced_find(c->subject, c->detail);
    (void)smtpc_subject_name(c->subject);
  }

  /* the canonical text round-trips */
  n = smtpc_code_text(c, text, sizeof text);
  CHECK(n >= 3 && n < sizeof text && text[n] == '\0');
  memset(&again, 0x5a, sizeof again);
  CHECK(smtpc_parse_code(text, n, &again) == err);
  CHECK(same_code(c, &again));

  /* truncated like snprintf: the same length, a prefix and a NUL */
  memset(small, 'x', sizeof small);
  m = smtpc_code_text(c, small, sizeof small);
  CHECK(m == n && small[sizeof small - 1] == '\0');
  CHECK(memcmp(small, text, sizeof small - 1) == 0);
  CHECK(smtpc_code_text(c, NULL, 0) == n);
  return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  const char *s = (const char *)data;
  smtpc_code a, b;
  smtpc_comparison cmp;
  size_t half = size / 2;
  int ha, hb, i;

  check_code(s, size, &a);

  /* two codes from the two halves: compare and order them */
  ha = check_code(s, half, &a);
  hb = check_code(s + half, size - half, &b);
  if (ha && hb) {
    int ab = smtpc_code_order(&a, &b), ba = smtpc_code_order(&b, &a);

    CHECK(ab == -ba && ab >= -1 && ab <= 1);
    CHECK(smtpc_code_order(&a, &a) == 0);
    smtpc_compare(&a, &b, &cmp);
    CHECK(smtpc_code_order(&cmp.first, &cmp.second) <= 0);
    CHECK(cmp.ndiffs >= 0 && cmp.ndiffs <= SMTPC_MAX_DIFFS);
    for (i = 0; i < cmp.ndiffs; i++)
      CHECK(cmp.diffs[i] >= SMTPC_DIFF_CLASS && cmp.diffs[i] <= SMTPC_DIFF_RELATED);
    CHECK(cmp.same_class == (a.klass == b.klass));
    if (a.kind == SMTPC_KIND_BASIC && b.kind == SMTPC_KIND_BASIC)
      (void)smtpc_pair_advice(a.value, b.value);
  }

  /* the integer path agrees with the text path for 0..999 */
  if (size >= 2) {
    long long v = (long long)(data[0] | (data[1] << 8)) - 100;
    smtpc_error e = smtpc_code_from_int(v, &a);

    if (v < 200 || v > 599)
      CHECK(e == SMTPC_E_OUT_OF_RANGE);
    else
      CHECK((e == SMTPC_OK) == (smtpc_basic_find((int)v) != NULL) &&
            a.value == (int)v);
  }
  return 0;
}
