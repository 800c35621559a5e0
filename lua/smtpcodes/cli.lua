--- The command-line tool: smtpcodes [options] CODE [CODE]
-- main(args, io_) returns an exit status: 0 done, 1 an unknown or malformed
-- code, 2 a usage error.  io_ gives out, err (functions writing text) and
-- getenv, so the specs can run it without a process.

local smtp = require "smtpcodes"

local M = {}

local usage = [[
Usage: smtpcodes [options] CODE            explain one code (550, 5.7.26)
       smtpcodes [options] CODE CODE       compare two codes (220 551)
       smtpcodes [options] explain REPLY   explain a server's reply or an error message
       smtpcodes [options] explain [-]     the same, reading the reply from standard input
       smtpcodes --list [--class N] [--kind basic|enhanced]

Options:
  -f, --format FORMAT   text (default), markdown, html or json
  -l, --lang TAG        interface language (default: LC_ALL, LC_MESSAGES, LANG, then en)
  -w, --width N         wrap text output at N columns (0: no wrapping; default 80)
      --list            list the known codes, one per line
      --class N         with --list: only class N (2, 3, 4 or 5)
      --kind KIND       with --list: only basic or enhanced codes
  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 on success, 1 for an unknown or malformed code or no reply found,
2 for a usage error.
]]

local formats = { text = true, markdown = true, html = true, json = true }

local function json_encode(value)
  local ok, dkjson = pcall(require, "dkjson")
  if not ok then return nil, "JSON output needs dkjson (Debian package lua-dkjson)" end
  return dkjson.encode(smtp.plain(value), { indent = true }) .. "\n"
end

-- Options that take a value, by every spelling.
local takes_value = { ["-f"] = "format", ["--format"] = "format", ["-l"] = "lang", ["--lang"] = "lang",
  ["-w"] = "width", ["--width"] = "width", ["--class"] = "class", ["--kind"] = "kind" }

local function parse_args(args)
  local o = { codes = {} }
  local i = 1
  while i <= #args do
    local a = args[i]
    local name, inline = a:match("^(%-%-[%w-]+)=(.*)$")
    if name then a = name end
    if takes_value[a] then
      local v = inline
      if v == nil then
        i = i + 1
        v = args[i]
      end
      if v == nil then return nil, "option " .. a .. " needs a value" end
      o[takes_value[a]] = v
    elseif a == "-h" or a == "--help" then o.help = true
    elseif a == "-v" or a == "--version" then o.version = true
    elseif a == "--list" then o.list = true
    elseif a == "--" then
      for j = i + 1, #args do o.codes[#o.codes + 1] = args[j] end
      break
    elseif a:sub(1, 1) == "-" and not a:match("^%-%d") then
      return nil, "unknown option " .. a
    else
      o.codes[#o.codes + 1] = a
    end
    i = i + 1
  end
  return o
end

local function language(o, getenv)
  if o.lang then return o.lang end
  for _, var in ipairs({ "LC_ALL", "LC_MESSAGES", "LANG" }) do
    local v = getenv(var)
    if v and v ~= "" then return v, var end
  end
  return "en"
end

local function list_codes(o, out)
  local filter = {}
  if o.class then
    filter.class = tonumber(o.class)
    if filter.class ~= 2 and filter.class ~= 3 and filter.class ~= 4 and filter.class ~= 5 then
      return nil, "--class takes 2, 3, 4 or 5"
    end
  end
  if o.kind then
    if o.kind ~= "basic" and o.kind ~= "enhanced" then return nil, "--kind takes basic or enhanced" end
    filter.kind = o.kind
  end
  local infos = smtp.list(filter)
  if o.format == "json" then
    local codes = {}
    for i, info in ipairs(infos) do codes[i] = { code = info.code, name = info.name, class = info.class } end
    local text, err = json_encode(codes)
    if not text then return nil, err end
    out(text)
  else
    for _, info in ipairs(infos) do out(("%-8s %s\n"):format(tostring(info.code), info.name)) end
  end
  return true
end

function M.main(args, io_)
  if args[1] == "scan" then return require("smtpcodes.cli_scan").main(args, io_, 2) end
  local out, err, getenv, read = io_.out, io_.err, io_.getenv, io_.read
  local o, problem = parse_args(args)
  if not o then
    err("smtpcodes: " .. problem .. "\n" .. usage)
    return 2
  end
  if o.help then out(usage) return 0 end
  if o.version then out(smtp._VERSION .. "\n") return 0 end
  o.format = o.format or "text"
  if not formats[o.format] then
    err("smtpcodes: unknown format '" .. o.format .. "' (text, markdown, html or json)\n")
    return 2
  end
  local width = o.width and tonumber(o.width)
  if o.width and (not width or width < 0 or width % 1 ~= 0) then
    err("smtpcodes: --width takes a whole number\n")
    return 2
  end
  if o.list then
    if #o.codes > 0 then err("smtpcodes: --list takes no codes\n") return 2 end
    local ok, why = list_codes(o, out)
    if not ok then err("smtpcodes: " .. why .. "\n") return 2 end
    return 0
  end
  local explain = o.codes[1] == "explain"
  if explain then
    if #o.codes > 2 then
      err("smtpcodes: explain takes one reply (quote it) or reads standard input\n")
      return 2
    end
    if o.codes[2] == nil or o.codes[2] == "-" then
      o.codes[2] = read and read() or ""
    end
  elseif #o.codes < 1 or #o.codes > 2 then
    err("smtpcodes: give one code to explain or two to compare\n" .. usage)
    return 2
  end

  local lang, from_env = language(o, getenv)
  local tag, why = require("smtpcodes.locale").negotiate(lang)
  if not tag then
    if from_env and not o.lang then
      tag = "en" -- an unsupported locale in the environment is no error
    else
      err("smtpcodes: " .. why .. "\n")
      return 2
    end
  end

  local x, message
  if explain then
    x, message = smtp.explain(o.codes[2])
  elseif #o.codes == 1 then
    x, message = smtp.get(o.codes[1])
  else
    x, message = smtp.compare(o.codes[1], o.codes[2])
  end
  if not x then
    err("smtpcodes: " .. message .. "\n")
    return 1
  end

  local text
  if o.format == "json" then
    text, message = json_encode(x)
  else
    text, message = smtp.format(x, { format = o.format, lang = tag, width = width })
  end
  if not text then
    err("smtpcodes: " .. message .. "\n")
    return 1
  end
  out(text)
  return 0
end

return M
