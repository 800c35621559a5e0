--- Writes a Postfix log of at least SIZE megabytes (default 50) to PATH from
-- the lines the real Postfix of spec/postfix_spec.lua wrote (kept in
-- spec/fixtures/postfix-real.log): each line there is a template, and only
-- what differs from message to message is replaced (time, pid, queue id,
-- sender, recipient, relay host, message-id).  The mix is realistic: mostly
-- sent, some bounced, some deferred (a few times, then often expired),
-- connection failures and NOQUEUE rejects.  A fixed seed makes the same file
-- every time.
--   lua bench/make_postfix_log.lua PATH [SIZE_MB] [TEMPLATES]
local path = assert(arg[1], "usage: make_postfix_log.lua PATH [SIZE_MB] [TEMPLATES]")
local target = (tonumber(arg[2]) or 50) * 1024 * 1024
local source = arg[3] or "spec/fixtures/postfix-real.log"

-- Park and Miller's minimal standard generator: exact in doubles, so the same numbers on every Lua.
local seed = 20261201
local function rand(n)
  seed = (seed * 16807) % 2147483647
  return seed % n + 1
end

local function plain(s) return (s:gsub("%p", "%%%0")) end

-- ---- the templates: one per line shape of the real log ----------------------

local templates = {} -- name -> { prog, text, qid, rcpt }
local function keep(name, prog, text, qid, rcpt)
  text = text:gsub("(%[127%.0%.0%.1%]):%d+", "%1:25") -- the sink's port: the usual one
  if not templates[name] then templates[name] = { prog = prog, text = text, qid = qid, rcpt = rcpt } end
end

for line in io.lines(source) do
  local prog, text = line:match("^%a%a%a %d%d %d%d:%d%d:%d%d %S+ postfix/(%a+)%[%d+%]: (.*)$")
  if prog then
    local qid = text:match("^(%x+): ")
    local rcpt = text:match("to=<([^>]+)>")
    local status = text:match("status=(%a+)")
    if prog == "pickup" then keep("pickup", prog, text, qid)
    elseif prog == "cleanup" then keep("cleanup", prog, text, qid)
    elseif prog == "qmgr" and text:find("(queue active)", 1, true) and not text:find("from=<>", 1, true) then
      keep("active", prog, text, qid)
    elseif prog == "qmgr" and status == "expired" then keep("expired", prog, text, qid)
    elseif prog == "qmgr" and text:find(": removed$") then keep("removed", prog, text, qid)
    elseif prog == "bounce" then keep("notify", prog, text, qid)
    elseif prog == "smtp" and qid and rcpt then keep(status .. ":" .. rcpt, prog, text, qid, rcpt)
    elseif prog == "smtp" and text:find("^connect to ") then keep("connect", prog, text)
    elseif prog == "smtpd" and text:find("^NOQUEUE: reject: ") then keep("reject", prog, text, nil, rcpt)
    elseif prog == "smtpd" and text:find("^connect from ") then keep("smtpd_connect", prog, text)
    elseif prog == "smtpd" and text:find("^disconnect from ") then keep("smtpd_disconnect", prog, text)
    end
  end
end

local function need(name)
  local t = templates[name]
  if not t then error(source .. " has no line for " .. name) end
  return t
end
local sent = need("sent:ok@sink.test")
local bounced = { need("bounced:unknown@sink.test"), need("bounced:gmail@sink.test"), need("bounced:spam@sink.test") }
local deferred = { need("deferred:full@sink.test"), need("deferred:grey@sink.test"), need("deferred:yahoo@sink.test"),
  need("deferred:any@greet.test"), need("deferred:any@refused.test") }
local sender_real = need("active").text:match("from=<([^>]+)>")
local host_real = "127.0.0.1[127.0.0.1]"

-- ---- what differs per message -----------------------------------------------

local domains = { "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "gmx.de", "web.de",
  "example.com", "example.org", "example.net", "mail.example.co.uk", "corp.example", "shop.example" }
local mx = { ["gmail.com"] = "gmail-smtp-in.l.google.com[142.250.27.27]",
  ["yahoo.com"] = "mta5.am0.yahoodns.net[67.195.204.72]",
  ["outlook.com"] = "outlook-com.olc.protection.outlook.com[52.101.8.35]",
  ["hotmail.com"] = "hotmail-com.olc.protection.outlook.com[52.101.42.16]",
  ["icloud.com"] = "mx01.mail.icloud.com[17.57.154.6]", ["gmx.de"] = "mx00.emig.gmx.net[212.227.15.9]",
  ["web.de"] = "mx-ha03.web.de[212.227.17.8]" }

local hex = "0123456789ABCDEF"
local function queue_id()
  local t = {}
  for i = 1, 11 do
    local k = rand(16)
    t[i] = hex:sub(k, k)
  end
  return table.concat(t)
end

local out = assert(io.open(path, "wb"))
local written, clock = 0, 0

-- Writes a template with what differs replaced; subst: { {from, to}, ... } (plain strings).
local function line(t, subst)
  local text = t.text
  for _, s in ipairs(subst) do
    if s[1] then text = text:gsub(plain(s[1]), (s[2]:gsub("%%", "%%%%"))) end
  end
  clock = clock + rand(3) - 1
  local l = ("Dec %02d %02d:%02d:%02d mx postfix/%s[%d]: %s\n"):format(1 + math.floor(clock / 86400) % 28,
    math.floor(clock / 3600) % 24, math.floor(clock / 60) % 60, clock % 60, t.prog, 1000 + rand(400), text)
  written = written + #l
  out:write(l)
end

local function message()
  local id = queue_id()
  local sender = ("news%d@shop.example"):format(rand(20))
  local n = rand(10) <= 8 and 1 or rand(4)
  local function with(t, extra) -- the extra replacements first: they may hold the template's queue id
    local s = {}
    for _, e in ipairs(extra or {}) do s[#s + 1] = e end
    s[#s + 1] = { t.qid, id }
    s[#s + 1] = { sender_real, sender }
    return s
  end
  line(need("pickup"), with(need("pickup")))
  line(need("cleanup"), with(need("cleanup"), { { need("cleanup").text:match("message%-id=<([^>]+)>"),
    ("%d.%s@shop.example"):format(rand(1000000000), id) } }))
  line(need("active"), with(need("active"), { { "nrcpt=1", "nrcpt=" .. n } }))
  local expired = false
  for _ = 1, n do
    local domain = domains[rand(#domains)]
    local rcpt = ("user%d.%d@%s"):format(rand(50000), rand(99), domain)
    local host = mx[domain] or ("mx%d.%s[192.0.2.%d]"):format(rand(3), domain, rand(250))
    local roll = rand(100)
    local function deliver(t)
      line(t, with(t, { { t.rcpt, rcpt }, { host_real, host }, { "queued as SINK", "queued as " .. queue_id() } }))
    end
    if roll <= 72 then
      deliver(sent)
    elseif roll <= 82 then
      deliver(bounced[rand(#bounced)])
    else
      local t = deferred[rand(#deferred)]
      for _ = 1, rand(3) do
        if t.rcpt == "any@refused.test" then line(need("connect"), { { host_real, host } }) end
        deliver(t)
      end
      expired = expired or rand(2) == 1
    end
  end
  if expired then
    line(need("expired"), with(need("expired")))
    line(need("notify"), with(need("notify"), { { need("notify").text:match(": (%x+)$"), queue_id() } }))
  end
  line(need("removed"), with(need("removed")))
end

local function rejected()
  local client = ("unknown[203.0.113.%d]"):format(rand(250))
  local t = need("reject")
  local rcpt = ("user%d@elsewhere.example"):format(rand(50000))
  local from = t.text:match("from=<([^>]+)>")
  line(need("smtpd_connect"), { { "localhost[127.0.0.1]", client } })
  line(t, { { "localhost[127.0.0.1]", client }, { t.rcpt, rcpt }, { from, ("spam%d@bad.example"):format(rand(999)) } })
  line(need("smtpd_disconnect"), { { "localhost[127.0.0.1]", client } })
end

while written < target do
  if rand(100) <= 4 then rejected() else message() end
end
out:close()
io.stderr:write(("%s: %.1f MB\n"):format(path, written / 1048576))
