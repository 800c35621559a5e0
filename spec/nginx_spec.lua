-- Integration: Debian's nginx with libnginx-mod-http-lua (LuaJIT) serving
-- docs/examples/nginx.conf on loopback, requested with a real HTTP client.
-- The package path holds the checkout's lua/ and OpenResty's own resty/ and
-- ngx/ libraries only: no dkjson, no cjson, as in official OpenResty.
local helpers = require "helpers"
local json = require "smtpcodes.json"

local readfile = helpers.read_if

local function sleep(seconds) os.execute("sleep " .. seconds) end

describe("OpenResty example #integration", function()
  local prefix, port, base, http, ltn12
  local started = false

  setup(function()
    if not helpers.executable("nginx") or not readfile("/usr/lib/nginx/modules/ngx_http_lua_module.so") then
      return
    end
    http, ltn12 = require("socket.http"), require("ltn12")
    prefix = os.tmpname()
    os.remove(prefix)
    os.execute("mkdir -p " .. prefix .. "/logs")
    port = 20000 + math.random(0, 20000)
    local root = io.popen("pwd"):read("*l")
    os.execute("mkdir -p " .. prefix .. "/lib && ln -s /usr/share/lua/5.1/resty /usr/share/lua/5.1/ngx "
      .. prefix .. "/lib/")
    local conf = readfile("docs/examples/nginx.conf"):gsub("@ROOT@", root):gsub("@PORT@", tostring(port))
    local path_line = 'lua_package_path "' .. root .. '/lua/?.lua;;";'
    assert(conf:find(path_line, 1, true), "the example's lua_package_path line changed")
    conf = conf:gsub(path_line:gsub("%p", "%%%0"), 'lua_package_path "' .. root .. "/lua/?.lua;" .. prefix
      .. '/lib/?.lua";')
    -- a location of the spec's own: the binding the workers run
    conf = conf:gsub("\n    location @too_large", "\n    location = /_backend { content_by_lua_block { "
      .. "ngx.say(require('smtpcodes').backend) } }%0", 1)
    local f = assert(io.open(prefix .. "/nginx.conf", "wb"))
    f:write(conf)
    f:close()
    os.execute("nginx -p " .. prefix .. " -c " .. prefix .. "/nginx.conf >" .. prefix .. "/logs/stdout 2>&1 &")
    base = "http://127.0.0.1:" .. port
    for _ = 1, 50 do
      local body = http.request(base .. "/smtp/250")
      if body then
        started = true
        break
      end
      sleep(0.1)
    end
  end)

  teardown(function()
    if prefix then
      local pid = readfile(prefix .. "/logs/nginx.pid")
      if pid then os.execute("kill " .. pid:match("%d+") .. " 2>/dev/null") end
      sleep(0.2)
      os.execute("rm -rf " .. prefix)
    end
  end)

  local function request(method, path, body)
    if not started then
      pending("nginx with the lua module could not start here (see " .. tostring(prefix) .. "/logs)")
      return nil
    end
    local chunks = {}
    local _, status, headers = http.request({
      url = base .. path, method = method, sink = ltn12.sink.table(chunks),
      source = body and ltn12.source.string(body) or nil,
      headers = body and { ["content-length"] = #body, ["content-type"] = "text/plain" } or nil,
    })
    return status, table.concat(chunks), headers
  end

  it("runs the LuaJIT FFI fast path with no configuration", function()
    local status, body = request("GET", "/_backend")
    if not status then return end
    assert.are.equal(200, status)
    -- (nginx keeps the environment here: a run with the fast path turned off sees it off)
    assert.are.equal(helpers.ffi_off() and "classic\n" or "ffi\n", body)
  end)

  it("answers one code as JSON", function()
    local status, body, headers = request("GET", "/smtp/550")
    if not status then return end
    assert.are.equal(200, status)
    assert.truthy(headers["content-type"]:find("application/json", 1, true))
    local info = json.decode(body)
    assert.are.equal(550, info.code)
    assert.are.equal("Mailbox Unavailable", info.name)
  end)

  it("compares two codes in every format", function()
    local status, body = request("GET", "/smtp/220/551?format=html")
    if not status then return end
    assert.are.equal(200, status)
    assert.truthy(body:find("<h1>SMTP 220 Service Ready vs 551 User Not Local</h1>", 1, true))
    status, body = request("GET", "/smtp/220/551?format=markdown")
    assert.are.equal(200, status)
    assert.truthy(body:find("# SMTP 220 Service Ready vs 551 User Not Local", 1, true))
    status, body = request("GET", "/smtp/551/220?format=json")
    assert.are.equal(200, status)
    assert.are.equal(220, json.decode(body).first.code)
  end)

  it("renders in the language asked for", function()
    local status, body = request("GET", "/smtp/550?format=html&lang=ko")
    if not status then return end
    local langs = require("smtpcodes").languages()
    local has_ko = false
    for _, l in ipairs(langs) do has_ko = has_ko or l == "ko" end
    if has_ko then
      assert.are.equal(200, status)
      assert.truthy(body:find('lang="ko"', 1, true))
    else
      assert.are.equal(400, status)
    end
  end)

  it("answers 400 with a JSON error for bad input and 404 for unknown codes", function()
    local status, body = request("GET", "/smtp/abc")
    if not status then return end
    assert.are.equal(400, status)
    assert.are.equal("malformed", json.decode(body).error)
    assert.are.equal(400, (request("GET", "/smtp/600")))
    assert.are.equal(400, (request("GET", "/smtp/550?format=pdf")))
    assert.are.equal(400, (request("GET", "/smtp/550?format=html&lang=xx")))
    assert.are.equal(404, (request("GET", "/smtp/299")))
    assert.are.equal(404, (request("GET", "/smtp/")))
    assert.are.equal(400, (request("GET", "/smtp/%00%ff")))
  end)

  it("explains a posted reply, or says it cannot", function()
    local status, body = request("POST", "/smtp/explain", "550 5.1.1 <x@example.com>: Recipient address rejected")
    if not status then return end
    assert.is_true(status == 200 or status == 501, body)
    assert.are.equal(405, (request("GET", "/smtp/explain")))
  end)

  it("answers JSON without any JSON library on the package path", function()
    local status, body = request("GET", "/smtp/5.7.26")
    if not status then return end
    assert.are.equal(200, status)
    local d = json.decode(body)
    assert.are.equal(1, d.schema)
    assert.are.equal("5.7.26", d.enhanced)
    assert.are.equal(json.decode(body).name, json.decode(select(2, request("GET", "/smtp/5.7.26"))).name)
    assert.are.equal(body, select(2, request("GET", "/smtp/5.7.26")), "the same bytes every time")
    for _, lib in ipairs({ "dkjson.lua", "cjson.so", "cjson" }) do
      assert.is_nil(readfile(prefix .. "/lib/" .. lib), lib)
    end
  end)

  it("reads a body nginx spooled to a file, and answers oversize bodies with a JSON 413", function()
    local reply = ("550-5.1.1 " .. ("x"):rep(60) .. "\r\n"):rep(300) .. "550 5.1.1 no such user\r\n"
    local status, body = request("POST", "/smtp/explain", reply)
    if not status then return end
    assert.are.equal(200, status, body)
    assert.are.equal("user_unknown", json.decode(body).reason)
    status, body = request("POST", "/smtp/explain", ("550 5.1.1 x\r\n"):rep(10000))
    assert.are.equal(413, status)
    assert.are.equal("too_large", json.decode(body).error)
    status, body = request("POST", "/smtp/explain", ("x"):rep(2 * 1024 * 1024))
    assert.are.equal(413, status)
    assert.are.equal("too_large", json.decode(body).error)
  end)

  it("negotiates Accept-Language, says Content-Language, caches code pages and says what a 405 allows", function()
    local chunks = {}
    if not started then pending("nginx did not start") return end
    local _, status, headers = http.request({ url = base .. "/smtp/550?format=text", sink = ltn12.sink.table(chunks),
      headers = { ["accept-language"] = "xx, ko-KR;q=0.9, en;q=0.5" } })
    assert.are.equal(200, status)
    assert.are.equal("ko", headers["content-language"])
    assert.are.equal("Accept-Language", headers["vary"])
    assert.truthy(headers["cache-control"]:find("max-age", 1, true))
    local etag = assert(headers["etag"])
    _, status = http.request({ url = base .. "/smtp/550?format=text", sink = ltn12.sink.table({}),
      headers = { ["accept-language"] = "ko", ["if-none-match"] = etag } })
    assert.are.equal(304, status)
    _, status, headers = http.request({ url = base .. "/smtp/550", method = "DELETE", sink = ltn12.sink.table({}) })
    assert.are.equal(405, status)
    assert.are.equal("GET, HEAD", headers["allow"])
  end)

  it("logs no error and no global write", function()
    if not started then pending("nginx did not start") return end
    -- nginx's own line for the 2 MB body it refused is expected
    local log = (readfile(prefix .. "/logs/error.log") or "")
      :gsub("[^\n]*client intended to send too large body[^\n]*", "")
    assert.falsy(log:find("writing a global", 1, true), log)
    assert.falsy(log:find("[error]", 1, true), log)
    assert.falsy(log:find("[crit]", 1, true), log)
    assert.falsy(log:find("[alert]", 1, true), log)
  end)
end)
