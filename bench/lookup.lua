-- Benchmark of smtpcodes.get() against the best a pure-Lua table can do,
-- a function(c) return t[c] end over prebuilt tables.  Run from the checkout:
--   lua5.4 bench/lookup.lua      luajit bench/lookup.lua      (or make bench)
-- Prints times and the ratios that the README quotes.
local abi = _VERSION == "Lua 5.1" and (rawget(_G, "jit") and "luajit" or "5.1") or _VERSION:match("%d+%.%d+")
package.path = "lua/?.lua;" .. package.path
package.cpath = "build/" .. abi .. "/?.so;" .. package.cpath
local clock = os.clock

-- require cost, first thing in a fresh process
collectgarbage("collect")
collectgarbage("stop")
local mem0, t0 = collectgarbage("count"), clock()
local smtp = require "smtpcodes"
local require_ms, require_kb = (clock() - t0) * 1000, collectgarbage("count") - mem0
collectgarbage("restart")

-- the baseline: the same infos in plain tables, prebuilt
local t = {}
for _, info in ipairs(smtp.list()) do
  t[info.code] = info
  t[tostring(info.code)] = info
end
local function baseline(c) return t[c] end

local N = 2000000
local function run(f, key)
  f(key)
  local start = clock()
  for _ = 1, N do f(key) end
  return (clock() - start) / N * 1e9
end

local function best(f, key)
  local m = math.huge
  for _ = 1, 5 do m = math.min(m, run(f, key)) end
  return m
end

local get = smtp.get
print(("%s, %d calls per run, best of 5"):format(jit and jit.version or _VERSION, N))
print(("require \"smtpcodes\": %.2f ms, %.1f KB of Lua memory"):format(require_ms, require_kb))
for _, key in ipairs({ 550, "550", "5.1.1" }) do
  local ours, base = best(get, key), best(baseline, key)
  print(("get(%-7s) %6.1f ns/call   baseline %6.1f ns/call   ratio %.2fx"):format(
    type(key) == "string" and ('"' .. key .. '"') or tostring(key), ours, base, ours / base))
end

collectgarbage("collect")
collectgarbage("stop")
local before = collectgarbage("count")
for _ = 1, 100000 do get(550) get("5.1.1") end
print(("allocation per call of a known code: %.3f bytes"):format((collectgarbage("count") - before) * 1024 / 200000))
collectgarbage("restart")
