--- Renders a document as plain text for a terminal: the title underlined,
-- headings, paragraphs wrapped at word boundaries (never inside a word).

local bidi = require "smtpcodes.render.bidi"

local M = {}

-- Code points that take two columns (East Asian wide and full-width forms).
local function wide(cp)
  if cp < 0x1100 then return false end
  if cp >= 0x4E00 and cp <= 0x9FFF then return true end -- CJK ideographs, the common case
  return (cp >= 0x1100 and cp <= 0x115F) or (cp >= 0x2E80 and cp <= 0xA4CF)
    or (cp >= 0xAC00 and cp <= 0xD7A3) or (cp >= 0xF900 and cp <= 0xFAFF)
    or (cp >= 0xFE30 and cp <= 0xFE4F) or (cp >= 0xFF00 and cp <= 0xFF60)
    or (cp >= 0xFFE0 and cp <= 0xFFE6)
end

-- Code points that take no column: combining marks of the scripts we write
-- (Thai vowels and tone marks, Devanagari signs, general combining marks) and
-- the bidi isolates.
local function zero(cp)
  if cp < 0x0300 or cp > 0x2069 then return false end
  return (cp >= 0x0300 and cp <= 0x036F) or cp == 0x0E31 or (cp >= 0x0E34 and cp <= 0x0E3A)
    or (cp >= 0x0E47 and cp <= 0x0E4E) or (cp >= 0x0900 and cp <= 0x0903)
    or (cp >= 0x093A and cp <= 0x094F and cp ~= 0x093D) or (cp >= 0x0951 and cp <= 0x0957)
    or (cp >= 0x0962 and cp <= 0x0963) or (cp >= 0x064B and cp <= 0x065F)
    or (cp >= 0x2066 and cp <= 0x2069) or cp == 0x200B or cp == 0x200C or cp == 0x200D
end

local byte, sub, concat = string.byte, string.sub, table.concat

-- The code point of the UTF-8 character at i, and the position after it.
local function decode(s, i)
  local b1 = byte(s, i)
  if b1 < 0xC0 then return b1, i + 1 end
  local b2, b3, b4 = byte(s, i + 1, i + 3)
  if b1 >= 0xF0 and b4 then
    return ((b1 % 8) * 64 + b2 % 64) * 4096 + (b3 % 64) * 64 + b4 % 64, i + 4
  elseif b1 >= 0xE0 and b3 then
    return ((b1 % 16) * 64 + b2 % 64) * 64 + b3 % 64, i + 3
  elseif b2 then
    return (b1 % 32) * 64 + b2 % 64, i + 2
  end
  return b1, i + 1
end

local function cp_width(cp)
  if cp < 0x300 then return 1 end
  if wide(cp) then return 2 end
  return zero(cp) and 0 or 1
end

-- Display width of a UTF-8 string in terminal columns.
local function width(s)
  if not s:find("[\128-\255]") then return #s end
  local n, i, len = 0, 1, #s
  while i <= len do
    local cp
    cp, i = decode(s, i)
    n = n + cp_width(cp)
  end
  return n
end
M.width = width

-- Width of a run with no CJK, isolate or 4-byte characters: its characters,
-- less the combining marks, plus one for each (wide) Hangul syllable.  A few
-- searches in C instead of a step per character.
local function occurrences(s, pattern) return select(2, s:gsub(pattern, "")) end
local function run_width(s)
  if not s:find("[\128-\255]") then return #s end
  local n = #s - occurrences(s, "[\128-\191]")
  if s:find("[\204\205]") then
    n = n - occurrences(s, "\204[\128-\191]") - occurrences(s, "\205[\128-\175]")
  end
  if s:find("\217", 1, true) then n = n - occurrences(s, "\217[\139-\159]") end
  if s:find("\224", 1, true) then
    n = n - occurrences(s, "\224\184[\177\180-\186]") - occurrences(s, "\224\185[\135-\142]")
      - occurrences(s, "\224\164[\128-\131\186\187\188\190\191]")
      - occurrences(s, "\224\165[\128-\143\145-\151\162\163]")
  end
  if s:find("[\234-\237]") then n = n + occurrences(s, "[\234-\237]") end
  return n
end

-- Characters between which a line may break with no space: CJK ideographs,
-- kana and full-width forms (Hangul is written with spaces and is not).
local function breakable(cp)
  if cp < 0x2E80 then return false end
  if cp <= 0x9FFF then return true end
  return wide(cp) and not ((cp >= 0xAC00 and cp <= 0xD7A3) or (cp >= 0x1100 and cp <= 0x115F))
end

-- CJK punctuation that never starts a line (it stays with the text before
-- it), and opening brackets that never end one.
local no_start, no_end = {}, {}
for _, cp in ipairs({ 0x3001, 0x3002, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF01, 0xFF09, 0xFF3D, 0xFF5D,
  0x300D, 0x300F, 0x3011, 0x3015, 0x3009, 0x300B, 0x301F, 0x2019, 0x201D, 0x30FC, 0x3005, 0x309D, 0x309E,
  0x30FD, 0x30FE, 0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085, 0x3087, 0x308E, 0x30A1,
  0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30C3, 0x30E3, 0x30E5, 0x30E7, 0x30EE, 0x30F5, 0x30F6, 0x30FB, 0x2026,
  0x2025, 0x301C }) do
  no_start[cp] = true
end
for _, cp in ipairs({ 0xFF08, 0xFF3B, 0xFF5B, 0x300C, 0x300E, 0x3010, 0x3014, 0x3008, 0x300A, 0x301D, 0x2018,
  0x201C }) do
  no_end[cp] = true
end

local LRI_CP, PDI_CP, ZWSP_CP = 0x2066, 0x2069, 0x200B
local LRI, PDI = bidi.LRI, bidi.PDI
local SHORT_ISOLATE = 30 -- columns: an isolate this short is never broken

-- Cuts text into pieces that a line never breaks inside: words, single CJK
-- characters with their punctuation, short isolates.  Returns four arrays:
-- each piece's text, its width, whether a space comes before it, and whether
-- an isolate is still open after it.  One pass over the text.
local function pieces(text)
  local texts, widths, spaces, opens, count = {}, {}, {}, {}, 0
  local buf, n, w = {}, 0, 0
  local space, in_iso, short, last_cp, last_cjk = false, false, false, nil, false
  local i, len = 1, #text
  local function flush()
    if n > 0 then
      count = count + 1
      texts[count] = n == 1 and buf[1] or concat(buf, "", 1, n)
      widths[count], spaces[count], opens[count] = w, space, in_iso
      n, w, space = 0, 0, false
    end
  end
  while i <= len do
    local start = i
    local b = byte(text, i)
    if b > 32 and b ~= 127 and b ~= 0xE2 and b ~= 0xEF and (b < 0xE3 or b > 0xE9) and b < 0xF0 then
      -- a run of letters that are neither spaces, CJK, isolates nor other
      -- special punctuation is one unit (in a short isolate, spaces too)
      local j = (text:find((in_iso and short) and "[\t\n\226-\233\239\240-\244]" or
        "[ \t\n\226-\233\239\240-\244]", i) or len + 1) - 1
      if last_cjk and n > 0 and not no_end[last_cp] and text:find("^[%w%(%[]", i) then flush() end
      local run = sub(text, i, j)
      n = n + 1
      buf[n] = run
      w = w + run_width(run)
      last_cp, last_cjk = byte(text, j), false
      i = j + 1
    else
      local cp
      cp, i = decode(text, i)
      if (cp == 32 or cp == 9 or cp == 10) and not (in_iso and short) then
        flush()
        space = true
        last_cjk = false
      elseif cp == ZWSP_CP then
        flush()
        last_cjk = false
      else
        if cp == LRI_CP then
          local close = text:find(PDI, i, true)
          short = close ~= nil and width(sub(text, i, close - 1)) <= SHORT_ISOLATE
          in_iso = true
        elseif cp == PDI_CP then
          in_iso, short = false, false
        end
        local cjk = breakable(cp)
        if cjk and not no_start[cp] and not (in_iso and short) and n > 0 and not no_end[last_cp] then
          flush()
        end
        n = n + 1
        buf[n] = sub(text, start, i - 1)
        w = w + cp_width(cp)
        last_cp, last_cjk = cp, cjk
      end
    end
  end
  flush()
  return texts, widths, spaces, opens, count
end

-- Wraps ASCII text: one search per line for its last space, not one step per word.
local function wrap_ascii(text, limit, indent)
  text = text:gsub("%s+", " "):gsub("^ ", ""):gsub(" $", "")
  local avail = limit - #indent
  if avail < 1 then avail = 1 end
  local lines, pos, len = {}, 1, #text
  while len - pos + 1 > avail do
    local brk = sub(text, pos, pos + avail):match("^.*() ") -- the last space that fits
    if brk and brk > 1 then
      lines[#lines + 1] = indent .. sub(text, pos, pos + brk - 2)
      pos = pos + brk
    else -- a word longer than the line: it stands alone
      local space = text:find(" ", pos, true)
      if not space then break end
      lines[#lines + 1] = indent .. sub(text, pos, space - 1)
      pos = space + 1
    end
  end
  lines[#lines + 1] = indent .. sub(text, pos)
  return concat(lines, "\n")
end

-- Wraps text so that lines stay within limit where pieces allow; a line
-- broken inside an isolate closes it and the next line opens it again.
local function wrap(text, limit, indent)
  if limit <= 0 then return indent .. text end
  if not text:find("[\128-\255]") then return wrap_ascii(text, limit, indent) end
  local texts, widths, spaces, opens, count = pieces(text)
  local lines, line, n = {}, { indent }, 1
  local iw = width(indent)
  local lw = iw
  for k = 1, count do
    local gap = (n > 1 and spaces[k]) and 1 or 0
    if n > 1 and lw + gap + widths[k] > limit then
      local open = opens[k - 1]
      if open then n = n + 1; line[n] = PDI end
      lines[#lines + 1] = concat(line, "", 1, n)
      line, n, lw = { indent }, 1, iw
      if open then line[2] = LRI; n = 2 end
      gap = 0
    end
    if gap == 1 then n = n + 1; line[n] = " " end
    n = n + 1
    line[n] = texts[k]
    lw = lw + gap + widths[k]
  end
  lines[#lines + 1] = concat(line, "", 1, n)
  return concat(lines, "\n")
end
M.wrap = wrap

local underline = { [1] = "=", [2] = "-" }

local function same(s) return s end

function M.render(doc, opts)
  local limit = opts.width or 80
  local iso = doc.dir == "rtl" and bidi.isolate or same
  local title = wrap(iso(doc.title), limit, "")
  local longest = 0
  for l in title:gmatch("[^\n]+") do longest = math.max(longest, width(l)) end
  local out = { title, string.rep("=", longest), "" }
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
