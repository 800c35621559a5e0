-- smtp.format: the page of a comparison and of a single code, in text,
-- Markdown and HTML, with the same content in each.
require "helpers"
local smtp = require "smtpcodes"

local function positions(text, needles)
  local last, out = 0, {}
  for _, n in ipairs(needles) do
    local at = text:find(n, last + 1, true)
    assert.is_number(at, "missing or out of order: " .. n)
    out[#out + 1] = at
    last = at
  end
  return out
end

describe("format", function()
  local cmp = smtp.compare(220, 551)

  it("renders a comparison in the order of the reference pages", function()
    local text = smtp.format(cmp, { width = 0 })
    assert.are.equal("SMTP 220 Service Ready vs 551 User Not Local\n", text:match("^[^\n]*\n"))
    positions(text, {
      "220 belongs to the Positive Completion class, while 551 belongs to the Permanent Negative Completion class.",
      "220 Service Ready\n", "Description\n", "When You See It\n", "How to Fix\n",
      "551 User Not Local\n", "Description\n", "When You See It\n", "How to Fix\n",
      "Key Differences\n", "1. 220 is a Positive Completion reply (class 2), while 551 is a Permanent Negative",
      "When to Use Which\n", "Learn More\n", "https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2",
    })
  end)

  it("says 'Both' when the classes agree", function()
    local text = smtp.format(smtp.compare(450, 451), { width = 0 })
    assert.truthy(text:find("Both 450 and 451 belong to the Transient Negative Completion class.", 1, true))
  end)

  it("states what each code means in whole sentences", function()
    local text = smtp.format(cmp, { width = 0 })
    local summary = text:match("=\n\n([^\n]+)")
    assert.truthy(summary:match("%.$"))
    assert.truthy(summary:find("220 means “Service Ready”. ", 1, true))
    assert.truthy(summary:find("551 means “User Not Local”. ", 1, true))
  end)

  it("never cuts a word, never says 'when when', never lowercases an acronym", function()
    for _, pair in ipairs({ { 220, 551 }, { 450, 550 }, { 452, 552 }, { 530, 535 }, { 554, "4.0.0" } }) do
      local text = smtp.format(smtp.compare(pair[1], pair[2]), { width = 60 })
      assert.falsy(text:lower():find("when when", 1, true))
      for _, acronym in ipairs({ "smtp", "rfc", "tls", "dns" }) do
        for word in text:gsub("https://%S+", ""):gmatch("%a+") do assert.are_not.equal(acronym, word) end
      end
      -- every wrapped line break falls between words of the unwrapped text
      local flat = smtp.format(smtp.compare(pair[1], pair[2]), { width = 0 })
      for line in text:gmatch("[^\n]+") do
        local stripped = line:gsub("^%s*%d*%.?%s*", ""):gsub("^%- ", "")
        assert.truthy(flat:find(stripped, 1, true), "line not in the unwrapped page: " .. line)
      end
    end
  end)

  it("puts the class difference first and names the retry difference", function()
    local text = smtp.format(smtp.compare(450, 550), { width = 0 })
    assert.truthy(text:find("By its first digit, 450 tells a client to try again later, while 550 tells it not "
      .. "to repeat the same request unchanged.", 1, true))
    local classes = smtp.format(smtp.compare(554, "4.0.0"), { width = 0 })
    assert.truthy(classes:find("1. 4.0.0 is a Persistent Transient Failure reply", 1, true))
    assert.truthy(classes:find("their classes disagree", 1, true))
  end)

  it("closes with each code's own advice, never a class-only rule that contradicts it", function()
    for _, code in ipairs({ 530, 551, 552, "5.2.2" }) do
      local text = smtp.format(smtp.get(code), { width = 0 })
      assert.falsy(text:find("does not repeat the same request", 1, true), tostring(code))
      local fix = smtp.get(code).fix
      assert.truthy(text:find(require("smtpcodes.document").first_sentence(fix), 1, true), tostring(code))
    end
    local text = smtp.format(smtp.compare(530, 535), { width = 0 })
    assert.falsy(text:find("does not repeat the same request", 1, true))
  end)

  it("says how related codes relate from their pair advice, not that every pair is a choice", function()
    for _, pair in ipairs({ { 235, 334 }, { 250, 354 }, { 220, 221 }, { 530, 535 } }) do
      local text = smtp.format(smtp.compare(pair[1], pair[2]), { width = 0 })
      assert.falsy(text:find("deliberate pair", 1, true), pair[1] .. " " .. pair[2])
      local advice = require("smtpcodes.core").pair_advice(pair[1], pair[2])
      assert.truthy(text:find(require("smtpcodes.document").first_sentence(advice), 1, true))
    end
    local page = smtp.format(smtp.compare(452, 552), { width = 0 })
    assert.falsy(page:find("Related codes: [^\n]*452", 1) or page:find("Related codes: [^\n]*552", 1))
  end)

  it("gives pair advice for related codes", function()
    local text = smtp.format(smtp.compare(251, 551), { width = 0 })
    local advice = require("smtpcodes.core").pair_advice(251, 551)
    local first = require("smtpcodes.document").first_sentence(advice)
    -- the key differences give its first sentence, When to Use Which the rest
    assert.truthy(text:find(first, 1, true))
    assert.truthy(text:find(advice:sub(#first + 2), 1, true))
  end)

  it("renders a single code with its own sections", function()
    local text = smtp.format(smtp.get(550), { width = 0 })
    positions(text, { "SMTP 550 Mailbox Unavailable\n", "550 (Mailbox Unavailable) is a permanent failure: ",
      "Description\n", "When You See It\n", "How to Fix\n", "Details\n", "Learn More\n" })
    local enhanced = smtp.format(smtp.get("5.7.999"), { width = 0 })
    assert.truthy(enhanced:find("not in the IANA registry", 1, true))
    local deprecated = smtp.format(smtp.get("5.6.10"), { width = 0 })
    assert.truthy(deprecated:find("Deprecated: use 5.6.8 instead.", 1, true))
  end)

  it("carries the same content in Markdown and HTML", function()
    local md = smtp.format(cmp, { format = "markdown" })
    local html = smtp.format(cmp, { format = "html" })
    positions(md, { "# SMTP 220 Service Ready vs 551 User Not Local", "## 220 Service Ready", "### Description",
      "## Key Differences", "1. 220 is a Positive", "## When to Use Which", "## Learn More",
      "[RFC 5321 \194\1674.2.2](https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2)" })
    positions(html, { '<article class="smtpcodes" lang="en" dir="ltr">',
      "<h1>SMTP 220 Service Ready vs 551 User Not Local</h1>", "<h2>220 Service Ready</h2>", "<h3>Description</h3>",
      "<h2>Key Differences</h2>", "<ol>", "<h2>When to Use Which</h2>", "<h2>Learn More</h2>",
      '<a href="https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2">' })
  end)

  it("escapes every text field in HTML", function()
    local hostile = {}
    for k, v in pairs(smtp.get(550)) do hostile[k] = v end
    hostile.name = "<script>alert(1)</script>"
    hostile.description = "a & b \"quoted\" 'single' <b>"
    hostile.references = { { document = "<i>", url = "javascript:\"x\"" } }
    local html = smtp.format(hostile, { format = "html" })
    assert.falsy(html:find("<script>", 1, true))
    assert.falsy(html:find("<b>", 1, true))
    assert.falsy(html:find("<i>", 1, true))
    assert.truthy(html:find("&lt;script&gt;alert(1)&lt;/script&gt;", 1, true))
    assert.truthy(html:find("a &amp; b &quot;quoted&quot; &#39;single&#39; &lt;b&gt;", 1, true))
    assert.falsy(html:find('href="javascript', 1, true))
  end)

  it("wraps text at the requested width, never inside a word", function()
    local text = smtp.format(smtp.get(550), { width = 40 })
    for line in text:gmatch("[^\n]+") do
      if not line:find("https://", 1, true) then
        local words = 0
        for _ in line:gmatch("%S+") do words = words + 1 end
        assert.is_true(#line <= 40 or words == 1, "too long: " .. line)
      end
    end
  end)

  it("raises for misuse and returns nil, message, errname for an unknown language", function()
    assert.has_error(function() smtp.format(550) end)
    assert.has_error(function() smtp.format({}) end)
    assert.has_error(function() smtp.format(cmp, "html") end)
    assert.has_error(function() smtp.format(cmp, { format = "pdf" }) end)
    assert.has_error(function() smtp.format(cmp, { width = "wide" }) end)
    local s, message, errname = smtp.format(cmp, { lang = "xx" })
    assert.is_nil(s)
    assert.truthy(message:find("supported: en", 1, true))
    assert.are.equal("unknown_language", errname)
  end)
end)

describe("format of a reply table made elsewhere (H2)", function()
  it("renders every reply-shaped table that classify accepts", function()
    for _, r in ipairs({ { code = 550, text = "User unknown", enhanced = "5.1.1" }, { code = 421, text = "busy" },
      { code = 550, text = "x", lines = { "550 x" } }, { code = 550, text = "x", lines = { 1, 2 } },
      { code = 999, text = "odd" }, { code = 451, text = "a b", raw = "451-a\r\n451 b\r\n" } }) do
      assert.is_table(smtp.classify(r))
      local page = smtp.format(r)
      assert.is_string(page)
      assert.truthy(page:find("Server Reply", 1, true))
    end
    local page = smtp.format({ code = 451, text = "a b", raw = "451-a\r\n451 b\r\n" }, { width = 0 })
    assert.truthy(page:find("    451-a\n    451 b\n", 1, true))
    assert.truthy(smtp.format({ code = 550, text = "User unknown", enhanced = "5.1.1" })
      :find("    550 5.1.1 User unknown", 1, true))
  end)

  it("raises, naming the public function, for a reply field of the wrong type", function()
    local ok, err = pcall(smtp.classify, { code = 550, text = "x", enhanced = {} })
    assert.is_false(ok)
    assert.truthy(err:find("bad argument #1 to 'smtpcodes.classify'", 1, true), err)
  end)
end)

describe("OpenResty routes without nginx", function()
  local openresty = require "resty.smtpcodes"
  it("mount under any prefix", function()
    local res = openresty.route("GET", "/api/smtp/550", {}, nil, {}, { prefix = "/api/smtp/" })
    assert.are.equal(200, res.status)
    assert.are.equal(404, openresty.route("GET", "/smtp/550", {}, nil, {}, { prefix = "/api/smtp/" }).status)
    assert.are.equal(200, openresty.route("GET", "/smtp/220/551", {}).status)
  end)

  it("pick the language of Accept-Language, else English", function()
    assert.are.equal("ko", openresty.accept_language("xx, ko-KR;q=0.9, en;q=0.5"))
    assert.are.equal("en", openresty.accept_language("ko;q=0, en"))
    assert.are.equal("es", openresty.accept_language("de;q=0.2, es;q=0.8"))
    assert.is_nil(openresty.accept_language("xx, *"))
    local res = openresty.route("GET", "/smtp/550", { format = "text" }, nil, { ["accept-language"] = "es-419" })
    assert.are.equal("es", res.headers["Content-Language"])
    assert.are.equal("en", openresty.route("GET", "/smtp/550", { lang = "en" }, nil,
      { ["accept-language"] = "ko" }).headers["Content-Language"])
  end)
end)

describe("text wrapping of languages written without spaces (W7)", function()
  local function columns(line)
    local n = 0
    for ch in line:gmatch("[%z\1-\127\194-\244][\128-\191]*") do n = n + (#ch >= 3 and 2 or 1) end
    return n
  end
  it("breaks Japanese and Chinese paragraphs between characters, within the width", function()
    for _, lang in ipairs({ "ja", "zh-hans" }) do
      local page = smtp.format(smtp.get(550), { lang = lang, width = 40 })
      local wrapped = 0
      for line in page:gmatch("[^\n]+") do
        if not line:find("://", 1, true) and line:find("[\228-\233]") then
          assert.is_true(columns(line) <= 40, lang .. ": " .. line)
          wrapped = wrapped + 1
        end
      end
      assert.is_true(wrapped > 3)
    end
  end)
end)

describe("the explanation of a huge reply (F7)", function()
  it("shows the start of the server's words and marks the cut", function()
    local page = smtp.explain("550 5.1.1 " .. ("x"):rep(1000000))
    assert.is_true(#page < 8000, #page)
    assert.truthy(page:find("    [\226\128\166]\n", 1, true))
    local many = {}
    for i = 1, 300 do many[i] = "550-5.1.1 line " .. i end
    many[#many + 1] = "550 5.1.1 end"
    local p2 = smtp.explain(table.concat(many, "\r\n") .. "\r\n", { width = 0 })
    assert.truthy(p2:find("    550-5.1.1 line 100\n    [\226\128\166]\n", 1, true))
    assert.falsy(p2:find("line 101", 1, true))
  end)
end)
