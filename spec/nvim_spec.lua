-- Integration: Debian's Neovim (0.7.2, LuaJIT) with this repository on its
-- runtimepath and the LuaJIT build of the core, driving :SmtpCode, :SmtpScan,
-- :help and :checkhealth (spec/fixtures/nvim_driver.lua); then a copy of the
-- plugin with no build, as a user who has not run `make nvim` has it.
local helpers = require "helpers"

local root = io.popen("pwd"):read("*l")
local DSN = "../shared/corpus/bounces/rfc3464-01.eml" -- a Sendmail DSN (RFC 3464) of the shared corpus

-- Runs the driver in Neovim with the environment env (a string of
-- assignments); returns its sections: name -> { text = ..., key = value ... }.
local function drive(env, rtp)
  local out = os.tmpname()
  os.execute(("env %s SMTPCODES_OUT=%s SMTPCODES_ROOT=%s timeout 60 nvim --headless -u NONE -i NONE "
    .. "--cmd 'set rtp+=%s' -c 'runtime plugin/smtpcodes.lua' -c 'luafile %s/spec/fixtures/nvim_driver.lua' "
    .. ">/dev/null 2>&1"):format(env, out, root, rtp, root))
  local f = io.open(out, "rb")
  local raw = f and f:read("*a") or ""
  if f then f:close() end
  os.remove(out)
  local sections, current = { raw = raw }, nil
  for line in raw:gmatch("([^\n]*)\n") do
    local name = line:match("^== ([%w_]+)$")
    if name then
      current = { text = "", items = {} }
      sections[name] = current
    elseif current then
      local key, value = line:match("^([%w_]+)=(.*)$")
      if key and current.text == "" then
        current[key] = value
      elseif line:match("^item ") then
        current.items[#current.items + 1] = line:sub(6)
      else
        current.text = current.text .. line .. "\n"
      end
    end
  end
  return sections
end

describe("Neovim plugin #integration", function()
  local s, missing

  setup(function()
    if not helpers.executable("nvim") then return end
    -- v:lang says Korean (from LC_MESSAGES), the environment's LANGUAGE Spanish
    local dsn = io.open(DSN) and DSN or ""
    s = drive("LC_ALL= LANG=C.UTF-8 LC_MESSAGES=ko_KR.UTF-8 LANGUAGE=es SMTPCODES_DSN=" .. dsn, root)
    local copy = os.tmpname()
    os.remove(copy)
    os.execute(("mkdir %s && ln -s %s/lua %s/plugin %s/doc %s/"):format(copy, root, root, root, copy))
    -- no package.cpath of the system's either: nothing else can provide the core
    missing = drive(("SMTPCODES_MISSING=1 SMTPCODES_COPY=%s LUA_CPATH='/nonexistent/?.so'"):format(copy), copy)
    os.execute("rm -rf " .. copy)
  end)

  local function need()
    if not s then pending("nvim is not installed here") return false end
    return true
  end

  -- The sections of a run, each asserted present (else the run's whole output shows).
  local function sections(run, ...)
    local out = {}
    for i, name in ipairs({ ... }) do
      out[i] = run[name]
      assert(out[i], ("no section %s in the driver's output:\n%s"):format(name, run.raw))
    end
    return (table.unpack or unpack)(out)
  end

  it("explains one code in a hover window of plain text whose buffer is wiped", function()
    if not need() then return end
    local one = sections(s, "one")
    assert.are.equal("1", one.floats)
    assert.truthy(one.text:find("^SMTP 550 Mailbox Unavailable\n"), s.raw)
    assert.are.equal("", one.filetype)
    assert.are.equal("wipe", one.bufhidden)
  end)

  it("compares two codes", function()
    if not need() then return end
    local two = sections(s, "two")
    assert.truthy(two.text:find("^SMTP 220 Service Ready vs 551 User Not Local"), two.text)
    assert.truthy(two.text:find("Key Differences", 1, true))
  end)

  it("completes codes", function()
    if not need() then return end
    local complete = sections(s, "complete")
    local want = {}
    for _, info in ipairs(require("smtpcodes").list({ kind = "basic" })) do
      if tostring(info.code):find("^55") then want[#want + 1] = tostring(info.code) end
    end
    assert.is_true(#want >= 7)
    assert.are.equal(table.concat(want, " "), complete.codes)
    assert.truthy((" " .. complete.enhanced .. " "):find(" 5.7.26 ", 1, true), complete.enhanced)
  end)

  it("explains the reply of a mail log line with the cursor on its code", function()
    if not need() then return end
    local cursor = sections(s, "cursor")
    assert.truthy(cursor.text:find("^SMTP 550 5.1.1: Unknown recipient\n"), cursor.text)
    assert.truthy(cursor.text:find("550 5.1.1 <a@example.com>: user unknown", 1, true), cursor.text)
  end)

  it("explains the code under the cursor, not the line's reply (W8)", function()
    if not need() then return end
    local under, under_reply = sections(s, "under", "under_reply")
    -- "code 421 and 5.7.1 here", cursor on 5.7.1, then on 421
    assert.truthy(under.text:find("^SMTP 5.7.1 "), under.text)
    assert.truthy(under_reply.text:find("^SMTP 421"), under_reply.text)
    assert.truthy(under_reply.text:find("421 and 5.7.1 here", 1, true), under_reply.text)
  end)

  it("says so when the cursor is on no code, or the code is unknown", function()
    if not need() then return end
    local nocode, unknown = sections(s, "nocode", "unknown")
    assert.are.equal("0", nocode.floats)
    assert.truthy(nocode.message:find("SmtpCode: no SMTP code or reply under the cursor", 1, true), nocode.message)
    assert.are.equal("0", unknown.floats)
    assert.truthy(unknown.message:find("unknown code '299'", 1, true), unknown.message)
  end)

  it("keeps one window, focuses it on the same page again, leaks no buffer, closes on cursor move", function()
    if not need() then return end
    local floats = sections(s, "floats")
    local f = floats
    assert.are.equal("1", f.after_two)
    assert.are.equal("true", f.same_focuses)
    assert.are.equal("0", f.buffers_added)
    assert.are.equal("0", f.after_close)
    assert.are.equal("1", f.before_move)
    assert.are.equal("2", f.cursor_row)
    assert.are.equal("0", f.after_move)
  end)

  it("wraps the page to the window it opens in (F8, W7)", function()
    if not need() then return end
    local one, narrow = sections(s, "one", "narrow")
    -- 80 columns: 78 inside the border; 60 columns: 58
    assert.are.equal("78", one.width)
    assert.are.equal("58", narrow.width)
    assert.is_true(tonumber(narrow.widest) <= 58, narrow.text)
    assert.truthy(narrow.text:find("^SMTP 220 Service Ready vs 551 User Not Local\n"), narrow.text)
    -- Japanese has no spaces to break at, and each character takes two columns (W7)
    local ja = sections(s, "narrow_ja")
    assert.are.equal("58", ja.width)
    assert.is_true(tonumber(ja.widest) <= 58, ja.text)
    assert.truthy(ja.text:find("^SMTP 550 "), ja.text)
  end)

  it("shows an Arabic page without isolate characters Neovim would draw as <2066>", function()
    if not need() then return end
    local arabic = sections(s, "arabic")
    assert.truthy(arabic.text:find("550", 1, true), arabic.text)
    assert.falsy(arabic.text:find("\226\129[\166-\169]"), arabic.text)
    assert.is_true(tonumber(arabic.widest) <= tonumber(arabic.width), arabic.text)
  end)

  it("takes the language from v:lang before the environment, and refuses an unknown one", function()
    if not need() then return end
    local language = sections(s, "language")
    assert.are.equal("ko v:lang", language.lang)
    assert.are.equal("0", language.floats)
    assert.truthy(language.message:find("SmtpCode: unsupported language 'xx'", 1, true), language.message)
  end)

  it(":SmtpScan lists the recipient of a Postfix log line in the quickfix list", function()
    if not need() then return end
    local log, range = sections(s, "scan_log", "scan_range")
    -- line 1 is an smtpd connect line, line 2 the delivery attempt
    assert.are.same(
      { "lnum=2 type=E bufnr_ok=true a@example.com: failed, permanent, user_unknown, 5.1.1 (reply 550)" },
      log.items, log.text)
    assert.truthy(log.message:find("SmtpScan: 1 recipient in the quickfix list (:copen)", 1, true), log.message)
    assert.truthy(log.title:find("^SmtpScan"), log.title)
    -- :2SmtpScan reads line 2 alone and still points at line 2
    assert.are.same(log.items, range.items)
  end)

  it(":SmtpScan lists the recipient of a DSN (RFC 3464) in the quickfix list", function()
    if not need() then return end
    if not s.scan_dsn then pending(DSN .. " is not here") return end
    local dsn = sections(s, "scan_dsn")
    assert.are.same(
      { "lnum=1 type=E bufnr_ok=true "
        .. "userunknown@bouncehammer.jp: failed, permanent, user_unknown, 5.1.1 (reply 550)" },
      dsn.items, dsn.text)
    assert.truthy(dsn.title:find("rfc3464-01.eml", 1, true), dsn.title)
  end)

  it(":SmtpScan says so when the buffer holds no bounce or log, and leaves the list alone", function()
    if not need() then return end
    local none = sections(s, "scan_none")
    assert.truthy(none.message:find("SmtpScan: no bounce, report or log record found", 1, true), none.message)
    assert.are.equal("none", none.title)
    assert.are.same({}, none.items)
  end)

  it("has :help smtpcodes with the tags :helptags makes", function()
    if not need() then return end
    local help = sections(s, "help")
    assert.are.equal("smtpcodes.txt", help.file)
    assert.are.equal(":SmtpScan", help.scan_tag)
    assert.are.equal("true", help.tags_fresh)
  end)

  it("has :checkhealth smtpcodes naming the module's file, version and Lua", function()
    if not need() then return end
    local health = sections(s, "health")
    local h = health.text
    assert.truthy(h:find("INFO: Neovim %d+%.%d+%.%d+, LuaJIT"), h)
    assert.truthy(h:find("OK: smtpcodes [%d.]+: C module loaded from " .. root:gsub("%p", "%%%0")
      .. "/build/luajit/smtpcodes/core.so"), h)
    assert.truthy(h:find("OK: pages in en (from g:smtpcodes_lang)", 1, true), h)
    -- Neovim runs LuaJIT: the FFI fast path is taken with no configuration (issue 13), unless
    -- this run turned it off (scripts/test runs the suite once with SMTPCODES_NO_FFI=1)
    local binding = helpers.ffi_off() and "INFO: binding: the classic Lua C API"
      or "OK: binding: the LuaJIT FFI fast path"
    assert.truthy(h:find(binding, 1, true), h)
    assert.falsy(h:find("ERROR", 1, true), h)
  end)

  it("says how to build the C module when it is missing, and names a build for another Lua", function()
    if not need() then return end
    local m_missing, m_health, m_foreign = sections(missing, "missing", "health", "foreign")
    local built = "smtpcodes: the C module is not built: run `make nvim` in "
    assert.are.equal("0", m_missing.floats)
    assert.truthy(m_missing.message:find(built, 1, true), missing.raw)
    assert.truthy(m_missing.scan_message:find(built, 1, true), missing.raw)
    assert.truthy(m_health.text:find("ERROR: " .. built, 1, true), m_health.text)
    if m_foreign.message then
      assert.truthy(m_foreign.message:find("does not load in this Neovim (undefined symbol", 1, true),
        m_foreign.message)
    end
    -- built afterwards: the next command works without a restart
    assert.are.equal("1", m_foreign.built_floats)
    local stale = sections(missing, "stale")
    assert.truthy(stale.text:find("WARNING: the C module is older than the sources in src/", 1, true), stale.text)
    assert.truthy(stale.text:find("OK: smtpcodes ", 1, true), stale.text)
  end)
end)
