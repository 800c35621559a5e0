--- HTTP routes for OpenResty / nginx's lua module (see docs/examples/nginx.conf):
--   GET  /smtp/550             one code          ?format=json|html|markdown|text  ?lang=ko
--   GET  /smtp/220/551         a comparison
--   POST /smtp/explain         a reply in the body, explained (when reply parsing is built)
-- Bad input answers 400 with a JSON error, an unknown code 404; nothing raises.
-- route() is pure (request in, response out) so the specs can call it
-- without nginx; handle() binds it to ngx.

local smtp = require "smtpcodes"

local M = {}

local content_types = {
  json = "application/json; charset=utf-8",
  html = "text/html; charset=utf-8",
  markdown = "text/markdown; charset=utf-8",
  text = "text/plain; charset=utf-8",
}

local function json(value)
  return require("dkjson").encode(smtp.plain(value))
end

local function failure(status, message, errname)
  return { status = status, content_type = content_types.json,
           body = json({ error = errname, message = message }) .. "\n" }
end

-- The status for a lookup failure: unknown codes are 404, the rest 400.
local function lookup_failure(message, errname)
  return failure(errname == "unknown" and 404 or 400, message, errname)
end

local function render(x, args)
  local fmt = args.format or "json"
  if type(fmt) ~= "string" or not content_types[fmt] then
    return failure(400, "format must be json, html, markdown or text", "bad_format")
  end
  local lang = args.lang
  if lang ~= nil and type(lang) ~= "string" then
    return failure(400, "give lang once", "bad_language")
  end
  if fmt == "json" then
    if lang then
      local tag, message, errname = require("smtpcodes.locale").negotiate(lang)
      if not tag then return failure(400, message, errname) end
    end
    return { status = 200, content_type = content_types.json, body = json(x) .. "\n" }
  end
  local body, message, errname = smtp.format(x, { format = fmt, lang = lang })
  if not body then return failure(400, message, errname) end
  return { status = 200, content_type = content_types[fmt], body = body }
end

local function explain(body, args)
  if type(smtp.explain) ~= "function" then
    return failure(501, "reply explanation is not available in this version", "not_implemented")
  end
  if body == nil or body == "" then return failure(400, "the request body must hold a reply", "empty") end
  local x, message, errname = smtp.explain(body)
  if not x then return failure(400, message, errname) end
  return render(x, args)
end

--- Answers one request: method, path, query arguments and body in;
-- a table {status, content_type, body} out.
function M.route(method, path, args, body)
  args = args or {}
  local a, b = path:match("^/smtp/([^/]+)/([^/]+)/?$")
  local one = not a and path:match("^/smtp/([^/]+)/?$")
  if one == "scan" then return require("smtpcodes.openresty_scan").route(method, body) end
  if one == "explain" then
    if method ~= "POST" then return failure(405, "POST a reply to /smtp/explain", "method_not_allowed") end
    return explain(body, args)
  end
  if method ~= "GET" and method ~= "HEAD" then
    return failure(405, "use GET", "method_not_allowed")
  end
  local x, message, errname
  if a then
    x, message, errname = smtp.compare(a, b)
  elseif one then
    x, message, errname = smtp.get(one)
  else
    return failure(404, "no such route: use /smtp/CODE or /smtp/CODE/CODE", "no_route")
  end
  if not x then return lookup_failure(message, errname) end
  return render(x, args)
end

--- The content handler: content_by_lua_block { require("smtpcodes.openresty").handle() }
function M.handle()
  local method = ngx.req.get_method()
  local body
  if method == "POST" then
    ngx.req.read_body()
    body = ngx.req.get_body_data()
  end
  local ok, res = pcall(M.route, method, ngx.var.uri, ngx.req.get_uri_args(), body)
  if not ok then
    ngx.log(ngx.ERR, "smtpcodes: ", res)
    res = failure(400, "the request could not be handled", "bad_request")
  end
  ngx.status = res.status
  ngx.header["Content-Type"] = res.content_type
  ngx.print(res.body)
end

return M
