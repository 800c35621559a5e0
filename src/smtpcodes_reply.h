/*
 * smtpcodes_reply.h: reading SMTP replies as servers really send them.
 *
 * Three jobs, one file each:
 *   reply_parse.c     one reply from a buffer (whole or stream mode), its
 *                     lines, warnings, and its text joined into one line;
 *                     also smtpc_esc_match, its body inlined into each line's split;
 *   reply_enhanced.c  an enhanced status code (RFC 3463) inside reply text;
 *   reply_extract.c   the SMTP reply buried in an error message or log line.
 *
 * Like the rest of the core this never allocates and keeps no state: every
 * result is a number or a span {off, len} into the caller's buffer, and the
 * caller passes output arrays with their capacity.  Input is never assumed to
 * be NUL-terminated or valid text; every length is a size_t.
 *
 * This header stands alone (smtpcodes.h includes it), so an enhanced code is
 * its own small smtpc_esc here rather than the smtpc_code of smtpcodes.h.
 */
#ifndef SMTPCODES_REPLY_H
#define SMTPCODES_REPLY_H

#include <stddef.h>
#include "smtpcodes_visibility.h"

SMTPC_HIDDEN_BEGIN

#ifdef __cplusplus
extern "C" {
#endif

/* Bytes buf[off .. off+len) of the buffer the caller passed in. */
typedef struct smtpc_span {
  size_t off;
  size_t len;
} smtpc_span;

/* An enhanced status code klass.subject.detail; klass is 0 when there is none. */
typedef struct smtpc_esc {
  int klass;   /* 2, 4 or 5 */
  int subject; /* 0..999 */
  int detail;  /* 0..999 */
} smtpc_esc;

/* Why a buffer holds no reply.  Names are stable (smtpc_reply_error_name). */
typedef enum smtpc_reply_error {
  SMTPC_REPLY_OK = 0,
  SMTPC_REPLY_E_EMPTY,          /* "empty": no bytes, or only blanks and line ends */
  SMTPC_REPLY_E_NOT_A_REPLY,    /* "not_a_reply": does not start with three digits */
  SMTPC_REPLY_E_BAD_CODE,       /* "bad_code": three digits, but first not 2..5 or a fourth digit follows */
  SMTPC_REPLY_E_TOO_LONG,       /* "too_long": a line or the whole reply passes its limit */
  SMTPC_REPLY_E_TOO_MANY_LINES, /* "too_many_lines": more lines than the limit */
  SMTPC_REPLY_E_INCOMPLETE      /* "incomplete": stream mode, the final line has not fully arrived */
} smtpc_reply_error;

/*
 * Warnings: a reply was understood, but it is not what RFC 5321 says.
 * One bit each; names are stable (smtpc_reply_warning_name).
 */
#define SMTPC_W_MIXED_CODES           (1u << 0)  /* "mixed_codes": lines carry different codes; the last counts */
#define SMTPC_W_BARE_LF               (1u << 1)  /* "bare_lf": a line ends in LF without CR */
#define SMTPC_W_MISSING_SPACE         (1u << 2)  /* "missing_space": text glued to the code ("250OK", "250\tOK") */
#define SMTPC_W_CLASS_MISMATCH        (1u << 3)  /* "class_mismatch": 4xx with 5.x.x, 250 with 4.x.x... */
#define SMTPC_W_ENHANCED_INCONSISTENT (1u << 4)  /* "enhanced_inconsistent": lines carry different enhanced codes */
#define SMTPC_W_NON_UTF8              (1u << 5)  /* "non_utf8": bytes that are not UTF-8 (kept as they are) */
#define SMTPC_W_MALFORMED_LINE        (1u << 6)  /* "malformed_line": a line inside the reply has no valid code */
#define SMTPC_W_NONSTANDARD_CODE      (1u << 7)  /* "nonstandard_code": second digit 6..9 (RFC 5321 allows 0..5) */
#define SMTPC_W_NO_FINAL_LINE         (1u << 8)  /* "no_final_line": whole mode, the input ended after a "NNN-" line */
#define SMTPC_W_LONG_LINE             (1u << 9)  /* "long_line": a line passes RFC 5321's 512 octets (with CRLF) */
#define SMTPC_W_CONTROL_CHARS         (1u << 10) /* "control_chars": NUL, a lone CR or another control byte but HT */
#define SMTPC_W_TRAILING_DATA         (1u << 11) /* "trailing_data": whole mode or extract, another reply (or
                                                    other text) follows this one in the same buffer */
#define SMTPC_W_NO_CODE               (1u << 12) /* "no_code": extract, no basic code: an enhanced code alone
                                                    ("Status: 5.1.1"), or a failure that got no reply */
#define SMTPC_W_COUNT 13

/* Limits.  A field of 0 means its default. */
#define SMTPC_REPLY_DEFAULT_MAX_LINE  2048u  /* octets in a line, not counting CR LF */
#define SMTPC_REPLY_DEFAULT_MAX_LINES 1000u  /* lines in a reply */
#define SMTPC_REPLY_DEFAULT_MAX_SIZE  65536u /* octets in a reply, line ends included */

typedef struct smtpc_reply_limits {
  size_t max_line;
  size_t max_lines;
  size_t max_size;
} smtpc_reply_limits;

/* Mode flags for smtpc_reply_parse. */
#define SMTPC_REPLY_STREAM 1 /* a line is complete only with its LF; see smtpc_reply_parse */

/* One line of a reply.  All spans are relative to the start of buf. */
typedef struct smtpc_reply_line {
  smtpc_span line;  /* the whole line without its line end */
  smtpc_span text;  /* after "NNN-", "NNN " or "NNN"; the whole line when code is 0 */
  smtpc_span human; /* text without a leading enhanced code, blanks trimmed both sides */
  smtpc_esc esc;    /* the enhanced code that starts text, klass 0 when none */
  int code;         /* the line's code, 0 for a malformed line */
  int sep;          /* '-', ' ', or 0: bare code, glued text or malformed line */
} smtpc_reply_line;

/* What a reply says as a whole. */
typedef struct smtpc_reply {
  int code;           /* the code of the last line that carries one (the final line) */
  int klass;          /* code / 100: 2..5 */
  smtpc_esc esc;      /* the reply's enhanced code, klass 0 when none (see smtpc_reply_parse) */
  smtpc_span esc_at;  /* where esc stands in buf (len 0 when none) */
  int esc_in_text;    /* 1 when esc was found inside the text rather than at a line start */
  smtpc_span text;    /* first line's human text up to the end of the last line: the human
                         text itself for a one-line reply; raw bytes otherwise (use smtpc_reply_join) */
  size_t nlines;      /* lines in the reply */
  size_t nstored;     /* lines written to the caller's array: min(nlines, cap) */
  size_t size;        /* bytes of buf the reply takes, its final line end included */
  unsigned warnings;  /* SMTPC_W_* bits */
} smtpc_reply;

/* Fills lim with the defaults. */
void smtpc_reply_limits_default(smtpc_reply_limits *lim);

/*
 * Parses the reply at the start of buf[0..len).
 *
 * Lines end in CRLF, or LF alone (warning bare_lf).  "NNN-" lines continue
 * the reply; a line with a code and anything else ("NNN text", "NNN",
 * "NNN ", "NNNtext") ends it.  A line inside a reply that does not start
 * with a valid code (a blank line, a wrapped line of text) is kept as a line
 * with code 0 and the warning malformed_line; only the first line must carry
 * a code.  The reply's code is the final line's; when lines disagree the
 * warning mixed_codes is set.  Codes with a second digit 6..9 are accepted
 * with the warning nonstandard_code; a first digit other than 2..5 is the
 * error bad_code.  Bytes after the reply are left alone: out->size says
 * where the next one starts.
 *
 * flags 0 (whole mode): the end of buf ends the last line and the reply; a
 * reply that stops after a "NNN-" line is accepted with no_final_line.
 * SMTPC_REPLY_STREAM: buf is what a connection has delivered so far.  A line
 * counts only once its LF is there (a CR at the very end of buf waits for its
 * LF), and a reply only once its final line is complete: until then the
 * result is SMTPC_REPLY_E_INCOMPLETE, or a limit error as soon as the data
 * seen so far already breaks a limit, or not_a_reply/bad_code as soon as the
 * first bytes cannot start a reply.
 *
 * The enhanced code is the one that starts the text of the last line that
 * has one; lines that carry different ones set enhanced_inconsistent.  When
 * no line starts with one, the text is searched as smtpc_esc_find does
 * ("... (#5.7.1)", "smtp;550 5.1.1") and esc_in_text is set.
 *
 * out is required; lines may be NULL with cap 0.  When nlines > cap only the first cap lines
 * are stored (nstored says how many); everything else is still complete.
 * limits may be NULL for the defaults.  On an error out->nlines and
 * out->size tell how far the parser got.
 */
smtpc_reply_error smtpc_reply_parse(const char *buf, size_t len, int flags,
                                    const smtpc_reply_limits *limits,
                                    smtpc_reply *out, smtpc_reply_line *lines,
                                    size_t cap);

/*
 * Stream mode without details: sets *size to the length of the first
 * complete reply in buf and returns SMTPC_REPLY_OK, or returns why not
 * (SMTPC_REPLY_E_INCOMPLETE: wait for more bytes).  A caller that keeps its
 * own buffer calls this after each chunk that brought a LF, parses and drops
 * *size bytes, and repeats.
 */
smtpc_reply_error smtpc_reply_scan(const char *buf, size_t len,
                                   const smtpc_reply_limits *limits,
                                   size_t *size);

/*
 * Writes the reply's human text into dst: each line's text, without a
 * leading enhanced code equal to reply->esc and without surrounding blanks,
 * empty lines skipped, joined with one space.  buf and reply are what
 * smtpc_reply_parse was given and returned (SMTPC_REPLY_OK).  Like snprintf:
 * returns the full length (without NUL); writes at most cap - 1 bytes and a
 * NUL when cap > 0.  dst may be NULL when cap is 0.
 */
size_t smtpc_reply_join(const char *buf, const smtpc_reply *reply, char *dst,
                        size_t cap);

/*
 * smtpc_reply_join from the lines smtpc_reply_parse stored, without reading
 * the reply again; when it stored fewer than nlines (or lines is NULL) this
 * is smtpc_reply_join.
 */
size_t smtpc_reply_join_lines(const char *buf, const smtpc_reply *reply,
                              const smtpc_reply_line *lines, char *dst, size_t cap);

/* Stable name of an error ("ok", "empty", "not_a_reply", ...); "unknown" otherwise. */
const char *smtpc_reply_error_name(smtpc_reply_error err);

/* Stable name of one warning bit ("mixed_codes", ...); NULL if not exactly one known bit. */
const char *smtpc_reply_warning_name(unsigned bit);

/* ---- enhanced codes (reply_enhanced.c; smtpc_esc_match in reply_parse.c) - */

/*
 * Matches an enhanced code starting exactly at s[pos]: class 2, 4 or 5, a
 * dot, subject and detail of 1..3 digits each without a leading zero ("0" is
 * fine, "01" is not).  It must stand alone: not preceded by a digit, letter
 * or '.', not followed by a digit, a letter, or '.' and a digit.  So nothing
 * is read out of "[92.5.1.10]", "Postfix 3.5.1.2", "v4.2.1" or "4.16.55.1".
 * Returns its length (5..11) and fills out, or returns 0.  out may be NULL.
 */
size_t smtpc_esc_match(const char *s, size_t len, size_t pos, smtpc_esc *out);

/*
 * Finds the first enhanced code of text s[0..len) in one of the places
 * servers put it: at the start (after blanks), after '#' ("#5.1.0",
 * "(#5.7.1)", "< #5.1.10"), or after a basic code and ' ', '-', ';' or ':'
 * ("smtp;550 5.1.1", "550-5.7.1", "550:5.1.1").  A number anywhere else,
 * such as "version 4.94.2", is not taken.  Returns 1 and fills out and at
 * (either may be NULL), or returns 0.
 */
int smtpc_esc_find(const char *s, size_t len, smtpc_esc *out, smtpc_span *at);

/* ---- replies inside other text (reply_extract.c) ------------------------- */

/* One reply found inside a string. */
typedef struct smtpc_found {
  int code;          /* basic code, 0 when nothing was found */
  smtpc_esc esc;     /* its enhanced code, klass 0 when none */
  smtpc_span esc_at; /* where esc stands (len 0 when none) */
  smtpc_span reply;  /* from the code to the end of the reply */
  smtpc_span text;   /* the text after code, separator and enhanced code */
  int multiline;     /* 1 when reply starts with "NNN-" or holds several lines:
                        smtpc_reply_parse and smtpc_reply_join on it give clean text */
  unsigned warnings; /* SMTPC_W_CLASS_MISMATCH when code and esc disagree; SMTPC_W_TRAILING_DATA
                        when another reply follows; SMTPC_W_NO_CODE when code is 0 */
} smtpc_found;

/*
 * Finds the SMTP reply in an error message or log line, such as
 *   "smtp.lua:124: 550-5.7.26 Unauthenticated email ..."
 *   "... said: 550 5.1.1 <x@y>: Recipient address rejected (in reply to RCPT TO command)"
 *   "Remote Server returned '554 5.1.0 < #5.1.10 smtp;550 5.1.10 RESOLVER...>'"
 * A code is three digits (2..5, 0..5, 0..9) at a word boundary: at the start
 * or after a blank, a quote, '(', '<', '[', '{', ';', '=' or '|', and followed by
 * the end, a blank, '-' (not "203-0-113-5"), or ';'/':' and an enhanced
 * code.  So a line number ("smtp.lua:124:"), a timestamp, a port ("port
 * 443", ":587") or the digits of an IP are not taken.
 *
 * outer is the first code that looks like a reply (it has an enhanced code,
 * starts the string or a line, or follows ": " or a quote), else the first
 * documented basic code (so "timeout after 300 seconds" holds no reply).  Its reply ends at the closing quote or bracket that encloses
 * it, before Postfix's " (in reply to ... command)", and without trailing
 * blanks.  inner is the innermost reply an NDR quotes inside outer (the
 * last code after outer with an enhanced code or right after ';', as in
 * "smtp;550 5.1.10"), code 0 when there is none.  inner may be NULL.
 * A number that prose qualifies ("after 450 seconds", "at byte 421", "552
 * MB", "HTTP/1.1 503", a header "Content-Length: 452") is not a code.  Inside
 * a log line the reply ends with its line, unless the following lines are
 * indented continuations; Exchange's "#550 4.4.7 text ##" is read without
 * its hashes.  When another reply follows, outer has SMTPC_W_TRAILING_DATA.
 * With no basic code, outer is the first enhanced code where reports put one
 * ("Status: 5.1.1", "dsn=5.4.4", "4.4.1 No answer from host") with code 0,
 * or, for a failure that got no reply at all (smtpc_failure_find:
 * "Connection timed out"), the whole trimmed string with code 0 and no
 * enhanced code; both set SMTPC_W_NO_CODE.
 * Returns SMTPC_REPLY_OK, SMTPC_REPLY_E_EMPTY or SMTPC_REPLY_E_NOT_A_REPLY.
 */
smtpc_reply_error smtpc_reply_extract(const char *s, size_t len,
                                      smtpc_found *outer, smtpc_found *inner);

#ifdef __cplusplus
}
#endif

SMTPC_HIDDEN_END

#endif
