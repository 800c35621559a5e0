--- Neovim front: :SmtpScan, the recipients of a bounce mail or an MTA log in
-- the current buffer, one quickfix entry each (smtpcodes.scan reads them).

local smtp = require "smtpcodes"

local M = {}

-- Quickfix types by verdict: a permanent failure is an error, a temporary
-- one a warning, anything else (a delivery, a report) information.
local TYPES = { permanent = "E", transient = "W" }

--- The quickfix entry of one scan result of buffer buf, whose text began at
-- line first (1 for the whole buffer).
function M.item(buf, first, r)
  local fields = {}
  for _, v in ipairs({ r.delivery, r.verdict, r.reason, r.status }) do fields[#fields + 1] = v end
  return { bufnr = buf, lnum = first - 1 + (r.line or 1), type = TYPES[r.verdict] or "I",
    text = (r.recipient or "(no recipient)") .. ": " .. table.concat(fields, ", ") }
end

--- Scans lines first..last of buffer buf: the quickfix entries, or nil and a
-- message when they hold no bounce, report or log record.
function M.items(buf, first, last)
  local lines = vim.api.nvim_buf_get_lines(buf, first - 1, last, false)
  local results, message = smtp.scan(table.concat(lines, "\n") .. "\n")
  if not results then return nil, message end
  local items = {}
  for i, r in ipairs(results) do items[i] = M.item(buf, first, r) end
  return items
end

--- :[range]SmtpScan: fills the quickfix list with the recipients found in
-- the range (default: the whole buffer) and says how many; returns the count.
function M.command(first, last)
  local buf = vim.api.nvim_get_current_buf()
  local items, message = M.items(buf, first, last)
  if not items then
    vim.notify("SmtpScan: " .. message, vim.log.levels.WARN)
    return 0
  end
  vim.fn.setqflist({}, " ", { title = "SmtpScan " .. vim.fn.bufname(buf), items = items })
  vim.notify(("SmtpScan: %d %s in the quickfix list (:copen)"):format(#items,
    #items == 1 and "recipient" or "recipients"), vim.log.levels.INFO)
  return #items
end

return M
