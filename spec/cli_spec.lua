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
