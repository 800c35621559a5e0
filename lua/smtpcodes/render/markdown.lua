--- Renders a document as Markdown (CommonMark): # title, ## and ### headings,
-- lists and links; Markdown punctuation in the texts is escaped.

local M = {}

local function escape(s)
  return (s:gsub("([\\`*_%[%]<>#|])", "\\%1"))
end

function M.render(doc)
  local out = { "# " .. escape(doc.title), "" }
  for _, b in ipairs(doc.blocks) do
    if b.type == "heading" then
      out[#out + 1] = string.rep("#", b.level) .. " " .. escape(b.text)
    elseif b.type == "paragraph" then
      out[#out + 1] = escape(b.text)
    elseif b.type == "list" then
      for i, item in ipairs(b.items) do
        out[#out + 1] = (b.ordered and (i .. ". ") or "- ") .. escape(item)
      end
    elseif b.type == "links" then
      for _, link in ipairs(b.items) do
        out[#out + 1] = "- [" .. escape(link.text) .. "](" .. link.url .. ")"
      end
    end
    out[#out + 1] = ""
  end
  while out[#out] == "" do out[#out] = nil end
  return table.concat(out, "\n") .. "\n"
end

return M
