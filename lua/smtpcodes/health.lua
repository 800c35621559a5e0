--- :checkhealth smtpcodes: is the C core built for this Neovim's Lua, and
-- which version and languages does it serve.
local M = {}

-- vim.health (Neovim 0.8 and later) or the health module of 0.7, one way.
local function reporter()
  local h = vim.health or require("health")
  return {
    start = h.start or h.report_start,
    ok = h.ok or h.report_ok,
    error = h.error or h.report_error,
    info = h.info or h.report_info,
  }
end

function M.check()
  local report = reporter()
  report.start("smtpcodes")
  local ok, core = pcall(require, "smtpcodes.core")
  if not ok then
    report.error("the C core does not load: " .. tostring(core):match("^[^\n]*"),
      { "run `make nvim` in the plugin's folder: it builds build/luajit/smtpcodes/core.so for Neovim's LuaJIT" })
    return
  end
  report.ok(("C core %s loaded for %s"):format(core.version, jit and jit.version or _VERSION))
  local smtp = require "smtpcodes"
  report.ok("languages: " .. table.concat(smtp.languages(), " "))
  local page = smtp.format(smtp.get(550))
  if page and page:find("^SMTP 550") then report.ok("a page renders (550)") else report.error("550 does not render") end
end

return M
