/*
 * lua_smtpcodes.c: the Lua binding of the code tables, module smtpcodes.core.
 * It turns the C structs into plain Lua tables; lua/smtpcodes.lua caches and
 * renders them.  Bad data (a code a user typed) returns nil, message, errname;
 * a wrong argument type raises.
 */
#include <stdio.h>
#include <string.h>

#include "compat.h"
#include "tokens.h"
#include "lua_binding.h"
#include "smtpcodes.h"

/*
 * The code point of the valid UTF-8 sequence of n bytes at s (n is 2..4,
 * checked by the caller against the remaining length), or -1.
 */
static long utf8_point(const unsigned char *s, size_t n) {
  static const long min[5] = {0, 0, 0x80, 0x800, 0x10000};
  long cp = s[0] & (0x7f >> n);
  size_t i;
  for (i = 1; i < n; i++) {
    if ((s[i] & 0xc0) != 0x80) return -1;
    cp = (cp << 6) | (s[i] & 0x3f);
  }
  if (cp < min[n] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return -1;
  return cp;
}

/*
 * Pushes the input as a short quotation for error messages: printable ASCII
 * as it is, a UTF-8 character as \u{FF15}, any other byte as \xHH, so that
 * "５５０" or a NUL reads as what it is.  A NaN reads "nan" on every platform.
 */
static void push_quoted(lua_State *L, int idx) {
  luaL_Buffer b;
  size_t len, i;
  const unsigned char *s;
  char hex[24]; /* room for any long, so -O0 builds see no truncation */
  if (lua_type(L, idx) == LUA_TNUMBER) {
    lua_Number v = lua_tonumber(L, idx);
    if (v != v) lua_pushliteral(L, "nan");
    else lua_pushfstring(L, "%s", lua_tostring(L, idx) ? lua_tostring(L, idx) : "?");
    return;
  }
  s = (const unsigned char *)lua_tolstring(L, idx, &len);
  luaL_buffinit(L, &b);
  luaL_addchar(&b, '\'');
  for (i = 0; i < len && i < 40;) {
    unsigned char c = s[i];
    size_t n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 ? 2 : 1;
    long cp = -1;
    if (n > 1 && c < 0xf5 && n <= len - i) cp = utf8_point(s + i, n);
    if (c >= 0x20 && c < 0x7f && c != '\\') {
      luaL_addchar(&b, (char)c);
      i++;
    } else if (cp >= 0) {
      snprintf(hex, sizeof hex, "\\u{%lX}", cp);
      luaL_addstring(&b, hex);
      i += n;
    } else {
      snprintf(hex, sizeof hex, "\\x%02X", c);
      luaL_addstring(&b, hex);
      i++;
    }
  }
  if (len > i) luaL_addstring(&b, "...");
  luaL_addchar(&b, '\'');
  luaL_pushresult(&b);
}

/* Returns nil, message, errname for the argument at idx. */
static int push_error(lua_State *L, int idx, smtpc_error err) {
  const char *why;
  switch (err) {
  case SMTPC_E_OUT_OF_RANGE:
    why = "no such class: a reply code is 200 to 599, an enhanced status code "
          "starts with 2, 4 or 5";
    break;
  case SMTPC_E_UNKNOWN:
    why = "no standard or documented use defines this reply code";
    break;
  default:
    why = "expected a three-digit reply code such as 550 or an enhanced "
          "status code such as 5.1.1";
    break;
  }
  lua_pushnil(L);
  push_quoted(L, idx);
  lua_pushfstring(L, "%s code %s: %s",
                  err == SMTPC_E_UNKNOWN ? "unknown" : "invalid",
                  lua_tostring(L, -1), why);
  lua_remove(L, -2);
  lua_pushstring(L, smtpc_error_name(err));
  return 3;
}

/*
 * Reads the code at idx: an integral number or a string.  Raises for any
 * other type; returns the error for data that is not a code.
 */
static smtpc_error check_code(lua_State *L, int idx, smtpc_code *out) {
  int t = lua_type(L, idx);
  if (t == LUA_TNUMBER) {
    lua_Number d = lua_tonumber(L, idx);
    long long v;
    if (d != d) return SMTPC_E_MALFORMED;
    if (d < -1e15 || d > 1e15) return SMTPC_E_OUT_OF_RANGE;
    v = (long long)d;
    if ((lua_Number)v != d) return SMTPC_E_MALFORMED;
    return smtpc_code_from_int(v, out);
  }
  if (t == LUA_TSTRING) {
    size_t len;
    const char *s = lua_tolstring(L, idx, &len);
    return smtpc_parse_code(s, len, out);
  }
  luaL_argerror(L, idx, lua_pushfstring(L, "number or string expected, got %s",
                                         luaL_typename(L, idx)));
  return SMTPC_E_MALFORMED;
}

static void set_string(lua_State *L, const char *key, const char *value) {
  lua_pushstring(L, value);
  lua_setfield(L, -2, key);
}

static void set_integer(lua_State *L, const char *key, lua_Integer value) {
  lua_pushinteger(L, value);
  lua_setfield(L, -2, key);
}

static void set_boolean(lua_State *L, const char *key, int value) {
  lua_pushboolean(L, value);
  lua_setfield(L, -2, key);
}

/* How push_list turns the tokens of a space-separated list into values. */
typedef enum list_kind { LIST_STRINGS, LIST_CODES, LIST_REFERENCES } list_kind;

/* Pushes a reference token ("RFC5321#4.2.2", "IANA-ESC", a draft name). */
static void push_reference(lua_State *L, const char *tok, size_t len) {
  const char *hash = memchr(tok, '#', len);
  size_t doclen = hash ? (size_t)(hash - tok) : len, i;
  lua_createtable(L, 0, 4);
  if (hash) {
    lua_pushlstring(L, hash + 1, len - doclen - 1);
    lua_setfield(L, -2, "section");
  }
  if (doclen > 3 && memcmp(tok, "RFC", 3) == 0) {
    int rfc = 0;
    for (i = 3; i < doclen && i < 9; i++) rfc = rfc * 10 + (tok[i] - '0');
    set_integer(L, "rfc", rfc);
    lua_pushfstring(L, "RFC %d", rfc);
    lua_setfield(L, -2, "document");
    if (hash) {
      lua_getfield(L, -1, "section");
      lua_pushfstring(L, "https://www.rfc-editor.org/rfc/rfc%d#section-%s", rfc,
                      lua_tostring(L, -1));
      lua_setfield(L, -3, "url");
      lua_pop(L, 1);
    } else {
      lua_pushfstring(L, "https://www.rfc-editor.org/rfc/rfc%d", rfc);
      lua_setfield(L, -2, "url");
    }
  } else if (doclen == 8 && memcmp(tok, "IANA-ESC", 8) == 0) {
    set_string(L, "document", "IANA SMTP Enhanced Status Codes registry");
    set_string(L, "url", "https://www.iana.org/assignments/smtp-enhanced-status-codes/");
  } else {
    lua_pushlstring(L, tok, doclen);
    lua_pushfstring(L, "https://datatracker.ietf.org/doc/html/%s", lua_tostring(L, -1));
    lua_setfield(L, -3, "url");
    lua_setfield(L, -2, "document");
  }
}

static int is_number_token(const char *tok, size_t len) {
  size_t i;
  for (i = 0; i < len; i++)
    if (tok[i] < '0' || tok[i] > '9') return 0;
  return len > 0;
}

/*
 * Pushes an array made of the tokens of list.  For LIST_CODES, klass > 0
 * keeps only codes of that class and non-numeric tokens are skipped.
 */
static void push_list(lua_State *L, const char *list, list_kind kind, int klass) {
  const char *p = list, *tok;
  size_t len;
  int n = 0;
  lua_newtable(L);
  while ((tok = smtpc_next_token(&p, &len)) != NULL) {
    if (kind == LIST_STRINGS) {
      lua_pushlstring(L, tok, len);
    } else if (kind == LIST_REFERENCES) {
      push_reference(L, tok, len);
    } else if (is_number_token(tok, len) && (klass == 0 || tok[0] - '0' == klass)) {
      lua_pushlstring(L, tok, len);
      lua_pushinteger(L, (lua_Integer)lua_tonumber(L, -1));
      lua_remove(L, -2);
    } else {
      continue;
    }
    lua_rawseti(L, -2, ++n);
  }
}

/* Pushes the wildcard tokens of an associated-basic list ("any", "5xx") that fit klass. */
static void push_wildcards(lua_State *L, const char *list, int klass) {
  const char *p = list, *tok;
  size_t len;
  int n = 0;
  lua_newtable(L);
  while ((tok = smtpc_next_token(&p, &len)) != NULL) {
    if ((len == 3 && memcmp(tok, "any", 3) == 0) ||
        (len == 3 && tok[0] - '0' == klass && memcmp(tok + 1, "xx", 2) == 0)) {
      lua_pushlstring(L, tok, len);
      lua_rawseti(L, -2, ++n);
    }
  }
}

static void push_basic_info(lua_State *L, const smtpc_basic *b) {
  int klass = b->code / 100, category = b->code / 10 % 10;
  const char *category_name = smtpc_category_name(category);
  lua_createtable(L, 0, 20);
  set_integer(L, "code", b->code);
  set_string(L, "kind", "basic");
  set_string(L, "name", b->name);
  set_integer(L, "class", klass);
  set_string(L, "class_name", smtpc_class_name(klass));
  set_integer(L, "category", category);
  set_string(L, "category_name",
             category_name ? category_name : "Outside the RFC 5321 Grammar");
  set_string(L, "description", b->description);
  set_string(L, "when", b->when);
  set_string(L, "fix", b->fix);
  set_string(L, "use", b->use);
  set_string(L, "status", smtpc_status_name(b->status));
  push_list(L, b->commands, LIST_STRINGS, 0);
  lua_setfield(L, -2, "commands");
  push_list(L, b->related, LIST_CODES, 0);
  lua_setfield(L, -2, "related");
  push_list(L, b->enhanced, LIST_STRINGS, 0);
  lua_setfield(L, -2, "enhanced");
  push_list(L, b->references, LIST_REFERENCES, 0);
  lua_setfield(L, -2, "references");
  set_boolean(L, "registered", 1);
}

/*
 * Pushes {code, source, document, url} for each basic code of class klass the
 * entry X.subject.detail is sent with in practice beyond the registry's list.
 */
static void push_seen_with(lua_State *L, int subject, int detail, int klass) {
  size_t i, n = smtpc_seen_with_count();
  int k = 0;
  lua_newtable(L);
  for (i = 0; i < n; i++) {
    const smtpc_seen_with *w = smtpc_seen_with_at(i);
    if (w->subject != subject || w->detail != detail || w->basic / 100 != klass) continue;
    lua_createtable(L, 0, 4);
    set_integer(L, "code", w->basic);
    set_string(L, "source", w->source);
    set_string(L, "document", w->document);
    set_string(L, "url", w->url);
    lua_rawseti(L, -2, ++k);
  }
}

static void push_enhanced_info(lua_State *L, const smtpc_code *c) {
  const smtpc_enhanced_entry *e = smtpc_enhanced_find(c->subject, c->detail);
  char text[16];
  smtpc_code_text(c, text, sizeof text);
  lua_createtable(L, 0, 23);
  set_string(L, "code", text);
  set_string(L, "kind", "enhanced");
  set_integer(L, "class", c->klass);
  set_string(L, "class_name", smtpc_enhanced_class_name(c->klass));
  set_integer(L, "subject", c->subject);
  if (smtpc_subject_name(c->subject))
    set_string(L, "subject_name", smtpc_subject_name(c->subject));
  set_integer(L, "detail", c->detail);
  set_boolean(L, "registered", e != NULL);
  if (e == NULL) return;
  set_string(L, "name", e->name);
  set_string(L, "description", e->description);
  set_string(L, "when", e->when);
  set_string(L, "fix", e->fix);
  set_boolean(L, "allowed", smtpc_enhanced_allows(e, c->klass));
  set_boolean(L, "deprecated", e->deprecated_by[0] != '\0');
  if (e->deprecated_by[0] != '\0') {
    /* "X.6.8" with this code's class in place of the X */
    lua_pushfstring(L, "%d%s", c->klass, e->deprecated_by + 1);
    lua_setfield(L, -2, "deprecated_by");
  }
  push_list(L, e->basic, LIST_CODES, c->klass);
  lua_setfield(L, -2, "basic");
  push_wildcards(L, e->basic, c->klass);
  lua_setfield(L, -2, "basic_wildcards");
  push_seen_with(L, c->subject, c->detail, c->klass);
  lua_setfield(L, -2, "seen_with");
  lua_createtable(L, 3, 0);
  {
    int k, n = 0;
    for (k = 2; k <= 5; k++)
      if (smtpc_enhanced_allows(e, k)) {
        lua_pushinteger(L, k);
        lua_rawseti(L, -2, ++n);
      }
  }
  lua_setfield(L, -2, "classes");
  push_list(L, e->references, LIST_REFERENCES, 0);
  lua_setfield(L, -2, "references");
}

static void push_info(lua_State *L, const smtpc_code *c) {
  if (c->kind == SMTPC_KIND_BASIC) push_basic_info(L, smtpc_basic_find(c->value));
  else push_enhanced_info(L, c);
}

/* lookup(code) -> info | nil, message, errname.  A new table on every call. */
static int l_lookup(lua_State *L) {
  smtpc_code c;
  smtpc_error err = check_code(L, 1, &c);
  if (err != SMTPC_OK) return push_error(L, 1, err);
  push_info(L, &c);
  return 1;
}

/* class_of(code) -> class digit of any well-formed code | nil, message, errname. */
static int l_class_of(lua_State *L) {
  smtpc_code c;
  smtpc_error err = check_code(L, 1, &c);
  if (err != SMTPC_OK && err != SMTPC_E_UNKNOWN) return push_error(L, 1, err);
  lua_pushinteger(L, c.klass);
  return 1;
}

static const char *const diff_names[] = {"class",   "retry",    "category",
                                         "subject", "meaning",  "commands",
                                         "status",  "kind",     "related"};

/*
 * compare(a, b) -> {first = code, second = code, same_class, same_category,
 * differences = {kind names}} | nil, message, errname.
 */
static int l_compare(lua_State *L) {
  smtpc_code a, b;
  smtpc_comparison cmp;
  char text[16];
  int i;
  smtpc_error err = check_code(L, 1, &a);
  if (err != SMTPC_OK) return push_error(L, 1, err);
  err = check_code(L, 2, &b);
  if (err != SMTPC_OK) return push_error(L, 2, err);
  smtpc_compare(&a, &b, &cmp);
  lua_createtable(L, 0, 5);
  smtpc_code_text(&cmp.first, text, sizeof text);
  if (cmp.first.kind == SMTPC_KIND_BASIC) set_integer(L, "first", cmp.first.value);
  else set_string(L, "first", text);
  smtpc_code_text(&cmp.second, text, sizeof text);
  if (cmp.second.kind == SMTPC_KIND_BASIC) set_integer(L, "second", cmp.second.value);
  else set_string(L, "second", text);
  set_boolean(L, "same_class", cmp.same_class);
  set_boolean(L, "same_category", cmp.same_category);
  lua_createtable(L, cmp.ndiffs, 0);
  for (i = 0; i < cmp.ndiffs; i++) {
    lua_pushstring(L, diff_names[cmp.diffs[i]]);
    lua_rawseti(L, -2, i + 1);
  }
  lua_setfield(L, -2, "differences");
  return 1;
}

/* pair_advice(a, b) -> advice text for two related basic codes, or nil. */
static int l_pair_advice(lua_State *L) {
  const char *advice = smtpc_pair_advice((int)luaL_checknumber(L, 1),
                                         (int)luaL_checknumber(L, 2));
  if (advice) lua_pushstring(L, advice);
  else lua_pushnil(L);
  return 1;
}

/* codes() -> every basic code, then every registered enhanced code in each allowed class, ordered. */
static int l_codes(lua_State *L) {
  size_t i;
  int n = 0, klass;
  char text[16];
  lua_newtable(L);
  for (klass = 2; klass <= 5; klass++) {
    for (i = 0; i < smtpc_basic_count(); i++)
      if (smtpc_basic_at(i)->code / 100 == klass) {
        lua_pushinteger(L, smtpc_basic_at(i)->code);
        lua_rawseti(L, -2, ++n);
      }
    for (i = 0; i < smtpc_enhanced_count(); i++) {
      const smtpc_enhanced_entry *e = smtpc_enhanced_at(i);
      smtpc_code c;
      if (!smtpc_enhanced_allows(e, klass)) continue;
      c.kind = SMTPC_KIND_ENHANCED;
      c.klass = klass;
      c.subject = e->subject;
      c.detail = e->detail;
      c.value = 0;
      smtpc_code_text(&c, text, sizeof text);
      lua_pushstring(L, text);
      lua_rawseti(L, -2, ++n);
    }
  }
  return 1;
}

/*
 * quote(s) -> s as the error messages quote a code ('550', '\u{FF15}50',
 * '\x00'), for callers that word those messages themselves.
 */
static int l_quote(lua_State *L) {
  if (lua_type(L, 1) != LUA_TNUMBER) luaL_checkstring(L, 1);
  push_quoted(L, 1);
  return 1;
}

static const luaL_Reg functions[] = {{"lookup", l_lookup},
                                     {"quote", l_quote},
                                     {"class_of", l_class_of},
                                     {"compare", l_compare},
                                     {"pair_advice", l_pair_advice},
                                     {"codes", l_codes},
                                     {NULL, NULL}};

/* Opens smtpcodes.core: the only exported symbol of the module. */
SMTPC_EXPORT int luaopen_smtpcodes_core(lua_State *L);
SMTPC_EXPORT int luaopen_smtpcodes_core(lua_State *L) {
  smtpc_newlib(L, functions);
  smtpc_lua_open_reply(L);
  smtpc_lua_open_classify(L);
  smtpc_lua_open_scan(L);
  smtpc_lua_open_ffi(L);
  set_string(L, "version", SMTPC_VERSION);
  return 1;
}
