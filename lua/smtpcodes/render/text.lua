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

-- The code point of one UTF-8 character.
local function code_point(ch)
  local b1, b2, b3, b4 = ch:byte(1, 4)
  if b1 >= 0xF0 then return ((b1 % 8) * 64 + (b2 or 128) % 64) * 4096 + ((b3 or 128) % 64) * 64 + (b4 or 128) % 64 end
  if b1 >= 0xE0 then return ((b1 % 16) * 64 + (b2 or 128) % 64) * 64 + (b3 or 128) % 64 end
  if b1 >= 0xC0 then return (b1 % 32) * 64 + (b2 or 128) % 64 end
  return b1
end

local CHAR = "[%z\1-\127\194-\244][\128-\191]*"

-- Display width of a UTF-8 string in terminal columns.
local function width(s)
  local n = 0
  for ch in s:gmatch(CHAR) do
    local cp = code_point(ch)
    if wide(cp) then n = n + 2 elseif not zero(cp) then n = n + 1 end
  end
  return n
end

-- Wide punctuation that must not start a line (、。，．）」』！？：；) or end one (（「『).
local no_start = { [0x3001] = true, [0x3002] = true, [0xFF0C] = true, [0xFF0E] = true, [0xFF09] = true,
  [0x300D] = true, [0x300F] = true, [0xFF01] = true, [0xFF1F] = true, [0xFF1A] = true, [0xFF1B] = true,
  [0x30FC] = true }
local no_end = { [0xFF08] = true, [0x300C] = true, [0x300E] = true }

-- Wide characters of scripts written without spaces (Chinese, Japanese):
-- Korean separates words with spaces, so Hangul keeps its words whole.
local function unspaced(cp)
  return wide(cp) and not (cp >= 0xAC00 and cp <= 0xD7A3) and not (cp >= 0x1100 and cp <= 0x115F)
end

-- The pieces of a word a line may break between: Chinese and Japanese text
-- has no spaces, so a line may break before and after each of their wide
-- characters (not before closing or after opening punctuation).
local function pieces(word, out)
  if not word:find("[\225-\239]") then
    out[#out + 1] = word
    return
  end
  local piece, prev_wide, prev_cp = "", false, nil
  for ch in word:gmatch(CHAR) do
    local cp = code_point(ch)
    local w = unspaced(cp)
    if piece ~= "" and (w or prev_wide) and not no_start[cp] and not (prev_cp and no_end[prev_cp]) then
      out[#out + 1] = piece
      piece = ""
    end
    piece, prev_wide, prev_cp = piece .. ch, w, cp
  end
  if piece ~= "" then out[#out + 1] = piece end
end

-- Wraps text at spaces (and between wide characters) so that lines stay
-- within limit where words allow.  Each word's width is computed once.
local function wrap(text, limit, indent)
  if limit <= 0 then return indent .. text end
  local lines, line, line_w, start = {}, { indent }, width(indent), true
  for word in text:gmatch("%S+") do
    local parts = {}
    pieces(word, parts)
    for k, part in ipairs(parts) do
      local w, sep = width(part), (k == 1 and not start) and 1 or 0
      if not start and line_w + sep + w > limit then
        lines[#lines + 1] = table.concat(line)
        line, line_w = { indent, part }, width(indent) + w
      else
        line[#line + 1] = sep == 1 and (" " .. part) or part
        line_w = line_w + sep + w
      end
      start = false
    end
  end
  lines[#lines + 1] = table.concat(line)
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
