/*
 * smtpcodes_classify.h: what a reply means for the sender, in one call.
 *
 * smtpc_classify reads a reply's basic code, its enhanced code and its text
 * and answers four questions: did it work (the verdict), why not (the
 * reason), what should the sender do (the action), and when to try again.
 * The rules, each with its source, are written out in classify.c; the
 * provider knowledge is src/data/provider_codes.def and the text markers are
 * src/data/reason_rules.def.
 *
 * Like the rest of the core this never allocates and keeps no state; every
 * pointer it returns points into static const tables.  This header stands
 * alone (smtpcodes.h includes it); it needs only smtpc_esc from
 * smtpcodes_reply.h.
 */
#ifndef SMTPCODES_CLASSIFY_H
#define SMTPCODES_CLASSIFY_H

#include <stddef.h>
#include <stdint.h>

#include "smtpcodes_reply.h"
#include "smtpcodes_visibility.h"

SMTPC_HIDDEN_BEGIN

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Did the command work?  From the protocol alone, never from the text; only a
 * failure with no code at all (failures.def) takes its verdict from what the
 * sending MTA decides for it.
 */
typedef enum smtpc_verdict {
  SMTPC_VERDICT_UNKNOWN = 0,  /* "unknown": no basic code and no enhanced class */
  SMTPC_VERDICT_SUCCESS,      /* "success": 2xx, or 2.x.x without a basic code */
  SMTPC_VERDICT_INTERMEDIATE, /* "intermediate": 3xx, send the next part */
  SMTPC_VERDICT_TRANSIENT,    /* "transient": 4xx, or 4.x.x without a basic code */
  SMTPC_VERDICT_PERMANENT     /* "permanent": 5xx, or 5.x.x without a basic code */
} smtpc_verdict;

/*
 * Why a command failed.  Stable lower-case names (smtpc_reason_name) are the
 * enum names without the prefix: "user_unknown", "rate_limited", ...
 * Reasons about the sender (greylisted, rate_limited, blocked, spam_content,
 * sender_auth (which also covers a refused sender address or domain), auth_*,
 * tls_required, relay_denied,
 * message_too_large, protocol_error) never lead to suppressing the recipient.
 */
typedef enum smtpc_reason {
  SMTPC_REASON_UNKNOWN = 0,          /* nothing says why (or the command worked) */
  SMTPC_REASON_USER_UNKNOWN,         /* no such mailbox, or it is gone for good */
  SMTPC_REASON_MAILBOX_FULL,         /* the recipient's mailbox is over its quota */
  SMTPC_REASON_MAILBOX_DISABLED,     /* the mailbox exists but takes no mail */
  SMTPC_REASON_DOMAIN_NOT_FOUND,     /* the recipient's domain does not resolve or route */
  SMTPC_REASON_NOT_ACCEPTING_MAIL,   /* the domain or server declares it takes no mail (null MX, 521, 556) */
  SMTPC_REASON_GREYLISTED,           /* come back in a few minutes */
  SMTPC_REASON_RATE_LIMITED,         /* too much, too fast: slow down */
  SMTPC_REASON_BLOCKED,              /* the sending IP or domain is on a block list or has a bad reputation */
  SMTPC_REASON_SPAM_CONTENT,         /* the message itself was judged spam or dangerous */
  SMTPC_REASON_SENDER_AUTH,          /* SPF, DKIM, DMARC, ARC, reverse DNS or HELO checks failed */
  SMTPC_REASON_AUTH_REQUIRED,        /* the server wants SMTP AUTH first */
  SMTPC_REASON_AUTH_FAILED,          /* SMTP AUTH was refused */
  SMTPC_REASON_TLS_REQUIRED,         /* the server wants STARTTLS (or REQUIRETLS) first */
  SMTPC_REASON_RELAY_DENIED,         /* the server will not relay to that domain for this client */
  SMTPC_REASON_TOO_MANY_RECIPIENTS,  /* this transaction has enough recipients; send the rest later */
  SMTPC_REASON_MESSAGE_TOO_LARGE,    /* the message passes a size limit */
  SMTPC_REASON_POLICY,               /* refused by a local rule of the receiving side */
  SMTPC_REASON_SYSTEM_ERROR,         /* a fault or overload of the receiving system */
  SMTPC_REASON_PROTOCOL_ERROR,       /* a command, its syntax or the message format was wrong */
  SMTPC_REASON_NETWORK_ERROR,        /* no reply: the connection or the TLS handshake failed or broke off */
  SMTPC_REASON_COUNT
} smtpc_reason;

/* What the sender should do next.  Stable names as for reasons. */
typedef enum smtpc_action {
  SMTPC_ACTION_NONE = 0,            /* "none": it worked, or nothing is known */
  SMTPC_ACTION_RETRY,               /* "retry": queue it and try again at retry_after */
  SMTPC_ACTION_RETRY_LATER_SLOWLY,  /* "retry_later_slowly": retry, but wait longer and send less */
  SMTPC_ACTION_RESEND_REST,         /* "resend_rest": send the refused recipients in another transaction */
  SMTPC_ACTION_FIX_ADDRESS,         /* "fix_address": correct the recipient address (user_unknown from a
                                       malformed or misdirected address: X.1.3, X.1.4, X.6.7, 551, 553) */
  SMTPC_ACTION_SUPPRESS_ADDRESS,    /* "suppress_address": stop sending to this recipient */
  SMTPC_ACTION_FIX_SENDER_SETUP,    /* "fix_sender_setup": fix DNS, authentication, reputation, software,
                                       or the message itself (size, content) */
  SMTPC_ACTION_AUTHENTICATE,        /* "authenticate": log in (SMTP AUTH) or fix the credentials */
  SMTPC_ACTION_USE_TLS,             /* "use_tls": issue STARTTLS and repeat */
  SMTPC_ACTION_CONTACT_POSTMASTER,  /* "contact_postmaster": only a person on the receiving side can help */
  SMTPC_ACTION_COUNT
} smtpc_action;

/* Where the reason came from. */
typedef enum smtpc_source {
  SMTPC_FROM_NOTHING = 0, /* "nothing": no reason found */
  SMTPC_FROM_PROVIDER,    /* "provider": a provider's own code or marker (provider_codes.def) */
  SMTPC_FROM_ENHANCED,    /* "enhanced": a registered enhanced status code */
  SMTPC_FROM_TEXT,        /* "text": a marker in the reply text (reason_rules.def) */
  SMTPC_FROM_BASIC        /* "basic": the basic reply code alone */
} smtpc_source;

/* How a text marker must stand in the text (bits). */
#define SMTPC_MATCH_ANY   0u /* anywhere, inside a word too */
#define SMTPC_MATCH_START 1u /* not preceded by a letter or digit */
#define SMTPC_MATCH_END   2u /* not followed by a letter or digit */
#define SMTPC_MATCH_WORD  3u /* both: a whole word ("spf", "rbl", "gsmtp") */

/*
 * One piece of provider knowledge: an enhanced code (or a range of details)
 * a provider defines outside the IANA registry, or a marker it puts in its
 * reply text.  Markers are matched without regard to case.
 */
typedef struct smtpc_provider {
  const char *provider;    /* "Microsoft", "Google", "Yahoo", "Apple iCloud", "GMX / WEB.DE" */
  const char *marker;      /* is_code: "5.7.515" or "5.7.606-5.7.649"; else the text, "[TSS04]" */
  int is_code;             /* 1: an enhanced code or range, 0: a text marker */
  smtpc_reason reason;     /* what it means; SMTPC_REASON_UNKNOWN when it only names the provider */
  const char *name;        /* a short title */
  const char *description; /* what it means, our words */
  const char *when;        /* is_code: when a sender meets it, our words; text markers: NULL */
  const char *fix;         /* what to do */
  const char *reference;   /* the provider's own public documentation, or "practice" */
  int klass;               /* is_code: 4 or 5; a text marker that counts only with one
                              enhanced code: its class; else 0 */
  int subject;             /* is_code, or such a text marker: the subject; else 0 */
  int detail_lo;           /* is_code: first detail of the range; such a text marker: its detail; else 0 */
  int detail_hi;           /* is_code: last detail of the range (equal for one code); such a
                              text marker: its detail; else 0 */
  size_t marker_len;       /* strlen(marker) */
  unsigned match;          /* text markers: SMTPC_MATCH_* bits */
} smtpc_provider;

/* One text marker of src/data/reason_rules.def, in priority order. */
typedef struct smtpc_text_rule {
  const char *marker; /* lower case */
  size_t len;
  unsigned match;     /* SMTPC_MATCH_* bits */
  smtpc_reason reason;
} smtpc_text_rule;

/* The answer of smtpc_classify. */
typedef struct smtpc_classification {
  smtpc_verdict verdict;
  smtpc_reason reason;
  smtpc_action action;
  long retry_after;   /* seconds until the first retry; 0 = no retry (neither transient nor
                         a full mailbox, which is retried for days even as 5xx) */
  long give_up_after; /* seconds after the first attempt to give up; 0 = no retry */
  smtpc_source source;
  const smtpc_provider *provider; /* the provider entry that gave the reason, else the one
                                     that named the provider ("gsmtp"), else NULL */
} smtpc_classification;

/*
 * Classifies one reply.  code: the basic code, 0 when unknown (a value
 * outside 200..599 counts as unknown).  With code 0 the enhanced code gives
 * the verdict ("dsn=5.4.4" with "Host or domain name not found" from a
 * Postfix log); with neither, a failure of failures.def in the text does
 * ("Connection timed out": transient, network_error).  esc: the enhanced code, may be NULL
 * or have klass 0.  text/len: the reply's human text, for example from
 * smtpc_reply_join or smtpc_found.text; may be NULL/0, need not be
 * NUL-terminated; only the first SMTPC_CLASSIFY_MAX_TEXT bytes are read.
 * out is always fully written.  For a success or intermediate reply the text
 * is not read and the reason is unknown.
 */
#define SMTPC_CLASSIFY_MAX_TEXT 4096u
void smtpc_classify(int code, const smtpc_esc *esc, const char *text, size_t len,
                    smtpc_classification *out);

/*
 * The text markers (reason_rules.def, failures.def and the provider markers)
 * indexed by byte triples: each marker by the three bytes it starts with and
 * by the three after its first (a marker of three bytes: by a non-letter and
 * its first two), so that a text is looked up at every second position and
 * only the markers under its triples there are compared.
 * smtpc_classifier_init fills it (a few microseconds); it is read-only
 * afterwards and may be shared between threads.  smtpc_classify builds one
 * on its stack per call (about 63 KB of stack: a thread with a small stack
 * keeps one elsewhere); a caller that classifies many replies builds one
 * once and calls smtpc_classify_with.
 */
#define SMTPC_CLASSIFIER_MAX_MARKERS 1024
#define SMTPC_CLASSIFIER_SLOTS 8192 /* a power of two, a few percent of them used */
typedef struct smtpc_classifier {
  unsigned short first[SMTPC_CLASSIFIER_SLOTS + 1]; /* per hash of three bytes: the first entry, 0xffff for
                                                      none; the last slot, no hash's, stays empty */
  /* per entry (two per marker: 2 * id and 2 * id + 1; the last, which any text matches, ends every chain) */
  uint64_t head[2 * SMTPC_CLASSIFIER_MAX_MARKERS + 1]; /* the marker's first bytes, lowered, where they stand
                                                          in the eight bytes of text from one before the position */
  uint64_t mask[2 * SMTPC_CLASSIFIER_MAX_MARKERS + 1]; /* the bits of those eight bytes that head gives */
  unsigned short next[2 * SMTPC_CLASSIFIER_MAX_MARKERS + 1]; /* the next entry with the same hash */
  /* per marker id */
  uint64_t more[SMTPC_CLASSIFIER_MAX_MARKERS]; /* its bytes 6..13, lowered (zeros past its end) */
  unsigned char len[SMTPC_CLASSIFIER_MAX_MARKERS]; /* its length, 255 for more */
  uint64_t provider_details[27]; /* per class (4, 5, 2) and subject (past 8: one): a bit per detail (past 62:
                                    bit 63) for which a provider defines a code */
  unsigned short every;       /* the first entry compared at every position looked up (the markers too
                                 short to have two triples), 0xffff for none */
  uint64_t sender_rules[SMTPC_CLASSIFIER_MAX_MARKERS / 64]; /* a bit per rule whose reason is about the
                                                              sender (its setup, its message) */
  size_t count;               /* markers indexed */
} smtpc_classifier;

void smtpc_classifier_init(smtpc_classifier *index);

/* smtpc_classify with an index smtpc_classifier_init filled. */
void smtpc_classify_with(const smtpc_classifier *index, int code, const smtpc_esc *esc,
                         const char *text, size_t len, smtpc_classification *out);

/*
 * A memo of recent answers, for a caller that classifies the same replies
 * again and again (a mail log repeats a deferral at every retry, a provider
 * its refusal for every recipient): the last answer for each of
 * SMTPC_CLASSIFY_MEMO_SLOTS inputs (basic code, enhanced code, text of at
 * most SMTPC_CLASSIFY_MEMO_TEXT bytes; longer texts are classified every
 * time).  Bounded, owned by the caller (all zeros is an empty memo), one per
 * thread: nothing in it is shared.
 */
#define SMTPC_CLASSIFY_MEMO_SLOTS 256
#define SMTPC_CLASSIFY_MEMO_TEXT 256u
typedef struct smtpc_classify_memo_slot {
  uint64_t hash; /* of the inputs; 0 = empty */
  int code;
  smtpc_esc esc; /* klass 0: none */
  size_t len;
  smtpc_classification answer;
  char text[SMTPC_CLASSIFY_MEMO_TEXT];
} smtpc_classify_memo_slot;

typedef struct smtpc_classify_memo {
  smtpc_classify_memo_slot slot[SMTPC_CLASSIFY_MEMO_SLOTS];
} smtpc_classify_memo;

/*
 * smtpc_classify_with, answered from memo when it holds the same inputs
 * (classification depends on nothing else, so the answer is the same) and
 * recorded there otherwise.  memo may be NULL.
 */
void smtpc_classify_memo_with(const smtpc_classifier *index, smtpc_classify_memo *memo, int code,
                              const smtpc_esc *esc, const char *text, size_t len,
                              smtpc_classification *out);

/*
 * The action and retry timing classify uses for a verdict and a reason, for
 * a caller that decided the reason itself.  retry_after and give_up_after
 * may be NULL; both are 0 unless the verdict is transient or the reason is
 * mailbox_full.
 */
smtpc_action smtpc_advise(smtpc_verdict verdict, smtpc_reason reason,
                          long *retry_after, long *give_up_after);

/* Stable lower-case names; NULL for a value outside the enum. */
const char *smtpc_verdict_name(smtpc_verdict verdict);
const char *smtpc_reason_name(smtpc_reason reason);
const char *smtpc_action_name(smtpc_action action);
const char *smtpc_source_name(smtpc_source source);

/* ---- provider knowledge (providers.c; text matching in classify.c) ------- */

/* The provider entry for an enhanced code outside the registry (5.7.515), or NULL. */
const smtpc_provider *smtpc_provider_find_code(int klass, int subject, int detail);

/*
 * The provider text marker found in text[0..len): the first entry that has a
 * reason, else the first that only names a provider, else NULL.  Markers that
 * count only with an enhanced code are left out (smtpc_classify checks them).
 */
const smtpc_provider *smtpc_provider_find_text(const char *text, size_t len);

/* All entries: codes first, then text markers, each in file order. */
size_t smtpc_provider_count(void);
const smtpc_provider *smtpc_provider_at(size_t i);

/* The text marker entries only: a pointer to the first, and their number. */
const smtpc_provider *smtpc_provider_text_markers(size_t *count);

/* The text markers of reason_rules.def, in priority order. */
size_t smtpc_text_rule_count(void);
const smtpc_text_rule *smtpc_text_rule_at(size_t i);

/*
 * A failure reported without any SMTP reply (src/data/failures.def): the
 * connection, the name lookup or the TLS handshake failed, and the sending
 * software wrote its own words ("Connection timed out").
 */
typedef struct smtpc_failure {
  const char *marker; /* lower case */
  size_t len;
  unsigned match;     /* SMTPC_MATCH_* bits */
  int klass;          /* 4 or 5: what the sending MTA decides (Postfix defers or bounces) */
  smtpc_reason reason;
} smtpc_failure;

/* The first failure of failures.def found in text[0..len), or NULL. */
const smtpc_failure *smtpc_failure_find(const char *text, size_t len);

/* The same with a marker index the caller built (smtpc_classifier_init), as a scanner keeps one. */
const smtpc_failure *smtpc_failure_find_with(const smtpc_classifier *index, const char *text, size_t len);

/* The entries of failures.def, in priority order. */
size_t smtpc_failure_count(void);
const smtpc_failure *smtpc_failure_at(size_t i);

#ifdef __cplusplus
}
#endif

SMTPC_HIDDEN_END

#endif
