--- Neovim front: the :SmtpCode command and its floating window.
-- The window shows the text page of smtpcodes.format; q or <Esc> closes it.

local smtp = require "smtpcodes"

local M = {}

-- A code under or near the cursor: an enhanced code or a three-digit code
-- standing as a word, the one under the cursor first, else the first on the line.
function M.code_at(line, col)
  local found
  for _, pattern in ipairs({ "()%f[%w.]([245]%.%d%d?%d?%.%d%d?%d?)%f[^%w.]()",
                             "()%f[%w]([2-5]%d%d)%f[^%w]()" }) do
    for s, code, e in line:gmatch(pattern) do
      if col + 1 >= s and col + 1 < e then return code end
      found = found or code
    end
    if found then return found end
  end
  return nil
end

local function language()
  local lang = vim.g.smtpcodes_lang
  if lang then return lang end
  local env = os.getenv("LC_ALL") or os.getenv("LC_MESSAGES") or os.getenv("LANG")
  if env and require("smtpcodes.locale").negotiate(env) then return env end
  return "en"
end

--- Opens a floating window holding lines; returns its buffer and window.
function M.float(lines)
  local buf = vim.api.nvim_create_buf(false, true)
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
  vim.bo[buf].modifiable = false
  vim.bo[buf].filetype = "markdown"
  local width = 0
  for _, l in ipairs(lines) do width = math.max(width, vim.fn.strdisplaywidth(l)) end
  local win = vim.api.nvim_open_win(buf, true, {
    relative = "cursor", row = 1, col = 0, style = "minimal", border = "rounded",
    width = math.max(20, math.min(width, vim.o.columns - 4)),
    height = math.max(1, math.min(#lines, vim.o.lines - 4)),
  })
  for _, key in ipairs({ "q", "<Esc>" }) do
    vim.keymap.set("n", key, "<cmd>close<cr>", { buffer = buf, nowait = true })
  end
  return buf, win
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
  if #args == 0 then
    if type(smtp.explain) == "function" and line and smtp.extract then
      local reply = smtp.extract(line)
      if reply then return smtp.explain(reply, { lang = language(), width = 78 }) end
    end
    local code = line and M.code_at(line, col or 0)
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
  return smtp.format(x, { lang = language(), width = 78 })
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
