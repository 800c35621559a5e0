-- The command-line tool, run in-process through smtpcodes.cli.main, and once
-- as a real process to prove the script and its exit status.
local helpers = require "helpers"
local cli = helpers.cli

describe("smtpcodes CLI", function()
  it("compares two codes", function()
    local status, out, err = cli({ "220", "551" })
    assert.are.equal(0, status)
    assert.are.equal("", err)
    assert.truthy(out:find("^SMTP 220 Service Ready vs 551 User Not Local\n"))
    assert.truthy(out:find("Key Differences", 1, true))
  end)

  it("explains one code, basic or enhanced", function()
    local status, out = cli({ "550" })
    assert.are.equal(0, status)
    assert.truthy(out:find("^SMTP 550 Mailbox Unavailable"))
    status, out = cli({ "5.7.26" })
    assert.are.equal(0, status)
    assert.truthy(out:find("^SMTP 5.7.26 Multiple authentication checks failed"))
  end)

  it("renders every format", function()
    local _, md = cli({ "--format", "markdown", "550" })
    assert.truthy(md:find("# SMTP 550 Mailbox Unavailable", 1, true))
    local _, html = cli({ "--format=html", "550" })
    assert.truthy(html:find("<h1>SMTP 550 Mailbox Unavailable</h1>", 1, true))
    local status, json = cli({ "-f", "json", "220", "551" })
    assert.are.equal(0, status)
    local decoded = require("smtpcodes.json").decode(json)
    assert.are.equal(220, decoded.first.code)
    assert.are.equal("class", decoded.differences[1].kind)
  end)

  it("lists codes, by class and kind", function()
    local status, out = cli({ "--list", "--class", "3" })
    assert.are.equal(0, status)
    assert.are.equal("334      Authentication Challenge\n354      Start Mail Input\n355      Octet Offset\n", out)
    local _, enhanced = cli({ "--list", "--kind", "enhanced", "--class", "2" })
    assert.truthy(enhanced:find("^2%.0%.0 "))
    assert.falsy(enhanced:find("\n550 ", 1, true))
  end)

  it("exits 1 for an unknown or malformed code, with the message on stderr", function()
    for _, args in ipairs({ { "999" }, { "abc" }, { "299" }, { "220", "2500" } }) do
      local status, out, err = cli(args)
      assert.are.equal(1, status)
      assert.are.equal("", out)
      assert.truthy(err:match("^smtpcodes: "))
    end
  end)

  it("exits 2 for usage errors", function()
    for _, args in ipairs({ {}, { "1", "2", "3" }, { "--bogus" }, { "--format", "pdf", "550" }, { "--format" },
      { "--list", "--class", "9" }, { "--lang", "xx", "550" }, { "--width", "wide", "550" } }) do
      local status, _, err = cli(args)
      assert.are.equal(2, status, table.concat(args, " "))
      assert.truthy(#err > 0)
    end
  end)

  it("prints help and version", function()
    local status, out = cli({ "--help" })
    assert.are.equal(0, status)
    assert.truthy(out:find("^Usage: smtpcodes"))
    status, out = cli({ "--version" })
    assert.are.equal(0, status)
    assert.truthy(out:match("^smtpcodes %d+%.%d+%.%d+\n$"))
  end)

  it("falls back to English for an unsupported locale in the environment", function()
    local status, out = cli({ "550" }, { LANG = "xx_YY.UTF-8" })
    assert.are.equal(0, status)
    assert.truthy(out:find("^SMTP 550"))
  end)

  it("reads the reply from standard input with explain or explain -", function()
    for _, args in ipairs({ { "explain" }, { "explain", "-" } }) do
      local status, out = cli(args, nil, "550 5.1.1 <x@example.com>: User unknown\r\n")
      assert.are.equal(0, status)
      assert.truthy(out:find("^SMTP 550 5.1.1: Unknown recipient\n"))
    end
  end)

  it("takes short options with their value attached, and --json", function()
    local _, a = cli({ "-f", "json", "-l", "ko", "550" })
    assert.are.equal(a, select(2, cli({ "-fjson", "-lko", "550" })))
    assert.are.equal(a, select(2, cli({ "--json", "--lang=ko", "550" })))
    assert.truthy(a:find('"lang": "ko"', 1, true))
    local _, narrow = cli({ "-w30", "550" })
    assert.are.equal(select(2, cli({ "--width", "30", "550" })), narrow)
    assert.are_not.equal(select(2, cli({ "550" })), narrow)
  end)

  it("lists codes in the format and language asked for", function()
    local _, md = cli({ "--list", "--class", "3", "-f", "markdown" })
    assert.truthy(md:find("^%- `334` Authentication Challenge\n"))
    local _, html = cli({ "--list", "--class", "3", "-f", "html" })
    assert.truthy(html:find("<li><code>354</code> Start Mail Input</li>", 1, true))
    local _, ko = cli({ "--list", "--class", "3", "-l", "ko" })
    assert.falsy(ko:find("Authentication Challenge", 1, true))
    local _, json = cli({ "--list", "--class", "3", "-f", "json", "-l", "ko" })
    local doc = require("smtpcodes.json").decode(json)
    assert.are.equal("ko", doc.lang)
    assert.are.equal(334, doc.codes[1].code)
  end)

  it("takes the language from LANGUAGE first, then the locale variables", function()
    local _, ko = cli({ "550" }, { LANGUAGE = "xx:ko", LANG = "de_DE.UTF-8" })
    assert.are.equal(select(2, cli({ "-l", "ko", "550" })), ko)
    local _, de = cli({ "550" }, { LANG = "de_DE.UTF-8" })
    assert.are.equal(select(2, cli({ "-l", "de", "550" })), de)
  end)

  it("wraps at the terminal's width unless --width says otherwise", function()
    local function run(args, columns)
      local out = {}
      local status = require("smtpcodes.cli").main(args, { out = function(s) out[#out + 1] = s return true end,
        err = function() end, getenv = function() return nil end, columns = function() return columns end })
      return status, table.concat(out)
    end
    local _, wide = run({ "550" }, 200)
    assert.are.equal(wide, select(2, cli({ "-w", "200", "550" })))
    local _, none = run({ "550" }, nil)
    assert.are.equal(none, select(2, cli({ "550" })))
    assert.are.equal(select(2, run({ "-w", "40", "550" }, 200)), select(2, cli({ "-w", "40", "550" })))
  end)

  it("exits 3 when the output cannot be written", function()
    local status = require("smtpcodes.cli").main({ "550" }, {
      out = function() return false, "No space left on device" end,
      err = function() end, getenv = function() return nil end })
    assert.are.equal(3, status)
    local lua = helpers.interpreter()
    local r = { os.execute(lua .. " scripts/run.lua 550 >/dev/full 2>/dev/null") }
    if type(r[1]) == "number" then assert.are.equal(3 * 256, r[1]) else assert.are.equal(3, r[3]) end
  end)

  it("says a usage error in one line and points to --help", function()
    for _, args in ipairs({ { "--bogus" }, { "1", "2", "3" }, { "--class", "4" }, { "--kind", "basic", "550" } }) do
      local status, _, err = cli(args)
      assert.are.equal(2, status)
      assert.truthy(err:find("^smtpcodes: [^\n]+\nTry 'smtpcodes %-%-help' for more information%.\n$"), err)
    end
  end)

  it("runs as a process with the right exit status", function()
    local lua = helpers.interpreter()
    local ok = os.execute(lua .. " scripts/run.lua 550 >/dev/null 2>&1")
    assert.is_true(ok == true or ok == 0)
    local bad = { os.execute(lua .. " scripts/run.lua 2500 >/dev/null 2>&1") }
    if type(bad[1]) == "number" then -- Lua 5.1 and LuaJIT: the raw wait status
      assert.are.equal(1 * 256, bad[1])
    else
      assert.are.equal(1, bad[3])
    end
  end)
end)

describe("smtpcodes CLI in a partly translated language (D7)", function()
  it("says on stderr, in that language, that explanations are shown in English, and marks them in HTML", function()
    helpers.without_translation("de", "basic", 550, function()
      local status, out, err = helpers.cli({ "-l", "de", "550" })
      assert.are.equal(0, status)
      assert.truthy(out:find("^SMTP 550 "))
      assert.are.equal("smtpcodes: einige Erläuterungen sind noch nicht ins Deutsche übersetzt und werden auf "
        .. "Englisch angezeigt\n", err)
      local _, html = helpers.cli({ "-l", "de", "-f", "html", "550" })
      assert.truthy(html:find('<p lang="en" dir="ltr">The requested action', 1, true))
    end)
    local _, _, none = helpers.cli({ "-l", "de", "550" })
    assert.are.equal("", none)
  end)
end)
