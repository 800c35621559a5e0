--- The texts of the command-line tool in the language it negotiates: the
-- language from --lang when it is supported, else the environment's
-- (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG, as gettext reads them), else
-- English.  Texts live in locale/<file>/cli.lua (English: locale/en/cli.lua),
-- each falling back to English on its own.  Usage problems travel as tables
-- {key, name = value ...} until they are worded here.

local locale = require "smtpcodes.locale"

local M = {}

-- The language the environment asks for: the first supported entry of
-- LANGUAGE (a list, ko:en), else the first locale variable that is set
-- (unsupported: English, which is no error).
local function environment(getenv)
  local list = getenv("LANGUAGE")
  if list and list ~= "" then
    for tag in list:gmatch("[^:]+") do
      local found = locale.negotiate(tag)
      if found then return found end
    end
  end
  for _, var in ipairs({ "LC_ALL", "LC_MESSAGES", "LANG" }) do
    local v = getenv(var)
    if v and v ~= "" then return locale.negotiate(v) or "en" end
  end
  return "en"
end

--- The language tag of the texts for --lang lang (nil when not given) and the
-- environment, and a usage problem when lang is not supported.
-- @return tag, nil | tag, problem
function M.language(lang, getenv)
  if lang == nil then return environment(getenv) end
  local tag = locale.negotiate(lang)
  if tag then return tag end
  return environment(getenv), { "unknown_language", lang = lang:sub(1, 40),
    languages = table.concat(locale.languages(), ", ") }
end

local Texts = {}
Texts.__index = Texts

--- The CLI texts in the language tag.
function M.new(tag)
  return setmetatable({ tag = tag, t = locale.new(tag) }, Texts)
end

--- A text (a string filled with vars, or a table of help rows), English where the language lacks it.
function Texts:get(key, vars)
  return self.t:cli(key, vars)
end

--- s without the ZERO WIDTH SPACEs that mark where Thai text may wrap
-- (text printed as it is gets none; help descriptions are wrapped at them).
function M.plain(s) return require("smtpcodes.render.text").unmark(s) end -- (loaded when a text is printed)

--- A message: the text key filled with vars, ready to print.
function Texts:message(key, vars)
  return M.plain(self:get(key, vars))
end

--- A usage problem {key, name = value ...} in words.
function Texts:problem(p)
  return self:message(p[1], p)
end

--- The lines of a usage error: the problem and where to read more.
function Texts:usage_error(command, p)
  return ("%s: %s\n%s\n"):format(command, self:problem(p), self:message("try_help", { command = command }))
end

--- The sentence for a code or reply the core refused (errname, its English
-- message), with the input escaped as the core does (control characters and
-- what is not ASCII as \x1B, \u{FF15}) inside the language's own quotation
-- marks, which the template holds; the core's message for an errname this
-- file does not word.
function Texts:refusal(errname, message, input)
  local key = "error_" .. tostring(errname)
  if not locale.has_cli(key) then return message end
  return self:message(key, { input = input and require("smtpcodes.core").quote(input):sub(2, -2) or "" })
end

return M
