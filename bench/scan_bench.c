/*
 * scan_bench.c: the C scanner alone over a file, no Lua: reads it in 1 MiB
 * chunks, feeds them, counts the results.  Prints results, seconds and MB/s.
 *   cc -std=c99 -O2 -Isrc bench/scan_bench.c build/lib/libsmtpcodes.a -o build/scan_bench
 *   build/scan_bench FILE
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "smtpcodes_scan.h"

static int count(void *ud, const smtpc_scan_result *r)
{
  (void)r;
  (*(size_t *)ud)++;
  return 0;
}

int main(int argc, char **argv)
{
  static char buf[1 << 20];
  size_t results = 0, bytes = 0, n;
  struct timespec t0, t1;
  double secs;
  smtpc_scanner *sc;
  FILE *f;
  if (argc != 2) {
    fprintf(stderr, "usage: scan_bench FILE\n");
    return 2;
  }
  f = fopen(argv[1], "rb");
  if (f == NULL) {
    perror(argv[1]);
    return 1;
  }
  sc = smtpc_scanner_new(SMTPC_SCAN_AUTO, NULL, count, &results);
  if (sc == NULL) return 1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
    bytes += n;
    if (smtpc_scanner_feed(sc, buf, n) != SMTPC_SCAN_OK) return 1;
  }
  if (smtpc_scanner_finish(sc) != SMTPC_SCAN_OK) return 1;
  clock_gettime(CLOCK_MONOTONIC, &t1);
  secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
  printf("%zu results %.3f s %.0f MB/s\n", results, secs, (double)bytes / 1048576.0 / secs);
  smtpc_scanner_free(sc);
  fclose(f);
  return 0;
}
