--- smtpcodes: every SMTP reply code, explained.
-- The tables and the logic live in the C core (smtpcodes.core); this module
-- caches what the core returns and hands rendering to smtpcodes.format.
-- Info tables are shared between calls: treat them as read-only.

local core = require "smtpcodes.core"
local options = require "smtpcodes.options"

local M = {}
M._VERSION = "smtpcodes " .. core.version

-- On LuaJIT the FFI fast path, else nil (lua/smtpcodes/ffi.lua says when; other Luas do not load it).
local fast = rawget(_G, "jit") and require("smtpcodes.ffi").load(core) or nil
--- Which binding calls the core: "ffi" (LuaJIT's fast path) or "classic" (the Lua C API).
M.backend = fast and "ffi" or "classic"

local lookup, class_of, core_compare = core.lookup, core.class_of, core.compare
local type, error, tostring, ipairs = type, error, tostring, ipairs

-- Canonical code (550, "550", "5.1.1") -> info, filled on first use.  One per
-- Lua state; it only ever grows to the number of known codes.
local cache = {}

-- The metatables of the core's reply tables.  Their lazy fields (lines, raw,
-- class, warnings) are none of kind, code, text and enhanced, so those are
-- read with rawget, without a call to the metamethod.
local own_reply = {
  [getmetatable(core.parse("250 ok"))] = true,
  [getmetatable(core.parse_stream("250 ok\r\n")[1])] = true,
  [getmetatable(core.extract("250 ok"))] = true,
}

-- A reply table as parse() and extract() make it: a numeric code and a text.
-- The second value is true for the core's own tables.
local function is_reply(x)
  if type(x) ~= "table" then return false end
  if own_reply[getmetatable(x)] then
    return rawget(x, "kind") == nil and type(rawget(x, "code")) == "number"
      and type(rawget(x, "text")) == "string", true
  end
  return x.kind == nil and type(x.code) == "number" and type(x.text) == "string", false
end

-- Raises the error of a bad argument n of fname, blaming the caller of the
-- public function: level is how many functions deep below it we are (1: in it).
local function check_arg(value, n, fname, allow_table, level)
  local t = type(value)
  if t == "number" or t == "string" or (allow_table and t == "table") then return end
  error(("bad argument #%d to '%s' (%s expected, got %s)"):format(
    n, fname, allow_table and "number, string or table" or "number or string",
    t), (level or 1) + 2)
end

-- English texts for a well-formed enhanced code that is not registered.
local function describe_unregistered(info)
  local text = require("smtpcodes.locale").unregistered("en", info)
  info.name, info.description, info.when, info.fix = text.name, text.description, text.when, text.fix
  info.basic, info.basic_wildcards, info.classes, info.references = {}, {}, {}, text.references
  info.allowed, info.deprecated = true, false
  return info
end

--- Looks a code up: 550, "550", "5.1.1", "5.7.515".
-- @return info | nil, message, errname ("malformed", "out_of_range", "unknown")
function M.get(code)
  local info = cache[code]
  if info ~= nil then return info end
  check_arg(code, 1, "smtpcodes.get")
  local found, message, errname = lookup(code)
  if not found then return nil, message, errname end
  if not found.registered then
    describe_unregistered(found)
    local provider = core.provider(found.code)
    if not provider then return found end
    -- a provider's own code (5.7.515): its meaning, marked as provider-specific
    found.provider = provider
    found.name, found.description, found.when, found.fix = provider.name, provider.description, provider.when,
      provider.fix
    if provider.reference:match("^https?://") then
      found.references = { { document = provider.provider, url = provider.reference } }
    end
  end
  cache[found.code] = found
  cache[tostring(found.code)] = found
  return found
end

-- A code argument that may also be an info table (or anything with .code).
local function resolve(x, n, fname)
  check_arg(x, n, fname, true, 2)
  if type(x) == "table" then
    local code = x.code
    if type(code) ~= "number" and type(code) ~= "string" then
      error(("bad argument #%d to '%s' (table has no code)"):format(n, fname), 3)
    end
    x = code
  end
  return x
end

--- Lists codes in order: basic and enhanced, by class then number.
-- @param filter optional {kind = "basic"|"enhanced", class = 2..5}
function M.list(filter)
  local kind, class
  if filter ~= nil then
    if type(filter) ~= "table" then
      error("bad argument #1 to 'smtpcodes.list' (table expected, got " .. type(filter) .. ")", 2)
    end
    for key in pairs(filter) do
      if key ~= "kind" and key ~= "class" then
        error(("bad argument #1 to 'smtpcodes.list' (no such filter %s)"):format(tostring(key)), 2)
      end
    end
    kind, class = filter.kind, filter.class
    if kind ~= nil and kind ~= "basic" and kind ~= "enhanced" then
      error("bad argument #1 to 'smtpcodes.list' (kind must be \"basic\" or \"enhanced\")", 2)
    end
    if class ~= nil and class ~= 2 and class ~= 3 and class ~= 4 and class ~= 5 then
      error("bad argument #1 to 'smtpcodes.list' (class must be 2, 3, 4 or 5)", 2)
    end
  end
  local out, n = {}, 0
  for _, code in ipairs(core.codes()) do
    local info = M.get(code)
    if (kind == nil or info.kind == kind) and (class == nil or info.class == class) then
      n = n + 1
      out[n] = info
    end
  end
  return out
end

--- Compares two codes (numbers, strings or infos); the result is ordered.
-- @return comparison | nil, message, errname
function M.compare(a, b)
  a, b = resolve(a, 1, "smtpcodes.compare"), resolve(b, 2, "smtpcodes.compare")
  local raw, message, errname = core_compare(a, b)
  if not raw then return nil, message, errname end
  return require("smtpcodes.comparison").build(raw, M.get, core.pair_advice)
end

local format_options = { format = "string", lang = "string", width = "columns", fallback = "boolean" }

-- The info, comparison or classification a format()-like function renders:
-- a reply table made by parse(), extract() or anyone else is classified first.
local function renderable(x, opts, fname)
  if type(x) ~= "table" then
    error(("bad argument #1 to '%s' (info, comparison, classification or reply expected, got %s)"):format(
      fname, type(x)), 3)
  end
  options.check(opts, 2, fname, format_options, 2)
  if is_reply(x) then return M.classify(x) end
  if (x.kind == "basic" or x.kind == "enhanced") and (type(x.name) ~= "string"
      or (type(x.code) ~= "number" and type(x.code) ~= "string")) then
    error(("bad argument #1 to '%s' (an info needs at least code and name)"):format(fname), 3)
  end
  return x
end

--- Renders an info, a comparison, a classification or a reply as one string.
-- @param opts optional {format = "text"|"markdown"|"html"|"json", lang = "en", width = 80, fallback = true}
-- @return string | nil, message, errname
function M.format(x, opts)
  x = renderable(x, opts, "smtpcodes.format")
  return require("smtpcodes.format").render(x, opts or {}, "smtpcodes.format")
end

--- The document model format() renders: {title, blocks, lang, dir, fallback}.
-- @return document | nil, message, errname
function M.document(x, opts)
  x = renderable(x, opts, "smtpcodes.document")
  return require("smtpcodes.format").document(x, opts or {}, "smtpcodes.document")
end

--- Parses one whole reply (RFC 5321 section 4.2, and what real servers send).
-- parse(text [, {max_line = 2048, max_lines = 1000, max_size = 65536}])
-- @return reply {code, class, enhanced, text, raw, lines, warnings} | nil, message, errname
-- (lines, class, raw and warnings may be built on first access: pairs() does
-- not see them; smtp.plain(reply) gives a table that holds them all)
local limit_options = { max_line = "limit", max_lines = "limit", max_size = "limit" }
local core_parse = fast and fast.parse or core.parse
-- Raises what parse raises for bad arguments, called by parse itself (a Lua
-- or a C function: either way one frame below the caller's call).
local function check_parse(text, opts)
  if type(text) ~= "string" then
    error("bad argument #1 to 'smtpcodes.parse' (string expected, got " .. type(text) .. ")", 3)
  end
  options.check(opts, 2, "smtpcodes.parse", limit_options, 2)
end
if fast then
  function M.parse(text, opts)
    if type(text) ~= "string" or opts ~= nil then check_parse(text, opts) end
    return core_parse(text, opts)
  end
else
  -- the C function itself, which calls the check only for arguments that need it
  M.parse = core.checked_parse(check_parse)
end

--- An incremental parser for socket reads: p:feed(chunk) -> replies,
-- p:finish() (or p:feed(nil)) at the end of the stream.
function M.parser(opts)
  options.check(opts, 1, "smtpcodes.parser", limit_options)
  return require("smtpcodes.parser").new(fast and fast.parse_stream or core.parse_stream, opts,
    core.reply_limits(opts))
end

--- Finds the SMTP reply inside an error message or a log line.
-- @return reply (with .nested when an NDR quotes another reply) | nil, message, errname
function M.extract(s)
  if type(s) ~= "string" then
    error("bad argument #1 to 'smtpcodes.extract' (string expected, got " .. type(s) .. ")", 2)
  end
  return core.extract(s)
end

-- What classify() was given, as (code, enhanced, text, reply) or nil, message, errname.
local function classify_input(x)
  if is_reply(x) then
    if x.enhanced ~= nil and type(x.enhanced) ~= "string" then
      error("bad argument #1 to 'smtpcodes.classify' (reply field enhanced must be a string, got "
        .. type(x.enhanced) .. ")", 4)
    end
    return x.code, x.enhanced, x.text, x
  end
  if type(x) == "table" then
    if x.kind == "basic" then return x.code end
    if x.kind == "enhanced" then return nil, x.code end
    error("bad argument #1 to 'smtpcodes.classify' (a reply, an info, a string or a code expected)", 4)
  end
  if type(x) == "string" then
    local reply = core_parse(x)
    local found, message, errname
    if not reply or reply.warnings[1] == "malformed_line" then
      found, message, errname = core.extract(x)
      reply = found or reply
    end
    if reply then return reply.code, reply.enhanced, reply.text, reply end
    -- text that is no code either says so, rather than "invalid code"
    if not x:find("^%s*[%d.]+%s*$") then return nil, nil, nil, nil, message, errname end
  end
  local info, message, errname = M.get(x)
  if not info then return nil, nil, nil, nil, message, errname end
  if info.kind == "basic" then return info.code end
  return nil, info.code
end

-- The classification table: kind, code, enhanced, reply, the reply's
-- warnings, and what the core says (verdict, reason, action, source, retry, provider).
local classification = fast and fast.classify or core.classify
-- The classification of one of the core's reply tables, or nil for any other value.
local classify_reply = fast and fast.classify_reply or core.classify_reply


local no_options = {} -- classify takes none yet

--- Says what a reply means: verdict (never nil), reason, action, retry.
-- @param x a reply table, a reply or error string, a code, or an info
-- @return classification | nil, message, errname
function M.classify(x, opts)
  -- one of the core's reply tables first: one call does it all (any other value gives nil)
  if opts == nil then
    local c = classify_reply(x)
    if c then return c end
  end
  local t = type(x)
  if t ~= "table" and t ~= "string" and t ~= "number" then
    error("bad argument #1 to 'smtpcodes.classify' (reply, string or code expected, got " .. t .. ")", 2)
  end
  if opts ~= nil then
    options.check(opts, 2, "smtpcodes.classify", no_options)
    if t == "table" then
      local c = classify_reply(x)
      if c then return c end
    end
  end
  local code, enhanced, text, reply, message, errname = classify_input(x)
  if code == nil and enhanced == nil then return nil, message, errname end
  return classification(code, enhanced, text, reply)
end

--- Explains a reply, an error string or a code as one rendered page, as
-- `smtpcodes explain` and POST /smtp/explain do: classify(x), then format().
-- @param opts optional, as format()
-- @return string | nil, message, errname
function M.explain(x, opts)
  local t = type(x)
  if t ~= "table" and t ~= "string" and t ~= "number" then
    error("bad argument #1 to 'smtpcodes.explain' (reply, string or code expected, got " .. t .. ")", 2)
  end
  options.check(opts, 2, "smtpcodes.explain", format_options)
  local c, message, errname = M.classify(x)
  if not c then return nil, message, errname end
  return require("smtpcodes.format").render(c, opts or {}, "smtpcodes.explain")
end

--- A classifier whose caller rules win over the built-in ones, first match
-- first: rules = { {name = "...", code = 450, enhanced = "4.1.2", text = "...",
-- pattern = "...", class = 4, verdict = ..., reason = ..., action = ..., retry = {after, give_up}} }
function M.classifier(rules)
  return require("smtpcodes.classifier").new(rules, M.classify, core)
end

--- Every per-recipient result in a bounce mail, an mbox or a log text:
-- an array, or nil, message, "not_a_bounce".  opts: mode, limits, classifier.
function M.scan(text, opts)
  return require("smtpcodes.scan").scan(core, text, opts)
end

--- A streaming scanner: sc:feed(chunk) and sc:finish() return the results completed.
function M.scanner(opts)
  return require("smtpcodes.scan").scanner(core, opts)
end

--- A copy of x with every lazily built field of its reply tables filled in
-- (lines, raw, class, warnings), for JSON encoders that walk with pairs().
function M.plain(x, seen)
  if type(x) ~= "table" then return x end
  seen = seen or {}
  if seen[x] then return seen[x] end
  local out = {}
  seen[x] = out
  for k, v in pairs(x) do out[k] = v end
  if is_reply(x) then
    out.lines, out.raw, out.class, out.warnings = x.lines, x.raw, x.class, x.warnings
  end
  for k, v in pairs(out) do
    if type(v) == "table" and (is_reply(v) or k == "reply" or k == "nested") then out[k] = M.plain(v, seen) end
  end
  return out
end

--- Lists the interface languages format() can render.
function M.languages()
  return require("smtpcodes.locale").languages()
end

-- The class digit of a code, an info, or anything with a class field.
local function class_digit(c, fname)
  check_arg(c, 1, fname, true, 2)
  if type(c) == "table" then
    if type(c.class) ~= "number" then
      error(("bad argument #1 to '%s' (table has no class)"):format(fname), 3)
    end
    return c.class
  end
  local info = cache[c]
  if info ~= nil then return info.class end
  return class_of(c)
end

local function class_test(wanted, fname)
  return function(c)
    local class, message, errname = class_digit(c, fname)
    if class == nil then return nil, message, errname end
    return class == wanted
  end
end

--- Tests on a code's class: true or false for any well-formed code,
-- nil, message, errname for anything else.
M.is_success = class_test(2, "smtpcodes.is_success")
M.is_intermediate = class_test(3, "smtpcodes.is_intermediate")
M.is_transient = class_test(4, "smtpcodes.is_transient")
M.is_permanent = class_test(5, "smtpcodes.is_permanent")

return M
