--- Walks the command line of the CLI and its scan subcommand: options that
-- take a value (--name=value, --name value, -x value, and the attached short
-- forms a command allows, as in -fjson), flags, "--", and the rest as
-- positional arguments.

local M = {}

--- args from index first; spec = { takes = {[spelling] = key}, flags = {[spelling] = function(o)},
-- list = key of the positional arguments, attached = pattern of an attached short option or nil,
-- positional = pattern of an argument that starts with "-" but is no option, or nil }.
-- @return o | nil, problem ({key, option = ...}: a text of smtpcodes.cli_text), the options read before it
function M.parse(args, first, spec)
  local o = { [spec.list] = {} }
  local rest = o[spec.list]
  local i = first
  while i <= #args do
    local a = args[i]
    local name, inline = a:match("^(%-%-[%w-]+)=(.*)$")
    if not name and spec.attached then name, inline = a:match(spec.attached) end
    if name then a = name end
    if spec.takes[a] then
      local v = inline
      if v == nil then
        i = i + 1
        v = args[i]
      end
      if v == nil then return nil, { "needs_value", option = a }, o end
      o[spec.takes[a]] = v
    elseif spec.flags[a] then
      spec.flags[a](o)
    elseif a == "--" then
      for j = i + 1, #args do rest[#rest + 1] = args[j] end
      break
    elseif a:sub(1, 1) == "-" and a ~= "-" and not (spec.positional and a:match(spec.positional)) then
      return nil, { "unknown_option", option = a }, o
    else
      rest[#rest + 1] = a
    end
    i = i + 1
  end
  return o
end

--- The value of --width: a whole number 0..1e6 (0: no wrapping), or nil and
-- the usage problem; nil, nil when the option was not given.
function M.width(value)
  if value == nil then return nil end
  local width = tonumber(value)
  if not width or width < 0 or width > 1e6 or width % 1 ~= 0 then return nil, { "width_number" } end
  return width
end

return M
