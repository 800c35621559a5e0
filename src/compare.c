/*
 * compare.c: what distinguishes two codes, as structured differences in the
 * order a reader needs them (the outcome first, then the details).
 */
#include <string.h>

#include "smtpcodes.h"
#include "tokens.h"

/* Nonzero when the space-separated list has the token tok (of length n). */
static int list_has(const char *list, const char *tok, size_t n) {
  const char *p = list, *t;
  size_t len;
  while ((t = smtpc_next_token(&p, &len)) != NULL)
    if (len == n && memcmp(t, tok, n) == 0) return 1;
  return 0;
}

/* Nonzero when every token of list a is in list b. */
static int all_in(const char *a, const char *b) {
  const char *p = a, *t;
  size_t len;
  while ((t = smtpc_next_token(&p, &len)) != NULL)
    if (!list_has(b, t, len)) return 0;
  return 1;
}

/* Nonzero when two space-separated lists hold the same set of tokens. */
static int same_tokens(const char *a, const char *b) {
  return all_in(a, b) && all_in(b, a);
}

static int retried(int klass) { return klass == 4; }

static void add(smtpc_comparison *out, smtpc_diff_kind kind) {
  if (out->ndiffs < SMTPC_MAX_DIFFS) out->diffs[out->ndiffs++] = kind;
}

/* The second digit of a basic code, or the subject of an enhanced code. */
static int category_of(const smtpc_code *c) {
  return c->kind == SMTPC_KIND_BASIC ? c->value / 10 % 10 : c->subject;
}

static int related(const smtpc_basic *x, const smtpc_basic *y) {
  char text[4];
  text[0] = (char)('0' + y->code / 100);
  text[1] = (char)('0' + y->code / 10 % 10);
  text[2] = (char)('0' + y->code % 10);
  text[3] = '\0';
  return list_has(x->related, text, 3);
}

void smtpc_compare(const smtpc_code *a, const smtpc_code *b,
                   smtpc_comparison *out) {
  const smtpc_code *first = a, *second = b;
  if (smtpc_code_order(a, b) > 0) {
    first = b;
    second = a;
  }
  memset(out, 0, sizeof *out);
  out->first = *first;
  out->second = *second;
  out->same_class = first->klass == second->klass;
  out->same_category = first->kind == second->kind &&
                       category_of(first) == category_of(second);
  if (smtpc_code_order(first, second) == 0) return;

  if (!out->same_class) add(out, SMTPC_DIFF_CLASS);
  if (retried(first->klass) != retried(second->klass)) add(out, SMTPC_DIFF_RETRY);
  if (first->kind != second->kind) add(out, SMTPC_DIFF_KIND);
  else if (first->kind == SMTPC_KIND_BASIC && !out->same_category)
    add(out, SMTPC_DIFF_CATEGORY);
  else if (first->kind == SMTPC_KIND_ENHANCED && !out->same_category)
    add(out, SMTPC_DIFF_SUBJECT);
  add(out, SMTPC_DIFF_MEANING);

  if (first->kind == SMTPC_KIND_BASIC && second->kind == SMTPC_KIND_BASIC) {
    const smtpc_basic *x = smtpc_basic_find(first->value);
    const smtpc_basic *y = smtpc_basic_find(second->value);
    if (x == NULL || y == NULL) return;
    if (x->commands[0] && y->commands[0] && !same_tokens(x->commands, y->commands))
      add(out, SMTPC_DIFF_COMMANDS);
    if (x->status != y->status) add(out, SMTPC_DIFF_STATUS);
    if (related(x, y) || related(y, x)) add(out, SMTPC_DIFF_RELATED);
  }
}
