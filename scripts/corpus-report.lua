--- Prints the scanner's agreement with the bounce corpus and every miss.
--   lua5.4 scripts/corpus-report.lua [MEASURE]   (from the repository root, after make build)
-- MEASURE (status, replycode, reason, hardbounce, count, not_bounce) shows only those misses.
package.path = "lua/?.lua;spec/?.lua;" .. package.path
package.cpath = (os.getenv("SMTPCODES_BUILD") or "build") .. "/5.4/?.so;" .. package.cpath

local smtp = require("smtpcodes")
local score = require("corpus_score")

local only = arg[1]
local corpus = score.load()
if not corpus then
  io.stderr:write("corpus-report: ", score.dir, " is missing\n")
  os.exit(1)
end
local t0 = os.clock()
local report = score.score(corpus, function(text) return smtp.scan(text) end)
local secs = os.clock() - t0

for _, m in ipairs(report.misses) do
  if not only or only == m.measure then
    local r = m.result or {}
    local reply = r.reply or {}
    print(("%-32s %d %-10s %s | %s %s %s %s | %s"):format(m.file, m.index, m.measure, m.why, tostring(r.source),
      tostring(r.status), tostring(reply.code), tostring(r.reason),
      tostring(reply.text or r.diagnostic or ""):sub(1, 110)))
  end
end
print()
for _, name in ipairs({ "status", "replycode", "reason", "hardbounce", "count", "not_bounce" }) do
  local f = report.figures[name]
  print(("%-10s %5.1f%%  (%d of %d)"):format(name, score.percent(f), f.ok, f.total))
end
print(("%d files in %.3f s (Lua and C)"):format(#corpus.files, secs))
