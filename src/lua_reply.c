/*
 * lua_reply.c: the Lua binding of the reply parser (smtpcodes_reply.h):
 * parse a whole reply, parse a stream buffer into complete replies, and
 * extract a reply from an error message.  Registered into smtpcodes.core by
 * lua_smtpcodes.c.  Not-a-reply input returns nil, message, errname.
 */
#include <string.h>

#include "compat.h"
#include "lua_binding.h"
#include "smtpcodes.h"

#define STACK_TEXT 1024 /* joined text built without a heap block */

/* The string argument at idx; a number or any other type raises. */
static const char *check_string(lua_State *L, int idx, size_t *len) {
  if (lua_type(L, idx) != LUA_TSTRING)
    luaL_argerror(L, idx, lua_pushfstring(L, "string expected, got %s", luaL_typename(L, idx)));
  return lua_tolstring(L, idx, len);
}

/* Reads one limit field of the options table at idx (absent: default). */
static void read_limit(lua_State *L, int idx, const char *key, size_t *out) {
  lua_getfield(L, idx, key);
  if (!lua_isnil(L, -1)) {
    lua_Number v = lua_tonumber(L, -1);
    if (lua_type(L, -1) != LUA_TNUMBER || v < 1 || v > 1e12 || v != (lua_Number)(size_t)v)
      luaL_error(L, "bad option '%s' (positive integer expected)", key);
    *out = (size_t)v;
  }
  lua_pop(L, 1);
}

/* Reads the optional {max_line, max_lines, max_size} table at idx. */
static void check_limits(lua_State *L, int idx, smtpc_reply_limits *lim) {
  smtpc_reply_limits_default(lim);
  if (lua_isnoneornil(L, idx)) return;
  luaL_checktype(L, idx, LUA_TTABLE);
  read_limit(L, idx, "max_line", &lim->max_line);
  read_limit(L, idx, "max_lines", &lim->max_lines);
  read_limit(L, idx, "max_size", &lim->max_size);
}

/* Pushes an enhanced code as written at buf[at] (the parser checked its form). */
static void push_esc(lua_State *L, const char *buf, smtpc_span at) {
  lua_pushlstring(L, buf + at.off, at.len);
}

static void push_warnings(lua_State *L, unsigned warnings) {
  unsigned bit;
  int n = 0;
  lua_newtable(L);
  for (bit = 1; warnings != 0 && bit != 0; bit <<= 1) {
    if (warnings & bit) {
      const char *name = smtpc_reply_warning_name(bit);
      if (name) {
        lua_pushstring(L, name);
        lua_rawseti(L, -2, ++n);
      }
      warnings &= ~bit;
    }
  }
}

/* Pushes the joined human text of a multi-line reply (lines: as parsed, or NULL). */
static void push_joined(lua_State *L, const char *buf, const smtpc_reply *r,
                        const smtpc_reply_line *lines) {
  char stack[STACK_TEXT];
  size_t need = smtpc_reply_join_lines(buf, r, lines, stack, sizeof stack);
  if (need < sizeof stack) {
    lua_pushlstring(L, stack, need);
  } else {
    char *heap = (char *)lua_newuserdata(L, need + 1);
    smtpc_reply_join_lines(buf, r, lines, heap, need + 1);
    lua_pushlstring(L, heap, need);
    lua_remove(L, -2);
  }
}

/*
 * The functions' upvalues: the metatable of reply tables, then the field
 * names, interned once so that filling a reply table hashes no C string.
 */
enum { UP_META = 1, UP_CODE, UP_ENHANCED, UP_TEXT, UP_RAW, UP_WARNINGS, UP_CHECK, UP_COUNT };
static const char *const field_names[] = {"code", "enhanced", "text", "raw", "warnings"};

/* Pushes the interned field name kept as an upvalue. */
#define PUSH_KEY(L, key) lua_pushvalue(L, lua_upvalueindex(key))

/*
 * Nonzero when a reply is the one line "code SP [enhanced SP] text CRLF",
 * so that its raw bytes can be rebuilt from its fields when asked for.
 */
int smtpc_lua_reply_canonical(const char *buf, const smtpc_reply *r) {
  size_t at = 4;
  if (r->nlines != 1 || r->warnings || r->size < 6 || buf[3] != ' ') return 0;
  if (r->esc.klass) {
    if (r->esc_at.off != at || buf[at + r->esc_at.len] != ' ') return 0;
    at += r->esc_at.len + 1;
  }
  return r->text.off == at && r->text.len > 0 && at + r->text.len + 2 == r->size &&
         buf[r->size - 2] == '\r' && buf[r->size - 1] == '\n';
}

/*
 * Pushes the reply table of a parsed reply.  raw is the stack index of a
 * string holding exactly the reply's bytes, or 0 to copy them from buf.  The
 * fields class, lines, warnings (when there is none) and raw (for a canonical
 * one-line reply) are left to the metatable, which builds them on first
 * access: most callers never look, and a table with fewer fields is cheaper.
 */
static void push_reply(lua_State *L, const char *buf, const smtpc_reply *r,
                       const smtpc_reply_line *lines, int raw) {
  lua_createtable(L, 0, 4);
  PUSH_KEY(L, UP_CODE);
  lua_pushinteger(L, r->code);
  lua_rawset(L, -3);
  if (r->esc.klass) {
    PUSH_KEY(L, UP_ENHANCED);
    push_esc(L, buf, r->esc_at);
    lua_rawset(L, -3);
  }
  PUSH_KEY(L, UP_TEXT);
  if (r->nlines == 1) lua_pushlstring(L, buf + r->text.off, r->text.len);
  else push_joined(L, buf, r, lines);
  lua_rawset(L, -3);
  if (raw) {
    PUSH_KEY(L, UP_RAW);
    lua_pushvalue(L, raw);
    lua_rawset(L, -3);
  } else if (!smtpc_lua_reply_canonical(buf, r)) {
    PUSH_KEY(L, UP_RAW);
    lua_pushlstring(L, buf, r->size);
    lua_rawset(L, -3);
  }
  if (r->warnings) {
    PUSH_KEY(L, UP_WARNINGS);
    push_warnings(L, r->warnings);
    lua_rawset(L, -3);
  }
  lua_pushvalue(L, lua_upvalueindex(UP_META));
  lua_setmetatable(L, -2);
}

/* Pushes the raw lines of a reply's bytes, line ends removed. */
static void push_lines(lua_State *L, const char *s, size_t len) {
  size_t start = 0, i;
  int n = 0;
  lua_newtable(L);
  for (i = 0; i <= len; i++) {
    if (i == len || s[i] == '\n') {
      size_t end = i;
      if (i == len && start == len) break;
      if (end > start && s[end - 1] == '\r') end--;
      lua_pushlstring(L, s + start, end - start);
      lua_rawseti(L, -2, ++n);
      start = i + 1;
    }
  }
}

/* __index of reply tables: builds lines and warnings on first use. */
static int l_reply_index(lua_State *L) {
  const char *key = lua_tostring(L, 2);
  if (key == NULL) return 0;
  if (strcmp(key, "lines") == 0) {
    size_t len;
    const char *raw;
    lua_getfield(L, 1, "raw"); /* through this metamethod when absent */
    raw = lua_tolstring(L, -1, &len);
    if (raw == NULL) return 0;
    push_lines(L, raw, len);
  } else if (strcmp(key, "raw") == 0) {
    lua_getfield(L, 1, "code");
    lua_getfield(L, 1, "enhanced");
    lua_getfield(L, 1, "text");
    if (!lua_isstring(L, -3) || !lua_isstring(L, -1)) return 0;
    if (lua_isstring(L, -2))
      lua_pushfstring(L, "%s %s %s\r\n", lua_tostring(L, -3), lua_tostring(L, -2),
                      lua_tostring(L, -1));
    else
      lua_pushfstring(L, "%s %s\r\n", lua_tostring(L, -3), lua_tostring(L, -1));
  } else if (strcmp(key, "warnings") == 0) {
    lua_newtable(L);
  } else if (strcmp(key, "class") == 0) {
    lua_getfield(L, 1, "code");
    lua_pushinteger(L, (lua_Integer)(lua_tonumber(L, -1) / 100));
  } else {
    return 0;
  }
  lua_pushvalue(L, -1);
  lua_setfield(L, 1, key);
  return 1;
}

const char *smtpc_lua_reply_error_text(int err) {
  switch (err) {
  case SMTPC_REPLY_E_EMPTY: return "empty input: no reply";
  case SMTPC_REPLY_E_NOT_A_REPLY: return "not an SMTP reply: it does not start with a three-digit code";
  case SMTPC_REPLY_E_BAD_CODE: return "not an SMTP reply: the code is not 2xx to 5xx";
  case SMTPC_REPLY_E_TOO_LONG: return "reply too long: a line or the reply passes its limit";
  case SMTPC_REPLY_E_TOO_MANY_LINES: return "reply has more lines than its limit";
  case SMTPC_REPLY_E_INCOMPLETE: return "incomplete reply: its final line has not arrived";
  default: return "no reply";
  }
}

static int push_failure(lua_State *L, smtpc_reply_error err) {
  lua_pushnil(L);
  lua_pushstring(L, smtpc_lua_reply_error_text(err));
  lua_pushstring(L, smtpc_reply_error_name(err));
  return 3;
}

/* Parses the reply at buf (flags as smtpc_reply_parse) and pushes its table. */
static smtpc_reply_error parse_push(lua_State *L, const char *buf, size_t len, int flags,
                                    const smtpc_reply_limits *lim, smtpc_reply *r, int raw) {
  smtpc_reply_line lines[SMTPC_LUA_JOIN_LINES];
  smtpc_reply_error err = smtpc_reply_parse(buf, len, flags, lim, r, lines, SMTPC_LUA_JOIN_LINES);
  if (err != SMTPC_REPLY_OK) return err;
  push_reply(L, buf, r, lines, raw && r->size == len ? raw : 0);
  return err;
}

/*
 * parse(text [, limits]) -> reply | nil, message, errname.  The closure
 * checked_parse makes has a Lua check(text, limits) as its last upvalue: it
 * runs first unless text is a string and limits absent, so that the public
 * smtp.parse can be this C function itself (no Lua frame per call) and still
 * raise the public function's own errors.
 */
static int l_parse(lua_State *L) {
  size_t len;
  const char *s;
  smtpc_reply_limits lim;
  smtpc_reply r;
  smtpc_reply_error err;
  lua_settop(L, 2);
  if (!lua_isnil(L, lua_upvalueindex(UP_CHECK)) && (lua_type(L, 1) != LUA_TSTRING || !lua_isnil(L, 2))) {
    lua_pushvalue(L, lua_upvalueindex(UP_CHECK));
    lua_pushvalue(L, 1);
    lua_pushvalue(L, 2);
    lua_call(L, 2, 0);
  }
  s = check_string(L, 1, &len);
  check_limits(L, 2, &lim);
  err = parse_push(L, s, len, 0, &lim, &r, 1);
  if (err != SMTPC_REPLY_OK) return push_failure(L, err);
  return 1;
}

/*
 * parse_stream(buffer [, limits [, from]]) -> replies, used [, message,
 * errname]: every complete reply of buffer from byte offset from (default 0)
 * on, the bytes they take, and the error that stopped the scan other than
 * "incomplete".
 */
static int l_parse_stream(lua_State *L) {
  size_t len, off, start;
  const char *s = check_string(L, 1, &len);
  lua_Number from = luaL_optnumber(L, 3, 0);
  smtpc_reply_limits lim;
  smtpc_reply_error err = SMTPC_REPLY_OK;
  int n = 0;
  check_limits(L, 2, &lim);
  luaL_argcheck(L, from >= 0 && from <= (lua_Number)len && from == (lua_Number)(size_t)from, 3,
                "offset into the buffer expected");
  start = off = (size_t)from;
  lua_createtable(L, (int)((len - off) / 64 < 4096 ? (len - off) / 64 : 4096), 0); /* about one reply per 64 bytes */
  while (off < len) {
    smtpc_reply r;
    err = parse_push(L, s + off, len - off, SMTPC_REPLY_STREAM, &lim, &r, 0);
    if (err != SMTPC_REPLY_OK) break;
    lua_rawseti(L, -2, ++n);
    off += r.size;
  }
  lua_pushinteger(L, (lua_Integer)(off - start));
  if (err == SMTPC_REPLY_OK || err == SMTPC_REPLY_E_INCOMPLETE || err == SMTPC_REPLY_E_EMPTY) return 2;
  lua_pushstring(L, smtpc_lua_reply_error_text(err));
  lua_pushstring(L, smtpc_reply_error_name(err));
  return 4;
}

/* limits([limits]) -> max_line, max_lines, max_size: the checked limits in force */
static int l_limits(lua_State *L) {
  smtpc_reply_limits lim;
  check_limits(L, 1, &lim);
  lua_pushinteger(L, (lua_Integer)lim.max_line);
  lua_pushinteger(L, (lua_Integer)lim.max_lines);
  lua_pushinteger(L, (lua_Integer)lim.max_size);
  return 3;
}

/* Pushes a reply found by smtpc_reply_extract, in the form of a parsed reply. */
static void push_found(lua_State *L, const char *s, const smtpc_found *f) {
  const char *buf = s + f->reply.off; /* the found reply is pushed like a parsed one */
  smtpc_reply r;
  if (f->multiline && parse_push(L, buf, f->reply.len, 0, NULL, &r, 0) == SMTPC_REPLY_OK)
    return;
  memset(&r, 0, sizeof r);
  r.code = f->code;
  r.klass = f->code / 100;
  if (f->esc.klass && f->esc_at.off >= f->reply.off) { /* always inside the reply */
    r.esc = f->esc;
    r.esc_at.off = f->esc_at.off - f->reply.off;
    r.esc_at.len = f->esc_at.len;
  }
  r.text.off = f->text.off - f->reply.off;
  r.text.len = f->text.len;
  r.nlines = 1;
  r.size = f->reply.len;
  r.warnings = f->warnings;
  push_reply(L, buf, &r, NULL, 0);
}

/* extract(s) -> reply (with .nested when an NDR quotes another) | nil, message, errname */
static int l_extract(lua_State *L) {
  size_t len;
  const char *s = check_string(L, 1, &len);
  smtpc_found outer, inner;
  smtpc_reply_error err = smtpc_reply_extract(s, len, &outer, &inner);
  if (err != SMTPC_REPLY_OK) {
    lua_pushnil(L);
    lua_pushstring(L, err == SMTPC_REPLY_E_EMPTY ? "empty input: no reply"
                                                 : "no SMTP reply found in the text");
    lua_pushstring(L, smtpc_reply_error_name(err));
    return 3;
  }
  push_found(L, s, &outer);
  if (inner.code != 0) {
    push_found(L, s, &inner);
    lua_setfield(L, -2, "nested");
  }
  return 1;
}

/* checked_parse(check) -> parse as above, calling check(text, limits) first unless text is a string and limits nil */
static int l_checked_parse(lua_State *L) {
  int i;
  luaL_checktype(L, 1, LUA_TFUNCTION);
  for (i = UP_META; i < UP_CHECK; i++) lua_pushvalue(L, lua_upvalueindex(i));
  lua_pushvalue(L, 1);
  lua_pushcclosure(L, l_parse, UP_COUNT - 1);
  return 1;
}

static const luaL_Reg functions[] = {{"parse", l_parse},
                                     {"checked_parse", l_checked_parse},
                                     {"parse_stream", l_parse_stream},
                                     {"extract", l_extract},
                                     {"reply_limits", l_limits},
                                     {NULL, NULL}};

void smtpc_lua_open_reply(lua_State *L) {
  const luaL_Reg *f;
  int i;
  lua_createtable(L, 0, 1); /* the metatable of reply tables, one for all, in the registry for classify_reply */
  lua_pushcfunction(L, l_reply_index);
  lua_setfield(L, -2, "__index");
  lua_pushvalue(L, -1);
  lua_setfield(L, LUA_REGISTRYINDEX, SMTPC_LUA_REPLY_META);
  for (f = functions; f->name != NULL; f++) {
    lua_pushvalue(L, -1);
    for (i = 0; i < UP_CHECK - UP_CODE; i++) lua_pushstring(L, field_names[i]);
    lua_pushnil(L); /* UP_CHECK: none */
    lua_pushcclosure(L, f->func, UP_COUNT - 1);
    lua_setfield(L, -3, f->name);
  }
  lua_pop(L, 1);
}
