--- Neovim: the one floating window smtpcodes shows its pages in.
-- It is a hover window as LSP's are (vim.lsp.util.open_floating_preview):
-- sized to the page, closed when the cursor moves or another buffer is
-- entered, its buffer wiped when it closes, q or <Esc> closes it once
-- focused.  One at a time: a new page replaces the open one, and the same
-- page asked for again moves the cursor into it, as a second hover does.

local M = {}

local FOCUS_ID = "smtpcodes_page" -- window variable open_floating_preview marks the float with
local shown -- { win = window, key = what it shows } of the open float

--- The columns a page may use in a float beside the cursor: the current
-- window's width less the border, at most 78.
function M.width()
  return math.max(20, math.min(78, vim.api.nvim_win_get_width(0) - 2))
end

-- Neovim draws no bidirectional text and shows format controls as <2066>:
-- the float leaves out zero-width spaces and joiners, marks, embeddings and
-- isolates (U+200B-U+200F, U+202A-U+202E, U+2060-U+206F).
local function drawable(line)
  return (line:gsub("\226\128[\139-\143\170-\174]", ""):gsub("\226\129[\160-\175]", ""))
end

--- The open float's window, or nil.
function M.window()
  if shown and vim.api.nvim_win_is_valid(shown.win) then return shown.win end
  return nil
end

--- Shows lines in the float; key names what they show.  Returns the float's
-- buffer and window.
function M.show(lines, key)
  local open = M.window()
  if open and shown.key ~= key then vim.api.nvim_win_close(open, true) end
  local text = {}
  for i, line in ipairs(lines) do text[i] = drawable(line) end
  local buf, win = vim.lsp.util.open_floating_preview(text, nil, {
    border = "rounded", focus_id = FOCUS_ID, max_width = M.width(), max_height = math.max(3, vim.o.lines - 6),
  })
  if win ~= open then
    vim.keymap.set("n", "<Esc>", "<cmd>close<cr>", { buffer = buf, nowait = true, silent = true })
    shown = { win = win, key = key }
  end
  return buf, win
end

return M
