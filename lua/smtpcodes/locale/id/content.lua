-- Bahasa Indonesia (Indonesian): isi penjelasan setiap kode balasan SMTP.
return {
  basic = {
    [200] = {
      description = "200 adalah balasan sukses yang tidak didefinisikan oleh standar SMTP mana pun; kode standar untuk perintah yang selesai dijalankan adalah 250. Daftar referensi kode balasan, seperti tabel di chiark.greenend.org.uk yang banyak disalin, menyebutnya sebagai respons sukses nonstandar dan merujuk ke RFC 876, survei implementasi SMTP awal dari tahun 1983. Karena digit pertamanya 2, kode ini hanya dapat dibaca sebagai sukses.",
      when = "Kode ini sangat jarang muncul saat ini, dan kalaupun muncul, biasanya berasal dari server SMTP yang sangat tua, buatan sendiri, atau salah konfigurasi, atau dari alat uji yang menjawab dengan 200 padahal seharusnya 250.",
      fix = "Klien harus menafsirkan 200 berdasarkan digit pertamanya, sebagaimana diwajibkan RFC 5321 bagian 4.2.1, sehingga perintah dianggap berhasil dan sesi berlanjut. Administrator server sebaiknya mengubah perangkat lunaknya agar mengirim 250, supaya klien yang ketat, pemeriksaan pemantauan, dan pengurai log tidak bingung.",
      use = "Server tidak boleh mengirim 200; untuk setiap perintah yang selesai dijalankan, kirimkan 250.",
    },
    [211] = {
      description = "Server melaporkan statusnya atau memberikan balasan bantuan umum. RFC 5321 mencantumkan 211 di samping 214 sebagai balasan sukses untuk HELP, tetapi tidak menetapkan isi teksnya, sehingga isinya bebas dan ditujukan untuk dibaca manusia.",
      when = "Kode ini jarang terlihat: beberapa server menjawab HELP, atau perintah status khusus vendor, dengan 211 disertai beberapa baris informasi status atau versi. Sebagian besar server menjawab HELP dengan 214.",
      fix = "Tidak ada yang perlu diperbaiki; perintah berhasil. Bacalah teksnya jika Anda memerlukan informasinya, tetapi skrip sebaiknya tidak mengurainya karena formatnya tidak distandarkan.",
      use = "Kirim 211 untuk melaporkan status sistem atau informasi umum yang diminta operator, dan gunakan 214 untuk teks bantuan tentang perintah.",
    },
    [214] = {
      description = "Server mengembalikan teks bantuan sebagai jawaban atas HELP, baik tentang server secara umum maupun tentang perintah yang disebutkan dalam argumen. Teks ini ditulis untuk pembaca manusia dan tidak memiliki format tetap.",
      when = "Seseorang yang menguji server secara manual, dengan telnet atau openssl s_client, mengetik HELP atau HELP diikuti nama perintah, lalu server menampilkan daftar perintah yang didukung atau petunjuk ke dokumentasinya, biasanya dalam beberapa baris.",
      fix = "Tidak ada yang perlu diperbaiki. Bacalah teksnya untuk mendapatkan petunjuk, tetapi andalkan balasan EHLO, bukan keluaran HELP, untuk mengetahui ekstensi yang didukung server.",
      use = "Kirim 214 berisi bantuan yang dapat dibaca manusia sebagai balasan HELP, baik dengan maupun tanpa argumen.",
    },
    [220] = {
      description = "Server siap berkomunikasi dengan SMTP: 220 adalah salam pembuka (greeting) normal yang dikirim segera setelah koneksi terbuka, dan kata pertama setelah kode adalah nama host server. RFC 3207 memakai ulang 220 sebagai balasan positif untuk STARTTLS, yang berarti server siap melakukan handshake TLS. Salam pembuka tidak membawa kode status diperluas, karena klien belum tahu apakah server menggunakannya, sedangkan balasan untuk STARTTLS biasanya membawanya.",
      when = "Ini adalah baris pertama yang diterima klien setelah koneksi terbentuk, misalnya \"220 mx.example.com ESMTP\", sebelum klien mengirim EHLO. Kode ini juga menjawab perintah STARTTLS yang diterima server, seperti pada \"220 2.0.0 Ready to start TLS\".",
      fix = "Tidak perlu tindakan apa pun: setelah salam pembuka, klien mengirim EHLO, atau HELO jika tidak menggunakan ekstensi. Setelah 220 untuk STARTTLS, klien langsung memulai handshake TLS dan, setelah selesai, melupakan semua yang diketahuinya sebelumnya lalu mengirim EHLO lagi. Klien sebaiknya menunggu salam pembuka sebelum mengirim apa pun, karena banyak server menolak klien yang berbicara lebih dulu.",
      use = "Kirim 220 sebagai salam pembuka koneksi jika server bersedia menerima surat, dan sebagai balasan STARTTLS jika server siap memulai TLS.",
    },
    [221] = {
      description = "Server menerima QUIT dan menutup koneksi secara tertib. Teksnya biasanya diawali dengan nama host server.",
      when = "Ini adalah balasan terakhir dari sesi normal dan muncul tepat setelah klien mengirim QUIT, misalnya \"221 2.0.0 Bye\".",
      fix = "Tidak ada yang perlu diperbaiki; sesi berakhir dengan bersih, dan setiap pesan yang sudah diterima dengan 250 tetap berstatus diterima. Klien sebaiknya membaca balasan ini lalu menutup koneksi dari sisinya.",
      use = "Kirim 221 sebagai balasan QUIT, lalu tutup koneksi.",
    },
    [235] = {
      description = "Pertukaran SASL yang dimulai dengan AUTH telah selesai dan server menerima kredensial klien. Mulai saat ini sesi sudah terautentikasi, yang biasanya mengizinkan klien untuk mengirimkan (submit) atau me-relay surat.",
      when = "Program surel atau aplikasi mengirim AUTH PLAIN, AUTH LOGIN, atau mekanisme lain, biasanya pada port submission 587 atau 465 melalui TLS, dan nama pengguna serta kata sandi atau token yang diberikan benar, seperti pada \"235 2.7.0 Authentication successful\".",
      fix = "Tidak ada yang perlu diperbaiki; lanjutkan dengan MAIL FROM. Jangan mengirim AUTH lagi dalam sesi yang sama, karena server akan menolaknya, dan jika mekanisme yang dipakai memasang lapisan keamanan, lupakan hasil EHLO sebelumnya lalu kirim EHLO lagi.",
      use = "Kirim 235 ketika pertukaran AUTH berakhir dengan kredensial yang valid.",
    },
    [250] = {
      description = "Perintah berhasil; 250 adalah tanda OK umum dalam SMTP. Setelah akhir data pesan, maknanya lebih dari itu: server telah mengambil alih tanggung jawab untuk mengirimkan pesan atau untuk melaporkan kegagalan kepada pengirim. ETRN (RFC 1985) memakainya untuk menyatakan bahwa pemrosesan antrean untuk node tersebut telah dimulai, dan ATRN (RFC 2645) untuk menyatakan bahwa arah koneksi akan segera dibalik.",
      when = "Hampir setiap langkah sesi normal mendapatkannya: balasan EHLO multibaris yang mencantumkan ekstensi, penerimaan MAIL FROM dan setiap RCPT TO, balasan setelah titik penutup, serta balasan untuk RSET, NOOP, VRFY, EXPN, dan setiap potongan BDAT. Setelah pesan diterima, server biasanya menambahkan kode diperluas dan ID antrean, seperti pada \"250 2.0.0 Ok: queued as 4FkX1\".",
      fix = "Tidak ada yang perlu diperbaiki; lanjutkan ke perintah berikutnya. Catat balasan atas titik penutup di log, karena ID antreannya diperlukan administrator di sisi penerima untuk melacak pesan. Balasan 250 untuk RCPT TO hanya berarti alamat diterima untuk sementara: pesan masih bisa terpental kemudian, sehingga pengirim harus tetap menangani notifikasi status pengiriman (DSN).",
      use = "Kirim 250 setiap kali perintah yang diminta telah dijalankan sepenuhnya, dan setelah titik penutup hanya jika pesan sudah tersimpan dengan aman.",
    },
    [251] = {
      description = "Server menerima penerima tersebut meskipun kotak suratnya bukan kotak surat lokal, dan akan meneruskan pesan ke forward-path yang disebutkan dalam teks balasan. Dalam ETRN (RFC 1985), kode yang sama memiliki arti yang sama sekali lain: permintaan valid, tetapi tidak ada pesan yang menunggu untuk node tersebut.",
      when = "Kode ini menjawab RCPT TO, atau VRFY, untuk alamat yang diketahui server sudah pindah, misalnya \"251 User not local; will forward to <jane@new.example>\". Saat ini sebagian besar server meneruskan pesan secara diam-diam dan menjawab 250, agar alamat baru tetap rahasia; setelah ETRN, kode ini hanya melaporkan bahwa antrean kosong.",
      fix = "Penerima sudah diterima, jadi lanjutkan transaksi seperti setelah 250. Klien boleh mengurai forward-path di dalam kurung sudut untuk menyarankan pembaruan alamat, tetapi tidak wajib, dan sebaiknya hanya memperbarui alamat secara otomatis jika klien memercayai identitas server. Setelah ETRN, 251 berarti tidak ada yang perlu dikirim, dan itu bukan kesalahan.",
      use = "Kirim 251 untuk RCPT TO atau VRFY jika Anda menerima surat untuk alamat yang akan Anda teruskan dan Anda bersedia mengungkapkan alamat barunya.",
    },
    [252] = {
      description = "Server tidak dapat atau tidak mau memastikan bahwa alamat tersebut ada, tetapi server akan menerima pesan untuk alamat itu dan mencoba mengirimkannya. Situs yang menonaktifkan VRFY demi privasi harus menjawab dengan 252, bukan dengan kode yang terlihat seperti hasil verifikasi sungguhan. Dalam ETRN (RFC 1985), 252 berarti permintaan diterima dan pemrosesan pesan tertunda untuk node tersebut telah dimulai.",
      when = "Sebuah alat atau pemeriksaan verifikasi pengirim mengirim VRFY atau EXPN, dan server menonaktifkan verifikasi, seperti kebanyakan server publik, atau merupakan MX cadangan atau gateway yang tidak dapat memeriksa kotak surat tujuan akhir secara real time. Registri IANA juga memasangkan 252 dengan X.6.8 dari RFC 6531, untuk VRFY yang jawabannya memerlukan nama kotak surat UTF-8 yang belum disetujui klien untuk diterima.",
      fix = "Jangan menganggap 252 sebagai bukti bahwa kotak surat itu ada, dan jangan pula sebagai penolakan: skrip yang memverifikasi alamat sebaiknya mencatat hasilnya sebagai tidak diketahui, dan satu-satunya uji yang andal adalah mengirim pesan lalu memantau apakah ada pesan pentalan (bounce). Setelah ETRN, 252 berarti sukses, dan surat yang mengantre akan datang melalui koneksi SMTP baru.",
      use = "Kirim 252 untuk VRFY atau EXPN jika verifikasi dinonaktifkan oleh kebijakan atau jika alamat tampak dapat menerima kiriman tetapi tidak dapat diperiksa secara real time.",
    },
    [253] = {
      description = "Server menerima permintaan ETRN dan telah mulai mengirim pesan yang disimpannya untuk node yang disebutkan, dan teks balasan menyebutkan jumlah pesan tersebut. Kode ini hanya ada dalam ekstensi ETRN pada RFC 1985, dengan arti yang sama seperti 252 ditambah jumlah pesan.",
      when = "Sebuah situs dengan koneksi yang tidak selalu tersambung, atau server surel yang bertindak atas namanya, terhubung ke relay milik penyedia layanannya dan mengirim ETRN dengan nama domainnya, dan relay tersebut memiliki surat yang mengantre untuk domain itu.",
      fix = "Tidak ada yang perlu diperbaiki. Pastikan server SMTP milik situs tetap dapat dijangkau, karena relay mengirimkan pesan yang mengantre melalui koneksi SMTP baru ke host surel node tersebut, bukan melalui sesi yang mengirim ETRN.",
      use = "Kirim 253 sebagai balasan ETRN jika pemrosesan antrean telah dimulai dan Anda ingin memberi tahu klien berapa banyak pesan yang menunggu.",
    },
