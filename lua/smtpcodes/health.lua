--- :checkhealth smtpcodes: the Neovim and LuaJIT in use, which C module
-- loads and from where, which binding runs (FFI or classic), whether it is older than the sources, its version,
-- the page language and where it comes from, and a page that renders.

local build = require "smtpcodes.nvim_build"
local uv = vim.uv or vim.loop

local M = {}

-- The reporting functions: vim.health (0.10: start, ok ...; 0.8 and 0.9:
-- report_start ...) or the health module of Neovim 0.7.
local function reporter()
  local h = vim.health or {}
  if not (h.start or h.report_start) then h = require "health" end
  local out = {}
  for _, name in ipairs({ "start", "ok", "warn", "error", "info" }) do out[name] = h[name] or h["report_" .. name] end
  return out
end

-- The newest modification time of the C sources and data in the plugin's
-- src/, or nil when there are none.
local function newest_source()
  local newest
  for _, pattern in ipairs({ "/src/**/*.[ch]", "/src/**/*.def" }) do
    for _, f in ipairs(vim.fn.glob(build.root .. pattern, false, true)) do
      local st = uv.fs_stat(f)
      if st and (not newest or st.mtime.sec > newest) then newest = st.mtime.sec end
    end
  end
  return newest
end

--- Runs the checks.
function M.check()
  local report = reporter()
  report.start("smtpcodes")
  local v, jit = vim.version(), rawget(_G, "jit")
  report.info(("Neovim %d.%d.%d, %s"):format(v.major, v.minor, v.patch, jit and jit.version or _VERSION))
  local smtp, message = build.load()
  if not smtp then
    report.error(message, { "`make nvim` builds build/luajit/smtpcodes/core.so with a C compiler and the LuaJIT "
      .. "headers (Debian: gcc, libluajit2-5.1-dev or libluajit-5.1-dev)" })
    return
  end
  local path = build.module_path() or "?"
  report.ok(("%s: C module loaded from %s"):format(smtp._VERSION, path))
  if smtp.backend == "ffi" then
    report.ok("binding: the LuaJIT FFI fast path")
  else
    report.info("binding: the classic Lua C API (SMTPCODES_NO_FFI is set, or the FFI is missing)")
  end
  if build.cpath and path ~= build.cpath:gsub("%?", "smtpcodes/core") then
    report.warn("the C module is not the plugin's own build (" .. build.cpath .. ")", { build.advice() })
  end
  local st, newest = uv.fs_stat(path), build.root and newest_source()
  if st and newest and st.mtime.sec < newest then
    report.warn("the C module is older than the sources in src/", { build.advice() })
  end
  local nvim = require "smtpcodes.nvim"
  local lang, from = nvim.language()
  local page, err = nvim.page({ "550" }, nil, nil, 60)
  if page then
    report.ok(("pages in %s (from %s); languages: %s"):format(lang, from, table.concat(smtp.languages(), " ")))
  else
    report.error(("the page of 550 does not render in %s (from %s): %s"):format(tostring(lang), from, err))
  end
end

return M
