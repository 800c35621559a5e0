-- Localization: 15 interface languages, six with every explanation translated.
require "helpers"
local smtp = require "smtpcodes"
local locale = require "smtpcodes.locale"

local english = locale.data("en")
local interface_sections = { "labels", "class_names", "enhanced_class_names", "category_names",
  "subject_names", "status_names", "verdict_texts", "reason_names", "action_texts", "source_texts", "setup_texts",
  "templates", "warning_texts", "scan_labels" }
-- The languages with a content translation: every one whose content file exists.
local full = {}
for _, tag in ipairs(smtp.languages()) do
  local f = io.open("lua/smtpcodes/locale/" .. tag:gsub("%-", "_") .. "/content.lua")
  if f then f:close(); full[#full + 1] = tag end
end

local function placeholders(s)
  local set = {}
  for p in s:gmatch("{[%w_]+}") do set[p] = true end
  return set
end

local function registry_keys()
  local entries, keys = require("helpers").registry_entries(), {}
  for i, key in ipairs(entries) do keys[i] = key end
  return keys
end

describe("locales", function()
  it("are the 15 languages", function()
    assert.are.same({ "en", "ko", "id", "es", "vi", "ar", "zh-hans", "ja", "th", "pt", "fr", "de", "ru", "tr", "hi" },
      smtp.languages())
  end)

  for _, tag in ipairs(smtp.languages()) do
    describe(tag, function()
      local data = locale.data(tag)

      it("has every interface key of English and no other", function()
        assert.are.equal(tag, data.tag)
        assert.is_string(data.name)
        assert.truthy(data.dir == "ltr" or data.dir == "rtl")
        for _, section in ipairs(interface_sections) do
          for key in pairs(english[section]) do
            assert.is_string(data[section][key], tag .. " lacks " .. section .. "." .. tostring(key))
          end
          for key in pairs(data[section]) do
            assert.is_not_nil(english[section][key], tag .. " has extra " .. section .. "." .. tostring(key))
          end
        end
      end)

      it("keeps exactly the placeholders of every English template", function()
        for key, template in pairs(english.templates) do
          assert.are.same(placeholders(template), placeholders(data.templates[key]), tag .. " " .. key)
        end
      end)

      if tag ~= "en" then
        it("names every basic code, each name unique", function()
          local seen = {}
          for _, info in ipairs(smtp.list({ kind = "basic" })) do
            local name = data.names[info.code]
            assert.is_string(name, tag .. " has no name for " .. info.code)
            assert.is_nil(seen[name], tag .. " repeats the name " .. name)
            seen[name] = true
          end
          for code in pairs(data.names) do assert.is_table(smtp.get(code)) end
        end)

        it("renders every basic code without a template error", function()
          for _, info in ipairs(smtp.list({ kind = "basic" })) do
            assert.is_string(smtp.format(info, { lang = tag }))
          end
          assert.is_string(smtp.format(smtp.compare(554, "4.0.0"), { lang = tag, format = "html" }))
          assert.is_string(smtp.format(smtp.get("5.7.515"), { lang = tag, format = "markdown" }))
        end)
      end
    end)
  end

  for _, tag in ipairs(full) do
    describe(tag .. " content", function()
      local content = require("smtpcodes.locale." .. tag:gsub("%-", "_") .. ".content")

      it("translates every basic code and every registry entry", function()
        for _, info in ipairs(smtp.list({ kind = "basic" })) do
          for _, field in ipairs({ "description", "when", "fix", "use" }) do
            local text = content.basic[info.code] and content.basic[info.code][field]
            assert.is_string(text, tag .. " basic " .. info.code .. " " .. field)
            assert.are_not.equal(info[field], text, tag .. " basic " .. info.code .. " " .. field .. " is English")
          end
        end
        for _, key in ipairs(registry_keys()) do
          for _, field in ipairs({ "name", "description", "when", "fix" }) do
            local entry = content.enhanced[key]
            assert.is_string(entry and entry[field], tag .. " X." .. key .. " " .. field)
          end
        end
      end)

      it("keys provider texts by a provider code's marker", function()
        local markers = {}
        for _, p in ipairs(require("smtpcodes.core").providers()) do
          if p.is_code then markers[p.marker] = true end
        end
        for key, entry in pairs(content.provider or {}) do
          assert.is_true(markers[key], tag .. " provider " .. key)
          for _, field in ipairs({ "name", "description", "when", "fix" }) do
            assert.is_string(entry[field], tag .. " provider " .. key .. " " .. field)
          end
        end
      end)

      it("has no content key that English lacks", function()
        for code in pairs(content.basic) do assert.is_table(smtp.get(code), tag .. " basic " .. code) end
        local keys = {}
        for _, key in ipairs(registry_keys()) do keys[key] = true end
        for key in pairs(content.enhanced) do assert.is_true(keys[key], tag .. " X." .. key) end
      end)

      it("translates the advice of every related pair", function()
        local advice = require("smtpcodes.locale." .. tag:gsub("%-", "_") .. ".pairs")
        local core = require "smtpcodes.core"
        for _, info in ipairs(smtp.list({ kind = "basic" })) do
          for _, other in ipairs(info.related) do
            local a, b = math.min(info.code, other), math.max(info.code, other)
            if core.pair_advice(a, b) then
              assert.is_string(advice[a .. " " .. b], tag .. " pair " .. a .. " " .. b)
            end
          end
        end
      end)

      it("renders a comparison with no English template phrase and no fallback", function()
        for _, pair in ipairs({ { 220, 551 }, { 450, 550 }, { 554, "4.0.0" }, { "5.7.26", "5.1.1" } }) do
          local cmp = smtp.compare(pair[1], pair[2])
          local page, doc = smtp.format(cmp, { lang = tag, width = 0 }), smtp.document(cmp, { lang = tag })
          assert.are.same({}, doc.fallback)
          for key, template in pairs(english.templates) do
            for fragment in template:gsub("{[%w_]+}", "\0"):gmatch("[^%z]+") do
              if #fragment >= 12 then
                assert.falsy(page:find(fragment, 1, true), tag .. " shows English '" .. fragment .. "' (" .. key .. ")")
              end
            end
          end
          for key, label in pairs(english.labels) do
            if #label >= 6 then
              assert.falsy(page:find(label, 1, true), tag .. " shows English label '" .. label .. "' (" .. key .. ")")
            end
          end
        end
      end)

      it("shows 220 vs 551 in the order of the reference pages, with its own headings", function()
        local data = locale.data(tag)
        local page = smtp.format(smtp.compare(220, 551), { lang = tag, width = 0, format = "markdown" })
        local l = data.labels
        local order = { "# ", "\n\n", "## ", "### " .. l.description, "### " .. l.when, "### " .. l.fix,
          "## ", "### " .. l.description, "### " .. l.when, "### " .. l.fix,
          "## " .. l.key_differences, "## " .. l.when_to_use, "## " .. l.learn_more }
        local at = 0
        for _, piece in ipairs(order) do
          local found = page:find(piece, at + 1, true)
          assert.is_number(found, tag .. ": '" .. piece .. "' missing or out of order")
          at = found
        end
      end)
    end)
  end

  describe("tag negotiation", function()
    local cases = {
      ko = "ko", ["ko-KR"] = "ko", ["ko_KR.UTF-8"] = "ko", ["KO_kr.utf8"] = "ko", ["pt-BR"] = "pt", pt_PT = "pt",
      zh = "zh-hans", ["zh-CN"] = "zh-hans", ["zh-Hans"] = "zh-hans", ["zh_CN.UTF-8"] = "zh-hans",
      ["zh-Hans-CN"] = "zh-hans", ["es-419"] = "es", ["es_MX"] = "es", ["en_US.UTF-8"] = "en", C = "en",
      ["C.UTF-8"] = "en", POSIX = "en", ["ar_EG.UTF-8"] = "ar", ["de_DE@euro"] = "de", ["hi-IN"] = "hi",
    }
    for given, expected in pairs(cases) do
      it(given .. " -> " .. expected, function()
        assert.are.equal(expected, locale.negotiate(given))
      end)
    end

    it("refuses an unknown tag with the list of supported ones, on every entry point", function()
      for _, bad in ipairs({ "xx", "nl-NL", "zh-TW", "zh-Hant", "", "klingon" }) do
        local tag, message, errname = locale.negotiate(bad)
        assert.is_nil(tag, bad)
        assert.are.equal("unknown_language", errname)
        assert.truthy(message:find("supported: en, ko", 1, true))
        local page, m2, e2 = smtp.format(smtp.get(550), { lang = bad })
        assert.is_nil(page)
        assert.are.equal(message, m2)
        assert.are.equal("unknown_language", e2)
        local status, _, err = require("helpers").cli({ "--lang", bad, "550" })
        assert.are.equal(2, status)
        assert.truthy(err:find("supported", 1, true))
      end
    end)

    it("reads --lang, then LC_ALL, LC_MESSAGES, LANG", function()
      local cli = require("helpers").cli
      local _, out = cli({ "550" }, { LANG = "es_ES.UTF-8" })
      assert.truthy(out:find(locale.data("es").labels.description, 1, true))
      _, out = cli({ "550" }, { LANG = "es_ES.UTF-8", LC_MESSAGES = "de_DE.UTF-8" })
      assert.truthy(out:find(locale.data("de").labels.description, 1, true))
      _, out = cli({ "550" }, { LANG = "es_ES.UTF-8", LC_ALL = "fr_FR.UTF-8" })
      assert.truthy(out:find(locale.data("fr").labels.description, 1, true))
      _, out = cli({ "--lang", "ko", "550" }, { LC_ALL = "fr_FR.UTF-8" })
      assert.truthy(out:find(locale.data("ko").labels.description, 1, true))
    end)
  end)

  describe("fallback", function()
    it("is reported for a page with untranslated texts and can be refused", function()
      require("helpers").without_translation("fr", "basic", 550, function()
        local page, doc = smtp.format(smtp.get(550), { lang = "fr" }), smtp.document(smtp.get(550), { lang = "fr" })
        assert.is_string(page)
        assert.truthy(doc.fallback[1]:find("^basic%.550%."), doc.fallback[1])
        local none, message, errname = smtp.format(smtp.get(550), { lang = "fr", fallback = false })
        assert.is_nil(none)
        assert.truthy(message:find("fall back", 1, true))
        assert.are.equal("incomplete_translation", errname)
      end)
    end)

    it("never appears for English or for a complete page", function()
      local doc = smtp.document(smtp.compare(220, 551))
      assert.are.same({}, doc.fallback)
      assert.is_string(smtp.format(smtp.get(471), { lang = "ko", fallback = false }))
    end)
  end)

  describe("right-to-left", function()
    it("isolates codes, SMTP, RFC numbers and URLs in Arabic text, and marks HTML rtl", function()
      local text = smtp.format(smtp.compare(220, 551), { lang = "ar" })
      assert.truthy(text:find("\226\129\166220\226\129\169", 1, true))
      assert.truthy(text:find("\226\129\166SMTP 220\226\129\169", 1, true))
      assert.truthy(text:find("\226\129\166https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2\226\129\169", 1, true))
      local html = smtp.format(smtp.compare(220, 551), { lang = "ar", format = "html" })
      assert.truthy(html:find('lang="ar" dir="rtl"', 1, true))
      local md = smtp.format(smtp.get(550), { lang = "ar", format = "markdown" })
      assert.truthy(md:find('lang="ar" dir="rtl"', 1, true))
    end)
  end)
end)
