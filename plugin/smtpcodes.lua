-- smtpcodes for Neovim (:help smtpcodes): :SmtpCode 550, :SmtpCode 220 551,
-- :SmtpCode alone for the code or reply under the cursor, in a hover window;
-- :SmtpScan for the recipients of a bounce mail or a mail log in the quickfix
-- list; :checkhealth smtpcodes.
if vim.g.loaded_smtpcodes then return end
vim.g.loaded_smtpcodes = true

local build = require "smtpcodes.nvim_build"
build.add_cpath()

-- Runs the front module's command, or says the C module must be built first.
local function run(module, ...)
  local smtp, message = build.load()
  if not smtp then
    vim.notify(message, vim.log.levels.ERROR)
    return
  end
  require(module).command(...)
end

-- The codes that begin with what was typed, for completing :SmtpCode.
local function complete(arglead)
  local smtp = build.load()
  local out = {}
  for _, info in ipairs(smtp and smtp.list() or {}) do
    local code = tostring(info.code)
    if code:sub(1, #arglead) == arglead then out[#out + 1] = code end
  end
  return out
end

vim.api.nvim_create_user_command("SmtpCode", function(opts)
  run("smtpcodes.nvim", opts.fargs)
end, { nargs = "*", complete = complete,
  desc = "Explain an SMTP code, compare two, or explain the reply under the cursor" })

vim.api.nvim_create_user_command("SmtpScan", function(opts)
  run("smtpcodes.nvim_scan", opts.line1, opts.line2)
end, { nargs = 0, range = "%", desc = "The recipients of the bounce or mail log in the buffer, in the quickfix list" })
