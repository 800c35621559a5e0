/*
 * fuzz_scan.c: libFuzzer harness for the scanner (smtpcodes_scan.h): the
 * mail reader (MIME, delivery-status reports, plain-text layouts, ARF,
 * auto-replies), mbox splitting and the log readers behind the stream.
 *
 * The input is the stream, as is.  Invariants:
 *   - fed whole, and fed in chunks whose sizes come from the input's own
 *     bytes, the scanner emits the same results (same count, same fields);
 *   - results are numbered 1, 2, ... within their message or log stream,
 *     their enums are in range and every name is known;
 *   - every text of a result is readable for its length (ASan checks the
 *     bytes) and the scanner's count equals the results emitted;
 *   - feed and finish return OK (the harness never stops them).
 */
#include <stdint.h>
#include <string.h>

#include "check.h"
#include "smtpcodes_scan.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A digest of every result (FNV-1a over its fields), and their number. */
typedef struct digest {
  uint64_t h;
  size_t n;
  size_t index; /* the last index seen */
} digest;

static void mix(digest *d, const void *p, size_t n)
{
  const unsigned char *s = p;
  size_t i;
  for (i = 0; i < n; i++) {
    d->h ^= s[i];
    d->h *= 1099511628211ULL;
  }
}

static void mix_text(digest *d, smtpc_text t)
{
  volatile unsigned char sink = 0;
  size_t i;
  CHECK(t.len == 0 || t.ptr != NULL);
  for (i = 0; i < t.len; i++) sink ^= (unsigned char)t.ptr[i]; /* every byte readable */
  (void)sink;
  mix(d, &t.len, sizeof t.len);
  if (t.len) mix(d, t.ptr, t.len);
}

static int on_result(void *ud, const smtpc_scan_result *r)
{
  digest *d = ud;
  int nums[9];
  CHECK(r->index >= 1);
  CHECK(r->index == 1 || r->index == d->index + 1);
  d->index = r->index;
  CHECK(smtpc_delivery_name(r->delivery) != NULL);
  CHECK(smtpc_scan_kind_name(r->kind) != NULL);
  CHECK(smtpc_command_name(r->command) != NULL);
  CHECK(smtpc_verdict_name(r->cls.verdict) != NULL && smtpc_reason_name(r->cls.reason) != NULL);
  CHECK(r->source != NULL);
  CHECK(r->reply_code == 0 || (r->reply_code >= 200 && r->reply_code <= 599));
  CHECK(r->status.klass == 0 || r->status.klass == 2 || r->status.klass == 4 || r->status.klass == 5);
  mix_text(d, r->recipient);
  mix_text(d, r->original_recipient);
  mix_text(d, r->sender);
  mix_text(d, r->remote_mta);
  mix_text(d, r->reporting_mta);
  mix_text(d, r->queue_id);
  mix_text(d, r->message_id);
  mix_text(d, r->date);
  mix_text(d, r->diagnostic);
  mix_text(d, r->feedback_type);
  mix_text(d, r->reply_text);
  mix(d, r->source, strlen(r->source));
  nums[0] = r->reply_code;
  nums[1] = r->status.klass * 1000000 + r->status.subject * 1000 + r->status.detail;
  nums[2] = r->reply_esc.klass * 1000000 + r->reply_esc.subject * 1000 + r->reply_esc.detail;
  nums[3] = (int)r->delivery;
  nums[4] = (int)r->command;
  nums[5] = (int)r->kind;
  nums[6] = (int)r->cls.reason;
  nums[7] = (int)r->cls.action;
  nums[8] = (int)r->index;
  mix(d, nums, sizeof nums);
  mix(d, &r->line, sizeof r->line);
  d->n++;
  return 0;
}

/* Scans data fed in chunks: step 0 = whole, else sizes drawn from the data. */
static void run(const uint8_t *data, size_t size, int chunked, digest *d)
{
  smtpc_scan_limits lim;
  smtpc_scanner *sc;
  size_t off = 0, k = 0;
  memset(&lim, 0, sizeof lim);
  lim.max_message = 1u << 16; /* small limits reach the cut-off paths too */
  lim.max_line = 1u << 12;
  lim.max_recipients = 64;
  d->h = 14695981039346656037ULL;
  d->n = 0;
  d->index = 0;
  sc = smtpc_scanner_new(SMTPC_SCAN_AUTO, &lim, on_result, d);
  if (sc == NULL) return;
  while (off < size) {
    size_t step = chunked ? 1 + data[k++ % size] % 61 : size;
    if (step > size - off) step = size - off;
    CHECK(smtpc_scanner_feed(sc, (const char *)data + off, step) == SMTPC_SCAN_OK);
    off += step;
  }
  CHECK(smtpc_scanner_finish(sc) == SMTPC_SCAN_OK);
  CHECK(smtpc_scanner_count(sc) == d->n);
  smtpc_scanner_free(sc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  digest whole, parts;
  run(data, size, 0, &whole);
  run(data, size, 1, &parts);
  CHECK(whole.n == parts.n);
  CHECK(whole.h == parts.h);
  return 0;
}
