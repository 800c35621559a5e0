--- smtp.classifier(rules): the built-in classification with the caller's
-- rules on top.  Rules are checked once, when the classifier is made; the
-- first rule whose every condition holds decides, and the result names it
-- (matched_rule).  Each classifier keeps its own rules: nothing is shared.

local M = {}

local verdicts = { success = true, intermediate = true, transient = true, permanent = true, unknown = true }

local function fail(i, what)
  error(("bad rule #%d to 'classifier' (%s)"):format(i, what), 4)
end

-- Whether a Lua pattern is well formed: string.find raises only when the
-- matcher reaches the faulty part, so the pattern is walked here instead:
-- no "%" at the end, "%b" and "%f" complete, every "[" closed.
local function valid_pattern(p)
  local i, n = 1, #p
  while i <= n do
    local c = p:sub(i, i)
    if c == "%" then
      local d = p:sub(i + 1, i + 1)
      if d == "" then return false end
      if d == "b" then
        if i + 3 > n then return false end
        i = i + 4
      elseif d == "f" then
        if p:sub(i + 2, i + 2) ~= "[" then return false end
        i = i + 2
      else
        i = i + 2
      end
    elseif c == "[" then
      local j = i + 1
      if p:sub(j, j) == "^" then j = j + 1 end
      if p:sub(j, j) == "]" then j = j + 1 end
      while j <= n and p:sub(j, j) ~= "]" do
        if p:sub(j, j) == "%" then j = j + 1 end
        j = j + 1
      end
      if j > n then return false end
      i = j + 1
    else
      i = i + 1
    end
  end
  return pcall(string.find, "", p)
end

-- Checks one rule and returns a copy the caller can no longer change.
local function check(i, rule, reasons, actions)
  if type(rule) ~= "table" then fail(i, "table expected") end
  local r = {}
  for k, v in pairs(rule) do r[k] = v end
  if r.name ~= nil and type(r.name) ~= "string" then fail(i, "name must be a string") end
  if r.code ~= nil and (type(r.code) ~= "number" or r.code % 1 ~= 0) then fail(i, "code must be an integer") end
  if r.class ~= nil and r.class ~= 2 and r.class ~= 3 and r.class ~= 4 and r.class ~= 5 then
    fail(i, "class must be 2, 3, 4 or 5")
  end
  for _, key in ipairs({ "enhanced", "text", "pattern" }) do
    if r[key] ~= nil and type(r[key]) ~= "string" then fail(i, key .. " must be a string") end
  end
  if r.pattern and not valid_pattern(r.pattern) then fail(i, "pattern is not a valid Lua pattern") end
  if r.text then r.text = r.text:lower() end
  if r.verdict ~= nil and not verdicts[r.verdict] then fail(i, "unknown verdict " .. tostring(r.verdict)) end
  if r.reason ~= nil and not reasons[r.reason] then fail(i, "unknown reason " .. tostring(r.reason)) end
  if r.action ~= nil and not actions[r.action] then fail(i, "unknown action " .. tostring(r.action)) end
  if r.retry ~= nil and (type(r.retry) ~= "table" or type(r.retry.after) ~= "number"
      or type(r.retry.give_up) ~= "number") then
    fail(i, "retry must be {after = seconds, give_up = seconds}")
  end
  if r.verdict == nil and r.reason == nil and r.action == nil and r.retry == nil then
    fail(i, "it decides nothing: give verdict, reason, action or retry")
  end
  r.label = r.name or ("#" .. i)
  return r
end

local function matches(r, c)
  local reply = c.reply
  local text = reply and reply.text or ""
  if r.code ~= nil and c.code ~= r.code then return false end
  if r.enhanced ~= nil and c.enhanced ~= r.enhanced then return false end
  if r.class ~= nil and (c.code and math.floor(c.code / 100) or tonumber((c.enhanced or ""):sub(1, 1))) ~= r.class then
    return false
  end
  if r.text ~= nil and not text:lower():find(r.text, 1, true) then return false end
  if r.pattern ~= nil and not text:find(r.pattern) then return false end
  return true
end

function M.new(rules, classify, core)
  if type(rules) ~= "table" then
    error("bad argument #1 to 'classifier' (table of rules expected, got " .. type(rules) .. ")", 3)
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
    for _, r in ipairs(own) do
      if matches(r, c) then
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
