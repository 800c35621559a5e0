--- Neovim front: the :SmtpCode command and its floating window.
-- The window shows the text page of smtpcodes.format, wrapped to fit it, and
-- behaves like other plugins' hover windows: it opens beside the cursor and
-- closes when the cursor moves.  One window at a time: a new page replaces the
-- open one, the same page again enters it, and its buffer is wiped when it
-- closes.

local smtp = require "smtpcodes"

local M = {}

-- A code under or near the cursor: an enhanced code or a three-digit code
-- standing as a word, the one under the cursor first, else the first on the
-- line.  The second value is true when the code is under the cursor.
function M.code_at(line, col)
  local found
  for _, pattern in ipairs({ "()%f[%w.]([245]%.%d%d?%d?%.%d%d?%d?)%f[^%w.]()",
                             "()%f[%w]([2-5]%d%d)%f[^%w]()" }) do
    for s, code, e in line:gmatch(pattern) do
      if col + 1 >= s and col + 1 < e then return code, true end
      found = found or code
    end
  end
  return found, false
end

-- The language: vim.g.smtpcodes_lang, else the environment's, else v:lang.
local function language()
  local lang = vim.g.smtpcodes_lang
  if lang then return lang end
  local negotiate = require("smtpcodes.locale").negotiate
  for _, v in ipairs({ os.getenv("LANGUAGE"), os.getenv("LC_ALL"), os.getenv("LC_MESSAGES"), os.getenv("LANG"),
    vim.v.lang }) do
    for tag in (v or ""):gmatch("[^:]+") do
      if negotiate(tag) then return tag end
    end
  end
  return "en"
end

-- The columns a page may use: the float is at most 78 wide, and fits the editor.
local function page_width()
  return math.max(20, math.min(78, vim.o.columns - 4))
end

local current -- the open float: {win = ..., text = ...}, if any

local function close_current()
  if current and vim.api.nvim_win_is_valid(current.win) then vim.api.nvim_win_close(current.win, true) end
  current = nil
end

-- An autocommand callback that closes the float win later (windows may not
-- be closed inside some autocommands), unless another float replaced it.
local function closer(win)
  return function()
    vim.schedule(function()
      if current and current.win == win then close_current() end
    end)
  end
end

--- Opens a floating window holding lines beside the cursor, as hover windows
-- do: the cursor stays where it is, and moving it (or typing, or leaving the
-- buffer) closes the float.  Called again with the same page, it enters the
-- float instead (q or <Esc> close it there); with another page, it replaces
-- it.  Returns the float's buffer and window.
function M.float(lines)
  local text = table.concat(lines, "\n")
  if current and current.text == text and vim.api.nvim_win_is_valid(current.win) then
    -- enter it: moving in the origin no longer closes it, leaving it does
    local win, buf = current.win, vim.api.nvim_win_get_buf(current.win)
    local group = vim.api.nvim_create_augroup("smtpcodes_float", { clear = true })
    vim.api.nvim_set_current_win(win)
    vim.api.nvim_create_autocmd("WinLeave", { group = group, buffer = buf, once = true, callback = closer(win) })
    return buf, win
  end
  close_current()
  local buf = vim.api.nvim_create_buf(false, true)
  vim.bo[buf].bufhidden = "wipe"
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
  vim.bo[buf].modifiable = false
  local width = 0
  for _, l in ipairs(lines) do width = math.max(width, vim.fn.strdisplaywidth(l)) end
  local win = vim.api.nvim_open_win(buf, false, {
    relative = "cursor", row = 1, col = 0, style = "minimal", border = "rounded",
    width = math.max(20, math.min(width, vim.o.columns - 4)),
    height = math.max(1, math.min(#lines, vim.o.lines - 4)),
  })
  current = { win = win, text = text }
  for _, key in ipairs({ "q", "<Esc>" }) do
    vim.keymap.set("n", key, "<cmd>close<cr>", { buffer = buf, nowait = true })
  end
  local origin = vim.api.nvim_get_current_buf()
  local group = vim.api.nvim_create_augroup("smtpcodes_float", { clear = true })
  vim.api.nvim_create_autocmd({ "CursorMoved", "CursorMovedI", "InsertEnter", "BufLeave" }, {
    group = group, buffer = origin, once = true, callback = closer(win),
  })
  return buf, win
end

--- The window of the open float, or nil.
function M.window()
  return current and vim.api.nvim_win_is_valid(current.win) and current.win or nil
end

local function split_lines(text)
  local lines = {}
  for line in (text .. "\n"):gmatch("(.-)\n") do lines[#lines + 1] = line end
  while lines[#lines] == "" do lines[#lines] = nil end
  return lines
end

--- The page for the command's arguments, or nil and a message.
function M.page(args, line, col)
  local x, message
  local opts = { lang = language(), width = page_width() }
  if #args == 0 then
    -- the code under the cursor wins; the line's reply is explained when the
    -- cursor is on its reply code, or on no code at all
    local code, under = nil, false
    if line then code, under = M.code_at(line, col or 0) end
    local reply = line and smtp.extract(line)
    if reply and (not under or code == tostring(reply.code)) then return smtp.explain(reply, opts) end
    if not code then return nil, "no SMTP code under the cursor" end
    x, message = smtp.get(code)
  elseif #args == 1 then
    x, message = smtp.get(args[1])
  elseif #args == 2 then
    x, message = smtp.compare(args[1], args[2])
  else
    return nil, "give one code to explain or two to compare"
  end
  if not x then return nil, message end
  return smtp.format(x, opts)
end

--- :SmtpCode [CODE [CODE]]
function M.command(args)
  local col = vim.api.nvim_win_get_cursor(0)[2]
  local text, message = M.page(args, vim.api.nvim_get_current_line(), col)
  if not text then
    vim.notify("SmtpCode: " .. message, vim.log.levels.ERROR)
    return nil
  end
  return M.float(split_lines(text))
end

return M
