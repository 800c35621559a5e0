-- A real Sendmail (Debian's sendmail-bin 8.17, unpacked by scripts/setup,
-- configured from a .mc file with its own queue and maps; see
-- spec/fixtures/sendmail_lab.lua) delivers to the project's SMTP sink, which
-- answers each recipient with a reply chosen here; its own SMTP server, on a
-- free loopback port, refuses to relay for a client; queue runs retry what
-- was deferred until Sendmail returns it (Timeout.queuereturn 4 s).  Then
-- the log Sendmail wrote through syslog(3) is scanned: every recipient must
-- come out with the reply Sendmail logged, the right delivery, status, queue
-- id and classification, as spec/postfix_spec.lua asks of Postfix.  Needs root.
local socket = require "socket"
local helpers = require "helpers"
local lab_module = require "fixtures.sendmail_lab"
local check = require "fixtures.mta_checks"

local SENDER = "bounces@bounce.test"

-- What the sink answers (rcpt, data_end, greeting) and what the scan must say of each recipient (see
-- check.differences); reply is what the sink answered unless the case says otherwise.  Sendmail's log names
-- no SMTP command, and its dsn= is its own: 5.0.0 after the data, 5.5.0 after a refusing greeting.
local cases = {
  ["ok@sink.test"] = { delivery = "delivered", verdict = "success", status = "2.0.0" },
  ["unknown@sink.test"] = { rcpt = "550 5.1.1 <unknown@sink.test>: Recipient address rejected: User unknown",
    delivery = "failed", verdict = "permanent", reason = "user_unknown", action = "suppress_address",
    status = "5.1.1" },
  -- Sendmail logs the first line of a reply only
  ["gmail@sink.test"] = { rcpt = "550 5.1.1 The email account that you tried to reach does not exist. " ..
    "Please try\n550 5.1.1 double-checking the recipient's email address for typos. - gsmtp",
    reply = "550 5.1.1 The email account that you tried to reach does not exist. Please try",
    delivery = "failed", verdict = "permanent", reason = "user_unknown", status = "5.1.1" },
  ["big@sink.test"] = { rcpt = "552 5.2.2 Mailbox full", delivery = "failed", verdict = "permanent",
    reason = "mailbox_full", status = "5.2.2" },
  ["spam@sink.test"] = { data_end = "554 5.7.1 Message rejected as spam", delivery = "failed",
    verdict = "permanent", reason = "spam_content" },
  ["grey@sink.test"] = { rcpt = "450 4.2.0 <grey@sink.test>: Recipient address rejected: Greylisted, " ..
    "try again later", delivery = "delayed", expires = true, verdict = "transient", reason = "greylisted",
    status = "4.2.0" },
  ["any@greet.test"] = { greeting = "554 5.7.1 No SMTP service here for you", delivery = "failed",
    verdict = "permanent" },
  ["any@refused.test"] = { reply = false, diagnostic = "Deferred: Connection refused by [127.0.0.2]",
    delivery = "delayed", expires = true, verdict = "transient", reason = "network_error", status = "4.4.1" },
  ["x@nowhere.test"] = { reply = false, diagnostic = "no route in the test", delivery = "failed",
    verdict = "permanent" },
  -- one message for two recipients: each gets its own result under the same queue id
  ["pair-ok@sink.test"] = { pair = true, delivery = "delivered", verdict = "success", status = "2.0.0" },
  ["pair-unknown@sink.test"] = { pair = true, rcpt = "550 5.1.1 <pair-unknown@sink.test>: User unknown",
    delivery = "failed", verdict = "permanent", reason = "user_unknown", status = "5.1.1" },
}
for _, c in pairs(cases) do
  if c.reply == nil then c.reply = c.rcpt or c.data_end or c.greeting end
end

describe("a real Sendmail #integration", function()
  local lab, run, log, lines, results, elapsed, answers, why_not

  -- A client from 127.0.0.3, which Sendmail's own server (on port) does not relay for; what it was told.
  local function refused_client(port)
    assert(lab:start_daemon(port), "sendmail -bd did not start")
    local c = socket.tcp()
    assert(c:bind("127.0.0.3", 0))
    assert(c:connect("127.0.0.1", port))
    c:settimeout(10)
    local said = {}
    for _, line in ipairs({ "", "EHLO client.test", "MAIL FROM:<someone@outside.test>", "RCPT TO:<x@elsewhere.test>",
      "QUIT" }) do
      if line ~= "" then c:send(line .. "\r\n") end
      repeat
        local l = c:receive("*l")
        said[#said + 1] = l
      until not l or l:match("^%d%d%d ")
    end
    c:close()
    return table.concat(said, "\n")
  end

  setup(function()
    local ok, why = lab_module.ensure_unpacked()
    if not ok then
      why_not = why
      return
    end
    local started = socket.gettime()
    local ports = lab_module.free_ports(3)
    lab, why = lab_module.start({
      sink_port = ports[1], greet_port = ports[2],
      mailertable = { ["sink.test"] = "esmtp:[127.0.0.1]", ["bounce.test"] = "esmtp:[127.0.0.1]",
        ["greet.test"] = "relay:[127.0.0.1]", ["refused.test"] = "esmtp:[127.0.0.2]", -- nothing listens there
        ["nowhere.test"] = "error:5.1.2:550 no route in the test" },
      sink = check.sink_config(cases, ports[1], ports[2]),
    })
    assert(lab, why)
    -- queue runs -q until Sendmail has returned every deferred message (Timeout.queuereturn)
    run = check.run(lab, cases, SENDER, ports[1],
      function(l) return l:match("^.- sendmail%[%d+%]: (%w+): from=<?([^,>]*)>?, .* msgid=<([^>]*)>") end,
      function() answers = refused_client(ports[3]) end)
    log, lines, results = run.log, run.lines, run.results
    check.keep("SMTPCODES_SENDMAIL_LOG", log) -- SMTPCODES_SENDMAIL_LOG=path keeps what Sendmail wrote
    elapsed = socket.gettime() - started
  end)

  teardown(function()
    if lab then lab:stop(os.getenv("SMTPCODES_KEEP_LAB") == "1") end -- 1: keep its directory to look into
  end)

  local function ready()
    if why_not then pending("Sendmail could not be unpacked: " .. why_not) end
    return why_not == nil
  end

  it("runs in under 60 seconds, every message settled", function()
    if not ready() then return end
    assert.is_true(run.settled, "still queued:\n" .. log:sub(-3000))
    assert.is_true(elapsed < 60, "took " .. elapsed .. " s")
    for addr in pairs(cases) do assert.is_string(run.queue_of[addr], addr .. ": no from= line with its Message-ID") end
  end)

  it("refuses to relay for a client of its own SMTP server", function()
    if not ready() then return end
    local refusal = "550 5.7.1 <x@elsewhere.test>... Relaying denied. IP name lookup failed [127.0.0.3]"
    assert.truthy(answers:find(refusal, 1, true), answers)
    local found = 0
    for _, r in ipairs(results) do
      if r.recipient == "x@elsewhere.test" then
        found = found + 1
        assert.are.equal("failed", r.delivery)
        assert.are.same(check.split_reply(refusal), r.reply)
        assert.are.equal("relay_denied", r.reason)
      end
    end
    assert.are.equal(1, found)
  end)

  it("gives each recipient the reply Sendmail logged, its status and its message's queue id", function()
    if not ready() then return end
    for _, r in ipairs(results) do
      assert.are.equal("sendmail-log", r.source)
      local line = lines[r.line]
      assert.truthy(line and line:find(" " .. r.queue_id .. ": ", 1, true), "line " .. tostring(r.line))
      if r.recipient == SENDER then assert.are.equal("delivered", r.delivery) end -- the bounces, delivered
    end
    local wrong = check.differences(results, lines, cases, { sender = SENDER, queue_of = run.queue_of,
      message_id = run.message_id })
    assert.are.equal("", table.concat(wrong, "\n")) -- every difference at once
  end)

  it("reports each attempt the sink answered once, and each final failure once", function()
    if not ready() then return end
    local wrong = check.attempts(results, lines, cases, assert(helpers.read_if(lab.transcript)), ", reply=")
    assert.are.equal("", table.concat(wrong, "\n")) -- every difference at once
  end)
end)
