-- Reply parsing from Lua: whole replies, the incremental parser, and replies
-- found inside error messages, on real-world replies.
require "helpers"
local smtp = require "smtpcodes"

describe("parse", function()
  it("reads a one-line reply", function()
    local r = smtp.parse("250 2.1.5 Ok\r\n")
    assert.are.equal(250, r.code)
    assert.are.equal(2, r.class)
    assert.are.equal("2.1.5", r.enhanced)
    assert.are.equal("Ok", r.text)
    assert.are.same({ "250 2.1.5 Ok" }, r.lines)
    assert.are.same({}, r.warnings)
  end)

  it("reads Gmail's multi-line reply, dropping the repeated enhanced code", function()
    local r = smtp.parse("550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n"
      .. "550-5.1.1 double-checking the recipient's email address for typos or\r\n"
      .. "550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser a1si123 - gsmtp\r\n")
    assert.are.equal(550, r.code)
    assert.are.equal("5.1.1", r.enhanced)
    assert.are.equal("The email account that you tried to reach does not exist. Please try double-checking the "
      .. "recipient's email address for typos or unnecessary spaces. "
      .. "https://support.google.com/mail/?p=NoSuchUser a1si123 - gsmtp", r.text)
    assert.are.equal(3, #r.lines)
    assert.are.equal("550-5.1.1 The email account that you tried to reach does not exist. Please try", r.lines[1])
  end)

  it("reads an EHLO reply", function()
    local r = smtp.parse("250-mx.example.com Hello\r\n250-SIZE 35882577\r\n250-8BITMIME\r\n"
      .. "250-STARTTLS\r\n250 SMTPUTF8\r\n")
    assert.are.equal(250, r.code)
    assert.is_nil(r.enhanced)
    assert.are.same({ "250-mx.example.com Hello", "250-SIZE 35882577", "250-8BITMIME", "250-STARTTLS",
      "250 SMTPUTF8" }, r.lines)
  end)

  it("takes a bare final code, with or without a space, and bare LF", function()
    assert.are.equal(220, smtp.parse("220\r\n").code)
    assert.are.equal(220, smtp.parse("220 \r\n").code)
    assert.are.equal("", smtp.parse("220\r\n").text)
    local r = smtp.parse("250-a\n250 b\n")
    assert.are.equal("a b", r.text)
    assert.are.same({ "bare_lf" }, r.warnings)
  end)

  it("keeps blank and punctuation-only lines inside a reply", function()
    local r = smtp.parse("550-Rejected\r\n550-\r\n550-.\r\n550 See policy\r\n")
    assert.are.equal(4, #r.lines)
    assert.are.equal(550, r.code)
  end)

  it("reports mixed codes and a class mismatch", function()
    local r = smtp.parse("250-first\r\n251 second\r\n")
    assert.are.equal(251, r.code)
    assert.truthy(table.concat(r.warnings, " "):find("mixed_codes", 1, true))
    local m = smtp.parse("450 5.1.1 mismatched\r\n")
    assert.truthy(table.concat(m.warnings, " "):find("class_mismatch", 1, true))
  end)

  it("finds the enhanced code in the other usual places, never in an IP or a version", function()
    assert.are.equal("5.7.1", smtp.parse("554 Message refused (#5.7.1)\r\n").enhanced)
    assert.is_nil(smtp.parse("250 mx [92.5.1.10] Postfix 3.5.1.2 ready\r\n").enhanced)
    assert.is_nil(smtp.parse("250 build 4.16.55.1\r\n").enhanced)
  end)

  it("keeps non-UTF-8 bytes and flags them", function()
    local r = smtp.parse("550 Empf\228nger unbekannt\r\n")
    assert.are.equal("Empf\228nger unbekannt", r.text)
    assert.truthy(table.concat(r.warnings, " "):find("non_utf8", 1, true))
  end)

  local not_replies = {
    { "", "empty" }, { "25 short\r\n", "not_a_reply" }, { "2500 x\r\n", "bad_code" },
    { "600 x\r\n", "bad_code" }, { "\0\1\2\255binary", "not_a_reply" }, { "hello\r\n", "not_a_reply" },
  }
  for _, case in ipairs(not_replies) do
    it(("returns nil, message, %s for %q"):format(case[2], case[1]), function()
      local r, message, errname = smtp.parse(case[1])
      assert.is_nil(r)
      assert.is_string(message)
      assert.are.equal(case[2], errname)
    end)
  end

  it("enforces configurable limits with a clear error", function()
    local long = "250 " .. string.rep("x", 3000) .. "\r\n"
    local r, message, errname = smtp.parse(long)
    assert.is_nil(r)
    assert.truthy(message:find("too long", 1, true))
    assert.are.equal("too_long", errname)
    assert.are.equal(250, smtp.parse(long, { max_line = 4000 }).code)
    assert.has_error(function() smtp.parse("250 ok", { max_line = -1 }) end)
    assert.has_error(function() smtp.parse(250) end)
  end)
end)

describe("parser", function()
  local stream = "220 mx.example.com ESMTP\r\n250-mx.example.com\r\n250-PIPELINING\r\n250 8BITMIME\r\n"
    .. "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 End data with <CR><LF>.<CR><LF>\r\n"

  local function codes(replies)
    local out = {}
    for i, r in ipairs(replies) do out[i] = r.code end
    return out
  end

  it("returns every pipelined reply of one chunk", function()
    local replies = smtp.parser():feed(stream)
    assert.are.same({ 220, 250, 250, 250, 354 }, codes(replies))
    assert.are.equal("mx.example.com PIPELINING 8BITMIME", replies[2].text)
  end)

  it("gives the same replies however the bytes are split, even inside CRLF", function()
    local whole = smtp.parser():feed(stream)
    for _, size in ipairs({ 1, 2, 3, 5, 7, 13, 26 }) do
      local p, got = smtp.parser(), {}
      for i = 1, #stream, size do
        for _, r in ipairs(p:feed(stream:sub(i, i + size - 1))) do got[#got + 1] = r end
      end
      assert.are.same(codes(whole), codes(got))
      for i = 1, #got do assert.are.equal(whole[i].text, got[i].text) end
      assert.are.equal(0, p:pending())
    end
  end)

  it("gives every reply of a long pipelined stream, whole, however it is split, and then its error", function()
    local core = require "smtpcodes.core"
    local samples = { "250 2.1.0 Ok\r\n", "354 End data with <CR><LF>.<CR><LF>\r\n",
      "550-5.1.1 first\r\n550-5.1.1 second\r\n550 5.1.1 third\r\n", "250 ok\n", "221 Bye\r\n",
      "250-mx.example.com\r\n250-SIZE 1000\r\n250 8BITMIME\r\n", "451 4.7.1 later\r\n" }
    local parts = {}
    for i = 1, 300 do parts[i] = samples[(i * 5) % #samples + 1] end
    local text = table.concat(parts) .. "HTTP/1.1 400 Bad Request\r\n"
    local whole, _, _, wanted = core.parse_stream(text)
    assert.are.equal(300, #whole)
    for _, size in ipairs({ 1, 2, 3, 7, 16, 61, 100, 1000, 4096 }) do
      local p, got, errname = smtp.parser(), {}, nil
      for i = 1, #text, size do
        local r, _, e = p:feed(text:sub(i, i + size - 1))
        if not r then errname = e break end
        for _, reply in ipairs(r) do got[#got + 1] = reply end
      end
      errname = errname or select(3, p:feed(""))
      assert.are.equal(#whole, #got, "chunks of " .. size)
      for i = 1, #got do
        assert.are.same({ whole[i].code, whole[i].enhanced, whole[i].text, whole[i].raw },
          { got[i].code, got[i].enhanced, got[i].text, got[i].raw })
      end
      assert.are.equal(wanted, errname)
    end
  end)

  it("waits for the final line of a reply, including a bare final code", function()
    local p = smtp.parser()
    assert.are.same({}, p:feed("250-first\r\n250"))
    assert.are.equal(14, p:pending())
    local r = p:feed("\r\n")
    assert.are.equal(250, r[1].code)
  end)

  it("says at the end of the stream whether a reply was cut short (finish, feed(nil))", function()
    local p = smtp.parser()
    assert.are.same({ 250 }, codes(p:feed("250 ok\r\n250-more")))
    local r, message, errname = p:finish()
    assert.is_nil(r)
    assert.truthy(message:find("incomplete", 1, true))
    assert.are.equal("incomplete", errname)
    assert.are.equal(0, p:pending()) -- ready for a new stream
    assert.are.same({}, p:finish())
    assert.are.same({ 221 }, codes(p:feed("221 bye\r\n")))
    assert.are.same({}, p:feed(nil))
    p:feed("220 half")
    assert.are.equal("incomplete", select(3, p:feed(nil)))
    p:feed("junk\r\n")
    assert.are.equal("not_a_reply", select(3, p:finish()))
  end)

  it("parses each byte a bounded number of times, whatever the chunk sizes (H4)", function()
    local core = require "smtpcodes.core"
    local reply = "250-x\r\n" .. ("250-" .. ("X"):rep(60) .. "\r\n"):rep(900) .. "250 end\r\n"
    local function parsed_bytes(size)
      local n = 0
      local function counting(buffer, limits, from)
        n = n + #buffer - (from or 0)
        return core.parse_stream(buffer, limits, from)
      end
      local p = require("smtpcodes.parser").new(counting, nil, core.reply_limits())
      local got = {}
      for i = 1, #reply, size do
        for _, r in ipairs(p:feed(reply:sub(i, i + size - 1))) do got[#got + 1] = r end
      end
      assert.are.equal(1, #got)
      assert.are.equal(902, #got[1].lines)
      return n
    end
    local one, sixteen = parsed_bytes(1), parsed_bytes(16)
    assert.is_true(one <= 2 * #reply, "1-byte chunks: " .. one .. " bytes parsed for " .. #reply)
    assert.is_true(sixteen <= 2 * #reply, "16-byte chunks: " .. sixteen .. " bytes parsed")
    assert.is_true(one <= 2 * sixteen)
  end)

  it("counts a reply arriving a byte at a time and still stops it at its limits", function()
    local p = smtp.parser({ max_line = 40 })
    local r, errname, _
    for i = 1, 60 do
      r, _, errname = p:feed(i <= 4 and ("250 "):sub(i, i) or "x")
      if not r then break end
      assert.are.equal(i, p:pending())
    end
    assert.is_nil(r)
    assert.are.equal("too_long", errname)
    p = smtp.parser({ max_size = 100 })
    for i = 1, 200 do
      r, _, errname = p:feed(i <= 4 and ("250-"):sub(i, i) or (i % 20 == 0 and "\n" or "x"))
      if not r then break end
    end
    assert.is_nil(r)
    assert.are.equal("too_long", errname)
    p = smtp.parser()
    p:feed("250 x")
    assert.has_error(function() p:feed(5) end, "bad argument #1 to 'feed' (string or nil expected, got number)")
  end)

  it("returns one shared, read-only empty array when nothing completed", function()
    local p = smtp.parser()
    local none = p:feed("250")
    assert.are.same({}, none)
    assert.are.equal(none, p:feed(" ok"))
    assert.are.equal(none, smtp.parser():feed(""))
    assert.has_error(function() none[1] = "x" end,
      "the empty array feed() returns is shared and read-only: copy it to add to it")
    assert.are.same({}, none)
    local got = p:feed("\r\n")
    assert.are_not.equal(none, got)
    got[2] = "mine" -- replies that completed are the caller's own array
    assert.are.equal(250, got[1].code)
  end)

  it("keeps separate state in separate parsers", function()
    local a, b = smtp.parser(), smtp.parser()
    a:feed("250-a\r\n")
    assert.are.same({ 220 }, codes(b:feed("220 b\r\n")))
    assert.are.same({ 250 }, codes(a:feed("250 c\r\n")))
  end)

  it("reports junk and stays failed until reset", function()
    local p = smtp.parser()
    local r, message, errname = p:feed("hello there\r\n")
    assert.is_nil(r)
    assert.is_string(message)
    assert.are.equal("not_a_reply", errname)
    assert.is_nil((p:feed("250 ok\r\n")))
    p:reset()
    assert.are.same({ 250 }, codes(p:feed("250 ok\r\n")))
  end)

  it("returns the replies before junk first, then the error", function()
    local p = smtp.parser()
    assert.are.same({ 250 }, codes(p:feed("250 ok\r\nnonsense\r\n")))
    local r, _, errname = p:feed("")
    assert.is_nil(r)
    assert.are.equal("not_a_reply", errname)
  end)

  it("stops a reply that never ends at its limit instead of buffering forever", function()
    local p = smtp.parser({ max_lines = 50 })
    local r, errname
    for _ = 1, 100 do
      r, _, errname = p:feed("250-more\r\n")
      if not r then break end
    end
    assert.is_nil(r)
    assert.are.equal("too_many_lines", errname)
  end)

  it("raises for misuse", function()
    assert.has_error(function() smtp.parser("x") end)
    assert.has_error(function() smtp.parser({ max_size = 0 }) end)
    assert.has_error(function() smtp.parser():feed(42) end)
  end)
end)

describe("extract", function()
  it("finds the reply in a library's error string", function()
    local r = smtp.extract("smtp.lua:124: 550-5.7.26 Unauthenticated email from example.com is not accepted")
    assert.are.equal(550, r.code)
    assert.are.equal("5.7.26", r.enhanced)
  end)

  it("finds the reply in a Postfix log line, not the IP or the port", function()
    local r = smtp.extract("Nov 23 05:36:24 mx postfix/smtp[4242]: to=<a@example.com>, relay=mx.example.com"
      .. "[192.0.2.1]:25, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 <a@example.com>: "
      .. "Recipient address rejected: User unknown (in reply to RCPT TO command))")
    assert.are.equal(550, r.code)
    assert.are.equal("5.1.1", r.enhanced)
    assert.truthy(r.text:find("Recipient address rejected", 1, true))
    assert.falsy(r.text:find("in reply to", 1, true))
  end)

  it("finds the nested reply an Exchange NDR quotes", function()
    local r = smtp.extract("Remote Server returned '554 5.1.0 < #5.1.10 smtp;550 5.1.10 "
      .. "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup>'")
    assert.are.equal(554, r.code)
    assert.are.equal("5.1.0", r.enhanced)
    assert.are.equal(550, r.nested.code)
    assert.are.equal("5.1.10", r.nested.enhanced)
  end)

  it("returns nil, message, errname where there is no reply", function()
    for _, s in ipairs({ "", "port 587 closed", "HTTP/1.1 503 Service Unavailable",
      "mailbox size 552 MB exceeds quota", "see issue #421", "Content-Length: 452\n" }) do
      local r, message, errname = smtp.extract(s)
      assert.is_nil(r, s)
      assert.is_string(message)
      assert.is_string(errname)
    end
    assert.has_error(function() smtp.extract(nil) end)
  end)

  it("takes no number of ordinary error text for a reply code (W4)", function()
    for _, s in ipairs({ "Timeout after 450 seconds waiting for greeting", "read error at byte 421 of the response",
      "HTTP/1.1 503 Service Unavailable", "mailbox size 552 MB exceeds quota", "see issue #421" }) do
      local r = smtp.extract(s)
      assert.is_true(r == nil or r.code == 0, s)
    end
  end)

  it("says so when a string holds two replies (W5)", function()
    local r = smtp.parse("550 5.1.1 a\n421 4.7.0 b\n")
    assert.are.equal(550, r.code)
    assert.truthy(table.concat(r.warnings, ","):find("trailing_data", 1, true))
    local log = "x said: 550 5.1.1 <a@b>: User unknown (in reply to RCPT TO command)\n"
      .. "y said: 421 4.7.0 [TSS04] deferred (in reply to MAIL FROM command)\n"
    local e = smtp.extract(log)
    assert.are.equal(550, e.code)
    assert.are.equal("<a@b>: User unknown", e.text)
    assert.are.same({ "trailing_data" }, e.warnings)
  end)

  it("reads an enhanced code without a basic code, and Exchange's #550 4.4.7 ... ##", function()
    for s, enhanced in pairs({ ["4.4.1 No answer from host"] = "4.4.1", ["Status: 5.1.1"] = "5.1.1",
      ["dsn=5.1.1, status=bounced"] = "5.1.1", ["5.7.1 Spam message rejected"] = "5.7.1",
      ["Diagnostic-Code: smtp; 5.1.1 <a@b>: unknown"] = "5.1.1" }) do
      local r = smtp.extract(s)
      assert.are.equal(0, r.code, s)
      assert.are.equal(enhanced, r.enhanced, s)
      assert.are.same({ "no_code" }, r.warnings, s)
    end
    local x = smtp.extract("#550 4.4.7 QUEUE.Expired; message expired ##")
    assert.are.equal(550, x.code)
    assert.are.equal("4.4.7", x.enhanced)
    assert.are.equal("QUEUE.Expired; message expired", x.text)
  end)

  it("reads a header holding a number as no reply (W2)", function()
    local r = smtp.extract("Content-Length: 452\nX-Spam-Score: 550\n\nAction: failed\nStatus: 5.1.1\n")
    assert.are.equal(0, r.code)
    assert.are.equal("5.1.1", r.enhanced)
  end)

  it("returns code 0 and no_code for a failure that got no reply (M2)", function()
    for _, s in ipairs({ "Connection timed out", "connect to mx.example.com[192.0.2.1]:25: Connection refused",
      "Host or domain name not found. Name service error for name=example.invalid type=MX: Host not found",
      "Cannot start TLS: handshake failure" }) do
      local r = smtp.extract(s)
      assert.are.equal(0, r.code, s)
      assert.is_nil(r.enhanced, s)
      assert.are.equal(s, r.text)
      assert.are.same({ "no_code" }, r.warnings, s)
    end
  end)
end)
