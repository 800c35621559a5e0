/*
 * lua_classify.c: the Lua binding of the classifier (smtpcodes_classify.h)
 * and of the provider knowledge.  Registered into smtpcodes.core by
 * lua_smtpcodes.c; lua/smtpcodes.lua adds caller rules on top.
 */
#include <string.h>

#include "compat.h"
#include "lua_binding.h"
#include "smtpcodes.h"

/* Reads an optional enhanced code string ("5.1.1") at idx into esc. */
static int read_esc(lua_State *L, int idx, smtpc_esc *esc) {
  size_t len;
  const char *s;
  esc->klass = 0;
  if (lua_isnoneornil(L, idx)) return 0;
  if (lua_type(L, idx) != LUA_TSTRING)
    luaL_argerror(L, idx, "enhanced code string expected");
  s = lua_tolstring(L, idx, &len);
  return smtpc_esc_match(s, len, 0, esc) == len;
}

static void push_provider(lua_State *L, const smtpc_provider *p) {
  lua_createtable(L, 0, 10);
  lua_pushstring(L, p->provider);
  lua_setfield(L, -2, "provider");
  lua_pushstring(L, p->marker);
  lua_setfield(L, -2, "marker");
  lua_pushboolean(L, p->is_code);
  lua_setfield(L, -2, "is_code");
  lua_pushstring(L, smtpc_reason_name(p->reason));
  lua_setfield(L, -2, "reason");
  lua_pushstring(L, p->name);
  lua_setfield(L, -2, "name");
  lua_pushstring(L, p->description);
  lua_setfield(L, -2, "description");
  if (p->when) {
    lua_pushstring(L, p->when);
    lua_setfield(L, -2, "when");
  }
  lua_pushstring(L, p->fix);
  lua_setfield(L, -2, "fix");
  lua_pushstring(L, p->reference);
  lua_setfield(L, -2, "reference");
  if (!p->is_code && p->klass) { /* a marker that counts only with this enhanced code */
    lua_pushfstring(L, "%d.%d.%d", p->klass, p->subject, p->detail_lo);
    lua_setfield(L, -2, "enhanced");
  }
}

void smtpc_lua_classify(const smtpc_classifier *index, int code, const char *esc, size_t esc_len,
                        const char *text, size_t len, smtpc_classification *out) {
  smtpc_esc e;
  e.klass = 0;
  if (esc) smtpc_esc_match(esc, esc_len, 0, &e);
  smtpc_classify_with(index, code, e.klass ? &e : NULL, text, len, out);
}

/*
 * The strings a classification table is made of, interned once per Lua state
 * in one table (the classify functions' upvalue NAMES, and the registry for
 * lua_scan.c), so that filling a table hashes no C string: the field names
 * at K_*, and the names of verdict v, reason r, action a and source s at
 * VERDICT0 + v, REASON0 + r, ACTION0 + a and SOURCE0 + s.
 */
enum {
  K_KIND = 1, K_CODE, K_ENHANCED, K_REPLY, K_WARNINGS, K_VERDICT, K_REASON, K_ACTION, K_SOURCE, K_RETRY,
  K_AFTER, K_GIVE_UP, K_PROVIDER, K_TEXT, K_CLASSIFICATION, K_COUNT
};
static const char *const key_names[] = {"kind", "code", "enhanced", "reply", "warnings", "verdict", "reason",
                                        "action", "source", "retry", "after", "give_up", "provider", "text",
                                        "classification"};
#define LIST_SPAN 100 /* room for each list of names; every enum is far shorter */
#define VERDICT0 (1 * LIST_SPAN)
#define REASON0 (2 * LIST_SPAN)
#define ACTION0 (3 * LIST_SPAN)
#define SOURCE0 (4 * LIST_SPAN)
#define NAMES_KEY "smtpcodes.classification_names"

/* The name of entry i (0-based) of list 0 verdicts, 1 reasons, 2 actions, 3 sources; NULL past the end. */
static const char *list_name(int list, int i) {
  switch (list) {
  case 0: return smtpc_verdict_name((smtpc_verdict)i);
  case 1: return i < SMTPC_REASON_COUNT ? smtpc_reason_name((smtpc_reason)i) : NULL;
  case 2: return i < SMTPC_ACTION_COUNT ? smtpc_action_name((smtpc_action)i) : NULL;
  default: return smtpc_source_name((smtpc_source)i);
  }
}

/* Pushes the names table, made and kept in the registry on the first call. */
static void push_names(lua_State *L) {
  int i, list;
  const char *name;
  lua_getfield(L, LUA_REGISTRYINDEX, NAMES_KEY);
  if (!lua_isnil(L, -1)) return;
  lua_pop(L, 1);
  lua_createtable(L, K_COUNT, 0);
  for (i = K_KIND; i < K_COUNT; i++) {
    lua_pushstring(L, key_names[i - 1]);
    lua_rawseti(L, -2, i);
  }
  for (list = 0; list < 4; list++)
    for (i = 0; i < LIST_SPAN && (name = list_name(list, i)) != NULL; i++) {
      lua_pushstring(L, name);
      lua_rawseti(L, -2, (list + 1) * LIST_SPAN + i);
    }
  lua_pushvalue(L, -1);
  lua_setfield(L, LUA_REGISTRYINDEX, NAMES_KEY);
}

/* t[names[key]] = names[value] for the table t on top of the stack; names at stack index names. */
static void set_name(lua_State *L, int names, int key, int value) {
  lua_rawgeti(L, names, key);
  lua_rawgeti(L, names, value);
  lua_rawset(L, -3);
}

/* t[names[key]] = the value on top of the stack (popped), for the table t below it. */
static void set_top(lua_State *L, int names, int key) {
  lua_rawgeti(L, names, key);
  lua_insert(L, -2);
  lua_rawset(L, -3);
}

/*
 * Sets verdict, reason, action, source, retry and provider of c on the table
 * on top of the stack; names is the stack index of the names table.
 */
static void set_classification(lua_State *L, const smtpc_classification *c, int names) {
  set_name(L, names, K_VERDICT, VERDICT0 + (int)c->verdict);
  set_name(L, names, K_REASON, REASON0 + (int)c->reason);
  set_name(L, names, K_ACTION, ACTION0 + (int)c->action);
  set_name(L, names, K_SOURCE, SOURCE0 + (int)c->source);
  if (c->retry_after > 0) {
    lua_createtable(L, 0, 2);
    lua_pushinteger(L, c->retry_after);
    set_top(L, names, K_AFTER);
    lua_pushinteger(L, c->give_up_after);
    set_top(L, names, K_GIVE_UP);
    set_top(L, names, K_RETRY);
  }
  if (c->provider) {
    push_provider(L, c->provider);
    set_top(L, names, K_PROVIDER);
  }
}

/* Sets verdict, reason, action, source, retry and provider of c on the table on top of the stack. */
void smtpc_lua_set_classification(lua_State *L, const smtpc_classification *c) {
  push_names(L);
  lua_insert(L, -2);
  set_classification(L, c, lua_gettop(L) - 1);
  lua_remove(L, -2);
}

/*
 * classify(code, enhanced, text [, reply]) -> {verdict, reason, action,
 * source, retry = {after, give_up} (transient only), provider = {...} (when
 * one matched)}.  code may be nil; enhanced a string or nil; text a string
 * or nil.  With a fourth argument (the reply table, or nil) the table is the
 * whole classification lua/smtpcodes.lua returns: kind, code, enhanced,
 * reply and the reply's own warnings too, made at its size in one go.
 */
/*
 * Pushes the classification c; with reply (a stack index, 0 for none) the
 * whole table lua/smtpcodes.lua returns, code and esc being the stack
 * indexes of the code and the enhanced code: kind, code, enhanced, reply and
 * the reply's own warnings too, made at its size in one go.
 */
static void push_classification(lua_State *L, const smtpc_classification *c, int code, int esc,
                                int reply, int names) {
  int warned = 0;
  if (reply == 0) {
    lua_createtable(L, 0, 8);
  } else {
    if (lua_type(L, reply) == LUA_TTABLE) {
      lua_rawgeti(L, names, K_WARNINGS);
      lua_rawget(L, reply); /* only warnings the reply holds: the lazy empty list is not made */
      warned = !lua_isnil(L, -1);
      lua_pop(L, 1);
    }
    /* every field a slot, no more: most classifications have no retry, provider or warnings
       (eight fields fill a table made for eight; a ninth doubles it) */
    lua_createtable(L, 0, 8 + (c->retry_after > 0) + (c->provider != NULL) + warned);
    set_name(L, names, K_KIND, K_CLASSIFICATION);
    lua_pushvalue(L, code);
    set_top(L, names, K_CODE);
    lua_pushvalue(L, esc);
    set_top(L, names, K_ENHANCED);
    lua_pushvalue(L, reply);
    set_top(L, names, K_REPLY);
    if (warned) {
      lua_rawgeti(L, names, K_WARNINGS);
      lua_rawget(L, reply);
      set_top(L, names, K_WARNINGS);
    }
  }
  set_classification(L, c, names);
}

/* The classify functions' upvalues: the Lua state's classifier index, the names table, the reply metatable. */
#define INDEX(L) ((const smtpc_classifier *)lua_touserdata(L, lua_upvalueindex(1)))
#define NAMES lua_upvalueindex(2)
#define REPLY_META lua_upvalueindex(3)

/*
 * classify(code, enhanced, text [, reply]) -> {verdict, reason, action,
 * source, retry = {after, give_up} (transient only), provider = {...} (when
 * one matched)}.  code may be nil; enhanced a string or nil; text a string
 * or nil.  With a fourth argument (the reply table, or nil) the table is the
 * whole classification (push_classification).
 */
static int l_classify(lua_State *L) {
  smtpc_classification c;
  size_t len = 0, esc_len = 0;
  const char *text = NULL, *esc = NULL;
  int code = 0;
  if (!lua_isnoneornil(L, 1)) code = (int)luaL_checknumber(L, 1);
  if (!lua_isnoneornil(L, 2)) {
    if (lua_type(L, 2) != LUA_TSTRING) luaL_argerror(L, 2, "enhanced code string expected");
    esc = lua_tolstring(L, 2, &esc_len);
  }
  if (!lua_isnoneornil(L, 3)) text = luaL_checklstring(L, 3, &len);
  smtpc_lua_classify(INDEX(L), code, esc, esc_len, text, len, &c);
  push_classification(L, &c, 1, 2, lua_gettop(L) >= 4 ? 4 : 0, NAMES);
  return 1;
}

/* Pushes the raw field names[key] of the table at 1; returns its type. */
static int raw_field(lua_State *L, int key) {
  lua_rawgeti(L, NAMES, key);
  lua_rawget(L, 1);
  return lua_type(L, -1);
}

/*
 * classify_reply(x) -> the whole classification of x when it is one of the
 * core's reply tables (its metatable, no kind, a number code, a string text,
 * no enhanced or a string one), else nothing: the caller then reads x as any
 * table.  Its lazy fields are none of those, so they are read raw, in one call.
 */
static int l_classify_reply(lua_State *L) {
  smtpc_classification c;
  size_t len, esc_len = 0;
  const char *text, *esc = NULL;
  int t;
  if (!lua_getmetatable(L, 1) || !lua_rawequal(L, -1, REPLY_META)) return 0;
  lua_settop(L, 1);
  if (raw_field(L, K_KIND) != LUA_TNIL || raw_field(L, K_CODE) != LUA_TNUMBER ||
      ((t = raw_field(L, K_ENHANCED)) != LUA_TNIL && t != LUA_TSTRING) || raw_field(L, K_TEXT) != LUA_TSTRING)
    return 0;
  if (lua_type(L, 4) == LUA_TSTRING) esc = lua_tolstring(L, 4, &esc_len);
  text = lua_tolstring(L, 5, &len);
  smtpc_lua_classify(INDEX(L), (int)lua_tonumber(L, 3), esc, esc_len, text, len, &c);
  push_classification(L, &c, 3, 4, 1, NAMES);
  return 1;
}

/* advise(verdict, reason) -> action, retry_after, give_up_after (names as classify's). */
static int l_advise(lua_State *L) {
  static const char *const verdicts[] = {"unknown", "success", "intermediate", "transient",
                                         "permanent", NULL};
  const char *reason = luaL_checkstring(L, 2);
  int verdict = luaL_checkoption(L, 1, NULL, verdicts), r;
  long after = 0, give_up = 0;
  for (r = 0; r < SMTPC_REASON_COUNT; r++)
    if (strcmp(smtpc_reason_name((smtpc_reason)r), reason) == 0) break;
  if (r == SMTPC_REASON_COUNT) return luaL_argerror(L, 2, "unknown reason");
  lua_pushstring(L, smtpc_action_name(smtpc_advise((smtpc_verdict)verdict, (smtpc_reason)r,
                                                   &after, &give_up)));
  lua_pushinteger(L, after);
  lua_pushinteger(L, give_up);
  return 3;
}

/* provider(enhanced) -> the provider entry of a code outside the registry, or nil. */
static int l_provider(lua_State *L) {
  smtpc_esc esc;
  const smtpc_provider *p;
  if (!read_esc(L, 1, &esc)) return 0;
  p = smtpc_provider_find_code(esc.klass, esc.subject, esc.detail);
  if (p == NULL) return 0;
  push_provider(L, p);
  return 1;
}

/* providers() -> every provider entry, codes first, then text markers. */
static int l_providers(lua_State *L) {
  size_t i, n = smtpc_provider_count();
  lua_createtable(L, (int)n, 0);
  for (i = 0; i < n; i++) {
    push_provider(L, smtpc_provider_at(i));
    lua_rawseti(L, -2, (int)i + 1);
  }
  return 1;
}

/* reasons() -> the reason names, and the action names, in enum order. */
static int l_vocabulary(lua_State *L) {
  int i;
  lua_createtable(L, SMTPC_REASON_COUNT, 0);
  for (i = 0; i < SMTPC_REASON_COUNT; i++) {
    lua_pushstring(L, smtpc_reason_name((smtpc_reason)i));
    lua_rawseti(L, -2, i + 1);
  }
  lua_createtable(L, SMTPC_ACTION_COUNT, 0);
  for (i = 0; i < SMTPC_ACTION_COUNT; i++) {
    lua_pushstring(L, smtpc_action_name((smtpc_action)i));
    lua_rawseti(L, -2, i + 1);
  }
  return 2;
}

static const luaL_Reg functions[] = {{"advise", l_advise},
                                     {"provider", l_provider},   {"providers", l_providers},
                                     {"vocabulary", l_vocabulary}, {NULL, NULL}};

void smtpc_lua_open_classify(lua_State *L) {
  const luaL_Reg *f;
  /* the marker index, built once per Lua state: classify's upvalue, and in the registry for ffi_api */
  smtpc_classifier *index = (smtpc_classifier *)lua_newuserdata(L, sizeof *index);
  smtpc_classifier_init(index);
  lua_pushvalue(L, -1);
  lua_setfield(L, LUA_REGISTRYINDEX, SMTPC_LUA_CLASSIFIER);
  push_names(L);
  lua_getfield(L, LUA_REGISTRYINDEX, SMTPC_LUA_REPLY_META);
  lua_pushvalue(L, -3);
  lua_pushvalue(L, -3);
  lua_pushvalue(L, -3);
  lua_pushcclosure(L, l_classify, 3);
  lua_setfield(L, -5, "classify");
  lua_pushcclosure(L, l_classify_reply, 3);
  lua_setfield(L, -2, "classify_reply");
  for (f = functions; f->name != NULL; f++) {
    lua_pushcfunction(L, f->func);
    lua_setfield(L, -2, f->name);
  }
}
