--- Renders a document as plain text for a terminal: the title underlined,
-- headings, paragraphs wrapped at word boundaries (never inside a word).

local bidi = require "smtpcodes.render.bidi"

local M = {}

-- Display width of a UTF-8 string, counting code points (isolates count 0).
local function width(s)
  local n = 0
  for ch in s:gmatch("[%z\1-\127\194-\244][\128-\191]*") do
    if ch ~= "\226\129\166" and ch ~= "\226\129\169" then n = n + 1 end
  end
  return n
end

-- Wraps text at spaces so that lines stay within limit where words allow.
local function wrap(text, limit, indent)
  if limit <= 0 then return indent .. text end
  local lines, line = {}, indent
  for word in text:gmatch("%S+") do
    if line ~= indent and width(line) + 1 + width(word) > limit then
      lines[#lines + 1] = line
      line = indent .. word
    elseif line == indent then
      line = line .. word
    else
      line = line .. " " .. word
    end
  end
  lines[#lines + 1] = line
  return table.concat(lines, "\n")
end

local underline = { [1] = "=", [2] = "-" }

local function same(s) return s end

function M.render(doc, opts)
  local limit = opts.width or 80
  local iso = doc.dir == "rtl" and bidi.isolate or same
  local title = iso(doc.title)
  local out = { title, string.rep("=", width(title)), "" }
  local indent = ""
  for _, b in ipairs(doc.blocks) do
    if b.type == "heading" then
      local text = iso(b.text)
      if b.level <= 2 then
        out[#out + 1] = text
        out[#out + 1] = string.rep(underline[b.level], width(text))
        indent = ""
      else
        out[#out + 1] = text
        indent = "  "
      end
    elseif b.type == "paragraph" then
      out[#out + 1] = wrap(iso(b.text), limit, indent)
      out[#out + 1] = ""
    elseif b.type == "list" then
      for i, item in ipairs(b.items) do
        local mark = b.ordered and (i .. ". ") or "- "
        local body = wrap(iso(item), limit - #mark, "")
        out[#out + 1] = mark .. body:gsub("\n", "\n" .. string.rep(" ", #mark))
      end
      out[#out + 1] = ""
    elseif b.type == "links" then
      for _, link in ipairs(b.items) do out[#out + 1] = "- " .. iso(link.text) .. ": " .. iso(link.url) end
      out[#out + 1] = ""
    end
  end
  while out[#out] == "" do out[#out] = nil end
  return table.concat(out, "\n") .. "\n"
end

return M
