/*
 * log_queue.c: the log readers' join table.  Lines of one message share a
 * queue id: Postfix's qmgr line gives the sender, cleanup the message-id,
 * and smtp the deliveries; a deferred recipient whose message later expires
 * fails with its last deferral.  The table remembers the last max queue ids
 * and the last max deferrals: fixed-size entries in two rings (the oldest
 * is forgotten when a ring is full; they start small and grow to max) and an
 * open-addressing index, so memory
 * is bounded whatever the log, and every call is constant time but for the
 * walk over one message's own deferrals.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "log_internal.h"

/* What a probe and a list walk read comes first, in the entry's first cache line. */
typedef struct msg_entry {
  char id[SMTPC_LOGQ_ID_MAX];
  uint32_t hash;
  int live;
  size_t id_len;
  long head, tail; /* its deferrals (pend indexes), -1 when none */
  size_t sender_len, message_id_len;
  char sender[SMTPC_LOGQ_TEXT_MAX];
  char message_id[SMTPC_LOGQ_TEXT_MAX];
} msg_entry;

typedef struct pend_entry {
  size_t rcpt_len, line_len;
  long owner;      /* msg index, -1 when free */
  long prev, next; /* within the owner's list */
  char rcpt[SMTPC_LOGQ_TEXT_MAX];
  char line[SMTPC_LOGQ_PEND_MAX];
} pend_entry;

/*
 * The entries are two rings of max entries each, the oldest forgotten
 * first.  They start small and double as they fill (up to max), so that a
 * log of a few lines, or one record given to smtp.scan, costs kilobytes and
 * not the megabytes of a full table (max 4096 by default: about 10 MB).
 */
struct smtpc_logq {
  msg_entry *msgs;
  pend_entry *pends;
  uint32_t *slots; /* msg index + 1, 0 = empty */
  size_t max, cap, mask, next_msg, next_pend;
  long last; /* the entry found last (a message's lines come together), -1 when none */
};

#define LOGQ_FIRST 16u /* entries of a new table */

static size_t find_slot(const smtpc_logq *q, const char *id, size_t n, uint32_t h);

/* An index of n slots (a power of two, at least twice cap) for the live entries; -1 when memory is short. */
static int index_all(smtpc_logq *q, size_t n)
{
  uint32_t *slots = calloc(n, sizeof *slots);
  size_t i;
  if (slots == NULL) return -1;
  free(q->slots);
  q->slots = slots;
  q->mask = n - 1;
  for (i = 0; i < q->cap; i++) {
    const msg_entry *m = &q->msgs[i];
    if (m->live) q->slots[find_slot(q, m->id, m->id_len, m->hash)] = (uint32_t)i + 1;
  }
  return 0;
}

/* Doubles the entries (up to max); when memory is short the table stays as it is, a ring of its size. */
static void grow(smtpc_logq *q)
{
  size_t cap = q->cap * 2 > q->max ? q->max : q->cap * 2, n = q->mask + 1, old = q->cap, i;
  msg_entry *msgs = realloc(q->msgs, cap * sizeof *msgs);
  pend_entry *pends;
  if (msgs) q->msgs = msgs;
  pends = msgs ? realloc(q->pends, cap * sizeof *pends) : NULL;
  if (pends) q->pends = pends;
  while (n < 2 * cap) n *= 2;
  if (pends == NULL) {
    q->max = q->cap;
    return;
  }
  memset(q->msgs + old, 0, (cap - old) * sizeof *q->msgs);
  memset(q->pends + old, 0, (cap - old) * sizeof *q->pends);
  for (i = old; i < cap; i++) q->pends[i].owner = -1;
  q->cap = cap;
  if (n != q->mask + 1 && index_all(q, n) < 0) q->max = q->cap = old; /* the old index still fits old */
}

/* The next entry of a ring (next_msg or next_pend), grown into when it reaches the end. */
static size_t next_entry(smtpc_logq *q, size_t *next)
{
  if (*next == q->cap && q->cap < q->max) grow(q);
  if (*next >= q->cap) *next = 0;
  return (*next)++;
}

smtpc_logq *smtpc_logq_new(size_t max)
{
  smtpc_logq *q;
  size_t n = 2, i, cap = max < LOGQ_FIRST ? max : LOGQ_FIRST;
  if (max == 0 || max > (size_t)1 << 28) return NULL;
  while (n < 2 * cap) n *= 2;
  q = calloc(1, sizeof *q);
  if (q == NULL) return NULL;
  q->msgs = calloc(cap, sizeof *q->msgs);
  q->pends = calloc(cap, sizeof *q->pends);
  q->slots = calloc(n, sizeof *q->slots);
  if (q->msgs == NULL || q->pends == NULL || q->slots == NULL) {
    smtpc_logq_free(q);
    return NULL;
  }
  for (i = 0; i < cap; i++) q->pends[i].owner = -1;
  q->max = max;
  q->cap = cap;
  q->mask = n - 1;
  q->last = -1;
  return q;
}

void smtpc_logq_free(smtpc_logq *q)
{
  if (q == NULL) return;
  free(q->msgs);
  free(q->pends);
  free(q->slots);
  free(q);
}

/*
 * A queue id's hash: eight bytes at a time (ids are 10 to 15 bytes), each
 * word mixed by a multiply; the last eight bytes are one more word (they may
 * overlap the one before), so no byte is read alone unless the id is short.
 */
static uint32_t hash_id(const char *s, size_t n)
{
  uint64_t h = (uint64_t)n * UINT64_C(0x9e3779b97f4a7c15), w = 0;
  size_t i;
  if (n < 8) {
    for (i = 0; i < n; i++) w = w << 8 | (unsigned char)s[i];
  } else {
    for (i = 0; n - i > 8; i += 8) {
      memcpy(&w, s + i, 8);
      h = (h ^ w) * UINT64_C(0xff51afd7ed558ccd);
      h ^= h >> 29;
    }
    memcpy(&w, s + n - 8, 8);
  }
  h = (h ^ w) * UINT64_C(0xc4ceb9fe1a85ec53);
  return (uint32_t)(h >> 32);
}

/* The index slot holding id, or the empty slot where it would go. */
static size_t find_slot(const smtpc_logq *q, const char *id, size_t n, uint32_t h)
{
  size_t i = h & q->mask;
  while (q->slots[i]) {
    const msg_entry *m = &q->msgs[q->slots[i] - 1];
    if (m->hash == h && m->id_len == n && memcmp(m->id, id, n) == 0) break;
    i = (i + 1) & q->mask;
  }
  return i;
}

/* The entry found last when it is id's, else NULL. */
static msg_entry *last_is(smtpc_logq *q, smtpc_text id)
{
  msg_entry *m = q->last >= 0 ? &q->msgs[q->last] : NULL;
  return m && m->id_len == id.len && memcmp(m->id, id.ptr, id.len) == 0 ? m : NULL;
}

/* The entry of id, or NULL; *slot (may be NULL) gets its index slot. */
static msg_entry *lookup(smtpc_logq *q, smtpc_text id, size_t *slot)
{
  size_t s;
  msg_entry *m;
  if (id.len == 0 || id.len > SMTPC_LOGQ_ID_MAX) return NULL;
  if (slot == NULL && (m = last_is(q, id)) != NULL) return m;
  s = find_slot(q, id.ptr, id.len, hash_id(id.ptr, id.len));
  if (slot) *slot = s;
  if (q->slots[s] == 0) return NULL;
  q->last = (long)q->slots[s] - 1;
  return &q->msgs[q->last];
}

static void unlink_pend(smtpc_logq *q, long p)
{
  pend_entry *e = &q->pends[p];
  msg_entry *m = &q->msgs[e->owner];
  if (e->prev >= 0) q->pends[e->prev].next = e->next;
  else m->head = e->next;
  if (e->next >= 0) q->pends[e->next].prev = e->prev;
  else m->tail = e->prev;
  e->owner = -1;
}

/*
 * Removes m, whose index slot is i, from the index (backward-shift deletion
 * keeps probing chains whole) and frees its deferrals.
 */
static void remove_msg(smtpc_logq *q, msg_entry *m, size_t i)
{
  size_t j = i;
  while (m->head >= 0) unlink_pend(q, m->head);
  q->slots[i] = 0;
  for (;;) {
    size_t home;
    j = (j + 1) & q->mask;
    if (q->slots[j] == 0) break;
    home = q->msgs[q->slots[j] - 1].hash & q->mask;
    /* the entry at j may move to the hole at i unless its home lies cyclically in (i, j] */
    if (i <= j ? (home <= i || home > j) : (home <= i && home > j)) {
      q->slots[i] = q->slots[j];
      q->slots[j] = 0;
      i = j;
    }
  }
  m->live = 0;
  if (q->last == m - q->msgs) q->last = -1;
}

/* The entry of id, made when missing (forgetting the oldest id); NULL for an id too long to keep. */
static msg_entry *get_or_make(smtpc_logq *q, smtpc_text id)
{
  msg_entry *m;
  size_t s, i;
  uint32_t h;
  if (id.len == 0 || id.len > SMTPC_LOGQ_ID_MAX) return NULL;
  if ((m = last_is(q, id)) != NULL) return m;
  h = hash_id(id.ptr, id.len);
  s = find_slot(q, id.ptr, id.len, h);
  if (q->slots[s]) {
    q->last = (long)q->slots[s] - 1;
    return &q->msgs[q->last];
  }
  i = next_entry(q, &q->next_msg); /* growing (in next_entry) moves the entries and the index */
  m = &q->msgs[i];
  if (m->live) remove_msg(q, m, find_slot(q, m->id, m->id_len, m->hash));
  s = find_slot(q, id.ptr, id.len, h); /* forgetting the oldest id, or growing, moved index slots */
  memcpy(m->id, id.ptr, id.len);
  m->id_len = id.len;
  m->hash = h;
  m->sender_len = m->message_id_len = 0;
  m->head = m->tail = -1;
  m->live = 1;
  q->slots[s] = (uint32_t)(m - q->msgs) + 1;
  q->last = (long)(m - q->msgs);
  return m;
}

static size_t keep(char *dst, size_t cap, smtpc_text t)
{
  size_t n = t.len < cap ? t.len : cap;
  if (n) memcpy(dst, t.ptr, n);
  return n;
}

int smtpc_logq_set_sender(smtpc_logq *q, smtpc_text id, smtpc_text sender)
{
  msg_entry *m = get_or_make(q, id);
  if (m) m->sender_len = keep(m->sender, sizeof m->sender, sender);
  return 0;
}

int smtpc_logq_set_message_id(smtpc_logq *q, smtpc_text id, smtpc_text message_id)
{
  msg_entry *m = get_or_make(q, id);
  if (m) m->message_id_len = keep(m->message_id, sizeof m->message_id, message_id);
  return 0;
}

smtpc_logq_info smtpc_logq_get(smtpc_logq *q, smtpc_text id)
{
  smtpc_logq_info info;
  const msg_entry *m = lookup(q, id, NULL);
  memset(&info, 0, sizeof info);
  if (m) {
    info.sender = smtpc_log_text(m->sender, m->sender_len);
    info.message_id = smtpc_log_text(m->message_id, m->message_id_len);
  }
  return info;
}

void smtpc_logq_drop(smtpc_logq *q, smtpc_text id)
{
  size_t s;
  msg_entry *m = lookup(q, id, &s);
  if (m) remove_msg(q, m, s);
}

/* The deferral of rcpt under m, or -1. */
static long find_pend(const smtpc_logq *q, const msg_entry *m, smtpc_text rcpt)
{
  long p;
  for (p = m->head; p >= 0; p = q->pends[p].next)
    if (q->pends[p].rcpt_len == rcpt.len && memcmp(q->pends[p].rcpt, rcpt.ptr, rcpt.len) == 0) return p;
  return -1;
}

int smtpc_logq_defer(smtpc_logq *q, smtpc_text id, smtpc_text rcpt, smtpc_text line)
{
  msg_entry *m = get_or_make(q, id);
  pend_entry *e;
  long p, mi;
  if (m == NULL || rcpt.len > SMTPC_LOGQ_TEXT_MAX) return 0;
  mi = (long)(m - q->msgs);
  p = find_pend(q, m, rcpt);
  if (p < 0) {
    p = (long)next_entry(q, &q->next_pend);
    m = &q->msgs[mi]; /* (growing may have moved the entries) */
    if (q->pends[p].owner >= 0) unlink_pend(q, p);
    e = &q->pends[p];
    e->rcpt_len = keep(e->rcpt, sizeof e->rcpt, rcpt);
    e->owner = mi;
    e->next = -1;
    e->prev = m->tail;
    if (m->tail >= 0) q->pends[m->tail].next = p;
    else m->head = p;
    m->tail = p;
  }
  e = &q->pends[p];
  e->line_len = keep(e->line, sizeof e->line, line);
  return 0;
}

void smtpc_logq_settle(smtpc_logq *q, smtpc_text id, smtpc_text rcpt)
{
  msg_entry *m = lookup(q, id, NULL);
  long p;
  if (m && (p = find_pend(q, m, rcpt)) >= 0) unlink_pend(q, p);
}

/* Copies pending entry p into buf (cap bytes), forgets it, and returns its length. */
static size_t take(smtpc_logq *q, long p, char *buf, size_t cap)
{
  pend_entry *e = &q->pends[p];
  size_t n = e->line_len < cap ? e->line_len : cap;
  memcpy(buf, e->line, n);
  unlink_pend(q, p);
  return n;
}

size_t smtpc_logq_take_deferred(smtpc_logq *q, smtpc_text id, char *buf, size_t cap)
{
  msg_entry *m = lookup(q, id, NULL);
  if (m == NULL || m->head < 0) return 0;
  return take(q, m->head, buf, cap);
}

size_t smtpc_logq_take_recipient(smtpc_logq *q, smtpc_text id, smtpc_text rcpt, char *buf, size_t cap)
{
  msg_entry *m = lookup(q, id, NULL);
  long p;
  if (m == NULL || (p = find_pend(q, m, rcpt)) < 0) return 0;
  return take(q, p, buf, cap);
}
