--- Scanning: per-recipient results from bounce mails, mbox streams and MTA
-- logs.  The C scanner (smtpcodes.core.scanner) does the reading; this file
-- checks options and shapes the answers.

local M = {}

local modes = { auto = true, mail = true, mbox = true, log = true }
local option_keys = { mode = true, limits = true, classifier = true }
local limit_keys = { max_message = true, max_line = true, max_depth = true, max_recipients = true,
  max_queue = true }

-- Raises for a wrong option: a programming mistake, blamed on the caller of fname.
local function check_options(fname, opts)
  if opts == nil then return {} end
  if type(opts) ~= "table" then
    error(("bad argument #2 to '%s' (table of options expected, got %s)"):format(fname, type(opts)), 4)
  end
  for k in pairs(opts) do
    if not option_keys[k] then error(("%s: unknown option '%s'"):format(fname, tostring(k)), 4) end
  end
  if opts.mode ~= nil and not modes[opts.mode] then
    error(("%s: option mode must be \"auto\", \"mail\", \"mbox\" or \"log\""):format(fname), 4)
  end
  if opts.limits ~= nil then
    if type(opts.limits) ~= "table" then error(("%s: option limits must be a table"):format(fname), 4) end
    for k in pairs(opts.limits) do
      if not limit_keys[k] then error(("%s: unknown limit '%s'"):format(fname, tostring(k)), 4) end
    end
  end
  if opts.classifier ~= nil and (type(opts.classifier) ~= "table" or type(opts.classifier.classify) ~= "function") then
    error(("%s: option classifier must be a classifier made by smtpcodes.classifier"):format(fname), 4)
  end
  return opts
end

-- Applies a caller's classifier to each result that carries a reply or a status.
local function reclassify(results, classifier)
  if not classifier then return results end
  for _, r in ipairs(results) do
    local reply = r.reply
    local c = classifier:classify({ code = reply and reply.code, enhanced = (reply and reply.enhanced) or r.status,
      text = (reply and reply.text) or r.diagnostic or "" })
    r.verdict, r.reason, r.action, r.retry, r.provider, r.matched_rule, r.reason_source =
      c.verdict, c.reason, c.action, c.retry, c.provider, c.matched_rule, c.source
  end
  return results
end

local Scanner = {}
Scanner.__index = Scanner

--- Feeds a chunk (any size); returns the results it completed (an array, maybe empty).
function Scanner:feed(chunk)
  if type(chunk) ~= "string" then
    error(("bad argument #1 to 'feed' (string expected, got %s)"):format(type(chunk)), 2)
  end
  return reclassify(self.core:feed(chunk), self.classifier)
end

--- Ends the stream; returns the results still pending.
function Scanner:finish()
  return reclassify(self.core:finish(), self.classifier)
end

--- The number of results so far, and the mode in use.
function Scanner:count() return self.core:count() end
function Scanner:mode() return self.core:mode() end

--- A streaming scanner; opts: mode, limits, classifier.
function M.scanner(core, opts)
  opts = check_options("smtpcodes.scanner", opts)
  return setmetatable({ core = core.scanner(opts.mode or "auto", opts.limits), classifier = opts.classifier },
    Scanner)
end

--- Every result of a whole message, mbox or log text, or nil, message, "not_a_bounce".
function M.scan(core, text, opts)
  if type(text) ~= "string" then
    error(("bad argument #1 to 'smtpcodes.scan' (string expected, got %s)"):format(type(text)), 3)
  end
  opts = check_options("smtpcodes.scan", opts)
  local sc = core.scanner(opts.mode or "auto", opts.limits)
  local results = sc:feed(text)
  for _, r in ipairs(sc:finish()) do results[#results + 1] = r end
  if #results == 0 then return nil, "no bounce, report or log record found in the input", "not_a_bounce" end
  return reclassify(results, opts.classifier)
end

return M
