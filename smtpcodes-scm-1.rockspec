rockspec_format = "3.0"
package = "smtpcodes"
version = "scm-1"
source = {
  -- placeholder until the project is published; `luarocks make` in a clone uses the clone's files
  url = "git+https://github.com/smtpcodes/smtpcodes",
}
description = {
  summary = "Every SMTP reply code and enhanced status code, explained and compared",
  detailed = [[
A C core holding every documented basic SMTP reply code and every entry of the
IANA enhanced status code registry, with lookup and comparison, and a Lua
module that renders explanations as text, Markdown, HTML or JSON, parses and
classifies server replies, with a command-line tool and an OpenResty handler.

Dependencies: none beyond Lua.  JSON output needs no library.  Optional:
lua-cjson or dkjson, only for smtpcodes.json.decode (lua-cjson is used first).]],
  homepage = "https://github.com/smtpcodes/smtpcodes",
  license = "MIT",
  labels = { "smtp", "email" },
}
dependencies = {
  "lua >= 5.1",
}
-- `luarocks test` runs the busted specs (spec/, settings in .busted); `make test`
-- runs the whole suite on every Lua.
test_dependencies = {
  "busted >= 2.0",
}
test = {
  type = "busted",
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
        "src/mail_text.c", "src/mime.c", "src/dsn.c", "src/ses_json.c", "src/bounce_text.c",
        "src/log_queue.c", "src/log_postfix.c", "src/log_exim.c", "src/log_sendmail.c",
        "src/scan_json.c", "src/scan_summary.c",
        "src/lua_smtpcodes.c", "src/lua_reply.c", "src/lua_classify.c", "src/lua_scan.c",
        "src/lua_ffi.c",
      },
      incdirs = { "src" },
      defines = { "SMTPC_HIDDEN_SYMBOLS" }, -- exports only luaopen_smtpcodes_core (src/smtpcodes_visibility.h)
    },
    smtpcodes = "lua/smtpcodes.lua",
    ["smtpcodes.classifier"] = "lua/smtpcodes/classifier.lua",
    ["smtpcodes.cli"] = "lua/smtpcodes/cli.lua",
    ["smtpcodes.cli_args"] = "lua/smtpcodes/cli_args.lua",
    ["smtpcodes.cli_help"] = "lua/smtpcodes/cli_help.lua",
    ["smtpcodes.cli_scan"] = "lua/smtpcodes/cli_scan.lua",
    ["smtpcodes.cli_text"] = "lua/smtpcodes/cli_text.lua",
    ["smtpcodes.nvim_scan"] = "lua/smtpcodes/nvim_scan.lua",
    ["smtpcodes.openresty_scan"] = "lua/smtpcodes/openresty_scan.lua",
    ["smtpcodes.comparison"] = "lua/smtpcodes/comparison.lua",
    ["smtpcodes.document"] = "lua/smtpcodes/document.lua",
    ["smtpcodes.ffi"] = "lua/smtpcodes/ffi.lua",
    ["smtpcodes.format"] = "lua/smtpcodes/format.lua",
    ["smtpcodes.scan"] = "lua/smtpcodes/scan.lua",
    ["smtpcodes.locale"] = "lua/smtpcodes/locale.lua",
    ["smtpcodes.locale.ar"] = "lua/smtpcodes/locale/ar.lua",
    ["smtpcodes.locale.ar.content"] = "lua/smtpcodes/locale/ar/content.lua",
    ["smtpcodes.locale.ar.pairs"] = "lua/smtpcodes/locale/ar/pairs.lua",
    ["smtpcodes.locale.ar.cli"] = "lua/smtpcodes/locale/ar/cli.lua",
    ["smtpcodes.locale.de"] = "lua/smtpcodes/locale/de.lua",
    ["smtpcodes.locale.de.content"] = "lua/smtpcodes/locale/de/content.lua",
    ["smtpcodes.locale.de.pairs"] = "lua/smtpcodes/locale/de/pairs.lua",
    ["smtpcodes.locale.de.cli"] = "lua/smtpcodes/locale/de/cli.lua",
    ["smtpcodes.locale.en"] = "lua/smtpcodes/locale/en.lua",
    ["smtpcodes.locale.en.cli"] = "lua/smtpcodes/locale/en/cli.lua",
    ["smtpcodes.locale.es"] = "lua/smtpcodes/locale/es.lua",
    ["smtpcodes.locale.es.content"] = "lua/smtpcodes/locale/es/content.lua",
    ["smtpcodes.locale.es.pairs"] = "lua/smtpcodes/locale/es/pairs.lua",
    ["smtpcodes.locale.es.cli"] = "lua/smtpcodes/locale/es/cli.lua",
    ["smtpcodes.locale.fr"] = "lua/smtpcodes/locale/fr.lua",
    ["smtpcodes.locale.fr.content"] = "lua/smtpcodes/locale/fr/content.lua",
    ["smtpcodes.locale.fr.pairs"] = "lua/smtpcodes/locale/fr/pairs.lua",
    ["smtpcodes.locale.fr.cli"] = "lua/smtpcodes/locale/fr/cli.lua",
    ["smtpcodes.locale.hi"] = "lua/smtpcodes/locale/hi.lua",
    ["smtpcodes.locale.hi.content"] = "lua/smtpcodes/locale/hi/content.lua",
    ["smtpcodes.locale.hi.pairs"] = "lua/smtpcodes/locale/hi/pairs.lua",
    ["smtpcodes.locale.hi.cli"] = "lua/smtpcodes/locale/hi/cli.lua",
    ["smtpcodes.locale.id"] = "lua/smtpcodes/locale/id.lua",
    ["smtpcodes.locale.id.content"] = "lua/smtpcodes/locale/id/content.lua",
    ["smtpcodes.locale.id.pairs"] = "lua/smtpcodes/locale/id/pairs.lua",
    ["smtpcodes.locale.id.cli"] = "lua/smtpcodes/locale/id/cli.lua",
    ["smtpcodes.locale.ja"] = "lua/smtpcodes/locale/ja.lua",
    ["smtpcodes.locale.ja.content"] = "lua/smtpcodes/locale/ja/content.lua",
    ["smtpcodes.locale.ja.pairs"] = "lua/smtpcodes/locale/ja/pairs.lua",
    ["smtpcodes.locale.ja.cli"] = "lua/smtpcodes/locale/ja/cli.lua",
    ["smtpcodes.locale.ko"] = "lua/smtpcodes/locale/ko.lua",
    ["smtpcodes.locale.ko.content"] = "lua/smtpcodes/locale/ko/content.lua",
    ["smtpcodes.locale.ko.pairs"] = "lua/smtpcodes/locale/ko/pairs.lua",
    ["smtpcodes.locale.ko.cli"] = "lua/smtpcodes/locale/ko/cli.lua",
    ["smtpcodes.locale.pt"] = "lua/smtpcodes/locale/pt.lua",
    ["smtpcodes.locale.pt.content"] = "lua/smtpcodes/locale/pt/content.lua",
    ["smtpcodes.locale.pt.pairs"] = "lua/smtpcodes/locale/pt/pairs.lua",
    ["smtpcodes.locale.pt.cli"] = "lua/smtpcodes/locale/pt/cli.lua",
    ["smtpcodes.locale.ru"] = "lua/smtpcodes/locale/ru.lua",
    ["smtpcodes.locale.ru.content"] = "lua/smtpcodes/locale/ru/content.lua",
    ["smtpcodes.locale.ru.pairs"] = "lua/smtpcodes/locale/ru/pairs.lua",
    ["smtpcodes.locale.ru.cli"] = "lua/smtpcodes/locale/ru/cli.lua",
    ["smtpcodes.locale.th"] = "lua/smtpcodes/locale/th.lua",
    ["smtpcodes.locale.th.content"] = "lua/smtpcodes/locale/th/content.lua",
    ["smtpcodes.locale.th.pairs"] = "lua/smtpcodes/locale/th/pairs.lua",
    ["smtpcodes.locale.th.cli"] = "lua/smtpcodes/locale/th/cli.lua",
    ["smtpcodes.locale.tr"] = "lua/smtpcodes/locale/tr.lua",
    ["smtpcodes.locale.tr.content"] = "lua/smtpcodes/locale/tr/content.lua",
    ["smtpcodes.locale.tr.pairs"] = "lua/smtpcodes/locale/tr/pairs.lua",
    ["smtpcodes.locale.tr.cli"] = "lua/smtpcodes/locale/tr/cli.lua",
    ["smtpcodes.locale.vi"] = "lua/smtpcodes/locale/vi.lua",
    ["smtpcodes.locale.vi.content"] = "lua/smtpcodes/locale/vi/content.lua",
    ["smtpcodes.locale.vi.pairs"] = "lua/smtpcodes/locale/vi/pairs.lua",
    ["smtpcodes.locale.vi.cli"] = "lua/smtpcodes/locale/vi/cli.lua",
    ["smtpcodes.locale.zh_hans"] = "lua/smtpcodes/locale/zh_hans.lua",
    ["smtpcodes.locale.zh_hans.content"] = "lua/smtpcodes/locale/zh_hans/content.lua",
    ["smtpcodes.locale.zh_hans.pairs"] = "lua/smtpcodes/locale/zh_hans/pairs.lua",
    ["smtpcodes.locale.zh_hans.cli"] = "lua/smtpcodes/locale/zh_hans/cli.lua",
    ["smtpcodes.nvim"] = "lua/smtpcodes/nvim.lua",
    ["smtpcodes.nvim_build"] = "lua/smtpcodes/nvim_build.lua",
    ["smtpcodes.nvim_float"] = "lua/smtpcodes/nvim_float.lua",
    ["smtpcodes.nvim_scan"] = "lua/smtpcodes/nvim_scan.lua",
    ["smtpcodes.openresty"] = "lua/smtpcodes/openresty.lua",
    ["smtpcodes.parser"] = "lua/smtpcodes/parser.lua",
    ["smtpcodes.render.bidi"] = "lua/smtpcodes/render/bidi.lua",
    ["smtpcodes.render.html"] = "lua/smtpcodes/render/html.lua",
    ["smtpcodes.render.markdown"] = "lua/smtpcodes/render/markdown.lua",
    ["smtpcodes.render.text"] = "lua/smtpcodes/render/text.lua",
    ["resty.smtpcodes"] = "lua/resty/smtpcodes.lua",
    ["smtpcodes.health"] = "lua/smtpcodes/health.lua",
    ["smtpcodes.options"] = "lua/smtpcodes/options.lua",
    ["smtpcodes.json"] = "lua/smtpcodes/json.lua",
    ["smtpcodes.schema"] = "lua/smtpcodes/schema.lua",
    ["smtpcodes.rule_pattern"] = "lua/smtpcodes/rule_pattern.lua",
  },
  install = {
    bin = { smtpcodes = "bin/smtpcodes" },
  },
}
