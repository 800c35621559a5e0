-- A real Postfix (Debian's, started with its own configuration directory)
-- delivers to the project's SMTP sink, which answers each recipient with a
-- reply chosen here; then both Postfix's log file and the bounces it
-- returned are scanned.  Every recipient must come out with the reply the
-- sink sent, the right delivery and classification: nothing lost, nothing
-- invented.  Needs root (it installs postfix when missing).
local smtp = require "smtpcodes"
local socket = require "socket"
local lab_module = require "fixtures.postfix_lab"

local SENDER = "bounces@bounce.test"

-- What the sink answers, and what the scan must say of each recipient.
local cases = {
  ["ok@sink.test"] = { delivery = "delivered", code = 250, enhanced = "2.0.0", verdict = "success" },
  ["unknown@sink.test"] = { reply = "550 5.1.1 <unknown@sink.test>: Recipient address rejected: User unknown",
    delivery = "failed", verdict = "permanent", reason = "user_unknown", action = "suppress_address",
    command = "RCPT" },
  ["gmail@sink.test"] = { reply = "550 5.1.1 The email account that you tried to reach does not exist. " ..
    "Please try\n550 5.1.1 double-checking the recipient's email address for typos. - gsmtp",
    delivery = "failed", verdict = "permanent", reason = "user_unknown", command = "RCPT" },
  ["spam@sink.test"] = { data_end = "554 5.7.1 Message rejected as spam", delivery = "failed",
    verdict = "permanent", reason = "spam_content", command = "DATA-END" },
  ["full@sink.test"] = { reply = "452 4.2.2 Mailbox full", delivery = "delayed", expires = true,
    verdict = "transient", reason = "mailbox_full", command = "RCPT" },
  ["grey@sink.test"] = { reply = "450 4.2.0 <grey@sink.test>: Recipient address rejected: Greylisted, " ..
    "try again later", delivery = "delayed", expires = true, verdict = "transient", reason = "greylisted",
    command = "RCPT" },
  ["yahoo@sink.test"] = { reply = "421 4.7.0 [TSS04] Messages from 127.0.0.1 temporarily deferred due to " ..
    "user complaints - 4.16.55.1", delivery = "delayed", expires = true, verdict = "transient",
    reason = "rate_limited", action = "retry_later_slowly", provider = "Yahoo", command = "RCPT" },
  ["any@greet.test"] = { greeting = "554 5.7.1 No SMTP service here for you", delivery = "delayed",
    expires = true, verdict = "permanent", command = "CONNECT" },
  ["any@refused.test"] = { refused = true, delivery = "delayed", expires = true, verdict = "transient",
    status = "4.4.1", command = "none" },
}

-- "550 5.1.1 text\n550 5.1.1 more" -> 550, "5.1.1", "text more"
local function split_reply(r)
  local code, enhanced = r:match("^(%d%d%d) (%d%.%d+%.%d+)")
  local text = r:gsub("%d%d%d %d%.%d+%.%d+ ", ""):gsub("\n", " ")
  return tonumber(code), enhanced, text
end

describe("a real Postfix #integration", function()
  local lab, log, results, elapsed, settled
  local ports = {}

  setup(function()
    assert(lab_module.ensure_installed())
    local started = socket.gettime()
    local free = lab_module.free_ports(4)
    for i, name in ipairs({ "sink", "greet", "refused", "smtpd" }) do ports[name] = free[i] end
    local rcpt, data_end = {}, {}
    for addr, c in pairs(cases) do
      rcpt[addr] = c.reply
      data_end[addr] = c.data_end
    end
    local why
    lab, why = lab_module.start({
      transport = { ["sink.test"] = "smtp:[127.0.0.1]:" .. ports.sink,
        ["greet.test"] = "smtp:[127.0.0.1]:" .. ports.greet,
        ["refused.test"] = "smtp:[127.0.0.1]:" .. ports.refused }, -- nothing listens there
      sink = { listen = { [ports.sink] = {}, [ports.greet] = { greeting = cases["any@greet.test"].greeting } },
        rcpt = rcpt, data_end = data_end },
      smtpd_port = ports.smtpd,
    })
    assert(lab, why)
    -- the sink and Postfix's smtpd need a moment to listen
    lab:wait(10, function(text) return text:find("daemon started", 1, true) end)
    local names = {}
    for addr in pairs(cases) do names[#names + 1] = addr end
    table.sort(names)
    for _, addr in ipairs(names) do assert(lab:send(SENDER, addr, "t " .. addr)) end
    -- a client that Postfix's own smtpd refuses to relay for
    local c = assert(socket.connect("127.0.0.1", ports.smtpd))
    c:settimeout(10)
    local function say(line)
      if line then c:send(line .. "\r\n") end
      repeat
        local l = c:receive("*l")
      until not l or l:match("^%d%d%d ")
    end
    say(nil)
    say("EHLO client.test")
    say("MAIL FROM:<someone@outside.test>")
    say("RCPT TO:<x@elsewhere.test>")
    say("QUIT")
    c:close()
    -- every message that expires has expired and every bounce has reached the mailbox
    local expiring, failing = 0, 0
    for _, cs in pairs(cases) do
      if cs.expires then expiring = expiring + 1 end
      if cs.expires or cs.delivery == "failed" then failing = failing + 1 end
    end
    settled = lab:wait(50, function(text)
      local _, expired = text:gsub("status=expired", "")
      local _, bounced = text:gsub("to=<" .. SENDER .. ">[^\n]*status=sent", "")
      return expired >= expiring and bounced >= failing and text:find("NOQUEUE: reject", 1, true)
    end)
    log = lab:log_text()
    -- SMTPCODES_POSTFIX_LOG=path keeps what Postfix wrote (spec/fixtures/postfix-real.log was made so)
    local keep = os.getenv("SMTPCODES_POSTFIX_LOG")
    if keep then
      local f = assert(io.open(keep, "wb"))
      f:write(log)
      f:close()
    end
    results = assert(smtp.scan(log))
    elapsed = socket.gettime() - started
  end)

  teardown(function()
    if lab then lab:stop(os.getenv("SMTPCODES_KEEP_LAB") == "1") end -- 1: keep its directory to look into
  end)

  it("runs in under 60 seconds, every message settled", function()
    local pending = {}
    if not settled then -- what Postfix said of each recipient that did not settle, to see why
      -- each recipient that did not expire, with Postfix's lines of its queue id (the test runner shows 40 lines)
      for addr, c in pairs(cases) do
        local id = log:match("postfix/%w+%[%d+%]: (%w+): to=<" .. addr:gsub("%p", "%%%0") .. ">")
        if c.expires and not (id and log:find(id .. ": from=<[^\n]*status=expired")) then
          pending[#pending + 1] = addr .. ": " .. (id and "not expired" or "no line")
          for l in log:gmatch("[^\n]+") do
            if id and l:find(id, 1, true) then pending[#pending + 1] = l end
          end
        end
      end
    end
    assert.is_truthy(settled, table.concat(pending, "\n"))
    assert.is_true(elapsed < 60, "took " .. elapsed .. " s")
  end)

  it("logs a result for every recipient, with the reply the sink sent", function()
    local transcript = assert(io.open(lab.transcript)):read("*a")
    local seen = {}
    for _, r in ipairs(results) do
      assert.are.equal("postfix-log", r.source)
      seen[r.recipient] = (seen[r.recipient] or 0) + 1
      local c = cases[r.recipient]
      if c then
        assert.are.equal("t-" .. r.recipient .. "@scan.test", r.message_id)
        assert.are.equal(SENDER, r.sender)
        local sent = c.reply or c.data_end or c.greeting
        local own = r.reply == nil and r.diagnostic and (r.diagnostic:find(" timed out while ", 1, true) or
          r.diagnostic:find("^lost connection with "))
        if own then -- Postfix's own words for a conversation the loaded machine let stall: no reply to report
          assert.are.equal("delayed", r.delivery)
        elseif sent then
          local code, enhanced, text = split_reply(sent)
          assert.are.same({ code = code, enhanced = enhanced, text = text }, r.reply, r.recipient)
        elseif c.code then
          assert.are.equal(c.code, r.reply.code)
          assert.are.equal(c.enhanced, r.reply.enhanced)
        else
          assert.is_nil(r.reply, r.recipient) -- refused: no remote reply to report
          assert.are.equal(c.status, r.status)
          assert.matches("^connect to 127%.0%.0%.1%[127%.0%.0%.1%]:" .. ports.refused .. ": Connection refused$",
            r.diagnostic)
        end
        assert.are.equal(c.verdict, r.verdict, r.recipient)
        if c.reason then assert.are.equal(c.reason, r.reason, r.recipient) end
        if c.action then assert.are.equal(c.action, r.action, r.recipient) end
        if c.provider then assert.are.equal(c.provider, r.provider.provider) end
        if c.command then assert.are.equal(c.command, r.command, r.recipient) end
        if c.delivery == "delayed" then
          assert.is_true(r.delivery == "delayed" or r.delivery == "failed", r.recipient)
        else
          assert.are.equal(c.delivery, r.delivery, r.recipient)
        end
      elseif r.recipient == SENDER then
        assert.are.equal("delivered", r.delivery) -- the bounces themselves, delivered to the mailbox
      else
        assert.are.equal("x@elsewhere.test", r.recipient)
        assert.are.equal("someone@outside.test", r.sender)
        assert.are.same({ code = 554, enhanced = "5.7.1", text = "<x@elsewhere.test>: Relay access denied" },
          r.reply)
        assert.are.equal("failed", r.delivery)
        assert.are.equal("RCPT", r.command)
        assert.are.equal("relay_denied", r.reason)
      end
    end
    for addr in pairs(cases) do assert.is_number(seen[addr], addr .. " lost") end
    assert.are.equal(1, seen["x@elsewhere.test"])
    -- one delivery line per attempt the sink answered: nothing merged, nothing invented
    for addr, c in pairs(cases) do
      if c.reply or c.data_end then
        local _, answered = transcript:gsub("RCPT " .. addr:gsub("%p", "%%%0") .. " ", "")
        local attempts = c.expires and -1 or 0 -- the expiry adds one result that is no attempt
        for _, r in ipairs(results) do
          if r.recipient == addr and r.reply then attempts = attempts + 1 end
        end
        if c.expires then -- the expiry repeats the last reply: no attempt of its own unless it has none
          for _, r in ipairs(results) do
            if r.recipient == addr and r.delivery == "failed" and not r.reply then attempts = attempts + 1 end
          end
        end
        assert.are.equal(answered, attempts, addr)
      end
    end
  end)

  it("fails each deferred recipient once, when its message expires", function()
    for addr, c in pairs(cases) do
      local failed, delayed = 0, 0
      for _, r in ipairs(results) do
        if r.recipient == addr then
          if r.delivery == "failed" then
            failed = failed + 1
          elseif r.delivery == "delayed" then
            delayed = delayed + 1
          end
        end
      end
      if c.expires then
        assert.are.equal(1, failed, addr)
        assert.is_true(delayed >= 1, addr)
      elseif c.delivery == "failed" then
        assert.are.equal(1, failed, addr)
        assert.are.equal(0, delayed, addr)
      end
    end
  end)

  it("gives the same results through the CLI, as JSON lines", function()
    local path = lab.dir .. "/maillog"
    local status, out = require("helpers").cli({ "scan", "--format", "jsonl", path })
    assert.are.equal(0, status)
    local n = 0
    for line in out:gmatch("[^\n]+") do
      n = n + 1
      local r = results[n]
      local prefix = ('{"file":"%s","index":%d,"line":%d,"recipient":"%s",'):format(path, n, r.line, r.recipient)
      assert.are.equal(prefix, line:sub(1, #prefix))
    end
    assert.are.equal(#results, n)
  end)

  it("returns a bounce for each failed recipient to the sender's mailbox", function()
    local mbox = lab:mailbox_text()
    local expected = {}
    for addr, c in pairs(cases) do
      if c.expires or c.delivery == "failed" then expected[addr] = c end
    end
    local found = smtp.scan(mbox)
    if found then -- the mail readers have landed: each bounce gives its recipient and the sink's reply
      local by = {}
      for _, r in ipairs(found) do by[r.recipient] = r end
      for addr, c in pairs(expected) do
        local r = by[addr]
        assert.is_table(r, addr .. " lost in the bounces")
        assert.are.equal("failed", r.delivery)
        local sent = c.reply or c.data_end or c.greeting
        local own = r.reply == nil and r.diagnostic and (r.diagnostic:find(" timed out while ", 1, true) or
          r.diagnostic:find("^lost connection with "))
        if own then -- Postfix's own words for a conversation the loaded machine let stall: no reply to report
          assert.are.equal("delayed", r.delivery)
        elseif sent then assert.are.equal(split_reply(sent), r.reply and r.reply.code, addr) end
        assert.are.equal(c.verdict, r.verdict, addr)
      end
      assert.are.equal(#found, (function() local k = 0 for _ in pairs(expected) do k = k + 1 end return k end)())
    else -- until then: Postfix wrote one RFC 3464 report per failed message, naming its recipient
      local _, reports = mbox:gsub("\nFrom MAILER%-DAEMON ", "")
      local count = 0
      for addr in pairs(expected) do
        count = count + 1
        assert.truthy(mbox:find("Final-Recipient: rfc822; " .. addr, 1, true), addr)
      end
      assert.are.equal(count, reports + (mbox:sub(1, 15) == "From MAILER-DAE" and 1 or 0))
    end
  end)
end)
