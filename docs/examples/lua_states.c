/*
 * lua_states.c: a C host (like nginx or Neovim) running two independent Lua
 * states that both load smtpcodes, interleaving calls and coroutines, to show
 * the module keeps no shared mutable state.
 *
 *   cc -std=c99 -I/usr/include/lua5.4 docs/examples/lua_states.c -llua5.4 -o lua_states
 *   ./lua_states ROOT        (ROOT: the checkout, with build/5.4 built)
 */
#include <stdio.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

static const char *script =
    "local root = ...\n"
    "package.path = root .. '/lua/?.lua;' .. package.path\n"
    "package.cpath = root .. '/build/5.4/?.so;' .. package.cpath\n"
    "local smtp = require 'smtpcodes'\n"
    "local co = coroutine.wrap(function(code)\n"
    "  while true do code = coroutine.yield(smtp.get(code).name) end\n"
    "end)\n"
    "return function(code) return co(code) end\n";

static lua_State *open_state(const char *root) {
  lua_State *L = luaL_newstate();
  if (L == NULL) return NULL;
  luaL_openlibs(L);
  if (luaL_loadstring(L, script) != LUA_OK) return NULL;
  lua_pushstring(L, root);
  if (lua_pcall(L, 1, 1, 0) != LUA_OK) {
    fprintf(stderr, "%s\n", lua_tostring(L, -1));
    return NULL;
  }
  return L; /* the lookup function is left on the stack */
}

static const char *name_in(lua_State *L, const char *code) {
  lua_pushvalue(L, -1);
  lua_pushstring(L, code);
  if (lua_pcall(L, 1, 1, 0) != LUA_OK) return NULL;
  return lua_tostring(L, -1);
}

int main(int argc, char **argv) {
  static const char *const codes[] = {"550", "5.1.1", "221", "4.7.0", "551"};
  lua_State *a, *b;
  int i, failures = 0;
  if (argc != 2) {
    fprintf(stderr, "usage: lua_states ROOT\n");
    return 2;
  }
  a = open_state(argv[1]);
  b = open_state(argv[1]);
  if (a == NULL || b == NULL) return 1;
  for (i = 0; i < 5; i++) {
    const char *x = name_in(a, codes[i]), *y = name_in(b, codes[4 - i]);
    printf("state 1: %s %s | state 2: %s %s\n", codes[i], x ? x : "(error)", codes[4 - i],
           y ? y : "(error)");
    if (x == NULL || y == NULL) failures++;
    lua_pop(a, 1);
    lua_pop(b, 1);
  }
  lua_close(a);
  lua_close(b);
  return failures != 0;
}
