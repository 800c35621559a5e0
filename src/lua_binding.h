/*
 * lua_binding.h: how lua_smtpcodes.c adds the functions of the other binding
 * files to the module table.  Internal to the Lua module: hidden, never
 * exported.
 */
#ifndef SMTPC_LUA_BINDING_H
#define SMTPC_LUA_BINDING_H

#include <lua.h>
#include "smtpcodes_visibility.h"

SMTPC_HIDDEN_BEGIN

/* Adds parse, parse_stream and extract (lua_reply.c) to the table on top of the stack. */
void smtpc_lua_open_reply(lua_State *L);

/* Adds classify, provider and providers (lua_classify.c) to the table on top of the stack. */
void smtpc_lua_open_classify(lua_State *L);

/* Sets verdict, reason, action, source, retry, provider of a classification on the table on top of the stack. */
struct smtpc_classification;
void smtpc_lua_set_classification(lua_State *L, const struct smtpc_classification *c);

/* Adds scanner (lua_scan.c) to the table on top of the stack. */
void smtpc_lua_open_scan(lua_State *L);
SMTPC_HIDDEN_END

#endif
