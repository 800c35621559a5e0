--- Neovim front: :SmtpCode, the page of a code, a comparison, or the reply
-- under the cursor, in a hover window (smtpcodes.nvim_float).

local smtp = require "smtpcodes"
local float = require "smtpcodes.nvim_float"
local negotiate = require("smtpcodes.locale").negotiate

local M = {}

-- A run of letters, digits and dots: a code counts only as such a whole run,
-- so the 250 of 10.250.3.4 or of 250ms is none.
local WORD = "()([%w.]+)()"

-- The code a word is, trailing and leading dots aside: an enhanced code
-- (5.7.26) or a three-digit reply code (550); the code and its span, or nil.
local function as_code(s, word)
  local lead, code, tail = word:match("^(%.*)(.-)(%.*)$")
  if code:match("^[245]%.%d%d?%d?%.%d%d?%d?$") or code:match("^[2-5]%d%d$") then
    return code, s + #lead, s + #word - #tail
  end
  return nil
end

--- The codes on a line: the one under the cursor (col is 0-based, as
-- nvim_win_get_cursor gives it), or nil, and the first one on the line.
function M.code_at(line, col)
  local first
  for s, word in line:gmatch(WORD) do
    local code, from, to = as_code(s, word)
    if code then
      first = first or code
      if col + 1 >= from and col + 1 < to then return code, first end
    end
  end
  return nil, first
end

-- True when code is the reply's code or enhanced code, or its quoted reply's.
local function of_reply(code, reply)
  while reply do
    if code == tostring(reply.code) or code == reply.enhanced then return true end
    reply = reply.nested
  end
  return false
end

--- The language of the pages and where it comes from: vim.g.smtpcodes_lang,
-- else v:lang (set by :language), else $LANGUAGE, $LC_ALL, $LC_MESSAGES and
-- $LANG (first supported), else English.
function M.language()
  if vim.g.smtpcodes_lang ~= nil then return vim.g.smtpcodes_lang, "g:smtpcodes_lang" end
  local vlang = vim.v.lang or ""
  if vlang ~= "" and not vlang:match("^C%f[^%w]") and not vlang:match("^POSIX") and negotiate(vlang) then
    return negotiate(vlang), "v:lang"
  end
  for _, name in ipairs({ "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" }) do
    for each in (os.getenv(name) or ""):gmatch("[^:]+") do
      if negotiate(each) then return negotiate(each), "$" .. name end
    end
  end
  return "en", "default"
end

-- What to show for the arguments (none: the cursor's line and column): a
-- thing format() renders and a key naming it, or nil and a message.
local function subject(args, line, col)
  local x, message, key
  if #args == 1 then
    x, message = smtp.get(args[1])
    key = "code " .. args[1]
  elseif #args == 2 then
    x, message = smtp.compare(args[1], args[2])
    key = "compare " .. args[1] .. " " .. args[2]
  elseif #args > 2 then
    return nil, "give one code to explain or two to compare"
  else
    -- the code under the cursor wins, unless it is the line's reply's own
    -- code; off any code, the line's reply, else the line's first code
    local code, first = M.code_at(line, col)
    local reply = smtp.extract(line)
    if reply and (code == nil or of_reply(code, reply)) then return smtp.classify(reply), "reply " .. line end
    code = code or first
    if not code then return nil, "no SMTP code or reply under the cursor" end
    x, message = smtp.get(code)
    key = "code " .. code
  end
  if not x then return nil, message end
  return x, key
end

--- The page for the arguments, wrapped at width; the line and column are the
-- cursor's, for no argument.  Returns the text and a key naming it, or nil
-- and a message.
function M.page(args, line, col, width)
  local x, key = subject(args, line or "", col or 0)
  if not x then return nil, key end
  local lang = M.language()
  if type(lang) ~= "string" then return nil, "g:smtpcodes_lang must be a language tag such as \"ko\"" end
  local text, message = smtp.format(x, { lang = lang, width = width })
  if not text then return nil, message end
  return text, key .. " " .. lang .. " " .. width
end

local function split_lines(text)
  local lines = {}
  for line in (text .. "\n"):gmatch("(.-)\n") do lines[#lines + 1] = line end
  while lines[#lines] == "" do lines[#lines] = nil end
  return lines
end

--- :SmtpCode [CODE [CODE]]: shows the page in the float; returns its buffer
-- and window, or nil after saying what went wrong.
function M.command(args)
  local col = vim.api.nvim_win_get_cursor(0)[2]
  local text, key = M.page(args, vim.api.nvim_get_current_line(), col, float.width())
  if not text then
    vim.notify("SmtpCode: " .. key, vim.log.levels.ERROR)
    return nil
  end
  return float.show(split_lines(text), key)
end

return M
