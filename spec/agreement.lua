-- Scores the classifier on a list of real replies with the answers a mail
-- engineer accepts for each ({input, verdict, reasons = {...}, actions = {...}}).
local smtp = require "smtpcodes"

local agreement = {}

local function member(list, value)
  for _, v in ipairs(list) do
    if v == value then return true end
  end
  return false
end

--- Classifies every case; returns the counts {verdict, reason, action, all, total}
-- and the list of disagreements as printable lines.
function agreement.score(cases)
  local n = { verdict = 0, reason = 0, action = 0, all = 0, total = #cases }
  local misses = {}
  for i, case in ipairs(cases) do
    local c = smtp.classify(case.input)
    local verdict, reason, action = c and c.verdict, c and c.reason, c and c.action
    local v, r, a = verdict == case.verdict, member(case.reasons, reason), member(case.actions, action)
    n.verdict = n.verdict + (v and 1 or 0)
    n.reason = n.reason + (r and 1 or 0)
    n.action = n.action + (a and 1 or 0)
    n.all = n.all + ((v and r and a) and 1 or 0)
    if not (v and r and a) then
      misses[#misses + 1] = ("  #%d %s/%s/%s, expected %s/%s/%s: %s"):format(i, tostring(verdict),
        tostring(reason), tostring(action), case.verdict, table.concat(case.reasons, ","),
        table.concat(case.actions, ","), case.input:sub(1, 90))
    end
  end
  return n, misses
end

--- One line of figures: "verdict 20/20, reason 19/20, ...".
function agreement.line(name, n)
  return ("%s: verdict %d/%d, reason %d/%d, action %d/%d, all three %d/%d"):format(name,
    n.verdict, n.total, n.reason, n.total, n.action, n.total, n.all, n.total)
end

return agreement
