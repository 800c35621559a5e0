-- 简体中文（zh-hans）：命令行工具的文本（--help、用法错误、错误信息）。
-- 术语依照 zh_hans/content.lua 的术语表：应答码、增强状态码、应答、退信。
return {
  usage_label = "用法：",
  options_label = "选项：",

  main_synopsis = {
    { "smtpcodes [选项] 代码", "解释一个代码（如 550、5.7.26）" },
    { "smtpcodes [选项] 代码 代码", "比较两个代码（如 220 551）" },
    { "smtpcodes [选项] explain 应答", "解释服务器的应答或一条错误信息" },
    { "smtpcodes [选项] explain [-]", "同上，但从标准输入读取应答" },
    { "smtpcodes [选项] --list [--class N] [--kind basic|enhanced]", "列出已知的代码" },
  },
  main_options = {
    { "-f, --format 格式", "text（默认）、markdown、html 或 json" },
    { "    --json", "等同于 --format json" },
    { "-l, --lang 语言", "界面语言（默认依次取 LANGUAGE、LC_ALL、LC_MESSAGES、LANG，都没有时为 en）" },
    { "-w, --width N", "文本输出在 N 列处换行（0：不换行；默认：终端宽度，非终端时为 80）" },
    { "    --list", "列出已知的代码，每行一个" },
    { "    --class N", "与 --list 一起使用：只列出类别 N（2、3、4 或 5）" },
    { "    --kind 类型", "与 --list 一起使用：只列出基本应答码（basic）或增强状态码（enhanced）" },
    { "-h, --help", "显示此帮助" },
    { "-v, --version", "显示版本" },
  },
  main_exit = "退出状态：成功时为 0；代码未知、代码格式错误或找不到应答时为 1；用法错误时为 2；无法写入输出时为 3。",

  scan_synopsis = {
    { "smtpcodes scan [选项] [路径 ...]", "" },
  },
  scan_intro = "读取退信邮件、Maildir 文件夹（cur/ 和 new/）、mbox 文件和 MTA 日志（Postfix、Exim、Sendmail），"
    .. "并为每个收件人输出一条结果。路径为“-”或未给出路径时读取标准输入。",
  scan_options = {
    { "-f, --format 格式", "text（表格，默认）、jsonl、json 或 summary" },
    { "-l, --lang 语言", "text 和 summary 的语言（默认依次取 LANGUAGE、LC_ALL、LC_MESSAGES、LANG，都没有时为 en）" },
    { "    --mode 模式", "auto（默认：由第一行决定）、mail、mbox 或 log" },
    { "    --follow", "逐行读取，每条记录一旦完整就立即输出（tail -F maillog | smtpcodes scan --follow）" },
    { "    --top N", "summary：出现最多的 N 条诊断信息（默认 10）" },
    { "-w, --width N", "本帮助在 N 列处换行（0：不换行；默认：终端宽度，非终端时为 80）" },
    { "-h, --help", "显示此帮助" },
  },
  scan_exit = "退出状态：找到结果时为 0；输入中既没有退信也没有日志记录时为 1；用法错误时为 2。",

  try_help = "运行“{command} --help”可查看详细用法。",
  unknown_option = "未知选项 {option}",
  needs_value = "选项 {option} 需要一个值",
  unknown_format = "未知格式“{format}”（可用 text、markdown、html 或 json）",
  width_number = "--width 的值必须是非负整数",
  class_digit = "--class 只能取 2、3、4 或 5",
  kind_value = "--kind 只能取 basic 或 enhanced",
  list_only = "--class 和 --kind 只能与 --list 一起使用",
  list_no_codes = "使用 --list 时不能指定代码",
  explain_one = "explain 只接受一条应答（请加引号），或从标准输入读取",
  one_or_two = "请给出一个代码进行解释，或给出两个代码进行比较",
  unknown_language = "不支持的语言“{lang}”；支持的语言：{languages}",
  scan_unknown_format = "未知格式“{format}”（可用 text、jsonl、json 或 summary）",
  unknown_mode = "未知模式“{mode}”（可用 auto、mail、mbox 或 log）",
  top_number = "--top 需要一个大于 0 的整数",

  error_malformed = "无效代码“{input}”：应为 550 这样的三位应答码，或 5.1.1 这样的增强状态码",
  error_out_of_range = "无效代码“{input}”：不存在这个类别；应答码在 200 到 599 之间，增强状态码以 2、4 或 5 开头",
  error_unknown = "未知代码“{input}”：没有任何标准或有文档记载的用法定义这个应答码",
  error_empty = "输入为空：没有应答",
  error_not_a_reply = "不是 SMTP 应答：开头不是三位数的代码",
  error_bad_code = "不是 SMTP 应答：代码不在 2xx 到 5xx 之间",
  error_too_long = "应答过长：某一行或整个应答超出了限制",
  error_too_many_lines = "应答的行数超出了限制",
  error_incomplete = "应答不完整：尚未收到最后一行",

  cannot_write = "无法写入输出：{why}",
  not_translated = "部分说明尚未翻译成中文，以英文显示",
}
