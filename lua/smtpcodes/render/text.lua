--- Renders a document as plain text for a terminal: the title underlined,
-- headings, paragraphs wrapped at word boundaries (never inside a word).

local bidi = require "smtpcodes.render.bidi"

local M = {}

-- Code points that take two columns (East Asian wide and full-width forms).
local function wide(cp)
  return (cp >= 0x1100 and cp <= 0x115F) or (cp >= 0x2E80 and cp <= 0xA4CF)
    or (cp >= 0xAC00 and cp <= 0xD7A3) or (cp >= 0xF900 and cp <= 0xFAFF)
    or (cp >= 0xFE30 and cp <= 0xFE4F) or (cp >= 0xFF00 and cp <= 0xFF60)
    or (cp >= 0xFFE0 and cp <= 0xFFE6)
end

-- Code points that take no column: combining marks of the scripts we write
-- (Thai vowels and tone marks, Devanagari signs, general combining marks) and
-- the bidi isolates.
local function zero(cp)
  return (cp >= 0x0300 and cp <= 0x036F) or cp == 0x0E31 or (cp >= 0x0E34 and cp <= 0x0E3A)
    or (cp >= 0x0E47 and cp <= 0x0E4E) or (cp >= 0x0900 and cp <= 0x0903)
    or (cp >= 0x093A and cp <= 0x094F and cp ~= 0x093D) or (cp >= 0x0951 and cp <= 0x0957)
    or (cp >= 0x0962 and cp <= 0x0963) or (cp >= 0x064B and cp <= 0x065F)
    or (cp >= 0x2066 and cp <= 0x2069) or cp == 0x200B or cp == 0x200C or cp == 0x200D
end

-- Display width of a UTF-8 string in terminal columns.
local function width(s)
  local n = 0
  for ch in s:gmatch("[%z\1-\127\194-\244][\128-\191]*") do
    local b1, b2, b3, b4 = ch:byte(1, 4)
    local cp = b1
    if b1 >= 0xF0 then cp = ((b1 % 8) * 64 + (b2 or 128) % 64) * 4096 + ((b3 or 128) % 64) * 64 + (b4 or 128) % 64
    elseif b1 >= 0xE0 then cp = ((b1 % 16) * 64 + (b2 or 128) % 64) * 64 + (b3 or 128) % 64
    elseif b1 >= 0xC0 then cp = (b1 % 32) * 64 + (b2 or 128) % 64 end
    if wide(cp) then n = n + 2 elseif not zero(cp) then n = n + 1 end
  end
  return n
end

-- Wraps text at spaces so that lines stay within limit where words allow.
local function wrap(text, limit, indent)
  if limit <= 0 then return indent .. text end
  local lines, line = {}, indent
  for word in text:gmatch("%S+") do
    if line ~= indent and width(line) + 1 + width(word) > limit then
      lines[#lines + 1] = line
      line = indent .. word
    elseif line == indent then
      line = line .. word
    else
      line = line .. " " .. word
    end
  end
  lines[#lines + 1] = line
  return table.concat(lines, "\n")
end

local underline = { [1] = "=", [2] = "-" }

local function same(s) return s end

function M.render(doc, opts)
  local limit = opts.width or 80
  local iso = doc.dir == "rtl" and bidi.isolate or same
  local title = iso(doc.title)
  local out = { title, string.rep("=", width(title)), "" }
  local indent = ""
  for _, b in ipairs(doc.blocks) do
    if b.type == "heading" then
      local text = iso(b.text)
      if b.level <= 2 then
        out[#out + 1] = text
        out[#out + 1] = string.rep(underline[b.level], width(text))
        indent = ""
      else
        out[#out + 1] = text
        indent = "  "
      end
    elseif b.type == "paragraph" then
      out[#out + 1] = wrap(iso(b.text), limit, indent)
      out[#out + 1] = ""
    elseif b.type == "list" then
      for i, item in ipairs(b.items) do
        local mark = b.ordered and (i .. ". ") or "- "
        local body = wrap(iso(item), limit - #mark, "")
        out[#out + 1] = mark .. body:gsub("\n", "\n" .. string.rep(" ", #mark))
      end
      out[#out + 1] = ""
    elseif b.type == "verbatim" then
      for _, line in ipairs(b.lines) do out[#out + 1] = "    " .. line end
      out[#out + 1] = ""
    elseif b.type == "links" then
      for _, link in ipairs(b.items) do out[#out + 1] = "- " .. iso(link.text) .. ": " .. iso(link.url) end
      out[#out + 1] = ""
    end
  end
  while out[#out] == "" do out[#out] = nil end
  return table.concat(out, "\n") .. "\n"
end

return M
