-- Arabic pages in a real browser (issue 12): the library's HTML for a code,
-- a comparison and two explained replies, in one right-to-left page, loaded
-- by Debian's headless Chromium.  A script in the page (spec/fixtures/
-- bidi_probe.js) measures where the browser put each character of every text
-- that the HTML marks left-to-right (<bdi dir="ltr">, <pre dir="ltr">): codes
-- such as 5.7.1 and "550 5.7.1", RFC numbers, the quoted reply with its
-- address and URL.  Each must be laid out left to right, its brackets beside
-- it.  The same page with the isolation stripped is the negative control: the
-- same measurement must find codes reversed there ("5.7.1 550"), as reviewers
-- saw in browsers before the isolation.  A screenshot goes to
-- build/ar-isolation.png for people to look at (not compared).
local smtp = require "smtpcodes"
local helpers = require "helpers"
local chromium = require "fixtures.chromium"

local SHOT = "build/ar-isolation.png"

local function articles()
  local ar = { format = "html", lang = "ar" }
  return table.concat({
    smtp.format(smtp.get("5.7.1"), ar),
    smtp.format(smtp.compare(452, 552), ar),
    smtp.explain("550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. " ..
      "For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653", ar),
    smtp.explain("550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
      ar),
  }, "\n")
end

-- The inner HTML (tags dropped, entities kept) of every element marked dir="ltr", in document order.
local function ltr_texts(html)
  local out = {}
  for tag, attrs, after in html:gmatch("<(%a+)([^>]*)>()") do
    if attrs:find(' dir="ltr"', 1, true) then
      local close = html:find("</" .. tag .. ">", after, true)
      out[#out + 1] = (html:sub(after, close - 1):gsub("<[^>]*>", ""))
    end
  end
  return out
end

-- A whole page: the articles, the texts to measure (hidden), the probe.
local function page(body, texts)
  local items = {}
  for i, t in ipairs(texts) do items[i] = "<li>" .. t .. "</li>" end
  return table.concat({ '<!doctype html>\n<html lang="ar" dir="rtl">\n<head><meta charset="utf-8">',
    "<title>smtpcodes: Arabic isolation</title></head>\n<body>", body,
    '<ol id="ltr-texts" hidden>' .. table.concat(items) .. "</ol>",
    "<script>" .. helpers.read("spec/fixtures/bidi_probe.js") .. "</script>", "</body>\n</html>\n" }, "\n")
end

local function unescape(s)
  return (s:gsub("&lt;", "<"):gsub("&gt;", ">"):gsub("&quot;", '"'):gsub("&nbsp;", "\194\160"):gsub("&amp;", "&"))
end

-- The probe's findings in a DOM: { verdict =, tag =, dir =, text =, why = } per text, and by text (first one).
local function findings(dom)
  local block = assert(dom:match('<pre id="findings">([^<]*)</pre>'), "the probe wrote no findings")
  local list, by = {}, {}
  for line in unescape(block):gmatch("[^\n]+") do
    local verdict, tag, dir, text, why = line:match("^(%a+)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
    local f = { verdict = verdict, tag = tag, dir = dir, text = text, why = why }
    list[#list + 1] = f
    by[text] = by[text] or f
  end
  return list, by
end

describe("Arabic HTML in headless Chromium #integration", function()
  local browser, why_not, texts, isolated, stripped

  -- The pages are rendered by the same Lua code everywhere: the browser (about 13 s) runs once per
  -- suite, under Lua 5.4, and the other interpreters skip it with a reason.
  local once = _VERSION == "Lua 5.4" and not rawget(_G, "jit")

  setup(function()
    if not once then return end
    local body = articles()
    texts = ltr_texts(body)
    browser, why_not = chromium.new()
    if not browser then return end
    local dom, err = browser:dom(browser:page("isolated", page(body, texts)))
    if not dom then
      why_not = err
      return
    end
    isolated = { findings(dom) }
    -- the negative control: the same words without <bdi> and without dir="ltr"
    local bare = body:gsub('<bdi dir="ltr">', ""):gsub("</bdi>", ""):gsub(' dir="ltr"', "")
    stripped = { findings(assert(browser:dom(browser:page("stripped", page(bare, texts))))) }
    os.execute("mkdir -p build")
    local cwd = io.popen("pwd"):read("*l")
    os.remove(SHOT)
    assert(browser:screenshot(browser:page("shot", page(body, {})), cwd .. "/" .. SHOT, 1200, 2400))
  end)

  teardown(function()
    if browser then browser:close(os.getenv("SMTPCODES_KEEP_LAB") == "1") end
  end)

  local function started()
    if not once then
      pending("the browser check runs once per suite, under Lua 5.4 (the HTML is rendered by the same Lua code)")
      return false
    end
    if why_not then pending("headless Chromium could not start: " .. why_not) end
    return why_not == nil
  end

  it("measures every left-to-right text of the pages", function()
    if not started() then return end
    local list = isolated[1]
    assert.is_true(#texts > 100, #texts .. " texts")
    assert.are.equal(#texts, #list)
    for _, want in ipairs({ "SMTP 5.7.1", "550 5.7.1", "(relay)", "554 (Postfix)", "RFC 3463", "SMTP 452",
      "(X.2.2)", "SIZE (RFC 1870)", "4.5.3.1.10", "SMTP 550 5.7.708", "Microsoft 365", "SMTP 550 5.1.1" }) do
      assert.is_table(isolated[2][want], want .. " not among the measured texts")
    end
  end)

  it("lays out each isolated code, address and URL left to right, brackets with their content", function()
    if not started() then return end
    local bad = {}
    for _, f in ipairs(isolated[1]) do
      if f.verdict ~= "ok" or f.dir ~= "ltr" then
        bad[#bad + 1] = ("%s <%s dir=%s> %q: %s"):format(f.verdict, f.tag, f.dir, f.text, f.why)
      end
    end
    assert.are.same({}, bad)
  end)

  it("shows each server reply in a left-to-right <pre>", function()
    if not started() then return end
    local replies = {}
    for _, f in ipairs(isolated[1]) do
      if f.tag == "pre" then
        replies[#replies + 1] = f.text
        assert.are.equal("ltr", f.dir)
        assert.are.equal("ok", f.verdict, f.why)
      end
    end
    assert.are.equal(2, #replies)
    assert.truthy(replies[1]:find("http://go.microsoft.com/fwlink/?LinkId=526653", 1, true))
    assert.truthy(replies[2]:find("550 5.1.1 <bob@example.com>: ", 1, true))
  end)

  it("finds codes reversed on the same page without the isolation (negative control)", function()
    if not started() then return end
    local list, by = stripped[1], stripped[2]
    assert.are.equal(#texts, #list)
    -- what reviewers saw: "550 5.7.1" drawn as "5.7.1 550"; a bracketed Latin word takes the paragraph's
    -- direction, so "(" is drawn right of "relay".  (A text that starts with a Latin letter, "SMTP 5.7.1",
    -- reads right unisolated too: its digits follow the letters, Unicode's bidi rule W7.)
    for _, text in ipairs({ "550 5.7.1", "554 5.7.1", "554 (Postfix)", "(relay)", "(X.2.2)" }) do
      assert.are.equal("bad", by[text].verdict, text)
      assert.are.equal("rtl", by[text].dir, text)
    end
    local pre = 0
    for _, f in ipairs(list) do
      if f.tag == "pre" then
        pre = pre + 1
        assert.are.equal("rtl", f.dir)
        assert.are.equal("bad", f.verdict, f.text)
      end
    end
    assert.are.equal(2, pre)
  end)

  it("saves a screenshot for people to look at", function()
    if not started() then return end
    local png = assert(helpers.read_if(SHOT), SHOT .. " missing")
    assert.are.equal("\137PNG", png:sub(1, 4))
    assert.is_true(#png > 10000, #png .. " bytes")
  end)
end)
