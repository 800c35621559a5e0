-- luacheck settings: Lua 5.1 to 5.4 and LuaJIT; the specs run under busted.
std = "max"
max_line_length = 120
files["spec/"] = { std = "+busted" }
files["lua/smtpcodes/locale/"] = { max_line_length = false } -- sentences are data
files["scripts/run.lua"] = { globals = { "arg" } } -- it hands its arguments to bin/smtpcodes
exclude_files = { "build/" }
