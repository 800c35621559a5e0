--- Writes a Postfix log of at least SIZE megabytes (default 50) to PATH, made
-- from the line shapes the real Postfix of spec/postfix_spec.lua wrote (kept
-- in spec/fixtures/postfix-real.log): pickup, cleanup, qmgr, smtp deliveries
-- (sent, bounced, deferred, then expired), connection failures, bounce
-- notifications, smtpd connects and NOQUEUE rejects.  A fixed seed makes the
-- same file every time.
--   lua bench/make_postfix_log.lua PATH [SIZE_MB]
local path = assert(arg[1], "usage: make_postfix_log.lua PATH [SIZE_MB]")
local target = (tonumber(arg[2]) or 50) * 1024 * 1024

-- Park and Miller's minimal standard generator: exact in doubles, so the same numbers on every Lua.
local seed = 20261201
local function rand(n)
  seed = (seed * 16807) % 2147483647
  return seed % n + 1
end

local domains = { "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "gmx.de", "web.de",
  "example.com", "example.org", "example.net", "mail.example.co.uk", "corp.example", "shop.example" }
local relays = {
  ["gmail.com"] = "gmail-smtp-in.l.google.com[142.250.27.27]:25",
  ["yahoo.com"] = "mta5.am0.yahoodns.net[67.195.204.72]:25",
  ["outlook.com"] = "outlook-com.olc.protection.outlook.com[52.101.8.35]:25",
  ["hotmail.com"] = "hotmail-com.olc.protection.outlook.com[52.101.42.16]:25",
  ["icloud.com"] = "mx01.mail.icloud.com[17.57.154.6]:25",
  ["gmx.de"] = "mx00.emig.gmx.net[212.227.15.9]:25",
  ["web.de"] = "mx-ha03.web.de[212.227.17.8]:25",
}
local function relay_of(domain)
  return relays[domain] or ("mx%d.%s[192.0.2.%d]:25"):format(rand(3), domain, rand(250))
end

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
local written, clock, pid = 0, 0, 1000
local function line(prog, text)
  clock = clock + rand(3) - 1
  local s = clock % 60
  local m = math.floor(clock / 60) % 60
  local h = math.floor(clock / 3600) % 24
  local d = 1 + math.floor(clock / 86400) % 28
  local l = ("Dec %02d %02d:%02d:%02d mx postfix/%s[%d]: %s\n"):format(d, h, m, s, prog, pid + rand(400), text)
  written = written + #l
  out:write(l)
end

local function address(domain)
  return ("user%d.%d@%s"):format(rand(50000), rand(99), domain)
end

local function delivery(id, rcpt, relay, dsn, status, text, delay)
  line("smtp", ("%s: to=<%s>, relay=%s, delay=%s, delays=%s/0.01/0.1/%s, dsn=%s, status=%s (%s)"):format(
    id, rcpt, relay, delay, delay, rand(9) / 10, dsn, status, text))
end

-- The replies the real sink gave, each with the domains that answer so.
local function said(relay, reply, command)
  return ("host %s said: %s (in reply to %s command)"):format(relay:gsub(":%d+$", ""), reply, command)
end

local permanent = {
  function(rcpt, relay)
    return "5.1.1", said(relay, "550 5.1.1 <" .. rcpt .. ">: Recipient address rejected: User unknown", "RCPT TO")
  end,
  function(_, relay)
    return "5.1.1", said(relay, "550-5.1.1 The email account that you tried to reach does not exist. Please try " ..
      "550 5.1.1 double-checking the recipient's email address for typos. - gsmtp", "RCPT TO")
  end,
  function(_, relay) return "5.7.1", said(relay, "554 5.7.1 Message rejected as spam", "end of DATA") end,
}
local temporary = {
  function(_, relay) return "4.2.2", said(relay, "452 4.2.2 Mailbox full", "RCPT TO") end,
  function(rcpt, relay)
    return "4.2.0", said(relay, "450 4.2.0 <" .. rcpt .. ">: Recipient address rejected: Greylisted, try again later",
      "RCPT TO")
  end,
  function(_, relay)
    return "4.7.0", said(relay, "421 4.7.0 [TSS04] Messages from 198.51.100.7 temporarily deferred due to user " ..
      "complaints - 4.16.55.1", "RCPT TO")
  end,
  function(_, relay)
    return "4.7.1", ("host %s refused to talk to me: 554 5.7.1 No SMTP service here for you"):format(
      relay:gsub(":%d+$", ""))
  end,
  function(_, relay)
    local host = relay:gsub(":%d+$", "")
    line("smtp", ("connect to %s:25: Connection refused"):format(host))
    return "4.4.1", ("connect to %s:25: Connection refused"):format(host)
  end,
}

local function message()
  local id = queue_id()
  local sender = ("news%d@shop.example"):format(rand(20))
  line("pickup", ("%s: uid=0 from=<%s>"):format(id, sender))
  line("cleanup", ("%s: message-id=<%d.%s@shop.example>"):format(id, rand(1000000000), id))
  local n = rand(10) <= 8 and 1 or rand(4)
  line("qmgr", ("%s: from=<%s>, size=%d, nrcpt=%d (queue active)"):format(id, sender, 1000 + rand(50000), n))
  local expired = false
  for _ = 1, n do
    local domain = domains[rand(#domains)]
    local rcpt = address(domain)
    local relay = relay_of(domain)
    local roll = rand(100)
    if roll <= 72 then
      delivery(id, rcpt, relay, "2.0.0", "sent", ("250 2.0.0 Ok: queued as %s"):format(queue_id()), rand(20) / 10)
    elseif roll <= 82 then
      local dsn, text = permanent[rand(#permanent)](rcpt, relay)
      delivery(id, rcpt, relay, dsn, "bounced", text, rand(20) / 10)
    else
      local f = temporary[rand(#temporary)]
      local tries = rand(3)
      for k = 1, tries do
        local dsn, text = f(rcpt, relay)
        delivery(id, rcpt, dsn == "4.4.1" and "none" or relay, dsn, "deferred", text, k * 300 + rand(9) / 10)
      end
      expired = expired or rand(2) == 1
    end
  end
  if expired then
    line("qmgr", ("%s: from=<%s>, status=expired, returned to sender"):format(id, sender))
    line("bounce", ("%s: sender non-delivery notification: %s"):format(id, queue_id()))
  end
  line("qmgr", id .. ": removed")
end

local function rejected()
  local client = ("unknown[203.0.113.%d]"):format(rand(250))
  line("smtpd", "connect from " .. client)
  local rcpt = address("elsewhere.example")
  line("smtpd", ("NOQUEUE: reject: RCPT from %s: 554 5.7.1 <%s>: Relay access denied; from=<spam%d@bad.example> " ..
    "to=<%s> proto=ESMTP helo=<bad.example>"):format(client, rcpt, rand(999), rcpt))
  line("smtpd", ("disconnect from %s ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4"):format(client))
end

while written < target do
  if rand(100) <= 4 then rejected() else message() end
end
out:close()
io.stderr:write(("%s: %.1f MB\n"):format(path, written / 1048576))
