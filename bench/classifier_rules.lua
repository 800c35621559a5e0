-- Caller rules against a hostile 64 KB reply: the time of k:classify with the
-- worst patterns a caller may give, against the same call with a plain text
-- rule.  Target (issue 10): every ratio within 10x.
--   lua5.4 bench/classifier_rules.lua   (after `make build`)
local root = arg and arg[0] and arg[0]:match("^(.*)/bench/") or "."
local abi = _VERSION == "Lua 5.1" and (rawget(_G, "jit") and "luajit" or "5.1") or _VERSION:match("%d+%.%d+")
package.path = root .. "/lua/?.lua;" .. package.path
package.cpath = root .. "/build/" .. abi .. "/?.so;" .. package.cpath
local smtp = require "smtpcodes"

local SIZE = 65536

-- A one-line reply whose text repeats unit up to SIZE bytes.
local function reply(unit)
  return "452 4.2.2 " .. unit:rep(math.floor((SIZE - 12) / #unit)) .. "\r\n"
end

-- Seconds per k:classify(r), over enough calls to last a fifth of a second.
local function time(k, r)
  local n, t0 = 0, os.clock()
  repeat
    for _ = 1, 10 do k:classify(r) end
    n = n + 10
  until os.clock() - t0 > 0.2
  return (os.clock() - t0) / n
end

local cases = {
  { "quota.*exceeded", "quota " },
  { "(.-)(.-)z", "quota " },
  { ("%a"):rep(63) .. "b", "a" },
  { ("[%a]"):rep(63) .. "b", "a" },
  { "%a?%a?%a?" .. ("%a"):rep(4) .. "b", "a" },
  { ("%f[%w]a.-"):rep(20) .. "z", "a " },
  { ("a.-"):rep(60) .. "z", "a" },
}
local worst = 0
for _, case in ipairs(cases) do
  local r = reply(case[2])
  local plain = time(smtp.classifier({ { text = "quota exceeded", verdict = "transient" } }), r)
  local t = time(smtp.classifier({ { pattern = case[1], verdict = "transient" } }), r)
  worst = math.max(worst, t / plain)
  print(("%-40s plain %7.1f us  pattern %7.1f us  ratio %5.2f"):format(
    #case[1] > 40 and case[1]:sub(1, 37) .. "..." or case[1], plain * 1e6, t * 1e6, t / plain))
end
print(("%s, 64 KB reply: worst pattern / plain rule = %.2fx (target < 10x)"):format(_VERSION
  .. (rawget(_G, "jit") and " (LuaJIT)" or ""), worst))
