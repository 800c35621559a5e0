/*
 * scan_log.c: MTA log lines, one result per delivery attempt line.
 * (First step: no reader yet; Postfix, Exim and Sendmail come next.)
 */
#include <stdlib.h>

#include "scan_internal.h"

struct smtpc_log_state {
  size_t max_queue;
};

smtpc_log_state *smtpc_log_new(const smtpc_scan_limits *limits)
{
  smtpc_log_state *st = calloc(1, sizeof *st);
  if (st) st->max_queue = limits->max_queue;
  return st;
}

int smtpc_log_line(smtpc_log_state *st, const char *line, size_t len, size_t lineno,
                   smtpc_scan_out *out)
{
  (void)st;
  (void)line;
  (void)len;
  (void)lineno;
  (void)out;
  return 0;
}

void smtpc_log_free(smtpc_log_state *st) { free(st); }
