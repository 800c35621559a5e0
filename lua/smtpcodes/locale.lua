--- Locales: tag negotiation, loading on first use, and a translator object
-- that looks texts up in one language, falls back to English where a text is
-- missing, and records every fallback so a page never pretends to be complete.

local M = {}

-- Supported tags in display order.  Files: lua/smtpcodes/locale/<tag>.lua
-- (zh-hans: zh_hans.lua); the full languages also have <tag>/content.lua and
-- <tag>/pairs.lua.
local supported = { "en", "ko", "id", "es", "vi", "ar", "zh-hans", "ja", "th", "pt", "fr", "de", "ru", "tr", "hi" }

local known = {}
for _, tag in ipairs(supported) do known[tag] = true end

--- The supported language tags, in order (a new table each call).
function M.languages()
  local out = {}
  for i, tag in ipairs(supported) do out[i] = tag end
  return out
end

--- Maps a tag as users write it (ko-KR, ko_KR.UTF-8, pt-BR, zh-CN, es-419)
-- to a supported one.
-- @return tag | nil, message, "unknown_language"
function M.negotiate(tag)
  if type(tag) ~= "string" then
    error("bad language tag (string expected, got " .. type(tag) .. ")", 2)
  end
  local t = tag:lower():gsub("[.@].*$", ""):gsub("_", "-")
  if t == "c" or t == "posix" then return "en" end
  if known[t] then return t end
  local lang, rest = t:match("^(%a%a%a?)%-?(.*)$")
  if lang == "zh" then
    if rest == "" or rest:match("^hans") or rest == "cn" or rest == "sg" then
      if known["zh-hans"] then return "zh-hans" end
    end
  elseif lang and known[lang] then
    return lang
  end
  return nil, ("unsupported language '%s'; supported: %s"):format(
    tag:sub(1, 40), table.concat(supported, ", ")), "unknown_language"
end

--- Loads the data of a supported tag (module cache, so once per Lua state).
function M.data(tag)
  return require("smtpcodes.locale." .. tag:gsub("%-", "_"))
end

local english = M.data("en")

local function fill(template, vars, key)
  return (template:gsub("{([%w_]+)}", function(name)
    local v = vars[name]
    if v == nil then error("template " .. key .. " has no value for {" .. name .. "}") end
    return tostring(v)
  end))
end

local Translator = {}
Translator.__index = Translator

--- A translator for one request: its fallback list belongs to that request.
function M.new(tag)
  return setmetatable({ tag = tag, data = M.data(tag), fallback = {} }, Translator)
end

--- Records that the text under key fell back to English; english is that
-- text, so the page can mark where it stands (lang="en" in HTML).
function Translator:note(key, english_text)
  if not self.seen then self.seen, self.english = {}, {} end
  if not self.seen[key] then
    self.seen[key] = true
    self.fallback[#self.fallback + 1] = key
  end
  if english_text then self.english[english_text] = true end
end

--- Is s a text this translator gave in English for want of a translation?
function Translator:is_fallback(s)
  return self.english ~= nil and self.english[s] == true
end

-- A value from one of the locale's sections, English where it is missing.
function Translator:lookup(section, key)
  local s = self.data[section]
  local v = s and s[key]
  if v ~= nil then return v end
  if self.tag ~= "en" then self:note(section .. "." .. tostring(key), english[section][key]) end
  return english[section][key]
end

function Translator:label(key) return self:lookup("labels", key) end

-- A name from one of the numbered name tables, or the table's "other" entry
-- (or nil) for a number the language, like English, does not name.
function Translator:numbered(section, n)
  if english[section][n] == nil then
    return english[section].other and self:lookup(section, "other") or nil
  end
  return self:lookup(section, n)
end

-- How this language joins list items (", " unless the locale says otherwise),
-- and how it ends a sentence made of a name ("." unless it says otherwise).
function Translator:list_separator() return self.data.list_separator or ", " end
function Translator:full_stop() return self.data.full_stop or "." end

--- The colon between a label and what follows it on text pages (a link's name
-- and address, the scan summary's count): the locale's label_colon, else ": ".
function Translator:colon() return self.data.label_colon or ": " end

--- Joins sentences: no space after an ideographic full stop, one otherwise.
function M.join_sentences(...)
  local out = ""
  for i = 1, select("#", ...) do
    local s = select(i, ...)
    if out == "" or out:sub(-3) == "\227\128\130" then out = out .. s else out = out .. " " .. s end
  end
  return out
end

-- The CLDR plural category of a whole number n in a language (the integer
-- rules of CLDR's plurals.xml; languages not listed have only "other").
local plural_rules = {
  en = function(n) return n == 1 and "one" or "other" end,
  es = function(n) return n == 1 and "one" or "other" end,
  de = function(n) return n == 1 and "one" or "other" end,
  fr = function(n) return (n == 0 or n == 1) and "one" or "other" end,
  pt = function(n) return (n == 0 or n == 1) and "one" or "other" end,
  hi = function(n) return (n == 0 or n == 1) and "one" or "other" end,
  ru = function(n)
    local d, h = n % 10, n % 100
    if d == 1 and h ~= 11 then return "one" end
    if d >= 2 and d <= 4 and (h < 12 or h > 14) then return "few" end
    return "many"
  end,
  ar = function(n)
    local h = n % 100
    if n == 0 then return "zero" elseif n == 1 then return "one" elseif n == 2 then return "two" end
    if h >= 3 and h <= 10 then return "few" end
    if h >= 11 and h <= 99 then return "many" end
    return "other"
  end,
}

--- The CLDR plural category ("zero", "one", "two", "few", "many", "other") of
-- the whole number n in the language tag.
function M.plural(tag, n)
  local rule = plural_rules[tag]
  return rule and rule(math.abs(n)) or "other"
end

--- A template filled with vars; a template with a count (vars.n) takes the
-- language's form for that number where the locale has plural forms.
function Translator:text(key, vars)
  vars = vars or {}
  local forms = type(vars.n) == "number" and self.data.plurals and self.data.plurals[key]
  if forms then
    return fill(forms[M.plural(self.tag, vars.n)] or forms.other, vars, key)
  end
  return fill(self:lookup("templates", key), vars, key)
end

--- The subject of an enhanced code in words: its name, or "an unassigned
-- subject (9)" for a number RFC 3463 does not assign.
function Translator:subject_phrase(n)
  if english.subject_names[n] ~= nil then return self:lookup("subject_names", n) end
  return self:text("unassigned_subject", { subject = n })
end

-- A text that ends or starts with a CJK character or fullwidth form (U+3000 to U+9FFF, U+FF00 to U+FFEF)
local CJK_END, CJK_START = "[\227-\233\239][\128-\191][\128-\191]$", "^[\227-\233\239]"

--- Joins list items as the language does: "A, B and C" (list_last before the
-- last item; list_last_many instead when there are three or more, for a
-- serial comma such as Indonesian "A, B, dan C" beside "A dan B").
function Translator:join_list(items)
  local n = #items
  if n <= 1 then return items[1] or "" end
  local sep = self:list_separator()
  local last = n > 2 and self.data.list_last_many or self.data.list_last or sep
  -- Chinese and Japanese set a blank between a CJK word and a Latin one, never between two CJK words
  if items[n - 1]:find(CJK_END) then last = last:gsub("^ ", "") end
  if items[n]:find(CJK_START) then last = last:gsub(" $", "") end
  return table.concat(items, sep, 1, n - 1) .. last .. items[n]
end

-- An optional data module of this locale (locale/<tag>/<name>.lua), or false.
function Translator:module(name)
  self.modules = self.modules or {}
  if self.modules[name] == nil then
    local ok, data = pcall(require, "smtpcodes.locale." .. self.tag:gsub("%-", "_") .. "." .. name)
    if not ok and not tostring(data):find("not found", 1, true) then error(data, 0) end
    self.modules[name] = ok and data or false
  end
  return self.modules[name]
end

-- The content translations of a full locale, or false.
function Translator:content_data()
  return self:module("content")
end

--- A content field of an info (name, description, when, fix, use) in this
-- language; the English text of the core where no translation exists.
function Translator:content(info, field)
  if self.tag == "en" or info[field] == nil then return info[field] end
  local group = info.kind == "basic" and "basic" or "enhanced"
  if group == "basic" and field == "name" and self.data.names and self.data.names[info.code] then
    return self.data.names[info.code]
  end
  local key = info.code
  if group == "enhanced" then key = info.subject .. "." .. info.detail end
  local content = self:content_data()
  local entry = content and content[group] and content[group][key]
  if entry and entry[field] then return entry[field] end
  self:note(group .. "." .. key .. "." .. field, info[field])
  return info[field]
end

--- A provider code's text (name, description, when, fix) in this language; the
-- provider's English text where no translation exists.  Content files keep
-- them under the provider entry's marker: provider["5.7.515"], provider["5.7.606-5.7.649"].
function Translator:provider(info, field)
  if self.tag == "en" or info[field] == nil then return info[field] end
  local key = info.provider and info.provider.marker or info.code
  local content = self:content_data()
  local entry = content and content.provider and content.provider[key]
  if entry and entry[field] then return entry[field] end
  self:note("provider." .. key .. "." .. field, info[field])
  return info[field]
end

--- Advice text of a related pair in this language, English where missing.
function Translator:pair(first, second, english_text)
  if self.tag == "en" then return english_text end
  local advice = self:module("pairs")
  local key = first .. " " .. second
  if advice and advice[key] then return advice[key] end
  self:note("pairs." .. key, english_text)
  return english_text
end

local english_cli -- locale/en/cli.lua, loaded with the first CLI text

--- Does the CLI text key exist (locale/en/cli.lua has every key)?
function M.has_cli(key)
  english_cli = english_cli or require("smtpcodes.locale.en.cli")
  return english_cli[key] ~= nil
end

--- A text of the command-line tool (locale/<file>/cli.lua): a string filled
-- with vars, or a table of help rows; English where this language lacks it.
function Translator:cli(key, vars)
  if not M.has_cli(key) then error("no CLI text " .. tostring(key), 2) end
  local own = self:module("cli")
  local v = own and own[key]
  if not v then v = english_cli[key] end
  if type(v) == "string" then return fill(v, vars or {}, key) end
  return v
end

--- Texts for a well-formed enhanced code that is not registered.
function M.unregistered(tag, info)
  local t = M.new(tag)
  -- a subject RFC 3463 does not assign (5.9.9) names no kind of problem
  local assigned = english.subject_names[info.subject] ~= nil
  local vars = {
    code = info.code,
    subject = info.subject,
    subject_name = assigned and t:lookup("subject_names", info.subject) or nil,
    class_meaning = t:text("class_meaning_" .. info.class),
  }
  local suffix = assigned and "" or "_unassigned"
  return {
    name = t:text("unregistered_name" .. suffix, vars),
    description = t:text("unregistered_description" .. suffix, vars),
    when = t:text("unregistered_when", vars),
    fix = t:text("unregistered_fix", vars),
    references = {
      { document = "RFC 3463", rfc = 3463, url = "https://www.rfc-editor.org/rfc/rfc3463" },
      { document = "IANA SMTP Enhanced Status Codes registry",
        url = "https://www.iana.org/assignments/smtp-enhanced-status-codes/" },
    },
  }
end

return M
