--- Neovim front: :SmtpScan, the recipients of a bounce mail, an mbox or an
-- MTA log in the current buffer, one quickfix entry each (smtpcodes.scan
-- reads them); :copen lists them.

local smtp = require "smtpcodes"

local M = {}

-- Quickfix types by what happened to the message: returned is an error,
-- delayed a warning, anything else (delivered, relayed, a report) information.
local TYPES = { failed = "E", delayed = "W" }

-- " (reply 550)" for the remote server's reply, with its enhanced code when
-- that is not the status already shown; "" when there was no reply code.
local function reply_of(r)
  local reply = r.reply
  if not (reply and reply.code and reply.code ~= 0) then return "" end
  local enhanced = reply.enhanced and reply.enhanced ~= r.status and (" " .. reply.enhanced) or ""
  return " (reply " .. reply.code .. enhanced .. ")"
end

--- The quickfix entry of one scan result of buffer bufnr, whose scanned text
-- began at line first: "recipient: delivery, verdict, reason, status", and
-- the remote server's reply code when there was one.
function M.item(r, bufnr, first)
  local fields = {}
  for _, v in ipairs({ r.delivery, r.verdict, r.reason, r.status }) do fields[#fields + 1] = v end
  local reply = reply_of(r)
  return { bufnr = bufnr, lnum = (first or 1) - 1 + (r.line or 1), type = TYPES[r.delivery] or "I",
    text = (r.recipient or "(no recipient)") .. ": " .. table.concat(fields, ", ") .. reply }
end

--- The quickfix entries for lines of buffer bufnr, the first of them being
-- line first of the buffer (default 1), or nil and a message when they hold
-- no bounce, report or log record.  Pure: no editor calls.
function M.items(lines, bufnr, first)
  local results, message = smtp.scan(table.concat(lines, "\n") .. "\n")
  if not results then return nil, message end
  local items = {}
  for i, r in ipairs(results) do items[i] = M.item(r, bufnr, first) end
  return items
end

--- :[range]SmtpScan: fills the quickfix list with the recipients found in
-- lines first..last of the current buffer and says how many; returns the
-- entries, or nil when there are none (the list is left as it was).
function M.command(first, last)
  local buf = vim.api.nvim_get_current_buf()
  local items, message = M.items(vim.api.nvim_buf_get_lines(buf, first - 1, last, false), buf, first)
  if not items then
    vim.notify("SmtpScan: " .. message, vim.log.levels.WARN)
    return nil
  end
  vim.fn.setqflist({}, " ", { title = "SmtpScan " .. vim.fn.bufname(buf), items = items })
  vim.notify(("SmtpScan: %d %s in the quickfix list (:copen)"):format(#items,
    #items == 1 and "recipient" or "recipients"), vim.log.levels.INFO)
  return items
end

return M
