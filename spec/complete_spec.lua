-- Issue 12's completeness: no page of any language falls back to English, for every basic code, every registry
-- entry, every provider code, every related pair and a classified reply; each language says so with
-- fallback = false, which refuses any page that would show English.
require "helpers"
local smtp = require "smtpcodes"
local core = require "smtpcodes.core"

local function subjects()
  local codes = {}
  for _, info in ipairs(smtp.list({ kind = "basic" })) do codes[#codes + 1] = info.code end
  for _, info in ipairs(smtp.list({ kind = "enhanced" })) do codes[#codes + 1] = info.code end
  for _, p in ipairs(core.providers()) do
    if p.is_code then codes[#codes + 1] = p.marker:match("^[%d.]+") end
  end
  return codes
end

describe("every language is complete", function()
  local codes = subjects()
  local pairs_ = {}
  for _, info in ipairs(smtp.list({ kind = "basic" })) do
    for _, other in ipairs(info.related) do
      if info.code < other then pairs_[#pairs_ + 1] = { info.code, other } end
    end
  end
  for _, lang in ipairs(smtp.languages()) do
    it(lang .. ": every code, pair and a classified reply render with fallback = false", function()
      for _, code in ipairs(codes) do
        local page, message = smtp.format(smtp.get(code), { lang = lang, fallback = false })
        assert.is_string(page, lang .. " " .. tostring(code) .. ": " .. tostring(message))
      end
      for _, p in ipairs(pairs_) do
        local page, message = smtp.format(smtp.compare(p[1], p[2]), { lang = lang, fallback = false })
        assert.is_string(page, lang .. " " .. p[1] .. " " .. p[2] .. ": " .. tostring(message))
      end
      local page, message = smtp.explain("550 5.7.708 Access denied, traffic not accepted from this IP",
        { lang = lang, fallback = false })
      assert.is_string(page, lang .. " explain: " .. tostring(message))
    end)
  end
end)
