-- A real Exim (Debian's exim4-daemon-light 4.96, unpacked by scripts/setup,
-- run with its own configuration; see spec/fixtures/exim_lab.lua) delivers
-- to the project's SMTP sink, which answers each recipient with a reply
-- chosen here; its own SMTP server refuses to relay for a client; queue runs
-- retry what was deferred until Exim gives up.  Then Exim's main log and the
-- bounces it returned are scanned: every recipient must come out with the
-- reply the sink sent, the right delivery, command, queue id and
-- classification, as spec/postfix_spec.lua asks of Postfix.  Needs root.
local smtp = require "smtpcodes"
local socket = require "socket"
local helpers = require "helpers"
local lab_module = require "fixtures.exim_lab"
local check = require "fixtures.mta_checks"

local SENDER = "bounces@bounce.test"

-- What the sink answers (rcpt, data_end, greeting) and what the scan must say of each recipient (see
-- check.differences); reply is what the sink answered unless the case says otherwise.
local cases = {
  ["ok@sink.test"] = { delivery = "delivered", reply = "250 2.0.0 Ok: queued as SINK", verdict = "success",
    status = "2.0.0" },
  ["unknown@sink.test"] = { rcpt = "550 5.1.1 <unknown@sink.test>: Recipient address rejected: User unknown",
    delivery = "failed", verdict = "permanent", reason = "user_unknown", action = "suppress_address",
    command = "RCPT", status = "5.1.1" },
  ["gmail@sink.test"] = { rcpt = "550 5.1.1 The email account that you tried to reach does not exist. " ..
    "Please try\n550 5.1.1 double-checking the recipient's email address for typos. - gsmtp",
    delivery = "failed", verdict = "permanent", reason = "user_unknown", command = "RCPT" },
  ["big@sink.test"] = { rcpt = "552 5.2.2 Mailbox full", delivery = "failed", verdict = "permanent",
    reason = "mailbox_full", command = "RCPT" },
  ["spam@sink.test"] = { data_end = "554 5.7.1 Message rejected as spam", delivery = "failed",
    verdict = "permanent", reason = "spam_content", command = "DATA-END" },
  ["grey@sink.test"] = { rcpt = "450 4.2.0 <grey@sink.test>: Recipient address rejected: Greylisted, " ..
    "try again later", delivery = "delayed", expires = true, verdict = "transient", reason = "greylisted",
    command = "RCPT", status = "4.2.0" },
  ["any@greet.test"] = { greeting = "554 5.7.1 No SMTP service here for you", delivery = "failed",
    verdict = "permanent", command = "CONNECT" },
  ["any@refused.test"] = { reply = false, diagnostic = "Connection refused", delivery = "delayed", expires = true,
    verdict = "transient", reason = "network_error" },
  ["x@nowhere.test"] = { reply = false, diagnostic = "no route in the test", delivery = "failed",
    verdict = "permanent" },
  -- one message for two recipients: each gets its own result under the same queue id
  ["pair-ok@sink.test"] = { pair = true, delivery = "delivered", reply = "250 2.0.0 Ok: queued as SINK",
    verdict = "success" },
  ["pair-unknown@sink.test"] = { pair = true, rcpt = "550 5.1.1 <pair-unknown@sink.test>: User unknown",
    delivery = "failed", verdict = "permanent", reason = "user_unknown", command = "RCPT" },
}
for _, c in pairs(cases) do
  if c.reply == nil then c.reply = c.rcpt or c.data_end or c.greeting end
end

describe("a real Exim #integration", function()
  local lab, run, log, lines, results, elapsed, answers, why_not

  setup(function()
    local ok, why = lab_module.ensure_unpacked()
    if not ok then
      why_not = why
      return
    end
    local started = socket.gettime()
    local ports = lab_module.free_ports(3)
    lab = lab_module.start({
      routes = { ["sink.test"] = "127.0.0.1::" .. ports[1], ["greet.test"] = "127.0.0.1::" .. ports[2],
        ["refused.test"] = "127.0.0.2::" .. ports[3] }, -- nothing listens there
      sink = check.sink_config(cases, ports[1], ports[2]),
    })
    -- queue runs -qff until Exim has given up every deferred recipient (retry rule F,3s,1s)
    run = check.run(lab, cases, SENDER, ports[1], function(l) return l:match("^%S+ %S+ (%S+) <= (%S+) .* id=(%S+)") end,
      function()
        answers = lab:serve("192.0.2.9", { "EHLO client.test", "MAIL FROM:<someone@outside.test>",
          "RCPT TO:<x@elsewhere.test>", "QUIT" })
      end)
    log, lines, results = run.log, run.lines, run.results
    check.keep("SMTPCODES_EXIM_LOG", log) -- SMTPCODES_EXIM_LOG=path keeps what Exim wrote
    elapsed = socket.gettime() - started
  end)

  teardown(function()
    if lab then lab:stop(os.getenv("SMTPCODES_KEEP_LAB") == "1") end -- 1: keep its directory to look into
  end)

  local function ready()
    if why_not then pending("Exim could not be unpacked: " .. why_not) end
    return why_not == nil
  end

  it("runs in under 60 seconds, every message settled", function()
    if not ready() then return end
    assert.is_true(run.settled, "still queued:\n" .. log:sub(-3000))
    assert.is_true(elapsed < 60, "took " .. elapsed .. " s")
    for addr in pairs(cases) do assert.is_string(run.queue_of[addr], addr .. ": no <= line with its Message-ID") end
  end)

  it("refuses to relay for a client of its own SMTP server", function()
    if not ready() then return end
    assert.truthy(answers:find("\n550 relay not permitted\r\n", 1, true), answers)
    local found = 0
    for _, r in ipairs(results) do
      if r.recipient == "x@elsewhere.test" then
        found = found + 1
        assert.are.equal("someone@outside.test", r.sender)
        assert.are.equal("failed", r.delivery)
        assert.are.equal("RCPT", r.command)
        assert.are.equal("relay_denied", r.reason)
        assert.are.equal("relay not permitted", r.diagnostic)
        assert.is_nil(r.queue_id) -- refused before any message existed
      end
    end
    assert.are.equal(1, found)
  end)

  it("gives each recipient the reply the sink sent, its status, command and its message's queue id", function()
    if not ready() then return end
    for _, r in ipairs(results) do
      assert.are.equal("exim-log", r.source)
      local line = lines[r.line]
      assert.truthy(line and line:find(r.recipient, 1, true), "line " .. tostring(r.line) .. " for " .. r.recipient)
      if cases[r.recipient] then assert.truthy(line:find(" " .. run.queue_of[r.recipient] .. " ", 1, true), line) end
      if r.recipient == SENDER then assert.are.equal("delivered", r.delivery) end -- the bounces, delivered
    end
    local wrong = check.differences(results, lines, cases, { sender = SENDER, queue_of = run.queue_of,
      message_id = run.message_id })
    assert.are.equal("", table.concat(wrong, "\n")) -- every difference at once
  end)

  it("reports each attempt the sink answered once, and each final failure once", function()
    if not ready() then return end
    local wrong = check.attempts(results, lines, cases, assert(helpers.read_if(lab.transcript)),
      "SMTP error from remote mail server after RCPT TO:")
    assert.are.equal("", table.concat(wrong, "\n")) -- every difference at once
  end)

  it("gives the same results through the CLI, as JSON lines", function()
    if not ready() then return end
    local status, out = helpers.cli({ "scan", "--format", "jsonl", lab.log })
    assert.are.equal(0, status)
    local n = 0
    for line in out:gmatch("[^\n]+") do
      n = n + 1
      local r = results[n]
      local prefix = ('{"file":"%s","index":%d,"line":%d,"recipient":"%s",'):format(lab.log, n, r.line, r.recipient)
      assert.are.equal(prefix, line:sub(1, #prefix))
    end
    assert.are.equal(#results, n)
  end)

  it("returns a bounce for each failed recipient, which the mail readers read back", function()
    if not ready() then return end
    local found = assert(smtp.scan(lab:mailbox_text()))
    local by = {}
    for _, r in ipairs(found) do by[r.recipient] = r end
    local n = 0
    for addr, c in pairs(cases) do
      if c.delivery ~= "delivered" then
        n = n + 1
        local r = by[addr]
        assert.is_table(r, addr .. " lost in the bounces")
        assert.are.equal("failed", r.delivery)
        if c.reply and not c.expires then assert.are.equal(check.split_reply(c.reply).code, r.reply.code, addr) end
      end
    end
    assert.are.equal(n, #found)
  end)
end)
