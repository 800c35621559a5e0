--- Renders a document as an HTML fragment: an <article> carrying lang and dir,
-- with every text and attribute escaped.

local M = {}

local entities = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;", ["'"] = "&#39;" }

local function escape(s)
  return (tostring(s):gsub("[&<>\"']", entities))
end
M.escape = escape

function M.render(doc)
  local out = { ('<article class="smtpcodes" lang="%s" dir="%s">'):format(escape(doc.lang), escape(doc.dir)),
    "<h1>" .. escape(doc.title) .. "</h1>" }
  for _, b in ipairs(doc.blocks) do
    if b.type == "heading" then
      out[#out + 1] = ("<h%d>%s</h%d>"):format(b.level, escape(b.text), b.level)
    elseif b.type == "paragraph" then
      -- a text shown in English on a page of another language says so
      local open = b.lang and ('<p lang="%s" dir="ltr">'):format(escape(b.lang)) or "<p>"
      out[#out + 1] = open .. escape(b.text) .. "</p>"
    elseif b.type == "list" then
      local tag = b.ordered and "ol" or "ul"
      out[#out + 1] = "<" .. tag .. ">"
      for _, item in ipairs(b.items) do out[#out + 1] = "<li>" .. escape(item) .. "</li>" end
      out[#out + 1] = "</" .. tag .. ">"
    elseif b.type == "verbatim" then
      local lines = {}
      for i, line in ipairs(b.lines) do lines[i] = escape(line) end
      out[#out + 1] = "<pre>" .. table.concat(lines, "\n") .. "</pre>"
    elseif b.type == "links" then
      out[#out + 1] = "<ul>"
      for _, link in ipairs(b.items) do
        if tostring(link.url):match("^https?://") then
          out[#out + 1] = ('<li><a href="%s">%s</a></li>'):format(escape(link.url), escape(link.text))
        else -- only web links become links: no javascript: or data: URL from a forged info
          out[#out + 1] = "<li>" .. escape(link.text) .. " " .. escape(link.url) .. "</li>"
        end
      end
      out[#out + 1] = "</ul>"
    end
  end
  out[#out + 1] = "</article>"
  return table.concat(out, "\n") .. "\n"
end

return M
