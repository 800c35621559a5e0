-- Agreement with a mail engineer on real replies the classifier was not
-- written against: the audit's cases (spec/fixtures/audit_cases.lua) and the
-- replies collected from public threads and provider pages
-- (spec/fixtures/real_replies.lua).  The figures are printed; the assertions
-- are a ratchet that only moves up.
local agreement = require "agreement"

local function check(name, cases, floor)
  describe("agreement on " .. name, function()
    local n, misses = agreement.score(cases)
    io.stderr:write(agreement.line(name, n), "\n", table.concat(misses, "\n"), #misses > 0 and "\n" or "")

    it("holds at least " .. floor.total .. " cases, each with a source", function()
      assert.is_true(n.total >= floor.total)
      for _, case in ipairs(cases) do assert.is_string(case.source, case.input) end
    end)
    it("keeps the verdict, reason, action and all-three figures", function()
      for _, key in ipairs({ "verdict", "reason", "action", "all" }) do
        assert.is_true(n[key] >= floor[key], agreement.line(name, n))
      end
    end)
    it("never suppresses or fixes an address for a reply about the sender", function()
      local sender_side = { blocked = true, spam_content = true, sender_auth = true, rate_limited = true,
        auth_required = true, auth_failed = true, tls_required = true, relay_denied = true, greylisted = true,
        message_too_large = true, protocol_error = true, network_error = true }
      for _, case in ipairs(cases) do
        local only_sender = true
        for _, r in ipairs(case.reasons) do
          if not sender_side[r] then only_sender = false end
        end
        local c = require("smtpcodes").classify(case.input)
        if only_sender and c then
          assert.is_true(c.action ~= "suppress_address" and c.action ~= "fix_address", case.input)
        end
      end
    end)
  end)
end

check("the audit cases", require "fixtures.audit_cases",
  { total = 20, verdict = 20, reason = 20, action = 20, all = 20 })
check("the collected real replies", require "fixtures.real_replies",
  { total = 112, verdict = 112, reason = 110, action = 112, all = 110 })
