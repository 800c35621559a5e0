/*
 * explain.c: a C program that uses the smtpcodes core with no Lua at all.
 *
 *   cc -std=c99 -Isrc docs/examples/explain.c build/lib/libsmtpcodes.a -o explain
 *   ./explain 550            name, class and meaning of one code
 *   ./explain 220 551        what distinguishes two codes
 *   ./explain 5.7.515        a provider's own code: its meaning, said to be the provider's
 *
 * After `make install`:  cc -std=c99 docs/examples/explain.c $(pkg-config --cflags --libs smtpcodes)
 *
 * Exit status: 0 done, 1 a code that is not valid, 2 usage.
 */
#include <stdio.h>
#include <string.h>

#include "smtpcodes.h"

static const char *const diff_text[] = {
    "different classes",      "one is retried, the other not",
    "different categories",   "different subjects",
    "different meanings",     "they answer different commands",
    "different standing",     "a basic code against an enhanced code",
    "related codes"};

static int read_code(const char *arg, smtpc_code *code) {
  smtpc_error err = smtpc_parse_code(arg, strlen(arg), code);
  if (err != SMTPC_OK) {
    fprintf(stderr, "explain: %s: %s\n", arg, smtpc_error_name(err));
    return 0;
  }
  return 1;
}

static void describe(const smtpc_code *code) {
  char text[16];
  smtpc_code_text(code, text, sizeof text);
  if (code->kind == SMTPC_KIND_BASIC) {
    const smtpc_basic *b = smtpc_basic_find(code->value);
    printf("%s %s (%s, %s)\n  %s\n", text, b->name, smtpc_class_name(code->klass),
           smtpc_status_name(b->status), b->description);
  } else {
    const smtpc_enhanced_entry *e = smtpc_enhanced_find(code->subject, code->detail);
    const smtpc_provider *p = e ? NULL : smtpc_provider_find_code(code->klass, code->subject, code->detail);
    if (p) { /* a provider's own code (5.7.515): its meaning, marked as provider-specific */
      printf("%s %s (%s, not registered: %s's own code)\n  %s\n", text, p->name,
             smtpc_enhanced_class_name(code->klass), p->provider, p->description);
      return;
    }
    printf("%s %s (%s, %s)\n  %s\n", text, e ? e->name : "(not registered)",
           smtpc_enhanced_class_name(code->klass), smtpc_subject_name(code->subject)
               ? smtpc_subject_name(code->subject) : "unknown subject",
           e ? e->description : "The registry does not define this detail code.");
  }
}

int main(int argc, char **argv) {
  smtpc_code a, b;
  if (argc < 2 || argc > 3) {
    fprintf(stderr, "usage: explain CODE [CODE]\n");
    return 2;
  }
  if (!read_code(argv[1], &a) || (argc == 3 && !read_code(argv[2], &b))) return 1;
  describe(&a);
  if (argc == 3) {
    smtpc_comparison cmp;
    const char *advice;
    int i;
    describe(&b);
    smtpc_compare(&a, &b, &cmp);
    printf("Differences:\n");
    for (i = 0; i < cmp.ndiffs; i++) printf("  - %s\n", diff_text[cmp.diffs[i]]);
    if (a.kind == SMTPC_KIND_BASIC && b.kind == SMTPC_KIND_BASIC &&
        (advice = smtpc_pair_advice(a.value, b.value)) != NULL)
      printf("Advice:\n  %s\n", advice);
  }
  return 0;
}
