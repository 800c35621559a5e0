-- luacheck settings: Lua 5.1 to 5.4 and LuaJIT; the specs run under busted.
std = "max"
max_line_length = 120
files["spec/"] = { std = "+busted" }
files["lua/smtpcodes/locale/"] = { max_line_length = false } -- sentences are data
files["scripts/run.lua"] = { globals = { "arg" } } -- it hands its arguments to bin/smtpcodes
for _, f in ipairs({ "nvim", "nvim_build", "nvim_float", "nvim_scan", "health" }) do
  files["lua/smtpcodes/" .. f .. ".lua"] = { read_globals = { "vim" } } -- Neovim's API
end
files["plugin/"] = { read_globals = { "vim" }, globals = { "vim.g" } }
files["spec/fixtures/nvim_driver.lua"] = { read_globals = { "vim" }, globals = { "vim.g", "vim.o", "vim.notify" } }
files["lua/smtpcodes/openresty.lua"] = { globals = { "ngx" } } -- OpenResty's API (ngx.status is writable)
exclude_files = { "build/" }
