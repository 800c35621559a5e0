/*
 * smtpcodes.h: the plain C API of the smtpcodes core.
 *
 * The core knows every documented basic SMTP reply code (RFC 5321 and its
 * extensions) and every entry of the IANA SMTP Enhanced Status Codes registry
 * (RFC 3463, RFC 5248).  It has no global mutable state and never allocates:
 * every answer points into static const tables or into memory the caller owns,
 * so it may be used from any number of threads and Lua states at once.
 *
 * A C program links libsmtpcodes.a or libsmtpcodes.so and needs no Lua.
 */
#ifndef SMTPCODES_H
#define SMTPCODES_H

#include <stddef.h>
#include "smtpcodes_visibility.h"

SMTPC_HIDDEN_BEGIN

#ifdef __cplusplus
extern "C" {
#endif

#define SMTPC_VERSION "0.1.0"

/* How a basic reply code is standardized. */
typedef enum smtpc_status {
  SMTPC_STATUS_CORE = 0,      /* RFC 5321 itself */
  SMTPC_STATUS_EXTENSION,     /* a standards-track SMTP extension */
  SMTPC_STATUS_EXPERIMENTAL,  /* an experimental RFC */
  SMTPC_STATUS_REGISTRY_ONLY, /* named only as an associated code in the IANA registry */
  SMTPC_STATUS_DRAFT,         /* an Internet-Draft that never became an RFC */
  SMTPC_STATUS_NON_STANDARD   /* in use or in circulation, defined by no standard */
} smtpc_status;

/*
 * One basic three-digit reply code.  List fields hold space-separated tokens:
 * commands are SMTP verbs ("CONNECT" stands for the connection greeting),
 * related and enhanced hold codes, references hold "RFC5321#4.2.2"-style
 * document#section tokens ("IANA-ESC" names the enhanced status code registry).
 */
typedef struct smtpc_basic {
  int code;
  smtpc_status status;
  const char *name;        /* short name, unique across the table */
  const char *commands;    /* commands this code answers (RFC 5321 section 4.3.2) */
  const char *related;     /* codes a reader should compare it with */
  const char *enhanced;    /* enhanced status codes typically sent with it */
  const char *references;  /* where it is defined */
  const char *description; /* what it means */
  const char *when;        /* when a client meets it */
  const char *fix;         /* what to do about it */
  const char *use;         /* when a server should send it */
} smtpc_basic;

/*
 * One entry X.subject.detail of the IANA enhanced status code registry.
 * basic holds the registry's associated basic codes as numbers, or the
 * tokens "any" and "4xx"/"5xx" where the registry allows any such code.
 */
typedef struct smtpc_enhanced_entry {
  int subject;
  int detail;
  const char *classes;       /* allowed class digits, e.g. "45" */
  const char *basic;         /* associated basic codes, e.g. "451 550" */
  const char *references;    /* defining documents, same form as smtpc_basic */
  const char *deprecated_by; /* "X.6.8" when the entry is deprecated, else "" */
  const char *name;          /* the registry's title of the entry */
  const char *description;
  const char *when;
  const char *fix;
} smtpc_enhanced_entry;

/*
 * A basic code an enhanced status code is sent with in practice although the
 * registry entry does not list it (src/data/seen_with.def), with its source.
 */
typedef struct smtpc_seen_with {
  int subject;
  int detail;
  int basic;            /* 452 */
  const char *source;   /* who sends the pair: "Gmail", "Postfix" */
  const char *document; /* the title of that sender's page that shows it */
  const char *url;      /* its address */
} smtpc_seen_with;

/* The two kinds of code the library understands. */
typedef enum smtpc_kind {
  SMTPC_KIND_BASIC = 1,   /* 550 */
  SMTPC_KIND_ENHANCED = 2 /* 5.1.1 */
} smtpc_kind;

/* A parsed code.  For a basic code subject and detail are -1. */
typedef struct smtpc_code {
  smtpc_kind kind;
  int klass;   /* 2..5 (3 only for basic codes) */
  int subject; /* enhanced: 0..999 */
  int detail;  /* enhanced: 0..999 */
  int value;   /* basic: the three-digit code; enhanced: 0 */
} smtpc_code;

/* Why a text or number is not a code.  Names are stable (smtpc_error_name). */
typedef enum smtpc_error {
  SMTPC_OK = 0,
  SMTPC_E_MALFORMED,    /* not of the form 550 or 5.1.1 */
  SMTPC_E_OUT_OF_RANGE, /* right form, but no such class (600, 199, 6.1.1) */
  SMTPC_E_UNKNOWN       /* a well-formed basic code nobody documents (299) */
} smtpc_error;

/* ---- tables -------------------------------------------------------------- */

/* Number of basic codes in the table, and the i-th in ascending order. */
size_t smtpc_basic_count(void);
const smtpc_basic *smtpc_basic_at(size_t i);

/* The basic code entry for a three-digit code, or NULL. */
const smtpc_basic *smtpc_basic_find(int code);

/* Number of registry entries, and the i-th in ascending (subject, detail) order. */
size_t smtpc_enhanced_count(void);
const smtpc_enhanced_entry *smtpc_enhanced_at(size_t i);

/* The registry entry X.subject.detail, or NULL when it is not registered. */
const smtpc_enhanced_entry *smtpc_enhanced_find(int subject, int detail);

/* Nonzero when the entry allows the class digit klass. */
int smtpc_enhanced_allows(const smtpc_enhanced_entry *entry, int klass);

/* Number of seen-with entries, and the i-th in ascending (subject, detail, basic) order. */
size_t smtpc_seen_with_count(void);
const smtpc_seen_with *smtpc_seen_with_at(size_t i);

/*
 * Advice on choosing between two related basic codes (in either order): which
 * a server should send in which situation, and what a client does; or NULL.
 */
const char *smtpc_pair_advice(int a, int b);

/* ---- names --------------------------------------------------------------- */

/* Basic class name ("Positive Completion"...) for 2..5, else NULL. */
const char *smtpc_class_name(int klass);

/* Basic category name for the second digit 0..5 ("Syntax"...), else NULL. */
const char *smtpc_category_name(int digit);

/* Enhanced class name ("Permanent Failure"...) for 2, 4, 5, else NULL. */
const char *smtpc_enhanced_class_name(int klass);

/* Enhanced subject name ("Addressing Status"...) for 0..7, else NULL. */
const char *smtpc_subject_name(int subject);

/* Lower-case name of a status ("core", "extension", ..., "non-standard"). */
const char *smtpc_status_name(smtpc_status status);

/* Stable lower-case name of an error ("malformed", "out_of_range", "unknown"). */
const char *smtpc_error_name(smtpc_error err);

/* ---- codes --------------------------------------------------------------- */

/*
 * Parses len bytes of s as a code: "550" or "5.1.1".  Surrounding spaces,
 * tabs, CR and LF are ignored; anything else (a NUL byte, trailing text, a
 * leading zero in a subject or detail, more than three digits) is malformed.
 * A basic code must be documented (else SMTPC_E_UNKNOWN); an enhanced code
 * need only be well-formed with class 2, 4 or 5.  On SMTPC_E_UNKNOWN out is
 * filled all the same, so the class of an undocumented code is known.
 */
smtpc_error smtpc_parse_code(const char *s, size_t len, smtpc_code *out);

/* Checks an integer basic code: in 200..599 and documented (else as above). */
smtpc_error smtpc_code_from_int(long long value, smtpc_code *out);

/* Writes the canonical text of a code ("550", "5.1.1") into buf; returns its length. */
size_t smtpc_code_text(const smtpc_code *code, char *buf, size_t size);

/* Orders codes: by class, then basic before enhanced, then numerically. */
int smtpc_code_order(const smtpc_code *a, const smtpc_code *b);

/* ---- comparison ---------------------------------------------------------- */

/* What a comparison found different or shared, in reading order. */
typedef enum smtpc_diff_kind {
  SMTPC_DIFF_CLASS = 0,  /* different classes: the outcome differs */
  SMTPC_DIFF_RETRY,      /* one is retried by a client, the other is not */
  SMTPC_DIFF_CATEGORY,   /* same class, different category (second digit) */
  SMTPC_DIFF_SUBJECT,    /* enhanced codes about different subjects */
  SMTPC_DIFF_MEANING,    /* different meanings (always present for distinct codes) */
  SMTPC_DIFF_COMMANDS,   /* they answer different SMTP commands (both lists known) */
  SMTPC_DIFF_STATUS,     /* defined with different standing (core vs extension) */
  SMTPC_DIFF_KIND,       /* a basic code against an enhanced code */
  SMTPC_DIFF_RELATED     /* listed as related: a deliberate pair */
} smtpc_diff_kind;

#define SMTPC_MAX_DIFFS 9

/* The structured result of comparing two codes, first < second. */
typedef struct smtpc_comparison {
  smtpc_code first;
  smtpc_code second;
  int same_class;
  int same_category; /* same second digit, or same subject for enhanced codes */
  int ndiffs;
  smtpc_diff_kind diffs[SMTPC_MAX_DIFFS];
} smtpc_comparison;

/* Compares two parsed codes; the result is ordered whatever the argument order. */
void smtpc_compare(const smtpc_code *a, const smtpc_code *b, smtpc_comparison *out);

#ifdef __cplusplus
}
#endif

/* Reading replies: parsing, enhanced codes in text, extraction from messages. */
#include "smtpcodes_reply.h"

/* What a reply means for the sender: verdict, reason, action, retry timing. */
#include "smtpcodes_classify.h"

/* Reading bounce mails, mbox streams and MTA logs: one result per recipient. */
#include "smtpcodes_scan.h"

SMTPC_HIDDEN_END

#endif
