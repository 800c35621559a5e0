--- format(x, opts) and document(x, opts): builds the document of an info, a
-- comparison or a classification in the requested language, and renders it
-- as text, Markdown, HTML, or JSON (docs/json.md).  The options were checked
-- for their kinds by the public function (smtpcodes.options).

local document = require "smtpcodes.document"
local locale = require "smtpcodes.locale"

local M = {}

local renderers = { text = true, markdown = true, html = true, json = true }

-- Raises for an argument that is neither an info, a comparison nor a classification.
local function check_kind(x, fname)
  local kind = x.kind
  if kind ~= "comparison" and kind ~= "basic" and kind ~= "enhanced" and kind ~= "classification" then
    error(("bad argument #1 to '%s' (an info, a comparison, a classification or a reply expected)"):format(fname), 4)
  end
end

--- The document model: blocks, title, lang, dir, fallback.
-- @return document | nil, message, errname
function M.document(x, opts, fname)
  check_kind(x, fname)
  local tag = "en"
  if opts.lang ~= nil then
    local message, errname
    tag, message, errname = locale.negotiate(opts.lang)
    if not tag then return nil, message, errname end
  end
  local doc
  if x.kind == "comparison" then
    doc = document.comparison(x, tag)
  elseif x.kind == "classification" then
    doc = document.explanation(x, tag)
  else
    doc = document.single(x, tag)
  end
  if opts.fallback == false and #doc.fallback > 0 then
    return nil, ("no complete %s translation: %d texts would fall back to English"):format(tag, #doc.fallback),
      "incomplete_translation"
  end
  return doc
end

--- The rendered page.
-- @return string | nil, message, errname
function M.render(x, opts, fname)
  local fmt = opts.format or "text"
  if not renderers[fmt] then
    error(("bad option 'format' to '%s' (\"text\", \"markdown\", \"html\" or \"json\" expected, got %q)"):format(
      fname, fmt:sub(1, 40)), 3)
  end
  local doc, message, errname = M.document(x, opts, fname)
  if not doc then return nil, message, errname end
  if fmt == "json" then
    local schema = require "smtpcodes.schema"
    return schema.encode(schema.document(x, doc.lang)) .. "\n"
  end
  return require("smtpcodes.render." .. fmt).render(doc, opts)
end

return M
