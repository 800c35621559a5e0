/*
 * tokens.h: walking the space-separated token lists of the tables (commands,
 * related codes, references...).  Internal to the core.
 */
#ifndef SMTPC_TOKENS_H
#define SMTPC_TOKENS_H

#include <string.h>

/*
 * The next token at or after *p: returns its start and sets *len, and moves
 * *p past it; returns NULL at the end of the list.
 */
static inline const char *smtpc_next_token(const char **p, size_t *len) {
  const char *start = *p;
  while (*start == ' ') start++;
  *len = strcspn(start, " ");
  *p = start + *len;
  return *len > 0 ? start : NULL;
}

#endif
