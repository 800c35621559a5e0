-- Türkçe (tr): komut satırı aracının metinleri (--help, kullanım hataları, hata iletileri).
-- Terimler tr/content.lua sözlükçesindeki gibidir: yanıt kodu, genişletilmiş durum kodu, yanıt, geri dönen ileti.
return {
  usage_label = "Kullanım:",
  options_label = "Seçenekler:",

  main_synopsis = {
    { "smtpcodes [seçenekler] KOD", "bir kodu açıklar (550, 5.7.26)" },
    { "smtpcodes [seçenekler] KOD KOD", "iki kodu karşılaştırır (220 551)" },
    { "smtpcodes [seçenekler] explain YANIT", "bir sunucu yanıtını veya hata iletisini açıklar" },
    { "smtpcodes [seçenekler] explain [-]", "aynısı, ancak yanıtı standart girdiden okur" },
    { "smtpcodes [seçenekler] --list [--class N] [--kind basic|enhanced]", "bilinen kodları listeler" },
  },
  main_options = {
    { "-f, --format BİÇİM", "text (varsayılan), markdown, html veya json" },
    { "    --json", "--format json ile aynıdır" },
    { "-l, --lang DİL", "arayüz dili (varsayılan: bu sırayla LANGUAGE, LC_ALL, LC_MESSAGES veya LANG değişkeninden alınır; hiçbiri yoksa en)" },
    { "-w, --width N", "metin çıktısını N sütunda alt satıra kaydırır (0: kaydırma yok; varsayılan: "
      .. "terminalin genişliği, çıktı terminal değilse 80)" },
    { "    --list", "bilinen kodları her satıra bir kod olacak şekilde listeler" },
    { "    --class N", "--list ile: yalnızca N sınıfı (2, 3, 4 veya 5)" },
    { "    --kind TÜR", "--list ile: yalnızca temel (basic) veya genişletilmiş (enhanced) kodlar" },
    { "-h, --help", "bu yardımı gösterir" },
    { "-v, --version", "sürümü gösterir" },
  },
  main_exit = "Çıkış durumu: başarı durumunda 0, bilinmeyen veya hatalı biçimli bir kodda ya da yanıt "
    .. "bulunamadığında 1, kullanım hatasında 2, çıktı yazılamadığında 3.",

  scan_synopsis = {
    { "smtpcodes scan [seçenekler] [YOL ...]", "" },
  },
  scan_intro = "Geri dönen iletileri, Maildir klasörlerini (cur/ ve new/), mbox dosyalarını ve MTA günlüklerini "
    .. "(Postfix, Exim, Sendmail) okur ve her alıcı için bir sonuç yazar. YOL “-” ise ya da YOL verilmezse "
    .. "standart girdi okunur.",
  scan_options = {
    { "-f, --format BİÇİM", "text (tablo, varsayılan), jsonl, json veya summary" },
    { "-l, --lang DİL", "text ve summary dili (varsayılan: bu sırayla LANGUAGE, LC_ALL, LC_MESSAGES veya LANG değişkeninden alınır; hiçbiri yoksa en)" },
    { "    --mode KİP", "auto (varsayılan: ilk satıra göre belirlenir), mail, mbox veya log" },
    { "    --follow", "satır satır okur ve her kaydı tamamlanır tamamlanmaz yazar "
      .. "(tail -F maillog | smtpcodes scan --follow)" },
    { "    --top N", "summary: en sık görülen N tanılama iletisi (varsayılan 10)" },
    { "-w, --width N", "bu yardımı N sütunda alt satıra kaydırır (0: kaydırma yok; varsayılan: terminalin"
      .. " genişliği, çıktı terminal değilse 80)" },
    { "-h, --help", "bu yardımı gösterir" },
  },
  scan_exit = "Çıkış durumu: bir sonuç bulunduğunda 0, girdide geri dönen ileti de günlük kaydı da "
    .. "bulunmadığında 1, kullanım hatasında 2.",

  try_help = "Daha fazla bilgi için “{command} --help” komutunu çalıştırın.",
  unknown_option = "bilinmeyen seçenek {option}",
  needs_value = "{option} seçeneği bir değer gerektirir",
  unknown_format = "bilinmeyen biçim “{format}” (text, markdown, html veya json)",
  width_number = "--width bir tam sayı gerektirir",
  class_digit = "--class için 2, 3, 4 veya 5 verilmelidir",
  kind_value = "--kind için basic veya enhanced verilmelidir",
  list_only = "--class ve --kind yalnızca --list ile kullanılır",
  list_no_codes = "--list kod almaz",
  explain_one = "explain tek bir yanıt alır (tırnak içinde) ya da standart girdiyi okur",
  one_or_two = "açıklamak için bir kod, karşılaştırmak için iki kod verin",
  unknown_language = "desteklenmeyen dil “{lang}”; desteklenen diller: {languages}",
  scan_unknown_format = "bilinmeyen biçim “{format}” (text, jsonl, json veya summary)",
  unknown_mode = "bilinmeyen kip “{mode}” (auto, mail, mbox veya log)",
  top_number = "--top 0'dan büyük bir tam sayı gerektirir",

  error_malformed = "geçersiz kod “{input}”: 550 gibi üç haneli bir yanıt kodu veya 5.1.1 gibi genişletilmiş bir durum "
    .. "kodu bekleniyordu",
  error_out_of_range = "geçersiz kod “{input}”: böyle bir sınıf yok; yanıt kodu 200 ile 599 arasındadır, "
    .. "genişletilmiş durum kodu 2, 4 veya 5 ile başlar",
  error_unknown = "bilinmeyen kod “{input}”: bu yanıt kodu hiçbir standartta tanımlı değil ve belgelenmiş bir "
    .. "kullanımı da yok",
  error_empty = "boş girdi: yanıt yok",
  error_not_a_reply = "SMTP yanıtı değil: üç haneli bir kodla başlamıyor",
  error_bad_code = "SMTP yanıtı değil: kod 2xx ile 5xx arasında değil",
  error_too_long = "yanıt çok uzun: bir satır ya da yanıtın tamamı sınırını aşıyor",
  error_too_many_lines = "yanıtın satır sayısı sınırı aşıyor",
  error_incomplete = "eksik yanıt: son satırı henüz gelmedi",

  cannot_write = "çıktı yazılamıyor: {why}",
  not_translated = "bazı açıklamalar henüz Türkçeye çevrilmedi; bunlar İngilizce gösteriliyor",
}
