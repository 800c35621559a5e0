--- The command-line tool: smtpcodes [options] CODE [CODE]
-- main(args, io_) returns an exit status: 0 done, 1 an unknown or malformed
-- code or no reply found, 2 a usage error, 3 the output could not be written.
-- io_ gives out (writes text, returns false and a message when it cannot),
-- err, getenv, read (standard input) and columns (the terminal's width, or
-- nil when the output is no terminal), so the specs can run it without a
-- process.

local smtp = require "smtpcodes"
local schema = require "smtpcodes.schema"

local M = {}

local usage = [[
Usage: smtpcodes [options] CODE            explain one code (550, 5.7.26)
       smtpcodes [options] CODE CODE       compare two codes (220 551)
       smtpcodes [options] explain REPLY   explain a server's reply or an error message
       smtpcodes [options] explain [-]     the same, reading the reply from standard input
       smtpcodes [options] --list [--class N] [--kind basic|enhanced]

Options:
  -f, --format FORMAT   text (default), markdown, html or json
      --json            the same as --format json
  -l, --lang TAG        interface language (default: LANGUAGE, LC_ALL, LC_MESSAGES,
                        LANG, then en)
  -w, --width N         wrap text output at N columns (0: no wrapping; default: the
                        terminal's width, else 80)
      --list            list the known codes, one per line
      --class N         with --list: only class N (2, 3, 4 or 5)
      --kind KIND       with --list: only basic or enhanced codes
  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 on success, 1 for an unknown or malformed code or no reply found,
2 for a usage error, 3 when the output cannot be written.
]]

local formats = { text = true, markdown = true, html = true, json = true }

-- Options that take a value, by every spelling.
local takes_value = { ["-f"] = "format", ["--format"] = "format", ["-l"] = "lang", ["--lang"] = "lang",
  ["-w"] = "width", ["--width"] = "width", ["--class"] = "class", ["--kind"] = "kind" }

local function parse_args(args)
  local o = { codes = {} }
  local i = 1
  while i <= #args do
    local a = args[i]
    local name, inline = a:match("^(%-%-[%w-]+)=(.*)$")
    if not name then name, inline = a:match("^(%-[flw])(.+)$") end -- -fjson, -lko, -w40
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
    elseif a == "--json" then o.format = "json"
    elseif a == "--" then
      for j = i + 1, #args do o.codes[#o.codes + 1] = args[j] end
      break
    elseif a:sub(1, 1) == "-" and a ~= "-" and not a:match("^%-%d") then
      return nil, "unknown option " .. a
    else
      o.codes[#o.codes + 1] = a
    end
    i = i + 1
  end
  return o
end

-- The language asked for, and the variable it came from (nil: --lang or none).
-- LANGUAGE is a list (ko:en); as in gettext it wins over the locale variables.
local function language(o, getenv)
  if o.lang then return o.lang end
  local list = getenv("LANGUAGE")
  if list and list ~= "" then
    for tag in list:gmatch("[^:]+") do
      if require("smtpcodes.locale").negotiate(tag) then return tag, "LANGUAGE" end
    end
  end
  for _, var in ipairs({ "LC_ALL", "LC_MESSAGES", "LANG" }) do
    local v = getenv(var)
    if v and v ~= "" then return v, var end
  end
  return "en"
end

-- The page of --list in o.format, names in the language tag.
local function list_page(infos, format, tag)
  local name = require("smtpcodes.document").name
  if format == "json" then
    local doc = schema.list(infos)
    doc.lang = tag
    for i, info in ipairs(infos) do doc.codes[i].name = name(info, tag) end
    return schema.encode(doc, { indent = true }) .. "\n"
  end
  local safe = require("smtpcodes.document").safe
  local escape = require("smtpcodes.render.html").escape
  local out = {}
  if format == "html" then out[1] = ('<ul class="smtpcodes-list" lang="%s">'):format(tag) end
  for _, info in ipairs(infos) do
    local code, text = tostring(info.code), safe(name(info, tag))
    if format == "html" then
      out[#out + 1] = ("<li><code>%s</code> %s</li>"):format(code, escape(text))
    elseif format == "markdown" then
      out[#out + 1] = ("- `%s` %s"):format(code, (text:gsub("([\\`*_%[%]<>])", "\\%1")))
    else
      out[#out + 1] = ("%-8s %s"):format(code, text)
    end
  end
  if format == "html" then out[#out + 1] = "</ul>" end
  return table.concat(out, "\n") .. "\n"
end

-- The codes --list shows, or nil and a usage problem.
local function list_filter(o)
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
  return filter
end

-- Checks the options that do not depend on the command (columns: the
-- terminal's width, a function, or nil); returns
-- {width = N or nil (the default), tag = language tag}, or nil and a usage problem.
local function check_options(o, getenv, columns)
  o.format = o.format or "text"
  if not formats[o.format] then return nil, "unknown format '" .. o.format .. "' (text, markdown, html or json)" end
  local width = o.width and tonumber(o.width)
  if o.width and (not width or width < 0 or width > 1e6 or width % 1 ~= 0) then
    return nil, "--width takes a whole number"
  end
  if not o.width and columns then width = columns() end
  if not o.list and (o.class or o.kind) then return nil, "--class and --kind go with --list" end
  local lang, from_env = language(o, getenv)
  local tag, why = require("smtpcodes.locale").negotiate(lang)
  if not tag then
    if not from_env then return nil, why end
    tag = "en" -- an unsupported locale in the environment is no error
  end
  return { width = width, tag = tag }
end

-- The page of one command, or nil, message, errname, status.
local function page(o, width, tag, read)

  if o.list then
    if #o.codes > 0 then return nil, "--list takes no codes", nil, 2 end
    local filter, why = list_filter(o)
    if not filter then return nil, why, nil, 2 end
    return list_page(smtp.list(filter), o.format, tag)
  end
  local x, message, errname
  if o.codes[1] == "explain" then
    if #o.codes > 2 then return nil, "explain takes one reply (quote it) or reads standard input", nil, 2 end
    local reply = o.codes[2]
    if reply == nil or reply == "-" then reply = read and read() or "" end
    x, message, errname = smtp.classify(reply)
  elseif #o.codes == 1 then
    x, message, errname = smtp.get(o.codes[1])
  elseif #o.codes == 2 then
    x, message, errname = smtp.compare(o.codes[1], o.codes[2])
  else
    return nil, "give one code to explain or two to compare", nil, 2
  end
  if not x then return nil, message, errname, 1 end
  if o.format == "json" then return schema.encode(schema.document(x, tag), { indent = true }) .. "\n" end
  local text
  text, message, errname = smtp.format(x, { format = o.format, lang = tag, width = width })
  if not text then return nil, message, errname, 1 end
  local doc = tag ~= "en" and smtp.document(x, { lang = tag })
  return text, doc and #doc.fallback > 0
end

function M.main(args, io_)
  if args[1] == "scan" then return require("smtpcodes.cli_scan").main(args, io_, 2) end
  local out, err, getenv, read = io_.out, io_.err, io_.getenv, io_.read
  local o, problem = parse_args(args)
  local settings
  if o then settings, problem = check_options(o, getenv, io_.columns) end
  if problem then
    err("smtpcodes: " .. problem .. "\nTry 'smtpcodes --help' for more information.\n")
    return 2
  end
  if o.help then return out(usage) == false and 3 or 0 end
  if o.version then return out(smtp._VERSION .. "\n") == false and 3 or 0 end

  local text, message, errname, status = page(o, settings.width, settings.tag, read)
  if not text then
    if status == 2 then
      err("smtpcodes: " .. message .. "\nTry 'smtpcodes --help' for more information.\n")
      return 2
    end
    if o.format == "json" then out(schema.encode(schema.error(errname, message), { indent = true }) .. "\n") end
    err("smtpcodes: " .. message .. "\n")
    return status
  end
  local ok, why = out(text)
  if ok == false then
    err("smtpcodes: cannot write the output: " .. tostring(why) .. "\n")
    return 3
  end
  if message == true then -- page() says some texts fell back to English
    err(("smtpcodes: some explanations are not translated into %s yet; they are shown in English\n"):format(
      settings.tag))
  end
  return 0
end

return M
