/*
 * check.h: the counting check of the C tests that end with the line
 * "N passed, N failed" (CHECK_SUMMARY() prints it and gives the exit status).
 */
#ifndef SMTPC_TEST_CHECK_H
#define SMTPC_TEST_CHECK_H

#include <stdio.h>

static int passed, failed;

#define CHECK(cond)                                          \
  do {                                                       \
    if (cond)                                                \
      passed++;                                              \
    else {                                                   \
      failed++;                                              \
      printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); \
    }                                                        \
  } while (0)

/* The closing line and the exit status of main. */
#define CHECK_SUMMARY() (printf("%d passed, %d failed\n", passed, failed), failed != 0)

#endif
