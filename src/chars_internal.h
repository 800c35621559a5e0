/*
 * chars_internal.h: the ASCII tests and lowering the reply parser, the
 * enhanced-code finder, the reply extractor, the classifier and the mail
 * readers share (no locale: reply text is bytes), and whether they scan
 * sixteen bytes at a time.  Internal to the core: never installed.
 */
#ifndef SMTPC_CHARS_INTERNAL_H
#define SMTPC_CHARS_INTERNAL_H

/* 1 where bytes are scanned sixteen at a time with SSE2 (gcc or clang that has it), else 0: word-at-a-time code. */
#if defined(__SSE2__) && defined(__GNUC__)
#define SMTPC_SSE2 1
#include <emmintrin.h>
#else
#define SMTPC_SSE2 0
#endif

/* '0'..'9'. */
static inline int smtpc_is_digit(unsigned c) { return c - '0' < 10u; }

/* An ASCII letter or digit. */
static inline int smtpc_is_alnum(unsigned c) { return c - '0' < 10u || (c | 0x20u) - 'a' < 26u; }

/* A space or a tab. */
static inline int smtpc_is_blank(unsigned c) { return c == ' ' || c == '\t'; }

/* c in lower case when it is an ASCII capital. */
static inline unsigned char smtpc_lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c; }

#endif
