-- luacheck settings: Lua 5.1 to 5.4 and LuaJIT; the specs run under busted.
std = "max"
max_line_length = 120
files["spec/"] = { std = "+busted" }
files["lua/smtpcodes/locale/"] = { max_line_length = false } -- sentences are data
files["scripts/run.lua"] = { globals = { "arg" } } -- it hands its arguments to bin/smtpcodes
files["lua/smtpcodes/nvim.lua"] = { globals = { "vim" } } -- Neovim's API (vim.bo is writable)
files["lua/smtpcodes/health.lua"] = { read_globals = { "vim", "jit" } }
files["lua/smtpcodes/nvim_scan.lua"] = { read_globals = { "vim" } }
files["plugin/"] = { read_globals = { "vim" }, globals = { "vim.g" } }
files["spec/fixtures/nvim_driver.lua"] = { read_globals = { "vim" }, globals = { "vim.g" } }
files["lua/smtpcodes/openresty.lua"] = { globals = { "ngx" } } -- OpenResty's API (ngx.status is writable)
exclude_files = { "build/" }
