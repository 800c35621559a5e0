-- The public API as a newcomer meets it: one string from format and explain,
-- the document model from document, options checked, errors that name the
-- public function and point at the caller's line.
local smtp = require "smtpcodes"

-- The error of f(...), which must raise.
local function error_of(f, ...)
  local args, n = { ... }, select("#", ...)
  local ok, err = pcall(function()
    local r = f((table.unpack or unpack)(args, 1, n)) -- not a tail call: this line is the caller
    return r
  end)
  assert.is_false(ok)
  return tostring(err)
end

describe("the public API", function()
  it("format and explain return one string, safe inside print() and table.insert()", function()
    assert.are.equal(1, select("#", smtp.format(smtp.get(550))))
    assert.are.equal(1, select("#", smtp.format(smtp.compare(220, 551), { lang = "ko" })))
    assert.are.equal(1, select("#", smtp.explain("550 5.1.1 <x@example.com>: User unknown")))
    local page = smtp.explain("550 5.1.1 <x@example.com>: User unknown")
    assert.truthy(page:find("^SMTP 550 5.1.1: Unknown recipient\n"))
    assert.are.equal(page, smtp.format(smtp.classify("550 5.1.1 <x@example.com>: User unknown")))
    assert.truthy(smtp.explain("550 5.1.1 x", { format = "json" }):find('^{"schema":1,"kind":"classification"'))
  end)

  it("document returns the model format renders", function()
    local doc = smtp.document(smtp.get(550), { lang = "fr" })
    assert.are.equal("fr", doc.lang)
    assert.is_table(doc.blocks)
    assert.are.same({}, doc.fallback)
    assert.are.equal("table", type(smtp.document(smtp.parse("250 ok\r\n"))))
  end)

  it("checks options: unknown keys, wrong types, negative and NaN values raise, naming the public function", function()
    local cases = {
      { smtp.format, { smtp.get(550), { widht = 80 } }, "bad option 'widht' to 'smtpcodes.format' (no such option)" },
      { smtp.format, { smtp.get(550), { width = -5 } }, "bad option 'width' to 'smtpcodes.format'" },
      { smtp.format, { smtp.get(550), { width = 0 / 0 } }, "got nan" },
      { smtp.format, { smtp.get(550), { lang = 5 } }, "bad option 'lang' to 'smtpcodes.format'" },
      { smtp.explain, { "550 x", { fallback = "no" } }, "bad option 'fallback' to 'smtpcodes.explain'" },
      { smtp.parse, { "250 ok\r\n", { maxline = 10 } }, "bad option 'maxline' to 'smtpcodes.parse'" },
      { smtp.parse, { 250 }, "bad argument #1 to 'smtpcodes.parse'" },
      { smtp.parser, { { max_size = -5 } }, "bad option 'max_size' to 'smtpcodes.parser'" },
      { smtp.classify, { "550 x", { lang = "ko" } }, "bad option 'lang' to 'smtpcodes.classify'" },
      { smtp.list, { { klass = 4 } }, "bad argument #1 to 'smtpcodes.list' (no such filter klass)" },
      { smtp.format, { { kind = "basic" } }, "bad argument #1 to 'smtpcodes.format'" },
    }
    for _, case in ipairs(cases) do
      local err = error_of(case[1], (table.unpack or unpack)(case[2], 1, 2))
      assert.truthy(err:find(case[3], 1, true), err)
      assert.truthy(err:find("^spec/api_spec%.lua:%d+: "), "blames the caller: " .. err)
    end
  end)

  it("quotes input that is not ASCII readably in messages", function()
    assert.truthy(select(2, smtp.get("５５０")):find("'\\u{FF15}\\u{FF15}\\u{FF10}'", 1, true))
    assert.truthy(select(2, smtp.get("\194\160" .. "550")):find("'\\u{A0}550'", 1, true))
    assert.truthy(select(2, smtp.get("\255x")):find("'\\xFFx'", 1, true))
    assert.truthy(select(2, smtp.get(0 / 0)):find("code nan:", 1, true))
  end)

  it("says plainly that text without a reply holds none", function()
    local r, message, errname = smtp.classify("the weather is fine today")
    assert.is_nil(r)
    assert.are.equal("not_a_reply", errname)
    assert.falsy(message:find("invalid code", 1, true))
  end)

  it("gives every lazy reply field to pairs through smtp.plain", function()
    local keys = {}
    for k in pairs(smtp.plain(smtp.parse("550 5.1.1 x\r\n"))) do keys[#keys + 1] = k end
    table.sort(keys)
    assert.are.same({ "class", "code", "enhanced", "lines", "raw", "text", "warnings" }, keys)
  end)
end)
