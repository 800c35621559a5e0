/*
 * smtpcodes_visibility.h: SMTPC_HIDDEN_BEGIN and SMTPC_HIDDEN_END around the
 * declarations of every header of the core.  Built with SMTPC_HIDDEN_SYMBOLS
 * defined (the rockspec does, for builds whose compiler flags LuaRocks
 * chooses), the functions declared between them get hidden visibility, as
 * -fvisibility=hidden gives the Makefile build: the Lua module then exports
 * only luaopen_smtpcodes_core and cannot clash with another module's
 * symbols in a host such as OpenResty.  Otherwise (the C library, a C
 * program including the installed headers) both are empty.
 */
#ifndef SMTPCODES_VISIBILITY_H
#define SMTPCODES_VISIBILITY_H

#if defined(SMTPC_HIDDEN_SYMBOLS) && (defined(__GNUC__) || defined(__clang__))
#define SMTPC_HIDDEN_BEGIN _Pragma("GCC visibility push(hidden)")
#define SMTPC_HIDDEN_END _Pragma("GCC visibility pop")
#else
#define SMTPC_HIDDEN_BEGIN
#define SMTPC_HIDDEN_END
#endif

#endif
