--- Checks the options table of a public function: every key known, every
-- value of its kind.  A mistake raises, naming the public function and the
-- option, and blames the caller of the public function.

local M = {}

local kinds = {
  -- a word such as "text" or "ko"
  string = { test = function(v) return type(v) == "string" end, says = "a string" },
  boolean = { test = function(v) return type(v) == "boolean" end, says = "true or false" },
  -- wrapping columns: 0 (no wrapping) or more
  columns = { test = function(v) return type(v) == "number" and v >= 0 and v <= 1e6 and v % 1 == 0 end,
    says = "a whole number from 0 to 1000000" },
  -- a reply limit: 1 or more
  limit = { test = function(v) return type(v) == "number" and v >= 1 and v <= 1e12 and v % 1 == 0 end,
    says = "a whole number from 1 to 10^12" },
}

-- How a bad value reads in a message.
local function shown(v)
  if type(v) == "number" then return v ~= v and "nan" or tostring(v) end
  if type(v) == "string" then return ("%q"):format(#v > 40 and v:sub(1, 40) .. "..." or v) end
  return type(v)
end

--- Raises unless opts is nil or a table whose keys are in allowed (key ->
-- kind: "string", "boolean", "columns", "limit") with values of that kind.
-- n is the argument's position, fname the public name, level how many
-- functions deep below the public function the check runs (1: in it).
function M.check(opts, n, fname, allowed, level)
  level = (level or 1) + 2
  if opts == nil then return end
  if type(opts) ~= "table" then
    error(("bad argument #%d to '%s' (table of options expected, got %s)"):format(n, fname, type(opts)), level)
  end
  for key, value in pairs(opts) do
    local kind = kinds[allowed[key]]
    if not kind then
      error(("bad option %s to '%s' (no such option)"):format(
        type(key) == "string" and ("'" .. key .. "'") or shown(key), fname), level)
    end
    if not kind.test(value) then
      error(("bad option '%s' to '%s' (%s expected, got %s)"):format(key, fname, kind.says, shown(value)), level)
    end
  end
end

return M
