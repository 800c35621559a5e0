-- Bahasa Indonesia (id): teks alat baris perintah (--help, kesalahan pemakaian, pesan kesalahan).
-- Istilah mengikuti glosarium id/content.lua: kode balasan, kode status diperluas, balasan, pesan pentalan.
return {
  usage_label = "Pemakaian:",
  options_label = "Opsi:",

  main_synopsis = {
    { "smtpcodes [opsi] KODE", "menjelaskan satu kode (550, 5.7.26)" },
    { "smtpcodes [opsi] KODE KODE", "membandingkan dua kode (220 551)" },
    { "smtpcodes [opsi] explain BALASAN", "menjelaskan balasan server atau pesan kesalahan" },
    { "smtpcodes [opsi] explain [-]", "sama seperti di atas, tetapi balasan dibaca dari masukan standar" },
    { "smtpcodes [opsi] --list [--class N] [--kind basic|enhanced]", "menampilkan daftar kode yang dikenal" },
  },
  main_options = {
    { "-f, --format FORMAT", "text (bawaan), markdown, html, atau json" },
    { "    --json", "sama dengan --format json" },
    { "-l, --lang BAHASA", "bahasa antarmuka (bawaan: diambil dari LANGUAGE, LC_ALL, LC_MESSAGES, atau LANG, "
      .. "sesuai urutan itu; jika tidak ada, en)" },
    { "-w, --width N", "melipat baris keluaran teks pada lebar N kolom (0: baris tidak dilipat; bawaan: lebar "
      .. "terminal, atau 80 bila keluaran bukan terminal)" },
    { "    --list", "menampilkan daftar kode yang dikenal, satu per baris" },
    { "    --class N", "bersama --list: hanya kelas N (2, 3, 4, atau 5)" },
    { "    --kind JENIS", "bersama --list: hanya kode dasar (basic) atau kode diperluas (enhanced)" },
    { "-h, --help", "menampilkan bantuan ini" },
    { "-v, --version", "menampilkan versi" },
  },
  main_exit = "Status keluar: 0 bila berhasil; 1 untuk kode yang tidak dikenal atau salah format, atau bila tidak "
    .. "ada balasan yang ditemukan; 2 untuk kesalahan pemakaian; 3 bila keluaran tidak dapat ditulis.",

  scan_synopsis = {
    { "smtpcodes scan [opsi] [JALUR ...]", "" },
  },
  scan_intro = "Membaca pesan pentalan, folder Maildir (cur/ dan new/), berkas mbox, dan log MTA (Postfix, Exim, "
    .. "Sendmail), lalu mengeluarkan satu hasil untuk setiap penerima. Jika JALUR berupa \"-\" atau tidak diberikan, "
    .. "yang dibaca adalah masukan standar.",
  scan_options = {
    { "-f, --format FORMAT", "text (tabel, bawaan), jsonl, json, atau summary" },
    { "-l, --lang BAHASA", "bahasa untuk text dan summary (bawaan: diambil dari LANGUAGE, LC_ALL, "
      .. "LC_MESSAGES, atau LANG, sesuai urutan itu; jika tidak ada, en)" },
    { "    --mode MODE", "auto (bawaan: dikenali dari baris pertama), mail, mbox, atau log" },
    { "    --follow", "membaca baris demi baris dan mengeluarkan setiap catatan segera setelah catatan itu lengkap "
      .. "(tail -F maillog | smtpcodes scan --follow)" },
    { "    --top N", "summary: N diagnostik yang paling sering muncul (bawaan: 10)" },
    { "-w, --width N", "melipat baris bantuan ini pada lebar N kolom (0: baris tidak dilipat; bawaan: lebar"
      .. " terminal, atau 80 bila keluaran bukan terminal)" },
    { "-h, --help", "menampilkan bantuan ini" },
  },
  scan_exit = "Status keluar: 0 bila ada hasil yang ditemukan; 1 bila masukan tidak berisi pesan pentalan maupun "
    .. "catatan log; 2 untuk kesalahan pemakaian.",

  try_help = "Jalankan '{command} --help' untuk informasi lebih lanjut.",
  unknown_option = "opsi tidak dikenal {option}",
  needs_value = "opsi {option} memerlukan nilai",
  unknown_format = "format tidak dikenal '{format}' (text, markdown, html, atau json)",
  width_number = "nilai --width harus berupa bilangan bulat",
  class_digit = "nilai --class harus 2, 3, 4, atau 5",
  kind_value = "nilai --kind harus basic atau enhanced",
  list_only = "--class dan --kind hanya dipakai bersama --list",
  list_no_codes = "--list tidak menerima kode",
  explain_one = "explain menerima satu balasan (dalam tanda kutip) atau membaca masukan standar",
  one_or_two = "berikan satu kode untuk dijelaskan atau dua kode untuk dibandingkan",
  unknown_language = "bahasa '{lang}' tidak didukung; bahasa yang didukung: {languages}",
  scan_unknown_format = "format tidak dikenal '{format}' (text, jsonl, json, atau summary)",
  unknown_mode = "mode tidak dikenal '{mode}' (auto, mail, mbox, atau log)",
  top_number = "nilai --top harus berupa bilangan bulat yang lebih besar dari 0",

  error_malformed = "kode tidak valid '{input}': yang diharapkan adalah kode balasan tiga digit seperti 550 atau "
    .. "kode status diperluas seperti 5.1.1",
  error_out_of_range = "kode tidak valid '{input}': kelas itu tidak ada; kode balasan berkisar 200 sampai 599, "
    .. "kode status diperluas diawali 2, 4, atau 5",
  error_unknown = "kode tidak dikenal '{input}': kode balasan ini tidak didefinisikan oleh standar mana pun, dan "
    .. "penggunaannya juga tidak terdokumentasi",
  error_empty = "masukan kosong: tidak ada balasan",
  error_not_a_reply = "bukan balasan SMTP: tidak diawali kode tiga digit",
  error_bad_code = "bukan balasan SMTP: kodenya tidak berada dalam rentang 2xx sampai 5xx",
  error_too_long = "balasan terlalu panjang: satu baris atau seluruh balasan melewati batasnya",
  error_too_many_lines = "jumlah baris balasan melebihi batasnya",
  error_incomplete = "balasan tidak lengkap: baris terakhirnya belum diterima",

  cannot_write = "keluaran tidak dapat ditulis: {why}",
  not_translated = "sebagian penjelasan belum diterjemahkan ke dalam bahasa Indonesia dan ditampilkan dalam "
    .. "bahasa Inggris",
}
