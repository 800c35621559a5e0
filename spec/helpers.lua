-- Shared set-up for every spec: load the C core built for the running Lua
-- (build/5.4, build/5.3, build/5.1 or build/luajit), never an installed one.
local abi = _VERSION == "Lua 5.1" and (rawget(_G, "jit") and "luajit" or "5.1") or _VERSION:match("%d+%.%d+")
-- SMTPCODES_BUILD=build/asan loads a sanitizer build instead (scripts/hardening).
package.cpath = (os.getenv("SMTPCODES_BUILD") or "build") .. "/" .. abi .. "/?.so;" .. package.cpath
-- SMTPCODES_GC_STRESS=1: a collector that never rests, so a value the C code
-- forgot to anchor is collected while still in use (scripts/hardening).  The
-- Lua 5.4 interpreter starts in generational mode, where the pause means
-- nothing: back to incremental first.
if os.getenv("SMTPCODES_GC_STRESS") == "1" then
  if _VERSION == "Lua 5.4" then collectgarbage("incremental") end
  collectgarbage("setpause", 0)
end

local helpers = {}
helpers.abi = abi

-- The bytes of a file, or nil when it cannot be opened.
function helpers.read_if(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local text = f:read("*a")
  f:close()
  return text
end

-- The shared reference folder beside the checkout (CI has it; may be absent).
function helpers.reference(name)
  return helpers.read_if("../shared/reference/" .. name)
end

-- The bytes of a file (raises when it cannot be read).
function helpers.read(path)
  return (assert(helpers.read_if(path), "cannot read " .. path))
end

-- Runs the CLI in-process; returns status, stdout text, stderr text.
-- stdin, when given, is what the CLI reads from standard input.
function helpers.cli(args, env, stdin)
  local out, err = {}, {}
  local status = require("smtpcodes.cli").main(args, {
    out = function(s) out[#out + 1] = s end,
    err = function(s) err[#err + 1] = s end,
    getenv = function(name) return (env or {})[name] end,
    read = function() return stdin or "" end,
  })
  return status, table.concat(out), table.concat(err)
end

-- One info per registry entry, keyed "subject.detail", and those keys in
-- registry order in the array part.
function helpers.registry_entries()
  local out = {}
  for _, info in ipairs(require("smtpcodes").list({ kind = "enhanced" })) do
    local key = info.subject .. "." .. info.detail
    if not out[key] then
      out[key] = info
      out[#out + 1] = key
    end
  end
  table.sort(out, function(a, b)
    return out[a].subject * 1000 + out[a].detail < out[b].subject * 1000 + out[b].detail
  end)
  return out
end

-- True when a command of that name is on the PATH.
function helpers.executable(name)
  local ok = os.execute("command -v " .. name .. " >/dev/null 2>&1")
  return ok == true or ok == 0
end

-- The command that runs the current interpreter.
function helpers.interpreter()
  return ({ ["5.4"] = "lua5.4", ["5.3"] = "lua5.3", ["5.1"] = "lua5.1", luajit = "luajit" })[abi]
end

package.loaded["helpers"] = helpers
-- Runs fn while the content translation of a language lacks one entry
-- (group "basic" or "enhanced" or "provider", key 550 or "1.1" or "5.7.515"),
-- so a spec can see a page fall back to English even when every text is
-- translated.  The module is restored afterwards, also when fn raises.
function helpers.without_translation(tag, group, key, fn)
  local name = "smtpcodes.locale." .. tag:gsub("%-", "_") .. ".content"
  local real = require(name)
  local copy = {}
  for g, entries in pairs(real) do
    copy[g] = {}
    for k, v in pairs(entries) do copy[g][k] = v end
  end
  copy[group][key] = nil
  package.loaded[name] = copy
  local ok, err = pcall(fn)
  package.loaded[name] = real
  if not ok then error(err, 0) end
end

--- Is the LuaJIT FFI fast path turned off for this run (SMTPCODES_NO_FFI set and not "0")?
-- scripts/test runs the suite once that way; hosts started by a spec inherit it.
function helpers.ffi_off()
  local v = os.getenv("SMTPCODES_NO_FFI") or ""
  return v ~= "" and v ~= "0"
end

return helpers
