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

local SENDER = "bounces@bounce.test"

-- What the sink answers, and what the scan must say of each recipient.
local cases = {
  ["ok@sink.test"] = { delivery = "delivered", confirmation = "250 2.0.0 Ok: queued as SINK", verdict = "success" },
  ["unknown@sink.test"] = { reply = "550 5.1.1 <unknown@sink.test>: Recipient address rejected: User unknown",
    delivery = "failed", verdict = "permanent", reason = "user_unknown", action = "suppress_address",
    command = "RCPT" },
  ["gmail@sink.test"] = { reply = "550 5.1.1 The email account that you tried to reach does not exist. " ..
    "Please try\n550 5.1.1 double-checking the recipient's email address for typos. - gsmtp",
    delivery = "failed", verdict = "permanent", reason = "user_unknown", command = "RCPT" },
  ["big@sink.test"] = { reply = "552 5.2.2 Mailbox full", delivery = "failed", verdict = "permanent",
    reason = "mailbox_full", command = "RCPT" },
  ["spam@sink.test"] = { data_end = "554 5.7.1 Message rejected as spam", delivery = "failed",
    verdict = "permanent", reason = "spam_content", command = "DATA-END" },
  ["grey@sink.test"] = { reply = "450 4.2.0 <grey@sink.test>: Recipient address rejected: Greylisted, " ..
    "try again later", delivery = "delayed", expires = true, verdict = "transient", reason = "greylisted",
    command = "RCPT" },
  ["any@greet.test"] = { greeting = "554 5.7.1 No SMTP service here for you", delivery = "failed",
    verdict = "permanent", command = "CONNECT" },
  ["any@refused.test"] = { refused = true, delivery = "delayed", expires = true, verdict = "transient",
    reason = "network_error" },
  ["x@nowhere.test"] = { routed = "no route in the test", delivery = "failed", verdict = "permanent" },
  -- one message for two recipients: each gets its own result under the same queue id
  ["pair-ok@sink.test"] = { pair = true, delivery = "delivered", confirmation = "250 2.0.0 Ok: queued as SINK",
    verdict = "success" },
  ["pair-unknown@sink.test"] = { pair = true, reply = "550 5.1.1 <pair-unknown@sink.test>: User unknown",
    delivery = "failed", verdict = "permanent", reason = "user_unknown", command = "RCPT" },
}

-- "550 5.1.1 text\n550 5.1.1 more" -> { code = 550, enhanced = "5.1.1", text = "text more" }
local function split_reply(r)
  local code, enhanced = r:match("^(%d%d%d) (%d%.%d+%.%d+)")
  return { code = tonumber(code), enhanced = enhanced, text = (r:gsub("%d%d%d %d%.%d+%.%d+ ", ""):gsub("\n", " ")) }
end

local function lines_of(text)
  local out = {}
  for l in text:gmatch("([^\n]*)\n") do out[#out + 1] = l end
  return out
end

local function count(text, plain)
  local n, at = 0, 1
  while true do
    local s, e = text:find(plain, at, true)
    if not s then return n end
    n, at = n + 1, e + 1
  end
end

describe("a real Exim #integration", function()
  local lab, log, lines, results, elapsed, settled, answers, why_not
  local queue_of = {} -- recipient -> the queue id Exim gave its message (from the "<=" line)

  setup(function()
    local ok, why = lab_module.ensure_unpacked()
    if not ok then
      why_not = why
      return
    end
    local started = socket.gettime()
    local ports = lab_module.free_ports(3)
    local rcpt, data_end = {}, {}
    for addr, c in pairs(cases) do
      rcpt[addr] = c.reply
      data_end[addr] = c.data_end
    end
    lab = lab_module.start({
      routes = { ["sink.test"] = "127.0.0.1::" .. ports[1], ["greet.test"] = "127.0.0.1::" .. ports[2],
        ["refused.test"] = "127.0.0.2::" .. ports[3] }, -- nothing listens there
      sink = { listen = { [ports[1]] = {}, [ports[2]] = { greeting = cases["any@greet.test"].greeting } },
        rcpt = rcpt, data_end = data_end },
    })
    -- the sink needs a moment to listen
    for _ = 1, 40 do
      local c = socket.connect("127.0.0.1", ports[1])
      if c then
        c:close()
        break
      end
      socket.sleep(0.05)
    end
    local names = {}
    for addr, c in pairs(cases) do
      if not c.pair then names[#names + 1] = addr end
    end
    table.sort(names)
    for _, addr in ipairs(names) do assert(lab:send(SENDER, { addr }, "t " .. addr)) end
    assert(lab:send(SENDER, { "pair-ok@sink.test", "pair-unknown@sink.test" }, "t pair"))
    answers = lab:serve("192.0.2.9", { "EHLO client.test", "MAIL FROM:<someone@outside.test>",
      "RCPT TO:<x@elsewhere.test>", "QUIT" })
    -- queue runs until Exim has given up every deferred recipient (retry rule F,3s,1s)
    local deadline = socket.gettime() + 30
    repeat
      socket.sleep(1)
      lab:queue_run()
      settled = lab:queued() == 0
    until settled or socket.gettime() > deadline
    log = lab:log_text()
    lines = lines_of(log)
    -- SMTPCODES_EXIM_LOG=path keeps what Exim wrote
    local keep = os.getenv("SMTPCODES_EXIM_LOG")
    if keep then
      local f = assert(io.open(keep, "wb"))
      f:write(log)
      f:close()
    end
    for _, l in ipairs(lines) do
      local id, from, rest = l:match("^%S+ %S+ (%S+) <= (%S+) (.*)$")
      if id and from == SENDER then
        local mid = rest:match("id=(%S+)")
        for addr in pairs(cases) do
          if mid == ("t-" .. addr:gsub("@", "-") .. "@scan.test") or (cases[addr].pair and mid == "t-pair@scan.test")
          then
            queue_of[addr] = id
          end
        end
      end
    end
    results = assert(smtp.scan(log))
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
    assert.is_true(settled, "still queued:\n" .. log:sub(-3000))
    assert.is_true(elapsed < 60, "took " .. elapsed .. " s")
    for addr in pairs(cases) do assert.is_string(queue_of[addr], addr .. ": no <= line with its Message-ID") end
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
    local seen, wrong = {}, {}
    -- every difference is listed, so one run shows them all
    local function expect(want, got, r, field)
      if type(want) == "table" and type(got) == "table" then
        for k, v in pairs(want) do expect(v, got[k], r, field .. "." .. k) end
      elseif want ~= got then
        wrong[#wrong + 1] = ("%s %s: %s, want %s\n  line %d: %s"):format(r.recipient, field, tostring(got),
          tostring(want), r.line, lines[r.line] or "?")
      end
    end
    for _, r in ipairs(results) do
      assert.are.equal("exim-log", r.source)
      local line = lines[r.line]
      assert.truthy(line and line:find(r.recipient, 1, true), "line " .. tostring(r.line) .. " for " .. r.recipient)
      local c = cases[r.recipient]
      if c then
        seen[r.recipient] = (seen[r.recipient] or 0) + 1
        expect(queue_of[r.recipient], r.queue_id, r, "queue_id")
        assert.truthy(line:find(" " .. queue_of[r.recipient] .. " ", 1, true), line)
        expect(c.pair and "t-pair@scan.test" or "t-" .. r.recipient:gsub("@", "-") .. "@scan.test", r.message_id, r,
          "message_id")
        expect(SENDER, r.sender, r, "sender")
        expect(c.verdict, r.verdict, r, "verdict")
        if c.reason then expect(c.reason, r.reason, r, "reason") end
        if c.action then expect(c.action, r.action, r, "action") end
        if c.command then expect(c.command, r.command, r, "command") end
        local sent = c.reply or c.data_end or c.greeting or c.confirmation
        if sent then -- also on the line where Exim gives up: the last reply is what failed the recipient
          local want = split_reply(sent)
          expect(want, r.reply or {}, r, "reply")
          expect(want.enhanced, r.status, r, "status")
        else
          expect(nil, r.reply, r, "reply")
        end
        if c.refused and r.delivery == "delayed" then expect("Connection refused", r.diagnostic, r, "diagnostic") end
        if c.routed then expect(c.routed, r.diagnostic, r, "diagnostic") end
        if not (c.expires and (r.delivery == "delayed" or r.delivery == "failed")) then
          expect(c.delivery, r.delivery, r, "delivery")
        end
      elseif r.recipient == SENDER then
        assert.are.equal("delivered", r.delivery) -- the bounces themselves, delivered to the mailbox
      else
        assert.are.equal("x@elsewhere.test", r.recipient)
      end
    end
    for addr in pairs(cases) do assert.is_number(seen[addr], addr .. " lost") end
    assert.are.equal("", table.concat(wrong, "\n"))
  end)

  it("reports each attempt the sink answered once, and each final failure once", function()
    if not ready() then return end
    local transcript = assert(helpers.read_if(lab.transcript))
    for addr, c in pairs(cases) do
      local failed, delayed, answered = 0, 0, 0
      for _, r in ipairs(results) do
        if r.recipient == addr then
          if r.delivery == "failed" then failed = failed + 1 end
          if r.delivery == "delayed" then delayed = delayed + 1 end
          if lines[r.line]:find("SMTP error from remote mail server after RCPT TO:", 1, true) then
            answered = answered + 1
          end
        end
      end
      if c.reply then -- Exim logged every answer the sink gave, nothing merged, nothing invented
        assert.are.equal(count(transcript, "RCPT " .. addr .. " "), answered, addr)
      end
      assert.are.equal(c.delivery == "delivered" and 0 or 1, failed, addr)
      if c.expires then assert.is_true(delayed >= 2, addr .. " deferred " .. delayed .. " times") end
    end
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
    local mbox = lab:mailbox_text()
    local expected = {}
    for addr, c in pairs(cases) do
      if c.delivery ~= "delivered" then expected[addr] = c end
    end
    local found = assert(smtp.scan(mbox))
    local by = {}
    for _, r in ipairs(found) do by[r.recipient] = r end
    local n = 0
    for addr, c in pairs(expected) do
      n = n + 1
      local r = by[addr]
      assert.is_table(r, addr .. " lost in the bounces")
      assert.are.equal("failed", r.delivery)
      local sent = c.reply or c.data_end or c.greeting
      if sent and not c.expires then assert.are.equal(split_reply(sent).code, r.reply and r.reply.code, addr) end
    end
    assert.are.equal(n, #found)
  end)
end)
