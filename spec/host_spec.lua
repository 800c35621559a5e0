-- Host hygiene: what OpenResty, Neovim and other embedders rely on.
local helpers = require "helpers"
local smtp = require "smtpcodes"

describe("the built module", function()
  it("exports luaopen_smtpcodes_core and no other function", function()
    local nm = io.popen("nm -D --defined-only build/" .. helpers.abi .. "/smtpcodes/core.so 2>/dev/null")
    local exported = {}
    for line in nm:lines() do
      local kind, name = line:match("^%x+ (%a) (%S+)$")
      if kind == "T" then exported[#exported + 1] = name end
    end
    nm:close()
    assert.are.same({ "luaopen_smtpcodes_core" }, exported)
  end)

  it("is not linked against a Lua library", function()
    local ldd = io.popen("ldd build/" .. helpers.abi .. "/smtpcodes/core.so 2>/dev/null")
    local text = ldd:read("*a")
    ldd:close()
    assert.falsy(text:find("liblua", 1, true))
    assert.falsy(text:find("libluajit", 1, true))
  end)

  it("works from several coroutines at once", function()
    local codes = { 550, "5.1.1", 221, "4.7.0", "5.7.515" }
    local cos = {}
    for i = 1, 4 do
      cos[i] = coroutine.create(function()
        for round = 1, 50 do
          local code = codes[(i + round) % #codes + 1]
          local info = smtp.get(code)
          assert(info.code == code, "wrong info")
          coroutine.yield(smtp.format(smtp.compare(code, 250)))
        end
      end)
    end
    for _ = 1, 50 do
      for i = 1, 4 do
        local ok, page = coroutine.resume(cos[i])
        assert.is_true(ok, page)
        assert.truthy(page:find("^SMTP "))
      end
    end
  end)

  it("keeps per-call state out of the module: two formats of one page agree", function()
    local cmp = smtp.compare(452, 552)
    local a = smtp.format(cmp, { format = "html" })
    smtp.format(smtp.get("5.7.515"), { format = "markdown" })
    assert.are.equal(a, smtp.format(cmp, { format = "html" }))
  end)
end)

describe("the rockspec", function()
  it("lists every Lua module of lua/ and only files that exist", function()
    local rockspec = io.open("smtpcodes-scm-1.rockspec"):read("*a")
    local listed = {}
    for path in rockspec:gmatch('"(lua/[^"]+%.lua)"') do
      listed[path] = true
      assert.is_not_nil(io.open(path), path .. " is listed but missing")
    end
    local find = io.popen("find lua -name '*.lua'")
    for path in find:lines() do assert.is_true(listed[path], path .. " is not in the rockspec") end
    find:close()
  end)
end)

describe("docs/meta.lua", function()
  it("declares every public function, for editor completion", function()
    local meta = io.open("docs/meta.lua"):read("*a")
    for name, value in pairs(smtp) do
      if type(value) == "function" then
        assert.truthy(meta:find("function smtpcodes%." .. name .. "%("), "docs/meta.lua lacks smtpcodes." .. name)
      end
    end
  end)
end)
