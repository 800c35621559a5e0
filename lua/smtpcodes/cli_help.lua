--- Lays out `smtpcodes --help` and `smtpcodes scan --help` from the CLI
-- texts of a language: the usage rows after "Usage:", the option rows
-- indented under "Options:", each description in a column of its own and
-- wrapped to the width (by display width, so CJK, Thai and Arabic wrap as
-- the text renderer wraps them), and the paragraphs wrapped as they are.
-- Each option starts its line, so right-to-left text never moves it.

local text = require "smtpcodes.render.text"
local bidi = require "smtpcodes.render.bidi"
local plain = require("smtpcodes.cli_text").plain

local M = {}

local MAX_LEFT = 40 -- a left column wider than this puts its description on the next line
local MIN_RIGHT = 24 -- a description column narrower than this moves under the left one

-- Rows {left, right} after a first-line label (or an indent): the left
-- column padded to the widest left entry that fits, the right one wrapped.
local function rows(list, label, indent, width)
  local col = 0
  for _, row in ipairs(list) do
    local w = text.width(plain(row[1]))
    if row[2] ~= "" and w <= MAX_LEFT and w > col then col = w end
  end
  -- a full-width colon (用法：) carries its own space
  local lead = label and (label:sub(-3) == "\239\188\154" and label or label .. " ") or indent
  local pad = (" "):rep(text.width(lead))
  local at = text.width(pad) + col + 2
  if width > 0 and width - at < MIN_RIGHT then at = text.width(pad) + 8 end
  local out = {}
  for i, row in ipairs(list) do
    local left = (i == 1 and lead or pad) .. plain(row[1])
    if width > 0 and text.width(left) > width then -- a long synopsis goes on over more lines
      left = (i == 1 and lead or pad) .. text.wrap(plain(row[1]), width, pad .. "  "):sub(#pad + 3)
    end
    if row[2] == "" then
      out[#out + 1] = left
    else
      local body = (" "):rep(at)
      local wrapped = text.wrap(row[2], width, body)
      if text.width(left) + 2 > at then
        out[#out + 1] = left
        out[#out + 1] = wrapped
      else
        out[#out + 1] = left .. (" "):rep(at - text.width(left)) .. wrapped:sub(at + 1)
      end
    end
  end
  return table.concat(out, "\n")
end

local function paragraph(s, width) return text.wrap(s, width, "") end

--- The help page of command "main" or "scan" in the texts t (a
-- smtpcodes.cli_text object), wrapped at width columns (0: no wrapping).
-- In a right-to-left language every row line is marked left to right (its
-- option or synopsis starts it, its description keeps its column) and every
-- paragraph line right to left (bidi.mark_lines).
function M.render(t, command, width)
  local rtl = t.t.data.dir == "rtl"
  local function table_of(s) return rtl and bidi.mark_lines(s, bidi.LRM) or s end
  local function prose(s) return rtl and bidi.mark_lines(s, bidi.RLM) or s end
  local parts = { table_of(rows(t:get(command .. "_synopsis"), t:message("usage_label"), nil, width)) }
  if command == "scan" then parts[#parts + 1] = prose(paragraph(t:get("scan_intro"), width)) end
  parts[#parts + 1] = prose(t:message("options_label")) .. "\n"
    .. table_of(rows(t:get(command .. "_options"), nil, "  ", width))
  parts[#parts + 1] = prose(paragraph(t:get(command .. "_exit"), width))
  return table.concat(parts, "\n\n") .. "\n"
end

return M
