-- The LuaJIT fast path (lua/smtpcodes/ffi.lua over src/lua_ffi.c): chosen
-- on LuaJIT unless SMTPCODES_NO_FFI is set, with cdefs that match the C
-- layout, and results equal to the classic binding's, field by field.
-- scripts/test runs the whole suite on LuaJIT with and without it.
local core = require "smtpcodes.core"
local ffi_path = require "smtpcodes.ffi"
local smtp = require "smtpcodes"

local jit_present = rawget(_G, "jit") ~= nil
local forced_off = require("helpers").ffi_off()
local fast = ffi_path.load(core)

-- Replies of every shape the binding builds differently: one line, several,
-- with and without an enhanced code, with warnings, raw kept or rebuilt,
-- a text longer than the FFI's join buffer, and input that is no reply.
local long = ("x"):rep(700)
local inputs = {
  "250 2.1.5 Ok\r\n", "250 Ok\r\n", "250 ok", "550 5.1.1 <a@b.example>: Recipient address rejected\r\n",
  "250-mx.example.com Hello\r\n250-SIZE 52428800\r\n250-8BITMIME\r\n250 STARTTLS\r\n",
  "550-5.7.1 one\r\n550-5.7.1 two\r\n550 5.7.1 three\r\n", "250OK\r\n", "250 ok\n", "451-a\r\n452 b\r\n",
  "250 2.1.5 Ok\r\n250 next\r\n", "553 sorry, not in my list (#5.7.1)\r\n", "550 caf\233\r\n",
  "250-" .. long .. "\r\n250 " .. long .. "\r\n", "", "   ", "hello", "199 no", "2500 x", "250-only",
  ("250-x\r\n"):rep(5) .. "250 end\r\n", "421 4.7.0 [TSS04] Messages temporarily deferred\r\n",
}

-- Every field of a reply table, the lazy ones included.
local function fields(r)
  if type(r) ~= "table" then return r end
  return { code = r.code, enhanced = r.enhanced, text = r.text, raw = r.raw, lines = r.lines, class = r.class,
    warnings = r.warnings, keys = (function()
      local k = {}
      for key in pairs(r) do k[#k + 1] = key end
      table.sort(k)
      return table.concat(k, " ")
    end)(), meta = getmetatable(r) ~= nil }
end

describe("the FFI fast path", function()
  it("is chosen on LuaJIT unless SMTPCODES_NO_FFI is set, the classic binding elsewhere", function()
    local expected = (jit_present and not forced_off) and "ffi" or "classic"
    assert.equal(expected, smtp.backend)
    assert.equal(expected == "ffi", fast ~= nil)
  end)

  it("declares the structs as the C compiler laid them out", function()
    if not jit_present then return pending("LuaJIT only") end
    local ffi = require "ffi"
    assert.same({}, ffi_path.mismatches(ffi, core.ffi_layout()))
    -- and it would say so if they differed
    local layout = core.ffi_layout()
    layout["struct smtpc_ffi_reply"].code = layout["struct smtpc_ffi_reply"].code + 4
    layout["struct smtpc_ffi_api"] = nil
    assert.same({ "struct smtpc_ffi_api: unknown to the core",
      ("struct smtpc_ffi_reply.code: offset %d in C, %d here"):format(ffi.offsetof("struct smtpc_ffi_reply", "code")
        + 4, ffi.offsetof("struct smtpc_ffi_reply", "code")) }, ffi_path.mismatches(ffi, layout))
  end)

  it("hands over the entry points as a lightuserdata, the module exporting nothing else", function()
    local api, index = core.ffi_api()
    assert.equal("userdata", type(api))
    assert.equal("userdata", type(index)) -- the Lua state's classifier index
    assert.equal(api, core.ffi_api())
    assert.equal(index, select(2, core.ffi_api()))
  end)

  describe("gives the classic binding's results", function()
    local function needs_fast()
      if not fast then pending("no FFI path here (not LuaJIT, or SMTPCODES_NO_FFI set)") end
      return fast
    end

    it("for parse, errors and limits included", function()
      if not needs_fast() then return end
      for _, s in ipairs(inputs) do
        assert.same({ fields(core.parse(s)) }, { fields(fast.parse(s)) }, s)
        local a, am, ae = core.parse(s)
        local b, bm, be = fast.parse(s)
        assert.same({ a == nil, am, ae }, { b == nil, bm, be }, s)
      end
      local limits = { max_line = 10, max_lines = 2, max_size = 30 }
      for _, s in ipairs({ "250 2.1.5 Ok\r\n", "250 a very long line\r\n", "250-a\r\n250-b\r\n250 c\r\n" }) do
        assert.same({ core.parse(s, limits) ~= nil, select(2, core.parse(s, limits)) },
          { fast.parse(s, limits) ~= nil, select(2, fast.parse(s, limits)) }, s)
      end
    end)

    it("for enhanced codes: each as written, past the 512 strings the fast path keeps", function()
      if not needs_fast() then return end
      -- 1,200 distinct codes, each twice (once made, once from the kept strings when it is among them)
      for round = 1, 2 do
        for subject = 0, 39 do
          for detail = 0, 29 do
            local code = ("%d.%d.%d"):format(subject % 2 == 0 and 5 or 4, subject, detail)
            local s = ("%s %s text %d\r\n"):format(code:sub(1, 1) == "5" and "550" or "450", code, round)
            local r = fast.parse(s)
            assert.equal(code, r.enhanced, s)
            assert.same(fields(core.parse(s)), fields(r), s)
          end
        end
      end
      -- the spelling is the only one: no leading zeros, so "5.01.1" is no code
      assert.is_nil(fast.parse("550 5.01.1 x\r\n").enhanced)
    end)

    it("for parse_stream: replies, bytes used and the error that stops it", function()
      if not needs_fast() then return end
      local stream = table.concat(inputs, "", 1, 13)
      for cut = 0, #stream, 7 do
        local buffer = stream:sub(1, cut)
        local a, au, am, ae = core.parse_stream(buffer)
        local b, bu, bm, be = fast.parse_stream(buffer)
        assert.equal(#a, #b)
        for i = 1, #a do assert.same(fields(a[i]), fields(b[i])) end
        assert.same({ au, am, ae }, { bu, bm, be })
      end
      -- from a byte offset on: the replies after it, the bytes taken after it
      for from = 0, #stream, 11 do
        local a, au, am, ae = core.parse_stream(stream, nil, from)
        local b, bu, bm, be = fast.parse_stream(stream, nil, from)
        assert.equal(#a, #b)
        for i = 1, #a do assert.same(fields(a[i]), fields(b[i])) end
        assert.same({ au, am, ae }, { bu, bm, be })
      end
      for _, bad in ipairs({ -1, #stream + 1, 1.5, "x" }) do
        assert.has_error(function() core.parse_stream(stream, nil, bad) end)
        assert.has_error(function() fast.parse_stream(stream, nil, bad) end)
      end
      local a, au, am, ae = core.parse_stream("250 ok\r\nhello\r\n")
      assert.same({ #a, au, am, ae }, { #fast.parse_stream("250 ok\r\nhello\r\n"),
        select(2, fast.parse_stream("250 ok\r\nhello\r\n")) })
    end)

    it("for classify: the same classification tables", function()
      if not needs_fast() then return end
      local cases = {
        { 550, "5.1.1", "<a@b.example>: Recipient address rejected: User unknown" },
        { 421, "4.7.0", "[TSS04] Messages from 192.0.2.1 temporarily deferred" },
        { 550, "5.7.515", "Access denied, sending domain does not meet the required authentication level" },
        { 250, nil, "ok" }, { nil, "5.4.4", "Host or domain name not found" },
        { nil, nil, "connect to mx[192.0.2.1]:25: Connection timed out" }, { 452, "4.5.3", "Too many recipients" },
        { 550, "5.1.1 ", "trailing blank in the code" }, { 554, nil, nil },
      }
      local plain, warned = core.parse("550 x\r\n"), core.parse("550 x\n")
      for _, case in ipairs(cases) do
        for _, reply in ipairs({ plain, warned, false }) do
          reply = reply or nil
          assert.same(core.classify(case[1], case[2], case[3], reply), fast.classify(case[1], case[2], case[3], reply))
        end
      end
      assert.same({ "bare_lf" }, fast.classify(550, nil, "x", warned).warnings)
      -- classify_reply: the core's reply tables only, read raw; anything else is left to the caller
      for _, s in ipairs(inputs) do
        local r = core.parse(s)
        if r then assert.same(core.classify_reply(r), fast.classify_reply(r), s) end
      end
      local odd = core.parse("550 5.1.1 x\r\n")
      odd.enhanced = 5
      for _, x in ipairs({ odd, { code = 550, text = "x" }, setmetatable({ kind = "basic", code = 550, text = "x" },
        getmetatable(plain)) }) do
        assert.is_nil(core.classify_reply(x))
        assert.is_nil(fast.classify_reply(x))
      end
      assert.is_nil(fast.classify(550, nil, "x", plain).warnings)
    end)
  end)

  it("classifies a reply table whose fields were changed as any table, on either path", function()
    local odd = smtp.parse("550 5.1.1 x\r\n")
    odd.enhanced = 5
    assert.has_error(function() smtp.classify(odd) end,
      "bad argument #1 to 'smtpcodes.classify' (reply field enhanced must be a string, got number)")
    odd.enhanced = nil
    assert.equal("unknown", smtp.classify(odd).reason) -- 550 and "x": nothing says why
    odd.enhanced = "5.1.1"
    assert.equal("user_unknown", smtp.classify(odd).reason)
  end)

  it("keeps each reply and classification whole when a finalizer parses or classifies meanwhile", function()
    if not fast then return pending("no FFI path here (not LuaJIT, or SMTPCODES_NO_FFI set)") end
    local ffi = require "ffi"
    local multi = "550-5.7.1 one\r\n550-5.7.1 two\r\n550 5.7.1 three\r\n"
    local other = "250-x\r\n250-yy\r\n250 zzz\r\n"
    local want = { fields(core.parse(multi)) }
    local function each(replies, used)
      local out = { used = used }
      for i, r in ipairs(replies) do out[i] = fields(r) end
      return out
    end
    local stream_want = each(core.parse_stream(multi .. multi))
    local classified = core.classify(451, "4.7.1", "Greylisted, try again in 300 seconds", nil)
    assert.equal("greylisted", classified.reason)
    assert.equal(2, #stream_want)
    collectgarbage("setpause", 1) -- a collection at almost every allocation
    local ok, err = pcall(function()
      for _ = 1, 300 do
        -- garbage whose finalizer uses the same scratch space
        ffi.gc(ffi.new("char[64]"), function()
          fast.parse(other)
          fast.classify(250, "2.0.0", "ok", nil)
        end)
        assert.same(want, { fields(fast.parse(multi)) })
        assert.same(stream_want, each(fast.parse_stream(multi .. multi)))
        assert.same(classified, fast.classify(451, "4.7.1", "Greylisted, try again in 300 seconds", nil))
      end
    end)
    collectgarbage("setpause", 200)
    assert(ok, err)
  end)

  it("allocates nothing to look a known code up", function()
    -- a table made per call would be 32 bytes or more; what LuaJIT's
    -- compiler takes once for the loop's trace is a few bytes per call at most
    local function loop(n)
      for _ = 1, n do
        smtp.get(550)
        smtp.get("5.1.1")
      end
    end
    loop(1000)
    collectgarbage("collect")
    collectgarbage("stop")
    local before = collectgarbage("count")
    loop(10000)
    local per_call = (collectgarbage("count") - before) * 1024 / 20000
    collectgarbage("restart")
    assert.is_true(per_call < 1, ("%.2f bytes per lookup"):format(per_call))
  end)
end)
