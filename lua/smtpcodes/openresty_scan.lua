--- POST /smtp/scan for OpenResty: the body (a bounce mail, an mbox or an MTA
-- log, at most MAX_BODY bytes) is scanned and answered as JSON:
--   {"count": N, "results": [ record, ... ]}
-- each record with the fixed keys of `smtpcodes scan --format jsonl`
-- (written by the core, so no JSON library is needed).  Nothing found is
-- count 0; an empty body 400, a body over the limit 413, another method 405.

local core = require "smtpcodes.core"

local M = {}

M.MAX_BODY = 1024 * 1024

local JSON = "application/json; charset=utf-8"

local function failure(status, message, errname, headers)
  return { status = status, content_type = JSON, headers = headers or {},
           body = ('{"error":"%s","message":"%s"}\n'):format(errname, message) }
end

--- Answers one request to PREFIX .. "scan": {status, content_type, headers, body}.
function M.route(method, body, prefix)
  if method ~= "POST" then
    return failure(405, "POST a mail or a log to " .. (prefix or "/smtp/") .. "scan", "method_not_allowed",
      { Allow = "POST" })
  end
  if body == nil or body == "" then return failure(400, "the request body must hold a mail or a log", "empty") end
  if #body > M.MAX_BODY then
    return failure(413, ("the body is over %d bytes"):format(M.MAX_BODY), "too_large")
  end
  local sc = core.scanner("auto", nil, "jsonl")
  local lines = sc:feed(body) .. sc:finish()
  local records, n = {}, 0
  for line in lines:gmatch("[^\n]+") do
    n = n + 1
    records[n] = line
  end
  return { status = 200, content_type = JSON, headers = {},
           body = ('{"count":%d,"results":[%s]}\n'):format(n, table.concat(records, ",")) }
end

return M
