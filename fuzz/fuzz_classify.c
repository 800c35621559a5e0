/*
 * fuzz_classify.c: libFuzzer harness for smtpc_classify, which reads a
 * remote server's code, enhanced code and text, and for the provider
 * lookups it uses.
 *
 * Input: five header bytes, then the reply text.
 *   bytes 0-1  the basic code, 0..699 (so 0, 1xx and 6xx, which count as
 *              no code, come up too)
 *   byte 2     bits 0-2: the enhanced class (0..7, so invalid ones too);
 *              bits 3-4: high bits of the detail; bit 7: no enhanced code
 *   byte 3     the subject
 *   byte 4     the detail's low byte (detail 0..1023)
 *
 * Invariants:
 *   - every name is known; the verdict follows the protocol alone (the basic
 *     code, else the enhanced class, else what failures.def gives a failure
 *     reported without any reply, else unknown);
 *   - success and intermediate replies get no reason and no action;
 *   - a reason always has a source, and only then; a provider reason comes
 *     with its provider entry, and every provider pointer is a table entry;
 *   - the action and the retry timing are smtpc_advise's for the verdict
 *     and reason (suppress_address may become fix_address);
 *   - nothing past SMTPC_CLASSIFY_MAX_TEXT is read, the answer does not
 *     depend on letter case, and the same input gives the same answer;
 *   - a reply parsed and joined by smtpc_reply_* classifies without harm.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "smtpcodes_classify.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond)                                                            \
  do {                                                                         \
    if (!(cond))                                                               \
      abort();                                                                 \
  } while (0)

static void check_entry(const smtpc_provider *p)
{
  size_t n = smtpc_provider_count();

  if (p == NULL)
    return;
  CHECK(n > 0 && p >= smtpc_provider_at(0) && p <= smtpc_provider_at(n - 1));
  CHECK(p->provider != NULL && p->marker != NULL && p->name != NULL);
  CHECK(smtpc_reason_name(p->reason) != NULL);
}

static int same(const smtpc_classification *a, const smtpc_classification *b)
{
  return a->verdict == b->verdict && a->reason == b->reason &&
         a->action == b->action && a->retry_after == b->retry_after &&
         a->give_up_after == b->give_up_after && a->source == b->source &&
         a->provider == b->provider;
}

static void classify(int code, const smtpc_esc *esc, const char *text, size_t len,
                     smtpc_classification *c)
{
  smtpc_verdict want;
  smtpc_action advised;
  long first = -1, last = -1;
  int klass = esc ? esc->klass : 0;

  memset(c, 0x5a, sizeof *c);
  smtpc_classify(code, esc, text, len, c);
  CHECK(smtpc_verdict_name(c->verdict) && smtpc_reason_name(c->reason) &&
        smtpc_action_name(c->action) && smtpc_source_name(c->source));

  if (code >= 200 && code <= 599)
    want = (smtpc_verdict)(code / 100 == 2   ? SMTPC_VERDICT_SUCCESS
                           : code / 100 == 3 ? SMTPC_VERDICT_INTERMEDIATE
                           : code / 100 == 4 ? SMTPC_VERDICT_TRANSIENT
                                             : SMTPC_VERDICT_PERMANENT);
  else if (klass == 2)
    want = SMTPC_VERDICT_SUCCESS;
  else if (klass == 4)
    want = SMTPC_VERDICT_TRANSIENT;
  else if (klass == 5)
    want = SMTPC_VERDICT_PERMANENT;
  else {
    const smtpc_failure *f = smtpc_failure_find(text, len);

    want = !f ? SMTPC_VERDICT_UNKNOWN
              : f->klass == 4 ? SMTPC_VERDICT_TRANSIENT : SMTPC_VERDICT_PERMANENT;
  }
  CHECK(c->verdict == want);

  if (want == SMTPC_VERDICT_SUCCESS || want == SMTPC_VERDICT_INTERMEDIATE)
    CHECK(c->reason == SMTPC_REASON_UNKNOWN && c->provider == NULL &&
          c->action == SMTPC_ACTION_NONE);
  CHECK((c->reason == SMTPC_REASON_UNKNOWN) == (c->source == SMTPC_FROM_NOTHING));
  check_entry(c->provider);
  if (c->source == SMTPC_FROM_PROVIDER)
    CHECK(c->provider != NULL && c->provider->reason == c->reason);

  advised = smtpc_advise(c->verdict, c->reason, &first, &last);
  CHECK(c->action == advised || (advised == SMTPC_ACTION_SUPPRESS_ADDRESS &&
                                 c->action == SMTPC_ACTION_FIX_ADDRESS));
  CHECK(c->retry_after == first && c->give_up_after == last);
  /* the rest of too many recipients goes at once (RFC 5321 4.5.3.1.10): no delay */
  if (c->reason == SMTPC_REASON_TOO_MANY_RECIPIENTS)
    CHECK(c->retry_after == 0 && c->give_up_after == 0);
  else if (c->verdict == SMTPC_VERDICT_TRANSIENT ||
           (c->verdict == SMTPC_VERDICT_PERMANENT && c->reason == SMTPC_REASON_MAILBOX_FULL))
    CHECK(c->retry_after > 0 && c->give_up_after >= c->retry_after);
  else
    CHECK(c->retry_after == 0 && c->give_up_after == 0);
}

/* An exact heap copy of s[0..n) with its ASCII letters upper- or lower-cased. */
static char *recase(const char *s, size_t n, int upper)
{
  char *p = (char *)malloc(n ? n : 1);
  size_t i;

  CHECK(p != NULL);
  for (i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];

    if (upper && c >= 'a' && c <= 'z')
      c = (unsigned char)(c - 32);
    else if (!upper && c >= 'A' && c <= 'Z')
      c = (unsigned char)(c + 32);
    p[i] = (char)c;
  }
  return p;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  smtpc_classification c, d;
  smtpc_esc esc, *e = &esc;
  const char *text;
  size_t len, i, n;
  char *folded;
  int code;

  if (size < 5)
    return 0;
  code = ((data[0] << 8) | data[1]) % 700;
  esc.klass = data[2] & 7;
  esc.subject = data[3];
  esc.detail = data[4] | ((data[2] >> 3) & 3) << 8;
  if (data[2] & 0x80)
    e = NULL;
  text = (const char *)data + 5;
  len = size - 5;

  classify(code, e, text, len, &c);
  classify(code, e, text, len, &d);
  CHECK(same(&c, &d));
  if (len > SMTPC_CLASSIFY_MAX_TEXT) {
    classify(code, e, text, SMTPC_CLASSIFY_MAX_TEXT, &d);
    CHECK(same(&c, &d));
  }
  classify(code, e, NULL, len, &d);
  classify(code, e, text, 0, &d);
  for (i = 0; i < 2; i++) {
    folded = recase(text, len, (int)i);
    classify(code, e, folded, len, &d);
    CHECK(same(&c, &d));
    free(folded);
  }

  /* the provider lookups on their own */
  check_entry(smtpc_provider_find_text(text, len));
  if (e && (esc.klass == 4 || esc.klass == 5)) {
    const smtpc_provider *p = smtpc_provider_find_code(esc.klass, esc.subject, esc.detail);

    check_entry(p);
    if (p)
      CHECK(p->is_code && p->klass == esc.klass && p->subject == esc.subject &&
            esc.detail >= p->detail_lo && esc.detail <= p->detail_hi);
  }

  /* the Lua path: parse the text as a reply, join it, classify that */
  {
    smtpc_reply r;

    if (smtpc_reply_parse(text, len, 0, NULL, &r, NULL, 0) == SMTPC_REPLY_OK) {
      char *joined;

      n = smtpc_reply_join(text, &r, NULL, 0);
      joined = (char *)malloc(n + 1);
      CHECK(joined != NULL);
      CHECK(smtpc_reply_join(text, &r, joined, n + 1) == n);
      classify(r.code, &r.esc, joined, n, &d);
      free(joined);
    }
  }
  return 0;
}
