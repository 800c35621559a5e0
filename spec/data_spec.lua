-- The tables themselves: every documented code is there, every field follows
-- docs/data.md, and the enhanced table matches the IANA registry entry by entry.
local helpers = require "helpers"
local smtp = require "smtpcodes"

local function basic_codes()
  return smtp.list({ kind = "basic" })
end

local registry_entries = helpers.registry_entries

-- Records of the registry's "Enumerated Status Codes" table, from the XML.
local function registry_records(xml)
  local enumerated = xml:match('<registry id="smtp%-enhanced%-status%-codes%-3">(.*)</registry>')
  local records = {}
  for body in enumerated:gmatch("<record[^>]*>(.-)</record>") do
    local code = body:match("<code>X%.(%d+%.%d+)</code>")
    local sample = body:match("<sample>(.-)</sample>") or ""
    local basic = body:match("<basic_code>(.-)</basic_code>") or ""
    local refs = {}
    for kind, data in body:gmatch('<xref type="(%w+)" data="([^"]+)"') do refs[#refs + 1] = { kind, data } end
    records[#records + 1] = { code = code, sample = sample:gsub("%s+", " "), basic = basic, refs = refs }
  end
  return records
end

describe("the basic code table", function()
  local checklist = helpers.reference("basic-reply-codes.csv")

  it("holds every documented code of the research checklist", function()
    if not checklist then pending("../shared/reference/basic-reply-codes.csv is absent: skipped") return end
    local n = 0
    for line in checklist:gmatch("[^\n]+") do
      local code, status = line:match("^(%d%d%d),[^,]*,[^,]*,([%w]+),")
      if code and tonumber(code) >= 200 then
        n = n + 1
        local info = smtp.get(tonumber(code))
        assert.is_table(info, "missing " .. code)
        local expected = ({ core = { core = true }, ext = { extension = true, experimental = true },
          exp = { experimental = true }, reg = { ["registry-only"] = true }, draft = { draft = true },
          nonstandard = { ["non-standard"] = true } })[status]
        assert.is_true(expected[info.status], code .. " has status " .. info.status .. ", checklist says " .. status)
      end
    end
    assert.is_true(n >= 62, "checklist rows read: " .. n)
  end)

  it("has the 48 documented codes and RFC 5321's own codes as core", function()
    local documented, core = 0, 0
    for _, info in ipairs(basic_codes()) do
      if info.status ~= "non-standard" then documented = documented + 1 end
      if info.status == "core" then core = core + 1 end
    end
    assert.are.equal(48, documented)
    assert.is_true(core >= 24)
  end)

  it("gives every code a unique name and whole-sentence texts", function()
    local names = {}
    for _, info in ipairs(basic_codes()) do
      assert.is_nil(names[info.name], "duplicate name " .. info.name)
      names[info.name] = true
      for _, field in ipairs({ "description", "when", "fix", "use" }) do
        local text = info[field]
        assert.is_string(text)
        assert.truthy(text:match("%.$"), info.code .. " " .. field .. " does not end a sentence")
        assert.falsy(text:match("e%.g%.") or text:match("i%.e%.") or text:match("etc%."),
          info.code .. " " .. field .. " abbreviates")
        assert.falsy(text:lower():match("when when"))
      end
      assert.falsy(info.when:match("^When "), info.code .. " when starts with When")
    end
  end)

  it("keeps related codes symmetric and inside the table", function()
    for _, info in ipairs(basic_codes()) do
      for _, other in ipairs(info.related) do
        local peer = smtp.get(other)
        assert.is_table(peer, info.code .. " relates to unknown " .. other)
        local back = false
        for _, c in ipairs(peer.related) do back = back or c == info.code end
        assert.is_true(back, other .. " does not list " .. info.code)
      end
    end
  end)

  it("pairs the well-known related codes", function()
    for _, p in ipairs({ { 251, 551 }, { 452, 552 }, { 450, 550 }, { 530, 535 }, { 421, 554 }, { 521, 556 } }) do
      local found = false
      for _, c in ipairs(smtp.get(p[1]).related) do found = found or c == p[2] end
      assert.is_true(found, p[1] .. " <-> " .. p[2])
    end
  end)

  it("lists only registered enhanced codes of its own class", function()
    for _, info in ipairs(basic_codes()) do
      for _, e in ipairs(info.enhanced) do
        local einfo = smtp.get(e)
        assert.is_table(einfo, e)
        assert.is_true(einfo.registered, info.code .. " lists unregistered " .. e)
        assert.are.equal(info.class, einfo.class, info.code .. " lists " .. e)
        assert.is_true(einfo.allowed, info.code .. " lists " .. e .. " in a class its entry does not allow")
      end
    end
  end)

  it("cites a reference with a link for every code", function()
    for _, info in ipairs(basic_codes()) do
      assert.is_true(#info.references > 0, tostring(info.code))
      for _, ref in ipairs(info.references) do
        assert.truthy(ref.url:match("^https://"), info.code .. " " .. ref.document)
      end
    end
  end)

  it("has pair advice for every related pair of standard codes", function()
    local core = require "smtpcodes.core"
    for _, info in ipairs(basic_codes()) do
      for _, other in ipairs(info.related) do
        local peer = smtp.get(other)
        if info.status ~= "non-standard" and peer.status ~= "non-standard" then
          assert.is_string(core.pair_advice(info.code, other), "no advice for " .. info.code .. " vs " .. other)
        end
      end
    end
  end)
end)

describe("the enhanced status code table", function()
  local xml = helpers.reference("iana-smtp-enhanced-status-codes.xml")

  it("has the 81 registry entries, X.6.10 deprecated in favour of X.6.8", function()
    local entries = registry_entries()
    assert.are.equal(81, #entries)
    local info = smtp.get("5.6.10")
    assert.is_true(info.deprecated)
    assert.are.equal("5.6.8", info.deprecated_by)
  end)

  it("matches the IANA registry XML entry by entry", function()
    if not xml then pending("../shared/reference/iana-smtp-enhanced-status-codes.xml is absent: skipped") return end
    local records = registry_records(xml)
    assert.are.equal(81, #records)
    local entries = registry_entries()
    for i, rec in ipairs(records) do
      assert.are.equal(rec.code, entries[i], "entry " .. i)
      local info = entries[rec.code]
      if rec.sample ~= "" then assert.are.equal(rec.sample, info.name) end
      -- every number the registry associates appears in the entry of its class
      for number in rec.basic:gmatch("%d%d%d") do
        local class = tonumber(number:sub(1, 1))
        local einfo = smtp.get(class .. "." .. rec.code)
        local found = false
        for _, b in ipairs(einfo.basic) do found = found or b == tonumber(number) end
        assert.is_true(found, "X." .. rec.code .. " lacks basic " .. number)
        assert.is_true(einfo.allowed, "X." .. rec.code .. " does not allow class " .. class)
      end
      -- and no other: the entry's basic codes are exactly the registry's (practice is in seen_with)
      for _, class in ipairs({ 2, 4, 5 }) do
        local einfo = smtp.get(class .. "." .. rec.code)
        local listed = {}
        for number in rec.basic:gmatch("%d%d%d") do
          if tonumber(number:sub(1, 1)) == class then listed[#listed + 1] = tonumber(number) end
        end
        assert.are.same(listed, einfo.basic, class .. "." .. rec.code)
        for _, w in ipairs(einfo.seen_with) do
          for _, b in ipairs(listed) do
            assert.are_not.equal(b, w.code, "X." .. rec.code .. " seen with listed " .. b)
          end
          assert.are.equal(class, math.floor(w.code / 100))
          assert.is_true(einfo.allowed, "X." .. rec.code .. " seen with a class it does not allow")
          assert.truthy(w.url:match("^https://"), w.url)
          assert.is_string(w.source)
        end
      end
      if rec.basic:match("^Any") then
        assert.are.same({ "any" }, info.basic_wildcards)
      end
      -- every RFC the registry cites is among the references
      for _, ref in ipairs(rec.refs) do
        local found = false
        for _, r in ipairs(info.references) do
          if ref[1] == "rfc" then found = found or r.rfc == tonumber(ref[2]:match("%d+"))
          else found = found or ref[2]:find(r.document, 1, true) == 1 end
        end
        assert.is_true(found, "X." .. rec.code .. " lacks reference " .. ref[2])
      end
    end
  end)

  it("writes whole sentences for every entry", function()
    for _, key in ipairs(registry_entries()) do
      local info = registry_entries()[key]
      for _, field in ipairs({ "description", "when", "fix" }) do
        assert.truthy(info[field]:match("%.$"), key .. " " .. field)
        assert.falsy(info[field]:match("e%.g%.") or info[field]:match("i%.e%."), key .. " " .. field)
      end
    end
  end)
end)
