/*
 * compat.h: the few Lua C API differences between 5.1/LuaJIT, 5.3 and 5.4
 * that the binding meets.  Only smtpc_-prefixed names are defined here, never
 * a lua_* or luaL_* name (LuaJIT declares several of those itself).
 */
#ifndef SMTPC_COMPAT_H
#define SMTPC_COMPAT_H

#include <lauxlib.h>
#include <lua.h>

#if LUA_VERSION_NUM >= 502
#define smtpc_newlib(L, funcs)          \
  (lua_newtable(L), luaL_setfuncs(L, funcs, 0))
#else
/* A NULL name makes luaL_register fill the table on the stack, no global. */
#define smtpc_newlib(L, funcs) (lua_newtable(L), luaL_register(L, NULL, funcs))
#endif

#if defined(_WIN32)
#define SMTPC_EXPORT __declspec(dllexport)
#else
#define SMTPC_EXPORT __attribute__((visibility("default")))
#endif

#endif
