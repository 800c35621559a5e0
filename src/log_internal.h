/*
 * log_internal.h: what the log readers share.  scan_log.c reads the syslog
 * (or Exim) prefix of a line and hands the rest to the reader of that MTA
 * (log_postfix.c, log_exim.c, log_sendmail.c); log_queue.c remembers, per
 * queue id, what other lines said (sender, message-id) and, for Postfix,
 * the recipients still deferred.  Internal to the core: never installed.
 */
#ifndef SMTPC_LOG_INTERNAL_H
#define SMTPC_LOG_INTERNAL_H

#include <stddef.h>
#include <string.h>

#include "scan_internal.h"

SMTPC_HIDDEN_BEGIN

/* One log line, cut into its prefix and the MTA's own message. */
typedef struct smtpc_log_fields {
  smtpc_text date; /* the time stamp as written */
  smtpc_text host; /* the host that wrote the line */
  smtpc_text prog; /* "postfix/smtp", "exim", "sm-mta", ... (empty: no syslog tag) */
  const char *msg; /* the MTA's message after the prefix */
  size_t len;
  size_t lineno;
} smtpc_log_fields;

/* ---- the join table (log_queue.c) ---------------------------------------- */

#define SMTPC_LOGQ_ID_MAX 32u     /* bytes of a queue id kept (longer ids are not joined) */
#define SMTPC_LOGQ_TEXT_MAX 320u  /* bytes of a sender or message-id kept */
#define SMTPC_LOGQ_PEND_MAX 1536u /* bytes of a deferred delivery line kept */

typedef struct smtpc_logq smtpc_logq;

/* What the table knows about one queue id; the strings stay valid until the next table call. */
typedef struct smtpc_logq_info {
  smtpc_text sender;
  smtpc_text message_id;
} smtpc_logq_info;

/* A table for at most max entries (each message, each deferred recipient); NULL when memory is short. */
smtpc_logq *smtpc_logq_new(size_t max);
void smtpc_logq_free(smtpc_logq *q);

/* Remembers the sender or the message-id of a queue id (the oldest id is forgotten when full). */
int smtpc_logq_set_sender(smtpc_logq *q, smtpc_text id, smtpc_text sender);
int smtpc_logq_set_message_id(smtpc_logq *q, smtpc_text id, smtpc_text message_id);

/* What is known of a queue id (empty texts when nothing). */
smtpc_logq_info smtpc_logq_get(smtpc_logq *q, smtpc_text id);

/* Forgets a queue id and its deferred recipients (the message left the queue). */
void smtpc_logq_drop(smtpc_logq *q, smtpc_text id);

/* Remembers the last deferral of a recipient (its delivery line text), replacing an earlier one. */
int smtpc_logq_defer(smtpc_logq *q, smtpc_text id, smtpc_text rcpt, smtpc_text line);

/* The recipient was delivered or bounced: its deferral is settled. */
void smtpc_logq_settle(smtpc_logq *q, smtpc_text id, smtpc_text rcpt);

/*
 * Takes the deferral text of the first recipient still deferred for id into
 * buf (cap bytes, at least SMTPC_LOGQ_PEND_MAX), forgets it, and returns its
 * length; 0 when none is left.
 */
size_t smtpc_logq_take_deferred(smtpc_logq *q, smtpc_text id, char *buf, size_t cap);

/* The same for one recipient of id (Exim names the one whose retry time ran out); 0 when it has none. */
size_t smtpc_logq_take_recipient(smtpc_logq *q, smtpc_text id, smtpc_text rcpt, char *buf, size_t cap);

/* ---- the readers' state and helpers (scan_log.c) -------------------------- */

struct smtpc_log_state {
  smtpc_logq *q;   /* made on first use */
  size_t max_queue;
  char *scratch;   /* a reply's text cleaned of repeated "NNN-X.Y.Z " prefixes (max_line bytes) */
  size_t scratch_cap;
  char pend[SMTPC_LOGQ_PEND_MAX]; /* a deferred line taken back from the table */
};

/* The join table, made on first use; NULL when memory is short. */
smtpc_logq *smtpc_log_queue(smtpc_log_state *st);

/* s[0..n) as a text (inline: every reader makes many). */
static inline smtpc_text smtpc_log_text(const char *s, size_t n)
{
  smtpc_text t;
  t.ptr = n ? s : NULL;
  t.len = n;
  return t;
}

/* A letter or a digit (queue ids are made of them). */
extern const unsigned char smtpc_log_alnum[256]; /* 1 for an ASCII letter or digit (scan_log.c) */

static inline int smtpc_log_is_alnum(char c)
{
  return smtpc_log_alnum[(unsigned char)c];
}

/* The first needle (k bytes, or NUL-terminated) in s[0..n), or NULL; the macro for a string literal. */
const char *smtpc_log_findn(const char *s, size_t n, const char *needle, size_t k);
const char *smtpc_log_find(const char *s, size_t n, const char *needle);
#define SMTPC_LOG_FIND(s, n, lit) smtpc_log_findn((s), (n), (lit), sizeof(lit) - 1)

/* 1 when s[0..n) starts with the NUL-terminated prefix; the macro for a string literal. */
int smtpc_log_starts(const char *s, size_t n, const char *prefix);
#define SMTPC_LOG_STARTS(s, n, lit) ((n) >= sizeof(lit) - 1 && memcmp((s), (lit), sizeof(lit) - 1) == 0)

/*
 * Reads a remote reply "NNN[ -]X.Y.Z text" that starts s[0..n) into
 * r->reply_code, reply_esc and reply_text (the text cleaned of the repeated
 * "NNN-X.Y.Z " of a joined multi-line reply).  Returns 1, or 0 (r untouched)
 * when s does not start with a reply code.
 */
int smtpc_log_reply(smtpc_log_state *st, const char *s, size_t n, smtpc_scan_result *r);

/* The SMTP stage a phrase names: "RCPT TO", "MAIL FROM", "end of DATA", "the initial server greeting", ... */
smtpc_command smtpc_log_command(const char *s, size_t n);

/* An address with its angle brackets removed ("<a@b>" -> "a@b"; "<>" -> empty). */
smtpc_text smtpc_log_unbracket(const char *s, size_t n);

/* Starts a result of reader `source` for the line f (line, date, reporting host) and queue id. */
void smtpc_log_result(smtpc_scan_result *r, const smtpc_log_fields *f, smtpc_text id, const char *source);

/* Adds what other lines said of the queue id: the sender (unless the line gave one) and the message-id. */
void smtpc_log_join(smtpc_log_state *st, smtpc_text id, smtpc_scan_result *r);

/* A reader of one delivery line s[0..n) of queue id; expired: a deferral taken back, which now fails. */
typedef int (*smtpc_log_delivery)(smtpc_log_state *st, const smtpc_log_fields *f, smtpc_text id, const char *s,
                                  size_t n, int expired, smtpc_scan_out *out);

/* The message id expired: each recipient still deferred fails, read again from its last deferral. */
int smtpc_log_expire(smtpc_log_state *st, const smtpc_log_fields *f, smtpc_text id, smtpc_log_delivery read,
                     smtpc_scan_out *out);

/* One reader per MTA: each reads f->msg and emits what it completes; -1 when memory is short. */
int smtpc_log_postfix(smtpc_log_state *st, const smtpc_log_fields *f, smtpc_scan_out *out);
int smtpc_log_exim(smtpc_log_state *st, const smtpc_log_fields *f, smtpc_scan_out *out);
int smtpc_log_sendmail(smtpc_log_state *st, const smtpc_log_fields *f, smtpc_scan_out *out);

SMTPC_HIDDEN_END

#endif
