--- Builds the structured comparison of two codes from what the C core found:
-- the infos in ascending order, the differences with the values behind them,
-- and advice on which code to send or how to react.  No prose here: the
-- formatter turns every item into sentences of the chosen language.

local M = {}

-- What a reply of this class asks of a client by its first digit (RFC 5321
-- section 4.2.1); the page words it from the code's own advice.
local client_action = { [2] = "proceed", [3] = "continue", [4] = "retry", [5] = "give_up" }

local function set(list)
  local s = {}
  for _, v in ipairs(list or {}) do s[v] = true end
  return s
end

local function only_in(a, b)
  local other, out = set(b), {}
  for _, v in ipairs(a or {}) do
    if not other[v] then out[#out + 1] = v end
  end
  return out
end

local function pair(kind, first, second, extra)
  local item = { kind = kind, first = first, second = second }
  for k, v in pairs(extra or {}) do item[k] = v end
  return item
end

-- One builder per difference kind the core reports.
local differences = {
  class = function(a, b)
    return pair("class", a.class, b.class, { first_name = a.class_name, second_name = b.class_name })
  end,
  retry = function(a, b)
    return pair("retry", a.class == 4, b.class == 4)
  end,
  category = function(a, b)
    return pair("category", a.category, b.category,
      { first_name = a.category_name, second_name = b.category_name })
  end,
  subject = function(a, b)
    return pair("subject", a.subject, b.subject,
      { first_name = a.subject_name, second_name = b.subject_name })
  end,
  meaning = function(a, b)
    return pair("meaning", a.name, b.name)
  end,
  commands = function(a, b)
    return pair("commands", a.commands, b.commands,
      { only_first = only_in(a.commands, b.commands), only_second = only_in(b.commands, a.commands) })
  end,
  status = function(a, b)
    return pair("status", a.status, b.status)
  end,
  kind = function(a, b)
    return pair("kind", a.kind, b.kind)
  end,
  related = function(a, b, pair_advice)
    -- the pair advice says how the two relate; not every related pair is a choice
    local advice = a.kind == "basic" and b.kind == "basic" and pair_advice(a.code, b.code) or nil
    return pair("related", a.code, b.code, { advice = advice })
  end,
}

-- Two basic codes that answer different commands (none of them ANY): a server
-- never chooses between them.
local function never_compete(first, second)
  if first.kind ~= "basic" or second.kind ~= "basic" then return false end
  local a, b = first.commands or {}, second.commands or {}
  if #a == 0 or #b == 0 then return false end
  local mine = set(a)
  if mine.ANY then return false end
  for _, c in ipairs(b) do
    if c == "ANY" or mine[c] then return false end
  end
  return true
end

local function advice_for(first, second, pair_advice)
  local advice = {}
  local function add(item) advice[#advice + 1] = item end
  local text = first.kind == "basic" and second.kind == "basic" and pair_advice(first.code, second.code)
  if not text and never_compete(first, second) then
    -- no choice to advise on: say so, then what each code is for
    add({ kind = "unrelated", first = first.code, second = second.code })
    for _, info in ipairs({ first, second }) do
      if info.use then add({ kind = "send", code = info.code, text = info.use }) end
    end
    return advice
  end
  if first.kind ~= second.kind then
    local basic, enhanced = first, second
    if first.kind == "enhanced" then basic, enhanced = second, first end
    add({ kind = "pairing", basic = basic.code, enhanced = enhanced.code,
          consistent = basic.class == enhanced.class })
  else
    if text then
      add({ kind = "pair", text = text, first = first.code, second = second.code })
    elseif first.class ~= second.class and first.class >= 4 and second.class >= 4 then
      add({ kind = "choose_class" })
    end
    for _, info in ipairs({ first, second }) do
      if info.use then add({ kind = "send", code = info.code, text = info.use }) end
    end
    -- the pair advice already says what a client does after each code
    if text then return advice end
  end
  for _, info in ipairs({ first, second }) do
    add({ kind = "client", code = info.code, action = client_action[info.class] })
  end
  return advice
end

--- Turns the core's raw comparison into the public comparison table.
function M.build(raw, get, pair_advice)
  local first, second = get(raw.first), get(raw.second)
  local items = {}
  for _, kind in ipairs(raw.differences) do
    -- 4.7.1 and 5.7.1 share one registry entry: their names do not differ
    if kind ~= "meaning" or first.name ~= second.name then
      items[#items + 1] = differences[kind](first, second, pair_advice)
    end
  end
  return {
    kind = "comparison",
    first = first,
    second = second,
    same_class = raw.same_class,
    same_category = raw.same_category,
    differences = items,
    advice = advice_for(first, second, pair_advice),
  }
end

return M
