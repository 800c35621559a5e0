--- Caller rule patterns compiled to a matcher whose time is linear in the
-- reply text.  Lua's own matcher backtracks: "quota.*exceeded" or "%s+x" take
-- time quadratic in the text, "(.-)(.-)z" cubic, and a remote server writes
-- that text.  A rule pattern is therefore a Lua pattern restricted to
--   * single-character items: a character, ".", a class (%d, %a, ...), a set
--     ([...]), each at most once, or optional with "?" (at most MAX_OPTIONAL
--     in a pattern);
--   * the gaps ".*", ".-" and ".+" between them (any text, any length);
--   * "%f[set]" frontiers, "^" and "$" anchors, captures (which match as if
--     the parentheses were not there: a rule only asks whether it matches).
-- Other repetitions (%d+, a*, [x]-), "%b" and back references (%1) are
-- refused when the classifier is made, as is every malformed pattern.
--
-- The pattern is cut at its gaps into segments of fixed width (one variant
-- per choice of its "?" items).  A match exists when each segment is found
-- after the end of the previous one, and the earliest end of each is the best
-- start for the next, so the matcher runs string.find once per variant of
-- each segment, never backtracking.  Each find costs at most
-- SCOPE * (variant width) character tests; the variant widths are bounded by
-- MAX_WIDTH, and patterns see the first SCOPE bytes of the reply text (as if
-- the text ended there).  So a rule costs at most SCOPE * MAX_WIDTH tests.

local M = {}

M.SCOPE = 1024       -- bytes of reply text a pattern looks at
M.MAX_WIDTH = 64     -- sum over every variant of every segment of its width
M.MAX_OPTIONAL = 3   -- "?" items in one pattern (2^3 variants at most)
M.MAX_LENGTH = 256   -- bytes of pattern
M.MAX_CAPTURES = 32  -- as Lua's LUAI_MAXCAPTURES

-- The end of the set starting at p[i] == "[", or nil when it is not closed.
local function set_end(p, i)
  local j = i + 1
  if p:sub(j, j) == "^" then j = j + 1 end
  repeat -- the first character of a set is taken as it is, even "]"
    if j > #p then return nil end
    if p:sub(j, j) == "%" then j = j + 1 end
    j = j + 1
  until p:sub(j, j) == "]"
  if j > #p then return nil end
  return j
end

-- The Lua pattern text of one literal byte.
local function literal(c)
  if c:match("^%w$") or c:byte() >= 128 then return c end
  if c == "\0" then return "%z" end
  return "%" .. c
end

--- Cuts a pattern into items.  Returns items, anchored_start, anchored_end,
-- or nil, reason.  An item is {text = "...", quant = "" | "?" | "gap", width}.
local function tokenize(p)
  local items, i, n, depth, captures = {}, 1, #p, 0, 0
  local anchored_start, anchored_end = false, false
  if p:sub(1, 1) == "^" then
    anchored_start = true
    i = 2
  end
  while i <= n do
    local c = p:sub(i, i)
    local text, next_i, width
    if c == "(" then
      captures = captures + 1
      if captures > M.MAX_CAPTURES then return nil, "too many captures" end
      if p:sub(i + 1, i + 1) == ")" then i = i + 2 else depth, i = depth + 1, i + 1 end
    elseif c == ")" then
      if depth == 0 then return nil, "a ')' closes no capture" end
      depth, i = depth - 1, i + 1
    elseif c == "$" and i == n then
      anchored_end, i = true, i + 1
    elseif c == "%" and p:sub(i + 1, i + 1) == "f" then
      if p:sub(i + 2, i + 2) ~= "[" then return nil, "'%f' needs a set: %f[...]" end
      local e = set_end(p, i + 2)
      if not e then return nil, "a '[' is not closed" end
      items[#items + 1] = { text = p:sub(i, e), quant = "", width = 0 }
      i = e + 1
    else
      if c == "%" then
        local d = p:sub(i + 1, i + 1)
        if d == "" then return nil, "the pattern ends with '%'" end
        if d == "b" then return nil, "'%b' is not allowed in a rule pattern" end
        if d:match("%d") then return nil, "back references (%" .. d .. ") are not allowed in a rule pattern" end
        text, next_i = p:sub(i, i + 1), i + 2
      elseif c == "[" then
        local e = set_end(p, i)
        if not e then return nil, "a '[' is not closed" end
        text, next_i = p:sub(i, e), e + 1
      elseif c == "." then
        text, next_i = ".", i + 1
      else
        text, next_i = literal(c), i + 1
      end
      width = 1
      local q = p:sub(next_i, next_i)
      if q == "?" then
        items[#items + 1] = { text = text, quant = "?", width = 1 }
        next_i = next_i + 1
      elseif q == "*" or q == "-" or q == "+" then
        if text ~= "." then
          return nil, ("'%s%s' repeats: only '.*', '.-' and '.+' may repeat in a rule pattern"):format(text, q)
        end
        if q == "+" then items[#items + 1] = { text = ".", quant = "", width = 1 } end
        items[#items + 1] = { quant = "gap" }
        next_i = next_i + 1
      else
        items[#items + 1] = { text = text, quant = "", width = width }
      end
      i = next_i
    end
  end
  if depth > 0 then return nil, "a capture is not closed" end
  return items, anchored_start, anchored_end
end

-- The fixed-width variants of a segment (a run of items between gaps).
local function variants(seg)
  local out = { { text = "", width = 0 } }
  for _, item in ipairs(seg) do
    local grown = {}
    for _, v in ipairs(out) do
      grown[#grown + 1] = { text = v.text .. item.text, width = v.width + item.width }
      if item.quant == "?" then grown[#grown + 1] = v end
    end
    out = grown
  end
  return out
end

--- Compiles a rule pattern.  Returns a matcher {segments, steps} for
-- M.find, or nil and the reason the pattern is refused.
function M.compile(p)
  if #p > M.MAX_LENGTH then return nil, ("longer than %d bytes"):format(M.MAX_LENGTH) end
  local items, anchored_start, anchored_end = tokenize(p)
  if not items then return nil, anchored_start end
  local optional, runs, run = 0, {}, {}
  for _, item in ipairs(items) do
    if item.quant == "gap" then
      runs[#runs + 1], run = run, {}
    else
      if item.quant == "?" then optional = optional + 1 end
      run[#run + 1] = item
    end
  end
  runs[#runs + 1] = run
  if optional > M.MAX_OPTIONAL then return nil, ("more than %d optional items ('?')"):format(M.MAX_OPTIONAL) end
  local segments, width = {}, 0
  for k, seg in ipairs(runs) do
    -- an empty run between gaps, or at an unanchored end, matches anywhere
    local first, last = k == 1 and anchored_start, k == #runs and anchored_end
    if #seg > 0 or first or last then
      local vs = variants(seg)
      for j, v in ipairs(vs) do
        width = width + math.max(v.width, 1)
        vs[j] = (first and "^" or "") .. v.text .. (last and "$" or "")
      end
      segments[#segments + 1] = vs
    end
  end
  if width > M.MAX_WIDTH then
    return nil, ("too wide: its fixed parts and their variants add up to %d characters, more than %d"):format(
      width, M.MAX_WIDTH)
  end
  for _, vs in ipairs(segments) do
    for _, v in ipairs(vs) do
      if not pcall(string.find, "", v) then return nil, "not a valid Lua pattern" end
    end
  end
  return { segments = segments, steps = M.SCOPE * width }
end

--- True when the compiled pattern m matches text (its first SCOPE bytes).
function M.find(m, text)
  if #text > M.SCOPE then text = text:sub(1, M.SCOPE) end
  local init = 1
  for _, vs in ipairs(m.segments) do
    local best
    for _, v in ipairs(vs) do
      local _, e = text:find(v, init)
      if e and (best == nil or e < best) then best = e end
    end
    if not best then return false end
    init = best + 1
  end
  return true
end

return M
