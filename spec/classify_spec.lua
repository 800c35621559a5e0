-- Classifying replies: verdict, reason, action and retry, on real-world
-- replies; provider knowledge; caller rules; the explanation page.
local helpers = require "helpers"
local smtp = require "smtpcodes"

local reasons = { "user_unknown", "mailbox_full", "mailbox_disabled", "domain_not_found", "not_accepting_mail",
  "greylisted", "rate_limited", "blocked", "spam_content", "sender_auth", "auth_required", "auth_failed",
  "tls_required", "relay_denied", "too_many_recipients", "message_too_large", "policy", "system_error",
  "protocol_error", "network_error", "unknown" }
local actions = { "none", "retry", "retry_later_slowly", "resend_rest", "fix_address", "suppress_address",
  "fix_sender_setup", "authenticate", "use_tls", "contact_postmaster" }

local function set(list)
  local s = {}
  for _, v in ipairs(list) do s[v] = true end
  return s
end

-- reply, verdict, reason, action
local cases = {
  { "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n"
    .. "550-5.1.1 double-checking the recipient's email address for typos or\r\n"
    .. "550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser a1si - gsmtp\r\n",
    "permanent", "user_unknown", "suppress_address" },
  { "452-4.2.2 The recipient's inbox is out of storage space. Please direct the\r\n"
    .. "452 4.2.2 recipient to https://support.google.com/mail/?p=OverQuotaTemp gsmtp\r\n",
    "transient", "mailbox_full", "retry" },
  { "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's\r\n"
    .. "550 5.7.26 DMARC policy. gsmtp\r\n", "permanent", "sender_auth", "fix_sender_setup" },
  { "421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating\r\n"
    .. "421 4.7.28 from your DKIM domain. gsmtp\r\n", "transient", "rate_limited", "retry_later_slowly" },
  { "550 5.7.515 Access denied, sending domain example.com doesn't meet the required authentication level.",
    "permanent", "sender_auth", "fix_sender_setup" },
  { "451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation.",
    "transient", "rate_limited", "retry_later_slowly" },
  { "550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus. "
    .. "To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.1 "
    .. "(AS3130) [DM6NAM04FT011.eop-NAM04.prod.protection.outlook.com]",
    "permanent", "blocked", "fix_sender_setup" },
  { "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user "
    .. "complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
    "transient", "rate_limited", "retry_later_slowly" },
  { "554 delivery error: dd This user doesn't have a yahoo.com account (x@yahoo.com) [0] - mta1.mail.yahoo.com",
    "permanent", "user_unknown", "suppress_address" },
  { "550 5.1.1 <x@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
    "permanent", "user_unknown", "suppress_address" },
  { "450 4.2.0 <x@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/",
    "transient", "greylisted", "retry" },
  { "554 5.7.1 <x@example.com>: Relay access denied", "permanent", "relay_denied", "contact_postmaster" },
  { "452 4.5.3 Too many recipients", "transient", "too_many_recipients", "resend_rest" },
  { "552 5.3.4 Message size exceeds fixed maximum message size", "permanent", "message_too_large",
    "fix_sender_setup" },
  { "530 5.7.0 Must issue a STARTTLS command first", "permanent", "tls_required", "use_tls" },
  { "535 5.7.8 Username and Password not accepted.", "permanent", "auth_failed", "authenticate" },
  { "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    "permanent", "user_unknown", "suppress_address" },
  { "556 5.1.10 Recipient address has null MX", "permanent", "not_accepting_mail", "suppress_address" },
  { "550 Requested action not taken: mailbox unavailable (#5.1.1)", "permanent", "user_unknown",
    "suppress_address" },
  { "553 5.1.3 <foo@@example.com>... User address required", "permanent", "user_unknown", "fix_address" },
  -- Apple iCloud
  { "550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
    "permanent", "blocked", "fix_sender_setup" },
  { "550 5.1.1 <someone@icloud.com>: user does not exist", "permanent", "user_unknown", "suppress_address" },
  -- GMX / WEB.DE: no enhanced codes, the reason is in the text
  { "554-gmx.net (mxgmx104) Nemesis ESMTP Service not available\r\n554-No SMTP service\r\n"
    .. "554-IP address is block listed.\r\n554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201\r\n",
    "permanent", "blocked", "fix_sender_setup" },
  { "554-gmx.net (mxgmx114) Nemesis ESMTP Service not available\r\n554-No SMTP service\r\n"
    .. "554-Bad DNS PTR resource record.\r\n554 For explanation visit https://postmaster.gmx.net/en/case?c=r0301\r\n",
    "permanent", "sender_auth", "fix_sender_setup" },
  -- Exim
  { "550-Verification failed for <bounce@example.org>\r\n550-Unrouteable address\r\n550 Sender verify failed\r\n",
    "permanent", "sender_auth", "fix_sender_setup" },
  { "421 Too many concurrent SMTP connections; please try again later.", "transient", "rate_limited",
    "retry_later_slowly" },
  -- qmail: the enhanced code stands in parentheses at the end
  { "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", "permanent", "relay_denied",
    "contact_postmaster" },
  { "250 2.0.0 Ok: queued as 4Zx1Y2abcd", "success", "unknown", "none" },
  { "354 End data with <CR><LF>.<CR><LF>", "intermediate", "unknown", "none" },
  -- Facebook's RCP-P2 comes with 5.1.1, but the recipient exists and refuses: not an unknown user
  { "550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.135#rcp Refused due to recipient "
    .. "preferences", "permanent", "policy", "contact_postmaster" },
}

describe("classify", function()
  for _, case in ipairs(cases) do
    it(("%s -> %s, %s"):format(case[1]:sub(1, 50):gsub("\r\n", " "), case[3], case[4]), function()
      local c = smtp.classify(case[1])
      assert.is_table(c)
      assert.are.equal(case[2], c.verdict)
      assert.are.equal(case[3], c.reason)
      assert.are.equal(case[4], c.action)
    end)
  end

  it("uses only the reasons and actions of the documented vocabulary", function()
    local r, a = set(reasons), set(actions)
    local core = require "smtpcodes.core"
    local rs, as = core.vocabulary()
    for _, v in ipairs(rs) do assert.is_true(r[v], v) end
    for _, v in ipairs(as) do assert.is_true(a[v], v) end
  end)

  it("never suggests suppressing the address for a reason about the sender", function()
    local core = require "smtpcodes.core"
    for _, reason in ipairs({ "blocked", "sender_auth", "rate_limited", "spam_content", "auth_failed" }) do
      for _, verdict in ipairs({ "transient", "permanent" }) do
        assert.are_not.equal("suppress_address", (core.advise(verdict, reason)))
      end
    end
  end)

  it("suggests when to retry, by reason", function()
    local grey = smtp.classify("450 4.2.0 Greylisted, try again later")
    local rate = smtp.classify("421 4.7.0 [TSS04] Messages temporarily deferred")
    local full = smtp.classify("452 4.2.2 Mailbox full")
    assert.is_true(grey.retry.after < 3600)
    assert.is_true(rate.retry.after >= 3600)
    assert.is_true(full.retry.after >= 86400)
    for _, c in ipairs({ grey, rate, full }) do assert.is_true(c.retry.give_up > c.retry.after) end
    assert.is_nil(smtp.classify("550 5.1.1 unknown").retry)
  end)

  it("takes a parsed reply, a code, an info, or an error string", function()
    assert.are.equal("user_unknown", smtp.classify(smtp.parse("550 5.1.1 No such user\r\n")).reason)
    assert.are.equal("permanent", smtp.classify(550).verdict)
    assert.are.equal("mailbox_full", smtp.classify("5.2.2").reason)
    assert.are.equal("auth_failed", smtp.classify(smtp.get(535)).reason)
    assert.are.equal("sender_auth", smtp.classify("smtp.lua:124: 550-5.7.26 Unauthenticated email").reason)
  end)

  it("returns nil, message, errname for what holds no reply, and raises for misuse", function()
    local c, message, errname = smtp.classify("nothing to see here")
    assert.is_nil(c)
    assert.is_string(message)
    assert.is_string(errname)
    assert.has_error(function() smtp.classify(true) end)
    assert.has_error(function() smtp.classify("550", "x") end)
  end)

  it("names the provider, and get() knows provider codes", function()
    assert.are.equal("Google", smtp.classify(cases[1][1]).provider.provider)
    local info = smtp.get("5.7.515")
    assert.is_false(info.registered)
    assert.are.equal("Microsoft", info.provider.provider)
    assert.are.equal("sender_auth", info.provider.reason)
    assert.is_table(smtp.get("4.7.650").provider)
  end)

  it("keeps a provider's own reason when its words also name a block (Orange's disabled mailbox)", function()
    -- rhost-franceptt-05 of the bounce corpus; "blocked" alone is a block of the sender
    local c = smtp.classify("550 5.5.0 Le compte du destinataire est bloque. The recipient account is blocked."
      .. " LPN007_426")
    assert.are.equal("mailbox_disabled", c.reason)
    assert.are.equal("provider", c.source)
    assert.are.equal("Orange", c.provider.provider)
    assert.are.equal("suppress_address", c.action)
    assert.are.equal("blocked", smtp.classify("550 5.1.1 <x@y.example>: User unknown; client host blocked").reason)
  end)
end)

describe("classifier", function()
  it("lets caller rules win, first match first, and names the rule", function()
    local k = smtp.classifier({
      { name = "4.1.2 is final here", code = 450, enhanced = "4.1.2", verdict = "permanent" },
      { name = "never", code = 450, verdict = "success" },
    })
    local c = k:classify("450 4.1.2 <x@nowhere.example>: Recipient address rejected: Domain not found")
    assert.are.equal("permanent", c.verdict)
    assert.are.equal("domain_not_found", c.reason)
    assert.are.equal("suppress_address", c.action)
    assert.are.equal("4.1.2 is final here", c.matched_rule)
    assert.are.equal("rule", c.source)
    assert.is_nil(c.retry)
    local plain = smtp.classify("450 4.1.2 <x@nowhere.example>: Recipient address rejected: Domain not found")
    assert.are.equal("transient", plain.verdict)
    assert.is_nil(plain.matched_rule)
  end)

  it("matches text and patterns, case-insensitively for text", function()
    local k = smtp.classifier({
      { text = "ACME FILTER", reason = "spam_content" },
      { pattern = "quota%s.-exceeded", reason = "mailbox_full", action = "contact_postmaster" },
    })
    assert.are.equal("spam_content", k:classify("550 rejected by acme filter v2").reason)
    local q = k:classify("552 quota   exceeded for user")
    assert.are.equal("mailbox_full", q.reason)
    assert.are.equal("contact_postmaster", q.action)
    assert.are.equal("#2", q.matched_rule)
  end)

  it("keeps its rules to itself", function()
    local rules = { { code = 550, reason = "policy" } }
    local k = smtp.classifier(rules)
    rules[1].reason = "blocked"
    assert.are.equal("policy", k:classify("550 no").reason)
    assert.are_not.equal("policy", smtp.classify("550 5.1.1 no such user").reason)
  end)

  it("refuses bad rules when it is made", function()
    for _, rules in ipairs({ "x", { 1 }, { { code = 450 } }, { { reason = "nonsense" } },
      { { action = "explode" } }, { { verdict = "maybe" } }, { { pattern = "(", reason = "policy" } },
      { { class = 7, reason = "policy" } } }) do
      assert.has_error(function() smtp.classifier(rules) end)
    end
  end)
end)

describe("explaining a reply", function()
  it("renders the server's words verbatim, then meaning, reason and what to do", function()
    local text = smtp.format(smtp.classify(cases[10][1]), { width = 0 })
    local at = 0
    for _, piece in ipairs({ "SMTP 550 5.1.1: Unknown recipient", "Server Reply",
      "    550 5.1.1 <x@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
      "What It Means", "The failure is permanent", "Reason", "Unknown recipient.", "What to Do",
      "Stop sending to this address" }) do
      local found = text:find(piece, at + 1, true)
      assert.is_number(found, piece)
      at = found
    end
  end)

  it("renders a parsed reply directly, in any language, with control characters made safe", function()
    local page = smtp.format(smtp.parse("550 5.1.1 evil\27[31mred\r\n"), { lang = "es" })
    assert.falsy(page:find("\27", 1, true))
    assert.truthy(page:find("\239\191\189", 1, true))
    local html = smtp.format(smtp.classify("550 5.1.1 <script>alert(1)</script>"), { format = "html" })
    assert.falsy(html:find("<script>", 1, true))
  end)

  it("is there on the command line, from an argument or standard input", function()
    local status, out = helpers.cli({ "explain", "452 4.5.3 Too many recipients" })
    assert.are.equal(0, status)
    assert.truthy(out:find("Too many recipients", 1, true))
    status, out = helpers.cli({ "explain" }, nil, "451 4.7.1 Greylisted, try again in 300 seconds\r\n")
    assert.are.equal(0, status)
    assert.truthy(out:find("SMTP 451 4.7.1: Greylisted", 1, true))
    status = helpers.cli({ "explain", "no reply in here" })
    assert.are.equal(1, status)
    local _, json = helpers.cli({ "-f", "json", "explain", "550 5.1.1 unknown user" })
    local decoded = require("smtpcodes.json").decode(json)
    assert.are.equal("user_unknown", decoded.reason)
    assert.are.equal("550 5.1.1 unknown user", decoded.reply.lines[1])
  end)
end)

describe("classify on failures and enhanced codes without a reply (M2)", function()
  local failures = {
    { "connect to mx.example.com[192.0.2.1]:25: Connection timed out", "transient", "network_error", "retry" },
    { "Connection refused", "transient", "network_error", "retry" },
    { "Host or domain name not found. Name service error for name=example.invalid type=MX: Host not found",
      "permanent", "domain_not_found", "suppress_address" },
    { "Host or domain name not found. Name service error for name=example.com type=MX: Host not found, try again",
      "transient", "system_error", "retry" },
    { "Cannot start TLS: handshake failure", "transient", "network_error", "retry" },
    { "4.4.1 No answer from host", "transient", "network_error", "retry" },
    { "Status: 5.1.1", "permanent", "user_unknown", "suppress_address" },
    { "5.7.1 Spam message rejected", "permanent", "spam_content", "fix_sender_setup" },
    { "#550 4.4.7 QUEUE.Expired; message expired ##", "permanent", "system_error", "contact_postmaster" },
    { "Timeout after 450 seconds waiting for greeting", "transient", "network_error", "retry" },
  }
  for _, case in ipairs(failures) do
    it(case[1]:sub(1, 60), function()
      local c = smtp.classify(case[1])
      assert.are.same({ case[2], case[3], case[4] }, { c.verdict, c.reason, c.action })
    end)
  end

  it("takes the verdict from the enhanced code with code 0, as a log scanner passes it", function()
    local core = require "smtpcodes.core"
    local c = core.classify(0, "5.4.4", "Host or domain name not found. Name service error for name=x type=AAAA")
    assert.are.same({ "permanent", "domain_not_found", "suppress_address" }, { c.verdict, c.reason, c.action })
    c = core.classify(0, "4.4.1", "connect to mx[192.0.2.1]:25: Connection timed out")
    assert.are.same({ "transient", "network_error", "retry" }, { c.verdict, c.reason, c.action })
    c = core.classify(0, nil, "lost connection with mx[192.0.2.1] while receiving the initial server greeting")
    assert.are.same({ "transient", "network_error", "retry" }, { c.verdict, c.reason, c.action })
  end)
end)

describe("actions a sender can act on (newcomer report W10)", function()
  it("retries a full mailbox over days, even as 5xx", function()
    local c = smtp.classify("552 5.2.2 Mailbox full")
    assert.are.same({ "permanent", "mailbox_full", "retry" }, { c.verdict, c.reason, c.action })
    assert.are.same({ after = 86400, give_up = 5 * 86400 }, c.retry)
  end)

  it("sends a relay refusal from a remote MX to its postmaster, not to a login", function()
    local c = smtp.classify("host mx.example.com[192.0.2.1] said: 554 5.7.1 <x@example.com>: Relay access denied "
      .. "(in reply to RCPT TO command)")
    assert.are.same({ "relay_denied", "contact_postmaster" }, { c.reason, c.action })
  end)

  it("reads Postfix's reverse-DNS and HELO refusals as sender_auth", function()
    for _, reply in ipairs({ "450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]",
      "450 4.7.25 Client host rejected: cannot find your reverse hostname, [192.0.2.1]",
      "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname",
      "450 4.7.1 <mail.example>: Helo command rejected: Host not found" }) do
      local c = smtp.classify(reply)
      assert.are.equal("sender_auth", c.reason, reply)
      assert.is_true(c.action == "retry_later_slowly" or c.action == "fix_sender_setup", reply)
    end
  end)
end)

describe("an enhanced code the server's own words narrow down", function()
  it("reads X.2.1 over 'User Unknown' as an unknown user", function()
    local c = smtp.classify("550 5.2.1 <kijitora@example.jp>... User Unknown")
    assert.are.same({ "permanent", "user_unknown", "suppress_address" }, { c.verdict, c.reason, c.action })
    assert.are.equal("mailbox_disabled", smtp.classify("550 5.2.1 Mailbox disabled, not accepting messages").reason)
  end)

  it("reads X.7.13 over a refused recipient's disabled account as a disabled mailbox, not a login", function()
    for _, reply in ipairs({ "525 5.7.13 <a@example.org>: Recipient address rejected: User account disabled",
      "525 5.7.13 <a@example.org>: Recipient address rejected: Disabled recipient address" }) do
      local c = smtp.classify(reply)
      assert.are.same({ "mailbox_disabled", "suppress_address" }, { c.reason, c.action }, reply)
    end
    assert.are.equal("auth_failed", smtp.classify("525 5.7.13 User account disabled").reason) -- RFC 4954's own
  end)
end)
