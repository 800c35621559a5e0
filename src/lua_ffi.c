/*
 * lua_ffi.c: the entry points LuaJIT's FFI calls (lua/smtpcodes/ffi.lua).
 *
 * The module exports only luaopen_smtpcodes_core, so the FFI cannot look the
 * core's functions up by name.  ffi_api() hands it instead a lightuserdata
 * pointing at one static const table of function pointers, and ffi_layout()
 * the size and offsets of every struct the FFI reads, which ffi.lua compares
 * with its cdefs before using them (spec/ffi_spec.lua says so too).
 *
 * The structs here are shaped for LuaJIT: positions are doubles and counts
 * ints, so that reading a field gives a plain Lua number (a size_t field
 * would give a boxed 64-bit cdata).  A double holds any length of a Lua
 * string exactly.
 */
#include <stddef.h>

#include "compat.h"
#include "lua_binding.h"
#include "smtpcodes.h"

/* One reply as smtpc_ffi_parse returns it: offsets into the whole buffer. */
struct smtpc_ffi_reply {
  double esc_off, esc_len;   /* the enhanced code as written (esc_len 0: none) */
  double esc_key;            /* class * 1e6 + subject * 1e3 + detail: the code's one spelling */
  double text_off, text_len; /* one-line reply: the text in the buffer; else the joined text's length */
  double size;               /* bytes the reply takes, from the offset it was parsed at */
  int code;
  int nlines;
  int keep_raw;      /* 1 when raw must be stored: not the canonical one line */
  unsigned warnings; /* SMTPC_W_* bits */
};

/* smtpc_classification with the provider as an index into smtpc_provider_at. */
struct smtpc_ffi_classification {
  double retry_after, give_up_after;
  int verdict, reason, action, source;
  int provider; /* -1 when none */
};

/* The table of entry points; lua/smtpcodes/ffi.lua declares the same. */
struct smtpc_ffi_api {
  int (*parse)(const char *buf, size_t len, size_t off, int flags,
               const smtpc_reply_limits *lim, struct smtpc_ffi_reply *out, char *text,
               size_t cap);
  void (*classify)(const void *index, int code, int esc_key, const char *esc, size_t esc_len,
                   const char *text, size_t len, struct smtpc_ffi_classification *out);
  const char *(*name)(int list, int i);
};

/* An enhanced code as one number, its only spelling (no leading zeros): class * 1e6 + subject * 1e3 + detail. */
static long esc_key(const smtpc_esc *e) { return e->klass * 1000000L + e->subject * 1000L + e->detail; }

/* The enhanced code of an esc_key. */
static smtpc_esc esc_of_key(long key) {
  smtpc_esc e;
  e.klass = (int)(key / 1000000);
  e.subject = (int)(key / 1000 % 1000);
  e.detail = (int)(key % 1000);
  return e;
}

/*
 * Parses the reply at buf[off..len) (flags as smtpc_reply_parse).  A reply
 * of several lines gets its text joined into text[0..cap): text_len is its
 * full length, and when that is cap or more the caller calls again with more
 * room.  Returns the smtpc_reply_error.
 */
static int ffi_parse(const char *buf, size_t len, size_t off, int flags,
                     const smtpc_reply_limits *lim, struct smtpc_ffi_reply *out, char *text,
                     size_t cap) {
  smtpc_reply r;
  smtpc_reply_line lines[SMTPC_LUA_JOIN_LINES];
  smtpc_reply_error err;
  if (off > len) off = len;
  err = smtpc_reply_parse(buf + off, len - off, flags, lim, &r, lines, SMTPC_LUA_JOIN_LINES);
  if (err != SMTPC_REPLY_OK) return (int)err;
  out->code = r.code;
  out->nlines = (int)r.nlines;
  out->warnings = r.warnings;
  out->size = (double)r.size;
  out->esc_off = (double)(off + r.esc_at.off);
  out->esc_len = r.esc.klass ? (double)r.esc_at.len : 0;
  out->esc_key = (double)esc_key(&r.esc);
  out->keep_raw = !smtpc_lua_reply_canonical(buf + off, &r);
  if (r.nlines == 1) {
    out->text_off = (double)(off + r.text.off);
    out->text_len = (double)r.text.len;
  } else {
    out->text_off = 0;
    out->text_len = (double)smtpc_reply_join_lines(buf + off, &r, lines, text, cap);
  }
  return (int)err;
}

/*
 * Classifies with the Lua state's index (the userdata ffi_api returns
 * second).  esc_key, when above 0, is the enhanced code as ffi_parse gave
 * it, read instead of esc[0..esc_len).
 */
static void ffi_classify(const void *index, int code, int esc_key, const char *esc, size_t esc_len,
                         const char *text, size_t len, struct smtpc_ffi_classification *out) {
  smtpc_classification c;
  if (esc_key > 0) {
    smtpc_esc e = esc_of_key(esc_key);
    smtpc_classify_with((const smtpc_classifier *)index, code, &e, text, len, &c);
  } else {
    smtpc_lua_classify((const smtpc_classifier *)index, code, esc, esc_len, text, len, &c);
  }
  out->verdict = (int)c.verdict;
  out->reason = (int)c.reason;
  out->action = (int)c.action;
  out->source = (int)c.source;
  out->retry_after = (double)c.retry_after;
  out->give_up_after = (double)c.give_up_after;
  out->provider = c.provider ? (int)(c.provider - smtpc_provider_at(0)) : -1;
}

/*
 * The i-th name of a list, NULL past its end, for the FFI to cache once:
 * 0 warnings (bit i), 1 reply error names, 2 reply error messages,
 * 3 verdicts, 4 reasons, 5 actions, 6 sources.
 */
static const char *ffi_name(int list, int i) {
  if (i < 0) return NULL;
  switch (list) {
  case 0: return i < SMTPC_W_COUNT ? smtpc_reply_warning_name(1u << i) : NULL;
  case 1: return i <= SMTPC_REPLY_E_INCOMPLETE ? smtpc_reply_error_name((smtpc_reply_error)i) : NULL;
  case 2: return i <= SMTPC_REPLY_E_INCOMPLETE ? smtpc_lua_reply_error_text((smtpc_reply_error)i) : NULL;
  case 3: return smtpc_verdict_name((smtpc_verdict)i);
  case 4: return smtpc_reason_name((smtpc_reason)i);
  case 5: return smtpc_action_name((smtpc_action)i);
  case 6: return smtpc_source_name((smtpc_source)i);
  default: return NULL;
  }
}

static const struct smtpc_ffi_api api = {ffi_parse, ffi_classify, ffi_name};

/*
 * ffi_api() -> lightuserdata, userdata: the address of the const table of
 * entry points, and the Lua state's classifier index that its classify takes
 * (holding the userdata keeps it alive).
 */
static int l_ffi_api(lua_State *L) {
  lua_pushlightuserdata(L, (void *)&api);
  lua_getfield(L, LUA_REGISTRYINDEX, SMTPC_LUA_CLASSIFIER);
  return 2;
}

/* The numbers ffi_layout returns: a struct's size (field NULL) or a field's offset. */
typedef struct layout_entry {
  const char *type, *field;
  size_t value;
} layout_entry;

#define SIZE(t, name) {name, NULL, sizeof(t)}
#define OFF(t, name, f) {name, #f, offsetof(t, f)}

static const layout_entry layout[] = {
    SIZE(smtpc_reply_limits, "smtpc_reply_limits"),
    OFF(smtpc_reply_limits, "smtpc_reply_limits", max_line),
    OFF(smtpc_reply_limits, "smtpc_reply_limits", max_lines),
    OFF(smtpc_reply_limits, "smtpc_reply_limits", max_size),
    SIZE(struct smtpc_ffi_reply, "struct smtpc_ffi_reply"),
    OFF(struct smtpc_ffi_reply, "struct smtpc_ffi_reply", esc_off),
    OFF(struct smtpc_ffi_reply, "struct smtpc_ffi_reply", esc_len),
    OFF(struct smtpc_ffi_reply, "struct smtpc_ffi_reply", esc_key),
    OFF(struct smtpc_ffi_reply, "struct smtpc_ffi_reply", text_off),
    OFF(struct smtpc_ffi_reply, "struct smtpc_ffi_reply", text_len),
    OFF(struct smtpc_ffi_reply, "struct smtpc_ffi_reply", size),
    OFF(struct smtpc_ffi_reply, "struct smtpc_ffi_reply", code),
    OFF(struct smtpc_ffi_reply, "struct smtpc_ffi_reply", nlines),
    OFF(struct smtpc_ffi_reply, "struct smtpc_ffi_reply", keep_raw),
    OFF(struct smtpc_ffi_reply, "struct smtpc_ffi_reply", warnings),
    SIZE(struct smtpc_ffi_classification, "struct smtpc_ffi_classification"),
    OFF(struct smtpc_ffi_classification, "struct smtpc_ffi_classification", retry_after),
    OFF(struct smtpc_ffi_classification, "struct smtpc_ffi_classification", give_up_after),
    OFF(struct smtpc_ffi_classification, "struct smtpc_ffi_classification", verdict),
    OFF(struct smtpc_ffi_classification, "struct smtpc_ffi_classification", reason),
    OFF(struct smtpc_ffi_classification, "struct smtpc_ffi_classification", action),
    OFF(struct smtpc_ffi_classification, "struct smtpc_ffi_classification", source),
    OFF(struct smtpc_ffi_classification, "struct smtpc_ffi_classification", provider),
    SIZE(struct smtpc_ffi_api, "struct smtpc_ffi_api"),
    OFF(struct smtpc_ffi_api, "struct smtpc_ffi_api", parse),
    OFF(struct smtpc_ffi_api, "struct smtpc_ffi_api", classify),
    OFF(struct smtpc_ffi_api, "struct smtpc_ffi_api", name),
};

/*
 * ffi_layout() -> {[type] = {sizeof = n, [field] = offset, ...}}: what the C
 * compiler made of the structs, for the FFI to check its cdefs against.
 */
static int l_ffi_layout(lua_State *L) {
  size_t i;
  lua_newtable(L);
  for (i = 0; i < sizeof layout / sizeof layout[0]; i++) {
    lua_getfield(L, -1, layout[i].type);
    if (lua_isnil(L, -1)) {
      lua_pop(L, 1);
      lua_newtable(L);
      lua_pushvalue(L, -1);
      lua_setfield(L, -3, layout[i].type);
    }
    lua_pushnumber(L, (lua_Number)layout[i].value);
    lua_setfield(L, -2, layout[i].field ? layout[i].field : "sizeof");
    lua_pop(L, 1);
  }
  return 1;
}

void smtpc_lua_open_ffi(lua_State *L) {
  lua_pushcfunction(L, l_ffi_api);
  lua_setfield(L, -2, "ffi_api");
  lua_pushcfunction(L, l_ffi_layout);
  lua_setfield(L, -2, "ffi_layout");
}
