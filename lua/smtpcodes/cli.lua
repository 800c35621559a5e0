--- The command-line tool: smtpcodes [options] CODE [CODE]
-- main(args, io_) returns an exit status: 0 done, 1 an unknown or malformed
-- code or no reply found, 2 a usage error, 3 the output could not be written.
-- io_ gives out (writes text, returns false and a message when it cannot),
-- err, getenv, read (standard input) and columns (the terminal's width, or
-- nil when the output is no terminal), so the specs can run it without a
-- process.

-- Loaded by M.main once the command is not scan (smtpcodes scan needs none
-- of them, and a jsonl run should not parse the library and locales).
local smtp, schema, cli_text

local M = {}

local formats = { text = true, markdown = true, html = true, json = true }

-- Options that take a value, by every spelling.
local takes_value = { ["-f"] = "format", ["--format"] = "format", ["-l"] = "lang", ["--lang"] = "lang",
  ["-w"] = "width", ["--width"] = "width", ["--class"] = "class", ["--kind"] = "kind" }

local flags = {
  ["-h"] = function(o) o.help = true end, ["--help"] = function(o) o.help = true end,
  ["-v"] = function(o) o.version = true end, ["--version"] = function(o) o.version = true end,
  ["--list"] = function(o) o.list = true end,
  ["--json"] = function(o) o.format = "json" end,
}

local function parse_args(args)
  -- -fjson, -lko, -w40; a negative number is a (malformed) code, not an option
  return require("smtpcodes.cli_args").parse(args, 1, { takes = takes_value, flags = flags, list = "codes",
    attached = "^(%-[flw])(.+)$", positional = "^%-%d" })
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
    else -- a terminal gets no Thai break marks
      out[#out + 1] = ("%-8s %s"):format(code, cli_text.plain(text))
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
      return nil, { "class_digit" }
    end
  end
  if o.kind then
    if o.kind ~= "basic" and o.kind ~= "enhanced" then return nil, { "kind_value" } end
    filter.kind = o.kind
  end
  return filter
end

-- Checks the options that do not depend on the command (columns: the
-- terminal's width, a function, or nil); returns {width = N or nil (the
-- default)}, or nil and a usage problem.
local function check_options(o, columns)
  o.format = o.format or "text"
  if not formats[o.format] then return nil, { "unknown_format", format = o.format } end
  local width, problem = require("smtpcodes.cli_args").width(o.width)
  if problem then return nil, problem end
  if not o.width and columns then width = columns() end
  if not o.list and (o.class or o.kind) then return nil, { "list_only" } end
  return { width = width }
end

-- The page of one command, or nil, problem (a usage problem, status 2) or
-- nil, message, errname, input (what the core refused, status 1).
local function page(o, width, tag, read)
  if o.list then
    if #o.codes > 0 then return nil, { "list_no_codes" } end
    local filter, why = list_filter(o)
    if not filter then return nil, why end
    return list_page(smtp.list(filter), o.format, tag)
  end
  local x, message, errname, input
  if o.codes[1] == "explain" then
    if #o.codes > 2 then return nil, { "explain_one" } end
    input = o.codes[2]
    if input == nil or input == "-" then input = read and read() or "" end
    x, message, errname = smtp.classify(input)
  elseif #o.codes == 1 then
    input = o.codes[1]
    x, message, errname = smtp.get(input)
  elseif #o.codes == 2 then
    x, message, errname = smtp.compare(o.codes[1], o.codes[2])
    if not x then input = smtp.get(o.codes[1]) and o.codes[2] or o.codes[1] end -- the one the core refused
  else
    return nil, { "one_or_two" }
  end
  if not x then return nil, message, errname, input end
  if o.format == "json" then return schema.encode(schema.document(x, tag), { indent = true }) .. "\n" end
  local text
  text, message, errname = smtp.format(x, { format = o.format, lang = tag, width = width })
  if not text then return nil, message, errname end
  local doc = tag ~= "en" and smtp.document(x, { lang = tag })
  return text, doc and #doc.fallback > 0
end

--- Runs the command line args (args[1] == "scan": smtpcodes.cli_scan) with
-- io_ as described at the top; returns the exit status.
-- args with "scan" moved to the front when it is the first word after
-- options ("smtpcodes --lang de scan --help"), so that scan reads them; nil
-- when the command is not scan.
local function scan_args(args)
  local i = 1
  while args[i] and args[i]:sub(1, 1) == "-" and args[i] ~= "-" and args[i] ~= "--" and not args[i]:match("^%-%d") do
    i = i + (takes_value[args[i]] and 2 or 1) -- "-l de": the value too; "-lde", "--lang=de": one word
  end
  if args[i] ~= "scan" then return nil end
  local out = { "scan" }
  for k = 1, #args do
    if k ~= i then out[#out + 1] = args[k] end
  end
  return out
end

function M.main(args, io_)
  local scan = scan_args(args)
  if scan then return require("smtpcodes.cli_scan").main(scan, io_, 2) end
  smtp, schema, cli_text = require "smtpcodes", require "smtpcodes.schema", require "smtpcodes.cli_text"
  local out, err, getenv, read = io_.out, io_.err, io_.getenv, io_.read
  local o, problem, partial = parse_args(args)
  -- a problem is worded in the language of --lang when it was read and is supported, else the environment's
  local tag, lang_problem = cli_text.language((o or partial).lang, getenv)
  local t = cli_text.new(tag)
  local settings
  problem = problem or lang_problem
  if not problem then settings, problem = check_options(o, io_.columns) end
  if problem then
    err(t:usage_error("smtpcodes", problem))
    return 2
  end
  local width = settings.width
  if o.help then return out(require("smtpcodes.cli_help").render(t, "main", width or 80)) == false and 3 or 0 end
  if o.version then return out(smtp._VERSION .. "\n") == false and 3 or 0 end

  local text, message, errname, input = page(o, width, tag, read)
  if not text then
    if type(message) == "table" then
      err(t:usage_error("smtpcodes", message))
      return 2
    end
    local line = t:refusal(errname, message, input)
    if o.format == "json" then
      out(schema.encode(schema.error(errname, message, tag, line), { indent = true }) .. "\n")
    end
    err("smtpcodes: " .. line .. "\n")
    return 1
  end
  local ok, why = out(text)
  if ok == false then
    err("smtpcodes: " .. t:message("cannot_write", { why = tostring(why) }) .. "\n")
    return 3
  end
  if message == true then -- page() says some texts fell back to English
    err("smtpcodes: " .. t:message("not_translated", { language = t.t.data.name }) .. "\n")
  end
  return 0
end

return M
