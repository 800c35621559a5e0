--- smtp.classifier(rules): the built-in classification with the caller's
-- rules on top.  Rules are checked once, when the classifier is made; the
-- first rule whose every condition holds decides, and the result names it
-- (matched_rule).  Each classifier keeps its own rules: nothing is shared.

local M = {}

local verdicts = { success = true, intermediate = true, transient = true, permanent = true, unknown = true }

local patterns = require "smtpcodes.rule_pattern"

M.MAX_TEXT = 256 -- bytes of a text rule

local function fail(i, what)
  -- blame the caller of smtpcodes.classifier: fail, check, new, classifier, caller
  error(("bad rule #%d to 'smtpcodes.classifier' (%s)"):format(i, what), 5)
end

local known_keys = { name = true, code = true, enhanced = true, class = true, text = true, pattern = true,
  verdict = true, reason = true, action = true, retry = true }

-- A number of seconds: finite and not negative.
local function seconds(v)
  return type(v) == "number" and v == v and v >= 0 and v < math.huge
end

-- Checks one rule and returns a copy the caller can no longer change.
local function check(i, rule, reasons, actions)
  if type(rule) ~= "table" then fail(i, "table expected") end
  local r = {}
  for k, v in pairs(rule) do
    if not known_keys[k] then fail(i, "unknown key " .. tostring(k)) end
    r[k] = v
  end
  if r.name ~= nil and type(r.name) ~= "string" then fail(i, "name must be a string") end
  if r.code ~= nil and (type(r.code) ~= "number" or r.code % 1 ~= 0 or r.code < 200 or r.code > 599) then
    fail(i, "code must be a reply code, 200 to 599")
  end
  if r.class ~= nil and r.class ~= 2 and r.class ~= 3 and r.class ~= 4 and r.class ~= 5 then
    fail(i, "class must be 2, 3, 4 or 5")
  end
  for _, key in ipairs({ "enhanced", "text", "pattern" }) do
    if r[key] ~= nil and type(r[key]) ~= "string" then fail(i, key .. " must be a string") end
  end
  if r.enhanced and not r.enhanced:match("^[245]%.%d%d?%d?%.%d%d?%d?$") then
    fail(i, "enhanced must be an enhanced status code such as 5.1.1")
  end
  if r.text and #r.text > M.MAX_TEXT then fail(i, ("text is longer than %d bytes"):format(M.MAX_TEXT)) end
  if r.pattern then
    local compiled, why = patterns.compile(r.pattern)
    if not compiled then fail(i, "pattern refused: " .. why) end
    r.pattern = compiled
  end
  if r.text then r.text = r.text:lower() end
  if r.verdict ~= nil and not verdicts[r.verdict] then fail(i, "unknown verdict " .. tostring(r.verdict)) end
  if r.reason ~= nil and not reasons[r.reason] then fail(i, "unknown reason " .. tostring(r.reason)) end
  if r.action ~= nil and not actions[r.action] then fail(i, "unknown action " .. tostring(r.action)) end
  if r.retry ~= nil and (type(r.retry) ~= "table" or not seconds(r.retry.after)
      or not seconds(r.retry.give_up)) then
    fail(i, "retry must be {after = seconds, give_up = seconds}, both finite and not negative")
  end
  if r.verdict == nil and r.reason == nil and r.action == nil and r.retry == nil then
    fail(i, "it decides nothing: give verdict, reason, action or retry")
  end
  r.label = r.name or ("#" .. i)
  return r
end

-- The reply text as rules read it, lowered for text rules on first need.
local function subject(c)
  local reply = c.reply
  return { text = reply and reply.text or "" }
end

local function matches(r, c, s)
  if r.code ~= nil and c.code ~= r.code then return false end
  if r.enhanced ~= nil and c.enhanced ~= r.enhanced then return false end
  if r.class ~= nil and (c.code and math.floor(c.code / 100) or tonumber((c.enhanced or ""):sub(1, 1))) ~= r.class then
    return false
  end
  if r.text ~= nil then
    s.lower = s.lower or s.text:lower()
    if not s.lower:find(r.text, 1, true) then return false end
  end
  if r.pattern ~= nil and not patterns.find(r.pattern, s.text) then return false end
  return true
end

function M.new(rules, classify, core)
  if type(rules) ~= "table" then
    error("bad argument #1 to 'smtpcodes.classifier' (table of rules expected, got " .. type(rules) .. ")", 3)
  end
  local reason_list, action_list = core.vocabulary()
  local reasons, actions = {}, {}
  for _, v in ipairs(reason_list) do reasons[v] = true end
  for _, v in ipairs(action_list) do actions[v] = true end
  local own = {}
  for i, rule in ipairs(rules) do own[i] = check(i, rule, reasons, actions) end

  local classifier = {}

  --- Classifies like smtp.classify, then applies the first matching rule.
  function classifier.classify(_, x, opts)
    local c, message, errname = classify(x, opts)
    if not c then return nil, message, errname end
    local s = subject(c)
    for _, r in ipairs(own) do
      if matches(r, c, s) then
        c.verdict = r.verdict or c.verdict
        if r.reason then c.reason = r.reason end
        local action, after, give_up = core.advise(c.verdict, c.reason)
        c.action = r.action or action
        if r.retry then
          c.retry = { after = r.retry.after, give_up = r.retry.give_up }
        elseif after > 0 then
          c.retry = { after = after, give_up = give_up }
        else
          c.retry = nil
        end
        c.source, c.matched_rule = "rule", r.label
        break
      end
    end
    return c
  end

  return classifier
end

return M
