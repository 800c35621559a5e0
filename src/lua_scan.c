/*
 * lua_scan.c: the scanner for Lua.  scanner(mode, limits) makes a userdata
 * over one smtpc_scanner; sc:feed(chunk) and sc:finish() return an array of
 * the results completed by that call, each a plain table (see
 * smtpcodes_scan.h for the fields).  lua/smtpcodes/scan.lua is the public
 * front.
 */
#include <string.h>

#include "compat.h"
#include "lua_binding.h"
#include "smtpcodes.h"
#include "smtpcodes_scan.h"

#define SCANNER_META "smtpcodes.scanner"

typedef struct lscanner {
  smtpc_scanner *sc;
  lua_State *L; /* the state of the feed or finish call in progress */
  int n;        /* results pushed into the array on top of L's stack */
  int busy;     /* a call is in progress (still set after an error unwound it) */
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

/* Pushes one result as a table into the array on top of the stack. */
static int emit(void *ud, const smtpc_scan_result *r) {
  lscanner *ls = ud;
  lua_State *L = ls->L;
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
  /* the classification's "source" (where the reason came from) yields the name to the layout read */
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
  lua_newtable(L);
  ls->L = L;
  ls->n = 0;
  ls->busy = 1;
  st = chunk ? smtpc_scanner_feed(ls->sc, chunk, len) : smtpc_scanner_finish(ls->sc);
  ls->busy = 0;
  if (st == SMTPC_SCAN_NOMEM) return luaL_error(L, "not enough memory");
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

static int l_gc(lua_State *L) {
  lscanner *ls = luaL_checkudata(L, 1, SCANNER_META);
  smtpc_scanner_free(ls->sc);
  ls->sc = NULL;
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

/* scanner(mode, limits) -> scanner; mode "auto" | "mail" | "mbox" | "log" */
static int l_scanner(lua_State *L) {
  static const char *const modes[] = {"auto", "mail", "mbox", "log", NULL};
  int mode = luaL_checkoption(L, 1, "auto", modes);
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
  ls->sc = smtpc_scanner_new((smtpc_scan_mode)mode, &lim, emit, ls);
  if (ls->sc == NULL) return luaL_error(L, "not enough memory");
  return 1;
}

void smtpc_lua_open_scan(lua_State *L) {
  static const luaL_Reg methods[] = {
      {"feed", l_feed}, {"finish", l_finish}, {"count", l_count}, {"mode", l_mode}, {NULL, NULL}};
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
