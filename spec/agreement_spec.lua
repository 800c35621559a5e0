-- Agreement with a mail engineer on real replies the classifier was not
-- written against: the audit's cases (spec/fixtures/audit_cases.lua).  The
-- figures are printed; the assertions are a ratchet that only moves up.
local agreement = require "agreement"

describe("agreement on the audit's real replies", function()
  local cases = require "fixtures.audit_cases"
  local n, misses = agreement.score(cases)
  io.stderr:write(agreement.line("audit cases", n), "\n", table.concat(misses, "\n"),
    #misses > 0 and "\n" or "")

  it("holds 20 cases", function() assert.equal(20, n.total) end)
  it("keeps the verdict, reason, action and all-three figures", function()
    assert.is_true(n.verdict >= 18, agreement.line("audit cases", n))
    assert.is_true(n.reason >= 18, agreement.line("audit cases", n))
    assert.is_true(n.action >= 18, agreement.line("audit cases", n))
    assert.is_true(n.all >= 18, agreement.line("audit cases", n))
  end)
end)
