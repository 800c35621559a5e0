-- smtpcodes scan: files, Maildirs, standard input, the four formats, --follow, exit status.
local helpers = require "helpers"
local json = require "dkjson"
local cli_scan = require "smtpcodes.cli_scan"

local LOG = "spec/fixtures/logs/newcomer-maillog.txt"

local read = require("helpers").read

describe("smtpcodes scan", function()
  it("writes a table of one row per recipient", function()
    local status, out = helpers.cli({ "scan", LOG })
    assert.are.equal(0, status)
    assert.matches("^Line%s+Recipient%s+Delivery", out)
    for _, who in ipairs({ "bob@example.com", "amy@example.org", "eve@gmail.com", "joe@yahoo.com",
      "x@nodomain.invalid" }) do
      assert.truthy(out:find(who, 1, true), who)
    end
    assert.matches("\n2%s+bob@example%.com%s+failed%s+550 5%.1%.1%s+permanent%s+user_unknown%s+suppress_address\n", out)
  end)

  it("writes JSON lines with fixed keys in a fixed order, file and index", function()
    local status, out = helpers.cli({ "scan", "--format", "jsonl", LOG })
    assert.are.equal(0, status)
    local n = 0
    for line in out:gmatch("[^\n]+") do
      n = n + 1
      local r = assert(json.decode(line))
      assert.are.equal(LOG, r.file)
      assert.are.equal(n, r.index)
      assert.matches('^{"file":"[^"]+","index":%d+,"line":%d+,"recipient":', line)
      assert.matches('"verdict":"%a+","reason":"[%a_]+","reason_source":"%a+","action":"[%a_]+","retry":', line)
      assert.truthy(line:find('"original_recipient":null', 1, true)) -- absent fields are null, never missing
    end
    assert.are.equal(5, n)
  end)

  it("writes one JSON array, and reads standard input", function()
    local status, out = helpers.cli({ "scan", "-f", "json", "-" }, nil, read(LOG))
    assert.are.equal(0, status)
    local rs = assert(json.decode(out))
    assert.are.equal(5, #rs)
    assert.are.equal("joe@yahoo.com", rs[4].recipient)
    assert.are.equal("rate_limited", rs[4].reason)
    assert.are.equal("Yahoo", rs[4].provider)
    assert.is_nil(rs[1].file) -- standard input has no file name (null)
  end)

  it("lines its table up by display width in every script", function()
    local width = require("smtpcodes.render.text").width
    local locale = require "smtpcodes.locale"
    for _, lang in ipairs({ "en", "ja", "th", "hi", "ar", "ko", "ru" }) do
      local status, out = helpers.cli({ "scan", "--lang", lang, LOG })
      assert.are.equal(0, status)
      -- the texts the last column (the action) may hold: its heading, English's names, the language's words
      local labels = locale.data(lang).scan_labels
      local lasts = { labels.action, "retry", "retry_later_slowly", "suppress_address", "contact_postmaster" }
      for key, v in pairs(labels) do
        if key:find("^action_") then lasts[#lasts + 1] = require("smtpcodes.render.text").unmark(v) end
      end
      local rows = 0
      for line in out:gmatch("[^\n]+") do
        if not line:find("^== ") then
          local last = ""
          for _, v in ipairs(lasts) do
            if #v > #last and line:sub(-#v) == v then last = v end
          end
          -- every column before the last ends at column 98 (English), 120 (wider cells for other languages' words)
          assert.are.equal(lang == "en" and 98 or 120, width(line) - width(last), lang .. ": " .. line)
          assert.falsy(line:find("\226\128\139", 1, true), "no break marks on the terminal")
          rows = rows + 1
        end
      end
      assert.is_true(rows > 5, lang)
    end
  end)

  it("takes the options written before the word scan", function()
    local status, out = helpers.cli({ "--lang", "de", "scan", "--format", "summary", LOG })
    assert.are.equal(0, status)
    assert.matches("^Ergebnisse: ", out)
    status, out = helpers.cli({ "-l", "de", "scan", "--help" })
    assert.are.equal(0, status)
    assert.matches("^Aufruf: smtpcodes scan ", out)
  end)

  it("writes the table's verdicts, reasons and actions in the chosen language", function()
    local status, out = helpers.cli({ "scan", "--lang", "de", LOG })
    assert.are.equal(0, status)
    assert.matches("\n%d+%s+bob@example%.com%s+fehlgeschlagen%s+550 5%.1%.1%s+dauerhaft%s+Unbekannter Empfänger%s+"
      .. "Adresse sperren\n", out)
    assert.falsy(out:find("suppress_address", 1, true))
  end)

  it("summarizes in the chosen language", function()
    local status, out = helpers.cli({ "scan", "--format", "summary", "--lang", "de", LOG,
      "spec/fixtures/logs/exim-main.log" })
    assert.are.equal(0, status)
    assert.matches("^Ergebnisse: 16\n", out)
    assert.truthy(out:find("\nZustellungen\n", 1, true))
    assert.truthy(out:find("user_unknown  (Unbekannter Empfänger)", 1, true))
    assert.truthy(out:find("suppress_address  (Adresse sperren)", 1, true))
    local _, thai = helpers.cli({ "scan", "--format", "summary", "--lang", "th", LOG })
    assert.falsy(thai:find("\226\128\139", 1, true), "no break marks on the terminal")
    assert.truthy(out:find("\nEmpfängerdomains\n", 1, true))
    assert.truthy(out:find("\n         1  Yahoo\n", 1, true))
    assert.truthy(out:find("550 <>: Recipient address rejected: User unknown in virtual mailbox table", 1, true))
  end)

  it("writes the records of many files in one write, an unreadable file's problem after what came before", function()
    local files = { "spec/fixtures/scan/dsn-two-rcpts.eml", "spec/fixtures/scan/dsn-status-only.eml", LOG }
    local each = {}
    for i, f in ipairs(files) do each[i] = select(2, helpers.cli({ "scan", "--format", "jsonl", f })) end
    local written, events = {}, {}
    local function run(args)
      written, events = {}, {}
      return cli_scan.main(args, {
        out = function(s) written[#written + 1] = s events[#events + 1] = "out" end,
        err = function() events[#events + 1] = "err" end, getenv = function() return nil end,
      }, 2)
    end
    assert.are.equal(0, run({ "scan", "--format", "jsonl", files[1], files[2], files[3] }))
    assert.are.same({ table.concat(each) }, written)
    assert.are.equal(0, run({ "scan", "--format", "jsonl", files[1], "spec/fixtures/no-such-file", files[2] }))
    assert.are.same({ "out", "err", "out" }, events)
    assert.are.equal(each[1] .. each[2], table.concat(written))
  end)

  it("writes each record as soon as its line is read with --follow", function()
    local lines, written, flushes = {}, {}, 0
    for l in read(LOG):gmatch("[^\n]+") do lines[#lines + 1] = l end
    local seen_before = {}
    local stdin = { lines = function()
      local i = 0
      return function()
        i = i + 1
        seen_before[i] = #written -- records out before line i was handed over
        return lines[i]
      end
    end }
    local status = cli_scan.main({ "scan", "--follow", "--format", "jsonl" }, {
      out = function(s) written[#written + 1] = s end, err = function() end,
      getenv = function() return nil end, stdin = stdin, flush = function() flushes = flushes + 1 end,
    }, 2)
    assert.are.equal(0, status)
    assert.are.equal(5, #written)
    assert.are.same({ 0, 0, 1, 2, 3, 4, 5, 5 }, seen_before) -- the qmgr line gives nothing, each delivery one
    assert.is_true(flushes >= 5)
  end)

  it("walks a Maildir's cur/ and new/, and a folder of files", function()
    local dir = os.tmpname()
    os.remove(dir)
    local ok = os.execute("mkdir -p '" .. dir .. "/md/cur' '" .. dir .. "/md/new' '" .. dir .. "/md/tmp' '" ..
      dir .. "/logs'")
    assert.is_true(ok == true or ok == 0)
    for _, f in ipairs({ "/md/cur/2", "/md/new/1", "/md/tmp/x", "/logs/b.log", "/logs/a.log" }) do
      local h = assert(io.open(dir .. f, "wb"))
      h:write("x\n")
      h:close()
    end
    local got = cli_scan.inputs({ dir .. "/md", dir .. "/logs", "-" }, "auto")
    os.execute("rm -rf '" .. dir .. "'")
    assert.are.same({
      { path = dir .. "/md/cur/2", mode = "mail" }, { path = dir .. "/md/new/1", mode = "mail" },
      { path = dir .. "/logs/a.log", mode = "auto" }, { path = dir .. "/logs/b.log", mode = "auto" },
      { path = "-", mode = "auto" },
    }, got)
  end)

  it("exits 1 when nothing was a bounce or a log record, 2 for usage errors", function()
    local status, _, err = helpers.cli({ "scan", "-" }, nil, "just some text\nand more\n")
    assert.are.equal(1, status)
    assert.are.equal("", err)
    status, _, err = helpers.cli({ "scan", "no/such/file" })
    assert.are.equal(1, status)
    assert.matches("no/such/file", err)
    for _, args in ipairs({ { "scan", "--format", "yaml" }, { "scan", "--bogus" }, { "scan", "--lang", "xx" },
      { "scan", "--mode", "tape" }, { "scan", "--top", "0" }, { "scan", "--format" } }) do
      status, _, err = helpers.cli(args)
      assert.are.equal(2, status, table.concat(args, " "))
      assert.matches("^smtpcodes scan: ", err)
    end
    status = helpers.cli({ "scan", "--help" })
    assert.are.equal(0, status)
  end)
end)

describe("POST /smtp/scan and :SmtpScan", function()
  local log = read(LOG)

  it("answers a log with every result as JSON", function()
    local res = require("smtpcodes.openresty").route("POST", "/smtp/scan", {}, log)
    assert.are.equal(200, res.status)
    assert.matches("^application/json", res.content_type)
    local doc = assert(json.decode(res.body))
    assert.are.equal(5, doc.count)
    assert.are.equal("bob@example.com", doc.results[1].recipient)
    assert.are.equal("user_unknown", doc.results[1].reason)
  end)

  it("answers nothing found, a wrong method, an empty and an oversized body", function()
    local route = require("smtpcodes.openresty_scan").route
    local res = route("POST", "no log here\n")
    assert.are.equal(200, res.status)
    assert.are.same({ count = 0, results = {} }, json.decode(res.body, 1, json.null, nil))
    assert.are.equal(405, route("GET", log).status)
    assert.are.equal(400, route("POST", "").status)
    local big = route("POST", ("x"):rep(require("smtpcodes.openresty_scan").MAX_BODY + 1))
    assert.are.equal(413, big.status)
    assert.are.equal("too_large", json.decode(big.body).error)
  end)

  it("gives one quickfix item per recipient: its line, verdict and reason", function()
    local lines = {}
    for l in log:gmatch("[^\n]+") do lines[#lines + 1] = l end
    local items = assert(require("smtpcodes.nvim_scan").items(lines, 7))
    assert.are.equal(5, #items)
    assert.are.same({ bufnr = 7, lnum = 2, type = "E",
      text = "bob@example.com: failed, permanent, user_unknown, 5.1.1 (reply 550)" }, items[1])
    assert.are.equal("W", items[2].type)
    assert.are.equal("I", items[3].type)
    assert.is_nil((require("smtpcodes.nvim_scan").items({ "nothing" }, 1)))
  end)
end)
