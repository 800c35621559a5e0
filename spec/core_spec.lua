-- The public API of require "smtpcodes": lookup, listing, comparison and the
-- class tests, with the bad inputs of issue 2 on every Lua version alike.
require "helpers"
local smtp = require "smtpcodes"

describe("smtpcodes", function()
  it("names its version", function()
    assert.truthy(smtp._VERSION:match("^smtpcodes %d+%.%d+%.%d+$"))
  end)

  describe("get", function()
    it("looks up a basic code by number or string", function()
      local info = smtp.get(550)
      assert.are.equal(550, info.code)
      assert.are.equal("basic", info.kind)
      assert.are.equal("Mailbox Unavailable", info.name)
      assert.are.equal(5, info.class)
      assert.are.equal("Permanent Negative Completion", info.class_name)
      assert.are.equal(5, info.category)
      assert.are.equal("Mail System", info.category_name)
      assert.are.equal("core", info.status)
      assert.are.equal(info, smtp.get("550"))
      assert.are.equal(info, smtp.get(550.0))
    end)

    it("returns every field of a basic info", function()
      local info = smtp.get(551)
      for _, field in ipairs({ "description", "when", "fix", "use" }) do
        assert.is_string(info[field])
      end
      assert.are.same({ "RCPT", "VRFY" }, info.commands)
      assert.truthy(#info.related >= 2)
      assert.are.equal("5.1.6", info.enhanced[1])
      assert.are.equal("RFC 5321", info.references[1].document)
      assert.are.equal("https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2", info.references[1].url)
    end)

    it("gives 251 and 551 different names", function()
      assert.are_not.equal(smtp.get(251).name, smtp.get(551).name)
    end)

    it("looks up a registered enhanced code", function()
      local info = smtp.get("5.1.1")
      assert.are.equal("5.1.1", info.code)
      assert.are.equal("enhanced", info.kind)
      assert.are.equal(5, info.class)
      assert.are.equal("Permanent Failure", info.class_name)
      assert.are.equal(1, info.subject)
      assert.are.equal("Addressing Status", info.subject_name)
      assert.are.equal(1, info.detail)
      assert.are.equal("Bad destination mailbox address", info.name)
      assert.are.same({ 550 }, info.basic)
      assert.is_true(info.registered)
      assert.is_false(info.deprecated)
      assert.is_true(info.allowed)
      assert.are.same({ 451 }, smtp.get("4.1.1").basic)
    end)

    it("understands well-formed codes the registry lacks", function()
      for _, code in ipairs({ "5.7.515", "5.1.10", "4.9.9", "2.0.999" }) do
        local info = smtp.get(code)
        assert.is_table(info, code)
        assert.are.equal(code, info.code)
      end
      local info = smtp.get("5.7.999")
      assert.is_false(info.registered)
      assert.are.equal(5, info.class)
      assert.are.equal("Security or Policy Status", info.subject_name)
      assert.truthy(info.description:find("not in the IANA registry", 1, true))
      local provider = smtp.get("5.7.515")
      assert.is_false(provider.registered)
      assert.are.equal("Microsoft", provider.provider.provider)
      assert.is_true(smtp.get("5.1.10").registered)
    end)

    it("accepts surrounding white space, nothing else", function()
      assert.are.equal(550, smtp.get(" 550\t").code)
      assert.are.equal("5.1.1", smtp.get("5.1.1\r\n").code)
    end)

    local bad = {
      { 999, "out_of_range" }, { 600, "out_of_range" }, { 199, "out_of_range" }, { 99, "out_of_range" },
      { 1000, "out_of_range" }, { -250, "out_of_range" }, { 250.5, "malformed" }, { 0 / 0, "malformed" },
      { math.huge, "out_of_range" }, { -math.huge, "out_of_range" }, { "25", "malformed" },
      { "2500", "malformed" }, { "abc", "malformed" }, { "", "malformed" }, { "5.1", "malformed" },
      { "5.1.1.1", "malformed" }, { "6.1.1", "out_of_range" }, { "3.1.1", "out_of_range" },
      { "5.1000.1", "malformed" }, { "550\0", "malformed" }, { "5.1.1\0x", "malformed" },
      { "550 OK", "malformed" }, { "550x", "malformed" }, { "5.01.1", "malformed" }, { "x5.1.1", "malformed" },
      { 299, "unknown" }, { "299", "unknown" }, { "600", "out_of_range" }, { "199", "out_of_range" },
    }
    for _, case in ipairs(bad) do
      it(("rejects %q with %s"):format(tostring(case[1]), case[2]), function()
        local info, message, errname = smtp.get(case[1])
        assert.is_nil(info)
        assert.is_string(message)
        assert.truthy(#message < 200)
        assert.are.equal(case[2], errname)
      end)
    end

    it("says what is wrong in the message", function()
      local _, message = smtp.get("abc")
      assert.are.equal("invalid code 'abc': expected a three-digit reply code such as 550 or an "
        .. "enhanced status code such as 5.1.1", message)
      local _, unknown = smtp.get(299)
      assert.truthy(unknown:match("^unknown code 299"))
      local _, binary = smtp.get("\0\1\255")
      assert.truthy(binary:find("invalid code '\\x00\\x01\\xFF'", 1, true), binary)
      local _, wide = smtp.get("５５０")
      assert.truthy(wide:find("invalid code '\\u{FF15}\\u{FF15}\\u{FF10}'", 1, true), wide)
    end)

    it("raises for a wrong argument type", function()
      for _, v in ipairs({ true, {}, function() end }) do
        assert.has_error(function() smtp.get(v) end)
      end
      assert.has_error(function() smtp.get() end,
        "bad argument #1 to 'smtpcodes.get' (number or string expected, got nil)")
    end)

    it("allocates nothing when looking up a known code again", function()
      local function lookups()
        for _ = 1, 10000 do
          smtp.get(550)
          smtp.get("550")
          smtp.get("5.1.1")
        end
      end
      lookups() -- fills the cache, and lets LuaJIT compile the loop
      collectgarbage("collect")
      collectgarbage("stop")
      local before = collectgarbage("count")
      lookups()
      local grown = collectgarbage("count") - before
      collectgarbage("restart")
      assert.is_true(grown < 1, "grew " .. grown .. " KB")
    end)
  end)

  describe("list", function()
    it("lists every code in order", function()
      local all = smtp.list()
      assert.is_true(#all > 190)
      assert.are.equal(200, all[1].code)
      local basic = smtp.list({ kind = "basic" })
      for i = 2, #basic do assert.is_true(basic[i - 1].code < basic[i].code) end
      for _, info in ipairs(smtp.list({ class = 4 })) do assert.are.equal(4, info.class) end
      for _, info in ipairs(smtp.list({ kind = "enhanced", class = 2 })) do
        assert.are.equal("enhanced", info.kind)
        assert.are.equal(2, info.class)
      end
    end)

    it("raises for a bad filter", function()
      assert.has_error(function() smtp.list("basic") end)
      assert.has_error(function() smtp.list({ kind = "other" }) end)
      assert.has_error(function() smtp.list({ class = 6 }) end)
    end)
  end)

  describe("compare", function()
    it("orders the codes whatever order they were given", function()
      local c = smtp.compare(551, 220)
      assert.are.equal(220, c.first.code)
      assert.are.equal(551, c.second.code)
      assert.are.equal("comparison", c.kind)
      assert.is_false(c.same_class)
      assert.is_false(c.same_category)
    end)

    it("lists the differences as structured items, class first", function()
      local c = smtp.compare(220, 551)
      assert.are.equal("class", c.differences[1].kind)
      assert.are.equal(2, c.differences[1].first)
      assert.are.equal(5, c.differences[1].second)
      local kinds = {}
      for _, d in ipairs(c.differences) do kinds[d.kind] = d end
      assert.is_table(kinds.meaning)
      assert.is_table(kinds.category)
      assert.is_table(kinds.commands)
    end)

    it("sees the retry difference between 450 and 550", function()
      local c = smtp.compare(550, 450)
      assert.is_true(c.same_category)
      local kinds = {}
      for _, d in ipairs(c.differences) do kinds[d.kind] = d end
      assert.is_true(kinds.retry.first)
      assert.is_false(kinds.retry.second)
      assert.is_table(kinds.related)
    end)

    it("gives advice, not the fix texts", function()
      local c = smtp.compare(251, 551)
      assert.are.equal("pair", c.advice[1].kind)
      for _, item in ipairs(c.advice) do
        if item.text then
          assert.are_not.equal(c.first.fix, item.text)
          assert.are_not.equal(c.second.fix, item.text)
        end
      end
    end)

    it("compares a basic with an enhanced code, and says when classes disagree", function()
      local c = smtp.compare(554, "4.0.0")
      assert.are.equal("4.0.0", c.first.code)
      assert.are.equal(554, c.second.code)
      assert.are.equal("class", c.differences[1].kind)
      assert.is_false(c.advice[1].consistent)
      assert.is_true(smtp.compare("5.7.1", 550).advice[1].consistent)
    end)

    it("accepts infos", function()
      assert.are.equal(221, smtp.compare(smtp.get(421), smtp.get(221)).first.code)
    end)

    it("returns nil, message, errname for a bad code", function()
      local c, message, errname = smtp.compare(220, "abc")
      assert.is_nil(c)
      assert.truthy(message:match("abc"))
      assert.are.equal("malformed", errname)
      assert.has_error(function() smtp.compare(220) end)
    end)
  end)

  describe("class tests", function()
    it("answer by the first digit", function()
      assert.is_true(smtp.is_success(250))
      assert.is_true(smtp.is_intermediate("354"))
      assert.is_true(smtp.is_transient("4.2.2"))
      assert.is_true(smtp.is_permanent(smtp.get(550)))
      assert.is_false(smtp.is_permanent(450))
      assert.is_true(smtp.is_success(299))
    end)

    it("return nil, message, errname for what is not a code", function()
      local r, message, errname = smtp.is_success("abc")
      assert.is_nil(r)
      assert.is_string(message)
      assert.are.equal("malformed", errname)
      assert.are.equal("out_of_range", select(3, smtp.is_permanent(600)))
      assert.has_error(function() smtp.is_success(nil) end)
    end)
  end)

  it("writes no global", function()
    local before = {}
    for k in pairs(_G) do before[k] = true end
    package.loaded["smtpcodes"], package.loaded["smtpcodes.core"] = nil, nil
    local fresh = require "smtpcodes"
    fresh.format(fresh.compare(220, 551))
    for k in pairs(_G) do assert.is_true(before[k], "new global " .. tostring(k)) end
  end)
end)
