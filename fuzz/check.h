/*
 * check.h: the invariant check of the fuzz harnesses.  A failed invariant
 * aborts, which libFuzzer reports as a crash with the input that caused it.
 */
#ifndef SMTPC_FUZZ_CHECK_H
#define SMTPC_FUZZ_CHECK_H

#include <stdlib.h>

#define CHECK(cond)                                                            \
  do {                                                                         \
    if (!(cond))                                                               \
      abort();                                                                 \
  } while (0)

#endif
