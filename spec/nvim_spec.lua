-- Integration: Debian's Neovim (LuaJIT) with this repository on its
-- runtimepath and the LuaJIT build of the core, driving :SmtpCode.
local helpers = require "helpers"

describe("Neovim plugin #integration", function()
  local sections

  setup(function()
    if not helpers.executable("nvim") then return end
    local out = os.tmpname()
    local root = io.popen("pwd"):read("*l")
    local lang = "en"
    for _, l in ipairs(require("smtpcodes").languages()) do if l == "ko" then lang = "ko" end end
    os.execute(("SMTPCODES_OUT=%s SMTPCODES_LANG=%s timeout 60 nvim --headless -u NONE -i NONE "
      .. "--cmd 'set rtp+=%s' -c 'runtime plugin/smtpcodes.lua' -c 'luafile %s/spec/fixtures/nvim_driver.lua' "
      .. ">/dev/null 2>&1"):format(out, lang, root, root, root))
    local f = io.open(out, "rb")
    local text = f and f:read("*a") or ""
    if f then f:close() end
    os.remove(out)
    sections = { lang = lang, raw = text }
    local name
    for line in text:gmatch("([^\n]*)\n") do
      local header = line:match("^== (%w+)")
      if header then
        name = header
        sections[name] = ""
      elseif name then
        sections[name] = sections[name] .. line .. "\n"
      end
    end
  end)

  local function need()
    if not sections then pending("nvim is not installed here") return false end
    assert.is_nil(sections.error, sections.error)
    return true
  end

  it("explains one code in a floating window", function()
    if not need() then return end
    assert.truthy(sections.raw:find("== one floating=true", 1, true), sections.raw)
    assert.truthy(sections.one:find("^SMTP 550 Mailbox Unavailable"))
  end)

  it("compares two codes", function()
    if not need() then return end
    assert.truthy(sections.two:find("^SMTP 220 Service Ready vs 551 User Not Local"))
    assert.truthy(sections.two:find("Key Differences", 1, true))
  end)

  it("explains the code under the cursor in a mail log line", function()
    if not need() then return end
    assert.truthy(sections.raw:find("== cursor floating=true", 1, true), sections.raw)
    assert.truthy(sections.cursor:find("5.1.1", 1, true) or sections.cursor:find("550", 1, true), sections.cursor)
  end)

  it("lets the code under the cursor win over the line's reply", function()
    if not need() then return end
    assert.truthy(sections.under:find("^SMTP 5.7.1 "), sections.under)
  end)

  it("keeps one float at a time like a hover window: cursor stays, moving it closes the float", function()
    if not need() then return end
    assert.truthy(sections.raw:find("== floats wins=1 after=0 bufs=0 stayed=true entered=true moved=0", 1, true),
      sections.raw)
  end)

  it("has :help smtpcodes and :checkhealth smtpcodes", function()
    if not need() then return end
    assert.truthy(sections.raw:find("== help smtpcodes.txt", 1, true), sections.raw)
    assert.truthy(sections.health:find("C core", 1, true), sections.health)
    assert.truthy(sections.health:find("a page renders", 1, true), sections.health)
  end)

  it("honours the configured language", function()
    if not need() then return end
    if sections.lang == "ko" then
      assert.falsy(sections["lang"]:find("Description", 1, true))
    else
      assert.truthy(sections["lang"]:find("^SMTP 550"))
    end
  end)
end)
