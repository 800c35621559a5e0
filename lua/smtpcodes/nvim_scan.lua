--- Neovim :SmtpScan: scans the current buffer (a bounce mail, an mbox or an
-- MTA log) and fills the quickfix list with one entry per recipient: its
-- line, its verdict and reason (failed: error, delayed: warning).  :copen
-- lists them.

local smtp = require "smtpcodes"

local M = {}

local types = { failed = "E", delayed = "W" }

--- The quickfix items for a buffer's lines (pure: no editor calls), or nil and a message.
function M.items(lines, bufnr)
  local results, message = smtp.scan(table.concat(lines, "\n") .. "\n")
  if not results then return nil, message end
  local items = {}
  for i, r in ipairs(results) do
    local reply = r.reply
    local code = reply and reply.code and (tostring(reply.code) .. (reply.enhanced and " " .. reply.enhanced or ""))
      or r.status or "-"
    items[i] = {
      bufnr = bufnr,
      lnum = r.line,
      type = types[r.delivery] or "I",
      text = ("%s: %s, %s, %s (%s)"):format(r.recipient or "?", r.delivery, r.verdict, r.reason, code),
    }
  end
  return items
end

--- :SmtpScan
function M.command()
  local buf = vim.api.nvim_get_current_buf()
  local items, message = M.items(vim.api.nvim_buf_get_lines(buf, 0, -1, false), buf)
  if not items then
    vim.notify("SmtpScan: " .. message, vim.log.levels.WARN)
    return nil
  end
  vim.fn.setqflist({}, " ", { title = "SmtpScan", items = items })
  vim.notify(("SmtpScan: %d results (:copen lists them)"):format(#items))
  return items
end

return M
