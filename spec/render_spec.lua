-- Rendering machinery shared by every language: line breaking (words, CJK),
-- bidi isolation in text and HTML, titles wrapped like paragraphs.
require "helpers"
local smtp = require "smtpcodes"
local bidi = require "smtpcodes.render.bidi"
local text = require "smtpcodes.render.text"

local function marked(s) return (bidi.isolate(s):gsub(bidi.LRI, "["):gsub(bidi.PDI, "]")) end

describe("bidi runs", function()
  it("keep a section sign with its RFC and section number", function()
    local segs = bidi.segments("\216\167\217\134\216\184\216\177 RFC 5321 \194\1674.2.2 \217\135\217\134\216\167")
    assert.are.equal("RFC 5321 \194\1674.2.2", segs[2].text)
    assert.is_true(segs[2].ltr)
  end)
  it("keep bracket pairs and quotes inside one isolate", function()
    assert.equal("ويستخدمه [ETRN (RFC 1985)] للإشارة", marked("ويستخدمه ETRN (RFC 1985) للإشارة"))
    assert.equal('[\"251 User not local; will forward to <jane@new.example>\"] هنا',
      marked('"251 User not local; will forward to <jane@new.example>" هنا'))
  end)
  it("leave an unmatched bracket outside, in the right-to-left context", function()
    assert.equal("أو [DMARC] ([5.7.1] و[5.7.23])", marked("أو DMARC (5.7.1 و5.7.23)"))
  end)
  it("end at a sentence end and leave the full stop outside", function()
    assert.equal("في [SMTP]. [551] المستخدم", marked("في SMTP. 551 المستخدم"))
    assert.equal("أصلح [5.7.x].", marked("أصلح 5.7.x."))
  end)
end)

describe("text wrapping", function()
  it("breaks Japanese and Chinese between characters within the width", function()
    for _, lang in ipairs({ "ja", "zh-hans" }) do
      local page = smtp.format(smtp.get(550), { lang = lang, width = 40 })
      for line in page:gmatch("[^\n]+") do
        if not line:find("^[=%-]+$") and not line:find("://", 1, true) then
          assert.is_true(text.width(line) <= 40, lang .. ": " .. line)
        end
      end
    end
  end)
  it("keeps closing punctuation with the text before it", function()
    for line in text.wrap(("日本語の文です。"):rep(12), 10, ""):gmatch("[^\n]+") do
      assert.is_nil(line:find("^。"), line)
      assert.is_true(text.width(line) <= 10, line)
    end
  end)
  it("never breaks a short isolate, and reopens a long one on the next line", function()
    local page = smtp.format(smtp.get(250), { lang = "ar", width = 50 })
    for line in page:gmatch("[^\n]+") do
      local opens = select(2, line:gsub(bidi.LRI, ""))
      local closes = select(2, line:gsub(bidi.PDI, ""))
      assert.equal(opens, closes, line)
    end
    local long = "x " .. bidi.LRI .. ("abc "):rep(20) .. "end" .. bidi.PDI .. " y"
    for line in text.wrap(long, 30, ""):gmatch("[^\n]+") do
      assert.equal(select(2, line:gsub(bidi.LRI, "")), select(2, line:gsub(bidi.PDI, "")), line)
    end
  end)
  it("wraps a title longer than the width and underlines its longest line", function()
    local page = smtp.format(smtp.compare(220, 551), { width = 30 })
    local first, second = page:match("^([^\n]+)\n([^\n]+)")
    assert.is_true(#first <= 30)
    assert.is_nil(second:find("^=+$"))
  end)
  it("never parts RFC from its number, nor MAIL FROM and RCPT TO", function()
    local words = "a long enough line that ends with RFC 5321 and MAIL FROM or RCPT TO, then more words"
    for w = 8, 60 do
      for _, s in ipairs({ words, "\227\129\130 " .. words }) do -- ASCII, and a text the general wrapper takes
        local out = text.wrap(s, w, "")
        assert.falsy(out:find("RFC\n") or out:find("MAIL\n") or out:find("RCPT\n"), out)
        assert.truthy(out:find("RFC 5321", 1, true), out)
      end
    end
  end)
  it("glues RFC only before a digit, and MAIL FROM and RCPT TO where they overlap once, left to right", function()
    assert.are.equal("RFC\nRFC 5321,\nxRFC 1\nand\nRFC x;\nMAIL FROMAIL\nFROM:\nRCPT TORCPT TO",
      text.wrap("RFC RFC 5321, xRFC 1 and RFC x; MAIL FROMAIL FROM: RCPT TORCPT TO", 6, ""))
  end)
  it("takes the blanks off the end of each line it cuts", function()
    assert.are.equal("one\ntwo\nthree\nfour\n", text.wrap_any("one two\t\n three  \t\nfour \t", 4, ""))
    assert.are.equal("\227\129\130\n\227\129\130\n\227\129\130",
      text.wrap_any("\227\129\130\227\129\130 \t\n\227\129\130", 2, ""))
  end)
  it("gives the general wrapper's lines on the fast path for isolates of every length and quoted words", function()
    local L, P = bidi.LRI, bidi.PDI
    for n = 1, 34 do
      for _, unit in ipairs({ "a", "a b", "\217\133", "\227\129\130" }) do
        local s = "\217\133\216\177 " .. L .. unit:rep(n) .. P .. " \226\128\156quoted\226\128\157 words "
          .. L .. "RFC 5321" .. P
        for _, w in ipairs({ 10, 16, 25, 40 }) do
          assert.are.equal(text.wrap_any(s, w, "  "), text.wrap(s, w, "  "), s)
        end
      end
    end
  end)
  it("gives the general wrapper's lines on the fast path for words between spaces", function()
    local seen = 0
    for _, lang in ipairs({ "ar", "ru", "hi", "vi", "de", "tr" }) do
      for _, x in ipairs({ smtp.compare(220, 551), smtp.compare(452, 552), smtp.get("5.7.1"), smtp.get(550) }) do
        local doc = smtp.document(x, { lang = lang })
        for _, b in ipairs(doc.blocks) do
          local s = b.text and (doc.dir == "rtl" and bidi.isolate(b.text) or b.text)
          for _, w in ipairs(s and s:find("[\128-\255]") and { 12, 30, 41, 80 } or {}) do
            assert.are.equal(text.wrap_any(s, w, "  "), text.wrap(s, w, "  "))
            seen = seen + 1
          end
        end
      end
    end
    assert.is_true(seen > 100)
  end)

  -- (#integration: a compiled helper program; the ASan runs of scripts/hardening leave such children out)
  it("counts the columns a terminal gives each line (glibc's wcwidth) in every script #integration", function()
    local dir = os.tmpname()
    os.remove(dir)
    assert(os.execute("mkdir -p " .. dir .. " && cc -std=c99 -o " .. dir .. "/wcswidth spec/fixtures/wcswidth.c"))
    local lines = {}
    for _, lang in ipairs({ "hi", "th", "ar", "ja", "zh-hans", "ko", "vi", "ru" }) do
      for _, x in ipairs({ smtp.compare(452, 552), smtp.get("5.7.1"), smtp.get(550) }) do
        for line in smtp.format(x, { lang = lang, width = 60 }):gmatch("[^\n]+") do lines[#lines + 1] = line end
      end
    end
    local f = assert(io.open(dir .. "/lines", "wb"))
    f:write(table.concat(lines, "\n"), "\n")
    f:close()
    local p = assert(io.popen(dir .. "/wcswidth < " .. dir .. "/lines"))
    for _, line in ipairs(lines) do assert.are.equal(tonumber(p:read("*l")), text.width(line), line) end
    p:close()
    os.execute("rm -rf " .. dir)
    assert.is_true(#lines > 1000)
  end)

  it("keeps English lines within the width at word boundaries", function()
    local page = smtp.format(smtp.compare(452, 552), { width = 60 })
    for line in page:gmatch("[^\n]+") do
      assert.is_true(text.width(line) <= 60 or line:find("://", 1, true) ~= nil, line)
    end
  end)
end)

describe("HTML direction", function()
  it("isolates left-to-right runs with <bdi> and keeps the server reply left to right", function()
    local page = smtp.format(smtp.classify("550 5.1.1 <a@example.com>: Recipient address rejected"),
      { lang = "ar", format = "html" })
    assert.truthy(page:find('<bdi dir="ltr">5.1.1</bdi>', 1, true))
    assert.truthy(page:find('<pre dir="ltr">', 1, true))
  end)
  it("marks each line of a right-to-left text page right to left, the server's reply left to right", function()
    local page = smtp.format(smtp.classify("550 5.1.1 <a@example.com>: Recipient address rejected"),
      { lang = "ar", width = 40 })
    for line in page:gmatch("[^\n]+") do
      assert.truthy(line:find("^\226\128\143") or line:find("^\226\128\142    550 5.1.1 "), line)
    end
    assert.falsy(smtp.format(smtp.get(550), { width = 40 }):find("\226\128[\142\143]"))
  end)
  it("adds nothing to a left-to-right page", function()
    local page = smtp.format(smtp.get(550), { format = "html" })
    assert.is_nil(page:find("<bdi", 1, true))
  end)
end)

describe("fallback to English", function()
  -- a page that falls back: German with its translation of 550 taken away for the spec
  local function partial_page(fmt)
    local page, doc
    require("helpers").without_translation("de", "basic", 550, function()
      page = smtp.format(smtp.get(550), { lang = "de", format = fmt, width = 0 })
      doc = smtp.document(smtp.get(550), { lang = "de" })
    end)
    return page, doc, "de"
  end

  it("is announced on the page in the page's language, in every format", function()
    for _, fmt in ipairs({ "text", "markdown", "html" }) do
      local page, _, lang = partial_page(fmt)
      local note = require("smtpcodes.locale").data(lang).labels.fallback_note
      assert.truthy(page:find(fmt == "html" and require("smtpcodes.render.html").escape(note) or note, 1, true),
        lang .. " " .. fmt)
    end
  end)

  it("marks the English paragraphs lang=\"en\" in HTML", function()
    local page, doc = partial_page("html")
    assert.truthy(page:find('<p lang="en" dir="ltr">', 1, true) or page:find('<li lang="en" dir="ltr">', 1, true),
      doc.lang)
  end)

  it("says nothing on a complete page", function()
    local page, doc = smtp.format(smtp.get(550), { format = "html" }), smtp.document(smtp.get(550))
    assert.equal(0, #doc.fallback)
    assert.is_nil(page:find("smtpcodes-note", 1, true))
  end)
end)

describe("counts and lists", function()
  local locale = require "smtpcodes.locale"
  local categories = { zero = true, one = true, two = true, few = true, many = true, other = true }

  it("follow CLDR's plural categories", function()
    assert.same({ "one", "few", "many", "many", "one", "few" },
      { locale.plural("ru", 1), locale.plural("ru", 3), locale.plural("ru", 5), locale.plural("ru", 11),
        locale.plural("ru", 21), locale.plural("ru", 22) })
    assert.same({ "zero", "one", "two", "few", "many", "other" },
      { locale.plural("ar", 0), locale.plural("ar", 1), locale.plural("ar", 2), locale.plural("ar", 5),
        locale.plural("ar", 11), locale.plural("ar", 100) })
    assert.equal("one", locale.plural("fr", 0))
    assert.equal("other", locale.plural("en", 0))
    assert.equal("other", locale.plural("ja", 1))
  end)

  it("give every language forms with an other and the template's placeholders", function()
    for _, tag in ipairs(smtp.languages()) do
      local data = locale.data(tag)
      for key, forms in pairs(data.plurals or {}) do
        assert.is_string(forms.other, tag .. " " .. key)
        assert.is_string(data.templates[key], tag .. " " .. key .. " has no template")
        for category, form in pairs(forms) do
          assert.is_true(categories[category], tag .. " " .. key .. " " .. category)
          assert.truthy(form:find("{n}", 1, true) or category == "one" or category == "two", tag .. " " .. key)
        end
      end
    end
  end)

  it("write durations in the language's number forms", function()
    local function plan(lang) return smtp.format(smtp.classify("450 4.2.0 Greylisted, try again later"),
      { lang = lang, width = 0 }) end
    assert.truthy(plan("ru"):find("через 5 минут", 1, true))
    assert.truthy(plan("en"):find("after 5 minutes", 1, true))
    assert.truthy(plan("de"):find("nach 5 Minuten", 1, true))
  end)

  it("end a list with the language's conjunction", function()
    local t = locale.new("en")
    assert.equal("A, B and C", t:join_list({ "A", "B", "C" }))
    assert.equal("A and B", t:join_list({ "A", "B" }))
    assert.equal("A", t:join_list({ "A" }))
    assert.equal("A、B 和 C", locale.new("zh-hans"):join_list({ "A", "B", "C" }))
    -- no blank between two Chinese words
    assert.equal("RCPT、DATA 的结束句点和 ATRN", locale.new("zh-hans"):join_list({ "RCPT", "DATA 的结束句点", "ATRN" }))
    assert.equal("A、连接和句点", locale.new("zh-hans"):join_list({ "A", "连接", "句点" }))
    -- Indonesian writes the serial comma of its spelling rules (PUEBI) only from three items on
    assert.equal("A, B, dan C", locale.new("id"):join_list({ "A", "B", "C" }))
    assert.equal("A dan B", locale.new("id"):join_list({ "A", "B" }))
  end)
end)

describe("reply warnings on a page", function()
  it("are sentences in the page's language, never internal names", function()
    local page = smtp.format(smtp.classify(smtp.parse("550-5.1.1 a\r\n551 5.1.1 b\r\n")), { lang = "de", width = 0 })
    assert.truthy(page:find("verschiedene Antwortcodes", 1, true))
    assert.is_nil(page:find("mixed_codes", 1, true))
  end)
  it("do not blame the server for the line ends of a paste", function()
    local page = smtp.format(smtp.classify(smtp.parse("550 5.1.1 User unknown\n")), { width = 0 })
    assert.is_nil(page:find("RFC 5321:", 1, true))
    assert.is_nil(page:find("bare_lf", 1, true))
  end)
end)

describe("warning texts", function()
  it("exist for every warning the core can give (bare_lf is never shown on a page)", function()
    local src = io.open("src/reply_parse.c"):read("*a")
    local names = src:match("warning_name.-{(.-)}")
    local texts = require("smtpcodes.locale").data("en").warning_texts
    local n = 0
    for name in names:gmatch('"([%w_]+)"') do
      n = n + 1
      if name ~= "bare_lf" then assert.is_string(texts[name], name) end
    end
    assert.is_true(n >= 11)
  end)
end)
