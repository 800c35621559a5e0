--- format(x, opts): checks the options, builds the document of an info or a
-- comparison in the requested language and renders it.

local document = require "smtpcodes.document"
local locale = require "smtpcodes.locale"

local M = {}

local renderers = { text = true, markdown = true, html = true }

--- @return string, document | nil, message, errname
function M.render(x, opts)
  local fmt = opts.format or "text"
  if type(fmt) ~= "string" or not renderers[fmt] then
    error("bad option 'format' (\"text\", \"markdown\" or \"html\" expected, got "
      .. tostring(fmt) .. ")", 3)
  end
  if opts.width ~= nil and type(opts.width) ~= "number" then
    error("bad option 'width' (number expected, got " .. type(opts.width) .. ")", 3)
  end
  local tag = "en"
  if opts.lang ~= nil then
    if type(opts.lang) ~= "string" then
      error("bad option 'lang' (string expected, got " .. type(opts.lang) .. ")", 3)
    end
    local message, errname
    tag, message, errname = locale.negotiate(opts.lang)
    if not tag then return nil, message, errname end
  end
  local doc
  if x.kind == "comparison" then
    doc = document.comparison(x, tag)
  elseif x.kind == "basic" or x.kind == "enhanced" then
    doc = document.single(x, tag)
  elseif x.kind == "classification" then
    doc = document.explanation(x, tag)
  else
    error("bad argument #1 to 'format' (info or comparison expected)", 3)
  end
  if opts.fallback == false and #doc.fallback > 0 then
    return nil, ("no complete %s translation: %d texts would fall back to English"):format(tag, #doc.fallback),
      "incomplete_translation"
  end
  return require("smtpcodes.render." .. fmt).render(doc, opts), doc
end

return M
