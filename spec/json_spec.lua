-- JSON output (docs/json.md): smtpcodes.json writes it, smtpcodes.schema
-- shapes the documents.
local helpers = require "helpers"
local smtp = require "smtpcodes"
local json = require "smtpcodes.json"
local schema = require "smtpcodes.schema"

describe("smtpcodes.json", function()
  it("writes keys in the order given, then in byte order, the same bytes every time", function()
    local v = { zeta = 1, alpha = { 3, 2, 1 }, kind = "x", schema = 1, nested = { b = true, a = false } }
    local text = json.encode_ordered(v, { "schema", "kind" })
    assert.are.equal('{"schema":1,"kind":"x","alpha":[3,2,1],"nested":{"a":false,"b":true},"zeta":1}', text)
    for _ = 1, 20 do assert.are.equal(text, json.encode_ordered(v, { "schema", "kind" })) end
  end)

  it("writes null, empty arrays, objects, numbers and strings one way", function()
    assert.are.equal('[null,[],{},1,-2,0.5,null,null]', json.encode_ordered({ json.null, {}, json.object({}), 1, -2.0,
      0.5, 0 / 0, math.huge }))
    assert.are.equal('"a\\"\\\\\\n\\u0001\\u001b/é\239\191\189"', json.encode_ordered("a\"\\\n\1\27/é\255"))
    assert.are.equal('{\n  "a": [\n    1\n  ]\n}', json.encode_ordered({ a = { 1 } }, nil, { indent = true }))
  end)

  it("raises for what JSON cannot hold", function()
    local t = {}
    t.self = t
    for _, bad in ipairs({ t, { print }, { [true] = 1 } }) do
      assert.has_error(function() json.encode_ordered(bad) end)
    end
  end)

  it("decodes with lua-cjson or dkjson", function()
    local v = assert(json.decode('{"a":[1,2],"b":"x"}'))
    assert.are.same({ 1, 2 }, v.a)
    assert.is_nil((json.decode("{nope")))
  end)
end)

describe("JSON documents, schema 1", function()
  local function doc(x) return assert(json.decode(schema.encode(schema.document(x)))) end

  it("give code as a number or null and enhanced as a string or null, in every kind", function()
    local basic, enhanced = doc(smtp.get(550)), doc(smtp.get("5.1.1"))
    assert.are.equal(1, basic.schema)
    assert.are.equal(550, basic.code)
    assert.is_true(basic.enhanced == nil or basic.enhanced == json.decode("[null]")[1])
    assert.are.equal("5.1.1", enhanced.enhanced)
    local text = schema.encode(schema.document(smtp.get("5.1.1")))
    assert.truthy(text:find('"code":null', 1, true))
    local c = schema.encode(schema.document(smtp.classify("250 OK")))
    for _, key in ipairs({ '"code":250', '"enhanced":null', '"retry":null', '"provider":null', '"matched_rule":null',
      '"warnings":[]' }) do
      assert.truthy(c:find(key, 1, true), key)
    end
    assert.truthy(c:find('^{"schema":1,"kind":"classification",'))
  end)

  it("hold every lazy field of a reply (lines, warnings, class)", function()
    local d = doc(smtp.classify(smtp.parse("550-5.1.1 a\r\n550 5.1.1 b\r\n")))
    assert.are.same({ "550-5.1.1 a", "550 5.1.1 b" }, d.reply.lines)
    assert.are.equal(5, d.reply.class)
  end)

  it("are byte-identical from the CLI across runs, errors included", function()
    local _, a = helpers.cli({ "-f", "json", "550" })
    for _ = 1, 5 do assert.are.equal(a, select(2, helpers.cli({ "-f", "json", "550" }))) end
    local status, out = helpers.cli({ "-f", "json", "299" })
    assert.are.equal(1, status)
    local e = json.decode(out)
    assert.are.equal("error", e.kind)
    assert.are.equal("unknown", e.error)
    local _, list = helpers.cli({ "--list", "-f", "json", "--class", "4" })
    local l = json.decode(list)
    assert.are.equal("list", l.kind)
    for _, item in ipairs(l.codes) do
      assert.is_true(type(item.code) == "number" or type(item.enhanced) == "string")
    end
  end)
end)

describe("JSON of a basic info", function()
  it("keeps the enhanced codes sent with it under enhanced_codes", function()
    local d = json.decode(require("smtpcodes").format(require("smtpcodes").get(550), { format = "json" }))
    assert.are.equal("5.1.1", d.enhanced_codes[1])
  end)
end)
