--- `smtpcodes scan [options] [PATH ...]`: per-recipient results from bounce
-- mails, Maildirs, mbox files and MTA logs.  This file opens inputs, walks
-- Maildirs and writes records; the C scanner reads (smtpcodes.core.scanner):
-- jsonl and json records are written by the core (fixed key order), summary
-- counts are kept by the core, so no result table is built for them.
-- main(args, io_) returns 0 when a result was found, 1 when none was, 2 for
-- a usage error; io_ as in smtpcodes.cli, plus optional stdin (a file),
-- flush, and open (io.open) for the specs.

local core = require "smtpcodes.core"
local cli_text -- loaded by texts_for: jsonl and json runs word nothing unless --lang or a usage error asks

local M = {}

local formats = { text = true, jsonl = true, json = true, summary = true }
local modes = { auto = true, mail = true, mbox = true, log = true }
local CHUNK = 65536
local BATCH = 65536 -- output bytes gathered before one write
local PROGRESS_MIN = 64 * 1024 * 1024 -- inputs this large get a progress bar on a terminal

local takes = { ["-f"] = "format", ["--format"] = "format", ["-l"] = "lang", ["--lang"] = "lang",
  ["--mode"] = "mode", ["--top"] = "top", ["-w"] = "width", ["--width"] = "width" }
local flags = {
  ["--follow"] = function(o) o.follow = true end,
  ["-h"] = function(o) o.help = true end, ["--help"] = function(o) o.help = true end,
}

local function parse_args(args, first)
  return require("smtpcodes.cli_args").parse(args, first, { takes = takes, flags = flags, list = "paths" })
end

local function quote(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

-- The regular files directly inside dir, sorted (names with a line end are skipped).
local function list_files(dir)
  local p = io.popen("find " .. quote(dir) .. " -mindepth 1 -maxdepth 1 -type f 2>/dev/null")
  local files = {}
  if not p then return files end
  for line in p:lines() do files[#files + 1] = line end
  p:close()
  table.sort(files)
  return files
end

-- Is the open handle fh a folder's?  A folder opens but cannot be read (EISDIR, 21 on Linux); read(0)
-- takes no byte from a file, so the handle goes on to be read.
local function is_dir_handle(fh)
  local data, _, code = fh:read(0)
  return data == nil and code == 21
end

-- A folder opens but cannot be read: no process per path.
local function is_dir(path)
  local f = io.open(path, "rb")
  if not f then return false end
  local dir = is_dir_handle(f)
  f:close()
  return dir
end

-- The inputs the folder path holds, appended to out: a Maildir gives each message of cur/ and new/
-- (mode "mail"); another folder each file in it.
local function expand_dir(path, mode, out)
  local sub = {}
  for _, d in ipairs({ "cur", "new" }) do
    if is_dir(path .. "/" .. d) then sub[#sub + 1] = path .. "/" .. d end
  end
  local each = (#sub > 0 and mode == "auto") and "mail" or mode
  if #sub == 0 then sub[1] = path end
  for _, d in ipairs(sub) do
    for _, f in ipairs(list_files(d)) do out[#out + 1] = { path = f, mode = each } end
  end
end

-- Calls each(input, fh, problem) for every input the path names, in order (input: { path, mode }): a
-- file's handle is the one opened here (nil and the problem when it would not open), a folder's gives
-- way to its files, each opened as its turn comes; "-" is stdin, for each to open.
local function each_input(path, mode, open, each)
  if path == "-" then return each({ path = path, mode = mode }) end
  local fh, problem = open(path, "rb")
  if fh and is_dir_handle(fh) then
    fh:close()
    local inputs = {}
    expand_dir(path, mode, inputs)
    for _, input in ipairs(inputs) do each(input, open(input.path, "rb")) end
  else
    each({ path = path, mode = mode }, fh, problem)
  end
end

--- The inputs paths name, in order: { path = ..., mode = ... } each (Maildirs and folders expanded).
function M.inputs(paths, mode)
  local out = {}
  for _, p in ipairs(paths) do
    each_input(p, mode, io.open, function(input, fh)
      if fh then fh:close() end
      out[#out + 1] = input
    end)
  end
  return out
end

-- A progress bar on stderr: "\r[#####.....]  45%  123 MB".
local function progress(err, done, total)
  local width = 30
  local filled = math.floor(width * done / total)
  err(("\r[%s%s] %3d%% %6d MB"):format(("#"):rep(filled), ("."):rep(width - filled),
    math.floor(100 * done / total), math.floor(done / 1048576)))
end

-- ---- text and summary ----------------------------------------------------

-- A table cell of n terminal columns: s (or "-") without break marks, cut at
-- a character with "~" when wider, padded by display width (CJK, Thai, Hindi
-- and Arabic labels take fewer or more columns than bytes).
local function cell(s, n)
  local text = require "smtpcodes.render.text"
  s = text.unmark(s or "-")
  local w = text.width(s)
  if w > n then
    local out, used = {}, 0
    for ch in s:gmatch("[%z\1-\127\194-\244][\128-\191]*") do
      local cw = text.width(ch)
      if used + cw > n - 1 then break end
      out[#out + 1], used = ch, used + cw
    end
    s, w = table.concat(out) .. "~", used + 1
  end
  return s .. (" "):rep(n - w)
end

local function code_of(r)
  local reply = r.reply
  if reply and reply.code then return tostring(reply.code) .. (reply.enhanced and " " .. reply.enhanced or "") end
  return r.status or "-"
end

-- The table: English shows the stable names of verdict, reason and action
-- (those of JSON), another language its own words for them, in wider cells.
local function text_writer(out, t)
  local l = function(key) return t:lookup("scan_labels", key) end
  local own = t.tag ~= "en"
  local dw, vw, rw = own and 14 or 10, own and 14 or 10, own and 34 or 20
  local header_done, last_file = false, nil
  return function(r, file)
    if not header_done then
      out(("%s %s %s %s %s %s %s\n"):format(cell(l("line"), 6), cell(l("recipient"), 36), cell(l("delivery"), dw),
        cell(l("code"), 10), cell(l("verdict"), vw), cell(l("reason"), rw),
        cli_text.plain(l("action"))))
      header_done = true
    end
    if file and file ~= "-" and file ~= last_file then out("== " .. file .. "\n") end -- once per file, not per mail
    last_file = file
    local verdict, reason, action = r.verdict, r.reason, r.action
    if own then
      verdict, reason, action = l("verdict_" .. verdict), t:lookup("reason_names", reason), l("action_" .. action)
    end
    out(("%-6d %s %s %s %s %s %s\n"):format(r.line, cell(r.recipient, 36),
      cell(l("delivery_" .. r.delivery), dw), cell(code_of(r), 10), cell(verdict, vw), cell(reason, rw),
      cli_text.plain(action)))
  end
end

-- Sorted {key, count} pairs of a count table, most frequent first (ties by key).
local function ranked(counts)
  local list = {}
  for k, n in pairs(counts) do list[#list + 1] = { k, n } end
  table.sort(list, function(a, b)
    if a[2] ~= b[2] then return a[2] > b[2] end
    return a[1] < b[1]
  end)
  return list
end

local function merge(into, from)
  for k, v in pairs(from) do
    if type(v) == "table" then
      into[k] = into[k] or {}
      merge(into[k], v)
    else
      into[k] = (into[k] or 0) + v
    end
  end
end

local function write_summary(out, t, s, top)
  local l = function(key) return cli_text.plain(t:lookup("scan_labels", key)) end
  out(("%s%s%d\n"):format(l("results"), t:colon(), s.total or 0))
  local function section(title, counts, limit, name_of, other)
    out("\n" .. title .. "\n")
    local list = ranked(counts or {})
    for i, e in ipairs(list) do
      if limit and i > limit then break end
      local name = name_of and name_of(e[1])
      out(("  %8d  %s%s\n"):format(e[2], e[1], name and name ~= e[1] and "  (" .. name .. ")" or ""))
    end
    if other and other > 0 then out(("  %8d  %s\n"):format(other, l("other"))) end
  end
  section(l("deliveries"), s.delivery, nil, function(k) return l("delivery_" .. k) end)
  section(l("verdicts"), s.verdict, nil, function(k) return l("verdict_" .. k) end)
  section(l("reasons"), s.reason, nil, function(k) return cli_text.plain(t:lookup("reason_names", k)) end)
  section(l("actions"), s.action, nil, function(k) return l("action_" .. k) end)
  section(l("domains"), s.domain, top, nil, s.other and s.other.domain)
  section(l("providers"), s.provider, nil, nil, s.other and s.other.provider)
  section(l("diagnostics"), s.diagnostic, top, nil, s.other and s.other.diagnostic)
end

-- The usage problem of the options, or nil (defaults filled in).
local function check_options(o)
  o.format = o.format or "text"
  o.mode = o.mode or "auto"
  o.top = o.top or "10"
  if not formats[o.format] then return { "scan_unknown_format", format = o.format } end
  if not modes[o.mode] then return { "unknown_mode", mode = o.mode } end
  local top = tonumber(o.top)
  if not top or top < 1 or top % 1 ~= 0 then return { "top_number" } end
  local problem
  o.width, problem = require("smtpcodes.cli_args").width(o.width)
  return problem
end

-- The CLI texts for --lang lang (nil: the environment's language), and the
-- usage problem of lang when it is not supported.
local function texts_for(lang, getenv)
  cli_text = cli_text or require "smtpcodes.cli_text"
  local tag, problem = cli_text.language(lang, getenv)
  return cli_text.new(tag), problem
end

-- ---- main ------------------------------------------------------------------

function M.main(args, io_, first)
  local out, err, getenv = io_.out, io_.err, io_.getenv
  local flush = io_.flush or function() end
  local open = io_.open or io.open
  local o, problem, partial = parse_args(args, first or 2)
  local lang = (o or partial).lang
  local texts, lang_problem
  if lang then texts, lang_problem = texts_for(lang, getenv) end
  problem = problem or lang_problem
  if o and not problem then problem = check_options(o) end
  if not texts and (problem or o.help or (o.format ~= "jsonl" and o.format ~= "json")) then
    texts = texts_for(nil, getenv)
  end
  if problem then
    err(texts:usage_error("smtpcodes scan", problem))
    return 2
  end
  if o.help then
    out(require("smtpcodes.cli_help").render(texts, "scan", o.width or io_.columns and io_.columns() or 80))
    return 0
  end
  local top = tonumber(o.top)
  local t = texts and texts.t
  if #o.paths == 0 then o.paths[1] = "-" end

  -- Output is gathered and written in pieces of BATCH bytes or more, not with a write per file; --follow
  -- writes each record as it comes.
  local pending, pending_len = {}, 0
  local function drain()
    if pending_len == 0 then return end
    out(table.concat(pending))
    pending, pending_len = {}, 0
  end
  local function write(s)
    pending[#pending + 1] = s
    pending_len = pending_len + #s
    if pending_len >= BATCH then drain() end
  end

  local found, summary, first_json = 0, {}, true
  local write_text = o.format == "text" and text_writer(write, t)
  local terminal = o.format ~= "jsonl" and not o.follow and io_.terminal and io_.terminal()
  local output = (o.format == "jsonl" or o.format == "json") and "jsonl"
    or o.format == "summary" and "summary" or "table"
  if o.format == "json" then write("[") end

  -- Writes what one feed or finish call gave.
  local function emit(got, input)
    if output == "jsonl" then
      if got == "" then return end
      found = found + 1 -- at least one record; the exit status needs no more
      if o.format == "json" then
        got = got:sub(1, -2):gsub("\n", ",\n")
        write((first_json and "\n" or ",\n") .. got)
        first_json = false
      else
        write(got)
      end
    elseif output == "table" then
      for _, r in ipairs(got) do
        found = found + 1
        write_text(r, input.path)
      end
    else
      found = found + got
    end
    if o.follow then
      drain()
      flush()
    end
  end

  -- Scans one input; fh is its open handle (nil: problem_ says why it did not open).
  local function scan(input, fh, problem_)
    if not fh then
      drain() -- what came before the problem is out before it is told
      err("smtpcodes scan: " .. tostring(problem_) .. "\n")
      return
    end
    local sc = core.scanner(input.mode, nil, output, input.path ~= "-" and input.path or nil)
    local size = terminal and fh.seek and fh:seek("end")
    if size then fh:seek("set") end
    local bar = size and size >= PROGRESS_MIN
    local done = 0
    if fh.data then -- the specs' standard input: one string
      emit(sc:feed(fh.data), input)
    elseif o.follow then
      for line in fh:lines() do emit(sc:feed(line .. "\n"), input) end
    else
      while true do
        local chunk = fh:read(CHUNK)
        if not chunk then break end
        emit(sc:feed(chunk), input)
        done = done + #chunk
        if bar and done % (CHUNK * 64) < CHUNK then progress(err, done, size) end
      end
    end
    emit(sc:finish(), input)
    if bar then err("\n") end
    if output == "summary" then merge(summary, sc:summary()) end
    if fh ~= io.stdin and fh ~= io_.stdin and fh.close then fh:close() end
  end

  -- each path opens once: a file's handle is the one read, a folder's gives way to its files
  local function scan_input(input, fh, problem_)
    if input.path == "-" then
      fh = io_.stdin
      if not fh and io_.read then fh = { data = io_.read() } end
      fh = fh or io.stdin
    end
    scan(input, fh, problem_)
  end
  for _, path in ipairs(o.paths) do each_input(path, o.mode, open, scan_input) end

  if o.format == "json" then write(first_json and "]\n" or "\n]\n") end
  if o.format == "summary" then write_summary(write, t, summary, top) end
  drain()
  return found > 0 and 0 or 1
end

return M
