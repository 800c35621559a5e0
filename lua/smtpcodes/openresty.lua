--- HTTP routes for OpenResty / nginx's lua module (see docs/examples/nginx.conf),
-- under a prefix the caller chooses (default "/smtp/"); `resty.smtpcodes` is the
-- same module under the name OpenResty users look for:
--   GET  PREFIX550             one code          ?format=json|html|markdown|text  ?lang=ko
--   GET  PREFIX220/551         a comparison
--   POST PREFIXexplain         a reply in the body, explained
-- The language is ?lang, else the best of Accept-Language, else English; the
-- answer says it in Content-Language (and Vary: Accept-Language).  Code pages
-- carry Cache-Control and an ETag (If-None-Match answers 304); a 405 says
-- what is allowed.  Bad input answers 400 with a JSON error, an unknown code
-- 404, a body over MAX_BODY bytes 413; nothing raises.  JSON is written by
-- smtpcodes.json (docs/json.md), which needs no JSON library.
-- route() is pure (request in, response out) so the specs can call it
-- without nginx; handle() binds it to ngx.

local smtp = require "smtpcodes"
local schema = require "smtpcodes.schema"
local locale = require "smtpcodes.locale"

local M = {}

--- The largest request body read, in bytes (a reply's own limit, 64 KB).
M.MAX_BODY = 65536

--- How long clients and caches may keep a code page: the tables change only
-- with a new release.
M.CACHE_CONTROL = "public, max-age=86400"

local content_types = {
  json = "application/json; charset=utf-8",
  html = "text/html; charset=utf-8",
  markdown = "text/markdown; charset=utf-8",
  text = "text/plain; charset=utf-8",
}

local function failure(status, message, errname, headers)
  return { status = status, content_type = content_types.json, headers = headers or {},
           body = schema.encode(schema.error(errname, message)) .. "\n" }
end

-- The status for a lookup failure: unknown codes are 404, the rest 400.
local function lookup_failure(message, errname)
  return failure(errname == "unknown" and 404 or 400, message, errname)
end

--- The supported language an Accept-Language header prefers, or nil:
-- "ko-KR,ko;q=0.9,en;q=0.8" gives "ko".  Entries with q=0 are refused.
function M.accept_language(header)
  if type(header) ~= "string" then return nil end
  local choices = {}
  for item in header:sub(1, 1024):gmatch("[^,]+") do
    local tag, params = item:match("^%s*([%w%-_]+)%s*(.*)$")
    if tag then
      local q = tonumber(params:match(";%s*q%s*=%s*([%d.]+)") or "1") or 0
      local supported = tag ~= "*" and locale.negotiate(tag)
      if supported and q > 0 then choices[#choices + 1] = { tag = supported, q = q, at = #choices } end
    end
  end
  table.sort(choices, function(a, b)
    if a.q ~= b.q then return a.q > b.q end
    return a.at < b.at
  end)
  return choices[1] and choices[1].tag
end

local function render(x, args, headers)
  local fmt = args.format or "json"
  if type(fmt) ~= "string" or not content_types[fmt] then
    return failure(400, "format must be json, html, markdown or text", "bad_format")
  end
  local lang = args.lang
  if lang == true or lang == "" then return failure(400, "lang needs a value, such as lang=ko", "bad_language") end
  if lang ~= nil and type(lang) ~= "string" then
    return failure(400, "give lang once", "bad_language")
  end
  local vary
  if lang == nil then
    lang, vary = M.accept_language(headers["accept-language"]) or "en", "Accept-Language"
  end
  local tag, message, errname = locale.negotiate(lang)
  if not tag then return failure(400, message, errname) end
  -- JSON too goes through format: its names and descriptions in the language asked for
  local body
  body, message, errname = smtp.format(x, { format = fmt, lang = tag })
  if not body then return failure(400, message, errname) end
  return { status = 200, content_type = content_types[fmt], body = body,
           headers = { ["Content-Language"] = tag, Vary = vary } }
end

local function explain(body, args, headers)
  if body == nil or body == "" then return failure(400, "the request body must hold a reply", "empty") end
  if #body > M.MAX_BODY then
    return failure(413, ("the request body is over %d bytes"):format(M.MAX_BODY), "too_large")
  end
  local x, message, errname = smtp.classify(body)
  if not x then return failure(400, message, errname) end
  return render(x, args, headers)
end

--- Answers one request: method, path, query arguments, body and request
-- headers (lower-case names) in; {status, content_type, body, headers} out.
-- opts.prefix is where the routes are mounted (default "/smtp/").
function M.route(method, path, args, body, headers, opts)
  args, headers = args or {}, headers or {}
  local prefix = opts and opts.prefix or "/smtp/"
  if path:sub(1, #prefix) ~= prefix then
    return failure(404, "no such route: use " .. prefix .. "CODE or " .. prefix .. "CODE/CODE", "no_route")
  end
  local rest = path:sub(#prefix + 1)
  local a, b = rest:match("^([^/]+)/([^/]+)/?$")
  local one = not a and rest:match("^([^/]+)/?$")
  if one == "scan" then return require("smtpcodes.openresty_scan").route(method, body, prefix) end
  if one == "explain" then
    if method ~= "POST" then
      return failure(405, "POST a reply to " .. prefix .. "explain", "method_not_allowed", { Allow = "POST" })
    end
    return explain(body, args, headers)
  end
  if method ~= "GET" and method ~= "HEAD" then
    return failure(405, "use GET", "method_not_allowed", { Allow = "GET, HEAD" })
  end
  local x, message, errname
  if a then
    x, message, errname = smtp.compare(a, b)
  elseif one then
    x, message, errname = smtp.get(one)
  else
    return failure(404, "no such route: use " .. prefix .. "CODE or " .. prefix .. "CODE/CODE", "no_route")
  end
  if not x then return lookup_failure(message, errname) end
  local res = render(x, args, headers)
  if res.status == 200 then res.headers["Cache-Control"] = M.CACHE_CONTROL end
  return res
end

-- The request body: in memory, or in the file nginx spooled it to; false
-- when it is over max bytes.
local function read_body(max)
  local length = tonumber(ngx.var.http_content_length)
  if length and length > max then return false end
  ngx.req.read_body()
  local body = ngx.req.get_body_data()
  if body == nil then
    local path = ngx.req.get_body_file()
    if path then
      local f = io.open(path, "rb")
      if f then
        body = f:read(max + 1)
        f:close()
      end
    end
  end
  if body and #body > max then return false end
  return body
end

--- The content handler:
--   content_by_lua_block { require("resty.smtpcodes").handle({ prefix = "/smtp/" }) }
function M.handle(opts)
  local method = ngx.req.get_method()
  local ok, res = pcall(function()
    local body
    if method == "POST" then
      -- a bounce mail or a log may be larger than a reply
      local max = ngx.var.uri:find("/scan/?$") and require("smtpcodes.openresty_scan").MAX_BODY or M.MAX_BODY
      body = read_body(max)
      if body == false then
        return failure(413, ("the request body is over %d bytes"):format(max), "too_large")
      end
    end
    return M.route(method, ngx.var.uri, ngx.req.get_uri_args(), body, ngx.req.get_headers(), opts)
  end)
  if not ok then
    ngx.log(ngx.ERR, "smtpcodes: ", res)
    res = failure(400, "the request could not be handled", "bad_request")
  end
  for name, value in pairs(res.headers) do ngx.header[name] = value end
  if res.headers["Cache-Control"] then
    local etag = '"' .. ngx.md5(res.body) .. '"'
    ngx.header["ETag"] = etag
    if ngx.var.http_if_none_match == etag then
      ngx.status = 304
      return
    end
  end
  ngx.status = res.status
  ngx.header["Content-Type"] = res.content_type
  ngx.print(res.body)
end

return M
