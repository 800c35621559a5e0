-- 日本語（ja）：コマンドラインツールのテキスト（--help、使い方の誤り、エラーメッセージ）。
-- 用語は ja/content.lua の用語集に従う：応答コード、拡張ステータスコード、応答、バウンス。
-- オプションの説明は体言止め、文はです・ます調。
return {
  usage_label = "使い方:",
  options_label = "オプション:",

  main_synopsis = {
    { "smtpcodes [オプション] コード", "1 つのコードを説明（550、5.7.26）" },
    { "smtpcodes [オプション] コード コード", "2 つのコードを比較（220 551）" },
    { "smtpcodes [オプション] explain 応答", "サーバーの応答またはエラーメッセージを説明" },
    { "smtpcodes [オプション] explain [-]", "同上。応答を標準入力から読み込む" },
    { "smtpcodes [オプション] --list [--class N] [--kind basic|enhanced]", "既知のコードを一覧表示" },
  },
  main_options = {
    { "-f, --format 形式", "text（既定）、markdown、html、json のいずれか" },
    { "    --json", "--format json と同じ" },
    { "-l, --lang 言語", "表示言語（既定: LANGUAGE、LC_ALL、LC_MESSAGES、LANG の順に参照し、どれもなければ en）" },
    { "-w, --width N", "テキスト出力を N 桁で折り返す（0: 折り返さない。既定: 端末の幅、端末でなければ 80）" },
    { "    --list", "既知のコードを 1 行に 1 つずつ一覧表示" },
    { "    --class N", "--list と併用: クラス N（2、3、4、5）のみ" },
    { "    --kind 種類", "--list と併用: 基本応答コード（basic）または拡張ステータスコード（enhanced）のみ" },
    { "-h, --help", "このヘルプを表示" },
    { "-v, --version", "バージョンを表示" },
  },
  main_exit = "終了ステータス: 成功したときは 0、コードが不明または不正な形式のとき、あるいは応答が見つからないときは "
    .. "1、使い方に誤りがあるときは 2、出力を書き込めないときは 3 です。",

  scan_synopsis = {
    { "smtpcodes scan [オプション] [パス ...]", "" },
  },
  scan_intro = "バウンスメール、Maildir フォルダー（cur/ と new/）、mbox ファイル、MTA のログ（Postfix、Exim、"
    .. "Sendmail）を読み込み、受信者ごとに結果を 1 つ書き出します。パスが「-」のとき、またはパスを指定しない"
    .. "ときは標準入力を読み込みます。",
  scan_options = {
    { "-f, --format 形式", "text（表、既定）、jsonl、json、summary のいずれか" },
    { "-l, --lang 言語", "text と summary の言語（既定: LANGUAGE、LC_ALL、LC_MESSAGES、LANG の順に参照し、"
      .. "どれもなければ en）" },
    { "    --mode モード", "auto（既定: 最初の行で判断）、mail、mbox、log のいずれか" },
    { "    --follow", "1 行ずつ読み込み、各レコードがそろった時点ですぐに書き出す"
      .. "（tail -F maillog | smtpcodes scan --follow）" },
    { "    --top N", "summary: 出現回数の多い診断メッセージの上位 N 件（既定 10）" },
    { "-w, --width N", "このヘルプを N 桁で折り返す（0: 折り返さない。既定: 端末の幅、端末でなければ 80）" },
    { "-h, --help", "このヘルプを表示" },
  },
  scan_exit = "終了ステータス: 結果が見つかったときは 0、入力にバウンスもログレコードもなかったときは 1、"
    .. "使い方に誤りがあるときは 2 です。",

  try_help = "使い方の詳細は「{command} --help」で確認できます。",
  unknown_option = "不明なオプションです: {option}",
  needs_value = "オプション {option} には値が必要です",
  unknown_format = "不明な形式です: 「{format}」（text、markdown、html、json のいずれかを指定してください）",
  width_number = "--width には 0 以上の整数を指定してください",
  class_digit = "--class には 2、3、4、5 のいずれかを指定してください",
  kind_value = "--kind には basic または enhanced を指定してください",
  list_only = "--class と --kind は --list と併用する場合にのみ使えます",
  list_no_codes = "--list にはコードを指定できません",
  explain_one = "explain には応答を 1 つだけ（引用符で囲んで）指定するか、標準入力から渡してください",
  one_or_two = "説明するコードを 1 つ、または比較するコードを 2 つ指定してください",
  unknown_language = "対応していない言語です: 「{lang}」（対応言語: {languages}）",
  scan_unknown_format = "不明な形式です: 「{format}」（text、jsonl、json、summary のいずれかを指定してください）",
  unknown_mode = "不明なモードです: 「{mode}」（auto、mail、mbox、log のいずれかを指定してください）",
  top_number = "--top には 1 以上の整数を指定してください",

  error_malformed = "無効なコードです: 「{input}」。550 のような 3 桁の応答コード、または 5.1.1 のような拡張ステータス"
    .. "コードを指定してください",
  error_out_of_range = "無効なコードです: 「{input}」。そのようなクラスはありません。応答コードは 200 から 599 まで、"
    .. "拡張ステータスコードは 2、4、5 のいずれかで始まります",
  error_unknown = "不明なコードです: 「{input}」。この応答コードを定める標準も、文書化された用法もありません",
  error_empty = "入力が空です。応答がありません",
  error_not_a_reply = "SMTP の応答ではありません。3 桁のコードで始まっていません",
  error_bad_code = "SMTP の応答ではありません。コードが 2xx から 5xx の範囲にありません",
  error_too_long = "応答が長すぎます。いずれかの行または応答全体が上限を超えています",
  error_too_many_lines = "応答の行数が上限を超えています",
  error_incomplete = "応答が不完全です。最終行がまだ届いていません",

  cannot_write = "出力を書き込めません: {why}",
  not_translated = "一部の説明はまだ日本語に翻訳されていないため、英語で表示しています",
}
