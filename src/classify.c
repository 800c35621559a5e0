/*
 * classify.c: verdict, reason, action and retry timing of one reply.
 *
 * The verdict comes from the protocol alone: the basic code's first digit,
 * which is what RFC 5321 section 4.2.1 tells a client to act on, or the
 * enhanced code's class when there is no basic code (RFC 3463 section 3.1).
 * A reply text never changes the verdict.
 *
 * The reason is the first of these that says something, most specific first:
 *   1. a provider's own enhanced code outside the registry (5.7.515);
 *   2. a provider's own marker in the text ("[TSS04]", "AS(201806281)"):
 *      checked before the registry because providers reuse registered codes
 *      with their own meaning (Microsoft 5.2.2 for a sending quota);
 *   3. a decisive registered enhanced code (enhanced_reason below);
 *   4. a marker in the text (src/data/reason_rules.def, in priority order);
 *   5. the basic code (basic_reason below).
 * A reason that takes the recipient off a list (user_unknown and the other
 * reasons about_recipient names) needs evidence about the address: a
 * registered code, a provider's entry or a text marker that says so.  RFC
 * 5321's stock wording ("mailbox unavailable"), a bare basic code or a
 * generic X.0.0 never gives one.  When the text also names a fault of the
 * sender, the sender's reason wins.
 * The action and the retry timing follow from verdict and reason
 * (smtpc_advise).
 *
 * Text matching: the text (at most SMTPC_CLASSIFY_MAX_TEXT bytes) is copied
 * once, lowered, into a stack buffer.  Then the three bytes at every second
 * position are looked up in an index of the markers by byte triples
 * (smtpc_classifier: each marker under two of them, so that no position in
 * between is missed), eight positions at once with SSE2 (SMTPC_SSE2, which
 * lowers the text sixteen bytes at a time too), and only the markers under
 * those triples are compared there (a word of eight bytes, then a word of
 * the next eight), so the cost follows the text, not the number of markers.
 * A bit per marker records what was found; the rules then read those bits in
 * priority order.  The index is built by smtpc_classifier_init, once per
 * caller that keeps one (the Lua binding: once per Lua state), else on the
 * stack of each smtpc_classify.  No allocation, no static mutable data.
 */
#include "smtpcodes_classify.h"
#include "chars_internal.h"

#include <stdint.h>
#include <string.h>

/* ---- the text rules ------------------------------------------------------- */

#define SMTPC_RULE(marker, match, reason) \
  {marker, sizeof(marker) - 1, SMTPC_MATCH_##match, SMTPC_REASON_##reason},

static const smtpc_text_rule rules[] = {
#include "data/reason_rules.def"
};

#undef SMTPC_RULE

#define NRULES (sizeof(rules) / sizeof(rules[0]))

#define SMTPC_FAILURE(marker, match, klass, reason) \
  {marker, sizeof(marker) - 1, SMTPC_MATCH_##match, klass, SMTPC_REASON_##reason},

static const smtpc_failure failures[] = {
#include "data/failures.def"
};

#undef SMTPC_FAILURE

#define NFAILURES (sizeof(failures) / sizeof(failures[0]))

size_t smtpc_failure_count(void) { return NFAILURES; }

const smtpc_failure *smtpc_failure_at(size_t i)
{
  return i < NFAILURES ? &failures[i] : NULL;
}

size_t smtpc_text_rule_count(void) { return NRULES; }

const smtpc_text_rule *smtpc_text_rule_at(size_t i)
{
  return i < NRULES ? &rules[i] : NULL;
}

/* ---- the marker index ----------------------------------------------------- */

/*
 * Every marker has an id: the rules first, then the failures, then the
 * provider text markers, each in priority order.  Each marker has two
 * entries in the index, 2 * id and 2 * id + 1, chained by the hash of a
 * byte triple, so that a text needs looking up at every second position
 * only (an even one, p):
 *   - entry 2 * id under the marker's first three bytes: the marker at p;
 *   - entry 2 * id + 1 under its bytes 1..3: the marker at p - 1; a marker of
 *     three bytes that must start a word has no byte 3, so its entry goes
 *     under a non-letter and its first two bytes instead: the marker at p + 1.
 * A triple's first byte counts as 0 when it is no letter or digit
 * (triple_key), so that "any non-letter, then these two bytes" is one
 * triple.  A marker of two bytes, or of
 * three that need not start a word, is compared at every position looked
 * up (the entries in smtpc_classifier.every).
 * Words read from a text or a marker hold byte k at bits 8k on every machine
 * (load_le), so that a shift right by eight moves on by one byte.
 */
#define NONE 0xffffu
#define LAST (2 * SMTPC_CLASSIFIER_MAX_MARKERS) /* the entry at the end of every chain */
#define ALL_NONE (~UINT64_C(0)) /* four 16-bit lanes of NONE */
#define W_ONES UINT64_C(0x0101010101010101)
#define W_LOW7 (W_ONES * 0x7f)
#define W_HIGH (W_ONES * 0x80)
#define FAILURE_ID(i) (NRULES + (i))
#define PROVIDER_ID(i) (NRULES + NFAILURES + (i))
/* The word of smtpc_classifier.provider_details for a class (2, 4 or 5) and a subject, and the bit of a detail. */
#define PROVIDER_BUCKET(klass, subject) \
  ((unsigned)(klass) % 4u * 9u + ((unsigned)(subject) < 8u ? (unsigned)(subject) : 8u))
#define PROVIDER_DETAIL_BIT(detail) ((uint64_t)1 << ((unsigned)(detail) < 63u ? (unsigned)(detail) : 63u))

/* The rules and failures alone must leave room for the provider markers. */
typedef char rules_fit[NRULES + NFAILURES < SMTPC_CLASSIFIER_MAX_MARKERS ? 1 : -1];

/* Per count k of bytes (0 to 8): the bits of bytes 0..k-1 of a word. */
static const uint64_t low_bytes[9] = {
    0, UINT64_C(0xff), UINT64_C(0xffff), UINT64_C(0xffffff), UINT64_C(0xffffffff), UINT64_C(0xffffffffff),
    UINT64_C(0xffffffffffff), UINT64_C(0xffffffffffffff), ~UINT64_C(0)};

/*
 * The slot of the three bytes in the low bits of w.  With SSE2: the first
 * two as one 16-bit number and the third each times an odd constant, the
 * two products (their low 16 bits) exclusive-ored, the top SLOT_BITS of
 * that, 16-bit arithmetic that find_block computes for eight positions at
 * once.  Else the 24 bits times xxHash's fifth 32-bit prime, the top
 * SLOT_BITS of the product (fewer instructions one at a time).  With 8,192
 * slots, real replies meet slots that do not hold their triple about as
 * rarely with either.
 */
#define SLOT_BITS 13
#define SLOT_PAIR 0x9e37u  /* the factor of the first two bytes */
#define SLOT_THIRD 0x7f4bu /* the factor of the third */
#define EMPTY_SLOT SMTPC_CLASSIFIER_SLOTS /* the slot past the others, which stays empty (find_block) */
typedef char slots_fit[(1u << SLOT_BITS) == SMTPC_CLASSIFIER_SLOTS ? 1 : -1];
static unsigned slot_of(uint64_t w)
{
#if SMTPC_SSE2
  unsigned h = ((unsigned)w & 0xffffu) * SLOT_PAIR ^ ((unsigned)w >> 16 & 0xffu) * SLOT_THIRD;

  return (h & 0xffffu) >> (16 - SLOT_BITS);
#else
  return (unsigned)(((uint32_t)w & UINT32_C(0xffffff)) * UINT32_C(0x165667b1) >> (32 - SLOT_BITS));
#endif
}

/* Nonzero on a little-endian machine (a constant to the compiler). */
static int little_endian(void)
{
  const uint32_t one = 1;
  unsigned char first;

  memcpy(&first, &one, 1);
  return first == 1;
}

/* w with its eight bytes in the other order (for a big-endian machine). */
static uint64_t swap_bytes(uint64_t w)
{
  uint64_t r = 0;
  int j;

  for (j = 0; j < 8; j++, w >>= 8)
    r = r << 8 | (w & 0xffu);
  return r;
}

/* The eight bytes at p as a word with p[k] at bits 8k. */
static uint64_t load_le(const unsigned char *p)
{
  uint64_t w;

  memcpy(&w, p, 8);
  return little_endian() ? w : swap_bytes(w);
}

/* w with each byte of 'A'..'Z' lowered: 0x20 added to those bytes alone (no carry crosses a byte). */
static uint64_t lower_word(uint64_t w)
{
  uint64_t low7 = w & W_LOW7;
  uint64_t upper = ((low7 + W_ONES * (0x80 - 'A')) & ~(low7 + W_ONES * (0x80 - 'Z' - 1)) & ~w) & W_HIGH;

  return w | upper >> 2;
}

/* Per byte: itself when it is a letter or a digit, else 0 (the first byte of a triple's key). */
#define KEY(c) ((((c) >= '0' && (c) <= '9') || ((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z')) ? (c) : 0)
#define KEY4(c) KEY(c), KEY((c) + 1), KEY((c) + 2), KEY((c) + 3)
#define KEY16(c) KEY4(c), KEY4((c) + 4), KEY4((c) + 8), KEY4((c) + 12)
#define KEY64(c) KEY16(c), KEY16((c) + 16), KEY16((c) + 32), KEY16((c) + 48)
static const unsigned char key_of[256] = {KEY64(0), KEY64(64), KEY64(128), KEY64(192)};
#undef KEY64
#undef KEY16
#undef KEY4
#undef KEY

/* The key of the triple in bytes 0..2 of the lowered word w: its first byte as key_of has it, then the two after. */
static uint64_t triple_key(uint64_t w)
{
  return (w & 0xffff00u) | key_of[w & 0xffu];
}

/* The marker of an id: its bytes, length, SMTPC_MATCH_* bits, and whether it is lower case already. */
typedef struct marker {
  const unsigned char *s;
  size_t len;
  unsigned match;
  int lowered;
} marker;

static marker marker_of(size_t id)
{
  marker m;
  size_t n;

  if (id < NRULES) {
    m.s = (const unsigned char *)rules[id].marker;
    m.len = rules[id].len;
    m.match = rules[id].match;
    m.lowered = 1;
  } else if (id < NRULES + NFAILURES) {
    m.s = (const unsigned char *)failures[id - NRULES].marker;
    m.len = failures[id - NRULES].len;
    m.match = failures[id - NRULES].match;
    m.lowered = 1;
  } else {
    const smtpc_provider *p = smtpc_provider_text_markers(&n) + (id - NRULES - NFAILURES);

    m.s = (const unsigned char *)p->marker;
    m.len = p->marker_len;
    m.match = p->match;
    m.lowered = 0;
  }
  return m;
}

/*
 * Where an entry's marker starts in the eight bytes of text read from one
 * before the position looked up: entry 2 * id at byte 1, 2 * id + 1 at
 * byte 0 (the marker one before), or at byte 2 for a marker of fewer than
 * four bytes (the marker one after).
 */
static unsigned entry_offset(unsigned e, size_t len)
{
  return !(e & 1u) ? 1u : len >= 4 ? 0u : 2u;
}

/*
 * Adds entry e of a marker of len bytes, whose first eight (lowered, zeros
 * past its end) are the word w, under the key in the low 24 bits of key, or
 * to the entries compared everywhere.
 */
static inline void index_entry(smtpc_classifier *c, unsigned e, uint64_t w, size_t len, uint64_t key, int always)
{
  unsigned off = entry_offset(e, len);
  unsigned short *chain = always ? &c->every : &c->first[slot_of(key)];
  uint64_t mask = low_bytes[len < 8 - off ? len : 8 - off];

  c->head[e] = (w & mask) << 8 * off;
  c->mask[e] = mask << 8 * off;
  c->next[e] = *chain == NONE ? LAST : *chain;
  *chain = (unsigned short)e;
}

/*
 * Adds marker id m[0..len) to the index, both its entries in front of their
 * chains; lowered: m is in lower case already (the rules and failures, a
 * test checks); match: its SMTPC_MATCH_* bits.
 */
static void index_marker(smtpc_classifier *c, size_t id, const char *m, size_t len, int lowered, unsigned match)
{
  unsigned char bytes[16] = {0};
  const unsigned char *from = (const unsigned char *)m;
  uint64_t w;

  if (len < 2)
    return; /* too short to stand anywhere: never found */
  if (len < 14) { /* fewer bytes than the two words read: zeros after them */
    memcpy(bytes, m, len);
    from = bytes;
  }
  w = load_le(from);
  c->more[id] = load_le(from + 6);
  if (!lowered) {
    w = lower_word(w);
    c->more[id] = lower_word(c->more[id]);
  }
  c->len[id] = (unsigned char)(len < 255 ? len : 255);
  index_entry(c, (unsigned)(2 * id), w, len, triple_key(w), len < 3);
  if (len >= 4)
    index_entry(c, (unsigned)(2 * id + 1), w, len, triple_key(w >> 8), 0);
  else /* a non-letter (key 0), then its first two bytes */
    index_entry(c, (unsigned)(2 * id + 1), w, len, w << 8 & 0xffff00u, len < 3 || !(match & SMTPC_MATCH_START));
}

/* Reasons about the sender, its setup or its message (smtpcodes_classify.h). */
static int about_sender(smtpc_reason r)
{
  switch (r) {
  case SMTPC_REASON_GREYLISTED: case SMTPC_REASON_RATE_LIMITED: case SMTPC_REASON_BLOCKED:
  case SMTPC_REASON_SPAM_CONTENT: case SMTPC_REASON_SENDER_AUTH: case SMTPC_REASON_AUTH_REQUIRED:
  case SMTPC_REASON_AUTH_FAILED: case SMTPC_REASON_TLS_REQUIRED: case SMTPC_REASON_RELAY_DENIED:
  case SMTPC_REASON_MESSAGE_TOO_LARGE: case SMTPC_REASON_PROTOCOL_ERROR:
    return 1;
  default:
    return 0;
  }
}

/* Which lists build_index takes in. */
enum { WITH_RULES = 1, WITH_FAILURES = 2, WITH_PROVIDERS = 4 };

/* Fills the index with the lists of the bits in lists (a search for one list needs only that one). */
static void build_index(smtpc_classifier *c, unsigned lists)
{
  size_t nprov, ncodes, i;
  const smtpc_provider *p = smtpc_provider_text_markers(&nprov);

  c->count = NRULES + NFAILURES + nprov;
  if (c->count > SMTPC_CLASSIFIER_MAX_MARKERS) {
    c->count = SMTPC_CLASSIFIER_MAX_MARKERS; /* a test keeps the tables below this */
    nprov = c->count - NRULES - NFAILURES;
  }
  memset(c->first, 0xff, sizeof c->first); /* NONE everywhere */
  memset(c->provider_details, 0, sizeof c->provider_details);
  /* the code entries come before the text markers (smtpc_provider_at) */
  ncodes = smtpc_provider_count() - nprov;
  for (i = 0; i < ncodes; i++) {
    const smtpc_provider *e = p - ncodes + i;

    if (e->is_code) {
      /* the bits of details lo..hi, past 62 in bit 63 (details are never negative: a test checks) */
      int lo = e->detail_lo < 63 ? e->detail_lo : 63, hi = e->detail_hi < 63 ? e->detail_hi : 63;

      if (lo <= e->detail_hi)
        c->provider_details[PROVIDER_BUCKET(e->klass, e->subject)] |=
            (hi == 63 ? ~UINT64_C(0) : (UINT64_C(2) << hi) - 1) & ~(PROVIDER_DETAIL_BIT(lo) - 1);
    }
  }
  c->every = NONE;
  c->head[LAST] = c->mask[LAST] = 0; /* matched by any text: find_chain stops there */
  for (i = 0; (lists & WITH_PROVIDERS) && i < nprov; i++)
    index_marker(c, PROVIDER_ID(i), p[i].marker, p[i].marker_len, 0, p[i].match);
  for (i = 0; (lists & WITH_FAILURES) && i < NFAILURES; i++)
    index_marker(c, FAILURE_ID(i), failures[i].marker, failures[i].len, 1, failures[i].match);
  memset(c->sender_rules, 0, sizeof c->sender_rules);
  for (i = 0; (lists & WITH_RULES) && i < NRULES; i++) {
    index_marker(c, i, rules[i].marker, rules[i].len, 1, rules[i].match);
    if (about_sender(rules[i].reason))
      c->sender_rules[i >> 6] |= (uint64_t)1 << (i & 63);
  }
}

void smtpc_classifier_init(smtpc_classifier *c)
{
  build_index(c, WITH_RULES | WITH_FAILURES | WITH_PROVIDERS);
}

/* ---- prepared text -------------------------------------------------------- */

/* The text lowered, and which markers it holds (one bit per id). */
typedef struct prepared {
  size_t len;
  uint64_t any;                                      /* bit w: found[w] is set (the others are never read) */
  uint64_t found[SMTPC_CLASSIFIER_MAX_MARKERS / 64];
  unsigned char bytes[1 + SMTPC_CLASSIFY_MAX_TEXT + 16]; /* a NUL, the text lowered, sixteen NULs */
  const unsigned char *low;                              /* the text lowered: bytes + 1 */
} prepared;

/*
 * Nonzero when marker m stands at position p of the lowered text as its
 * match bits allow; its first known bytes are known to be there.
 */
static int stands_at(const prepared *t, const marker *m, size_t p, size_t known)
{
  const unsigned char *s = t->low + p;
  size_t j;

  if (m->len > t->len - p)
    return 0;
  if (m->lowered) {
    if (m->len > known && memcmp(s + known, m->s + known, m->len - known) != 0)
      return 0;
  } else {
    for (j = known; j < m->len; j++)
      if (s[j] != smtpc_lower(m->s[j]))
        return 0;
  }
  if ((m->match & SMTPC_MATCH_START) && p > 0 && smtpc_is_alnum(s[-1]))
    return 0;
  if ((m->match & SMTPC_MATCH_END) && p + m->len < t->len && smtpc_is_alnum(s[m->len]))
    return 0;
  return 1;
}

/* Keeps the rare path of a hot loop out of it (where the compiler can be told). */
#if defined(__GNUC__)
#define COLD __attribute__((noinline, cold))
#else
#define COLD
#endif

/*
 * Records the marker of entry e when it stands where the entry puts it
 * for position i, whose head (the bytes of it among the eight from i - 1)
 * is known to be there.
 */
static COLD void confirm(prepared *t, unsigned e, size_t i)
{
  marker m = marker_of(e >> 1);
  unsigned off = entry_offset(e, m.len);
  size_t p = i + off - 1, known = m.len < 14 ? m.len : 14; /* bytes 0..13: the head and more[] */

  if (i + off >= 1 && stands_at(t, &m, p, known)) {
    unsigned w = e >> 7;

    if (!(t->any >> w & 1u)) {
      t->found[w] = 0;
      t->any |= (uint64_t)1 << w;
    }
    t->found[w] |= (uint64_t)1 << (e >> 1 & 63);
  }
}

/*
 * Records the markers of the chain from entry e that stand where it puts
 * them for position i: first the bytes of their heads, then their bytes
 * 6..13 in one word, the rest only when those are there.
 */
static inline void find_chain(prepared *t, const smtpc_classifier *c, unsigned e, size_t i)
{
  uint64_t w = load_le(t->low + i - 1);

  for (;; e = c->next[e])
    if ((w & c->mask[e]) == c->head[e]) {
      unsigned len;

      if (e == LAST)
        return;
      len = c->len[e >> 1];

      /* the marker starts at i + entry_offset - 1, its byte 6 five after that */
      if ((load_le(t->low + i + entry_offset(e, len) + 5) & low_bytes[len < 6 ? 0 : len < 14 ? len - 6 : 8]) ==
          c->more[e >> 1])
        confirm(t, e, i);
    }
}

#if SMTPC_SSE2
/* Copies the sixteen bytes at s to d, each of 'A'..'Z' lowered. */
static inline void lower_block(unsigned char *d, const unsigned char *s)
{
  __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
  __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));

  _mm_storeu_si128((__m128i *)(void *)d, _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
}
#endif

/*
 * Copies text[0..len) into t->low, lowered sixteen bytes at a time with
 * SSE2, else eight (the last block overlaps the one before), with one NUL
 * before it and sixteen after.
 */
static void lower_text(prepared *t, const unsigned char *s, size_t len)
{
  unsigned char *low = t->bytes + 1;
  size_t i = 0;
  uint64_t w;

  t->bytes[0] = 0;
#if SMTPC_SSE2
  if (len >= 16) {
    for (; len - i >= 16; i += 16)
      lower_block(low + i, s + i);
    if (i < len)
      lower_block(low + len - 16, s + len - 16);
    i = len;
  }
#endif
  for (; len - i >= 8; i += 8) {
    memcpy(&w, s + i, 8);
    w = lower_word(w);
    memcpy(low + i, &w, 8);
  }
  if (len >= 8 && i < len) {
    memcpy(&w, s + len - 8, 8);
    w = lower_word(w);
    memcpy(low + len - 8, &w, 8);
  }
  for (; len < 8 && i < len; i++)
    low[i] = smtpc_lower(s[i]);
  memset(low + len, 0, 16);
  t->low = low;
}

#if SMTPC_SSE2

/* Records the markers of the chain of a slot for position i, when it has one. */
static inline void find_slot(prepared *t, const smtpc_classifier *c, int slot, size_t i)
{
  unsigned e = c->first[slot];

  if (e != NONE)
    find_chain(t, c, e, i);
}

/*
 * Records the markers of the chains of the eight positions i, i + 2, ...,
 * i + 14 of the lowered text (its bytes i to i + 17 are read, NULs past its
 * end): their slots (slot_of of triple_key) computed at once, 16 bits a
 * position, and for a position without a whole triple the slot past the
 * others, which stays empty.  The text is lowered, so a letter of a
 * triple's key is a lower-case one.
 */
static inline void find_block(prepared *t, const smtpc_classifier *c, size_t i)
{
  const __m128i low_byte = _mm_set1_epi16(0xff);
  __m128i pairs = _mm_loadu_si128((const __m128i *)(const void *)(t->low + i));
  __m128i thirds = _mm_and_si128(_mm_loadu_si128((const __m128i *)(const void *)(t->low + i + 2)), low_byte);
  __m128i first = _mm_and_si128(pairs, low_byte);
  __m128i digit = _mm_and_si128(_mm_cmpgt_epi16(first, _mm_set1_epi16('0' - 1)),
                                _mm_cmplt_epi16(first, _mm_set1_epi16('9' + 1)));
  __m128i letter = _mm_and_si128(_mm_cmpgt_epi16(first, _mm_set1_epi16('a' - 1)),
                                 _mm_cmplt_epi16(first, _mm_set1_epi16('z' + 1)));
  __m128i keys = _mm_or_si128(_mm_andnot_si128(low_byte, pairs), _mm_and_si128(first, _mm_or_si128(digit, letter)));
  __m128i h = _mm_xor_si128(_mm_mullo_epi16(keys, _mm_set1_epi16((short)SLOT_PAIR)),
                            _mm_mullo_epi16(thirds, _mm_set1_epi16((short)SLOT_THIRD)));
  __m128i slots = _mm_srli_epi16(h, 16 - SLOT_BITS);

  if (i + 16 >= t->len) { /* the last block: the lanes with i + 2 * lane + 2 >= len (16-bit numbers) */
    __m128i past = _mm_cmpgt_epi16(_mm_set_epi16(16, 14, 12, 10, 8, 6, 4, 2), _mm_set1_epi16((short)(t->len - 1 - i)));

    slots = _mm_or_si128(_mm_andnot_si128(past, slots), _mm_and_si128(past, _mm_set1_epi16(EMPTY_SLOT)));
  }

  /* written out: gcc leaves a loop over the eight rolled */
  find_slot(t, c, _mm_extract_epi16(slots, 0), i);
  find_slot(t, c, _mm_extract_epi16(slots, 1), i + 2);
  find_slot(t, c, _mm_extract_epi16(slots, 2), i + 4);
  find_slot(t, c, _mm_extract_epi16(slots, 3), i + 6);
  find_slot(t, c, _mm_extract_epi16(slots, 4), i + 8);
  find_slot(t, c, _mm_extract_epi16(slots, 5), i + 10);
  find_slot(t, c, _mm_extract_epi16(slots, 6), i + 12);
  find_slot(t, c, _mm_extract_epi16(slots, 7), i + 14);
}
#else
/* Records the markers of the chains in the four lanes of chains (chains_of) for positions i, i + 2, ... */
static inline void find_lanes(prepared *t, const smtpc_classifier *c, uint64_t chains, size_t i)
{
  if (chains == ALL_NONE)
    return;
  if ((chains & 0xffffu) != NONE)
    find_chain(t, c, (unsigned)(chains & 0xffffu), i);
  if ((chains >> 16 & 0xffffu) != NONE)
    find_chain(t, c, (unsigned)(chains >> 16 & 0xffffu), i + 2);
  if ((chains >> 32 & 0xffffu) != NONE)
    find_chain(t, c, (unsigned)(chains >> 32 & 0xffffu), i + 4);
  if ((chains >> 48) != NONE)
    find_chain(t, c, (unsigned)(chains >> 48), i + 6);
}

/*
 * The chains of positions i, i + 2, i + 4 and i + 6 of the lowered text
 * whose bytes from i are w0 and from i + 4 are w4, one per 16-bit lane from
 * the low end.
 */
static inline uint64_t chains_of(const smtpc_classifier *c, uint64_t w0, uint64_t w4)
{
  return (uint64_t)c->first[slot_of(triple_key(w0))] | (uint64_t)c->first[slot_of(triple_key(w0 >> 16))] << 16 |
         (uint64_t)c->first[slot_of(triple_key(w4))] << 32 |
         (uint64_t)c->first[slot_of(triple_key(w4 >> 16))] << 48;
}
#endif

/*
 * Lowers the text (at most SMTPC_CLASSIFY_MAX_TEXT bytes) and finds every
 * marker in it: at every second position, eight at a time with SSE2
 * (find_block) and four at a time without (find_lanes), the chains of their
 * triples are looked up without a branch, and only the markers of those
 * chains that are not empty are compared.
 */
static void prepare(const smtpc_classifier *c, prepared *t, const char *text, size_t len)
{
  size_t i;

  t->any = 0;
  if (!text)
    len = 0;
  if (len > SMTPC_CLASSIFY_MAX_TEXT)
    len = SMTPC_CLASSIFY_MAX_TEXT;
  t->len = len;
  lower_text(t, (const unsigned char *)text, len);
#if SMTPC_SSE2
  for (i = 0; i + 2 < len; i += 16)
    find_block(t, c, i);
#else
  for (i = 0; i + 9 <= len; i += 8) /* four positions with a whole triple each */
    find_lanes(t, c, chains_of(c, load_le(t->low + i), load_le(t->low + i + 4)), i);
  if (i + 2 < len) { /* one to three: the lanes past them count as none */
    uint64_t past = ALL_NONE << 16 * ((len - i - 1) / 2);

    find_lanes(t, c, chains_of(c, load_le(t->low + i), load_le(t->low + i + 4)) | past, i);
  }
#endif
  if (c->every != NONE)
    for (i = 0; i + 1 < len; i += 2)
      find_chain(t, c, c->every, i);
}

/* The number of the lowest bit set in w, which is not 0. */
static unsigned lowest_bit(uint64_t w)
{
#if defined(__GNUC__)
  return (unsigned)__builtin_ctzll(w);
#else
  unsigned n = 0;

  for (; !(w & 1u); w >>= 1)
    n++;
  return n;
#endif
}

/* The first marker id in [from, to) the text holds, or to: the words of found that any marks, from the one of from. */
static size_t next_found(const prepared *t, size_t from, size_t to)
{
  if (to > SMTPC_CLASSIFIER_MAX_MARKERS)
    to = SMTPC_CLASSIFIER_MAX_MARKERS;
  while (from < to) {
    uint64_t words = t->any >> (from >> 6), w;

    if (words == 0)
      return to;
    if (!(words & 1u)) { /* from's word holds none: on to the next that holds one */
      from = ((from >> 6) + lowest_bit(words)) << 6;
      continue;
    }
    w = t->found[from >> 6] >> (from & 63);
    if (w == 0) {
      from = (from | 63) + 1;
      continue;
    }
    from += lowest_bit(w);
    return from < to ? from : to;
  }
  return to;
}

/* Nonzero when a marker that counts only with one enhanced code may count here. */
static int marker_code_fits(const smtpc_provider *p, const smtpc_esc *esc)
{
  return p->klass == 0 || (esc && esc->klass == p->klass && esc->subject == p->subject &&
                           esc->detail == p->detail_lo);
}

/*
 * The first provider marker with a reason, else the first naming a provider.
 * esc is the reply's enhanced code, NULL when there is none.
 */
static const smtpc_provider *provider_marker(const prepared *t, const smtpc_esc *esc)
{
  const smtpc_provider *first = NULL, *p, *markers;
  size_t n, i;

  markers = smtpc_provider_text_markers(&n);
  for (i = next_found(t, PROVIDER_ID(0), PROVIDER_ID(n)); i < PROVIDER_ID(n);
       i = next_found(t, i + 1, PROVIDER_ID(n))) {
    p = markers + (i - PROVIDER_ID(0));
    if ((first && p->reason == SMTPC_REASON_UNKNOWN) || !marker_code_fits(p, esc))
      continue;
    if (p->reason != SMTPC_REASON_UNKNOWN)
      return p;
    first = p;
  }
  return first;
}

/*
 * Reasons that end in suppress_address or fix_address: they take the
 * recipient off a list, so they need evidence about the address itself.
 */
static int about_recipient(smtpc_reason r)
{
  return r == SMTPC_REASON_USER_UNKNOWN || r == SMTPC_REASON_MAILBOX_DISABLED ||
         r == SMTPC_REASON_DOMAIN_NOT_FOUND || r == SMTPC_REASON_NOT_ACCEPTING_MAIL;
}

/* Does the lowered text say "recipient" (a refusal about the address, not the client's own login)? */
static int names_recipient(const prepared *t)
{
  static const char word[] = "recipient";
  size_t i;
  for (i = 0; i + sizeof word - 1 <= t->len; i++)
    if (t->low[i] == 'r' && memcmp(t->low + i, word, sizeof word - 1) == 0) return 1;
  return 0;
}

/* The first rule found in the text, or unknown. */
static smtpc_reason text_reason(const prepared *t)
{
  size_t i = next_found(t, 0, NRULES);

  return i < NRULES ? rules[i].reason : SMTPC_REASON_UNKNOWN;
}

/* The first rule about the sender found in the text (the rules of index->sender_rules), or unknown. */
static smtpc_reason sender_reason(const prepared *t, const smtpc_classifier *index)
{
  size_t k;

  for (k = 0; k * 64 < NRULES; k++)
    if (t->any >> k & 1u) {
      uint64_t w = t->found[k] & index->sender_rules[k];

      if (w)
        return rules[k * 64 + lowest_bit(w)].reason;
    }
  return SMTPC_REASON_UNKNOWN;
}

static const smtpc_failure *failure_of(const prepared *t)
{
  size_t i = next_found(t, FAILURE_ID(0), FAILURE_ID(NFAILURES));

  return i < FAILURE_ID(NFAILURES) ? &failures[i - FAILURE_ID(0)] : NULL;
}

const smtpc_failure *smtpc_failure_find_with(const smtpc_classifier *index, const char *text, size_t len)
{
  prepared t;

  prepare(index, &t, text, len);
  return failure_of(&t);
}

const smtpc_failure *smtpc_failure_find(const char *text, size_t len)
{
  smtpc_classifier c;

  build_index(&c, WITH_FAILURES);
  return smtpc_failure_find_with(&c, text, len);
}

const smtpc_provider *smtpc_provider_find_text(const char *text, size_t len)
{
  smtpc_classifier c;
  prepared t;

  build_index(&c, WITH_PROVIDERS);
  prepare(&c, &t, text, len);
  return provider_marker(&t, NULL);
}

/* ---- registered enhanced codes -------------------------------------------- */

/*
 * The reason a registered enhanced code decides on its own, or unknown when
 * it is too general (X.0.0, X.1.0, X.2.0, X.7.0, X.7.1...) and the text must
 * say more.  A code counts only with a class the IANA registry (RFC 5248)
 * allows for it, the "classes" of src/data/enhanced_*.def: providers
 * reuse registered numbers with another class and another meaning (Gmail's
 * 4.7.27 "SPF did not pass" and 4.7.29 "not using TLS" against the
 * registry's class-5-only X.7.27 sender null MX and X.7.29 ARC failure;
 * Microsoft's 550 5.4.1 "Recipient address rejected" against X.4.1 "No
 * answer from host", class 4 only).  The AUTH codes count only with the
 * basic codes the registry associates (or no basic code): Yahoo sends
 * "554 5.7.9 Message not accepted for policy reasons", which is not X.7.9
 * "Authentication mechanism is too weak" (534).
 */
#define K4 (k == 4)
#define K5 (k == 5)
#define K45 (k == 4 || k == 5)
#define WITH(a, b) (code == 0 || code == (a) || code == (b))
#define EITHER(cond, r) ((cond) ? SMTPC_REASON_##r : SMTPC_REASON_UNKNOWN)

static smtpc_reason enhanced_reason(int code, const smtpc_esc *e)
{
  int k = e->klass;

  /*
   * RFC 5321 section 4.2.1: x0z replies are about syntax and sequence.  A
   * security detail under 500-504 ("501 5.7.11 Syntax error", "503 5.7.0 No
   * identity changes permitted") does not change that.
   */
  if (e->subject == 7 && code >= 500 && code <= 504)
    return SMTPC_REASON_UNKNOWN;
  switch (e->subject * 1000 + e->detail) {
  /* RFC 3463 section 3.2, addressing status */
  case 1001: return EITHER(K45, USER_UNKNOWN);      /* X.1.1 bad destination mailbox address */
  case 1002: return EITHER(K45, DOMAIN_NOT_FOUND);  /* X.1.2 bad destination system address */
  case 1003: return EITHER(K5, USER_UNKNOWN);        /* X.1.3 bad destination address syntax */
  case 1004: return EITHER(K45, USER_UNKNOWN);       /* X.1.4 destination address ambiguous */
  case 1006: return EITHER(K45, USER_UNKNOWN);      /* X.1.6 mailbox has moved, no forwarding address */
  case 1007: return EITHER(K45, SENDER_AUTH);    /* X.1.7 bad sender's mailbox address syntax */
  case 1008: return EITHER(K45, SENDER_AUTH);    /* X.1.8 bad sender's system address */
  /*
   * X.1.10 recipient address has null MX (RFC 7505 section 4.2): the domain
   * exists and says it takes no mail, so not_accepting_mail rather than
   * domain_not_found; both lead to suppressing the address.
   */
  case 1010: return EITHER(K5, NOT_ACCEPTING_MAIL);
  /* RFC 3463 section 3.3, mailbox status */
  case 2001: return EITHER(K45, MAILBOX_DISABLED);  /* X.2.1 mailbox disabled */
  case 2002: return EITHER(K45, MAILBOX_FULL);      /* X.2.2 mailbox full */
  case 2003: return EITHER(K5, MESSAGE_TOO_LARGE);  /* X.2.3 message length exceeds administrative limit */
  case 2004: return EITHER(K45, SYSTEM_ERROR);      /* X.2.4 mailing list expansion problem */
  /* RFC 3463 section 3.4, mail system status */
  case 3001: return EITHER(K4, SYSTEM_ERROR);       /* X.3.1 mail system full */
  case 3002: return EITHER(K45, NOT_ACCEPTING_MAIL); /* X.3.2 system not accepting network messages */
  case 3003: return EITHER(K45, PROTOCOL_ERROR);    /* X.3.3 system not capable of selected features */
  case 3004: return EITHER(K5, MESSAGE_TOO_LARGE);  /* X.3.4 message too big for system */
  case 3005: return EITHER(K45, SYSTEM_ERROR);      /* X.3.5 system incorrectly configured */
  /* RFC 3463 section 3.5, network and routing status */
  case 4001: return EITHER(K4, NETWORK_ERROR);      /* X.4.1 no answer from host */
  case 4002: return EITHER(K4, NETWORK_ERROR);      /* X.4.2 bad connection */
  case 4003: return EITHER(K45, SYSTEM_ERROR);      /* X.4.3 directory server failure */
  case 4004: return EITHER(K45, DOMAIN_NOT_FOUND);  /* X.4.4 unable to route (no MX or address for the domain) */
  case 4005: return EITHER(K4, SYSTEM_ERROR);       /* X.4.5 mail system congestion */
  case 4006: return EITHER(K45, SYSTEM_ERROR);      /* X.4.6 routing loop detected */
  case 4007: return EITHER(K45, SYSTEM_ERROR);      /* X.4.7 delivery time expired */
  /* RFC 3463 section 3.6, mail delivery protocol status */
  case 5001: return EITHER(K45, PROTOCOL_ERROR);    /* X.5.1 invalid command */
  case 5002: return EITHER(K5, PROTOCOL_ERROR);     /* X.5.2 syntax error */
  case 5003: return EITHER(K45, TOO_MANY_RECIPIENTS); /* X.5.3 too many recipients */
  case 5004: return EITHER(K45, PROTOCOL_ERROR);    /* X.5.4 invalid command arguments */
  case 5005: return EITHER(K45, PROTOCOL_ERROR);    /* X.5.5 wrong protocol version */
  case 5006: return EITHER(K45, PROTOCOL_ERROR);    /* X.5.6 authentication exchange line too long (RFC 4954) */
  /* RFC 6531: a non-ASCII address the path cannot carry */
  case 6007: return EITHER(K5, USER_UNKNOWN);        /* X.6.7 non-ASCII addresses not permitted */
  /* RFC 3463 section 3.8, security or policy status */
  case 7002: return EITHER(K5, POLICY);             /* X.7.2 mailing list expansion prohibited */
  /* RFC 4954 section 6 and RFC 5248: the AUTH and TLS codes, with their basic codes */
  case 7008: return EITHER(K5 && WITH(535, 554), AUTH_FAILED);    /* credentials invalid */
  case 7009: return EITHER(K5 && WITH(534, 534), AUTH_FAILED);    /* mechanism too weak */
  case 7010: return EITHER(K5 && WITH(523, 523), TLS_REQUIRED);   /* encryption needed */
  case 7011: return EITHER(K5 && WITH(524, 538), TLS_REQUIRED);   /* encryption required for the mechanism */
  case 7012: return EITHER(K4 && WITH(422, 432), AUTH_FAILED);    /* password transition needed */
  case 7013: return EITHER(K5 && WITH(525, 525), AUTH_FAILED);    /* the client's user account disabled */
  case 7014: return EITHER(K5 && WITH(535, 554), AUTH_FAILED);    /* trust relationship required */
  /* RFC 6710 section 5: message priorities */
  case 7015: return EITHER(K45, POLICY);            /* X.7.15 priority level is too low */
  case 7016: return EITHER(K45, MESSAGE_TOO_LARGE); /* X.7.16 message too big for the specified priority */
  /* RFC 7293 (RRVS): the address now belongs to someone else */
  case 7017: return EITHER(K5, USER_UNKNOWN);       /* X.7.17 mailbox owner has changed */
  case 7018: return EITHER(K5, USER_UNKNOWN);       /* X.7.18 domain owner has changed */
  /* RFC 7372: sender authentication (DKIM, SPF, reverse DNS) */
  case 7020: case 7021: case 7022: case 7023: case 7025: case 7026:
    return EITHER(K5, SENDER_AUTH);
  case 7024: return EITHER(K45, SENDER_AUTH);       /* X.7.24 SPF validation error */
  case 7027: return EITHER(K5, SENDER_AUTH);     /* X.7.27 sender address has null MX (RFC 7505) */
  /*
   * X.7.28 mail flood detected (registry: draft-levine-mailbomb-header): as
   * 4.7.28 it means "slow down" (Gmail: "unusual rate of unsolicited mail
   * ... temporarily rate limited"), as 5.7.28 the sender is refused outright
   * (Gmail: "... has been blocked").
   */
  case 7028: return k == 4 ? SMTPC_REASON_RATE_LIMITED
                           : k == 5 ? SMTPC_REASON_BLOCKED : SMTPC_REASON_UNKNOWN;
  case 7029: return EITHER(K5, SENDER_AUTH);        /* X.7.29 ARC validation failure (RFC 8617) */
  case 7030: return EITHER(K5, TLS_REQUIRED);       /* X.7.30 REQUIRETLS support required (RFC 8689) */
  default: return SMTPC_REASON_UNKNOWN;
  }
}

#undef K4
#undef K5
#undef K45
#undef WITH
#undef EITHER

/* ---- basic codes ------------------------------------------------------------ */

/*
 * The reason a basic code gives on its own (RFC 5321 section 4.2.2 and the
 * extension RFCs).  No basic code alone takes a recipient off a list: 450
 * and 550 say "mailbox unavailable", which covers an unknown user and a
 * policy refusal alike; 551 and 553 are sent for the sender's address too
 * (Postfix: "553 5.7.1 <x>: Sender address rejected: not owned by user"), and
 * a forwarding hint needs the text anyway.  Guessing user_unknown would
 * suppress good addresses.
 */
static smtpc_reason basic_reason(int code)
{
  switch (code) {
  case 421: return SMTPC_REASON_SYSTEM_ERROR;       /* service not available, closing channel */
  case 432: return SMTPC_REASON_AUTH_FAILED;        /* password transition needed (RFC 4954 section 6) */
  case 451: return SMTPC_REASON_SYSTEM_ERROR;       /* local error in processing */
  case 452: return SMTPC_REASON_SYSTEM_ERROR;       /* insufficient system storage (X.5.3 decides "too many") */
  case 454: return SMTPC_REASON_SYSTEM_ERROR;       /* TLS or AUTH temporarily unavailable (RFC 3207, RFC 4954) */
  case 455: return SMTPC_REASON_SYSTEM_ERROR;       /* server unable to accommodate parameters */
  case 500: case 501: case 502: case 503: case 504:
  case 555:
    return SMTPC_REASON_PROTOCOL_ERROR;             /* syntax, sequence, unknown command or parameter */
  case 521: return SMTPC_REASON_NOT_ACCEPTING_MAIL; /* server does not accept mail (RFC 7504) */
  case 523: return SMTPC_REASON_TLS_REQUIRED;       /* encryption needed (RFC 5248 registry, X.7.10) */
  case 524: return SMTPC_REASON_TLS_REQUIRED;       /* encryption required for the mechanism (X.7.11) */
  case 525: return SMTPC_REASON_AUTH_FAILED;        /* user account disabled (X.7.13) */
  case 530: return SMTPC_REASON_AUTH_REQUIRED;      /* authentication required (RFC 4954 section 6) */
  case 534: return SMTPC_REASON_AUTH_FAILED;        /* mechanism too weak (RFC 4954 section 6) */
  case 535: return SMTPC_REASON_AUTH_FAILED;        /* credentials invalid (RFC 4954 section 6) */
  case 538: return SMTPC_REASON_TLS_REQUIRED;       /* encryption required for the mechanism (RFC 4954) */
  case 552: return SMTPC_REASON_MESSAGE_TOO_LARGE;  /* size exceeded (RFC 1870 section 6); a full mailbox
                                                       says X.2.2 or "full" and is caught before */
  case 554: return SMTPC_REASON_POLICY;             /* transaction failed: in practice a policy refusal */
  case 556: return SMTPC_REASON_NOT_ACCEPTING_MAIL; /* domain does not accept mail (RFC 7504, RFC 7505) */
  default: return SMTPC_REASON_UNKNOWN;
  }
}

/* ---- action and timing -------------------------------------------------------- */

/*
 * RFC 5321 section 4.5.4.1: retry no sooner than 30 minutes, give up after at
 * least 4 to 5 days.  Every transient reason keeps the 5-day queue lifetime;
 * only the first delay changes.
 */
#define QUEUE_LIFETIME (5L * 24 * 3600)
#define FIRST_DEFAULT  (30L * 60)
/* Greylisting asks for a few minutes (postgrey's default delay is 300 s). */
#define FIRST_GREYLIST (5L * 60)
/* Rate limits and reputation blocks last hours (Yahoo asks for 4, Microsoft throttles by the hour). */
#define FIRST_SLOW     (60L * 60)
/* A full mailbox empties when its owner acts: days, not minutes. */
#define FIRST_FULL     (24L * 3600)

static smtpc_action transient_action(smtpc_reason r, long *first)
{
  *first = FIRST_DEFAULT;
  switch (r) {
  case SMTPC_REASON_GREYLISTED:
    *first = FIRST_GREYLIST;
    return SMTPC_ACTION_RETRY;
  case SMTPC_REASON_MAILBOX_FULL:
    *first = FIRST_FULL;
    return SMTPC_ACTION_RETRY;
  case SMTPC_REASON_RATE_LIMITED:
  case SMTPC_REASON_BLOCKED:
  case SMTPC_REASON_SPAM_CONTENT:
  case SMTPC_REASON_SENDER_AUTH:
    /* the receiver slows the sender down: more attempts make it worse */
    *first = FIRST_SLOW;
    return SMTPC_ACTION_RETRY_LATER_SLOWLY;
  case SMTPC_REASON_AUTH_REQUIRED:
  case SMTPC_REASON_AUTH_FAILED:
    return SMTPC_ACTION_AUTHENTICATE;
  case SMTPC_REASON_TLS_REQUIRED:
    return SMTPC_ACTION_USE_TLS;
  default:
    return SMTPC_ACTION_RETRY;
  }
}

static smtpc_action permanent_action(smtpc_reason r)
{
  switch (r) {
  /* the recipient is gone or unreachable for good: stop sending to it */
  case SMTPC_REASON_USER_UNKNOWN:
  case SMTPC_REASON_MAILBOX_DISABLED:
  case SMTPC_REASON_DOMAIN_NOT_FOUND:
  case SMTPC_REASON_NOT_ACCEPTING_MAIL:
    return SMTPC_ACTION_SUPPRESS_ADDRESS;
  /* about the sender or this message, never the recipient: fix what is sent */
  case SMTPC_REASON_SENDER_AUTH:
  case SMTPC_REASON_BLOCKED:
  case SMTPC_REASON_RATE_LIMITED:
  case SMTPC_REASON_PROTOCOL_ERROR:
  case SMTPC_REASON_MESSAGE_TOO_LARGE:
  case SMTPC_REASON_SPAM_CONTENT:
    return SMTPC_ACTION_FIX_SENDER_SETUP;
  /* RFC 4954: log in first, or with valid credentials. */
  case SMTPC_REASON_AUTH_REQUIRED:
  case SMTPC_REASON_AUTH_FAILED:
    return SMTPC_ACTION_AUTHENTICATE;
  case SMTPC_REASON_TLS_REQUIRED:
    return SMTPC_ACTION_USE_TLS;
  /*
   * Only someone on the receiving side can help: a local rule, a broken
   * system, a greylister answering 5xx, a refusal nobody explains, or a
   * relay refusal (RFC 5321 section 3.6.1).  A relay refusal from a
   * recipient's MX means that MX does not take mail for the domain, which
   * its operator must fix; logging in would not help.  A client refused by
   * its own submission server gets auth_required first (530, RFC 4954).
   */
  default:
    return SMTPC_ACTION_CONTACT_POSTMASTER;
  }
}

smtpc_action smtpc_advise(smtpc_verdict verdict, smtpc_reason reason,
                          long *retry_after, long *give_up_after)
{
  smtpc_action action = SMTPC_ACTION_NONE;
  long first = 0, last = 0;

  if (reason == SMTPC_REASON_TOO_MANY_RECIPIENTS &&
      (verdict == SMTPC_VERDICT_TRANSIENT || verdict == SMTPC_VERDICT_PERMANENT)) {
    /*
     * RFC 5321 section 4.5.3.1.10: the recipients not accepted go at once in
     * a new transaction, so there is no retry delay to wait out.
     */
    action = SMTPC_ACTION_RESEND_REST;
  } else if (verdict == SMTPC_VERDICT_TRANSIENT ||
             (verdict == SMTPC_VERDICT_PERMANENT && reason == SMTPC_REASON_MAILBOX_FULL)) {
    /*
     * A full mailbox is a soft bounce even as 5xx: RFC 3463 section 3.3 says
     * X.2.2 should be used as a persistent transient failure, and the owner
     * frees space in days, so the message is tried again over the queue
     * lifetime.
     */
    action = transient_action(reason, &first);
    last = QUEUE_LIFETIME;
  } else if (verdict == SMTPC_VERDICT_PERMANENT) {
    action = permanent_action(reason);
  }
  if (retry_after)
    *retry_after = first;
  if (give_up_after)
    *give_up_after = last;
  return action;
}

/* ---- classify ----------------------------------------------------------------- */

static smtpc_verdict verdict_of(int klass, int basic)
{
  switch (klass) {
  case 2: return SMTPC_VERDICT_SUCCESS;
  case 3: return basic ? SMTPC_VERDICT_INTERMEDIATE : SMTPC_VERDICT_UNKNOWN;
  case 4: return SMTPC_VERDICT_TRANSIENT;
  case 5: return SMTPC_VERDICT_PERMANENT;
  default: return SMTPC_VERDICT_UNKNOWN;
  }
}

/*
 * Nonzero when an unknown recipient was decided by a code that says the
 * address itself is malformed, ambiguous or misdirected (X.1.3, X.1.4, X.6.7
 * of RFC 3463 and RFC 6531): the address can be corrected, so the action is
 * fix_address rather than suppress_address.
 */
static int malformed_address(const smtpc_esc *esc, smtpc_source source)
{
  return source == SMTPC_FROM_ENHANCED && esc &&
         ((esc->subject == 1 && (esc->detail == 3 || esc->detail == 4)) ||
          (esc->subject == 6 && esc->detail == 7));
}

void smtpc_classify(int code, const smtpc_esc *esc, const char *text, size_t len,
                    smtpc_classification *out)
{
  smtpc_classifier c;

  smtpc_classifier_init(&c);
  smtpc_classify_with(&c, code, esc, text, len, out);
}

void smtpc_classify_with(const smtpc_classifier *index, int code, const smtpc_esc *esc,
                         const char *text, size_t len, smtpc_classification *out)
{
  prepared t;
  const smtpc_provider *named = NULL;
  smtpc_reason reason = SMTPC_REASON_UNKNOWN;
  smtpc_source source = SMTPC_FROM_NOTHING;
  int ready = 0; /* t holds the text prepared */

  if (code < 200 || code > 599)
    code = 0;
  if (esc && esc->klass != 2 && esc->klass != 4 && esc->klass != 5)
    esc = NULL;
  out->verdict = code ? verdict_of(code / 100, 1)
                      : esc ? verdict_of(esc->klass, 0) : SMTPC_VERDICT_UNKNOWN;
  out->provider = NULL;
  if (!code && !esc) {
    /* no code at all: a failure before any reply gives what the MTA decides */
    const smtpc_failure *f;

    prepare(index, &t, text, len);
    ready = 1;
    if ((f = failure_of(&t)) != NULL) {
      out->verdict = verdict_of(f->klass, 0);
      out->reason = f->reason;
      out->source = SMTPC_FROM_TEXT;
      out->action = smtpc_advise(out->verdict, out->reason, &out->retry_after,
                                 &out->give_up_after);
      return;
    }
  }

  if (out->verdict != SMTPC_VERDICT_SUCCESS &&
      out->verdict != SMTPC_VERDICT_INTERMEDIATE) {
    if (esc && esc->klass != 2 &&
        (index->provider_details[PROVIDER_BUCKET(esc->klass, esc->subject)] & PROVIDER_DETAIL_BIT(esc->detail)))
      named = smtpc_provider_find_code(esc->klass, esc->subject, esc->detail);
    if (!ready)
      prepare(index, &t, text, len);
    if (named) {
      reason = named->reason;
      source = SMTPC_FROM_PROVIDER;
    } else {
      named = provider_marker(&t, esc);
      if (named && named->reason != SMTPC_REASON_UNKNOWN) {
        reason = named->reason;
        source = SMTPC_FROM_PROVIDER;
      }
      if (!reason && esc && (reason = enhanced_reason(code, esc)))
        source = SMTPC_FROM_ENHANCED;
      if (!reason && (reason = text_reason(&t)))
        source = SMTPC_FROM_TEXT;
      if (!reason && (reason = basic_reason(code)))
        source = SMTPC_FROM_BASIC;
      /*
       * An enhanced code the server's own words narrow down: X.2.1 "mailbox
       * disabled" over "User Unknown" (PowerMTA, Yahoo: "550 5.2.1
       * <a@b>... User Unknown") is an unknown user; X.7.13, RFC 4954's
       * disabled account of the client that authenticates, over "Recipient
       * address rejected: User account disabled" (DragonFly's dma) is the
       * recipient's disabled mailbox.  Either way the address is suppressed;
       * the words say which reason.
       */
      if (source == SMTPC_FROM_ENHANCED && esc &&
          ((esc->subject == 2 && esc->detail == 1 && text_reason(&t) == SMTPC_REASON_USER_UNKNOWN) ||
           (esc->subject == 7 && esc->detail == 13 && text_reason(&t) == SMTPC_REASON_MAILBOX_DISABLED &&
            names_recipient(&t)))) {
        reason = text_reason(&t);
        source = SMTPC_FROM_TEXT;
      }
      /*
       * A security or policy status (RFC 3463 section 3.8, X.7.x) with a
       * basic code that only says "local error": 451 4.7.1 is a policy
       * deferral (greylisting, a temporary block), not a server fault.
       */
      if (esc && esc->subject == 7 && reason == SMTPC_REASON_SYSTEM_ERROR &&
          source == SMTPC_FROM_BASIC) {
        reason = SMTPC_REASON_POLICY;
        source = SMTPC_FROM_ENHANCED;
      }
    }
    /*
     * Evidence in conflict: a reply that refuses the recipient but also names
     * a fault of the sender ("550 5.1.1 ... blocked using zen.spamhaus.org")
     * is about the sender, whose fix makes the next attempt succeed.  The
     * recipient stays on the list.  A provider's own entry is not in
     * conflict: it names its wording ("Le compte du destinataire est bloque.
     * The recipient account is blocked", Orange's disabled mailbox, is no
     * block of the sender).
     */
    if (about_recipient(reason) && source != SMTPC_FROM_PROVIDER) {
      smtpc_reason sender = sender_reason(&t, index);

      if (sender) {
        reason = sender;
        source = SMTPC_FROM_TEXT;
      }
    }
    out->provider = named;
  }
  out->reason = reason;
  out->source = source;
  out->action = smtpc_advise(out->verdict, reason, &out->retry_after,
                             &out->give_up_after);
  if (out->action == SMTPC_ACTION_SUPPRESS_ADDRESS && malformed_address(esc, source))
    out->action = SMTPC_ACTION_FIX_ADDRESS;
}

/* ---- the memo ------------------------------------------------------------ */

/* One step of the memo's hash: v mixed into h by a multiply and a shift. */
static uint64_t memo_mix(uint64_t h, uint64_t v)
{
  h = (h ^ v) * UINT64_C(0x9e3779b97f4a7c15);
  return h ^ (h >> 31);
}

static uint64_t memo_hash(int code, const smtpc_esc *e, const char *text, size_t len)
{
  uint64_t h = memo_mix(len, (uint64_t)(unsigned)code << 32 | (unsigned)e->klass), w;
  size_t i = 0;

  h = memo_mix(h, (uint64_t)(unsigned)e->subject << 32 | (unsigned)e->detail);
  for (; len - i >= 8; i += 8) {
    memcpy(&w, text + i, 8);
    h = memo_mix(h, w);
  }
  for (w = 0; i < len; i++)
    w = w << 8 | (unsigned char)text[i];
  h = memo_mix(h, w);
  return h ? h : 1; /* 0 marks an empty slot */
}

void smtpc_classify_memo_with(const smtpc_classifier *index, smtpc_classify_memo *memo, int code,
                              const smtpc_esc *esc, const char *text, size_t len,
                              smtpc_classification *out)
{
  smtpc_esc e = {0, 0, 0};
  smtpc_classify_memo_slot *slot;
  uint64_t h;

  if (!text)
    len = 0;
  /* a success or an intermediate reply is answered without reading its text: nothing to keep */
  if (memo == NULL || len > SMTPC_CLASSIFY_MEMO_TEXT || (code >= 200 && code < 400) ||
      (code == 0 && esc && esc->klass == 2)) {
    smtpc_classify_with(index, code, esc, text, len, out);
    return;
  }
  if (esc)
    e = *esc; /* NULL and a klass of 0 both mean none */
  h = memo_hash(code, &e, text, len);
  slot = &memo->slot[h % SMTPC_CLASSIFY_MEMO_SLOTS];
  if (slot->hash == h && slot->code == code && slot->esc.klass == e.klass &&
      slot->esc.subject == e.subject && slot->esc.detail == e.detail && slot->len == len &&
      (len == 0 || memcmp(slot->text, text, len) == 0)) {
    *out = slot->answer;
    return;
  }
  smtpc_classify_with(index, code, esc, text, len, out);
  slot->hash = h;
  slot->code = code;
  slot->esc = e;
  slot->len = len;
  if (len)
    memcpy(slot->text, text, len);
  slot->answer = *out;
}

/* ---- names -------------------------------------------------------------------- */

static const char *const verdict_names[] = {"unknown", "success", "intermediate",
                                            "transient", "permanent"};

static const char *const reason_names[] = {
    "unknown",          "user_unknown",       "mailbox_full",
    "mailbox_disabled", "domain_not_found",   "not_accepting_mail",
    "greylisted",       "rate_limited",       "blocked",
    "spam_content",     "sender_auth",        "auth_required",
    "auth_failed",      "tls_required",       "relay_denied",
    "too_many_recipients", "message_too_large", "policy",
    "system_error",     "protocol_error",     "network_error"};

static const char *const action_names[] = {
    "none",        "retry",            "retry_later_slowly", "resend_rest",
    "fix_address", "suppress_address", "fix_sender_setup",   "authenticate",
    "use_tls",     "contact_postmaster"};

static const char *const source_names[] = {"nothing", "provider", "enhanced",
                                           "text", "basic"};

#define NAME(table, v) \
  ((unsigned)(v) < sizeof(table) / sizeof(table[0]) ? table[(unsigned)(v)] : NULL)

const char *smtpc_verdict_name(smtpc_verdict verdict) { return NAME(verdict_names, verdict); }
const char *smtpc_reason_name(smtpc_reason reason) { return NAME(reason_names, reason); }
const char *smtpc_action_name(smtpc_action action) { return NAME(action_names, action); }
const char *smtpc_source_name(smtpc_source source) { return NAME(source_names, source); }
