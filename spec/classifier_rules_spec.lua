-- Caller rules of smtp.classifier: patterns a remote server cannot turn into
-- a stall (H1), and patterns that could fail when matched refused when the
-- classifier is made (H3).
local smtp = require "smtpcodes"
local rp = require "smtpcodes.rule_pattern"

local function refused(pattern)
  local ok, err = pcall(smtp.classifier, { { pattern = pattern, verdict = "transient" } })
  return not ok and tostring(err):find("bad rule #1 to 'smtpcodes.classifier' (pattern refused", 1, true) ~= nil
end

describe("rule patterns", function()
  it("refuse, when the classifier is made, every pattern that could fail when matched", function()
    for _, p in ipairs({ "(.)%2", "(a)%1", "(a", "a)", "(()", "[a", "%", "a%", "%f", "%fa", "%b()", "%bx",
      ("(a)"):rep(33) }) do
      assert.is_true(refused(p), p)
    end
  end)

  it("refuse repetitions that backtrack, and patterns past their bounds", function()
    for _, p in ipairs({ "a*b", "%s+x", "quota%s+exceeded", "%d+%.%d+", "[ab]-c", "x?y?z?w?",
      ("x"):rep(rp.MAX_WIDTH + 1), ("."):rep(rp.MAX_LENGTH + 1) }) do
      assert.is_true(refused(p), p)
    end
  end)

  it("accept gaps, sets, classes, frontiers, anchors, captures and a few optional items", function()
    for _, p in ipairs({ "quota.*exceeded", "(.-)(.-)z", "^5%.7%.%d", "over quota$", "%f[%w]spam%f[%W]",
      "[Rr]elay.-denied", "e?%-?mail", "(user) .+ unknown", "^$", ".*", "a.+", "*", "%(x%)" }) do
      assert.is_false(refused(p), p)
    end
  end)

  it("bound the work of every accepted pattern: SCOPE bytes times MAX_WIDTH character tests", function()
    local bound = rp.SCOPE * rp.MAX_WIDTH
    for _, p in ipairs({ ("%a"):rep(rp.MAX_WIDTH), "%a?%a?%a?" .. ("%a"):rep(4), ("a.-"):rep(60), "(.-)(.-)z" }) do
      local m = assert(rp.compile(p))
      assert.is_true(m.steps <= bound, p)
    end
    -- the text a pattern sees ends at SCOPE bytes, whatever the reply's length
    local k = smtp.classifier({ { pattern = "needle", verdict = "permanent" } })
    local early = "452 4.2.2 " .. ("x"):rep(100) .. "needle" .. ("x"):rep(60000) .. "\r\n"
    local late = "452 4.2.2 " .. ("x"):rep(rp.SCOPE) .. "needle\r\n"
    assert.are.equal("permanent", k:classify(early).verdict)
    assert.are.equal("transient", k:classify(late).verdict)
  end)

  it("match exactly as string.find does on text within the scope", function()
    local pats = { "quota.*exceeded", "(.-)(.-)z", "^a.-b$", "a.+b", "^ab", "b$", "%f[%a]ab", "a?b?c", "[ab]z.-a",
      "%d%.%d.-x", "a..b", "^.-z$", "ab.-ba.-ab", ".a.", "%f[%W]" }
    local alphabet = { "a", "b", "z", " ", "5", ".", "x", "ab", "ba" }
    local seed = 12345
    local function rand(n)
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n + 1
    end
    for _, p in ipairs(pats) do
      local m = assert(rp.compile(p), p)
      for _ = 1, 300 do
        local parts = {}
        for j = 1, rand(12) - 1 do parts[j] = alphabet[rand(#alphabet)] end
        local text = table.concat(parts)
        assert.are.equal(text:find(p) ~= nil, rp.find(m, text), ("%q on %q"):format(p, text))
      end
    end
  end)

  it("run in the same order of time over a hostile 64 KB reply as a plain rule (bench/classifier_rules.lua)",
    function()
      local k = smtp.classifier({ { pattern = "(.-)(.-)z", verdict = "permanent" } })
      local c = k:classify("452 4.2.2 " .. ("quota "):rep(10000) .. "\r\n")
      assert.are.equal("transient", c.verdict)
    end)
end)

describe("rule checks", function()
  it("refuse unknown keys, bad enhanced codes, codes out of range and bad retry times", function()
    for _, rule in ipairs({ { code = 550, verdict = "transient", txet = "typo" },
      { enhanced = "banana", verdict = "transient" }, { code = 999, verdict = "transient" },
      { code = 550, retry = { after = -1, give_up = 10 } }, { code = 550, retry = { after = 0 / 0, give_up = 10 } },
      { code = 550, retry = { after = 1, give_up = math.huge } }, { text = ("x"):rep(300), verdict = "transient" } }) do
      assert.has_error(function() smtp.classifier({ rule }) end)
    end
  end)
end)
