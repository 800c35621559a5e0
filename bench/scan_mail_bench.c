/*
 * scan_mail_bench.c: the C scanner alone over bounce mails: reads every file
 * named on the command line into memory, then scans them all ROUNDS times
 * (default 20) and prints mails per second and MB per second.  One marker
 * index serves every scanner (smtpc_scanner_new_with), as the Lua module and
 * the CLI share theirs; INDEX=own gives each mail's scanner its own, built anew.
 *
 *   build/scan_mail_bench ../shared/corpus/bounces/NAME.eml ...
 */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "smtpcodes_classify.h"
#include "smtpcodes_scan.h"

static int count_result(void *ud, const smtpc_scan_result *r)
{
  (void)r;
  ++*(size_t *)ud;
  return 0;
}

int main(int argc, char **argv)
{
  char **data = calloc((size_t)argc, sizeof *data);
  size_t *len = calloc((size_t)argc, sizeof *len), bytes = 0, results = 0, files = 0;
  int rounds = getenv("ROUNDS") ? atoi(getenv("ROUNDS")) : 20, i, k;
  int own = getenv("INDEX") && strcmp(getenv("INDEX"), "own") == 0;
  smtpc_classifier *index = malloc(sizeof *index);
  struct timespec t0, t1;
  double secs;
  if (data == NULL || len == NULL || index == NULL) return 2;
  smtpc_classifier_init(index);
  for (i = 1; i < argc; i++) {
    FILE *f = fopen(argv[i], "rb");
    long n;
    if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) return 2;
    data[i] = malloc((size_t)n + 1);
    if (data[i] == NULL || fread(data[i], 1, (size_t)n, f) != (size_t)n) return 2;
    len[i] = (size_t)n;
    bytes += (size_t)n;
    files++;
    fclose(f);
  }
  clock_gettime(CLOCK_MONOTONIC, &t0);
  for (k = 0; k < rounds; k++)
    for (i = 1; i < argc; i++) {
      smtpc_scanner *sc = smtpc_scanner_new_with(SMTPC_SCAN_AUTO, NULL, count_result, &results, own ? NULL : index);
      if (sc == NULL) return 2;
      smtpc_scanner_feed(sc, data[i], len[i]);
      smtpc_scanner_finish(sc);
      smtpc_scanner_free(sc);
    }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
  printf("scan mails (%s index): %zu files, %.1f KB, %d rounds: %.0f mails/s, %.1f MB/s, %zu results per round, %.1f ms per round\n",
         own ? "an own" : "one shared", files, (double)bytes / 1024, rounds, (double)files * rounds / secs, (double)bytes * rounds / secs / 1e6,
         results / (size_t)(rounds ? rounds : 1), secs * 1000 / rounds);
  free(index);
  return 0;
}
