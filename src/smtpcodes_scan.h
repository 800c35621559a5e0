/*
 * smtpcodes_scan.h: per-recipient results from bounce mails, mbox streams
 * and MTA logs, read as a stream.
 *
 * A scanner is fed chunks of any size (smtpc_scanner_feed) and calls the
 * caller's emit function once per recipient result, as soon as the record
 * that holds it is complete: a whole message for mails, one line for logs.
 * smtpc_scanner_finish ends the stream and emits what is still pending.
 * Every buffer has a limit (smtpc_scan_limits); memory stays bounded by those
 * limits whatever the input.  A scanner keeps all its state in itself; the
 * core has no global mutable state, so scanners may live in many threads.
 *
 * The strings of a result point into the scanner's own buffers and are valid
 * only during the emit call: copy what you keep.
 */
#ifndef SMTPCODES_SCAN_H
#define SMTPCODES_SCAN_H

#include <stddef.h>

#include "smtpcodes_classify.h"
#include "smtpcodes_reply.h"
#include "smtpcodes_visibility.h"

SMTPC_HIDDEN_BEGIN

#ifdef __cplusplus
extern "C" {
#endif

/* A string inside the scanner's buffers: not NUL-terminated; len 0 = absent. */
typedef struct smtpc_text {
  const char *ptr;
  size_t len;
} smtpc_text;

/* What happened to the message for this recipient (the DSN Action, or the log's status). */
typedef enum smtpc_delivery {
  SMTPC_DELIVERY_UNKNOWN = 0, /* "unknown" */
  SMTPC_DELIVERY_FAILED,      /* "failed": bounced, expired, rejected */
  SMTPC_DELIVERY_DELAYED,     /* "delayed": deferred, still queued */
  SMTPC_DELIVERY_DELIVERED,   /* "delivered" */
  SMTPC_DELIVERY_RELAYED,     /* "relayed": handed on to a system that sends no DSN */
  SMTPC_DELIVERY_EXPANDED,    /* "expanded": an alias or list, delivered to its members */
  SMTPC_DELIVERY_COUNT
} smtpc_delivery;

/* What kind of report the result comes from. */
typedef enum smtpc_scan_kind {
  SMTPC_KIND_BOUNCE = 0, /* "bounce": a failure */
  SMTPC_KIND_DELAY,      /* "delay": a delay warning or a deferral */
  SMTPC_KIND_DELIVERY,   /* "delivery": success (delivered, relayed, expanded) */
  SMTPC_KIND_FEEDBACK,   /* "feedback": an ARF report (RFC 5965), never a bounce */
  SMTPC_KIND_AUTOREPLY,  /* "autoreply": an auto-reply (RFC 3834), never a bounce */
  SMTPC_KIND_COUNT
} smtpc_scan_kind;

/* The SMTP stage the remote server's reply answered. */
typedef enum smtpc_command {
  SMTPC_CMD_NONE = 0, /* "none": unknown, or no SMTP reply */
  SMTPC_CMD_CONNECT,  /* "CONNECT": the greeting */
  SMTPC_CMD_EHLO,     /* "EHLO" (also HELO, STARTTLS, AUTH) */
  SMTPC_CMD_MAIL,     /* "MAIL" */
  SMTPC_CMD_RCPT,     /* "RCPT" */
  SMTPC_CMD_DATA,     /* "DATA" */
  SMTPC_CMD_DATA_END, /* "DATA-END": the reply after the final dot */
  SMTPC_CMD_COUNT
} smtpc_command;

/* One recipient's result. */
typedef struct smtpc_scan_result {
  smtpc_text recipient;          /* Final-Recipient address, or to= */
  smtpc_text original_recipient; /* Original-Recipient, or orig_to= */
  smtpc_text sender;             /* the envelope sender when known (from=) */
  smtpc_text remote_mta;         /* the host that answered */
  smtpc_text reporting_mta;      /* the host that wrote the report or the log */
  smtpc_text queue_id;
  smtpc_text message_id;
  smtpc_text date;               /* Arrival-Date / Last-Attempt-Date / the log line's time, as written */
  smtpc_text diagnostic;         /* the human diagnostic (Diagnostic-Code text, the log's parenthesis) */
  smtpc_text feedback_type;      /* ARF Feedback-Type */
  int reply_code;                /* the remote server's basic code; 0: no remote reply known */
  smtpc_esc reply_esc;           /* the enhanced code inside that reply; klass 0 = none */
  smtpc_text reply_text;         /* that reply's text */
  smtpc_esc status;              /* the delivery status (DSN Status, dsn=); klass 0 = none */
  smtpc_delivery delivery;
  smtpc_command command;
  smtpc_scan_kind kind;
  const char *source;            /* the layout read: "rfc3464", "qmail", "postfix-log", ... (static) */
  smtpc_classification cls;      /* verdict, reason, action, retry, provider */
  size_t line;                   /* 1-based input line where the record starts */
  size_t index;                  /* 1-based position within its message or log stream */
} smtpc_scan_result;

/* Called once per result; a non-zero return stops the scan (feed returns SMTPC_SCAN_STOPPED). */
typedef int (*smtpc_scan_emit)(void *ud, const smtpc_scan_result *r);

/* How to read the stream. */
typedef enum smtpc_scan_mode {
  SMTPC_SCAN_AUTO = 0, /* "auto": from the first line: "From " = mbox, a header = mail, else log */
  SMTPC_SCAN_MAIL,     /* "mail": one message */
  SMTPC_SCAN_MBOX,     /* "mbox": messages separated by "From " lines, ">From " unquoted */
  SMTPC_SCAN_LOG       /* "log": MTA log lines */
} smtpc_scan_mode;

/* Limits; a field of 0 takes the default. */
typedef struct smtpc_scan_limits {
  size_t max_message;    /* bytes of one message kept (default 16 MiB; the rest is skipped) */
  size_t max_line;       /* bytes of one log line kept (default 64 KiB; the rest is skipped) */
  size_t max_depth;      /* MIME nesting depth read (default 32, at most 64) */
  size_t max_recipients; /* results per message (default 1000) */
  size_t max_queue;      /* queue ids remembered for log joins (default 4096) */
} smtpc_scan_limits;

typedef enum smtpc_scan_status {
  SMTPC_SCAN_OK = 0,
  SMTPC_SCAN_STOPPED, /* the emit function asked to stop */
  SMTPC_SCAN_NOMEM    /* an allocation failed; the scanner can only be freed */
} smtpc_scan_status;

typedef struct smtpc_scanner smtpc_scanner;

/* A new scanner (NULL when memory is short).  limits may be NULL. */
smtpc_scanner *smtpc_scanner_new(smtpc_scan_mode mode, const smtpc_scan_limits *limits,
                                 smtpc_scan_emit emit, void *ud);

struct smtpc_classifier;
/*
 * The same, classifying with a marker index the caller built (smtpc_classifier_init)
 * and keeps until the scanner is freed, so that many short-lived scanners
 * (one per file, one per request) do not each build their own; NULL: its own.
 */
smtpc_scanner *smtpc_scanner_new_with(smtpc_scan_mode mode, const smtpc_scan_limits *limits,
                                      smtpc_scan_emit emit, void *ud, const struct smtpc_classifier *index);

/* Feeds len bytes (any bytes, any chunking). */
smtpc_scan_status smtpc_scanner_feed(smtpc_scanner *sc, const char *buf, size_t len);

/* Ends the stream: reads the last message or line.  Feed may not be called after it. */
smtpc_scan_status smtpc_scanner_finish(smtpc_scanner *sc);

/* Results emitted so far, and the mode in use (AUTO until the first line decides). */
size_t smtpc_scanner_count(const smtpc_scanner *sc);
smtpc_scan_mode smtpc_scanner_mode(const smtpc_scanner *sc);

void smtpc_scanner_free(smtpc_scanner *sc);

/*
 * Fills r->cls (and r->kind for bounces, delays and deliveries) from what a
 * reader found: the remote reply when known, else the status and the
 * diagnostic text.  Readers call it before emitting; exposed for C callers
 * that build results themselves.
 */
void smtpc_scan_classify(smtpc_scan_result *r);

/*
 * Writes r as one JSON object (no line end) into dst, keys always present, in
 * a fixed order: file, index, line, recipient, original_recipient, sender,
 * delivery, status, reply {code, enhanced, text}, command, remote_mta,
 * reporting_mta, queue_id, message_id, date, diagnostic, source, kind,
 * feedback_type, verdict, reason, reason_source, action, retry {after,
 * give_up}, provider; null where absent.  file may be NULL.  Like snprintf:
 * returns the full length and writes at most cap bytes (no NUL).
 */
size_t smtpc_scan_json(const smtpc_scan_result *r, const char *file, size_t file_len, char *dst, size_t cap);

/* ---- counting results (scan_summary.c) ----------------------------------- */

#define SMTPC_SUMMARY_VERDICTS 5 /* smtpc_verdict values */

/* Counts by the fixed names. */
typedef struct smtpc_summary_counts {
  size_t total;
  size_t delivery[SMTPC_DELIVERY_COUNT];
  size_t kind[SMTPC_KIND_COUNT];
  size_t verdict[SMTPC_SUMMARY_VERDICTS];
  size_t reason[SMTPC_REASON_COUNT];
  size_t action[SMTPC_ACTION_COUNT];
} smtpc_summary_counts;

/* Counts by open-ended keys, each table bounded. */
typedef enum smtpc_summary_table {
  SMTPC_SUMMARY_DOMAIN = 0, /* the recipient's domain, lower case */
  SMTPC_SUMMARY_PROVIDER,   /* the provider that classify named */
  SMTPC_SUMMARY_DIAGNOSTIC, /* failures and delays: the reply with addresses and numbers taken out */
  SMTPC_SUMMARY_TABLES
} smtpc_summary_table;

typedef struct smtpc_scan_summary smtpc_scan_summary;

/* A summary keeping at most max_keys keys per table (0: 1024); NULL when memory is short. */
smtpc_scan_summary *smtpc_scan_summary_new(size_t max_keys);
void smtpc_scan_summary_add(smtpc_scan_summary *s, const smtpc_scan_result *r);
const smtpc_summary_counts *smtpc_scan_summary_counts(const smtpc_scan_summary *s);

/* Calls fn once per key of a table (in no order); returns the count of results that found no room. */
typedef void (*smtpc_scan_key_fn)(void *ud, const char *key, size_t len, size_t count);
size_t smtpc_scan_summary_keys(const smtpc_scan_summary *s, smtpc_summary_table which,
                               smtpc_scan_key_fn fn, void *ud);
void smtpc_scan_summary_free(smtpc_scan_summary *s);

/* Stable names; NULL outside the enum. */
const char *smtpc_delivery_name(smtpc_delivery d);
const char *smtpc_scan_kind_name(smtpc_scan_kind k);
const char *smtpc_command_name(smtpc_command c);
const char *smtpc_scan_mode_name(smtpc_scan_mode m);

#ifdef __cplusplus
}
#endif

SMTPC_HIDDEN_END

#endif
