--- The JSON documents of smtpcodes, schema version 1 (docs/json.md): an
-- info, a comparison, a classification or an error, each an object whose
-- first keys are "schema" and "kind".  In every document "code" is the basic
-- reply code (a number, or null) and "enhanced" the enhanced status code (a
-- string, or null); a field of a kind is always there, null when it has no
-- value, and arrays are arrays even when empty.

local json = require "smtpcodes.json"

local M = {}

M.VERSION = 1

--- Object keys that come first, in this order, in every object.
M.KEY_ORDER = { "schema", "kind", "error", "message", "lang", "code", "enhanced", "class", "name", "verdict",
  "reason", "action", "retry", "after", "give_up", "source", "provider", "matched_rule", "warnings", "reply",
  "text", "raw", "lines", "nested", "first", "second", "differences", "advice" }

local null = json.null

-- A deep copy of a table of plain data (info tables are shared: never changed).
local function copy(t)
  if type(t) ~= "table" then return t end
  local out = {}
  for k, v in pairs(t) do out[k] = copy(v) end
  return out
end

-- An info as a document: basic codes in "code", enhanced ones in "enhanced";
-- its texts in the language tag (nil: English, as the info holds them).
local function info_doc(info, tag)
  local d = copy(info)
  if tag and tag ~= "en" then
    local tx = require("smtpcodes.document").texts(info, tag)
    d.name, d.description, d.when, d.fix = tx.name, tx.description, tx.when, tx.fix
    if d.use then d.use = tx.use end
  end
  if info.kind == "enhanced" then
    d.code, d.enhanced = null, info.code
  else
    -- a basic info's list of the enhanced codes sent with it: its own name here
    d.enhanced_codes, d.enhanced = d.enhanced or {}, null
  end
  if d.provider == nil then d.provider = null end
  return d
end

-- A reply table (parsed, extracted or made by the caller) as a document.
local function reply_doc(r)
  if type(r) ~= "table" then return null end
  local d = {
    code = type(r.code) == "number" and r.code or null,
    class = type(r.code) == "number" and math.floor(r.code / 100) or null,
    enhanced = type(r.enhanced) == "string" and r.enhanced or null,
    text = type(r.text) == "string" and r.text or null,
    raw = type(r.raw) == "string" and r.raw or null,
    lines = type(r.lines) == "table" and copy(r.lines) or {},
    warnings = type(r.warnings) == "table" and copy(r.warnings) or {},
    nested = reply_doc(r.nested),
  }
  return d
end

local function classification_doc(c)
  local d = copy(c)
  d.code = c.code or null
  d.enhanced = c.enhanced or null
  d.retry = c.retry and copy(c.retry) or null
  d.provider = c.provider and copy(c.provider) or null
  d.matched_rule = c.matched_rule or null
  d.warnings = c.warnings and copy(c.warnings) or {}
  d.reply = reply_doc(c.reply)
  return d
end

--- The document of an info, a comparison or a classification, its texts in
-- the language tag (default "en"; reason, action and other tokens stay).
function M.document(x, tag)
  local d
  if x.kind == "classification" then
    d = classification_doc(x)
  elseif x.kind == "comparison" then
    d = copy(x)
    d.first, d.second = info_doc(x.first, tag), info_doc(x.second, tag)
  else
    d = info_doc(x, tag)
  end
  d.schema = M.VERSION
  d.lang = tag or "en"
  return d
end

--- The document of a list of infos (smtpcodes --list): code, enhanced, class, name.
function M.list(infos)
  local items = {}
  for i, info in ipairs(infos) do
    local d = info_doc(info)
    items[i] = { code = d.code, enhanced = d.enhanced, class = info.class, name = info.name }
  end
  return { schema = M.VERSION, kind = "list", codes = items }
end

--- The document of an error: errname and message (stable English), and the
-- same said in the language tag (text; default: English, the message).
function M.error(errname, message, tag, text)
  message = message or ""
  return { schema = M.VERSION, kind = "error", error = errname or "error", message = message, lang = tag or "en",
    text = text or message }
end

--- JSON text of a document (see M.document, M.list, M.error), keys in
-- KEY_ORDER; opts.indent for one item per line.
function M.encode(doc, opts)
  return json.encode_ordered(doc, M.KEY_ORDER, opts)
end

return M
