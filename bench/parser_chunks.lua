-- p:feed of one 58 KB EHLO-style reply (902 lines) in 1-byte and in 16-byte
-- chunks.  Target (issue 10): 1-byte feeding costs at most 2x 16-byte feeding.
-- Printed: the time of each, their ratio; the time of the same loop calling a
-- method that does nothing (the floor any per-call API has), and the ratio of
-- the time feed adds over that floor; and the bytes the core parsed.
--   lua5.4 bench/parser_chunks.lua   (after `make build`)
local root = arg and arg[0] and arg[0]:match("^(.*)/bench/") or "."
local abi = _VERSION == "Lua 5.1" and (rawget(_G, "jit") and "luajit" or "5.1") or _VERSION:match("%d+%.%d+")
package.path = root .. "/lua/?.lua;" .. package.path
package.cpath = root .. "/build/" .. abi .. "/?.so;" .. package.cpath
local smtp = require "smtpcodes"
local core = require "smtpcodes.core"

local reply = "250-x\r\n" .. ("250-" .. ("X"):rep(60) .. "\r\n"):rep(900) .. "250 end\r\n"

local function chunks(size)
  local out = {}
  for i = 1, #reply, size do out[#out + 1] = reply:sub(i, i + size - 1) end
  return out
end

-- Seconds per feeding of the whole reply through make()'s object.
local function time(make, list)
  local n, t0 = 0, os.clock()
  repeat
    local p = make()
    local got = 0
    for i = 1, #list do got = got + #p:feed(list[i]) end
    assert(got == 1, "one reply expected")
    n = n + 1
  until os.clock() - t0 > 0.3
  return (os.clock() - t0) / n
end


local one, sixteen = chunks(1), chunks(16)
local t1, t16 = time(smtp.parser, one), time(smtp.parser, sixteen)
local function floor(list)
  -- the same loop over a method that does nothing but count: a shared empty
  -- table back (as feed gives when nothing completed), one "reply" at the last chunk
  local none = {}
  return time(function()
    local calls = 0
    return { feed = function(_, c)
      calls = calls + 1
      return calls == #list and { c } or none
    end }
  end, list)
end
local f1, f16 = floor(one), floor(sixteen)

local function bytes(list)
  local n = 0
  local p = require("smtpcodes.parser").new(function(b, l, from)
    n = n + #b - (from or 0)
    return core.parse_stream(b, l, from)
  end, nil, core.reply_limits())
  for i = 1, #list do p:feed(list[i]) end
  return n
end

local name = _VERSION .. (rawget(_G, "jit") and " (LuaJIT)" or "")
print(("%s, %d-byte reply: 1-byte chunks %.2f ms, 16-byte chunks %.2f ms, ratio %.1fx (target <= 2x)"):format(
  name, #reply, t1 * 1e3, t16 * 1e3, t1 / t16))
print(("  floor (same loop, a method that does nothing): %.2f ms and %.2f ms (%.1fx by itself, 16 calls against 1);"
  .. " feed's own time over it %.2f ms and %.2f ms, ratio %.1fx"):format(f1 * 1e3, f16 * 1e3, f1 / f16,
  (t1 - f1) * 1e3, (t16 - f16) * 1e3, (t1 - f1) / (t16 - f16)))
print(("  bytes the core parsed: %d (1-byte chunks), %d (16-byte chunks), ratio %.2fx"):format(
  bytes(one), bytes(sixteen), bytes(one) / bytes(sixteen)))
