rockspec_format = "3.0"
package = "smtpcodes"
version = "scm-1"
source = {
  url = "git+file:///work/main",
}
description = {
  summary = "Every SMTP reply code and enhanced status code, explained and compared",
  detailed = [[
A C core holding every documented basic SMTP reply code and every entry of the
IANA enhanced status code registry, with lookup and comparison, and a Lua
module that renders explanations as text, Markdown or HTML.]],
  license = "MIT",
  labels = { "smtp", "email" },
}
dependencies = {
  "lua >= 5.1",
}
build = {
  type = "builtin",
  modules = {
    ["smtpcodes.core"] = {
      sources = {
        "src/tables.c", "src/names.c", "src/code.c", "src/compare.c",
        "src/reply_parse.c", "src/reply_enhanced.c", "src/reply_extract.c",
        "src/classify.c", "src/providers.c",
        "src/scan.c", "src/scan_result.c", "src/scan_mail.c", "src/scan_log.c",
        "src/log_queue.c", "src/log_postfix.c", "src/log_exim.c", "src/log_sendmail.c",
        "src/scan_json.c", "src/scan_summary.c",
        "src/lua_smtpcodes.c", "src/lua_reply.c", "src/lua_classify.c", "src/lua_scan.c",
      },
      incdirs = { "src" },
    },
    smtpcodes = "lua/smtpcodes.lua",
    ["smtpcodes.classifier"] = "lua/smtpcodes/classifier.lua",
    ["smtpcodes.cli"] = "lua/smtpcodes/cli.lua",
    ["smtpcodes.cli_scan"] = "lua/smtpcodes/cli_scan.lua",
    ["smtpcodes.nvim_scan"] = "lua/smtpcodes/nvim_scan.lua",
    ["smtpcodes.openresty_scan"] = "lua/smtpcodes/openresty_scan.lua",
    ["smtpcodes.comparison"] = "lua/smtpcodes/comparison.lua",
    ["smtpcodes.document"] = "lua/smtpcodes/document.lua",
    ["smtpcodes.format"] = "lua/smtpcodes/format.lua",
    ["smtpcodes.scan"] = "lua/smtpcodes/scan.lua",
    ["smtpcodes.locale"] = "lua/smtpcodes/locale.lua",
    ["smtpcodes.locale.ar"] = "lua/smtpcodes/locale/ar.lua",
    ["smtpcodes.locale.ar.content"] = "lua/smtpcodes/locale/ar/content.lua",
    ["smtpcodes.locale.ar.pairs"] = "lua/smtpcodes/locale/ar/pairs.lua",
    ["smtpcodes.locale.de"] = "lua/smtpcodes/locale/de.lua",
    ["smtpcodes.locale.en"] = "lua/smtpcodes/locale/en.lua",
    ["smtpcodes.locale.es"] = "lua/smtpcodes/locale/es.lua",
    ["smtpcodes.locale.es.content"] = "lua/smtpcodes/locale/es/content.lua",
    ["smtpcodes.locale.es.pairs"] = "lua/smtpcodes/locale/es/pairs.lua",
    ["smtpcodes.locale.fr"] = "lua/smtpcodes/locale/fr.lua",
    ["smtpcodes.locale.hi"] = "lua/smtpcodes/locale/hi.lua",
    ["smtpcodes.locale.id"] = "lua/smtpcodes/locale/id.lua",
    ["smtpcodes.locale.id.content"] = "lua/smtpcodes/locale/id/content.lua",
    ["smtpcodes.locale.id.pairs"] = "lua/smtpcodes/locale/id/pairs.lua",
    ["smtpcodes.locale.ja"] = "lua/smtpcodes/locale/ja.lua",
    ["smtpcodes.locale.ko"] = "lua/smtpcodes/locale/ko.lua",
    ["smtpcodes.locale.ko.content"] = "lua/smtpcodes/locale/ko/content.lua",
    ["smtpcodes.locale.ko.pairs"] = "lua/smtpcodes/locale/ko/pairs.lua",
    ["smtpcodes.locale.pt"] = "lua/smtpcodes/locale/pt.lua",
    ["smtpcodes.locale.ru"] = "lua/smtpcodes/locale/ru.lua",
    ["smtpcodes.locale.th"] = "lua/smtpcodes/locale/th.lua",
    ["smtpcodes.locale.tr"] = "lua/smtpcodes/locale/tr.lua",
    ["smtpcodes.locale.vi"] = "lua/smtpcodes/locale/vi.lua",
    ["smtpcodes.locale.vi.content"] = "lua/smtpcodes/locale/vi/content.lua",
    ["smtpcodes.locale.vi.pairs"] = "lua/smtpcodes/locale/vi/pairs.lua",
    ["smtpcodes.locale.zh_hans"] = "lua/smtpcodes/locale/zh_hans.lua",
    ["smtpcodes.nvim"] = "lua/smtpcodes/nvim.lua",
    ["smtpcodes.openresty"] = "lua/smtpcodes/openresty.lua",
    ["smtpcodes.parser"] = "lua/smtpcodes/parser.lua",
    ["smtpcodes.render.bidi"] = "lua/smtpcodes/render/bidi.lua",
    ["smtpcodes.render.html"] = "lua/smtpcodes/render/html.lua",
    ["smtpcodes.render.markdown"] = "lua/smtpcodes/render/markdown.lua",
    ["smtpcodes.render.text"] = "lua/smtpcodes/render/text.lua",
  },
  install = {
    bin = { smtpcodes = "bin/smtpcodes" },
  },
}
