/*
 * scan_internal.h: how the stream (scan.c) hands whole messages to the mail
 * reader (scan_mail.c and the report readers under it) and lines to the log
 * readers (scan_log.c), and how every reader emits a result.  Internal to
 * the core: never installed.
 */
#ifndef SMTPC_SCAN_INTERNAL_H
#define SMTPC_SCAN_INTERNAL_H

#include <stddef.h>

#include "smtpcodes_scan.h"

SMTPC_HIDDEN_BEGIN

/* Where results go: the scanner's emit function, its limits and counters. */
typedef struct smtpc_scan_out {
  smtpc_scan_emit emit;
  void *ud;
  const smtpc_scan_limits *limits; /* every field set (defaults applied) */
  const smtpc_classifier *classifier; /* the scanner's marker index, built once with it */
  smtpc_classify_memo *memo;          /* the scanner's recent classifications */
  size_t count;                    /* results emitted by this scanner */
  size_t index;                    /* results of the current message (mail) or stream (log) */
  int stopped;                     /* the emit function asked to stop */
} smtpc_scan_out;

/*
 * Classifies r (smtpc_scan_classify), numbers it (index) and emits it.
 * Returns non-zero when the scan must stop.
 */
int smtpc_scan_put(smtpc_scan_out *out, smtpc_scan_result *r);

/*
 * Reads one whole message msg[0..len) (any bytes, any line ends) and emits
 * one result per recipient it reports; line is the stream line where the
 * message starts.  Returns the number of results, or -1 when memory is short.
 */
long smtpc_mail_scan(const char *msg, size_t len, size_t line, smtpc_scan_out *out);

/* The log readers' state: the queue-id joins, bounded by limits->max_queue. */
typedef struct smtpc_log_state smtpc_log_state;

smtpc_log_state *smtpc_log_new(const smtpc_scan_limits *limits);

/*
 * Reads one log line (without its line end; len <= max_line) and emits the
 * result it completes, if any.  Returns 0, or -1 when memory is short.
 */
int smtpc_log_line(smtpc_log_state *st, const char *line, size_t len, size_t lineno,
                   smtpc_scan_out *out);

void smtpc_log_free(smtpc_log_state *st);

SMTPC_HIDDEN_END

#endif
