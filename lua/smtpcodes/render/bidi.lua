--- Right-to-left support.  In RTL text, each left-to-right run (codes, SMTP,
-- RFC numbers, addresses, URLs, quoted replies) must display in its own
-- order inside the sentence.  M.segments finds those runs once; the text and
-- Markdown renderers wrap them in Unicode isolates (U+2066 LEFT-TO-RIGHT
-- ISOLATE ... U+2069 POP DIRECTIONAL ISOLATE), the HTML renderer in
-- <bdi dir="ltr">.
--
-- A run starts at an ASCII letter or digit (or an opening bracket or quote
-- before one) and goes on over ASCII text.  It keeps bracket pairs and
-- quotes together ("ETRN (RFC 1985)", "<jane@new.example>", a quoted reply),
-- ends at sentence punctuation followed by a space ("SMTP. 551" is two runs),
-- and leaves a sentence-final stop and any unmatched bracket outside, in the
-- RTL context where they belong and mirror correctly.

local M = {}

M.LRI, M.PDI = "\226\129\166", "\226\129\169"
M.LRM, M.RLM = "\226\128\142", "\226\128\143"

--- s with mark (M.RLM or M.LRM) at the start of every line that has text: a
-- terminal that takes each line's direction from its first strong character
-- then keeps a wrapped right-to-left line right to left even where it holds
-- only a code ("4.2.2."), and a left-to-right line (a server's reply, a help
-- row) left to right even where it starts with Arabic.
function M.mark_lines(s, mark)
  local marked = s:gsub("\n([^\n])", "\n" .. mark .. "%1")
  return (s:find("^[^\n]") and mark or "") .. marked
end

local byte, sub = string.byte, string.sub

local openers = { [40] = 41, [60] = 62, [91] = 93 } -- ( < [
local closers = { [41] = true, [62] = true, [93] = true }
local QUOTE = 34                                      -- "
local stops = { [46] = true, [58] = true, [59] = true, [44] = true, [33] = true, [63] = true } -- . : ; , ! ?

local function alnum(b) return b and ((b >= 48 and b <= 57) or (b >= 65 and b <= 90) or (b >= 97 and b <= 122)) end

-- Does an ASCII letter or digit follow at i, before the ASCII text ends?
local function alnum_ahead(s, i)
  local b = byte(s, i)
  while b and b < 128 and b ~= 10 do
    if alnum(b) then return true end
    if b == 32 then return false end
    i = i + 1
    b = byte(s, i)
  end
  return false
end

-- The end of the run starting at i (inclusive), and the position of the
-- first bracket or quote still open when it ended (nil when all closed).
local function run_end(s, i)
  local stack, n, last = {}, 0, i - 1
  local j = i
  local b = byte(s, j)
  while b and (b < 128 or (b == 194 and byte(s, j + 1) == 167 and alnum(byte(s, j + 2)))) and b ~= 10 do
    if b == 194 then -- a section sign before its number ("RFC 5321 \194\1674.2.2") stays in the run
      j = j + 1
    elseif openers[b] then
      n = n + 1
      stack[n] = { close = openers[b], at = j }
    elseif b == QUOTE then
      if n > 0 and stack[n].close == QUOTE then n = n - 1 else
        n = n + 1
        stack[n] = { close = QUOTE, at = j }
      end
    elseif closers[b] then
      if n == 0 or stack[n].close ~= b then break end -- an unmatched closer ends the run
      n = n - 1
    elseif n == 0 and stops[b] and (byte(s, j + 1) == 32 or byte(s, j + 1) == nil) then
      break
    end
    if b ~= 32 then last = j end
    j = j + 1
    b = byte(s, j)
  end
  return last, n > 0 and stack[1].at or nil
end

-- Calls emit(a, z, ltr) for each run s[a..z] of s, in order.
local function runs(s, emit)
  local i, plain = 1, 1
  local len = #s
  local function push(a, z, ltr)
    if z >= a then emit(a, z, ltr) end
  end
  while i <= len do
    i = s:find('[%w%(<%["]', i)
    if not i then break end
    local b = byte(s, i)
    if (alnum(b) or openers[b] or b == QUOTE) and alnum_ahead(s, i) then
      local last, open = run_end(s, i)
      if open then last = open - 1 end -- stop before the bracket left open
      -- a sentence-final stop stays outside (it belongs to the RTL sentence)
      while last >= i and (stops[byte(s, last)] or byte(s, last) == 32) do last = last - 1 end
      if last >= i and (open == nil or open > i) then
        push(plain, i - 1, false)
        push(i, last, true)
        plain = last + 1
        i = last + 1
      else
        i = (open or i) + 1
      end
    else
      i = i + 1
    end
  end
  push(plain, len, false)
end

--- The runs of s: an array of {text, ltr = true|false}, in order.
function M.segments(s)
  local out = {}
  runs(s, function(a, z, ltr) out[#out + 1] = { text = sub(s, a, z), ltr = ltr } end)
  return out
end

--- s with every left-to-right run wrapped in isolates.
function M.isolate(s)
  if not s:find('[%w%(<%["]') then return s end
  local parts, n = {}, 0
  runs(s, function(a, z, ltr)
    if ltr then
      parts[n + 1], parts[n + 2], parts[n + 3], n = M.LRI, sub(s, a, z), M.PDI, n + 3
    else
      parts[n + 1], n = sub(s, a, z), n + 1
    end
  end)
  return table.concat(parts)
end

return M
