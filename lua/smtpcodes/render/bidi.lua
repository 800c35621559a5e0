--- Right-to-left support: in RTL text, each run of ASCII letters, digits and
-- punctuation (codes, SMTP, RFC numbers, URLs) is wrapped in Unicode isolates
-- (U+2066 LEFT-TO-RIGHT ISOLATE ... U+2069 POP DIRECTIONAL ISOLATE) so that it
-- displays in its own order inside the Arabic sentence.

local M = {}

M.LRI, M.PDI = "\226\129\166", "\226\129\169"

--- Wraps the left-to-right runs of s; a run may hold spaces between ASCII
-- words ("RFC 5321", "MAIL FROM") but starts and ends with a letter or digit.
function M.isolate(s)
  return (s:gsub("[%w][%w%p]*[ %w%p]*[%w%p]*", function(run)
    local core, tail = run:match("^(.-[%w/])([^%w/]*)$")
    if not core then return run end
    return M.LRI .. core .. M.PDI .. tail
  end))
end

return M
