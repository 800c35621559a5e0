-- MTA logs: one result per recipient per delivery line, from Postfix, Exim
-- and Sendmail, behind every syslog prefix, in constant memory.
local smtp = require "smtpcodes"

local read = require("helpers").read

local function scan(text, opts)
  return assert(smtp.scan(text, opts))
end

local function one(line)
  local rs = scan(line .. "\n")
  assert.are.equal(1, #rs)
  return rs[1]
end

-- A stable text of a result array, to compare runs.
local function dump(results)
  local keys = { "recipient", "original_recipient", "sender", "delivery", "status", "command", "remote_mta",
    "reporting_mta", "queue_id", "message_id", "date", "diagnostic", "source", "kind", "verdict", "reason",
    "action", "line", "index" }
  local out = {}
  for _, r in ipairs(results) do
    local parts = {}
    for _, k in ipairs(keys) do parts[#parts + 1] = k .. "=" .. tostring(r[k]) end
    if r.reply then
      parts[#parts + 1] = ("reply=%s/%s/%s"):format(tostring(r.reply.code), tostring(r.reply.enhanced),
        tostring(r.reply.text))
    end
    out[#out + 1] = table.concat(parts, " ")
  end
  return table.concat(out, "\n")
end

local function by_recipient(results)
  local t = {}
  for _, r in ipairs(results) do
    t[r.recipient] = t[r.recipient] or {}
    table.insert(t[r.recipient], r)
  end
  return t
end

local bounced = "postfix/smtp[1234]: 4F1A2B3C: to=<bob@example.com>, relay=mx.example.com[192.0.2.1]:25, " ..
  "delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: " ..
  "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table " ..
  "(in reply to RCPT TO command))"

describe("Postfix log lines", function()
  it("read a bounced recipient with the remote reply, its command and host", function()
    local r = one("Dec  1 10:00:01 mx " .. bounced)
    assert.are.equal("bob@example.com", r.recipient)
    assert.are.equal("failed", r.delivery)
    assert.are.equal("bounce", r.kind)
    assert.are.equal("5.1.1", r.status)
    assert.are.same({ code = 550, enhanced = "5.1.1",
      text = "<bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table" }, r.reply)
    assert.are.equal("RCPT", r.command)
    assert.are.equal("mx.example.com", r.remote_mta)
    assert.are.equal("mx", r.reporting_mta)
    assert.are.equal("4F1A2B3C", r.queue_id)
    assert.are.equal("Dec  1 10:00:01", r.date)
    assert.are.equal("postfix-log", r.source)
    assert.are.equal(1, r.line)
    assert.are.equal("permanent", r.verdict)
    assert.are.equal("user_unknown", r.reason)
    assert.are.equal("suppress_address", r.action)
    assert.matches("^host mx%.example%.com%[192%.0%.2%.1%] said: 550 5%.1%.1", r.diagnostic)
  end)

  it("give each recipient of a log its own result: another line's provider marker does not leak", function()
    local rs = scan(read("spec/fixtures/logs/newcomer-maillog.txt"))
    local t = by_recipient(rs)
    assert.are.equal(5, #rs) -- five delivery lines; the qmgr and connect lines are not recipients
    assert.are.equal("user_unknown", t["bob@example.com"][1].reason)
    assert.are.equal("suppress_address", t["bob@example.com"][1].action)
    assert.are.equal("news@shop.example", t["bob@example.com"][1].sender) -- joined from the qmgr line
    assert.are.equal("greylisted", t["amy@example.org"][1].reason)
    assert.are.equal("delayed", t["amy@example.org"][1].delivery)
    assert.are.equal("delivered", t["eve@gmail.com"][1].delivery)
    assert.are.equal("success", t["eve@gmail.com"][1].verdict)
    assert.are.equal(250, t["eve@gmail.com"][1].reply.code)
    assert.are.equal("rate_limited", t["joe@yahoo.com"][1].reason)
    assert.are.equal("MAIL", t["joe@yahoo.com"][1].command)
    assert.are.equal("Yahoo", t["joe@yahoo.com"][1].provider.provider)
    local x = t["x@nodomain.invalid"][1]
    assert.is_nil(x.reply) -- Postfix's own words, no remote reply
    assert.are.equal("5.4.4", x.status)
    assert.are.equal("failed", x.delivery)
    assert.are.equal("permanent", x.verdict)
    assert.matches("^Host or domain name not found", x.diagnostic)
    for i, r in ipairs(rs) do assert.are.equal(i, r.index) end
  end)

  it("read orig_to, a sent line's reply and local deliveries", function()
    local r = one("Dec  1 10:00:03 mx postfix/smtp[1]: 4F1A2B3C: to=<eve@gmail.com>, orig_to=<eve@alias.example>, " ..
      "relay=gmail-smtp-in.l.google.com[142.250.0.27]:25, delay=2, delays=0.1/0/0.4/1.5, dsn=2.0.0, " ..
      "status=sent (250 2.0.0 OK  1733047203 a1si123456wrb.1 - gsmtp)")
    assert.are.equal("eve@alias.example", r.original_recipient)
    assert.are.equal("delivered", r.delivery)
    assert.are.equal("delivery", r.kind)
    assert.are.equal("OK  1733047203 a1si123456wrb.1 - gsmtp", r.reply.text)
    r = one("Dec 01 20:06:54 mx postfix/virtual[30876]: 6A2ACA72376: to=<bounces@bounce.test>, relay=virtual, " ..
      "delay=0.03, delays=0.02/0.01/0/0, dsn=2.0.0, status=sent (delivered to mailbox)")
    assert.are.equal("delivered", r.delivery)
    assert.is_nil(r.reply)
    assert.is_nil(r.remote_mta)
    assert.are.equal("delivered to mailbox", r.diagnostic)
  end)

  it("read failures with no remote reply: connection, greeting, DNS, TLS", function()
    local base = "Dec  1 10:00:06 mx postfix/smtp[1]: 7D4E5F60: to=<a@down.example>, relay=none, delay=30, " ..
      "delays=0/0/30/0, dsn=4.4.1, status=deferred ("
    local r = one(base .. "connect to mx.down.example[203.0.113.9]:25: Connection timed out)")
    assert.are.equal("delayed", r.delivery)
    assert.are.equal("4.4.1", r.status)
    assert.are.equal("transient", r.verdict)
    assert.is_nil(r.reply)
    assert.are.equal("connect to mx.down.example[203.0.113.9]:25: Connection timed out", r.diagnostic)
    r = one(base .. "lost connection with mx.down.example[203.0.113.9] while receiving the initial server greeting)")
    assert.are.equal("CONNECT", r.command)
    assert.is_nil(r.reply)
    r = one(base .. "conversation with mx.down.example[203.0.113.9] timed out while sending RCPT TO)")
    assert.are.equal("RCPT", r.command)
    r = one(base .. "Cannot start TLS: handshake failure)")
    assert.are.equal("none", r.command)
    assert.are.equal("transient", r.verdict)
    r = one("Dec  1 10:00:07 mx postfix/smtp[1]: 7D4E5F61: to=<a@greet.example>, " ..
      "relay=mx.greet.example[192.0.2.7]:25, " ..
      "delay=1, delays=0/0/0/1, dsn=4.7.1, status=deferred (host mx.greet.example[192.0.2.7] refused to talk to me: " ..
      "554 5.7.1 No SMTP service here for you)")
    assert.are.equal("CONNECT", r.command)
    assert.are.equal(554, r.reply.code)
    assert.are.equal("mx.greet.example", r.remote_mta)
    assert.are.equal("delayed", r.delivery) -- Postfix tries again: the log's word
  end)

  it("clean a multi-line reply that Postfix joined on one line", function()
    local r = one("Dec 01 20:06:54 mx postfix/smtp[30859]: 66D10A726B5: to=<gmail@sink.test>, " ..
      "relay=127.0.0.1[127.0.0.1]:33151, delay=0.04, delays=0.02/0.01/0.01/0, dsn=5.1.1, status=bounced " ..
      "(host 127.0.0.1[127.0.0.1] said: 550-5.1.1 The email account that you tried to reach does not exist. " ..
      "Please try 550 5.1.1 double-checking the recipient's email address for typos. - gsmtp " ..
      "(in reply to RCPT TO command))")
    assert.are.equal("The email account that you tried to reach does not exist. Please try double-checking " ..
      "the recipient's email address for typos. - gsmtp", r.reply.text)
    assert.are.equal("5.1.1", r.reply.enhanced)
  end)

  it("read the reply after the final dot", function()
    local r = one("Dec 01 20:06:54 mx postfix/smtp[1]: 769BDA72376: to=<spam@sink.test>, " ..
      "relay=127.0.0.1[127.0.0.1]:25, " ..
      "delay=0.02, delays=0.01/0/0/0, dsn=5.7.1, status=bounced (host 127.0.0.1[127.0.0.1] said: 554 5.7.1 " ..
      "Message rejected as spam (in reply to end of DATA command))")
    assert.are.equal("DATA-END", r.command)
    assert.are.equal("spam_content", r.reason)
  end)

  it("fail each recipient still deferred when its message expires, with its last reply", function()
    local log = table.concat({
      "Dec 01 20:06:54 mx postfix/qmgr[1]: 42147A72695: from=<bounces@bounce.test>, size=400, nrcpt=2 (queue active)",
      "Dec 01 20:06:54 mx postfix/cleanup[2]: 42147A72695: message-id=<t-full@scan.test>",
      "Dec 01 20:06:55 mx postfix/smtp[3]: 42147A72695: to=<full@sink.test>, relay=127.0.0.1[127.0.0.1]:2525, " ..
        "delay=1.4, delays=1.4/0/0.01/0.01, dsn=4.2.2, status=deferred (host 127.0.0.1[127.0.0.1] said: " ..
        "452 4.2.2 Mailbox full (in reply to RCPT TO command))",
      "Dec 01 20:06:55 mx postfix/smtp[3]: 42147A72695: to=<later@sink.test>, relay=127.0.0.1[127.0.0.1]:2525, " ..
        "delay=1.4, delays=1.4/0/0.01/0.01, dsn=4.2.0, status=deferred (host 127.0.0.1[127.0.0.1] said: " ..
        "450 4.2.0 Greylisted (in reply to RCPT TO command))",
      "Dec 01 20:06:56 mx postfix/smtp[3]: 42147A72695: to=<later@sink.test>, relay=127.0.0.1[127.0.0.1]:2525, " ..
        "delay=2, delays=2/0/0/0, dsn=2.0.0, status=sent (250 2.0.0 Ok)",
      "Dec 01 20:06:58 mx postfix/qmgr[1]: 42147A72695: from=<bounces@bounce.test>, status=expired, returned to sender",
      "Dec 01 20:06:58 mx postfix/qmgr[1]: 42147A72695: removed",
    }, "\n") .. "\n"
    local rs = scan(log)
    assert.are.equal(4, #rs)
    local last = rs[4]
    assert.are.equal("full@sink.test", last.recipient)
    assert.are.equal("failed", last.delivery)
    assert.are.equal("bounce", last.kind)
    assert.are.equal(452, last.reply.code)
    assert.are.equal("4.2.2", last.status)
    assert.are.equal(6, last.line) -- the expiry line
    assert.are.equal("Dec 01 20:06:58", last.date)
    assert.are.equal("t-full@scan.test", last.message_id)
    assert.are.equal("bounces@bounce.test", last.sender)
    assert.are.equal("delivered", rs[3].delivery) -- settled: later@ does not fail at expiry
  end)

  it("read NOQUEUE and queued rejects of this server, milter and header rejects", function()
    local r = one("Dec  1 10:01:00 mx postfix/smtpd[77]: NOQUEUE: reject: RCPT from unknown[203.0.113.5]: " ..
      "554 5.7.1 <x@elsewhere.example>: Relay access denied; from=<spam@bad.example> to=<x@elsewhere.example> " ..
      "proto=ESMTP helo=<bad.example>")
    assert.are.equal("x@elsewhere.example", r.recipient)
    assert.are.equal("spam@bad.example", r.sender)
    assert.are.equal("failed", r.delivery)
    assert.are.equal("RCPT", r.command)
    assert.are.equal(554, r.reply.code)
    assert.are.equal("<x@elsewhere.example>: Relay access denied", r.reply.text)
    assert.are.equal("relay_denied", r.reason)
    assert.is_nil(r.queue_id)
    r = one("Dec  1 10:01:01 mx postfix/smtpd[77]: NOQUEUE: reject: RCPT from unknown[203.0.113.5]: 450 4.7.1 " ..
      "Client host rejected: cannot find your hostname, [203.0.113.5]; from=<a@b.example> to=<c@ours.example> " ..
      "proto=ESMTP helo=<b.example>")
    assert.are.equal("delayed", r.delivery)
    assert.are.equal("transient", r.verdict)
    r = one("Dec  1 10:01:02 mx postfix/cleanup[78]: 5A6B7C8D: milter-reject: END-OF-MESSAGE from " ..
      "client.example[192.0.2.50]: 5.7.1 Command rejected; from=<a@b.example> to=<c@ours.example> proto=ESMTP " ..
      "helo=<client.example>")
    assert.are.equal("DATA-END", r.command)
    assert.are.equal("5.7.1", r.reply.enhanced)
    assert.are.equal("5A6B7C8D", r.queue_id)
    assert.are.equal("failed", r.delivery)
    r = one("Dec  1 10:01:03 mx postfix/cleanup[78]: 5A6B7C8E: reject: header Subject: buy now from " ..
      "client.example[192.0.2.50]; from=<a@b.example> to=<c@ours.example> proto=ESMTP helo=<client.example>: " ..
      "5.7.1 message content rejected")
    assert.are.equal("DATA-END", r.command)
    assert.are.equal("message content rejected", r.reply.text)
    -- a refusal before any recipient names nobody: no result
    assert.is_nil((smtp.scan("Dec  1 10:01:04 mx postfix/smtpd[77]: NOQUEUE: reject: MAIL from x[192.0.2.1]: " ..
      "553 5.1.8 <a@b>: Sender address rejected; from=<a@b> proto=ESMTP helo=<x>\n")))
  end)

  it("give nothing for lines that are not deliveries", function()
    local lines = {
      "Dec  1 10:00:06 mx postfix/smtp[1239]: 7D4E5F60: connect to mx.down.example[203.0.113.9]:25: " ..
        "Connection timed out",
      "Dec  1 10:00:06 mx postfix/smtpd[1]: connect from unknown[203.0.113.5]",
      "Dec  1 10:00:06 mx postfix/smtpd[1]: warning: hostname x does not resolve to address 203.0.113.5",
      "Dec  1 10:00:06 mx postfix/bounce[1]: 925E0A726B5: sender non-delivery notification: AAF1FA722D0",
      "Dec  1 10:00:06 mx postfix/smtp[1]: 8E5F6A7B: to=<a@b.example>, relay=x[1.2.3.4]:25, delay=1, " ..
        "delays=0/0/0/1, dsn=2.1.5, status=deliverable (250 2.1.5 Ok)",
      "Dec  1 10:00:06 mx sshd[1]: Accepted publickey for root",
    }
    local r, msg, name = smtp.scan(table.concat(lines, "\n"))
    assert.is_nil(r)
    assert.are.equal("not_a_bounce", name)
    assert.is_string(msg)
  end)
end)

describe("syslog prefixes", function()
  local function check(prefix, date, host)
    local r = one(prefix .. bounced:gsub("^postfix/smtp%[1234%]: ", ""))
    assert.are.equal("bob@example.com", r.recipient)
    assert.are.equal(date, r.date)
    assert.are.equal(host, r.reporting_mta)
    assert.are.equal("user_unknown", r.reason)
  end

  it("read RFC 3164, with a priority, fractional seconds or a year", function()
    check("Dec  1 19:44:09 mx1 postfix/smtp[123]: ", "Dec  1 19:44:09", "mx1")
    check("<22>Dec 11 19:44:09 mx1 postfix/smtp[123]: ", "Dec 11 19:44:09", "mx1")
    check("Dec 01 19:44:09.123456 mx1 postfix/smtp[123]: ", "Dec 01 19:44:09.123456", "mx1")
    check("Dec  1 19:44:09 2026 mx1 postfix/smtp[123]: ", "Dec  1 19:44:09 2026", "mx1")
    check("Dec  1 19:44:09 mx1 postfix-out/smtp[123]: ", "Dec  1 19:44:09", "mx1") -- a second instance
  end)

  it("read RFC 5424, with or without structured data", function()
    check("<22>1 2026-12-01T19:44:09.123Z mx2 postfix/smtp 123 - - ", "2026-12-01T19:44:09.123Z", "mx2")
    check("<22>1 2026-12-01T19:44:09+01:00 mx2 postfix/smtp 123 - [origin ip=\"192.0.2.1\" x=\"a\\]b\"] ",
      "2026-12-01T19:44:09+01:00", "mx2")
    check("<22>1 2026-12-01T19:44:09Z mx2 postfix/smtp 123 - - \239\187\191", "2026-12-01T19:44:09Z", "mx2")
  end)

  it("read journald's short-iso and rsyslog's RFC 3339 forms", function()
    check("2026-12-01T19:44:09+0000 mx3 postfix/smtp[123]: ", "2026-12-01T19:44:09+0000", "mx3")
    check("2026-12-01T19:44:09.123456+00:00 mx3 postfix/smtp[123]: ", "2026-12-01T19:44:09.123456+00:00", "mx3")
  end)

  it("read a bare Postfix message with no prefix", function()
    local r = one((bounced:gsub("^postfix/smtp%[1234%]: ", "")))
    assert.are.equal("bob@example.com", r.recipient)
    assert.is_nil(r.date)
  end)
end)

describe("Exim main log", function()
  local rs = scan(read("spec/fixtures/logs/exim-main.log"))
  local t = by_recipient(rs)

  it("reads every delivery flag and this server's rejects", function()
    assert.are.equal(11, #rs)
    for _, r in ipairs(rs) do assert.are.equal("exim-log", r.source) end
    local bob = t["bob@example.com"][1]
    assert.are.equal("failed", bob.delivery)
    assert.are.equal(550, bob.reply.code)
    assert.are.equal("5.1.1", bob.status)
    assert.are.equal("RCPT", bob.command)
    assert.are.equal("mx.example.com", bob.remote_mta)
    assert.are.equal("news@shop.example", bob.sender)
    assert.are.equal("20261201.abc@shop.example", bob.message_id)
    assert.are.equal("1tHxYz-000Abc-12", bob.queue_id)
    assert.are.equal("2026-12-01 19:44:10", bob.date)
    assert.are.equal("user_unknown", bob.reason)
    local amy = t["amy@example.org"][1]
    assert.are.equal("delayed", amy.delivery)
    assert.are.equal(451, amy.reply.code)
    assert.are.equal("greylisted", amy.reason)
    assert.are.equal("delivered", t["eve@gmail.com"][1].delivery)
    assert.are.equal(250, t["eve@gmail.com"][1].reply.code)
    assert.are.equal("delivered", t["fay@gmail.com"][1].delivery)
    assert.are.equal("delivered", t["carol@shop.example"][1].delivery) -- local part with the address in <>
    local gone = t["gone@nowhere.invalid"][1]
    assert.are.equal("failed", gone.delivery)
    assert.are.equal("permanent", gone.verdict) -- no code: the failure itself is permanent
    assert.are.equal("Unrouteable address", gone.diagnostic)
    local x = t["x@ours.example"][1]
    assert.are.equal("failed", x.delivery)
    assert.are.equal("spam@bad.example", x.sender)
    assert.are.equal("relay not permitted", x.diagnostic)
    assert.are.equal("delayed", t["y@ours.example"][1].delivery)
    assert.are.equal("transient", t["y@ours.example"][1].verdict)
  end)

  it("reads the older form with the host before the reply, [pid], defers and the final dot", function()
    local old = t["old@example.net"][1]
    assert.are.equal(550, old.reply.code)
    assert.are.equal("User unknown", old.reply.text)
    assert.is_nil(old.sender) -- its <= line is not in the log
    assert.are.equal("delayed", t["late@example.net"][1].delivery)
    assert.are.equal("Connection refused", t["late@example.net"][1].diagnostic)
    assert.are.equal("DATA-END", t["spam@example.net"][1].command)
  end)

  it("reads Exim through syslog, with its own time stamp after the tag", function()
    local r = one("Dec  1 19:44:10 mx4 exim[999]: 2026-12-01 19:44:10 1tHxYz-000Abc-12 ** bob@example.com " ..
      "R=dnslookup T=remote_smtp H=mx.example.com [192.0.2.1]: SMTP error from remote mail server after " ..
      "RCPT TO:<bob@example.com>: 550 5.1.1 User unknown")
    assert.are.equal("mx4", r.reporting_mta)
    assert.are.equal(550, r.reply.code)
    assert.are.equal("exim-log", r.source)
  end)
end)

describe("Sendmail log", function()
  local rs = scan(read("spec/fixtures/logs/sendmail.log"))
  local t = by_recipient(rs)

  it("reads stat, dsn and relay, one result per address of a to= list", function()
    assert.are.equal(6, #rs)
    for _, r in ipairs(rs) do assert.are.equal("sendmail-log", r.source) end
    local bob = t["bob@example.com"][1]
    assert.are.equal("failed", bob.delivery)
    assert.are.equal("5.1.1", bob.status)
    assert.are.equal("mx.example.com", bob.remote_mta)
    assert.are.equal("news@shop.example", bob.sender)
    assert.are.equal("20261201.abc@shop.example", bob.message_id)
    assert.are.equal("user_unknown", bob.reason)
    for _, who in ipairs({ "amy@example.org", "al@example.org" }) do
      assert.are.equal("delayed", t[who][1].delivery)
      assert.are.equal("Deferred: Connection refused by mx.example.org.", t[who][1].diagnostic)
    end
    assert.are.equal("delivered", t["eve@example.net"][1].delivery)
    assert.are.equal(450, t["grey@example.net"][1].reply.code)
    assert.are.equal("greylisted", t["grey@example.net"][1].reason)
    local x = t["x@elsewhere.example"][1]
    assert.are.equal("failed", x.delivery)
    assert.are.equal(550, x.reply.code)
    assert.are.equal("RCPT", x.command)
    assert.is_nil(t["q@example.com"]) -- queued is no attempt
  end)
end)

describe("the log stream", function()
  local text = read("spec/fixtures/logs/newcomer-maillog.txt") .. read("spec/fixtures/logs/exim-main.log") ..
    read("spec/fixtures/logs/sendmail.log")
  local whole = dump(scan(text))

  it("gives identical results in any chunking", function()
    for _, size in ipairs({ 1, 2, 3, 7, 64, 333, 4096 }) do
      local sc = smtp.scanner()
      local got = {}
      for i = 1, #text, size do
        for _, r in ipairs(sc:feed(text:sub(i, i + size - 1))) do got[#got + 1] = r end
      end
      for _, r in ipairs(sc:finish()) do got[#got + 1] = r end
      assert.are.equal(whole, dump(got))
    end
  end)

  it("hands out each line's result as soon as its line end arrives", function()
    local sc = smtp.scanner({ mode = "log" })
    local line = "Dec  1 10:00:01 mx " .. bounced
    assert.are.equal(0, #sc:feed(line))
    assert.are.equal(1, #sc:feed("\n"))
    assert.are.equal(0, #sc:finish())
  end)

  it("reads a last line without a line end, and CRLF lines", function()
    local rs = scan(("Dec  1 10:00:01 mx " .. bounced .. "\r\n"):rep(2) .. "Dec  1 10:00:01 mx " .. bounced)
    assert.are.equal(3, #rs)
    assert.are.equal("Dec  1 10:00:01", rs[3].date)
    assert.are.equal("bob@example.com", rs[1].recipient)
  end)

  it("survives overlong lines, NUL bytes and junk, with bounded memory", function()
    local long = "Dec  1 10:00:01 mx " .. bounced:gsub("User unknown", ("x"):rep(200000))
    local rs = scan(long .. "\n" .. "Dec  1 10:00:01 mx " .. bounced .. "\n", { limits = { max_line = 4096 } })
    -- the long line is cut at max_line: its recipient is read, its text is cut
    assert.are.equal(2, #rs)
    assert.is_true(#rs[1].diagnostic < 4096)
    assert.are.equal("user_unknown", rs[2].reason)
    local junk = {}
    local seed = 7
    for i = 1, 20000 do
      seed = (seed * 1103515245 + 12345) % 2147483648
      junk[i] = string.char(seed % 256)
    end
    junk = table.concat(junk)
    for _, input in ipairs({ junk, "\0\0\0\n",
      "Dec  1 10:00:01 mx postfix/smtp[1]: A1B2C3D4E5: to=<\0>, status=bounced (\0",
      "Dec  1 10:00:01 mx postfix/smtp[1]: A1B2C3D4E5: to=<", "<1>1 ", "Dec  1 ", "2026-12-01 10:00:00 ",
      "2026-12-01 10:00:00 1tHxYz-000Abc-12 ** ", "Dec  1 10:00:01 h sm-mta[1]: abcdef: to=,, stat=",
      "Dec  1 10:00:01 mx postfix/smtp[1]: NOQUEUE: reject: ; from=< to=<" }) do
      local r, _, name = smtp.scan(input, { mode = "log" })
      assert.is_true(r ~= nil or name == "not_a_bounce")
    end
  end)

  it("remembers at most max_queue queue ids for its joins", function()
    local lines = {}
    for i = 1, 50 do
      lines[#lines + 1] = ("Dec  1 10:00:00 mx postfix/qmgr[1]: Q%05d: from=<s%d@example.com>, size=1, nrcpt=1 " ..
        "(queue active)"):format(i, i)
    end
    for _, i in ipairs({ 1, 45, 50 }) do
      lines[#lines + 1] = ("Dec  1 10:00:01 mx postfix/smtp[2]: Q%05d: to=<r%d@example.com>, relay=none, delay=1, " ..
        "delays=0/0/0/0, dsn=5.1.1, status=bounced (host x[192.0.2.1] said: 550 5.1.1 no " ..
        "(in reply to RCPT TO command))")
        :format(i, i)
    end
    local rs = scan(table.concat(lines, "\n"), { limits = { max_queue = 8 } })
    assert.are.equal(3, #rs)
    assert.is_nil(rs[1].sender) -- forgotten: 49 ids came after it
    assert.are.equal("s45@example.com", rs[2].sender)
    assert.are.equal("s50@example.com", rs[3].sender)
  end)
end)
