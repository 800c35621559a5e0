-- smtpcodes for Neovim: :SmtpCode 550, :SmtpCode 220 551, and :SmtpCode with no
-- argument to explain the code or reply under the cursor in a floating window.
-- The language is vim.g.smtpcodes_lang (default: LANGUAGE, LC_ALL, LC_MESSAGES,
-- LANG, then v:lang, then en).  :help smtpcodes, :checkhealth smtpcodes.
if vim.g.loaded_smtpcodes then return end
vim.g.loaded_smtpcodes = true

-- The native core is built for LuaJIT into build/luajit/ of this plugin's folder.
local root = debug.getinfo(1, "S").source:sub(2):match("^(.*)/plugin/[^/]+$")
if root then
  local cpath = root .. "/build/luajit/?.so"
  if not package.cpath:find(cpath, 1, true) then package.cpath = cpath .. ";" .. package.cpath end
end

vim.api.nvim_create_user_command("SmtpCode", function(opts)
  local ok, nvim = pcall(require, "smtpcodes.nvim")
  if not ok then
    local missing = tostring(nvim):find("smtpcodes.core", 1, true)
    vim.notify(missing and ("smtpcodes: the C core is not built for this Neovim; run `make nvim` in "
      .. (root or "the plugin's folder")) or ("smtpcodes: " .. tostring(nvim)), vim.log.levels.ERROR)
    return
  end
  nvim.command(opts.fargs)
end, { nargs = "*", desc = "Explain or compare SMTP reply codes" })
vim.api.nvim_create_user_command("SmtpScan", function() require("smtpcodes.nvim_scan").command() end,
  { desc = "Scan the buffer (a bounce mail or a mail log) into the quickfix list" })
