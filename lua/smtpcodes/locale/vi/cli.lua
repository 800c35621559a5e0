-- Tiếng Việt (vi): văn bản của công cụ dòng lệnh (--help, lỗi cách dùng, thông báo lỗi).
-- Thuật ngữ theo bảng thuật ngữ trong vi/content.lua: mã phản hồi, mã trạng thái mở rộng, phản hồi, thư bị trả lại.
return {
  usage_label = "Cách dùng:",
  options_label = "Tùy chọn:",

  main_synopsis = {
    { "smtpcodes [tùy-chọn] MÃ", "giải thích một mã (550, 5.7.26)" },
    { "smtpcodes [tùy-chọn] MÃ MÃ", "so sánh hai mã (220 551)" },
    { "smtpcodes [tùy-chọn] explain PHẢN-HỒI", "giải thích phản hồi của máy chủ hoặc một thông báo lỗi" },
    { "smtpcodes [tùy-chọn] explain [-]", "như trên, nhưng đọc phản hồi từ đầu vào chuẩn" },
    { "smtpcodes [tùy-chọn] --list [--class N] [--kind basic|enhanced]", "liệt kê các mã đã biết" },
  },
  main_options = {
    { "-f, --format ĐỊNH-DẠNG", "text (mặc định), markdown, html hoặc json" },
    { "    --json", "tương đương --format json" },
    { "-l, --lang NGÔN-NGỮ", "ngôn ngữ giao diện (mặc định: lấy từ LANGUAGE, LC_ALL, LC_MESSAGES hoặc LANG, theo thứ tự đó, nếu không có thì en)" },
    { "-w, --width N", "ngắt dòng văn bản đầu ra ở N cột (0: không ngắt dòng; mặc định: độ rộng của "
      .. "terminal, nếu không có thì 80)" },
    { "    --list", "liệt kê các mã đã biết, mỗi mã một dòng" },
    { "    --class N", "dùng với --list: chỉ lớp N (2, 3, 4 hoặc 5)" },
    { "    --kind LOẠI", "dùng với --list: chỉ mã cơ bản (basic) hoặc mã mở rộng (enhanced)" },
    { "-h, --help", "hiển thị trợ giúp này" },
    { "-v, --version", "hiển thị phiên bản" },
  },
  main_exit = "Trạng thái thoát: 0 khi thành công, 1 khi không nhận ra mã, mã sai định dạng hoặc không tìm thấy phản "
    .. "hồi, 2 khi gọi lệnh sai cách, 3 khi không ghi được đầu ra.",

  scan_synopsis = {
    { "smtpcodes scan [tùy-chọn] [ĐƯỜNG-DẪN ...]", "" },
  },
  scan_intro = "Đọc thư bị trả lại, thư mục Maildir (cur/ và new/), tệp mbox và nhật ký MTA (Postfix, Exim, "
    .. "Sendmail), rồi xuất một kết quả cho mỗi người nhận. Nếu ĐƯỜNG-DẪN là \"-\" hoặc không có ĐƯỜNG-DẪN nào, lệnh "
    .. "đọc đầu vào chuẩn.",
  scan_options = {
    { "-f, --format ĐỊNH-DẠNG", "text (dạng bảng, mặc định), jsonl, json hoặc summary" },
    { "-l, --lang NGÔN-NGỮ", "ngôn ngữ của đầu ra text và summary (mặc định: lấy từ LANGUAGE, LC_ALL, LC_MESSAGES "
      .. "hoặc LANG, theo thứ tự đó, nếu không có thì en)" },
    { "    --mode CHẾ-ĐỘ", "auto (mặc định: xác định theo dòng đầu tiên), mail, mbox hoặc log" },
    { "    --follow", "đọc từng dòng và xuất mỗi bản ghi ngay khi bản ghi đó hoàn chỉnh (tail -F maillog | smtpcodes "
      .. "scan --follow)" },
    { "    --top N", "với summary: N chẩn đoán thường gặp nhất (mặc định: 10)" },
    { "-w, --width N", "ngắt dòng phần trợ giúp này ở N cột (0: không ngắt dòng; mặc định: độ rộng của"
      .. " terminal, nếu không có thì 80)" },
    { "-h, --help", "hiển thị trợ giúp này" },
  },
  scan_exit = "Trạng thái thoát: 0 khi tìm thấy kết quả, 1 khi đầu vào không có thư bị trả lại hay bản ghi nhật ký "
    .. "nào, 2 khi gọi lệnh sai cách.",

  try_help = "Hãy chạy “{command} --help” để biết thêm thông tin.",
  unknown_option = "không nhận ra tùy chọn {option}",
  needs_value = "tùy chọn {option} cần một giá trị",
  unknown_format = "không nhận ra định dạng “{format}” (text, markdown, html hoặc json)",
  width_number = "--width cần một số nguyên",
  class_digit = "--class chỉ nhận 2, 3, 4 hoặc 5",
  kind_value = "--kind chỉ nhận basic hoặc enhanced",
  list_only = "--class và --kind chỉ dùng cùng với --list",
  list_no_codes = "--list không nhận mã nào",
  explain_one = "explain nhận một phản hồi (đặt trong dấu nháy) hoặc đọc đầu vào chuẩn",
  one_or_two = "hãy nhập một mã để giải thích hoặc hai mã để so sánh",
  unknown_language = "không hỗ trợ ngôn ngữ “{lang}”; các ngôn ngữ được hỗ trợ: {languages}",
  scan_unknown_format = "không nhận ra định dạng “{format}” (text, jsonl, json hoặc summary)",
  unknown_mode = "không nhận ra chế độ “{mode}” (auto, mail, mbox hoặc log)",
  top_number = "--top cần một số nguyên lớn hơn 0",

  error_malformed = "mã không hợp lệ “{input}”: cần một mã phản hồi ba chữ số như 550 hoặc một mã trạng thái mở "
    .. "rộng như 5.1.1",
  error_out_of_range = "mã không hợp lệ “{input}”: không có lớp này; mã phản hồi nằm trong khoảng 200 đến 599, mã "
    .. "trạng thái mở rộng bắt đầu bằng 2, 4 hoặc 5",
  error_unknown = "không nhận ra mã “{input}”: không có tiêu chuẩn nào định nghĩa mã phản hồi này, cũng không có tài "
    .. "liệu nào ghi nhận cách dùng nó",
  error_empty = "đầu vào trống: không có phản hồi",
  error_not_a_reply = "không phải phản hồi SMTP: không bắt đầu bằng một mã ba chữ số",
  error_bad_code = "không phải phản hồi SMTP: mã không nằm trong khoảng 2xx đến 5xx",
  error_too_long = "phản hồi quá dài: một dòng hoặc toàn bộ phản hồi vượt quá giới hạn",
  error_too_many_lines = "số dòng của phản hồi vượt quá giới hạn",
  error_incomplete = "phản hồi chưa đầy đủ: chưa nhận được dòng cuối cùng",

  cannot_write = "không ghi được đầu ra: {why}",
  not_translated = "một số phần giải thích chưa được dịch sang tiếng Việt nên đang hiển thị bằng tiếng Anh",
}
