/*
 * test_core.c: the plain C API of the code tables, with no Lua.  Prints TAP.
 * Build: cc -std=c99 -Isrc tests/c/test_core.c build/lib/libsmtpcodes.a
 */
#include <stdio.h>
#include <string.h>

#include "smtpcodes.h"

static int tests, failures;

static void ok(int cond, const char *what) {
  tests++;
  if (!cond) failures++;
  printf("%sok %d - %s\n", cond ? "" : "not ", tests, what);
}

static smtpc_error parse(const char *s, smtpc_code *c) {
  return smtpc_parse_code(s, strlen(s), c);
}

int main(void) {
  smtpc_code a, b;
  smtpc_comparison cmp;
  const smtpc_basic *basic;
  const smtpc_enhanced_entry *entry;
  char text[16];
  size_t i;

  ok(smtpc_basic_count() == 64, "64 basic codes");
  ok(smtpc_enhanced_count() == 81, "81 registry entries");
  for (i = 1; i < smtpc_basic_count(); i++)
    if (smtpc_basic_at(i - 1)->code >= smtpc_basic_at(i)->code) break;
  ok(i == smtpc_basic_count(), "basic codes in ascending order");
  ok(smtpc_basic_at(smtpc_basic_count()) == NULL, "basic_at past the end is NULL");

  basic = smtpc_basic_find(551);
  ok(basic != NULL && strcmp(basic->name, "User Not Local") == 0, "551 is User Not Local");
  ok(basic != NULL && basic->status == SMTPC_STATUS_CORE, "551 is core");
  ok(smtpc_basic_find(299) == NULL, "299 is not documented");

  entry = smtpc_enhanced_find(1, 1);
  ok(entry != NULL && strcmp(entry->name, "Bad destination mailbox address") == 0, "X.1.1");
  ok(smtpc_enhanced_allows(entry, 5) && !smtpc_enhanced_allows(entry, 2), "X.1.1 allows 5, not 2");
  entry = smtpc_enhanced_find(6, 10);
  ok(entry != NULL && strcmp(entry->deprecated_by, "X.6.8") == 0, "X.6.10 deprecated by X.6.8");
  ok(smtpc_enhanced_find(7, 515) == NULL, "X.7.515 is not registered");

  ok(parse("550", &a) == SMTPC_OK && a.kind == SMTPC_KIND_BASIC && a.value == 550, "parse 550");
  ok(parse(" 5.7.515\r\n", &a) == SMTPC_OK && a.klass == 5 && a.subject == 7 && a.detail == 515,
     "parse 5.7.515 with white space");
  ok(parse("5.1", &a) == SMTPC_E_MALFORMED, "5.1 is malformed");
  ok(parse("5.1.1.1", &a) == SMTPC_E_MALFORMED, "5.1.1.1 is malformed");
  ok(parse("5.1000.1", &a) == SMTPC_E_MALFORMED, "5.1000.1 is malformed");
  ok(parse("6.1.1", &a) == SMTPC_E_OUT_OF_RANGE, "6.1.1 is out of range");
  ok(parse("600", &a) == SMTPC_E_OUT_OF_RANGE, "600 is out of range");
  ok(parse("299", &a) == SMTPC_E_UNKNOWN && a.klass == 2, "299 is unknown, class 2");
  ok(smtpc_parse_code("550\0", 4, &a) == SMTPC_E_MALFORMED, "a NUL byte is malformed");
  ok(smtpc_parse_code(NULL, 0, &a) == SMTPC_E_MALFORMED, "NULL is malformed");
  ok(smtpc_code_from_int(-250, &a) == SMTPC_E_OUT_OF_RANGE, "-250 is out of range");

  parse("5.1.10", &a);
  ok(smtpc_code_text(&a, text, sizeof text) == 6 && strcmp(text, "5.1.10") == 0, "text of 5.1.10");
  ok(smtpc_code_text(&a, text, 3) == 6 && strcmp(text, "5.") == 0, "text truncated to the buffer");

  parse("551", &a);
  parse("220", &b);
  smtpc_compare(&a, &b, &cmp);
  ok(cmp.first.value == 220 && cmp.second.value == 551, "comparison ordered");
  ok(!cmp.same_class && cmp.ndiffs > 0 && cmp.diffs[0] == SMTPC_DIFF_CLASS, "class difference first");
  parse("4.0.0", &a);
  parse("554", &b);
  smtpc_compare(&b, &a, &cmp);
  ok(cmp.first.kind == SMTPC_KIND_ENHANCED && cmp.diffs[0] == SMTPC_DIFF_CLASS, "554 vs 4.0.0");
  smtpc_compare(&b, &b, &cmp);
  ok(cmp.ndiffs == 0 && cmp.same_class, "a code against itself has no difference");

  ok(strcmp(smtpc_class_name(4), "Transient Negative Completion") == 0, "class name");
  ok(smtpc_class_name(6) == NULL && smtpc_category_name(6) == NULL, "no names out of range");
  ok(strcmp(smtpc_subject_name(7), "Security or Policy Status") == 0, "subject name");
  ok(strcmp(smtpc_error_name(SMTPC_E_OUT_OF_RANGE), "out_of_range") == 0, "error name");
  ok(smtpc_pair_advice(551, 251) != NULL && smtpc_pair_advice(220, 551) == NULL, "pair advice");

  printf("1..%d\n", tests);
  return failures != 0;
}
