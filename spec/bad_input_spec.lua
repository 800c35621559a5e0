-- A catalogue of hostile and malformed input for every public function of
-- require "smtpcodes".  Misuse (a wrong type, a bad option) raises an error;
-- bad data returns nil, a short message and a stable error name; nothing
-- crashes, hangs or echoes a megabyte back.  Runs on Lua 5.4, 5.3, 5.1 and
-- LuaJIT alike, so no \x escapes and no integer operators here.
require "helpers"
local smtp = require "smtpcodes"

local unpack = table.unpack or unpack
local MB = 1024 * 1024
local huge_x = ("x"):rep(MB)

-- 10,000 levels of tables: a hostile "option".
local deep = {}
do
  local t = deep
  for _ = 1, 10000 do
    t[1] = {}
    t = t[1]
  end
end

-- A table whose every read raises.
local trap = setmetatable({}, { __index = function() error("trapped read", 0) end })

-- f(...) raises an error whose message holds fragment.
local function raises(fragment, f, ...)
  local n, args = select("#", ...), { ... }
  local ok, err = pcall(function() return f(unpack(args, 1, n)) end)
  assert.is_false(ok, "expected an error holding " .. fragment)
  assert.is_truthy(tostring(err):find(fragment, 1, true), "the error was: " .. tostring(err))
end

-- The results of a call are nil, a short message, errname.
local function fails(errname, value, message, name)
  assert.is_nil(value)
  assert.is_string(message)
  assert.is_true(#message < 400, "a message quotes its input at length")
  assert.are.equal(errname, name)
end

local function has_warning(reply, name)
  for _, w in ipairs(reply.warnings) do
    if w == name then return true end
  end
  return false
end

local function copy(t)
  local out = {}
  for k, v in pairs(t) do out[k] = v end
  return out
end

describe("bad input", function()
  describe("get", function()
    it("raises for a wrong argument type", function()
      raises("bad argument #1 to 'smtpcodes.get'", smtp.get)
      raises("bad argument #1 to 'smtpcodes.get'", smtp.get, nil)
      raises("bad argument #1 to 'smtpcodes.get'", smtp.get, true)
      raises("bad argument #1 to 'smtpcodes.get'", smtp.get, {})
      raises("bad argument #1 to 'smtpcodes.get'", smtp.get, deep)
      raises("bad argument #1 to 'smtpcodes.get'", smtp.get, print)
      raises("bad argument #1 to 'smtpcodes.get'", smtp.get, coroutine.create(function() end))
    end)

    it("returns malformed, out_of_range or unknown for numbers that are no code", function()
      fails("malformed", smtp.get(0 / 0))
      fails("malformed", smtp.get(550.5))
      fails("out_of_range", smtp.get(math.huge))
      fails("out_of_range", smtp.get(-math.huge))
      fails("out_of_range", smtp.get(2 ^ 63))
      fails("out_of_range", smtp.get(-2 ^ 63))
      fails("out_of_range", smtp.get(1e300))
      fails("out_of_range", smtp.get(-550))
      fails("out_of_range", smtp.get(0))
      fails("out_of_range", smtp.get(600))
      fails("unknown", smtp.get(299))
      if math.maxinteger then
        fails("out_of_range", smtp.get(math.maxinteger))
        fails("out_of_range", smtp.get(math.mininteger))
      end
    end)

    it("returns malformed for NUL bytes, invalid UTF-8, huge strings and near misses", function()
      fails("malformed", smtp.get(""))
      fails("malformed", smtp.get("\0"))
      fails("malformed", smtp.get("550\0"))
      fails("malformed", smtp.get("5.\0.1"))
      fails("malformed", smtp.get("\255\254"))
      fails("malformed", smtp.get("\239\188\149\239\188\149\239\188\144")) -- fullwidth 550
      fails("malformed", smtp.get(("5"):rep(MB)))
      fails("malformed", smtp.get("5.1." .. ("1"):rep(MB)))
      fails("malformed", smtp.get(huge_x))
      fails("malformed", smtp.get("5.1.1000"))
      fails("malformed", smtp.get("5.01.1"))
      fails("malformed", smtp.get("550.0"))
      fails("malformed", smtp.get("550 x"))
      fails("out_of_range", smtp.get("6.1.1"))
      fails("out_of_range", smtp.get("199"))
    end)

    it("finds the code behind a megabyte of blanks", function()
      assert.are.equal(550, smtp.get((" "):rep(MB) .. "550" .. ("\r\n"):rep(1000)).code)
    end)
  end)

  describe("list", function()
    it("raises for a filter that is not a table or holds bad values", function()
      raises("bad argument #1 to 'smtpcodes.list'", smtp.list, 1)
      raises("bad argument #1 to 'smtpcodes.list'", smtp.list, "basic")
      raises("bad argument #1 to 'smtpcodes.list'", smtp.list, true)
      raises("bad argument #1 to 'smtpcodes.list'", smtp.list, print)
      raises("bad argument #1 to 'smtpcodes.list'", smtp.list, { kind = "x" })
      raises("bad argument #1 to 'smtpcodes.list'", smtp.list, { kind = 5 })
      raises("bad argument #1 to 'smtpcodes.list'", smtp.list, { kind = deep })
      raises("bad argument #1 to 'smtpcodes.list'", smtp.list, { kind = huge_x })
      raises("bad argument #1 to 'smtpcodes.list'", smtp.list, { class = 6 })
      raises("bad argument #1 to 'smtpcodes.list'", smtp.list, { class = 2.5 })
      raises("bad argument #1 to 'smtpcodes.list'", smtp.list, { class = "2" })
      raises("bad argument #1 to 'smtpcodes.list'", smtp.list, { class = 0 / 0 })
      raises("bad argument #1 to 'smtpcodes.list'", smtp.list, { class = deep })
    end)

    it("lets an error of the filter's own metatable through", function()
      raises("trapped read", smtp.list, trap)
    end)

    it("raises for keys it does not know, however odd", function()
      raises("bad argument #1 to 'smtpcodes.list' (no such filter", smtp.list, { other = deep })
      raises("bad argument #1 to 'smtpcodes.list' (no such filter", smtp.list, { [deep] = 1 })
      raises("bad argument #1 to 'smtpcodes.list' (no such filter", smtp.list, { [huge_x] = true })
    end)
  end)

  describe("compare", function()
    it("raises for a wrong argument type", function()
      raises("bad argument #1 to 'smtpcodes.compare'", smtp.compare, nil, 550)
      raises("bad argument #2 to 'smtpcodes.compare'", smtp.compare, 550, nil)
      raises("bad argument #1 to 'smtpcodes.compare'", smtp.compare, true, 550)
      raises("bad argument #2 to 'smtpcodes.compare'", smtp.compare, 550, print)
      raises("bad argument #1 to 'smtpcodes.compare'", smtp.compare, {}, 550)
      raises("bad argument #1 to 'smtpcodes.compare'", smtp.compare, deep, 550)
      raises("bad argument #1 to 'smtpcodes.compare'", smtp.compare, { code = true }, 550)
      raises("trapped read", smtp.compare, trap, 550)
    end)

    it("returns nil, message, errname for data that is no code", function()
      fails("malformed", smtp.compare("x", 550))
      fails("malformed", smtp.compare(550, 0 / 0))
      fails("malformed", smtp.compare(550, huge_x))
      fails("malformed", smtp.compare("550\0", 551))
      fails("malformed", smtp.compare({ code = "\255" }, 551))
      fails("out_of_range", smtp.compare(550, "6.1.1"))
      fails("out_of_range", smtp.compare(math.huge, 550))
      fails("unknown", smtp.compare(299, 550))
    end)
  end)

  describe("format", function()
    local info = smtp.get(550)

    it("raises for a wrong argument or option", function()
      raises("bad argument #1 to 'smtpcodes.format'", smtp.format, nil)
      raises("bad argument #1 to 'smtpcodes.format'", smtp.format, 550)
      raises("bad argument #1 to 'smtpcodes.format'", smtp.format, "550")
      raises("bad argument #1 to 'smtpcodes.format'", smtp.format, {})
      raises("bad argument #1 to 'smtpcodes.format'", smtp.format, { kind = "<script>" })
      raises("bad argument #1 to 'smtpcodes.format'", smtp.format, deep)
      raises("bad argument #2 to 'smtpcodes.format'", smtp.format, info, "html")
      raises("bad option 'format'", smtp.format, info, { format = "pdf" })
      raises("bad option 'format'", smtp.format, info, { format = huge_x })
      raises("bad option 'format'", smtp.format, info, { format = deep })
      raises("bad option 'format'", smtp.format, info, { format = "html\0" })
      raises("bad option 'width'", smtp.format, info, { width = "80" })
      raises("bad option 'width'", smtp.format, info, { width = deep })
      raises("bad option 'lang'", smtp.format, info, { lang = 5 })
      raises("bad option 'lang'", smtp.format, info, { lang = deep })
      raises("trapped read", smtp.format, info, trap)
    end)

    it("returns unknown_language for a tag it cannot serve", function()
      fails("unknown_language", smtp.format(info, { lang = "xx" }))
      fails("unknown_language", smtp.format(info, { lang = "" }))
      fails("unknown_language", smtp.format(info, { lang = huge_x }))
      fails("unknown_language", smtp.format(info, { lang = "\255\254" }))
      fails("unknown_language", smtp.format(info, { lang = "\0en" }))
    end)

    it("reads only the primary subtag, so trailing garbage still means that language", function()
      local doc = smtp.document(info, { lang = "en\0<script>" })
      assert.are.equal("en", doc.lang)
    end)

    it("renders with a whole width from 0 up, and raises for other widths and options it does not know", function()
      for _, width in ipairs({ 1, 0, 80, 1e6 }) do
        local page = smtp.format(info, { width = width })
        assert.is_string(page)
        assert.truthy(page:find("550", 1, true))
      end
      for _, width in ipairs({ -5, 0 / 0, math.huge, 2 ^ 53, 1.5 }) do
        raises("bad option 'width' to 'smtpcodes.format'", smtp.format, info, { width = width })
      end
      raises("bad option 'nested' to 'smtpcodes.format' (no such option)", smtp.format, info, { nested = deep })
      raises("to 'smtpcodes.format' (no such option)", smtp.format, info, { [huge_x] = true })
    end)
  end)

  describe("format with hostile text in every field", function()
    local evil = "<script>alert(\"x\")</script><img src=x onerror='alert(1)'>&amp;"
    local tags = { article = true, h1 = true, h2 = true, h3 = true, h4 = true, p = true, ul = true, ol = true,
      li = true, a = true, bdi = true }

    -- A copy of a real info with every text the renderers show replaced.
    local function hostile(code, keep_code)
      local info = copy(smtp.get(code))
      for _, k in ipairs({ "code", "name", "class_name", "category_name", "subject_name", "description", "when",
        "fix", "use", "deprecated_by" }) do
        if info[k] ~= nil and not (k == "code" and keep_code) then info[k] = evil end
      end
      for _, k in ipairs({ "related", "enhanced", "basic", "basic_wildcards" }) do
        if info[k] ~= nil then info[k] = { evil } end
      end
      if info.commands then info.commands = { evil, "CONNECT" } end
      info.references = { { document = evil, section = evil, url = "https://example.com/" .. evil, rfc = 5321 } }
      return info
    end

    -- Every tag of the page is one the renderer writes, and the hostile text is there, escaped.
    local function safe_html(page)
      for name in page:gmatch("</?([^%s>/]*)") do
        assert.is_true(tags[name] == true, "a tag the renderer does not write: <" .. name)
      end
      assert.is_nil(page:find("onerror='", 1, true))
      assert.is_nil(page:find('"x"', 1, true))
      assert.truthy(page:find("&lt;script&gt;", 1, true))
    end

    local infos = { 550, 551, "5.1.1", "5.7.515", "4.6.10" }
    for _, code in ipairs(infos) do
      it(("keeps HTML escaped for a forged info of %s in every language, and renders text and Markdown"):format(code),
        function()
          local info = hostile(code)
          for _, lang in ipairs(smtp.languages()) do
            safe_html((smtp.format(info, { format = "html", lang = lang })))
          end
          assert.truthy(smtp.format(info, { format = "text" }):find(evil, 1, true))
          assert.truthy(smtp.format(info, { format = "markdown" }):find("<script>", 1, true))
        end)
    end

    it("keeps HTML escaped for a forged comparison", function()
      local cmp = copy(smtp.compare(452, 552))
      cmp.first, cmp.second = hostile(452, true), hostile(552, true)
      local advice = {}
      for i, a in ipairs(cmp.advice) do
        advice[i] = copy(a)
        if advice[i].text then advice[i].text = evil end
      end
      cmp.advice = advice
      for _, lang in ipairs({ "en", "ar", "ko", "ja" }) do
        safe_html((smtp.format(cmp, { format = "html", lang = lang })))
      end
      assert.is_string(smtp.format(cmp, { format = "text" }))
      assert.is_string(smtp.format(cmp, { format = "markdown" }))
    end)

    it("makes no link of a URL that is not http or https", function()
      local info = hostile(550)
      info.references = {
        { document = "a", url = "javascript:alert(1)" },
        { document = "b", url = " JavaScript:alert(1)" },
        { document = "c", url = "data:text/html,<script>" },
      }
      local page = smtp.format(info, { format = "html" })
      safe_html(page)
      assert.is_nil(page:lower():find("href=\"%s*javascript"))
      assert.is_nil(page:find("href=\"data:", 1, true))
    end)

    it("escapes NUL bytes and invalid UTF-8 through untouched, never as markup", function()
      local info = hostile(550)
      info.description = "\0\255\254<b>\0"
      local page = smtp.format(info, { format = "html" })
      safe_html(page)
      assert.truthy(page:find("\0\255\254&lt;b&gt;\0", 1, true))
    end)
  end)

  describe("languages", function()
    it("ignores arguments and hands out a fresh list every time", function()
      local first = smtp.languages(deep, huge_x)
      first[1] = "<script>"
      assert.are.equal("en", smtp.languages()[1])
    end)
  end)

  describe("class tests", function()
    for _, name in ipairs({ "is_success", "is_intermediate", "is_transient", "is_permanent" }) do
      local test = smtp[name]

      it(name .. " raises for a wrong argument type and a table without class", function()
        for _, bad in ipairs({ nil, true, print, {}, deep }) do
          raises("bad argument #1 to 'smtpcodes." .. name .. "'", test, bad)
        end
        raises("bad argument #1 to 'smtpcodes." .. name .. "'", test, nil)
      end)

      it(name .. " returns nil, message, errname for what is not a code", function()
        fails("malformed", test("x"))
        fails("malformed", test(0 / 0))
        fails("malformed", test(("2"):rep(MB)))
        fails("malformed", test("250\0"))
        fails("malformed", test("\255"))
        fails("out_of_range", test("6.1.1"))
        fails("out_of_range", test(600))
        fails("out_of_range", test(-math.huge))
      end)
    end

    it("answer by the class of a table without looking further, and raise when it has none", function()
      assert.is_true(smtp.is_permanent({ class = 5, code = "<script>" }))
      assert.has_error(function() smtp.is_permanent({ class = "<script>" }) end)
    end)
  end)

  describe("parse", function()
    it("raises for a wrong argument type or a bad limit", function()
      raises("bad argument #1", smtp.parse, nil)
      raises("bad argument #1", smtp.parse, 550)
      raises("bad argument #1", smtp.parse, {})
      raises("bad argument #1", smtp.parse, true)
      raises("bad argument #2", smtp.parse, "250 ok\r\n", "x")
      for _, v in ipairs({ 0, -1, 1.5, "10", 0 / 0, math.huge, 1e13, true, deep }) do
        raises("bad option 'max_line'", smtp.parse, "250 ok\r\n", { max_line = v })
        raises("bad option 'max_lines'", smtp.parse, "250 ok\r\n", { max_lines = v })
        raises("bad option 'max_size'", smtp.parse, "250 ok\r\n", { max_size = v })
      end
      raises("trapped read", smtp.parse, "250 ok\r\n", trap)
    end)

    it("returns empty, not_a_reply or bad_code for what is no reply", function()
      fails("empty", smtp.parse(""))
      fails("empty", smtp.parse((" "):rep(MB)))
      fails("empty", smtp.parse(("\r\n"):rep(MB / 2)))
      fails("not_a_reply", smtp.parse(("\0"):rep(MB)))
      fails("not_a_reply", smtp.parse(huge_x))
      fails("not_a_reply", smtp.parse("\0\1\2\255binary"))
      fails("not_a_reply", smtp.parse("\255\254550 x\r\n"))
      fails("not_a_reply", smtp.parse("\r\n250 ok\r\n"))
      fails("bad_code", smtp.parse("2500 x\r\n"))
      fails("bad_code", smtp.parse("600 x\r\n"))
      fails("bad_code", smtp.parse("099\r\n"))
    end)

    it("returns too_long and too_many_lines past its limits", function()
      fails("too_long", smtp.parse("250 " .. huge_x))
      fails("too_long", smtp.parse("250 " .. huge_x .. "\r\n"))
      fails("too_long", smtp.parse(("250-" .. ("x"):rep(2000) .. "\r\n"):rep(40) .. "250 y\r\n"))
      fails("too_long", smtp.parse("250 " .. ("x"):rep(100) .. "\r\n", { max_line = 50 }))
      fails("too_many_lines", smtp.parse(("250-x\r\n"):rep(2) .. "250 y\r\n", { max_lines = 2 }))
    end)

    it("takes 10,000 continuation lines only when the limits allow them", function()
      local reply = ("250-x\r\n"):rep(10000) .. "250 y\r\n"
      fails("too_many_lines", smtp.parse(reply))
      -- 70,007 bytes: within max_lines = 20000, past the default max_size of 65,536
      fails("too_long", smtp.parse(reply, { max_lines = 20000 }))
      local r = smtp.parse(reply, { max_lines = 20000, max_size = 100000 })
      assert.are.equal(250, r.code)
      assert.are.equal(10001, #r.lines)
      assert.are.equal(("x "):rep(10000) .. "y", r.text)
    end)

    it("takes a one-megabyte line when the limits allow it", function()
      local r = smtp.parse("250 " .. huge_x .. "\r\n", { max_line = MB + 4, max_size = 2 * MB })
      assert.are.equal(250, r.code)
      assert.are.equal(MB, #r.text)
      assert.is_true(has_warning(r, "long_line"))
    end)

    it("keeps NUL bytes, lone CRs and invalid UTF-8 as they are, with a warning", function()
      local r = smtp.parse("250 a\0b\r\n")
      assert.are.equal("a\0b", r.text)
      assert.are.same({ "control_chars" }, r.warnings)
      r = smtp.parse("250 a\rb\r\n")
      assert.are.equal("a\rb", r.text)
      assert.are.same({ "control_chars" }, r.warnings)
      r = smtp.parse("550 \255\254\192\175\237\160\128\r\n")
      assert.are.equal("\255\254\192\175\237\160\128", r.text)
      assert.are.same({ "non_utf8" }, r.warnings)
      r = smtp.parse("550-\0\r\n\255\r\n550 end\r\n")
      assert.are.equal(550, r.code)
      assert.is_true(has_warning(r, "malformed_line"))
      assert.is_true(has_warning(r, "control_chars"))
      assert.is_true(has_warning(r, "non_utf8"))
    end)
  end)

  describe("parser():feed", function()
    it("raises for bad options and a chunk that is not a string", function()
      raises("bad argument #1 to 'smtpcodes.parser'", smtp.parser, 1)
      raises("bad argument #1 to 'smtpcodes.parser'", smtp.parser, "x")
      raises("bad option 'max_size'", smtp.parser, { max_size = -1 })
      raises("bad option 'max_line'", smtp.parser, { max_line = deep })
      raises("trapped read", smtp.parser, trap)
      local p = smtp.parser()
      assert.are.same({}, p:feed(nil)) -- nil is the end of the stream
      raises("bad argument #1 to 'feed'", p.feed, p, 250)
      raises("bad argument #1 to 'feed'", p.feed, p, {})
      raises("bad argument #1 to 'feed'", p.feed, p, deep)
    end)

    it("stops at a megabyte that is no reply, says so until reset, then starts afresh", function()
      local p = smtp.parser()
      fails("not_a_reply", p:feed(huge_x))
      fails("not_a_reply", p:feed("250 ok\r\n"))
      p:reset()
      local replies = p:feed("250 ok\r\n")
      assert.are.equal(1, #replies)
      assert.are.equal(250, replies[1].code)
    end)

    it("returns too_long, too_many_lines and not_a_reply for hostile streams", function()
      fails("too_long", smtp.parser():feed("250 " .. huge_x))
      fails("too_long", smtp.parser():feed(("250-" .. ("x"):rep(1000) .. "\r\n"):rep(70)))
      fails("too_many_lines", smtp.parser():feed(("250-x\r\n"):rep(1001)))
      fails("not_a_reply", smtp.parser():feed(("\r\n"):rep(MB / 2)))
      fails("not_a_reply", smtp.parser():feed(("\0"):rep(MB)))
      fails("bad_code", smtp.parser():feed("2500 x\r\n"))
    end)

    it("gives the replies before a bad one, then the error", function()
      local p = smtp.parser()
      local replies = p:feed("250 a\r\n250 b\r\nHTTP/1.1 400 Bad Request\r\n")
      assert.are.equal(2, #replies)
      fails("not_a_reply", p:feed(""))
    end)

    it("takes 10,000 pipelined replies in one chunk, and NUL bytes inside them", function()
      local replies = smtp.parser():feed(("250 a\0b\r\n"):rep(10000))
      assert.are.equal(10000, #replies)
      assert.are.equal("a\0b", replies[10000].text)
      assert.are.same({ "control_chars" }, replies[1].warnings)
    end)

    it("keeps a partial reply pending, however it is split", function()
      local p = smtp.parser({ max_lines = 20000, max_size = 100000 })
      local chunk = ("250-x\r\n"):rep(1000)
      for _ = 1, 10 do assert.are.same({}, p:feed(chunk)) end
      assert.are.equal(70000, p:pending())
      local replies = p:feed("250 y\r")
      assert.are.same({}, replies)
      replies = p:feed("\n")
      assert.are.equal(10001, #replies[1].lines)
      assert.are.equal(0, p:pending())
    end)
  end)

  describe("extract", function()
    it("raises for an argument that is not a string", function()
      raises("bad argument #1 to 'smtpcodes.extract'", smtp.extract, nil)
      raises("bad argument #1 to 'smtpcodes.extract'", smtp.extract, 550)
      raises("bad argument #1 to 'smtpcodes.extract'", smtp.extract, {})
      raises("bad argument #1 to 'smtpcodes.extract'", smtp.extract, true)
      raises("bad argument #1 to 'smtpcodes.extract'", smtp.extract, deep)
    end)

    it("returns empty or not_a_reply for text without a reply", function()
      fails("empty", smtp.extract(""))
      fails("empty", smtp.extract(" \t\r\n"))
      fails("empty", smtp.extract((" "):rep(MB)))
      fails("not_a_reply", smtp.extract(huge_x))
      fails("not_a_reply", smtp.extract(("5"):rep(MB)))
      fails("not_a_reply", smtp.extract(("\0"):rep(MB)))
      fails("not_a_reply", smtp.extract(("192.0.2.1 "):rep(math.floor(MB / 10))))
      fails("not_a_reply", smtp.extract(("12:34:56.789 "):rep(math.floor(MB / 13))))
      fails("not_a_reply", smtp.extract("connect to 203.0.113.5 port 550 failed"))
      fails("not_a_reply", smtp.extract("\255\254\253"))
    end)

    it("finds the reply behind a megabyte of noise, NUL bytes or invalid UTF-8", function()
      local r = smtp.extract(huge_x .. " said: 550 5.1.1 <x@example.com>: User unknown")
      assert.are.equal(550, r.code)
      assert.are.equal("5.1.1", r.enhanced)
      r = smtp.extract("\0\0 said: 550 5.1.1 no such user\0")
      assert.are.equal(550, r.code)
      assert.are.equal("5.1.1", r.enhanced)
      r = smtp.extract("\255\254 said: 550 5.1.1 Benutzer \252nbekannt")
      assert.are.equal(550, r.code)
      assert.are.equal("Benutzer \252nbekannt", r.text)
      r = smtp.extract(("("):rep(MB) .. "550 5.1.1 x")
      assert.are.equal(550, r.code)
    end)

    it("takes the first of a megabyte of replies", function()
      local r = smtp.extract(("550 5.1.1 x\n"):rep(math.floor(MB / 12)))
      assert.are.equal(550, r.code)
      assert.are.equal("5.1.1", r.enhanced)
    end)
  end)

  if smtp.classify then
    describe("classify", function()
      it("raises for a wrong argument type", function()
        raises("bad argument #1 to 'smtpcodes.classify'", smtp.classify, nil)
        raises("bad argument #1 to 'smtpcodes.classify'", smtp.classify, true)
        raises("bad argument #1 to 'smtpcodes.classify'", smtp.classify, print)
        raises("bad argument #2 to 'smtpcodes.classify'", smtp.classify, 550, "x")
        raises("bad argument #2 to 'smtpcodes.classify'", smtp.classify, 550, 1)
        raises("bad argument #1 to 'smtpcodes.classify'", smtp.classify, {})
        raises("bad argument #1 to 'smtpcodes.classify'", smtp.classify, deep)
      end)

      it("returns nil, message, errname for what is neither a reply nor a code", function()
        -- text that holds no reply says so; a code that is no code is malformed
        fails("empty", smtp.classify(""))
        fails("not_a_reply", smtp.classify("x"))
        fails("not_a_reply", smtp.classify(huge_x))
        fails("not_a_reply", smtp.classify(("\0"):rep(MB)))
        fails("malformed", smtp.classify("5.5"))
        fails("malformed", smtp.classify(0 / 0))
        fails("out_of_range", smtp.classify(600))
        fails("unknown", smtp.classify(299))
      end)

      it("judges the verdict by the code, whatever the text holds", function()
        local cases = {
          "550 5.1.1 " .. huge_x,
          huge_x .. " said: 550 5.1.1 user unknown",
          "550 5.1.1 user\0unknown\r\n",
          "550 \255\254 mailbox\r\n",
          ("550-x\r\n"):rep(10000) .. "550 y\r\n",
        }
        for _, text in ipairs(cases) do
          local c = smtp.classify(text)
          assert.are.equal("classification", c.kind)
          assert.are.equal("permanent", c.verdict)
          assert.are.equal(550, c.code)
        end
        assert.are.equal("transient", smtp.classify("451 4.7.1 <script>\0\255\r\n").verdict)
        assert.are.equal("success", smtp.classify("250 " .. huge_x .. "\r\n").verdict)
      end)

      it("explain renders what classify returns", function()
        assert.are.equal(smtp.format(smtp.classify("550 5.1.1 x")), smtp.explain("550 5.1.1 x"))
        fails("not_a_reply", smtp.explain("no reply in here"))
        raises("bad argument #1 to 'smtpcodes.explain'", smtp.explain, nil)
        raises("bad option 'width' to 'smtpcodes.explain'", smtp.explain, "550 x", { width = -1 })
      end)
    end)
  end

  if smtp.classifier then
    describe("classifier", function()
      it("raises for rules that are not rules", function()
        raises("bad argument #1 to 'smtpcodes.classifier'", smtp.classifier, nil)
        raises("bad argument #1 to 'smtpcodes.classifier'", smtp.classifier, 1)
        raises("bad argument #1 to 'smtpcodes.classifier'", smtp.classifier, huge_x)
        raises("bad rule #1", smtp.classifier, { 1 })
        raises("bad rule #1", smtp.classifier, { deep })
        raises("bad rule #1", smtp.classifier, { { name = deep, verdict = "permanent" } })
        raises("bad rule #1", smtp.classifier, { { pattern = "(", verdict = "permanent" } })
        raises("bad rule #1", smtp.classifier, { { pattern = "a%", verdict = "permanent" } })
        raises("bad rule #1", smtp.classifier, { { pattern = "%f", verdict = "permanent" } })
        raises("bad rule #1", smtp.classifier, { { verdict = "maybe" } })
        raises("bad rule #1", smtp.classifier, { { code = 550.5, verdict = "permanent" } })
        raises("bad rule #1", smtp.classifier, { { code = 0 / 0, verdict = "permanent" } })
        raises("bad rule #1", smtp.classifier, { { retry = { after = "x" } } })
        raises("bad rule #1", smtp.classifier, { { name = "decides nothing" } })
        raises("bad rule #2", smtp.classifier, { { verdict = "permanent" }, trap })
      end)

      it("classifies hostile input as classify does", function()
        local c = smtp.classifier({ { text = "<script>", reason = "spam_content" } })
        raises("bad argument #1", c.classify, c, nil)
        fails("not_a_reply", c:classify(huge_x))
        local r = c:classify("550 5.7.1 <SCRIPT>\0" .. huge_x)
        assert.are.equal("permanent", r.verdict)
        assert.are.equal("spam_content", r.reason)
      end)
    end)
  end

  if smtp.plain then
    describe("plain", function()
      it("hands back what is not a table, and copies a reply in full", function()
        assert.is_nil(smtp.plain(nil))
        assert.are.equal(550, smtp.plain(550))
        assert.are.equal(huge_x, smtp.plain(huge_x))
        local p = smtp.plain(smtp.parse("250-a\0\r\n250 b\r\n"))
        assert.are.same({ "250-a\0", "250 b" }, p.lines)
        assert.are.same({ "control_chars" }, p.warnings)
      end)

      it("copies a table that holds itself without running away", function()
        local cyclic = {}
        cyclic.reply, cyclic.nested = cyclic, cyclic
        assert.is_table(smtp.plain(cyclic))
      end)
    end)
  end
end)
