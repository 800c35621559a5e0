-- Reading bounce mails: RFC 3464 reports, plain-text layouts, ARF, auto-replies,
-- mbox streams, encodings, streaming, and bad input.
local smtp = require("smtpcodes")

local function fixture(name)
  local f = assert(io.open("spec/fixtures/scan/" .. name, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

-- The fields that say what a result is, as one comparable line.
local function line(r)
  local reply = r.reply or {}
  return table.concat({ tostring(r.index), tostring(r.kind), tostring(r.source), tostring(r.recipient),
    tostring(r.delivery), tostring(r.status), tostring(reply.code), tostring(reply.enhanced), tostring(reply.text),
    tostring(r.command), tostring(r.verdict), tostring(r.reason), tostring(r.action), tostring(r.message_id),
    tostring(r.queue_id), tostring(r.diagnostic) }, "|")
end

local function lines(results)
  local out = {}
  for i, r in ipairs(results or {}) do out[i] = line(r) end
  return out
end

-- Feeds text in chunks of size n (nil: whole) and returns every result.
local function chunked(text, n)
  local sc, out = smtp.scanner(), {}
  local step = n or #text
  for i = 1, #text, step do
    for _, r in ipairs(sc:feed(text:sub(i, i + step - 1))) do out[#out + 1] = r end
  end
  for _, r in ipairs(sc:finish()) do out[#out + 1] = r end
  return out
end

local function crlf(s) return (s:gsub("\r?\n", "\r\n")) end

local two = fixture("dsn-two-rcpts.eml")

-- A delivery-status report with one recipient and a given part encoding.
local function dsn_with(part_headers, part_body)
  return "From: MAILER-DAEMON@mx.example.org\nSubject: Delivery Status Notification (Failure)\n" ..
    "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n\n" ..
    "--b1\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n" ..
    "--b1\n" .. part_headers .. "\n" .. part_body .. "\n--b1--\n"
end

local dsn_fields = "Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; dave@example.com\n" ..
  "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <dave@example.com>: no such user\n"

local function base64(s)
  local chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
  local out = {}
  for i = 1, #s, 3 do
    local a, b, c = s:byte(i, i + 2)
    local n = a * 65536 + (b or 0) * 256 + (c or 0)
    local q = {}
    for k = 3, 0, -1 do
      local v = math.floor(n / 64 ^ k) % 64
      q[#q + 1] = chars:sub(v + 1, v + 1)
    end
    if not b then q[3], q[4] = "=", "=" elseif not c then q[4] = "=" end
    out[#out + 1] = table.concat(q)
    if #out % 19 == 0 then out[#out + 1] = "\n" end
  end
  return table.concat(out)
end

local qmail = "From: MAILER-DAEMON@mx.example.net\nSubject: failure notice\n\n" ..
  "Hi. This is the qmail-send program at mx.example.net.\n" ..
  "I'm afraid I wasn't able to deliver your message to the following addresses.\n" ..
  "This is a permanent error; I've given up. Sorry it didn't work out.\n\n" ..
  "<erin@example.net>:\n192.0.2.9 does not like recipient.\n" ..
  "Remote host said: 550 5.1.1 <erin@example.net>: Recipient address rejected\n" ..
  ">From the log: giving up on 192.0.2.9.\n\n" ..
  "--- Below this line is a copy of the message.\n\nSubject: hello\n\nhello\n"

describe("scanning a delivery-status report (RFC 3464)", function()
  it("reads a report whose only diagnostic is its Status as 5.1.1, permanent (not a header's 452)", function()
    local rs = assert(smtp.scan(fixture("dsn-status-only.eml")))
    assert.are.equal(1, #rs)
    local r = rs[1]
    assert.are.equal("bob@example.com", r.recipient)
    assert.are.equal("5.1.1", r.status)
    assert.are.equal("failed", r.delivery)
    assert.are.equal("permanent", r.verdict)
    assert.are.equal("user_unknown", r.reason)
    assert.are.equal("suppress_address", r.action)
    assert.is_nil(r.reply, "no remote reply: Content-Length 452 is no reply")
    assert.are.equal("rfc3464", r.source)
    assert.are.equal("bounce", r.kind)
    assert.are.equal("googlemail.com", r.reporting_mta)
  end)

  it("gives one result per recipient, each with its own reply", function()
    local rs = assert(smtp.scan(two))
    assert.are.equal(2, #rs)
    assert.are.equal("bob@example.com", rs[1].recipient)
    assert.are.same({ code = 550, enhanced = "5.1.1",
      text = "<bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table" }, rs[1].reply)
    assert.are.equal("user_unknown", rs[1].reason)
    assert.are.equal("carol@example.net", rs[2].recipient)
    assert.are.equal(552, rs[2].reply.code)
    assert.are.equal("5.2.2", rs[2].status)
    assert.are.equal("mailbox_full", rs[2].reason)
    for i, r in ipairs(rs) do
      assert.are.equal(i, r.index)
      assert.are.equal("RCPT", r.command, "from the human part's (in reply to RCPT TO command)")
      assert.are.equal("4F1A2B3C", r.queue_id)
      assert.are.equal("mx.shop.example", r.reporting_mta)
      assert.are.equal("<20261201100000.4F1A2B3C@mx.shop.example>", r.message_id)
      assert.are.equal("news@shop.example", r.sender)
    end
  end)

  it("reads CRLF and mixed line ends alike", function()
    local mixed = crlf(two):gsub("(Action: failed)\r\n", "%1\n")
    assert.are.same(lines(smtp.scan(two)), lines(smtp.scan(crlf(two))))
    assert.are.same(lines(smtp.scan(two)), lines(smtp.scan(mixed)))
  end)

  it("decodes a base64 and a quoted-printable delivery-status part", function()
    local plain = assert(smtp.scan(dsn_with("Content-Type: message/delivery-status\n", dsn_fields)))
    local b64 = assert(smtp.scan(dsn_with(
      "Content-Type: message/delivery-status\nContent-Transfer-Encoding: base64\n", base64(dsn_fields))))
    local qp = assert(smtp.scan(dsn_with(
      "Content-Type: message/delivery-status\nContent-Transfer-Encoding: quoted-printable\n",
      (dsn_fields:gsub("Diagnostic%-Code: smtp; 550", "Diagnostic-Code: smtp;=20=\n550")))))
    assert.are.equal("dave@example.com", plain[1].recipient)
    assert.are.equal(550, plain[1].reply.code)
    assert.are.same(lines(plain), lines(b64))
    assert.are.same(lines(plain), lines(qp))
  end)

  it("keeps an '=' of quoted-printable that starts no escape, and drops a trailing one", function()
    local qp = "Content-Type: message/delivery-status\nContent-Transfer-Encoding: quoted-printable\n"
    local plain = assert(smtp.scan(dsn_with("Content-Type: message/delivery-status\n",
      (dsn_fields:gsub("no such user", "no such user a=b c=d e=")))))
    local coded = assert(smtp.scan(dsn_with(qp, (dsn_fields:gsub("no such user", "no such user a=b c=3Dd=\n e==")))))
    local trailing = assert(smtp.scan(dsn_with(qp,
      (dsn_fields:gsub("no such user\n", "no such user a=b c=d e=")) .. "= \t")))
    assert.are.equal("550 5.1.1 <dave@example.com>: no such user a=b c=d e=", plain[1].diagnostic)
    assert.are.same(lines(plain), lines(coded))
    assert.are.equal("550 5.1.1 <dave@example.com>: no such user a=b c=d e=", trailing[1].diagnostic)
  end)

  it("unfolds a Diagnostic-Code over several lines", function()
    local rs = assert(smtp.scan(two))
    assert.are.equal("550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
      rs[1].diagnostic)
  end)

  it("reads RFC 6533 message/global-delivery-status", function()
    local rs = assert(smtp.scan(dsn_with("Content-Type: message/global-delivery-status\n",
      (dsn_fields:gsub("rfc822; dave", "utf-8; dävé")))))
    assert.are.equal("dävé@example.com", rs[1].recipient)
    assert.are.equal("5.1.1", rs[1].status)
  end)
end)

describe("scanning plain-text bounces", function()
  it("reads a qmail bounce: recipient, reply, status", function()
    local rs = assert(smtp.scan(qmail))
    assert.are.equal(1, #rs)
    assert.are.equal("qmail", rs[1].source)
    assert.are.equal("erin@example.net", rs[1].recipient)
    assert.are.equal(550, rs[1].reply.code)
    assert.are.equal("5.1.1", rs[1].status)
    assert.are.equal("user_unknown", rs[1].reason)
  end)

  it("reads an Exim bounce with two recipients", function()
    local rs = assert(smtp.scan("From: Mail Delivery System <Mailer-Daemon@mx.example.org>\n" ..
      "Subject: Mail delivery failed: returning message to sender\n\n" ..
      "This message was created automatically by mail delivery software.\n\n" ..
      "A message that you sent could not be delivered to one or more of its\n" ..
      "recipients. This is a permanent error. The following address(es) failed:\n\n" ..
      "  frank@example.com\n    SMTP error from remote mail server after RCPT TO:<frank@example.com>:\n" ..
      "    host mx.example.com [192.0.2.5]: 550 5.1.1 <frank@example.com>: User unknown\n" ..
      "  gina@example.com\n    SMTP error from remote mail server after end of data:\n" ..
      "    host mx.example.com [192.0.2.5]: 552 5.3.4 Message size exceeds fixed limit\n\n" ..
      "------ This is a copy of the message, including all the headers. ------\n\nSubject: x\n\nx\n"))
    assert.are.equal(2, #rs)
    assert.are.equal("exim", rs[1].source)
    assert.are.same({ "frank@example.com", "RCPT", 550, "user_unknown" },
      { rs[1].recipient, rs[1].command, rs[1].reply.code, rs[1].reason })
    assert.are.same({ "gina@example.com", "DATA-END", 552, "message_too_large" },
      { rs[2].recipient, rs[2].command, rs[2].reply.code, rs[2].reason })
  end)
end)

describe("reply codes written the providers' own ways", function()
  it("takes the enhanced code Amazon SES quotes after the reply code (550-'5.7.1 ...')", function()
    local rs = assert(smtp.scan("From: MAILER-DAEMON@amazonses.com\n" ..
      "Subject: Delivery Status Notification (Failure)\n" ..
      "Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n--b\nContent-Type: text/plain\n\n" ..
      "An error occurred.\n\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; a1.example.com\n\n" ..
      "Final-Recipient: rfc822; pat@example.com\nAction: failed\nStatus: 5.0.0 (permanent failure)\n" ..
      "Diagnostic-Code: smtp; 5.1.0 - Unknown address error 550-'5.2.2 <pat@example.com>... Mailbox Full' " ..
      "(delivery attempts: 0)\n\n--b--\n"))
    assert.are.same({ 550, "5.2.2", "5.2.2", "mailbox_full" },
      { rs[1].reply.code, rs[1].reply.enhanced, rs[1].status, rs[1].reason })
  end)

  it("reads Yahoo's \"550: <a@b>: User unknown\" as reply code 550", function()
    local rs = assert(smtp.scan("From: MAILER-DAEMON@yahoo.com\nSubject: Failure Notice\n\n" ..
      "Sorry, we were unable to deliver your message to the following address.\n\n" ..
      "<quinn@example.net>:\n550: <quinn@example.net>: User unknown\n\n" ..
      "--- Below this line is a copy of the message.\n\nSubject: x\n\nx\n"))
    assert.are.same({ "yahoo", "quinn@example.net", 550, "user_unknown" },
      { rs[1].source, rs[1].recipient, rs[1].reply.code, rs[1].reason })
  end)
end)

describe("the status of a report whose remote reply says more", function()
  local function report(status, diagnostic)
    return assert(smtp.scan("From: MAILER-DAEMON@mx.example.jp\nSubject: Returned mail\n" ..
      "Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n--b\n\nIt failed.\n\n" ..
      "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.jp\n\n" ..
      "Final-Recipient: rfc822; ada@example.org\nAction: failed\nStatus: " .. status .. "\n" ..
      "Diagnostic-Code: smtp; " .. diagnostic .. "\n\n--b--\n"))[1]
  end

  it("takes the remote server's specific code of the same class over the report's", function()
    local r = report("5.1.1", "552 5.2.2 Over quota")
    assert.are.same({ "5.2.2", "mailbox_full" }, { r.status, r.reason })
  end)

  it("keeps the report's class when the remote reply's differs", function()
    assert.are.equal("4.5.0", report("4.5.0", "550 5.5.0 Service refused, please try later").status)
  end)
end)

describe("Zoho's labelled codes and a mailing list's refusal", function()
  local function zoho(notice)
    return assert(smtp.scan("From: mailer-daemon@mail.zoho.com\nSubject: Undelivered Mail Returned to Sender\n\n" ..
      "This message was created automatically by mail delivery software.\n" ..
      "A message that you sent could not be delivered to one or more of its recipients. " ..
      "This is a permanent error.\n\n" .. notice .. "\n\n\nReceived:from mail.zoho.com by mx.zohomail.com\n" ..
      "To:<xia@example.jp>\nSubject:x\n"))
  end

  it("reads 'ERROR_CODE :550, ERROR_CODE :5.1.1 ...' as the reply 550 5.1.1", function()
    local rs = zoho("xia@example.jp Invalid Address, ERROR_CODE :550, " ..
      "ERROR_CODE :5.1.1 <xia@example.jp>... User Unknown")
    assert.are.equal(1, #rs)
    assert.are.same({ "zoho", "xia@example.jp", 550, "5.1.1", "<xia@example.jp>... User Unknown", "user_unknown" },
      { rs[1].source, rs[1].recipient, rs[1].reply.code, rs[1].reply.enhanced, rs[1].reply.text, rs[1].reason })
  end)

  it("keeps a 4xx reply of a notice that says the error is permanent a failure, not a delay", function()
    local rs = zoho("xia@example.jp Error, ERROR_CODE :421, ERROR_CODE :, Host not reachable.")
    assert.are.same({ 421, "failed", "bounce" }, { rs[1].reply.code, rs[1].delivery, rs[1].kind })
  end)

  it("reads fml's notice to a non-member as the list's policy", function()
    local rs = assert(smtp.scan("From: yan-admin@example.org\n" ..
      "Subject: You zed@example.net are not member (yan ML)\nX-MLServer: fml [fml 4.0.3 release]\n\n" ..
      "You are not a member of this mailing list <yan@example.org>.\n\n" ..
      "If you know the general guide of this list, please send mail with\nthe mail body\n\n\tguide\n\n" ..
      "to the address\n\n\tyan-ctl@example.org\n"))
    assert.are.equal(1, #rs)
    assert.are.same({ "fml", "yan@example.org", "failed", "permanent", "policy" },
      { rs[1].source, rs[1].recipient, rs[1].delivery, rs[1].verdict, rs[1].reason })
  end)
end)

describe("Sendmail transcripts", function()
  it("pairs each recipient with the remote reply quoted above Sendmail's own line, not the answer to QUIT", function()
    local rs = assert(smtp.scan("From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.com>\n" ..
      "Subject: Returned mail: User unknown\n\n   ----- Transcript of session follows -----\n" ..
      "While talking to mx.example.edu:\n>>> DATA\n<<< 550 Mail from this sender is refused here\n" ..
      "421 mx.example.edu (smtp)... Deferred: Connection reset by peer\n" ..
      "554 <rae@example.edu>... Remote protocol error\n" ..
      "While talking to mx.example.org:\n>>> RCPT To:<sam@example.org>\n<<< 550 No such user here\n" ..
      ">>> QUIT\n<<< 421 Error: too many errors\n550 <sam@example.org>... User unknown\n" ..
      "554 <tia@example.net>... 550 Host unknown (Authoritative answer from name server)\n\n" ..
      "   ----- Unsent message follows -----\nSubject: x\n\nx\n"))
    assert.are.equal(3, #rs)
    assert.are.same({ "rae@example.edu", 550, "Mail from this sender is refused here", "DATA" },
      { rs[1].recipient, rs[1].reply.code, rs[1].reply.text, rs[1].command })
    assert.are.same({ "sam@example.org", 550, "No such user here", "RCPT", "user_unknown" },
      { rs[2].recipient, rs[2].reply.code, rs[2].reply.text, rs[2].command, rs[2].reason })
    assert.are.same({ "tia@example.net", 550, "domain_not_found" }, { rs[3].recipient, rs[3].reply.code, rs[3].reason })
  end)

  it("takes the human part's one recipient when the report's Final-Recipient holds no address", function()
    local rs = assert(smtp.scan("From: MAILER-DAEMON@mx.example.jp\nSubject: Returned mail: Host unknown\n" ..
      "Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n--b\n\n" ..
      "   ----- The following addresses had permanent fatal errors -----\n<ivy@example.org>\n" ..
      "    (reason: 550 Host unknown)\n\n" ..
      "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.jp\n\n" ..
      "Final-Recipient: RFC822; @mx.example.org\nAction: failed\nStatus: 5.1.2\n\n--b--\n"))
    assert.are.same({ "ivy@example.org", 550, "5.1.2", "(reason: 550 Host unknown)" },
      { rs[1].recipient, rs[1].reply.code, rs[1].status, rs[1].diagnostic })
  end)

  it("reads Sendmail's own line for a recipient of a report whose diagnostic is no SMTP reply", function()
    local rs = assert(smtp.scan("From: MAILER-DAEMON@mx.example.jp\nSubject: Returned mail: see transcript\n" ..
      "Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n--b\n\n" ..
      "   ----- The following addresses had permanent fatal errors -----\n<uma@example.org>\n\n" ..
      "   ----- Transcript of session follows -----\n" ..
      "550 5.1.2 <uma@example.org>... Host unknown (Name server: example.org: host not found)\n\n" ..
      "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.jp\n\n" ..
      "Final-Recipient: RFC822; uma@example.org\nAction: failed\nStatus: 5.1.2\n\n--b--\n"))
    assert.are.same({ 550, "5.1.2", "5.1.2", "domain_not_found" },
      { rs[1].reply.code, rs[1].reply.enhanced, rs[1].status, rs[1].reason })
  end)
end)

describe("the SMTP stage a refusal answered", function()
  local function exim(stage, reply)
    return assert(smtp.scan("From: Mail Delivery System <Mailer-Daemon@mx.example.org>\n" ..
      "Subject: Mail delivery failed: returning message to sender\n\n" ..
      "This message was created automatically by mail delivery software.\n\n" ..
      "A message that you sent could not be delivered to one or more of its\n" ..
      "recipients. This is a permanent error. The following address(es) failed:\n\n" ..
      "  val@example.com\n    host mx.example.com [192.0.2.5]\n    SMTP error from remote mail server after " ..
      stage .. ":\n    " .. reply .. "\n\n" ..
      "------ This is a copy of the message, including all the headers. ------\n\nSubject: x\n\nx\n"))[1]
  end

  it("reads 'does not exist' in answer to MAIL FROM as about the sender, never the recipient's mailbox", function()
    local r = exim("MAIL FROM:<wes@example.net> SIZE=1022", "553 5.1.0 example.net does not exist")
    assert.are.same({ "MAIL", "permanent", "sender_auth", "fix_sender_setup" },
      { r.command, r.verdict, r.reason, r.action })
  end)

  it("reads a refusal with no reason in answer to EHLO as the server's policy about the client", function()
    local r = exim("EHLO mx.example.org", "550 Rejected")
    assert.are.same({ "EHLO", "permanent", "policy" }, { r.command, r.verdict, r.reason })
  end)

  it("keeps an unknown user in answer to RCPT TO", function()
    local r = exim("RCPT TO:<val@example.com>", "550 5.1.1 <val@example.com>: User unknown")
    assert.are.same({ "RCPT", "user_unknown", "suppress_address" }, { r.command, r.reason, r.action })
  end)
end)

describe("Amazon SES notifications", function()
  it("reads a bounce notification wrapped in SNS, and a delivery notification", function()
    local sns = '{"Type":"Notification","Message":"{\\"notificationType\\":\\"Bounce\\",\\"bounce\\":' ..
      '{\\"bounceType\\":\\"Permanent\\",\\"bouncedRecipients\\":[{\\"emailAddress\\":\\"lee@example.com\\",' ..
      '\\"action\\":\\"failed\\",\\"status\\":\\"5.1.1\\",\\"diagnosticCode\\":\\"smtp; 550 5.1.1 user unknown\\"}],' ..
      '\\"reportingMTA\\":\\"dsn; a1.smtp-out.example.com\\"}}"}'
    local rs = assert(smtp.scan("From: no-reply@sns.amazonaws.com\nSubject: AWS Notification\n\n" .. sns .. "\n"))
    local b = rs[1]
    assert.are.same({ "amazonses", "lee@example.com", "failed", "5.1.1", 550, "user_unknown", "a1.smtp-out.example.com"
      },
      { b.source, b.recipient, b.delivery, b.status, b.reply.code, b.reason, b.reporting_mta })
    local ok = assert(smtp.scan('From: no-reply@amazonses.com\nSubject: x\n\n{"notificationType":"Delivery",' ..
      '"delivery":{"recipients":["mo@example.com","ned@example.com"],"smtpResponse":"250 2.6.0 Message received"}}\n'))
    assert.are.equal(2, #ok)
    for _, r in ipairs(ok) do
      assert.are.equal("delivery", r.kind)
      assert.are.equal("2.6.0", r.status)
    end
  end)
end)

describe("multi-line replies", function()
  it("joins the lines of a multi-line reply quoted in a notice", function()
    local rs = assert(smtp.scan("From: MAILER-DAEMON <>\nSubject: Mail delivery failed\n\n" ..
      "This is the DragonFly Mail Agent v0.13 at mx.example.jp.\n\n" ..
      "There was an error delivering your mail to <olga@example.com>.\n\n" ..
      "gmail-smtp-in.l.google.com [192.0.2.27] did not like our final DATA:\n" ..
      "550-5.7.26 Unauthenticated email from example.jp is not accepted due to domain's\n" ..
      "550-5.7.26 DMARC policy.\n550 5.7.26  https://support.google.com/mail/?p=DmarcRejection - gsmtp\n\n" ..
      "Message headers follow.\n\nSubject: x\n"))
    assert.are.equal("dma", rs[1].source)
    assert.are.equal("olga@example.com", rs[1].recipient)
    assert.are.same({ code = 550, enhanced = "5.7.26", text = "Unauthenticated email from example.jp is not " ..
      "accepted due to domain's DMARC policy. https://support.google.com/mail/?p=DmarcRejection - gsmtp" }, rs[1].reply)
    assert.are.equal("DATA-END", rs[1].command)
    assert.are.equal("sender_auth", rs[1].reason)
  end)
end)

describe("feedback reports and auto-replies", function()
  it("reads an ARF report (RFC 5965) as feedback, one result per Original-Rcpt-To", function()
    local rs = assert(smtp.scan("From: fbl@isp.example\nSubject: FW: report\nMIME-Version: 1.0\n" ..
      "Content-Type: multipart/report; report-type=feedback-report; boundary=\"x\"\n\n--x\n" ..
      "Content-Type: text/plain\n\nThis is an abuse report.\n--x\nContent-Type: message/feedback-report\n\n" ..
      "Feedback-Type: abuse\nUser-Agent: FBL/1.0\nVersion: 1\nOriginal-Rcpt-To: <h1@isp.example>\n" ..
      "Original-Rcpt-To: <h2@isp.example>\nArrival-Date: Tue, 1 Dec 2026 10:00:00 +0000\n--x\n" ..
      "Content-Type: message/rfc822\n\nFrom: news@shop.example\nMessage-ID: <m1@shop.example>\n\nhi\n--x--\n"))
    assert.are.equal(2, #rs)
    for i, r in ipairs(rs) do
      assert.are.equal("feedback", r.kind)
      assert.are.equal("abuse", r.feedback_type)
      assert.are.equal("h" .. i .. "@isp.example", r.recipient)
      assert.are.equal("<m1@shop.example>", r.message_id)
    end
  end)

  it("reads a vacation reply (RFC 3834) as an auto-reply, never a bounce", function()
    local rs = assert(smtp.scan("From: ivy@example.com\nTo: news@shop.example\n" ..
      "Subject: Out of office\nAuto-Submitted: auto-replied\n\nI am away until Monday.\n"))
    assert.are.equal(1, #rs)
    assert.are.equal("autoreply", rs[1].kind)
    assert.are.equal("ivy@example.com", rs[1].recipient)
  end)

  it("says not_a_bounce for an ordinary mail", function()
    local rs, msg, name = smtp.scan("From: jo@example.com\nTo: kim@example.org\nSubject: lunch\n\nNoon?\n")
    assert.is_nil(rs)
    assert.is_string(msg)
    assert.are.equal("not_a_bounce", name)
    assert.is_nil(smtp.scan("From: jo@example.com\nSubject: Our vacation photos\n\nSee attached.\n"))
    local auto = assert(smtp.scan("From: jo@example.com\nSubject: Automatic reply: lunch\n\nAway.\n"))
    assert.are.equal("autoreply", auto[1].kind)
  end)
end)

describe("mbox streams and streaming", function()
  local mbox = "From MAILER-DAEMON Tue Dec  1 10:00:09 2026\n" .. two .. "\n" ..
    "From MAILER-DAEMON Tue Dec  1 10:05:00 2026\n" .. qmail:gsub(">From the log", ">From the log") .. "\n"

  it("splits an mbox into messages and unquotes >From lines", function()
    local rs = assert(smtp.scan(mbox))
    assert.are.equal(3, #rs)
    assert.are.same({ 1, 2, 1 }, { rs[1].index, rs[2].index, rs[3].index })
    assert.are.equal("erin@example.net", rs[3].recipient)
    assert.is_truthy(rs[3].diagnostic:find("From the log", 1, true))
    assert.is_falsy(rs[3].diagnostic:find(">From", 1, true))
  end)

  it("gives the same results fed in 1-byte, 7-byte and whole chunks", function()
    local whole = lines(chunked(mbox))
    assert.are.equal(3, #whole)
    assert.are.same(whole, lines(chunked(mbox, 1)))
    assert.are.same(whole, lines(chunked(mbox, 7)))
    assert.are.same(lines(chunked(crlf(two))), lines(chunked(crlf(two), 7)))
  end)
end)

describe("bad input", function()
  -- Each bad input gives what can be read, or nil, a message and "not_a_bounce", quickly: within
  -- budget seconds, or within 100 times what an ordinary mail of the same size costs on this runner
  -- (so a slow runner, valgrind or a sanitizer build, still checks that the time is linear in the size).
  local per_byte
  local function allowed(n, budget)
    if not per_byte then
      local t0, runs = os.clock(), 0
      repeat
        smtp.scan(two)
        runs = runs + 1
      until os.clock() - t0 >= 0.02
      per_byte = (os.clock() - t0) / (runs * #two)
    end
    return math.max(budget or 1, per_byte * n * 100)
  end

  local function quick(text, budget)
    local limit = allowed(#text, budget)
    local t0 = os.clock()
    local rs, msg, name = smtp.scan(text)
    local secs = os.clock() - t0
    assert.is_true(secs < limit, ("took %.2f s (limit %.2f s)"):format(secs, limit))
    if rs == nil then
      assert.is_string(msg)
      assert.are.equal("not_a_bounce", name)
    end
    return rs
  end

  it("an empty file", function()
    assert.is_nil(quick(""))
    assert.is_nil(quick("\n\n\r\n"))
  end)

  it("truncated MIME: the report cut in the middle still gives its first recipient", function()
    local cut = two:sub(1, two:find("Final-Recipient: rfc822; carol", 1, true) - 1)
    local rs = quick(cut)
    assert.are.equal(1, #rs)
    assert.are.equal("bob@example.com", rs[1].recipient)
    quick(two:sub(1, 200))
  end)

  it("a missing or lying boundary", function()
    local missing = two:gsub('\tboundary="[^"]*"\n', "", 1)
    local lying = two:gsub('boundary="4F1A2B3C', 'boundary="NOT-THE-ONE', 1)
    assert.are.equal(2, #quick(missing))
    assert.are.equal(2, #quick(lying))
  end)

  it("nesting 1,000 deep", function()
    local parts = {}
    for i = 1, 1000 do
      parts[#parts + 1] = "Content-Type: multipart/mixed; boundary=\"b" .. i .. "\"\n\n--b" .. i .. "\n"
    end
    local deep = "From: MAILER-DAEMON@mx.example.org\nSubject: x\n" .. table.concat(parts) ..
      "Content-Type: message/delivery-status\n\n" .. dsn_fields
    quick(deep)
  end)

  it("a 10 MB header line", function()
    quick("From: MAILER-DAEMON@mx.example.org\nSubject: " .. ("x"):rep(10 * 1024 * 1024) .. "\n\nhello\n", 3)
    quick("X-Long: " .. ("a@b.c "):rep(2 * 1024 * 1024) .. "\n\n<a@b.c>:\n550 no\n", 3)
  end)

  it("many recipients against a large human part, and a flood of address lines", function()
    local groups = {}
    for i = 1, 1000 do
      groups[i] = ("Final-Recipient: rfc822; u%d@example.com\nAction: failed\nStatus: 5.0.0\n"):format(i)
    end
    local report = dsn_with("Content-Type: message/delivery-status\n", table.concat(groups, "\n"))
    report = report:gsub("Your message could not be delivered%.", ("words without addresses "):rep(4000), 1)
    assert.are.equal(1000, #quick(report, 3))
    local flood = "From: MAILER-DAEMON@mx.example.org\nSubject: failure notice\n\n" ..
      ("<same@example.com>: 550 no\n"):rep(200000)
    assert.are.equal(1, #quick(flood, 3))
    -- Sendmail's own lines, each after a long transcript: each is read back only to the line before
    local transcript = {}
    for i = 1, 2000 do
      transcript[i] = (">>> DATA\n<<< 550 refused\n"):rep(50) ..
        ("554 <u%d@example.com>... Remote protocol error\n"):format(i)
    end
    local sendmail = "From: MAILER-DAEMON@mx.example.org\nSubject: Returned mail: see transcript\n\n" ..
      "   ----- Transcript of session follows -----\n" .. table.concat(transcript)
    local rs = quick(sendmail, 3)
    assert.are.equal(1000, #rs) -- the default max_recipients
    assert.are.same({ 550, "refused", "DATA" }, { rs[1000].reply.code, rs[1000].reply.text, rs[1000].command })
  end)

  it("broken base64 and quoted-printable", function()
    quick(dsn_with("Content-Type: message/delivery-status\nContent-Transfer-Encoding: base64\n",
      "!!!!====QUJD\0\255\n" .. base64(dsn_fields):sub(1, 37) .. "=\n"))
    quick(dsn_with("Content-Type: message/delivery-status\nContent-Transfer-Encoding: quoted-printable\n",
      "=\n=Z=\r=4" .. dsn_fields .. "="))
  end)

  it("NUL bytes and binary junk", function()
    local rs = quick((two:gsub("This is the mail system", "This\0is\0the\0mail\0system")))
    assert.are.equal(2, #rs)
    local block = {}
    local seed = 7
    for i = 1, 4096 do
      seed = (seed * 1103515245 + 12345) % 2147483648
      block[i] = string.char(seed % 256)
    end
    local junk = table.concat(block):rep(50) -- 200 KB
    quick(junk)
    quick("From: x\n" .. junk)
  end)
end)
