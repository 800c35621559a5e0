/*
 * lua_binding.h: how lua_smtpcodes.c adds the functions of the other binding
 * files to the module table.  Internal to the Lua module: hidden, never
 * exported.
 */
#ifndef SMTPC_LUA_BINDING_H
#define SMTPC_LUA_BINDING_H

#include <stddef.h>

#include <lua.h>
#include "smtpcodes_visibility.h"

SMTPC_HIDDEN_BEGIN

/* Adds parse, parse_stream and extract (lua_reply.c) to the table on top of the stack. */
void smtpc_lua_open_reply(lua_State *L);

/* Adds classify, classify_reply, provider and providers (lua_classify.c) to the table on top of the stack;
   after smtpc_lua_open_reply. */
void smtpc_lua_open_classify(lua_State *L);

/* Sets verdict, reason, action, source, retry, provider of a classification on the table on top of the stack. */
struct smtpc_classification;
void smtpc_lua_set_classification(lua_State *L, const struct smtpc_classification *c);

/* Adds scanner (lua_scan.c) to the table on top of the stack. */
void smtpc_lua_open_scan(lua_State *L);

/* Adds ffi_api and ffi_layout (lua_ffi.c) to the table on top of the stack. */
void smtpc_lua_open_ffi(lua_State *L);

/* Nonzero when a parsed reply is the one line "code SP [enhanced SP] text CRLF" (lua_reply.c). */
struct smtpc_reply;
int smtpc_lua_reply_canonical(const char *buf, const struct smtpc_reply *r);

/* The message of a reply parsing error (lua_reply.c). */
const char *smtpc_lua_reply_error_text(int err);

/* Lines of a reply the bindings keep while parsing, to join its text without reading it again. */
#define SMTPC_LUA_JOIN_LINES 16

/* The registry key of the metatable of the core's reply tables (lua_reply.c). */
#define SMTPC_LUA_REPLY_META "smtpcodes.reply"

/* The registry key of the Lua state's smtpc_classifier (a userdata lua_classify.c makes). */
#define SMTPC_LUA_CLASSIFIER "smtpcodes.classifier"

/* Classifies as classify() does: esc is the enhanced code as written, or NULL (lua_classify.c). */
struct smtpc_classifier;
void smtpc_lua_classify(const struct smtpc_classifier *index, int code, const char *esc, size_t esc_len,
                        const char *text, size_t len, struct smtpc_classification *out);
SMTPC_HIDDEN_END

#endif
