/*
 * lua_scan.c: the scanner for Lua.  scanner(mode, limits, output, file)
 * makes a userdata over one smtpc_scanner; sc:feed(chunk) and sc:finish()
 * return what that call completed: with output "table" (the default) an
 * array of results, each a plain table (see smtpcodes_scan.h for the
 * fields); with "jsonl" one string of JSON lines (smtpc_scan_json, with
 * file); with "summary" nothing is kept but counts, read by sc:summary().
 * lua/smtpcodes/scan.lua is the public front; the CLI uses the fast outputs.
 */
#include <stdlib.h>
#include <string.h>

#include "compat.h"
#include "lua_binding.h"
#include "smtpcodes.h"
#include "smtpcodes_scan.h"

#define SCANNER_META "smtpcodes.scanner"

enum { OUT_TABLE, OUT_JSONL, OUT_SUMMARY };

typedef struct lscanner {
  smtpc_scanner *sc;
  lua_State *L; /* the state of the feed or finish call in progress */
  int n;        /* results pushed into the array on top of L's stack */
  int busy;     /* a call is in progress (still set after an error unwound it) */
  int output;   /* OUT_* */
  int nomem;    /* jsonl: the buffer could not grow */
  char *buf;    /* jsonl: the lines of the call in progress */
  size_t len, cap;
  char *file;   /* jsonl: the "file" of every record (NULL: null) */
  size_t file_len;
  smtpc_scan_summary *sum; /* summary */
} lscanner;

static void set_text(lua_State *L, const char *key, smtpc_text t) {
  if (t.len == 0) return;
  lua_pushlstring(L, t.ptr, t.len);
  lua_setfield(L, -2, key);
}

static void set_esc(lua_State *L, const char *key, const smtpc_esc *e) {
  if (e->klass == 0) return;
  lua_pushfstring(L, "%d.%d.%d", e->klass, e->subject, e->detail);
  lua_setfield(L, -2, key);
}

/* jsonl: grows the buffer to hold need bytes (16 KiB at first, then doubling); 1 when out of memory. */
static int grow_json(lscanner *ls, size_t need) {
  size_t cap = ls->cap ? ls->cap : 16384;
  char *nb;
  while (cap < need) cap *= 2;
  nb = realloc(ls->buf, cap);
  if (nb == NULL) {
    ls->nomem = 1;
    return 1;
  }
  ls->buf = nb;
  ls->cap = cap;
  return 0;
}

/* jsonl: appends r's line to the buffer, growing it as needed (a buffer exists before the first record, so
   a record is written once unless it outgrows the room left). */
static int emit_json(lscanner *ls, const smtpc_scan_result *r) {
  if (ls->buf == NULL && grow_json(ls, 1)) return 1;
  for (;;) {
    size_t room = ls->cap - ls->len;
    size_t n = smtpc_scan_json(r, ls->file, ls->file_len, ls->buf + ls->len, room);
    if (n + 1 <= room) {
      ls->buf[ls->len + n] = '\n';
      ls->len += n + 1;
      return 0;
    }
    if (grow_json(ls, ls->len + n + 1)) return 1;
  }
}

/* Pushes one result as a table into the array on top of the stack (or writes or counts it). */
static int emit(void *ud, const smtpc_scan_result *r) {
  lscanner *ls = ud;
  lua_State *L = ls->L;
  if (ls->output == OUT_JSONL) return emit_json(ls, r);
  if (ls->output == OUT_SUMMARY) {
    smtpc_scan_summary_add(ls->sum, r);
    ls->n++;
    return 0;
  }
  lua_createtable(L, 0, 24);
  set_text(L, "recipient", r->recipient);
  set_text(L, "original_recipient", r->original_recipient);
  set_text(L, "sender", r->sender);
  lua_pushstring(L, smtpc_delivery_name(r->delivery));
  lua_setfield(L, -2, "delivery");
  set_esc(L, "status", &r->status);
  if (r->reply_code || r->reply_esc.klass || r->reply_text.len) {
    lua_createtable(L, 0, 3);
    if (r->reply_code) {
      lua_pushinteger(L, r->reply_code);
      lua_setfield(L, -2, "code");
    }
    set_esc(L, "enhanced", &r->reply_esc);
    set_text(L, "text", r->reply_text);
    lua_setfield(L, -2, "reply");
  }
  lua_pushstring(L, smtpc_command_name(r->command));
  lua_setfield(L, -2, "command");
  set_text(L, "remote_mta", r->remote_mta);
  set_text(L, "reporting_mta", r->reporting_mta);
  set_text(L, "queue_id", r->queue_id);
  set_text(L, "message_id", r->message_id);
  set_text(L, "date", r->date);
  set_text(L, "diagnostic", r->diagnostic);
  set_text(L, "feedback_type", r->feedback_type);
  lua_pushstring(L, smtpc_scan_kind_name(r->kind));
  lua_setfield(L, -2, "kind");
  smtpc_lua_set_classification(L, &r->cls);
  /* the classification's source (where the reason came from) is reason_source here;
     source is the layout the result was read from */
  lua_getfield(L, -1, "source");
  lua_setfield(L, -2, "reason_source");
  lua_pushstring(L, r->source ? r->source : "unknown");
  lua_setfield(L, -2, "source");
  lua_pushinteger(L, (lua_Integer)r->line);
  lua_setfield(L, -2, "line");
  lua_pushinteger(L, (lua_Integer)r->index);
  lua_setfield(L, -2, "index");
  lua_rawseti(L, -2, ++ls->n);
  return 0;
}

static lscanner *check_scanner(lua_State *L) {
  lscanner *ls = luaL_checkudata(L, 1, SCANNER_META);
  if (ls->sc == NULL) luaL_error(L, "the scanner is closed");
  if (ls->busy) luaL_error(L, "the scanner is unusable: an earlier call failed inside it");
  return ls;
}

/* Runs feed (chunk given) or finish (chunk NULL) and returns the array of results. */
static int run(lua_State *L, lscanner *ls, const char *chunk, size_t len) {
  smtpc_scan_status st;
  if (ls->output == OUT_TABLE) lua_newtable(L);
  ls->L = L;
  ls->n = 0;
  ls->len = 0;
  ls->busy = 1;
  st = chunk ? smtpc_scanner_feed(ls->sc, chunk, len) : smtpc_scanner_finish(ls->sc);
  ls->busy = 0;
  if (st == SMTPC_SCAN_NOMEM || ls->nomem) return luaL_error(L, "not enough memory");
  if (ls->output == OUT_JSONL) lua_pushlstring(L, ls->buf ? ls->buf : "", ls->len);
  else if (ls->output == OUT_SUMMARY) lua_pushinteger(L, ls->n);
  return 1;
}

/* sc:feed(chunk) -> array of the results completed by chunk */
static int l_feed(lua_State *L) {
  lscanner *ls = check_scanner(L);
  size_t len;
  const char *chunk = luaL_checklstring(L, 2, &len);
  return run(L, ls, chunk, len);
}

/* sc:finish() -> array of the results still pending at the end of the stream */
static int l_finish(lua_State *L) {
  return run(L, check_scanner(L), NULL, 0);
}

/* sc:count() -> results so far; sc:mode() -> "auto", "mail", "mbox" or "log" */
static int l_count(lua_State *L) {
  lua_pushinteger(L, (lua_Integer)smtpc_scanner_count(check_scanner(L)->sc));
  return 1;
}

static int l_mode(lua_State *L) {
  lua_pushstring(L, smtpc_scan_mode_name(smtpc_scanner_mode(check_scanner(L)->sc)));
  return 1;
}

static void push_key(void *ud, const char *key, size_t len, size_t count) {
  lua_State *L = ud;
  lua_pushlstring(L, key, len);
  lua_pushinteger(L, (lua_Integer)count);
  lua_rawset(L, -3);
}

/* Sets t[names(i)] = counts[i] for the non-zero counts, in a new table at key name. */
static void push_counts(lua_State *L, const char *name, const size_t *counts, int n,
                        const char *(*names)(int)) {
  int i;
  lua_newtable(L);
  for (i = 0; i < n; i++)
    if (counts[i]) {
      lua_pushinteger(L, (lua_Integer)counts[i]);
      lua_setfield(L, -2, names(i));
    }
  lua_setfield(L, -2, name);
}

static const char *delivery_name(int i) { return smtpc_delivery_name((smtpc_delivery)i); }
static const char *kind_name(int i) { return smtpc_scan_kind_name((smtpc_scan_kind)i); }
static const char *verdict_name(int i) { return smtpc_verdict_name((smtpc_verdict)i); }
static const char *reason_name(int i) { return smtpc_reason_name((smtpc_reason)i); }
static const char *action_name(int i) { return smtpc_action_name((smtpc_action)i); }

/*
 * sc:summary() -> {total, delivery = {name = n}, kind, verdict, reason,
 * action, domain = {domain = n}, provider, diagnostic, other = {domain = n,
 * ...} (results whose key found no room)}; summary scanners only.
 */
static int l_summary(lua_State *L) {
  static const char *const tables[] = {"domain", "provider", "diagnostic"};
  lscanner *ls = check_scanner(L);
  const smtpc_summary_counts *c;
  size_t other[SMTPC_SUMMARY_TABLES];
  int i;
  if (ls->sum == NULL) return luaL_error(L, "summary() needs a scanner made with output \"summary\"");
  c = smtpc_scan_summary_counts(ls->sum);
  lua_createtable(L, 0, 10);
  lua_pushinteger(L, (lua_Integer)c->total);
  lua_setfield(L, -2, "total");
  push_counts(L, "delivery", c->delivery, SMTPC_DELIVERY_COUNT, delivery_name);
  push_counts(L, "kind", c->kind, SMTPC_KIND_COUNT, kind_name);
  push_counts(L, "verdict", c->verdict, SMTPC_SUMMARY_VERDICTS, verdict_name);
  push_counts(L, "reason", c->reason, SMTPC_REASON_COUNT, reason_name);
  push_counts(L, "action", c->action, SMTPC_ACTION_COUNT, action_name);
  for (i = 0; i < SMTPC_SUMMARY_TABLES; i++) {
    lua_newtable(L);
    other[i] = smtpc_scan_summary_keys(ls->sum, (smtpc_summary_table)i, push_key, L);
    lua_setfield(L, -2, tables[i]);
  }
  lua_newtable(L);
  for (i = 0; i < SMTPC_SUMMARY_TABLES; i++) {
    lua_pushinteger(L, (lua_Integer)other[i]);
    lua_setfield(L, -2, tables[i]);
  }
  lua_setfield(L, -2, "other");
  return 1;
}

static int l_gc(lua_State *L) {
  lscanner *ls = luaL_checkudata(L, 1, SCANNER_META);
  smtpc_scanner_free(ls->sc);
  smtpc_scan_summary_free(ls->sum);
  free(ls->buf);
  free(ls->file);
  ls->sc = NULL;
  ls->sum = NULL;
  ls->buf = ls->file = NULL;
  return 0;
}

static size_t limit_field(lua_State *L, int idx, const char *key) {
  lua_Number v;
  size_t out = 0;
  lua_getfield(L, idx, key);
  if (!lua_isnil(L, -1)) {
    v = lua_tonumber(L, -1);
    if (lua_type(L, -1) != LUA_TNUMBER || v != v || v < 1 || v > 1e15 || v != (lua_Number)(size_t)v)
      luaL_error(L, "limit %s must be a positive integer", key);
    out = (size_t)v;
  }
  lua_pop(L, 1);
  return out;
}

/*
 * scanner(mode, limits, output, file) -> scanner; mode "auto" | "mail" |
 * "mbox" | "log"; output "table" | "jsonl" | "summary"; file: the jsonl
 * records' "file" (a string or nil)
 */
static int l_scanner(lua_State *L) {
  static const char *const modes[] = {"auto", "mail", "mbox", "log", NULL};
  static const char *const outputs[] = {"table", "jsonl", "summary", NULL};
  int mode = luaL_checkoption(L, 1, "auto", modes);
  int output = luaL_checkoption(L, 3, "table", outputs);
  size_t file_len = 0;
  const char *file = luaL_optlstring(L, 4, NULL, &file_len);
  smtpc_scan_limits lim;
  lscanner *ls;
  memset(&lim, 0, sizeof lim);
  if (!lua_isnoneornil(L, 2)) {
    luaL_checktype(L, 2, LUA_TTABLE);
    lim.max_message = limit_field(L, 2, "max_message");
    lim.max_line = limit_field(L, 2, "max_line");
    lim.max_depth = limit_field(L, 2, "max_depth");
    lim.max_recipients = limit_field(L, 2, "max_recipients");
    lim.max_queue = limit_field(L, 2, "max_queue");
  }
  ls = lua_newuserdata(L, sizeof *ls);
  memset(ls, 0, sizeof *ls);
  luaL_getmetatable(L, SCANNER_META);
  lua_setmetatable(L, -2);
  ls->output = output;
  if (file) {
    ls->file = malloc(file_len ? file_len : 1);
    if (ls->file == NULL) return luaL_error(L, "not enough memory");
    memcpy(ls->file, file, file_len);
    ls->file_len = file_len;
  }
  if (output == OUT_SUMMARY && (ls->sum = smtpc_scan_summary_new(0)) == NULL)
    return luaL_error(L, "not enough memory");
  /* the Lua state's marker index (lua_classify.c), which lives as long as the state */
  lua_getfield(L, LUA_REGISTRYINDEX, SMTPC_LUA_CLASSIFIER);
  ls->sc = smtpc_scanner_new_with((smtpc_scan_mode)mode, &lim, emit, ls,
                                  (const smtpc_classifier *)lua_touserdata(L, -1));
  lua_pop(L, 1);
  if (ls->sc == NULL) return luaL_error(L, "not enough memory");
  return 1;
}

void smtpc_lua_open_scan(lua_State *L) {
  static const luaL_Reg methods[] = {
      {"feed", l_feed},   {"finish", l_finish},   {"count", l_count},
      {"mode", l_mode},   {"summary", l_summary}, {NULL, NULL}};
  if (luaL_newmetatable(L, SCANNER_META)) {
    smtpc_newlib(L, methods);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, l_gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_pop(L, 1);
  lua_pushcfunction(L, l_scanner);
  lua_setfield(L, -2, "scanner");
}
