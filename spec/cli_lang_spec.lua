-- The command-line tool in the language it negotiates: --help, usage errors,
-- error lines and the JSON error document, in all 15 languages.
local helpers = require "helpers"
local cli = helpers.cli
local locale = require "smtpcodes.locale"
local width = require("smtpcodes.render.text").width
local json = require "smtpcodes.json"

local english = require "smtpcodes.locale.en.cli"
local others = {}
for _, tag in ipairs(locale.languages()) do
  if tag ~= "en" then others[#others + 1] = tag end
end

local function texts(tag) return require("smtpcodes.locale." .. tag:gsub("%-", "_") .. ".cli") end

local function placeholders(s)
  local set = {}
  for p in s:gmatch("{[%w_]+}") do set[p] = true end
  return set
end

-- The names a translation keeps as typed: options, and the format, mode, kind and command names where
-- English gives them as values (in a list, after an option, in brackets), not where it uses the word.
local typed_words = { "text", "markdown", "html", "json", "jsonl", "summary", "auto", "mail", "mbox", "log", "basic",
  "enhanced" }
local function typed(s)
  local out = {}
  for option in s:gmatch("%-%-%a[%w-]*") do out[#out + 1] = option end
  local padded = " " .. s .. "$"
  for _, w in ipairs(typed_words) do
    for _, shape in ipairs({ "W,", "W or ", "or W", "W (", "(W", "W)", "W|", "|W", "W and ", "and W", "W$" }) do
      if padded:find(shape:gsub("W", w), 1, true) then
        out[#out + 1] = w
        break
      end
    end
  end
  if s:find("^explain takes") then out[#out + 1] = "explain" end
  return out
end

-- English words that no translation uses, once option names, variables and names are taken out.
local english_words = { "the", "and", "with", "only", "show", "this", "when", "from", "for", "each", "which",
  "reading", "known", "same", "else", "then", "one", "two", "reply", "default", "output", "input", "wrap", "exit",
  "help", "of", "is", "or", "found", "unknown", "invalid", "takes", "needs", "give", "try", "more" }
local function english_left(s)
  -- options, placeholders, metavariables and variable names (CODE, LC_ALL), the sample command line
  s = s:gsub("%-%-?%a[%w-]*", ""):gsub("{[%w_]+}", ""):gsub("%f[%w]%u[%u_]+%f[^%w]", ""):gsub("%(tail[^)]*%)", "")
  local found = {}
  for _, w in ipairs(english_words) do
    if s:lower():find("%f[%a]" .. w .. "%f[^%a]") then found[#found + 1] = w end
  end
  return found
end

describe("the CLI texts of every language", function()
  for _, tag in ipairs(others) do
    local t = texts(tag)

    it(tag .. " has every key of English and no other, help rows for the same options", function()
      for key, v in pairs(english) do
        assert.are.equal(type(v), type(t[key]), tag .. " " .. key)
        if type(v) == "table" then
          assert.are.equal(#v, #t[key], tag .. " " .. key)
          for i, row in ipairs(v) do
            assert.are.same(typed(row[1]), typed(t[key][i][1]), tag .. " " .. key .. " " .. row[1])
            assert.are.equal(row[2] == "", t[key][i][2] == "", tag .. " " .. key .. " " .. row[1])
          end
        end
      end
      for key in pairs(t) do assert.is_not_nil(english[key], tag .. " has extra " .. key) end
    end)

    it(tag .. " keeps every placeholder, option name and typed value, and says each in its own words", function()
      for key, v in pairs(english) do
        local strings = type(v) == "string" and { { v, t[key] } } or {}
        if type(v) == "table" then
          for i, row in ipairs(v) do strings[#strings + 1] = { row[2], t[key][i][2] } end
        end
        for _, pair in ipairs(strings) do
          local en, own = pair[1], pair[2]
          if key == "not_translated" then -- it may name its language in its own words
            for p in pairs(placeholders(own)) do assert.is_true(placeholders(en)[p], tag .. " " .. key) end
          else
            assert.are.same(placeholders(en), placeholders(own), tag .. " " .. key)
          end
          for _, name in ipairs(typed(en)) do
            assert.truthy(own:find(name, 1, true), tag .. " " .. key .. " lacks " .. name .. ": " .. own)
          end
          if en ~= "" then
            assert.are_not.equal(en, own, tag .. " " .. key)
            assert.are.same({}, english_left(own), tag .. " " .. key .. ": " .. own)
          end
        end
      end
    end)
  end
end)

describe("smtpcodes --help in every language", function()
  for _, tag in ipairs(others) do
    it(tag .. ": no English sentence, every option at the start of its line, within the width", function()
      for _, args in ipairs({ { "-l", tag, "--help" }, { "scan", "-l", tag, "--help" } }) do
        local status, out, err = cli(args)
        assert.are.equal(0, status)
        assert.are.equal("", err)
        assert.are_not.equal(select(2, cli(args[1] == "scan" and { "scan", "--help" } or { "--help" })), out)
        assert.are.same({}, english_left(out), tag .. ":\n" .. out)
        assert.falsy(out:find("\226\128\139", 1, true), "no break marks are printed")
        local options = 0
        for line in out:gmatch("[^\n]+") do
          assert.truthy(width(line) <= 80, tag .. ": " .. line)
          line = line:gsub("^\226\128[\142\143]", "") -- a right-to-left language marks each line's direction
          if line:find("^  %-") or line:find("^      %-%-") then options = options + 1 end
        end
        assert.are.equal(args[1] == "scan" and 7 or 9, options, tag)
      end
    end)
  end

  it("prints no Thai break marks, in help or on a page, wrapped or not", function()
    for _, args in ipairs({ { "-l", "th", "550" }, { "-l", "th", "-w", "0", "550" },
      { "-l", "th", "-w", "0", "--help" }, { "-l", "th", "--bogus" }, { "-l", "th", "2500" },
      { "-l", "th", "--list" } }) do
      local _, out, err = cli(args)
      assert.falsy((out .. err):find("\226\128\139", 1, true), table.concat(args, " "))
    end
  end)

  it("wraps scan --help at --width too, and refuses a width that is no whole number", function()
    for _, tag in ipairs({ "en", "de", "ja", "th", "ar" }) do
      local status, out = cli({ "scan", "-l", tag, "--width", "50", "--help" })
      assert.are.equal(0, status)
      local lines = 0
      for line in out:gmatch("[^\n]+") do
        lines = lines + 1
        if not line:find("PATH", 1, true) then assert.truthy(width(line) <= 50, tag .. ": " .. line) end
      end
      local _, wide = cli({ "scan", "-l", tag, "-w", "0", "--help" })
      local flat = 0
      for _ in wide:gmatch("[^\n]+") do flat = flat + 1 end
      assert.truthy(flat < lines, tag) -- unwrapped: fewer, longer lines
      assert.are.equal(out, select(2, cli({ "-l", tag, "-w", "50", "scan", "--help" }))) -- written before scan
    end
    for _, bad in ipairs({ "x", "-1", "2.5" }) do
      local status, _, err = cli({ "scan", "--width", bad, "--help" })
      assert.are.equal(2, status, bad)
      assert.matches("%-%-width takes a whole number", err)
    end
  end)

  it("wraps at --width by display width, and not at all with --width 0", function()
    for _, tag in ipairs({ "ja", "zh-hans", "ko", "th", "hi", "ar" }) do
      local _, out = cli({ "-l", tag, "-w", "50", "--help" })
      for line in out:gmatch("[^\n]+") do
        if not line:find("%-%-list %[") then assert.truthy(width(line) <= 50, tag .. ": " .. line) end
      end
      local _, flat = cli({ "-l", tag, "-w", "0", "--help" })
      local exit_text = require("smtpcodes.cli_text").plain(texts(tag).main_exit)
      local mark = tag == "ar" and "\226\128\143" or "" -- a right-to-left paragraph line starts with RLM
      assert.truthy(flat:find("\n\n" .. mark .. exit_text .. "\n", 1, true), tag)
    end
  end)
end)

-- Bad command lines, and the option or value each error must still name.
local usage_errors = {
  { { "--bogus" }, "--bogus" }, { { "--format" }, "--format" }, { { "--format", "pdf", "550" }, "pdf" },
  { { "--width", "wide", "550" }, "--width" }, { { "--list", "--class", "9" }, "--class" },
  { { "--list", "--kind", "all" }, "--kind" }, { { "--class", "4" }, "--list" }, { { "--list", "550" }, "--list" },
  { { "explain", "a", "b" }, "explain" }, { { "1", "2", "3" } },
  { { "scan", "--format", "yaml" }, "yaml" }, { { "scan", "--mode", "tape" }, "tape" },
  { { "scan", "--top", "0" }, "--top" }, { { "scan", "--bogus" }, "--bogus" },
}

-- The command line with --lang tag right after the command.
local function with_lang(args, tag)
  local out, i = {}, args[1] == "scan" and 2 or 1
  for j = 1, i - 1 do out[#out + 1] = args[j] end
  out[#out + 1] = "--lang=" .. tag
  for j = i, #args do out[#out + 1] = args[j] end
  return out
end

describe("CLI usage errors in every language", function()
  local english_lines = {}
  for i, case in ipairs(usage_errors) do english_lines[i] = select(3, cli(case[1])) end

  it("in English: one line, then where to read more", function()
    for i, case in ipairs(usage_errors) do
      local command = case[1][1] == "scan" and "smtpcodes scan" or "smtpcodes"
      assert.truthy(english_lines[i]:find("^" .. command:gsub("%-", "%%-") .. ": [^\n]+\nTry '" .. command
        .. " %-%-help' for more information%.\n$"), english_lines[i])
    end
  end)

  for _, tag in ipairs(others) do
    it(tag .. ": localized, naming the option, exit status 2", function()
      for i, case in ipairs(usage_errors) do
        local command = case[1][1] == "scan" and "smtpcodes scan" or "smtpcodes"
        local status, out, err = cli(with_lang(case[1], tag))
        assert.are.equal(2, status, tag .. " " .. table.concat(case[1], " "))
        assert.are.equal("", out)
        local problem, try = err:match("^" .. command:gsub("%-", "%%-") .. ": ([^\n]+)\n([^\n]+)\n$")
        assert.is_string(problem, tag .. ": " .. err)
        assert.are_not.equal(english_lines[i], err)
        assert.are.same({}, english_left(problem), tag .. ": " .. problem)
        if case[2] then assert.truthy(problem:find(case[2], 1, true), tag .. ": " .. problem) end
        assert.truthy(try:find(command .. " --help", 1, true), tag .. ": " .. try)
      end
    end)
  end

  it("take the language of LANGUAGE (a list) or LANG when --lang is not given", function()
    local _, _, ko = cli({ "--bogus" }, { LANGUAGE = "xx:ko:en", LANG = "de_DE.UTF-8" })
    assert.are.equal(select(3, cli({ "--lang", "ko", "--bogus" })), ko)
    local _, _, de = cli({ "--width", "x", "550" }, { LANG = "de_DE.UTF-8" })
    assert.are.equal(select(3, cli({ "-l", "de", "--width", "x", "550" })), de)
    assert.truthy(de:find("--width", 1, true))
    local _, help = cli({ "--help" }, { LANGUAGE = "ko:en" })
    assert.are.equal(select(2, cli({ "-l", "ko", "--help" })), help)
    local _, scan_help = cli({ "scan", "--help" }, { LC_ALL = "ja_JP.UTF-8" })
    assert.are.equal(select(2, cli({ "scan", "-l", "ja", "--help" })), scan_help)
  end)

  it("use --lang only when it was read before the error and is supported", function()
    -- the error comes before --lang: the environment's language, else English
    assert.are.equal(english_lines[1], select(3, cli({ "--bogus", "-l", "ko" })))
    assert.are.equal(select(3, cli({ "-l", "de", "--bogus" })), select(3, cli({ "--bogus", "-l", "ko" },
      { LANG = "de_DE.UTF-8" })))
    -- an unsupported --lang is itself the error: in English, or in the environment's language
    local status, _, err = cli({ "--lang", "xx", "550" })
    assert.are.equal(2, status)
    assert.truthy(err:find("^smtpcodes: unsupported language 'xx'; supported: en, ko, ", 1), err)
    assert.are.equal("\nTry 'smtpcodes --help' for more information.\n", err:match("\n.*$"))
    local _, _, de = cli({ "--lang", "xx", "550" }, { LANG = "de_DE.UTF-8" })
    assert.truthy(de:find("^smtpcodes: nicht unterstützte Sprache „xx“", 1), de)
    local _, _, scan = cli({ "scan", "--lang", "xx" })
    assert.truthy(scan:find("^smtpcodes scan: unsupported language 'xx'"), scan)
  end)
end)

describe("CLI error lines in every language", function()
  local inputs = { { { "2500" }, "2500", "malformed" }, { { "299" }, "299", "unknown" },
    { { "600" }, "600", "out_of_range" }, { { "220", "6.1.1" }, "6.1.1", "out_of_range" },
    { { "explain", "hello world" } }, { { "explain", "" } } }
  -- the quotation marks around {input} in the language's template of the error
  local function quoted(tag, errname, input)
    local template = texts(tag)["error_" .. errname]
    local open, close = template:match("(%S*){input}(%S*)")
    return open .. input .. close
  end

  for _, tag in ipairs(others) do
    it(tag .. ": the code or reply the core refused, quoted as typed", function()
      for _, case in ipairs(inputs) do
        local status, out, err = cli(with_lang(case[1], tag))
        assert.are.equal(1, status, table.concat(case[1], " "))
        assert.are.equal("", out)
        local line = err:match("^smtpcodes: ([^\n]+)\n$")
        assert.is_string(line, err)
        assert.are_not.equal(select(3, cli(case[1])), err)
        assert.are.same({}, english_left(line), tag .. ": " .. line)
        if case[2] then assert.truthy(line:find(quoted(tag, case[3], case[2]), 1, true), tag .. ": " .. line) end
      end
    end)
  end

  it("quote what the user typed the way the core does, control characters escaped", function()
    local _, _, err = cli({ "-l", "ja", "55\0270" })
    assert.truthy(err:find("\227\128\14055\\x1B0\227\128\141", 1, true), err)
    _, _, err = cli({ "-l", "ko", "５５０" })
    assert.truthy(err:find(quoted("ko", "malformed", "\\u{FF15}\\u{FF15}\\u{FF10}"), 1, true), err)
  end)

  it("keep the stable English error and message in JSON, and add the language and its text", function()
    local _, en = cli({ "-f", "json", "299" })
    local e = json.decode(en)
    assert.are.same({ "unknown", "en" }, { e.error, e.lang })
    assert.are.equal(e.message, e.text)
    for _, tag in ipairs(others) do
      local status, out, err = cli({ "-f", "json", "-l", tag, "299" })
      assert.are.equal(1, status)
      local d = json.decode(out)
      assert.are.same({ "error", "unknown", e.message, tag }, { d.kind, d.error, d.message, d.lang })
      assert.are.equal("smtpcodes: " .. d.text .. "\n", err)
      assert.are_not.equal(e.message, d.text)
      assert.truthy(d.text:find(quoted(tag, "unknown", "299"), 1, true))
      assert.truthy(out:find('"message": "unknown code \'299\'', 1, true))
    end
  end)

  it("say in the language when the output cannot be written", function()
    local err = {}
    local status = require("smtpcodes.cli").main({ "-l", "fr", "550" }, {
      out = function() return false, "No space left on device" end,
      err = function(s) err[#err + 1] = s end, getenv = function() return nil end })
    assert.are.equal(3, status)
    assert.are.equal("smtpcodes: impossible d'écrire la sortie : No space left on device\n", table.concat(err))
  end)
end)
