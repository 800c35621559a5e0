-- Rendering a comparison page (220 vs 551) as text and as HTML, in English
-- and in Arabic (the text renderer's hardest case: wrapping right-to-left
-- text with bidi isolates).  Target (issue 13): text costs at most 2x HTML.
-- Run from the checkout: lua5.4 bench/render.lua; luajit bench/render.lua.
-- With --ratios it prints only "name value" lines for bench/targets.lua.
local abi = _VERSION == "Lua 5.1" and (rawget(_G, "jit") and "luajit" or "5.1") or _VERSION:match("%d+%.%d+")
package.path = "lua/?.lua;" .. package.path
package.cpath = "build/" .. abi .. "/?.so;" .. package.cpath
local smtp = require "smtpcodes"
local clock = os.clock
local ratios_only = arg and arg[1] == "--ratios"

local cmp = assert(smtp.compare(220, 551))

-- Microseconds per render, the best of 5 runs of about 0.2 s each.
local function us(opts)
  smtp.format(cmp, opts) -- locale and templates loaded before timing
  local best = math.huge
  for _ = 1, 5 do
    local n, t0 = 0, clock()
    repeat
      smtp.format(cmp, opts)
      n = n + 1
    until clock() - t0 > 0.2
    best = math.min(best, (clock() - t0) / n * 1e6)
  end
  return best
end

if not ratios_only then
  print(("%s; comparison 220 vs 551, best of 5 runs"):format(rawget(_G, "jit") and jit.version or _VERSION))
end
for _, lang in ipairs({ "en", "ar" }) do
  local text, html = us({ format = "text", lang = lang }), us({ format = "html", lang = lang })
  if ratios_only then
    print(("render_%s %.3f"):format(lang, text / html))
  else
    print(("%s: text %8.1f us   html %8.1f us   text/html %.2fx (target <= 2x)"):format(lang, text, html, text / html))
  end
end
