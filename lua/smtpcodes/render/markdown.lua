--- Renders a document as Markdown (CommonMark): # title, ## and ### headings,
-- lists and links; Markdown punctuation in the texts is escaped.

local bidi = require "smtpcodes.render.bidi"

local M = {}

local function escape(s)
  return (s:gsub("([\\`*_%[%]<>#|])", "\\%1"))
end

local function same(s) return s end

function M.render(doc)
  local iso = doc.dir == "rtl" and bidi.isolate or same
  local function text(s) return escape(iso(s)) end
  local out = { ('<!-- smtpcodes lang="%s" dir="%s" -->'):format(doc.lang, doc.dir), "", "# " .. text(doc.title), "" }
  for _, b in ipairs(doc.blocks) do
    if b.type == "heading" then
      out[#out + 1] = string.rep("#", b.level) .. " " .. text(b.text)
    elseif b.type == "paragraph" then
      out[#out + 1] = (b.note and "> " or "") .. text(b.text)
    elseif b.type == "list" then
      for i, item in ipairs(b.items) do
        out[#out + 1] = (b.ordered and (i .. ". ") or "- ") .. text(item)
      end
    elseif b.type == "verbatim" then
      local fence = "```"
      for _, line in ipairs(b.lines) do
        while line:find(fence, 1, true) do fence = fence .. "`" end
      end
      out[#out + 1] = fence .. "\n" .. table.concat(b.lines, "\n") .. "\n" .. fence
    elseif b.type == "links" then
      for _, link in ipairs(b.items) do
        out[#out + 1] = "- [" .. text(link.text) .. "](" .. link.url .. ")"
      end
    end
    out[#out + 1] = ""
  end
  while out[#out] == "" do out[#out] = nil end
  return table.concat(out, "\n") .. "\n"
end

return M
