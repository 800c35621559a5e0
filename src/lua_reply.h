/*
 * lua_reply.h: how lua_smtpcodes.c adds the reply functions to the module
 * table.  Internal to the Lua module: hidden, never exported.
 */
#ifndef SMTPC_LUA_REPLY_H
#define SMTPC_LUA_REPLY_H

#include <lua.h>

/* Adds parse, parse_stream and extract to the table on top of the stack. */
void smtpc_lua_open_reply(lua_State *L);

#endif
