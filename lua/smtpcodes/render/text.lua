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

-- Code points that take no column: the non-spacing marks of the scripts we
-- write (Thai vowels and tone marks, Devanagari's Mn signs: its spacing vowel
-- signs such as U+093E take a column, as wcwidth says; Arabic harakat,
-- general combining marks) and the bidi isolates.
local function zero(cp)
  if cp < 0x0300 or cp > 0x2069 then return false end
  return (cp >= 0x0300 and cp <= 0x036F) or cp == 0x0E31 or (cp >= 0x0E34 and cp <= 0x0E3A)
    or (cp >= 0x0E47 and cp <= 0x0E4E) or (cp >= 0x0900 and cp <= 0x0902) or cp == 0x093A or cp == 0x093C
    or (cp >= 0x0941 and cp <= 0x0948) or cp == 0x094D or (cp >= 0x0951 and cp <= 0x0957)
    or (cp >= 0x0962 and cp <= 0x0963) or (cp >= 0x064B and cp <= 0x065F)
    or (cp >= 0x2066 and cp <= 0x2069) or (cp >= 0x200B and cp <= 0x200F)
end

local byte, sub, find, match, concat = string.byte, string.sub, string.find, string.match, table.concat

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

-- Width of a run with no CJK, isolate or 4-byte characters: its characters,
-- less the combining marks, plus one for each (wide) Hangul syllable.  A few
-- searches in C instead of a step per character.
local function occurrences(s, pattern) return select(2, s:gsub(pattern, "")) end
local function count_run_width(s)
  local n = #s - occurrences(s, "[\128-\191]")
  if s:find("[\204\205]") then
    n = n - occurrences(s, "\204[\128-\191]") - occurrences(s, "\205[\128-\175]")
  end
  if s:find("\217", 1, true) then n = n - occurrences(s, "\217[\139-\159]") end
  if s:find("\224", 1, true) then
    n = n - occurrences(s, "\224\184[\177\180-\186]") - occurrences(s, "\224\185[\135-\142]")
      - occurrences(s, "\224\164[\128-\130\186\188]")
      - occurrences(s, "\224\165[\129-\136\141\145-\151\162\163]")
  end
  if s:find("[\234-\237]") then n = n + occurrences(s, "[\234-\237]") end
  return n
end

-- The position of the first byte of s from i on that is not ASCII, #s + 1
-- when there is none: an anchored search, one C loop, several times cheaper
-- than an unanchored find of [\128-\255] (which starts a match at each byte).
local function non_ascii(s, i) return match(s, "^[^\128-\255]*()", i) end

-- s with each plain occurrence of from replaced by to, left to right as gsub
-- would (but with plain searches, which LuaJIT compiles); with digit, only
-- the occurrences a digit follows.
local function replace(s, from, to, digit)
  local at = find(s, from, 1, true)
  if not at then return s end
  local parts, n, pos, len = {}, 0, 1, #from
  repeat
    local b = byte(s, at + len)
    if digit and not (b and b >= 48 and b <= 57) then
      at = find(s, from, at + 1, true)
    else
      parts[n + 1], parts[n + 2], n = sub(s, pos, at - 1), to, n + 2
      pos = at + len
      at = find(s, from, pos, true)
    end
  until not at
  if n == 0 then return s end
  parts[n + 1] = sub(s, pos)
  return concat(parts)
end

-- Display width of a UTF-8 string in terminal columns.  Text with no wide
-- character possible (no lead byte of U+1000 or from U+2E80 on) is counted by
-- searches in C, the isolates and zero-width spaces taken off; the rest one
-- character at a time.
local function width(s)
  if non_ascii(s, 1) > #s then return #s end
  if not s:find("[\225\227-\255]") and not s:find("\226[\186-\191]") then
    local n = count_run_width(s)
    if s:find("\226", 1, true) then
      n = n - occurrences(s, "\226\129[\166-\169]") - occurrences(s, "\226\128[\139-\143]")
    end
    return n
  end
  local n, i, len = 0, 1, #s
  while i <= len do
    local cp
    cp, i = decode(s, i)
    n = n + cp_width(cp)
  end
  return n
end
M.width = width

-- The words of our texts come back again and again (an Arabic page is made
-- of a few hundred distinct ones): their widths are kept, up to a bound, so
-- that most runs cost one table lookup instead of the searches above.
local RUN_CACHE_MAX = 4096
local run_cache, run_cached = {}, 0
-- n, kept as the width of s.
local function remember(s, n)
  if run_cached >= RUN_CACHE_MAX then run_cache, run_cached = {}, 0 end
  run_cache[s], run_cached = n, run_cached + 1
  return n
end

local function run_width(s)
  local n = run_cache[s]
  if n then return n end
  if non_ascii(s, 1) > #s then return #s end
  return remember(s, count_run_width(s))
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

-- Is text[i..j] at most SHORT_ISOLATE columns wide?  (n bytes take at most
-- 2n columns: a text of up to SHORT_ISOLATE / 2 bytes is not measured.)
local function short_isolate(text, i, j)
  return j - i + 1 <= SHORT_ISOLATE / 2 or width(sub(text, i, j)) <= SHORT_ISOLATE
end

-- Wraps ASCII text: one search per line for its last space, not one step per word.
-- printable: the text is known to have no control character but glue's \1.
local function wrap_ascii(text, limit, indent, printable)
  -- blanks made single spaces, none at either end (most texts have nothing to change)
  if (not printable and text:find("[\t-\r]")) or find(text, "  ", 1, true) then text = text:gsub("%s+", " ") end
  if byte(text, 1) == 32 then text = sub(text, 2) end
  if byte(text, -1) == 32 then text = sub(text, 1, -2) end
  local avail = limit - #indent
  if avail < 1 then avail = 1 end
  local lines, pos, len = {}, 1, #text
  while len - pos + 1 > avail do
    local brk = pos + avail -- the last space that fits, looked for from the end of the line
    while brk > pos and byte(text, brk) ~= 32 do brk = brk - 1 end
    if brk > pos then
      lines[#lines + 1] = indent .. sub(text, pos, brk - 1)
      pos = brk + 1
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

-- The end of text[i..j] less the blanks (spaces, tabs, line ends) it ends with.
local function trimmed(text, i, j)
  local b = byte(text, j)
  while j >= i and (b == 32 or b == 9 or b == 10) do
    j = j - 1
    b = byte(text, j)
  end
  return j
end

-- Wraps any text in one pass: it remembers the last place a line may break
-- (a space, a ZERO WIDTH SPACE, between CJK characters, never inside a short
-- isolate) and cuts there when the line gets too wide.  Lines are cut out of
-- the text with one sub each; a line broken inside an isolate closes it and
-- the next line opens it again.
local function wrap_any(text, limit, indent)
  local avail = limit - width(indent)
  if avail < 1 then avail = 1 end
  local lines = {}
  local i, len = 1, #text
  while i <= len and (byte(text, i) == 32 or byte(text, i) == 9 or byte(text, i) == 10) do i = i + 1 end
  local ls, reopen = i, false      -- where the current line starts; it begins inside an isolate
  local cw, cw_ls = 0, 0           -- running width, and its value at ls
  local bend, bnext, bcw, biso     -- last break: the line ends before bend, the next starts at bnext (width bcw there)
  local in_iso, short, prev_cp, prev_cjk = false, false, nil, false
  local function cut()
    local line = sub(text, ls, trimmed(text, ls, bend - 1))
    lines[#lines + 1] = indent .. (reopen and LRI or "") .. line .. (biso and PDI or "")
    ls, cw_ls, reopen, bend = bnext, bcw, biso, nil
  end
  while i <= len do
    local b = byte(text, i)
    local cp, nexti
    if b > 32 and b ~= 127 and b ~= 0xE2 and b ~= 0xEF and (b < 0xE3 or b > 0xE9) and b < 0xF0
        and not prev_cjk then
      -- a run of letters with no space, CJK, isolate or special punctuation in it: one step
      local run = match(text, "^[^ \t\n\226-\233\239\240-\244]+", i) -- the run itself: one call, no find then sub
      nexti = i + #run
      cw = cw + run_width(run)
      prev_cp, prev_cjk = 0x61, false
      -- the blanks after it in the same step, as the branch for a blank below takes them
      local after = byte(text, nexti)
      if (after == 32 or after == 9 or after == 10) and not (in_iso and short) then
        if cw - cw_ls > avail and bend and bend > ls then cut() end
        local j = nexti + 1
        local c = byte(text, j)
        while c == 32 or c == 9 or c == 10 do
          j = j + 1
          c = byte(text, j)
        end
        bend, bnext, bcw, biso = nexti, j, cw + (j - nexti), in_iso
        cw, prev_cp, nexti = cw + (j - nexti), 32, j
      end
    elseif b < 0x80 then
      cp, nexti = b, i + 1
    elseif b >= 0xE0 and b < 0xF0 then -- inlined: most non-ASCII text here is 3-byte (CJK, isolates)
      local b2, b3 = byte(text, i + 1, i + 2)
      if b3 then cp, nexti = ((b % 16) * 64 + b2 % 64) * 64 + b3 % 64, i + 3 else cp, nexti = b, i + 1 end
    else
      cp, nexti = decode(text, i)
    end
    local keep = in_iso and short
    if cp == 32 or cp == 9 or cp == 10 then
      if not keep then
        local j = nexti
        while byte(text, j) == 32 or byte(text, j) == 9 or byte(text, j) == 10 do j = j + 1 end
        bend, bnext, bcw, biso = i, j, cw + (j - i), in_iso
        cw = cw + (j - i)
        nexti = j
      else
        cw = cw + 1
      end
      prev_cjk = false
    elseif cp == ZWSP_CP then
      if not keep then bend, bnext, bcw, biso = i, nexti, cw, in_iso end
      prev_cjk = false
    elseif cp then -- (nil: the run of letters above, counted already)
      if cp == LRI_CP then
        local close = text:find(PDI, nexti, true)
        short = close ~= nil and short_isolate(text, nexti, close - 1)
        in_iso = true
      elseif cp == PDI_CP then
        in_iso, short = false, false
      end
      local cjk = cp >= 0x2E80 and breakable(cp)
      if i > ls and not (in_iso and short) and not (prev_cp and no_end[prev_cp]) then
        if (cjk and not no_start[cp]) or (prev_cjk and not cjk and cp < 128 and ((cp >= 48 and cp <= 57)
            or (cp >= 65 and cp <= 90) or (cp >= 97 and cp <= 122) or cp == 40 or cp == 91)) then
          bend, bnext, bcw, biso = i, i, cw, in_iso -- a break before this character
        end
      end
      cw = cw + (cp < 0x300 and 1 or cp_width(cp))
      prev_cjk = cjk
    end
    prev_cp = cp or prev_cp
    if cw - cw_ls > avail and bend and bend > ls then cut() end
    i = nexti
  end
  local last = sub(text, ls, trimmed(text, ls, len))
  lines[#lines + 1] = indent .. (reopen and LRI or "") .. last
  return concat(lines, "\n")
end

-- Can wrap_words wrap text as wrap_any would?  Only spaces may break it
-- there: no tab or line end, no CJK, Hangul or 4-byte character (no lead byte from 0xE3 on, none
-- from U+2E80), no ZERO WIDTH SPACE, and every isolate closed, not nested and
-- short (never broken).
local function words_only(text)
  if match(text, "^[^\t\n\227-\255]*()") <= #text then return false end -- (one anchored search)
  local e2 = find(text, "\226", 1, true) -- then each 0xE2 byte by plain searches
  while e2 do
    local b2, b3 = byte(text, e2 + 1, e2 + 2)
    if (b2 and b2 >= 186 and b2 <= 191) or (b2 == 128 and b3 == 139) then return false end
    e2 = find(text, "\226", e2 + 1, true)
  end
  local at = find(text, LRI, 1, true)
  while at do
    local close = find(text, PDI, at + 3, true)
    if not close then return false end
    local next_lri = find(text, LRI, at + 3, true)
    if (next_lri and next_lri < close) or not short_isolate(text, at + 3, close - 1) then return false end
    at = next_lri
  end
  return true
end

-- Width of one word of such a text: its runs as wrap_any counts them (a
-- word with an isolate or a quotation mark in it kept too: no run has those).
local function word_width(w)
  local n = run_cache[w]
  if n then return n end
  if find(w, "\226", 1, true) then return remember(w, width(w)) end
  return run_width(w)
end

-- wrap_any's result for a text words_only accepts, a word at a time (a word:
-- the bytes between spaces, an isolate with its spaces inside one word).
local function wrap_words(text, limit, indent)
  local avail = limit - width(indent)
  if avail < 1 then avail = 1 end
  local lines, len = {}, #text
  local pos = 1
  while byte(text, pos) == 32 do pos = pos + 1 end
  if pos > len then return indent end
  local ls, cw_ls, cw = pos, 0, 0
  local bend, bnext, bcw -- the last break: the line ends before bend, the next starts at bnext
  local lri = text:find(LRI, 1, true)
  local nx = 0 -- the next non-ASCII byte: an ASCII word before it is as wide as long (no sub, no lookup)
  while true do
    local z = text:find(" ", pos, true)
    while lri and (not z or lri < z) do -- a space inside an isolate does not end the word
      local close = text:find(PDI, lri + 3, true)
      z = text:find(" ", close + 3, true)
      lri = text:find(LRI, close + 3, true)
    end
    local e = (z or len + 1) - 1
    local ascii = byte(text, pos) < 128
    if ascii and nx < pos then nx = non_ascii(text, pos) end
    cw = cw + ((ascii and nx > e) and e - pos + 1 or word_width(sub(text, pos, e)))
    if cw - cw_ls > avail and bend and bend > ls then -- (the next break is set below)
      lines[#lines + 1] = indent .. sub(text, ls, bend - 1)
      ls, cw_ls = bnext, bcw
    end
    if not z then break end
    pos = z + 1
    while byte(text, pos) == 32 do pos = pos + 1 end
    bend, bnext, bcw = z, pos, cw + (pos - z)
    cw = bcw
    if cw - cw_ls > avail and bend > ls then
      lines[#lines + 1] = indent .. sub(text, ls, bend - 1)
      ls, cw_ls, bend = bnext, bcw, nil
    end
    if pos > len then break end
  end
  lines[#lines + 1] = indent .. sub(text, ls, trimmed(text, ls, len)) -- (such a text has no tab or line end)
  return concat(lines, "\n")
end

--- s without its ZERO WIDTH SPACEs: they only mark break points (Thai), and
-- the terminal gets none, wrapped or not.
local function unmark(s)
  return replace(s, "\226\128\139", "")
end
M.unmark = unmark

-- Word pairs a line never parts ("RFC 5321", "MAIL FROM", "RCPT TO"): their
-- space is a \1 while the text is wrapped (each wrapper counts it one
-- column and never breaks there), a space again after.
local function glue(text)
  local glued = replace(replace(replace(text, "RFC ", "RFC\1", true), "MAIL FROM", "MAIL\1FROM"), "RCPT TO", "RCPT\1TO")
  return glued, glued ~= text
end

-- A wrapper f(text, limit, indent) that keeps those pairs on one line.
local function gluing(f)
  return function(text, limit, indent)
    if limit <= 0 then return f(text, limit, indent) end
    local glued, any = glue(text)
    if not any then return f(text, limit, indent) end
    return replace(f(glued, limit, indent), "\1", " ")
  end
end

-- The wrapper of an isolated (right-to-left) text, which needs no glue: a
-- short isolate ("RFC 5321") is never broken.
local function wrap_isolated(text, limit, indent)
  local stop, len = match(text, "^[\1 -~]*()"), #text -- (one search tells printable ASCII text)
  if stop > len or non_ascii(text, stop) > len then
    return limit <= 0 and indent .. text or wrap_ascii(text, limit, indent, stop > len)
  end
  if limit <= 0 then return unmark(indent .. text) end
  if words_only(text) then return wrap_words(text, limit, indent) end -- (such a text has no break marks)
  return unmark(wrap_any(text, limit, indent))
end
local wrap = gluing(wrap_isolated)
M.wrap = wrap
M.wrap_any = gluing(wrap_any) -- the general wrapper, which the faster ones must match (spec/render_spec.lua)

local underline = { [1] = "=", [2] = "-" }

-- The width of the widest line of s.
local function longest_line(s)
  local n, pos = 0, 1
  repeat
    local nl = find(s, "\n", pos, true)
    local w = width(sub(s, pos, (nl or 0) - 1))
    if w > n then n = w end
    pos = nl and nl + 1
  until not pos
  return n
end

local function same(s) return s end

-- The wrapped texts of the pages rendered so far, by direction, indent and
-- width: a page is made of the locale's and the code tables' texts, so the
-- same few thousand come back again and again (an OpenResty worker serving
-- ?format=text, the CLI's scan listing) and each is wrapped once.  Bounded:
-- emptied when it holds FILLED_MAX texts.
local FILLED_MAX = 2048
local filled, filled_count = {}, 0

-- t[k], a table made there when there is none.
local function subtable(t, k)
  local sub_t = t[k]
  if sub_t == nil then
    sub_t = {}
    t[k] = sub_t
  end
  return sub_t
end

-- The text wrapped at limit after indent (isolated first on a right-to-left page), from the cache when it is there.
local function fill_cached(text, limit, indent, rtl)
  local texts = subtable(subtable(subtable(filled, rtl), indent), limit)
  local out = texts[text]
  if out then return out end
  out = rtl and wrap_isolated(bidi.isolate(text), limit, indent) or wrap(text, limit, indent)
  if filled_count >= FILLED_MAX then
    filled, filled_count = {}, 0
    return out
  end
  texts[text], filled_count = out, filled_count + 1
  return out
end

function M.render(doc, opts)
  local limit = opts.width or 80
  local rtl = doc.dir == "rtl"
  local iso = rtl and bidi.isolate or same
  local title = fill_cached(doc.title, limit, "", rtl)
  local out = { title, string.rep("=", longest_line(title)), "" }
  local indent = ""
  for _, b in ipairs(doc.blocks) do
    if b.type == "heading" then
      local text = fill_cached(b.text, limit, "", rtl)
      if b.level <= 2 then
        out[#out + 1] = text
        out[#out + 1] = string.rep(underline[b.level], longest_line(text))
        indent = ""
      else
        out[#out + 1] = text
        indent = "  "
      end
    elseif b.type == "paragraph" then
      out[#out + 1] = fill_cached(b.text, limit, indent, rtl)
      out[#out + 1] = ""
    elseif b.type == "list" then
      for i, item in ipairs(b.items) do
        local mark = b.ordered and (i .. ". ") or "- "
        local body = fill_cached(item, limit - #mark, "", rtl)
        out[#out + 1] = mark .. replace(body, "\n", "\n" .. string.rep(" ", #mark))
      end
      out[#out + 1] = ""
    elseif b.type == "verbatim" then
      -- a server's words stay left to right on a right-to-left page
      for _, line in ipairs(b.lines) do out[#out + 1] = (rtl and bidi.LRM or "") .. "    " .. line end
      out[#out + 1] = ""
    elseif b.type == "links" then
      local colon = b.colon or ": "
      for _, link in ipairs(b.items) do out[#out + 1] = "- " .. unmark(iso(link.text)) .. colon .. iso(link.url) end
      out[#out + 1] = ""
    end
  end
  while out[#out] == "" do out[#out] = nil end
  local page = table.concat(out, "\n") .. "\n"
  if rtl then -- every line right to left but the server's reply, marked left to right above
    page = replace(bidi.mark_lines(page, bidi.RLM), bidi.RLM .. bidi.LRM, bidi.LRM)
  end
  return page
end

return M
