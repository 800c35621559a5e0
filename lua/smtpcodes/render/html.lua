--- Renders a document as an HTML fragment: an <article> carrying lang and dir,
-- with every text and attribute escaped.

local bidi = require "smtpcodes.render.bidi"

local M = {}

local entities = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;", ["'"] = "&#39;" }

local function escape(s)
  return (tostring(s):gsub("[&<>\"']", entities))
end
M.escape = escape

-- Escaped text; in a right-to-left page each left-to-right run (codes,
-- addresses, quoted replies) is a <bdi dir="ltr"> so it keeps its own order.
local function rtl_text(s)
  local parts = {}
  for k, seg in ipairs(bidi.segments(s)) do
    parts[k] = seg.ltr and ('<bdi dir="ltr">' .. escape(seg.text) .. "</bdi>") or escape(seg.text)
  end
  return table.concat(parts)
end

function M.render(doc)
  local text = doc.dir == "rtl" and rtl_text or escape
  local out = { ('<article class="smtpcodes" lang="%s" dir="%s">'):format(escape(doc.lang), escape(doc.dir)),
    "<h1>" .. text(doc.title) .. "</h1>" }
  for _, b in ipairs(doc.blocks) do
    if b.type == "heading" then
      out[#out + 1] = ("<h%d>%s</h%d>"):format(b.level, text(b.text), b.level)
    elseif b.type == "paragraph" then
      -- a text shown in English on a page of another language says so (and runs left to right)
      local attrs = (b.note and ' class="smtpcodes-note"' or "") ..
        (b.lang and (' lang="' .. escape(b.lang) .. '" dir="ltr"') or "")
      out[#out + 1] = "<p" .. attrs .. ">" .. text(b.text) .. "</p>"
    elseif b.type == "list" then
      local tag = b.ordered and "ol" or "ul"
      out[#out + 1] = "<" .. tag .. ">"
      for i, item in ipairs(b.items) do
        local lang = b.items_lang and b.items_lang[i]
        out[#out + 1] = (lang and ('<li lang="' .. lang .. '" dir="ltr">') or "<li>") .. text(item) .. "</li>"
      end
      out[#out + 1] = "</" .. tag .. ">"
    elseif b.type == "verbatim" then
      local lines = {}
      for i, line in ipairs(b.lines) do lines[i] = escape(line) end
      out[#out + 1] = (doc.dir == "rtl" and '<pre dir="ltr">' or "<pre>") .. table.concat(lines, "\n") .. "</pre>"
    elseif b.type == "links" then
      out[#out + 1] = "<ul>"
      for _, link in ipairs(b.items) do
        if tostring(link.url):match("^https?://") then
          out[#out + 1] = ('<li><a href="%s">%s</a></li>'):format(escape(link.url), text(link.text))
        else -- only web links become links: no javascript: or data: URL from a forged info
          out[#out + 1] = "<li>" .. text(link.text) .. " " .. escape(link.url) .. "</li>"
        end
      end
      out[#out + 1] = "</ul>"
    end
  end
  out[#out + 1] = "</article>"
  return table.concat(out, "\n") .. "\n"
end

return M
