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

-- Microseconds per render as text and as HTML, the best of 7 alternating
-- rounds of about 0.1 s each (a busy machine slows both alike).  cold: each
-- text page at another width, so that none of its wrapped texts is cached
-- (the text renderer keeps them: lua/smtpcodes/render/text.lua).  The
-- widths go on from round to round (40 to 4,039, then again from 40): a
-- width comes back only after 4,000 pages, when the cache (at most 2,048
-- texts) has been emptied since.
local cold_pages = 0
local function us(opts, cold)
  smtp.format(cmp, opts) -- locale and templates loaded before timing
  local n, t0 = 0, clock()
  repeat
    if cold then
      opts.width = 40 + cold_pages % 4000
      cold_pages = cold_pages + 1
    end
    smtp.format(cmp, opts)
    n = n + 1
  until clock() - t0 > 0.1
  return (clock() - t0) / n * 1e6
end

local function pair_us(lang)
  local text, html, cold = math.huge, math.huge, math.huge
  for _ = 1, 7 do
    text = math.min(text, us({ format = "text", lang = lang }))
    html = math.min(html, us({ format = "html", lang = lang }))
    cold = math.min(cold, us({ format = "text", lang = lang }, true))
  end
  return text, html, cold
end

if not ratios_only then
  local version = rawget(_G, "jit") and jit.version or _VERSION
  print(("%s; comparison 220 vs 551, best of 7 alternating rounds"):format(version))
end
for _, lang in ipairs({ "en", "ar" }) do
  local text, html, cold = pair_us(lang)
  if ratios_only then
    print(("render_%s %.3f"):format(lang, text / html))
    print(("render_cold_%s %.3f"):format(lang, cold / html))
  else
    print(("%s: text %8.1f us   html %8.1f us   text/html %.2fx (target <= 2x); "
      .. "text with nothing cached %.1f us, %.2fx"):format(lang, text, html, text / html, cold, cold / html))
  end
end
