-- 한국어(ko): 명령줄 도구의 텍스트(--help, 사용법 오류, 오류 메시지).
-- 용어는 ko/content.lua 용어집을 따른다: 응답 코드, 확장 상태 코드, 응답, 반송.
return {
  usage_label = "사용법:",
  options_label = "옵션:",

  main_synopsis = {
    { "smtpcodes [옵션] 코드", "코드 하나를 설명합니다 (550, 5.7.26)" },
    { "smtpcodes [옵션] 코드 코드", "두 코드를 비교합니다 (220 551)" },
    { "smtpcodes [옵션] explain 응답", "서버 응답이나 오류 메시지를 설명합니다" },
    { "smtpcodes [옵션] explain [-]", "위와 같되, 응답을 표준 입력에서 읽습니다" },
    { "smtpcodes [옵션] --list [--class N] [--kind basic|enhanced]", "알려진 코드 목록을 보여 줍니다" },
  },
  main_options = {
    { "-f, --format 형식", "text(기본값), markdown, html 또는 json" },
    { "    --json", "--format json과 같습니다" },
    { "-l, --lang 언어", "인터페이스 언어 (기본값: LANGUAGE, LC_ALL, LC_MESSAGES, LANG 순으로 확인하고, 모두 없으면 en)" },
    { "-w, --width N", "텍스트 출력을 N열에서 줄 바꿈합니다 (0: 줄 바꿈 안 함; 기본값: 터미널 너비, "
      .. "터미널이 아니면 80)" },
    { "    --list", "알려진 코드를 한 줄에 하나씩 나열합니다" },
    { "    --class N", "--list와 함께: 클래스 N(2, 3, 4, 5)만" },
    { "    --kind 종류", "--list와 함께: 기본 응답 코드(basic) 또는 확장 상태 코드(enhanced)만" },
    { "-h, --help", "이 도움말을 보여 줍니다" },
    { "-v, --version", "버전을 보여 줍니다" },
  },
  main_exit = "종료 상태: 성공하면 0, 알 수 없거나 형식이 잘못된 코드이거나 응답을 찾지 못하면 1, 사용법 오류이면 2, "
    .. "출력을 쓸 수 없으면 3입니다.",

  scan_synopsis = {
    { "smtpcodes scan [옵션] [경로 ...]", "" },
  },
  scan_intro = "반송 메일, Maildir 폴더(cur/와 new/), mbox 파일, MTA 로그(Postfix, Exim, Sendmail)를 읽고 수신자마다 "
    .. "결과를 하나씩 출력합니다. 경로가 \"-\"이거나 경로를 지정하지 않으면 표준 입력을 읽습니다.",
  scan_options = {
    { "-f, --format 형식", "text(표, 기본값), jsonl, json 또는 summary" },
    { "-l, --lang 언어", "text와 summary의 언어 (기본값: LANGUAGE, LC_ALL, LC_MESSAGES, LANG 순으로 확인하고, "
      .. "모두 없으면 en)" },
    { "    --mode 모드", "auto(기본값: 첫 줄을 보고 정함), mail, mbox 또는 log" },
    { "    --follow", "입력을 한 줄씩 읽고 레코드가 완성되는 대로 바로 출력합니다 "
      .. "(tail -F maillog | smtpcodes scan --follow)" },
    { "    --top N", "summary: 가장 자주 나온 진단 메시지 N개 (기본값 10)" },
    { "-w, --width N", "이 도움말을 N열에서 줄 바꿈합니다 (0: 줄 바꿈 안 함; 기본값: 터미널 너비, 터미널이 아니면 80)" },
    { "-h, --help", "이 도움말을 보여 줍니다" },
  },
  scan_exit = "종료 상태: 결과를 찾으면 0, 입력에 반송 메일도 로그 레코드도 없으면 1, 사용법 오류이면 2입니다.",

  try_help = "자세한 내용은 '{command} --help'를 실행하십시오.",
  unknown_option = "알 수 없는 옵션 {option}",
  needs_value = "{option} 옵션에는 값이 필요합니다",
  unknown_format = "알 수 없는 형식 '{format}' (text, markdown, html 또는 json)",
  width_number = "--width에는 정수를 지정해야 합니다",
  class_digit = "--class에는 2, 3, 4 또는 5를 지정해야 합니다",
  kind_value = "--kind에는 basic 또는 enhanced를 지정해야 합니다",
  list_only = "--class와 --kind는 --list와 함께만 쓸 수 있습니다",
  list_no_codes = "--list에는 코드를 지정할 수 없습니다",
  explain_one = "explain에는 응답 하나를 따옴표로 묶어 지정하거나 표준 입력으로 전달해야 합니다",
  one_or_two = "설명할 코드 하나 또는 비교할 코드 두 개를 지정하십시오",
  unknown_language = "지원하지 않는 언어 '{lang}' (지원 언어: {languages})",
  scan_unknown_format = "알 수 없는 형식 '{format}' (text, jsonl, json 또는 summary)",
  unknown_mode = "알 수 없는 모드 '{mode}' (auto, mail, mbox 또는 log)",
  top_number = "--top에는 0보다 큰 정수를 지정해야 합니다",

  error_malformed = "잘못된 코드 '{input}': 550 같은 세 자리 응답 코드나 5.1.1 같은 확장 상태 코드여야 합니다",
  error_out_of_range = "잘못된 코드 '{input}': 그런 클래스는 없습니다. 응답 코드는 200에서 599까지이고, 확장 상태 코드는 "
    .. "2, 4, 5 중 하나로 시작합니다",
  error_unknown = "알 수 없는 코드 '{input}': 이 응답 코드를 정의하는 표준이나 문서화된 용례가 없습니다",
  error_empty = "입력이 비어 있습니다: 응답이 없습니다",
  error_not_a_reply = "SMTP 응답이 아닙니다: 세 자리 코드로 시작하지 않습니다",
  error_bad_code = "SMTP 응답이 아닙니다: 코드가 2xx에서 5xx 사이가 아닙니다",
  error_too_long = "응답이 너무 깁니다: 한 줄 또는 응답 전체가 한도를 넘습니다",
  error_too_many_lines = "응답의 줄 수가 한도를 넘습니다",
  error_incomplete = "응답이 완전하지 않습니다: 마지막 줄을 아직 받지 못했습니다",

  cannot_write = "출력을 쓸 수 없습니다: {why}",
  not_translated = "일부 설명은 아직 한국어로 번역되지 않아 영어로 표시됩니다",
}
