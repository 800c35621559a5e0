-- Pages that agree with themselves and with the facts: what the native
-- reviewers of all 15 languages found in the English source data and in the
-- page logic (issues 11 and 12).
require "helpers"
local smtp = require "smtpcodes"
local document = require "smtpcodes.document"

local function page(x, opts)
  opts = opts or {}
  opts.width = opts.width or 0
  return smtp.format(x, opts)
end

describe("458", function()
  it("leaves the reason open, as RFC 1985 does, in its texts and its pair advice", function()
    local texts = { smtp.get(458).when, smtp.get(458).fix, require("smtpcodes.core").pair_advice(458, 459) }
    for _, text in ipairs(texts) do
      assert.falsy(text:find("does hold mail", 1, true), text)
      assert.falsy(text:find("cannot start the queue run", 1, true), text)
    end
    assert.truthy(smtp.get(458).when:find("RFC 1985 does not say why", 1, true))
  end)
end)

describe("a provider's own code", function()
  it("says when a sender meets it, from the provider's documentation, in every language", function()
    local generic = require("smtpcodes.locale").data("en").templates.unregistered_when
    for _, p in ipairs(require("smtpcodes.core").providers()) do
      if p.is_code then
        assert.is_string(p.when, p.marker)
        assert.truthy(p.when:match("%.$"), p.marker)
        assert.falsy(p.when:match("^When "), p.marker)
      else
        assert.is_nil(p.when, p.marker)
      end
    end
    local info = smtp.get("5.7.515")
    assert.are.equal(require("smtpcodes.core").provider("5.7.515").when, info.when)
    local text = page(info)
    assert.truthy(text:find(info.when, 1, true))
    assert.falsy(text:find(generic, 1, true))
    for _, tag in ipairs(smtp.languages()) do
      local doc = smtp.document(smtp.get("5.7.708"), { lang = tag })
      assert.are.same({}, doc.fallback, tag)
      local localized = require("smtpcodes.locale").data(tag).templates.unregistered_when
      assert.falsy(smtp.format(smtp.get("5.7.708"), { lang = tag, width = 0 }):find(localized, 1, true), tag)
    end
  end)
end)

describe("the opening summary of a code page", function()
  it("says what the code is and what a client does, repeating no sentence of the page", function()
    for _, code in ipairs({ "5.7.1", 550, 552, 530, 250, 354, 421, "4.2.2", "5.7.515" }) do
      local info = smtp.get(code)
      local doc = smtp.document(info)
      local summary = doc.blocks[1].text
      assert.truthy(summary:find(tostring(info.code) .. " (" .. info.name .. ")", 1, true), summary)
      for i = 2, #doc.blocks do
        local b = doc.blocks[i]
        if b.type == "paragraph" then
          assert.falsy(b.text:find(document.first_sentence(summary), 1, true), tostring(code))
          assert.falsy(summary:find(document.first_sentence(b.text), 1, true), tostring(code) .. ": " .. b.text)
        end
      end
    end
    assert.truthy(page(smtp.get("5.7.1")):find("5.7.1 (Delivery not authorized, message refused) is a permanent "
      .. "failure: the server will refuse the same request again", 1, true))
  end)
end)

describe("a comparison", function()
  it("says plainly that codes of different commands never compete, with one use sentence each", function()
    local cmp = smtp.compare(220, 551)
    local kinds = {}
    for i, item in ipairs(cmp.advice) do kinds[i] = item.kind end
    assert.are.same({ "unrelated", "send", "send" }, kinds)
    local text = page(cmp)
    local section = text:match("When to Use Which\n%-+\n(.-)\nLearn More")
    assert.truthy(section:find("^220 and 551 never compete"))
    assert.truthy(section:find(smtp.get(220).use, 1, true))
    assert.truthy(section:find(smtp.get(551).use, 1, true))
    assert.falsy(section:find(document.first_sentence(smtp.get(220).fix), 1, true))
    -- codes that answer the same command still get each one's client advice
    local shared = {}
    for i, item in ipairs(smtp.compare(450, 551).advice) do shared[i] = item.kind end
    assert.are_not.same({ "unrelated", "send", "send" }, shared)
  end)

  it("never repeats the opening of the pair advice word for word between two sections", function()
    for _, pair in ipairs({ { 452, 552 }, { 458, 459 }, { 251, 551 }, { 450, 550 } }) do
      for _, tag in ipairs({ "en", "de", "ja", "th" }) do
        local doc = smtp.document(smtp.compare(pair[1], pair[2]), { lang = tag })
        local seen = {}
        for _, b in ipairs(doc.blocks) do
          for _, text in ipairs(b.items or { b.text }) do
            if type(text) == "string" and b.type ~= "heading" then
              local s = document.first_sentence(text)
              assert.is_nil(seen[s], tag .. " " .. pair[1] .. "/" .. pair[2] .. ": " .. s)
              seen[s] = true
            end
          end
        end
      end
    end
  end)
end)

describe("the basic codes of a registry entry", function()
  it("keep the registry's list and show codes used in practice as 'also seen with', with the source", function()
    local e = smtp.get("4.2.2")
    assert.are.same({}, e.basic)
    local codes = {}
    for i, w in ipairs(e.seen_with) do codes[i] = w.code end
    assert.are.same({ 452 }, codes)
    local text = page(e)
    assert.truthy(text:find("Other basic codes in use (not in the registry): 452 (Gmail)", 1, true))
    assert.truthy(text:find("https://support.google.com/a/answer/3726730", 1, true))
    local p571 = page(smtp.get("5.7.1"))
    assert.truthy(p571:find("Basic codes the registry lists for this class: 502, 503, 533, 550 and 551", 1, true))
    assert.truthy(p571:find("Other basic codes in use (not in the registry): 554 (Postfix)", 1, true))
    assert.truthy(p571:find("relay_domains_reject_code", 1, true))
    -- a code nobody reports beyond the registry shows no such line
    assert.falsy(page(smtp.get("5.1.1")):find("Other basic codes in use", 1, true))
  end)
end)

describe("the key differences", function()
  it("name no difference of meaning between two codes of the same name", function()
    local cmp = smtp.compare("4.7.1", "5.7.1")
    for _, d in ipairs(cmp.differences) do assert.are_not.equal("meaning", d.kind) end
    for _, tag in ipairs({ "en", "fr", "ko" }) do
      local name = require("smtpcodes.document").name(smtp.get("5.7.1"), tag)
      local doc = smtp.document(cmp, { lang = tag })
      for _, b in ipairs(doc.blocks) do
        if b.type == "list" then
          for _, item in ipairs(b.items) do
            local first = item:find(name, 1, true)
            assert.falsy(first and item:find(name, first + #name, true), tag .. ": " .. item)
          end
        end
      end
    end
    local kinds = {}
    for _, d in ipairs(smtp.compare(450, 550).differences) do kinds[d.kind] = true end
    assert.is_true(kinds.meaning)
  end)
end)

describe("X.2.0", function()
  it("does not claim that the mailbox exists when the reply is greylisting", function()
    local info = smtp.get("4.2.0")
    assert.falsy(info.description:find("^The mailbox exists"), info.description)
    assert.truthy(info.when:find("says nothing about the mailbox", 1, true))
    assert.truthy(info.fix:find("not take it as proof that the mailbox exists", 1, true))
  end)
end)

describe("the classifier", function()
  it("sends the remaining recipients at once after too many recipients, with no retry delay", function()
    for _, reply in ipairs({ "452 4.5.3 Error: too many recipients", "552 5.5.3 Too many recipients" }) do
      local cls = smtp.classify(reply)
      assert.are.equal("too_many_recipients", cls.reason, reply)
      assert.are.equal("resend_rest", cls.action, reply)
      assert.is_nil(cls.retry, reply)
      assert.falsy(smtp.explain(reply, { width = 0 }):find("Try again first after", 1, true))
    end
  end)

  it("reads 451 4.7.1 as a policy deferral, not a server fault", function()
    local cls = smtp.classify("451 4.7.1 Please try again later")
    assert.are.equal("transient", cls.verdict)
    assert.are.equal("policy", cls.reason)
    assert.are.equal("enhanced", cls.source)
    assert.are.equal("retry", cls.action)
    -- a basic code that says more than "local error" keeps its reason
    assert.are.equal("auth_required", smtp.classify("530 5.7.0 Authentication required").reason)
    assert.are.equal("system_error", smtp.classify("451 4.3.0 Temporary system problem").reason)
  end)
end)

describe("first sentences", function()
  it("are marked with two blanks in Thai only, and pages print one", function()
    local function walk(x, where, found)
      if type(x) == "string" then
        if x:find("  ", 1, true) then found[#found + 1] = where end
      elseif type(x) == "table" then
        for k, v in pairs(x) do walk(v, where .. "." .. tostring(k), found) end
      end
      return found
    end
    for _, tag in ipairs(smtp.languages()) do
      if tag ~= "th" then
        local file = tag:gsub("%-", "_")
        for _, part in ipairs({ "", ".content", ".pairs" }) do
          local ok, data = pcall(require, "smtpcodes.locale." .. file .. part)
          if ok then assert.are.same({}, walk(data, tag .. part, {})) end
        end
      end
    end
    local thai = smtp.format(smtp.compare(452, 552), { lang = "th", width = 0 })
    assert.falsy(thai:find("%S  "), "two blanks printed inside a line")
    -- the opening summary quotes each description's first sentence, not the whole (about ten lines each)
    local wrapped = smtp.format(smtp.compare(452, 552), { lang = "th", width = 80 })
    local summary = wrapped:match("^[^\n]*\n[^\n]*\n\n(.-)\n\n")
    assert.truthy(select(2, summary:gsub("\n", "")) < 5, summary)
  end)
end)

describe("the explanation of a reply", function()
  it("gives a success no reason section and names the code in the title", function()
    local doc = smtp.document(smtp.classify("250 2.0.0 Ok: queued as ABC"))
    assert.are.equal("SMTP 250 2.0.0: Requested Action Completed", doc.title)
    for _, b in ipairs(doc.blocks) do
      assert.are_not.equal("Reason", b.text)
    end
    assert.falsy(smtp.explain("354 Start mail input", { width = 0 }):find("\nReason\n", 1, true))
  end)

  it("states the reason in a sentence", function()
    local text = smtp.explain("550 5.7.708 Access denied, traffic not accepted from this IP.", { width = 0 })
    assert.truthy(text:find("\nClassified as: Sender blocked. ", 1, true))
    assert.truthy(smtp.explain("550 odd", { width = 0 }):find("\nReason not stated. ", 1, true))
  end)

  it("says what to do for the reason, not only for the action", function()
    local ip = smtp.explain("550 5.7.708 Access denied, traffic not accepted from this IP.", { width = 0 })
    assert.falsy(ip:find("message size", 1, true))
    assert.truthy(ip:find("reputation of the sending IP address", 1, true))
    local size = smtp.explain("552 5.3.4 Message size exceeds fixed maximum message size", { width = 0 })
    assert.truthy(size:find("Make the message smaller", 1, true))
    local spf = smtp.explain("550 5.7.26 Unauthenticated email from example.com is not accepted", { width = 0 })
    assert.truthy(spf:find("Fix the sender's authentication", 1, true))
    for _, reply in ipairs({ "550 5.7.708 x", "552 5.3.4 x", "550 5.7.26 x" }) do
      local cls = smtp.classify(reply)
      assert.are.equal("fix_sender_setup", cls.action, reply)
      for _, tag in ipairs(smtp.languages()) do
        assert.are.same({}, smtp.document(cls, { lang = tag }).fallback, tag .. " " .. reply)
      end
    end
  end)

  it("lists only the references of the codes in the reply", function()
    local gmail = smtp.explain("550-5.1.1 The email account that you tried to reach does not exist. - gsmtp",
      { width = 0 })
    assert.falsy(gmail:find("rfc7505", 1, true))
    assert.truthy(gmail:find("rfc3463", 1, true))
    local grey = smtp.explain("450 4.2.0 <a@example.com>: Recipient address rejected: Greylisted", { width = 0 })
    assert.falsy(grey:find("rfc2645", 1, true))
    -- a pair seen in practice brings its source
    assert.truthy(smtp.explain("452 4.2.2 The email account that you tried to reach is over quota", { width = 0 })
      :find("support.google.com/a/answer/3726730", 1, true))
  end)

  it("states the meaning of the more specific of the reply's two codes", function()
    local ip = smtp.explain("550 5.7.708 Access denied, tenant has exceeded threshold", { width = 0 })
    assert.truthy(ip:find(" 5.7.708 means “Traffic not accepted from this IP”. ", 1, true))
    assert.falsy(ip:find("550 means “Mailbox Unavailable”. ", 1, true))
    local user = smtp.explain("550 5.1.1 <a@example.com>: Recipient address rejected", { width = 0 })
    assert.truthy(user:find(" 5.1.1 means “Bad destination mailbox address”. ", 1, true))
    -- X.2.0 is only "other or undefined mailbox status": the basic code says more
    local grey = smtp.explain("450 4.2.0 <a@example.com>: Recipient address rejected: Greylisted", { width = 0 })
    assert.truthy(grey:find(" 450 means “Mailbox Unavailable (Temporary)”. ", 1, true))
    assert.falsy(grey:find("Other or undefined mailbox status", 1, true))
    local status = smtp.explain("Status: 5.1.1", { width = 0 })
    assert.truthy(status:find(" 5.1.1 means “Bad destination mailbox address”. ", 1, true))
  end)

  it("does not call a failure that is retried one that will fail again", function()
    local full = smtp.explain("552 5.2.2 Mailbox full", { width = 0 })
    assert.falsy(full:find("the same request will fail again", 1, true))
    assert.truthy(full:find("a full mailbox usually frees up within days, so the message is worth sending again later",
      1, true))
    -- the sending server has returned the message: no queue to keep it in, as after a 4xx
    assert.falsy(full:find("Keep the message in the queue", 1, true))
    assert.truthy(full:find("The message was returned, not kept in the queue: send it again later", 1, true))
    assert.truthy(smtp.explain("452 4.2.2 Mailbox full", { width = 0 }):find("Keep the message in the queue", 1, true))
    assert.truthy(smtp.explain("550 5.1.1 x", { width = 0 }):find("the same request will fail again", 1, true))
  end)

  it("titles a failure without any code as one with no SMTP reply", function()
    local doc = smtp.document(smtp.classify("connect to mx.example.com[192.0.2.1]:25: Connection timed out"))
    assert.are.equal("No SMTP reply: Connection failed", doc.title)
    assert.falsy(doc.title:find("?", 1, true))
  end)
end)

describe("an unregistered code with a subject RFC 3463 does not assign", function()
  it("says 'an unassigned subject (9)', never 'subject 9' or 'concerns 9'", function()
    local text = page(smtp.get("5.9.9"))
    assert.truthy(text:find("an unassigned subject (9)", 1, true))
    assert.falsy(text:find("concerns 9", 1, true))
    assert.falsy(text:find("Unregistered 9 code", 1, true))
    assert.truthy(text:find("Subject: 9 Unassigned\n", 1, true))
    local cmp = page(smtp.compare("5.9.9", "5.1.1"))
    assert.truthy(cmp:find("5.9.9 reports an unassigned subject (9).", 1, true))
    -- an assigned subject keeps its name
    assert.truthy(page(smtp.get("5.1.99")):find("Addressing Status", 1, true))
    for _, tag in ipairs(smtp.languages()) do
      assert.are.same({}, smtp.document(smtp.compare("5.9.9", "5.1.1"), { lang = tag }).fallback, tag)
    end
  end)
end)

describe("text that is no SMTP reply", function()
  it("gets nil, a message and not_a_reply from classify, explain and a classifier, never 'invalid code'", function()
    local classifier = smtp.classifier({})
    for _, text in ipairs({ "HTTP/1.1 503 Service Unavailable", "HTTP/1.1 503 Service Unavailable\r\n\r\n",
      "HTTP/2 503", "mailbox size 552 MB exceeds quota", "+OK POP3 ready" }) do
      for _, f in ipairs({ smtp.classify, smtp.explain, function(x) return classifier:classify(x) end }) do
        local result, message, errname = f(text)
        assert.is_nil(result, text)
        assert.are.equal("not_a_reply", errname, text)
        assert.falsy(message:find("invalid code", 1, true), message)
      end
    end
    -- a mistyped code is still a malformed code
    assert.are.equal("malformed", select(3, smtp.classify("5.5")))
  end)
end)
