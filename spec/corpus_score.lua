--- Scores smtp.scan on the real bounce corpus (../shared/corpus/bounces) against
-- its expect.tsv, the way the corpus README and issue 9's targets say:
--   status      exact, or only the class digit where expected is the peer's X.0.9NN;
--   replycode   the remote server's basic code, equal (both empty counts);
--   reason      ours is the mapped primary or in also_accept; verdict-only rows
--               must just be failures (verdict permanent or transient);
--   hardbounce  ours = verdict permanent and action suppress_address or fix_address;
--   count       the number of results per file is exact;
--   not_bounce  rows the peer calls delivered, feedback or vacation are never kind "bounce".
-- Used by spec/scan_corpus_spec.lua and scripts/corpus-report.lua.

local M = {}

M.dir = "../shared/corpus/bounces"

local function read(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("*a")
  f:close()
  return s
end

local function split_tabs(line)
  local out, pos = {}, 1
  while true do
    local tab = line:find("\t", pos, true)
    out[#out + 1] = line:sub(pos, (tab or 0) - 1)
    if not tab then break end
    pos = tab + 1
  end
  return out
end

local function rows(text)
  local out, header = {}, nil
  for line in text:gmatch("[^\n]+") do
    local cols = split_tabs((line:gsub("\r$", "")))
    if not header then
      header = cols
    else
      local row = {}
      for i, name in ipairs(header) do row[name] = cols[i] or "" end
      out[#out + 1] = row
    end
  end
  return out
end

--- The corpus: files (sorted), expected rows by file, the reason map; nil when absent.
function M.load(dir)
  dir = dir or M.dir
  local expect, map = read(dir .. "/expect.tsv"), read(dir .. "/reasons-map.tsv")
  if not expect or not map then return nil end
  local by_file, files = {}, {}
  for _, r in ipairs(rows(expect)) do
    if not by_file[r.file] then
      by_file[r.file] = {}
      files[#files + 1] = r.file
    end
    table.insert(by_file[r.file], r)
  end
  table.sort(files)
  local reasons = {}
  for _, r in ipairs(rows(map)) do
    local also = {}
    for name in (r.also_accept or ""):gmatch("[^,]+") do also[name] = true end
    reasons[r.sisimai_reason] = { primary = r.primary, also = also, scoring = r.scoring }
  end
  return { dir = dir, files = files, expect = by_file, reasons = reasons }
end

local function class_only(status) return status:match("^%d%.0%.9%d%d$") ~= nil end

local function hard(r)
  return r.verdict == "permanent" and (r.action == "suppress_address" or r.action == "fix_address")
end

-- Why a result misses its row on one measure (nil: it agrees).
local checks = {}

function checks.status(row, r)
  local want, got = row.status, r.status or ""
  if class_only(want) then
    if got:sub(1, 1) ~= want:sub(1, 1) then return ("class %s, got %q"):format(want:sub(1, 1), got) end
  elseif got ~= want then
    return ("want %q, got %q"):format(want, got)
  end
end

function checks.replycode(row, r)
  local got = r.reply and r.reply.code and tostring(r.reply.code) or ""
  if got ~= row.replycode then return ("want %q, got %q"):format(row.replycode, got) end
end

function checks.reason(row, r, map)
  if map.scoring == "verdict-only" then
    if r.verdict ~= "permanent" and r.verdict ~= "transient" then
      return ("want a failure (%s), got verdict %s"):format(row.reason, tostring(r.verdict))
    end
  elseif r.reason ~= map.primary and not map.also[r.reason] then
    return ("want %s (%s), got %s"):format(map.primary, row.reason, tostring(r.reason))
  end
end

function checks.hardbounce(row, r)
  local want = row.hardbounce == "1"
  if hard(r) ~= want then
    return ("want %s, got verdict %s action %s"):format(want and "hard" or "not hard", tostring(r.verdict),
      tostring(r.action))
  end
end

M.measures = { "status", "replycode", "reason", "hardbounce" }

--- Scans every file with scan(text) -> results|nil and scores it.
-- Returns { figures = {name = {ok, total}}, misses = {{file, index, measure, why, result}} }.
function M.score(corpus, scan)
  local figures, misses = {}, {}
  for _, name in ipairs(M.measures) do figures[name] = { ok = 0, total = 0 } end
  figures.count = { ok = 0, total = 0 }
  figures.not_bounce = { ok = 0, total = 0 }
  local function tally(name, file, index, why, r)
    local f = figures[name]
    f.total = f.total + 1
    if why then
      misses[#misses + 1] = { file = file, index = index, measure = name, why = why, result = r }
    else
      f.ok = f.ok + 1
    end
  end
  for _, file in ipairs(corpus.files) do
    local text = read(corpus.dir .. "/" .. file) or ""
    local results = scan(text) or {}
    local want = corpus.expect[file]
    tally("count", file, 0, #results ~= #want and ("want %d results, got %d"):format(#want, #results) or nil)
    for i, row in ipairs(want) do
      local r = results[i]
      local map = corpus.reasons[row.reason]
      if map and map.scoring == "exclude" then
        tally("not_bounce", file, i, (r == nil or r.kind == "bounce") and
          ("want not a bounce (%s), got %s"):format(row.reason, r and r.kind or "nothing") or nil, r)
      else
        for _, name in ipairs(M.measures) do
          local why = r == nil and "no result" or checks[name](row, r, map or { scoring = "exact", also = {} })
          tally(name, file, i, why, r)
        end
      end
    end
  end
  return { figures = figures, misses = misses }
end

--- The figure as a percentage (one decimal).
function M.percent(f)
  if f.total == 0 then return 100 end
  return math.floor(f.ok * 1000 / f.total + 0.5) / 10
end

return M
