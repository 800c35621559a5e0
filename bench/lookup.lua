-- Benchmark of smtpcodes.get() against the best a pure-Lua table can do,
-- a function(c) return t[c] end over prebuilt tables.  Run from the checkout:
--   lua5.4 bench/lookup.lua      luajit bench/lookup.lua      (or make bench)
-- Prints times and the ratios that the README quotes.
local abi = _VERSION == "Lua 5.1" and (rawget(_G, "jit") and "luajit" or "5.1") or _VERSION:match("%d+%.%d+")
package.path = "lua/?.lua;" .. package.path
package.cpath = "build/" .. abi .. "/?.so;" .. package.cpath
local clock = os.clock
-- --ratios: only "name value" lines, for bench/targets.lua
local ratios_only = arg and arg[1] == "--ratios"
local print_human = ratios_only and function() end or print

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

-- Each run looks up a cycle of 64 different keys of one type, so that no
-- compiler (LuaJIT's included) can hoist the lookup out of the loop.
local N = 2000000
local function keys_of(kind)
  local keys = {}
  for _, info in ipairs(smtp.list({ kind = kind == "enhanced" and "enhanced" or "basic" })) do
    if #keys == 64 then break end
    keys[#keys + 1] = kind == "string" and tostring(info.code) or info.code
  end
  return keys
end

local function run(f, keys)
  local n, sink = #keys, 0
  local start = clock()
  for i = 1, N do
    if f(keys[i % n + 1]) then sink = sink + 1 end
  end
  assert(sink == N)
  return (clock() - start) / N * 1e9
end

-- The best of 5 alternating rounds of f and g (a busy machine slows both alike).
local function pair_best(f, g, keys)
  local bf, bg = math.huge, math.huge
  for _ = 1, 5 do
    bf = math.min(bf, run(f, keys))
    bg = math.min(bg, run(g, keys))
  end
  return bf, bg
end

local get = smtp.get
local version = rawget(_G, "jit") and jit.version or _VERSION
print_human(("%s, %d calls per run, best of 5 alternating rounds"):format(version, N))
print_human(("require \"smtpcodes\": %.2f ms, %.1f KB of Lua memory"):format(require_ms, require_kb))
for _, kind in ipairs({ "integer", "string", "enhanced" }) do
  local keys = keys_of(kind)
  local ours, base = pair_best(get, baseline, keys)
  print_human(("get(%-8s) %6.1f ns/call   baseline %6.1f ns/call   ratio %.2fx"):format(kind, ours, base, ours / base))
  if ratios_only then print(("get_%s %.3f"):format(kind, ours / base)) end
end

collectgarbage("collect")
collectgarbage("stop")
local before = collectgarbage("count")
for _ = 1, 100000 do get(550) get("5.1.1") end
local bytes = (collectgarbage("count") - before) * 1024 / 200000
print_human(("allocation per call of a known code: %.3f bytes"):format(bytes))
collectgarbage("restart")
