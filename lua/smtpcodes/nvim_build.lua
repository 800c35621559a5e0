--- Neovim: where the plugin's C module is and whether it loads.
-- `make nvim` builds build/luajit/smtpcodes/core.so in the plugin's folder for
-- Neovim's LuaJIT; this file puts that folder on package.cpath and turns a
-- missing or foreign build into one message that names the command to run.
-- Pure Lua: it must work when the C module does not.

local M = {}

-- The plugin's folder: this file is <root>/lua/smtpcodes/nvim_build.lua.
M.root = debug.getinfo(1, "S").source:sub(2):match("^(.*)/lua/smtpcodes/[^/]+$")

-- The pattern `make nvim` builds to, or nil when the root is unknown.
M.cpath = M.root and (M.root .. "/build/luajit/?.so")

--- Puts the plugin's LuaJIT build first on package.cpath (once).
function M.add_cpath()
  if M.cpath and not package.cpath:find(M.cpath, 1, true) then
    package.cpath = M.cpath .. ";" .. package.cpath
  end
end

--- The file smtpcodes.core loads from: a package.cpath match, else one
-- in a lua/ folder of the runtimepath (Neovim's own loader); nil when none.
function M.module_path()
  M.add_cpath()
  local path = package.searchpath("smtpcodes.core", package.cpath)
  if path then return path end
  return vim.api.nvim_get_runtime_file("lua/smtpcodes/core.so", false)[1]
end

--- The command that builds the module, with the folder to run it in.
function M.advice()
  return "run `make nvim` in " .. (M.root or "the plugin's folder")
end

--- require("smtpcodes") with the C module: the module, or nil and a message
-- saying the module is not built or does not load in this Neovim.
function M.load()
  M.add_cpath()
  local ok, smtp = pcall(require, "smtpcodes")
  if ok then return smtp end
  -- LuaJIT leaves a mark of the failed load; without it the next try (after
  -- `make nvim`) runs again instead of saying "loop or previous error"
  for _, name in ipairs({ "smtpcodes", "smtpcodes.core" }) do
    if type(package.loaded[name]) ~= "table" then package.loaded[name] = nil end
  end
  local err = tostring(smtp)
  if not err:find("smtpcodes.core", 1, true) then return nil, "smtpcodes: " .. err:match("^[^\n]*") end
  -- the loader's reason, without the file name it repeats
  err = (err:match("from file '[^']*':%s*(.-)%s*$") or err:match("^[^\n]*")):gsub("^[^\n]-%.so: ", "")
  local path = M.module_path()
  if not path then return nil, "smtpcodes: the C module is not built: " .. M.advice() end
  return nil, ("smtpcodes: the C module %s does not load in this Neovim (%s): %s"):format(
    path, err, M.advice())
end

return M
