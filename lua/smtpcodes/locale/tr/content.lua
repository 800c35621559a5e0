-- Türkçe (tr): SMTP yanıt kodlarının ve genişletilmiş durum kodu kayıt defterinin çevrilmiş içeriği.
-- Teknik kılavuz üslubu; öneriler "-in/-ın" emir kipiyle (siz) yazılır.
--
-- Sözlükçe (tüm metinlerde ve tr.lua arayüz dosyasında aynı karşılıklar kullanılır):
--   mailbox                      posta kutusu
--   recipient / sender           alıcı / gönderen
--   envelope sender              zarf göndereni
--   relay (noun / verb)          aktarma sunucusu (relay) / aktarmak
--   bounce / hard bounce         geri dönen ileti (bounce) / kalıcı geri dönme (hard bounce)
--   delivery status notification teslim durumu bildirimi (DSN)
--   queue / queue run            kuyruk / kuyruk işleme
--   greylisting                  gri listeleme (greylisting)
--   reply code / basic code      yanıt kodu / temel kod
--   enhanced status code         genişletilmiş durum kodu
--   transient / permanent failure geçici hata / kalıcı hata
--   retry                        yeniden deneme; yeniden denemek
--   forward-path / reverse-path  yönlendirme yolu (forward-path) / dönüş yolu (reverse-path)
--   forwarding                   iletme (iletme kuralı, iletme hizmeti); yeni adrese: yönlendirme
--   null MX                      null MX kaydı (sıfat olarak değil: "boş MX (null MX) kaydı olan")
--   final dot                    sonlandırıcı nokta (DATA sonrası)
--   greeting                     karşılama mesajı
--   handshake                    TLS el sıkışması
--   credentials                  kimlik bilgileri
--   provider                     sağlayıcı
--   IANA registry                IANA kayıt defteri
--   logs                         günlükler (log)
--   header section / header field başlık bölümü / başlık alanı; body: gövde
--   submission port              gönderim (submission) portu
--   policy                       politika
--   blocklist / allow-list       engel listesi (blocklist) / izin listesi
--   host / host name             ana makine / ana makine adı
--   backup MX                    yedek MX
--   postmaster                   posta yöneticisi (postmaster)
--   session / transaction        oturum / işlem
--   deprecated                   kullanımdan kaldırılmış
--   angle brackets               açılı ayraçlar (< >)
--   DMARC alignment / aligned    DMARC hizalaması / (From alan adıyla) hizalı
--   reference lists (of codes)   kod listeleri
--   reply text                   yanıt metni
--   draft (Internet-Draft)       taslak (Internet-Draft)
return {
  basic = {
    [200] = {
      description = "200, hiçbir SMTP standardının tanımlamadığı bir başarı yanıtıdır; tamamlanan bir komut için standart kod 250'dir. chiark.greenend.org.uk üzerindeki çok kopyalanmış tablo gibi yanıt kodu listeleri bu kodu standart dışı bir başarı yanıtı olarak adlandırır ve ilk SMTP uygulamalarını inceleyen 1983 tarihli RFC 876'ya gönderme yapar. İlk basamağı 2 olduğu için yalnızca başarı olarak yorumlanabilir.",
      when = "Günümüzde çok nadirdir; görülürse çok eski, kurum içinde yazılmış veya yanlış yapılandırılmış bir SMTP sunucusundan ya da 250 gereken yerde 200 ile yanıt veren bir test aracından gelir.",
      fix = "İstemci, RFC 5321 (bölüm 4.2) gereğince 200 kodunu ilk basamağına göre değerlendirmelidir; böylece komut başarılı sayılır ve oturum sürer. Sunucu yöneticisi, katı istemcilerin, izleme denetimlerinin ve günlük çözümleyicilerin yanılmaması için yazılımı 250 gönderecek şekilde değiştirmelidir.",
      use = "Sunucu hiçbir zaman 200 göndermemeli, tamamlanan her komut için 250 göndermelidir.",
    },
    [211] = {
      description = "Sunucu durumunu bildiriyor veya genel bir yardım yanıtı veriyor. RFC 5321, 211 kodunu 214'ün yanında HELP komutuna verilen bir başarı yanıtı olarak listeler, ancak metnin içeriğini tanımlamaz; bu yüzden içerik serbesttir ve bir insan için yazılır.",
      when = "Nadiren görülür: bazı sunucular HELP komutuna veya üreticiye özgü bir durum komutuna 211 ve birkaç satırlık durum ya da sürüm bilgisiyle yanıt verir. Sunucuların çoğu HELP komutuna 214 ile yanıt verir.",
      fix = "Düzeltilecek bir şey yok; komut başarılı oldu. Bilgiye ihtiyacınız varsa metni okuyun, ancak biçimi standartlaştırılmadığı için bir betik bu metni ayrıştırmamalıdır.",
      use = "Bir operatörün istediği sistem durumunu veya genel bilgiyi bildirmek için 211 gönderin; komutlarla ilgili yardım metni için 214 kodunu kullanın.",
    },
    [214] = {
      description = "Sunucu, HELP komutuna yanıt olarak genel olarak sunucu hakkında veya bağımsız değişkende adı verilen komut hakkında yardım metni döndürüyor. Metin bir insan okuyucu için yazılır ve sabit bir biçimi yoktur.",
      when = "Bir sunucuyu telnet veya openssl s_client ile elle sınayan biri HELP ya da HELP ve ardından bir komut adı yazdı; sunucu da desteklenen komutların listesini veya belgelerine bir yönlendirmeyi, genellikle birkaç satır hâlinde, gösterdi.",
      fix = "Düzeltilecek bir şey yok. Metin ipucu verebilir, ancak sunucunun hangi uzantıları desteklediğini öğrenmek için HELP çıktısına değil, EHLO yanıtına bakın.",
      use = "HELP komutuna, bağımsız değişkenli veya değişkensiz, insanların okuyabileceği yardım metniyle 214 gönderin.",
    },
    [220] = {
      description = "Sunucu SMTP oturumuna hazır. 220, bağlantı açılır açılmaz gönderilen olağan karşılama mesajıdır ve koddan sonraki ilk sözcük sunucunun ana makine adıdır. RFC 3207, 220 kodunu STARTTLS komutuna verilen olumlu yanıt olarak da kullanır; bu durumda 220, sunucunun TLS el sıkışmasına hazır olduğunu belirtir. Karşılama mesajı genişletilmiş durum kodu taşımaz, çünkü istemci sunucunun bu kodları kullanıp kullanmadığını henüz bilmez; STARTTLS yanıtı ise genellikle taşır.",
      when = "Bağlantı kurulduktan sonra, EHLO göndermeden önce istemcinin aldığı ilk satırdır; örneğin \"220 mx.example.com ESMTP\". Sunucunun kabul ettiği bir STARTTLS komutuna da yanıt olarak gelir; örneğin \"220 2.0.0 Ready to start TLS\".",
      fix = "Bir şey yapmaya gerek yok: karşılama mesajından sonra istemci EHLO gönderir, uzantı kullanmıyorsa HELO gönderir. STARTTLS komutuna 220 geldikten sonra istemci TLS el sıkışmasını hemen başlatır; el sıkışma tamamlanınca daha önce öğrendiklerini unutur ve yeniden EHLO gönderir. İstemci bir şey göndermeden önce karşılama mesajını beklemelidir, çünkü birçok sunucu önce konuşan istemcileri reddeder.",
      use = "Sunucu posta kabul etmeye hazırsa bağlantı karşılama mesajı olarak, TLS başlatmaya hazırsa STARTTLS yanıtı olarak 220 gönderin.",
    },
    [221] = {
      description = "Sunucu QUIT komutunu onaylıyor ve bağlantıyı düzenli biçimde kapatıyor. Metin genellikle sunucunun ana makine adıyla başlar.",
      when = "Olağan bir oturumun son yanıtıdır ve istemci QUIT gönderdikten hemen sonra gelir; örneğin \"221 2.0.0 Bye\".",
      fix = "Düzeltilecek bir şey yok; oturum düzgün biçimde sona erdi ve 250 ile kabul edilmiş her ileti kabul edilmiş olarak kalır. İstemci yanıtı okumalı, ardından bağlantının kendi tarafını kapatmalıdır.",
      use = "QUIT komutuna yanıt olarak 221 gönderin, ardından bağlantıyı kapatın.",
    },
    [235] = {
      description = "AUTH ile başlatılan SASL alışverişi tamamlandı ve sunucu istemcinin kimlik bilgilerini kabul ediyor. Bundan sonra oturum kimliği doğrulanmış durumdadır; bu da istemcinin genellikle posta göndermesine veya aktarmasına izin verir.",
      when = "Bir posta programı veya uygulama, genellikle 587 numaralı gönderim (submission) portunda ya da TLS üzerinden 465 numaralı portta AUTH PLAIN, AUTH LOGIN veya başka bir mekanizma gönderdi ve kullanıcı adıyla parola ya da belirteç doğruydu; örneğin \"235 2.7.0 Authentication successful\".",
      fix = "Düzeltilecek bir şey yok; MAIL FROM ile devam edin. Aynı oturumda yeniden AUTH göndermeyin, çünkü sunucu bunu reddeder; mekanizma bir güvenlik katmanı kurduysa önceki EHLO sonuçlarını unutun ve yeniden EHLO gönderin.",
      use = "Bir AUTH alışverişi geçerli kimlik bilgileriyle sona erdiğinde 235 gönderin.",
    },
    [250] = {
      description = "Komut başarılı oldu; 250, SMTP'nin genel \"tamam\" yanıtıdır. İleti verisinin sonundan sonra daha fazlasını ifade eder: sunucu iletiyi teslim etme ya da bir hatayı gönderene bildirme sorumluluğunu üstlenmiştir. ETRN (RFC 1985) bu kodu düğüm için kuyruk işlemenin başladığını, ATRN (RFC 2645) ise bağlantının yönünün değiştirilmek üzere olduğunu bildirmek için kullanır.",
      when = "Olağan bir oturumun neredeyse her adımı bu kodu alır: uzantıları listeleyen çok satırlı EHLO yanıtı, MAIL FROM ve her RCPT TO komutunun kabulü, sonlandırıcı noktaya verilen yanıt ve RSET, NOOP, VRFY, EXPN ile her BDAT parçasına verilen yanıtlar. İletiden sonra sunucular genellikle bir genişletilmiş kod ve bir kuyruk kimliği ekler; örneğin \"250 2.0.0 Ok: queued as 4FkX1\".",
      fix = "Düzeltilecek bir şey yok; bir sonraki komuta geçin. Bitiş noktasına verilen yanıtı günlüğe kaydedin, çünkü alıcı tarafın yöneticisinin iletiyi izlemek için ihtiyaç duyduğu şey bu yanıttaki kuyruk kimliğidir. RCPT TO komutuna verilen 250 adresi yalnızca şimdilik kabul eder: ileti daha sonra yine geri dönebilir, bu yüzden gönderen teslim durumu bildirimlerini işlemeyi sürdürmelidir.",
      use = "İstenen komut tümüyle yerine getirildiğinde 250 gönderin; sonlandırıcı noktadan sonra ise yalnızca ileti güvenle saklandığında gönderin.",
    },
    [251] = {
      description = "Sunucu, posta kutusu yerel olmadığı hâlde alıcıyı kabul ediyor ve iletiyi yanıt metninde belirtilen yönlendirme yoluna (forward-path) iletecek. ETRN'de (RFC 1985) aynı kod ilgisiz bir anlam taşır: istek geçerliydi, ancak o düğüm için bekleyen ileti yok.",
      when = "Sunucunun taşındığını bildiği bir adres için RCPT TO veya VRFY komutuna yanıt olarak gelir; örneğin \"251 User not local; will forward to <jane@new.example>\". Günümüzde sunucuların çoğu yeni adres gizli kalsın diye iletiyi sessizce iletir ve 250 ile yanıt verir; ETRN'den sonra ise yalnızca boş bir kuyruğu bildirir.",
      fix = "Alıcı kabul edildi; işleme 250 sonrasındaki gibi devam edin. İstemci, adres güncellemesi önermek için açılı ayraçlar içindeki yönlendirme yolunu ayrıştırabilir, ancak buna zorunlu değildir ve adresleri yalnızca sunucunun kimliğine güveniyorsa otomatik olarak güncellemelidir. ETRN'den sonra 251, teslim edilecek bir şey olmadığı anlamına gelir ve bu bir hata değildir.",
      use = "İleteceğiniz bir adres için posta kabul ediyor ve yeni adresi açıklamaya razıysanız RCPT TO veya VRFY komutuna 251 gönderin.",
    },
    [252] = {
      description = "Sunucu adresin var olduğunu doğrulayamıyor veya doğrulamak istemiyor, ancak bu adrese gelen bir iletiyi kabul eder ve teslim etmeye çalışır. Gizlilik nedeniyle VRFY komutunu kapatan bir site, gerçek bir doğrulama sonucu gibi görünen bir kodla değil, 252 ile yanıt vermelidir. ETRN'de (RFC 1985) 252, isteğin kabul edildiği ve düğümün bekleyen iletileri için işlemenin başladığı anlamına gelir.",
      when = "Bir araç veya gönderen doğrulama denetimi VRFY ya da EXPN gönderdi; sunucu ise ya genel sunucuların çoğu gibi doğrulamayı kapatmış ya da son posta kutusunu anlık olarak denetleyemeyen bir yedek MX veya ağ geçididir. IANA kayıt defteri 252 kodunu ayrıca RFC 6531'deki X.6.8 ile eşleştirir; bu eşleştirme, yanıtı istemcinin almayı kabul etmediği UTF-8 bir posta kutusu adı gerektirecek bir VRFY içindir.",
      fix = "252 kodunu posta kutusunun var olduğuna kanıt da, bir ret de saymayın: adres doğrulayan bir betik sonucu bilinmiyor olarak kaydetmelidir; güvenilir tek sınama bir ileti gönderip geri dönüp dönmediğini izlemektir. ETRN'den sonra 252 bir başarıdır ve kuyruktaki postalar yeni SMTP bağlantıları üzerinden gelir.",
      use = "Doğrulama politika gereği kapalıysa veya adres teslim edilebilir görünüp anlık olarak denetlenemiyorsa VRFY ya da EXPN komutuna 252 gönderin.",
    },
    [253] = {
      description = "Sunucu bir ETRN isteğini kabul etti ve belirtilen düğüm için sakladığı iletileri göndermeye başladı; metin de kaç ileti olduğunu söyler. Yalnızca RFC 1985'teki ETRN uzantısında bulunur ve orada 252 ile aynı anlamı, ileti sayısıyla birlikte taşır.",
      when = "Kesintili bağlantısı olan bir site veya onun adına çalışan bir posta sunucusu, sağlayıcısının aktarma sunucusuna (relay) bağlandı ve alan adıyla birlikte ETRN gönderdi; aktarma sunucusunda da o alan adı için kuyrukta bekleyen posta vardı.",
      fix = "Düzeltilecek bir şey yok. Sitenin kendi SMTP sunucusunu erişilebilir tutun, çünkü aktarma sunucusu kuyruktaki iletileri ETRN'i gönderen oturum üzerinden değil, düğümün posta sunucusuna açtığı yeni SMTP bağlantıları üzerinden teslim eder.",
      use = "Bir kuyruk işleme başladığında ve istemciye kaç iletinin beklediğini bildirmek istediğinizde ETRN komutuna yanıt olarak 253 gönderin.",
    },
    [334] = {
      description = "Sunucu AUTH komutunu buraya kadar kabul etti ve SASL alışverişinin bir sonraki adımını bekliyor. Koddan sonraki metin base64 ile kodlanmış, boş da olabilen bir sorgudur (challenge); bir insana yönelik ileti değil, istemci yazılımı için veridir.",
      when = "Mekanizma bir tur daha gidip gelme gerektirdiğinde AUTH komutunun ardından gelir: AUTH LOGIN kullanıcı adı ve parola istemlerini base64 olarak gönderir, ilk yanıt içermeyen AUTH PLAIN boş bir sorgu alır, CRAM-MD5 ise base64 ile kodlanmış bir nonce gönderir.",
      fix = "İstemci tek satırlık base64 veriyle ya da iptal etmek için tek bir \"*\" ile yanıt vermelidir; sunucu iptale 501 ile karşılık verir. Çözülmüş alışveriş parolayı içerebileceğinden istemci bunu günlüğe kaydetmemelidir.",
      use = "AUTH mekanizması istemciden daha fazla veri gerektirdiğinde base64 sorguyla birlikte 334 gönderin.",
    },
    [354] = {
      description = "Sunucu DATA komutunu kabul etti ve iletinin kendisini, yani başlık bölümünü ve gövdeyi, yalnızca bir nokta içeren satırla bitecek biçimde almaya hazır. Temel SMTP'deki tek ara yanıttır: henüz hiçbir şey kabul edilmemiştir.",
      when = "İşlemde bir gönderen ve en az bir kabul edilmiş alıcı varken istemci DATA gönderdikten hemen sonra gelir; genellikle \"354 End data with <CR><LF>.<CR><LF>\" biçimindedir.",
      fix = "İletiyi gönderin, noktayla başlayan her satırın başına fazladan bir nokta ekleyin, iletiyi CRLF.CRLF ile bitirin ve son yanıtı bekleyin: iletinin kabul edildiğini yalnızca o noktada gelen bir 2xx yanıtı gösterir. İstemci, komutları pipelining ile gönderse bile 354 gelmeden içeriği göndermemelidir.",
      use = "İşlemde bir gönderen ve en az bir kabul edilmiş alıcı varsa ve iletiyi okumaya hazırsanız DATA komutuna 354 ile yanıt verin.",
    },
    [355] = {
      description = "Sunucu, MAIL FROM ile gelen TRANSID değerini yarıda kalmış bir işlem olarak tanıdı ve ileti verisinin hangi noktasından devam edebileceğini oktet sayısı olarak bildiriyor. RFC 1845'teki deneysel CHECKPOINT uzantısına aittir; bu uzantı istemcinin büyük bir iletinin kesilen aktarımını her şeyi yeniden göndermeden sürdürmesini sağlar.",
      when = "Pratikte hiç görülmez: iki tarafın da CHECKPOINT uygulaması ve istemcinin kopan bir oturumdan sonra yeniden bağlanıp öncekiyle aynı TRANSID parametresiyle MAIL FROM göndermiş olması gerekir.",
      fix = "CHECKPOINT destekleyen bir istemci, sunucuda zaten bulunanı yinelemeden, ileti içeriğini verilen ofsetten itibaren göndermeyi sürdürür. Uzantıyı bilmeyen bir istemci hiçbir zaman 355 almamalıdır, çünkü bu kod yalnızca bir TRANSID parametresinin ardından gelir; yine de alırsa işlemi RSET ile bırakmalıdır.",
      use = "355 kodunu yalnızca CHECKPOINT sunuluyorsa ve MAIL FROM, verisini sakladığınız yarıda kalmış bir işlemin TRANSID değerini taşıyorsa gönderin.",
    },
    [420] = {
      description = "420 kodunu hiçbir standart tanımlamaz; bazı kod listeleri onu alıcı taraftaki bir zaman aşımı veya bağlantı sorunu olarak tanımlar. RFC 5321'de böyle bir kod yoktur; bu yüzden istemci, bölüm 4.2 gereğince, onu yalnızca ilk basamağına göre ele almalıdır.",
      when = "Çoğunlukla kod listelerinde ve eski ya da özel yapım posta yazılımlarının günlüklerinde, takılan veya zaman aşımına uğrayan bir oturumla ilgili olarak görülür. Varsa yanıt metni, sunucunun ne demek istediğine dair tek güvenilir ipucudur.",
      fix = "Her 4xx yanıtı gibi ele alın: iletiyi kuyrukta tutun ve artan aralıklarla daha sonra yeniden deneyin. Sürerse iki ana makine arasındaki ağ yolunu, güvenlik duvarlarını ve zaman aşımı ayarlarını denetleyin, yanıt metnini veya sunucu günlüklerini okuyun.",
      use = "Sunucu 420 göndermemelidir; bir oturumu zaman aşımı veya aşırı yük nedeniyle kesmesi gereken sunucu bunun yerine 421 göndermelidir.",
    },
    [421] = {
      description = "Sunucu şu anda SMTP hizmeti veremiyor ve bağlantıyı kapatıyor. RFC 5321 bu kodu herhangi bir komuta yanıt olarak kullanmaya izin verir; kapanması gereken bir sunucu onu bir komut beklemeden de gönderebilir (bölüm 3.8).",
      when = "Sunucu aşırı yüklü olduğunda, istemci adresi başına bağlantıları sınırladığında, yeniden başlatıldığında veya henüz güvenmediği bir gönderenin hızını sınırladığında sık sık 220 karşılama mesajının yerine geçer ya da EHLO komutuna yanıt olarak gelir. Oturumun ortasında, sunucu kapandığında veya oturum başına süre, hata ya da ileti sınırına ulaşıldığında da gelir.",
      fix = "İstemci bağlantıyı kapanmış saymalı, sonlandırıcı nokta için 250 almamış her iletiyi saklamalı ve artan aralıklarla, tercihen başka bir MX ana makinesinde, daha sonra yeniden denemelidir. Bu kodu sürekli gören bir gönderen bağlantı ve ileti hızını düşürmeli ve yanıt metninde bir hız sınırı ipucu aramalıdır; sunucu yöneticisi ise yükü, bağlantı sınırlarını ve hizmetin ne sıklıkla yeniden başlatıldığını denetlemelidir.",
      use = "Hizmet, bekleyen komut ne olursa olsun, kapanma, aşırı yük veya çok fazla bağlantı gibi geçici bir nedenle bağlantıyı kapatmak zorunda kaldığında 421 gönderin.",
    },
    [422] = {
      description = "422 yalnızca IANA genişletilmiş durum kodu kayıt defterinde, X.7.12 (parola geçişi gerekli) ile listelenen alternatif bir temel kod olarak yer alır; hiçbir RFC onu tanımlamaz. RFC 4954'ün bu durum için gerçekten belirlediği kod 432'dir.",
      when = "Gerçek trafikte nadiren görülür; bazı kod listeleri ona hiçbir standardın desteklemediği ilgisiz bir anlam, depolama sınırını aşmış bir alıcı posta kutusu anlamı verir. Bir sunucu bu kodu gönderirse hangi anlamı kastettiğini genişletilmiş kod ve yanıt metni gösterir.",
      fix = "RFC 5321 (bölüm 4.2) her 4xx yanıtı için bunu gerektirdiğinden geçici bir hata olarak ele alın. AUTH sonrasında 4.7.12 ile gelirse kullanıcı, sunucunun parola geçişini tamamlayabilmesi için TLS üzerinden PLAIN ile bir kez oturum açmalı, ardından yeniden denemelidir.",
      use = "Gerekli bir parola geçişi için sunucu 422 yerine 4.7.12 ile birlikte 432 göndermelidir, çünkü RFC 4954'ün tanımladığı kod 432'dir.",
    },
    [430] = {
      description = "430 yalnızca IANA genişletilmiş durum kodu kayıt defterinde, X.5.1 (geçersiz komut) ile listelenen temel kodlar arasında yer alır; hiçbir RFC ona kendine özgü bir anlam vermez. Sözcüğü sözcüğüne okunduğunda, sunucunun geçersiz saydığı bir komutun geçici olarak reddidir.",
      when = "Uygulamada nadiren görülür; bu kodu alan bir istemci büyük olasılıkla özel yapım veya deneysel bir yazılımla konuşuyordur. Neyin reddedildiğine dair en iyi ipucu yanıt metnidir.",
      fix = "Her 4xx yanıtı gibi ele alın: komut şimdilik başarısız oldu ve daha sonra değiştirilmeden yeniden denenebilir. Tekrarlanıyorsa komutu sunucunun EHLO yanıtında sunduklarıyla karşılaştırın, çünkü geçersiz bir komut normalde kalıcı bir 500, 501 veya 503 yanıtı alır.",
      use = "Sunucu geçersiz bir komuta 500, 501 veya 503 ile yanıt vermelidir; 430 kodunun kayıt defterindeki yerinin ötesinde tanımlı bir kullanımı yoktur.",
    },
    [431] = {
      description = "431 kodunu hiçbir standart tanımlamaz; bazı kod listeleri onu alıcı sunucunun disk alanının veya belleğinin tükenmesi olarak tanımlar. Sayı, noktaları düşürülmüş kayıtlı 4.3.1 (posta sistemi dolu) genişletilmiş koduna benzer; bu iddia da buradan kaynaklanıyor olabilir.",
      when = "Çoğunlukla kod listelerinde, nadiren de alıcı tarafta kaynak sıkıntısı sırasında standart dışı yazılımların günlüklerinde görülür. Standartlara uyan sunucular aynı durumu genellikle 4.3.1 ile birlikte 452 koduyla bildirir.",
      fix = "RFC 5321 (bölüm 4.2) gereğince her 4xx yanıtı gibi ele alın: iletiyi kuyrukta tutun ve aralıkları artırarak daha sonra yeniden deneyin. Alıcı tarafın yöneticisi kuyruk ve spool birimlerindeki boş alanı ve posta sunucusunun belleğini denetlemelidir.",
      use = "Sunucu 431 göndermemelidir; depolama alanı yetersiz kalan bir sunucu bunun yerine 4.3.1 ile birlikte 452 göndermelidir.",
    },
    [432] = {
      description = "Kullanıcının az önce istediği kimlik doğrulama mekanizmasına geçiş yapması gerekiyor ve sunucu bu yapılmadan mekanizmayı kabul edemiyor (RFC 4954). Genellikle sunucuda o mekanizma için henüz kimlik bilgisi yoktur ve bunları oluşturmak için düz parolayla bir oturum açılması gerekir.",
      when = "Mekanizma başına ayrı kimlik bilgileri tutan sunucularda AUTH komutuna, genellikle 4.7.12 ile birlikte, yanıt olarak gelir; örneğin yönetici şimdiye kadar PLAIN ile oturum açan hesaplar için bir sorgu-yanıt (challenge-response) mekanizmasını etkinleştirdikten sonra. Bazı kod listeleri 432 koduna hiçbir standardın desteklemediği ilgisiz bir anlam, Microsoft Exchange'de durdurulmuş bir gelen kuyruğu anlamı verir.",
      fix = "Sunucunun geçişi tamamlayabilmesi için TLS ile korunan bir bağlantı üzerinden PLAIN ile bir kez kimlik doğrulayın, ardından yeniden daha güçlü mekanizmayı kullanın. Bir betik aynı mekanizmada döngüye girmemeli; bir kez TLS üzerinden PLAIN'e geri dönmeli veya durumu kullanıcıya bildirmelidir.",
      use = "Hesap, kullanıcı düz parolayla bir kez oturum açana kadar istenen mekanizmayı kullanamıyorsa AUTH komutuna yanıt olarak 4.7.12 ile birlikte 432 gönderin.",
    },
    [441] = {
      description = "441 kodunu hiçbir standart tanımlamaz; bazı kod listeleri alıcının sunucusunun yanıt vermediği anlamına geldiğini söyler. Bu iddia kayıtlı 4.4.1 (ana makineden yanıt yok) genişletilmiş koduna karşılık gelir; dolayısıyla bu listeler büyük olasılıkla o kodu noktaları kaybolmuş hâlde gösteriyor.",
      when = "Genellikle gerçek bir SMTP yanıtı olarak değil, gecikme bildirimlerinde veya istemci günlüklerinde görülür, çünkü yanıt vermeyen bir ana makine yanıt kodu gönderemez. Bu durumda gönderen sistem bir sonraki atlamaya ulaşma girişimlerinin başarısızlığını kendisi anlatıyordur.",
      fix = "RFC 5321 (bölüm 4.2) her 4xx yanıtı için bunu gerektirdiğinden geçici bir hata olarak ele alın ve kuyruğun aralıkları artırarak yeniden denemesine izin verin. Gönderen tarafın yöneticisi hedefin MX ve adres kayıtlarını, yönlendirmeyi ve güvenlik duvarlarını, ayrıca uzak ana makinelerin 25 numaralı portta bağlantı kabul edip etmediğini denetlemelidir.",
      use = "Sunucu 441 göndermemelidir; ulaşılamayan bir sonraki atlamayı bildirmenin standart yolu 4.4.1 ile birlikte 451 kodudur.",
    },
    [442] = {
      description = "442 kodunu hiçbir standart tanımlamaz; bazı kod listeleri bağlantının aktarım sırasında koptuğu anlamına geldiğini söyler. Bu iddia kayıtlı 4.4.2 (kötü bağlantı) genişletilmiş koduna karşılık gelir; dolayısıyla bu listeler büyük olasılıkla o kodu noktaları kaybolmuş hâlde gösteriyor.",
      when = "Çoğunlukla bir oturum yarıda kesildikten sonra, örneğin kararsız bir hat üzerinden büyük bir DATA aktarımı sırasında, istemci günlüklerinde veya gecikme bildirimlerinde görülür. Kopan bir bağlantı yanıt taşımaz; bu yüzden kod, raporu hazırlayan yazılımın eklediği bir etikettir.",
      fix = "Her 4xx yanıtında olduğu gibi daha sonra yeniden deneyin; RFC 5321 (bölüm 3.8), istemcinin kopan bir bağlantıyı 451 almış gibi ele almasını söyler. Tekrarlanıyorsa kararsız bir ağ, uzun oturumları kesen ara cihazlar ve iki taraftan birindeki kısa zaman aşımları gibi nedenleri arayın.",
      use = "Sunucu 442 göndermemelidir; bir oturumu erken sonlandırmak zorunda kalan sunucu önce 421 göndermelidir.",
    },
    [446] = {
      description = "446 kodunu hiçbir standart tanımlamaz; bazı kod listeleri azami atlama sayısının aşıldığı, yani bir posta döngüsüne işaret ettiği anlamına geldiğini söyler. Bu iddia kayıtlı 4.4.6 (yönlendirme döngüsü algılandı) genişletilmiş koduna karşılık gelir; dolayısıyla bu listeler büyük olasılıkla o kodu noktaları kaybolmuş hâlde gösteriyor.",
      when = "Bir ileti çok fazla aktarma sunucusundan geçtiğinde, genellikle iki sunucu aynı alan adını veya adresi birbirine ilettiği için bildirilir. Geciken veya geri dönen iletinin Received başlık alanları döngüyü gösterir.",
      fix = "İstemci, RFC 5321 (bölüm 4.2) gereğince bu kodu her 4xx yanıtı gibi ele alıp daha sonra yeniden dener, ancak döngü kırılmadıkça yeniden denemek işe yaramaz. Yönetici Received başlık alanlarını izlemeli ve postayı geri gönderen iletme kuralını, takma adı (alias), MX kaydını veya smarthost ayarını düzeltmelidir.",
      use = "Sunucu 446 göndermemelidir; döngüye giren bir ileti bir 5xx yanıtı ve 5.4.6 ile reddedilir ya da döngü hâlâ çözülebilecekken 451 ve 4.4.6 ile ertelenir.",
    },
    [447] = {
      description = "447 kodunu hiçbir standart tanımlamaz; bazı kod listeleri giden bir iletinin zaman aşımına uğradığı anlamına geldiğini söyler. Bu iddia kayıtlı 4.4.7 (teslim süresi doldu) genişletilmiş koduna karşılık gelir; dolayısıyla bu listeler büyük olasılıkla o kodu noktaları kaybolmuş hâlde gösteriyor.",
      when = "Genellikle, iletiyi teslim edemeden uzun süre kuyruğunda tutan bir gönderen sistemin gecikme veya hata bildirimlerinde görülür. Alıcı sunucu hiç yanıt vermemiş olabilir; bu yüzden asıl neden, kuyruk günlüğüne kaydedilmiş önceki denemelerdedir.",
      fix = "RFC 5321 (bölüm 4.2) gereğince her 4xx yanıtı gibi ele alın ve kuyruğun, vazgeçme süresine kadar yeniden denemeyi sürdürmesine izin verin. Gönderen tarafın yöneticisi, teslimin neden takıldığını (zaman aşımları, gri listeleme veya alıcı tarafta bir kesinti gibi) öğrenmek için o hedefe verilen önceki yanıtları okumalıdır.",
      use = "Sunucu 447 göndermemelidir; kuyruk ömrü dolan bir gönderen sistem bunun yerine gönderene 4.4.7 veya 5.4.7 içeren bir teslim durumu bildirimi göndermelidir.",
    },
    [449] = {
      description = "449 kodunu hiçbir standart tanımlamaz; bazı kod listeleri bir yönlendirme hatası anlamına geldiğini söyler. Sayının benzediği 4.4.9 genişletilmiş kodu da IANA'da kayıtlı değildir; bu yüzden kodun hiçbir yorumunun arkasında bir standart yoktur.",
      when = "Çoğunlukla kod listelerinde ve bir ileti bir sonraki atlamaya yönlendirilemediğinde, genellikle bir DNS veya aktarma yapılandırması sorunu yüzünden, standart dışı yazılımların günlüklerinde görülür. Asıl neden yanıt metninde veya gönderen sistemin günlüklerindedir.",
      fix = "RFC 5321 (bölüm 4.2) uyarınca her 4xx yanıtı gibi ele alın: iletiyi kuyrukta tutun ve daha sonra yeniden deneyin. Sürerse yönetici hedefin MX ve adres kayıtlarını ve gönderen taraftaki smarthost veya aktarma ayarlarını denetlemelidir.",
      use = "Sunucu 449 göndermemelidir; geçici bir yönlendirme sorunu 451 ve 4.4.0 ya da 4.4.4 gibi bir X.4 genişletilmiş koduyla bildirilir.",
    },
    [450] = {
      description = "İstenen işlem yapılmadı, çünkü posta kutusu şimdilik kullanılamıyor; örneğin meşgul, kilitli ya da politika gereği geçici olarak engellenmiş. ATRN'e (RFC 2645) yanıt olarak aynı kod, sunucunun ATRN isteğini şimdilik reddettiği anlamına gelir.",
      when = "Çoğunlukla RCPT TO komutuna yanıt olarak gelir ve günümüzde en yaygın nedeni gri listelemedir (greylisting): sunucu, bilinmeyen bir gönderen ve adres çiftinden gelen ilk denemeyi erteler ve birkaç dakika sonraki yeniden denemeyi kabul eder. Alıcının veya gönderenin alan adı şu an doğrulanamadığında, bir posta kutusu kilitli olduğunda ya da sonlandırıcı noktadan sonra geçici bir politika kararı verildiğinde de görülür.",
      fix = "İletiyi kuyrukta tutun ve daha sonra yeniden deneyin; standart bir MTA bunu kendiliğinden yapar ve gri listeye takılan bir ileti genellikle bir sonraki denemede geçer; bu yüzden bir betik 450 yanıtını geri dönen ileti gibi ele almamalıdır. Erteleme hiç kalkmıyorsa yanıt metnini ve genişletilmiş kodu okuyun (4.7.1 bir politika engeline işaret eder), gönderen ana makinenin itibarını, ters DNS kaydını ve alıcı adresini denetleyin.",
      use = "Bir posta kutusu veya ileti şu anda kabul edilemiyor ama daha sonra edilebilecekse, örneğin gri listeleme, kilitli bir posta kutusu veya geçici bir politika engeli durumunda, 450 gönderin.",
    },
    [451] = {
      description = "Sunucu, yürütme sırasında oluşan yerel bir hata nedeniyle istenen işlemi yarıda bıraktı. ATRN'e (RFC 2645) yanıt olarak, sunucunun ATRN isteğini şu anda karşılayamadığı anlamına gelir.",
      when = "Alıcı sunucu geçici bir iç sorunla karşılaştığında MAIL FROM, RCPT TO veya sonlandırıcı noktadan sonra görülür: başarısız bir DNS sorgusu, erişilemeyen bir virüs veya spam tarayıcısı, bir dizin ya da veritabanı kesintisi veya kuyruğa yazma hatası. Birçok sunucu bu kodu gri listeleme ve geçici SPF hataları (4.7.24) için de kullanır; RFC 5321 (bölüm 3.8) ise istemcinin kopan bir bağlantıyı 451 almış gibi ele almasını söyler.",
      fix = "Artan aralıklarla daha sonra yeniden deneyin; sorun sunucu tarafındadır ve genellikle gönderen hiçbir şey değiştirmeden düzelir. Saatlerce sürerse alıcı tarafın yöneticisi sunucu günlüklerini, DNS çözümleyicisini, boş disk alanını ve sunucunun bağlı olduğu her filtreyi, tarayıcıyı ve dizin hizmetini denetlemelidir.",
      use = "Bir komut veya işlem, sorgu zaman aşımı, yardımcı bir hizmetin çökmesi ya da yerel bir kaynak sorunu gibi sunucu tarafındaki geçici bir arıza yüzünden başarısız olduğunda 451 gönderin.",
    },
    [452] = {
      description = "Sunucu istenen işlemi yapmadı, çünkü şu anda bunun için yeterli depolama alanı yok. RFC 5321 (bölüm 4.5.3.1.10), bir işlemde sunucunun kabul edeceğinden fazla alıcı olduğunda da doğru yanıtın 452 olduğunu belirtir; SIZE (RFC 1870) ile kullanıldığında ise 452, bildirilen ileti boyutunun şimdilik kabul edilemeyeceği anlamına gelir.",
      when = "Bildirilen boyut boş alana sığmadığında MAIL FROM komutuna, işlemin alıcı sınırına ulaşıldığında (çok fazla alıcı) RCPT TO komutuna, aktarım sırasında disk veya kuyruk dolduğunda da sonlandırıcı noktaya yanıt olarak gelir. Bazı sağlayıcılar bir alıcının posta kutusu kotası aşıldığında da bu kodu 4.2.2 ile birlikte gönderir.",
      fix = "Çok fazla alıcı durumunda istemci, işlemi zaten kabul edilmiş alıcılarla tamamlamalı ve kalanları yeni bir işlemde göndermelidir; RFC 5321 sınırın bu şekilde ele alınmasını bekler. Depolama sorunlarında aralıkları artırarak daha sonra yeniden deneyin; alıcı tarafın yöneticisi kuyruk ve spool birimlerindeki boş alanı, genişletilmiş kod 4.2.2 olduğunda da alıcının kotasını denetlemelidir.",
      use = "Sunucunun depolama alanı geçici olarak yetersizse ya da RCPT TO komutu işlemin alıcı sınırını aşıyorsa, istemci kalanları daha sonra göndersin diye 452 gönderin.",
    },
    [453] = {
      description = "ATRN'e (RFC 2645, On-Demand Mail Relay) yanıt olarak 453, kimliği doğrulanmış istemciye alan adları için bekleyen posta olmadığını bildirir. Bundan ayrı olarak IANA kayıt defteri 453 kodunu X.3.2 (sistem ağdan ileti kabul etmiyor) için bir temel kod olarak listeler; bu anlamın ATRN ile ilgisi yoktur.",
      when = "On-Demand Mail Relay'de dinamik adresli bir site sağlayıcısına bağlanır, kimliğini doğrular ve ATRN gönderir; kuyruğu boşsa 453 alır. ATRN dışında bir sunucu bu kodu bakım sırasında veya kapanmadan önce 4.3.2 ile birlikte gönderebilir, ancak bu durumda genellikle 421 tercih edilir.",
      fix = "ATRN için düzeltilecek bir şey yok: istemci oturumu QUIT ile bitirir ve bir sonraki planlı sorgusunda yeniden sorar. 4.3.2 ile gelirse, RFC 5321 (bölüm 4.2) her 4xx yanıtı için bunu gerektirdiğinden, geçici bir ret olarak ele alın ve daha sonra yeniden deneyin.",
      use = "İstenen alan adları için kuyrukta posta yoksa ATRN komutuna yanıt olarak 453 gönderin; geçici olarak posta kabul etmeyen bir sistem için 421 daha açık bir seçimdir.",
    },
    [454] = {
      description = "Sunucu tarafındaki geçici bir sorun istenen güvenlik adımını engelliyor: AUTH (RFC 4954) sonrasında kimlik doğrulama geçici bir nedenle başarısız oldu, STARTTLS (RFC 3207) sonrasında ise TLS şimdilik kullanılamıyor. Kimlik bilgileri veya istek yanlış sayılmaz.",
      when = "AUTH sonrasında genellikle sunucunun LDAP veya SQL veritabanı ya da SASL hizmeti gibi kimlik doğrulama arka ucuna ulaşamadığı anlamına gelir. STARTTLS sonrasında eksik veya okunamayan bir sertifikaya ya da anahtara, başlatılamayan bir TLS kitaplığına veya kaynak yetersizliğine işaret eder; bazı sunucular aktarmayı şimdilik reddetmek için de 4.7.1 ile birlikte 454 kullanır.",
      fix = "Daha sonra yeniden deneyin; bir posta programı yalnızca 454 yüzünden kullanıcıdan yeni parola istememeli, istemci ise TLS olmadan teslime ancak güvenlik politikası izin veriyorsa geri dönmelidir. Sunucu yöneticisi kimlik doğrulama arka ucunu, sertifika ve anahtar dosyalarını ve TLS hata günlüklerini denetlemelidir.",
      use = "AUTH veya STARTTLS, istemcinin bir hatası yüzünden değil, sunucu tarafındaki geçici bir sorun yüzünden tamamlanamıyorsa 454 gönderin.",
    },
    [455] = {
      description = "Sunucu, MAIL FROM veya RCPT TO komutunun bir ya da daha fazla parametresini anladığı hâlde şu anda işleyemiyor (RFC 5321, bölüm 4.1.1.11). 555 kodunun geçici karşılığıdır; bir parametrenin belirtimi başka bir kod öngörebilir.",
      when = "Uygulamada nadirdir; bir sunucu DSN'in NOTIFY veya RET parametresi gibi bir uzantı parametresini desteklediği hâlde, örneğin ihtiyaç duyduğu bir hizmet çalışmadığı için, o anda yerine getiremediğinde görülebilir.",
      fix = "İşlemi daha sonra değiştirmeden yeniden deneyin; başarısız olmayı sürdürürse ve ileti isteğe bağlı parametre olmadan da olabilecekse parametreyi çıkararak deneyin. Sunucu yöneticisi parametreyi uygulayan alt sistemi denetlemelidir.",
      use = "MAIL FROM veya RCPT TO parametresi anlaşılıyor ama şu anda karşılanamıyorsa ve parametrenin kendi belirtimi başka bir kod öngörmüyorsa 455 gönderin.",
    },
    [456] = {
      description = "Süresi dolmuş bir Internet-Draft (draft-martin-smtp-ipv6-to-ipv4-fallback), ileti IPv6 üzerinden gönderen kimlik doğrulama denetimlerinden geçemediği için (taslak SPF ve DKIM'i anar) istemciden iletiyi hemen IPv4 üzerinden yeniden denemesini istemek amacıyla 456 kodunu önermişti. Bu taslak hiçbir zaman RFC olmadı; bu yüzden hiçbir standart bu anlamı atamaz.",
      when = "Yalnızca öneriyi uygulayan sunuculardan, IPv6 üzerinden bağlanan ve postası IPv6 adresinden kimlik doğrulamasını geçemeyen çift yığınlı (dual-stack) bir gönderene yanıt olarak gelebilir; örneğin SPF kaydı yalnızca IPv4 adreslerini listelediğinde. Posta yazılımlarının çoğu bu kodu bilmez.",
      fix = "Taslağı uygulayan bir istemci aynı iletiyi hemen IPv4 üzerinden aynı MX'e yeniden gönderir; diğer istemciler RFC 5321 (bölüm 4.2) gereğince onu bir 4xx yanıtı gibi ele alır ve daha sonra yeniden dener. Gönderen tarafın yöneticisi IPv6 gönderim adreslerini SPF'e eklemeli, onlara ters DNS kaydı vermeli veya o hedefe giden posta için IPv4'ü tercih etmelidir.",
      use = "Sunucu 456 kodunu yalnızca taslağı izliyorsa ve gönderenin IPv4 üzerinden yeniden denemesini istiyorsa gönderebilir; aksi hâlde geçici bir politika reddi 450 veya 451 olarak gönderilir.",
    },
    [458] = {
      description = "Sunucu, ETRN'de (RFC 1985) belirtilen düğüm (alan adı) için iletileri kuyruğa alamıyor. RFC 1985 daha fazla ayrıntı vermez: kuyruk işleme şu anda olanaksız olabilir ya da sunucu o düğüm için hiç posta tutmuyor olabilir.",
      when = "Kesintili bağlantısı olan bir site veya onun sorgulama betiği, sağlayıcısının aktarma sunucusuna ETRN gönderir ve aktarma sunucusu o düğüm için iletileri kuyruğa alamadığından 458 alır. RFC 1985 nedenini söylemez: kuyruk işleme şu anda mümkün olmayabilir, örneğin kuyruk kilitli ya da aktarma sunucusu meşgul olduğu için, ya da aktarma sunucusu o düğüm için hiç posta tutmuyor olabilir.",
      fix = "ETRN'e verilen düğüm adının, aktarma sunucusunun postasını kuyrukta tuttuğu bir düğüm olup olmadığını denetleyin, ardından daha sonra yeniden ETRN gönderin veya yalnızca bekleyin, çünkü aktarma sunucusu kuyruğunu zaten kendi takvimine göre yeniden dener. Aktarma sunucusunun yöneticisi düğümün ETRN için yapılandırıldığını ve kuyruğun takılı kalmadığını denetlemelidir.",
      use = "Bu ana makine düğüm için iletileri kuyruğa alamıyorsa ETRN komutuna yanıt olarak 458, düğümün kuyruk işleme başlatmasına hiç izin verilmiyorsa 459 gönderin.",
    },
    [459] = {
      description = "Sunucu, ETRN'de (RFC 1985) belirtilen düğüm için kuyruk işlemeyi başlatmayı reddediyor ve nedenini yanıt metninde veriyor. Geçici bir yanıt olarak tanımlanmıştır, ancak neden çoğu zaman bir yapılandırma veya izin meselesidir.",
      when = "Bir istemci, aktarma sunucusunun posta tutmadığı ya da o istemcinin tetiklemesine izin vermediği bir alan adı için ETRN gönderdiğinde veya ETRN kullanımı politika gereği kısıtlandığında görülür.",
      fix = "ETRN'e verilen düğüm adının aktarma sunucusunun posta kuyruğunda tuttuğu bir alan adıyla eşleştiğini ve istemcinin bunu istemeye yetkili olduğunu denetleyin; aynı ETRN'i değiştirmeden yeniden göndermek genellikle aynı yanıtı getirir. Aktarma sunucusunun yöneticisi hangi istemcilerin hangi alan adları için ETRN kullanabileceğini gözden geçirmelidir.",
      use = "İstenen düğüm, bu istemcinin kuyruk işlemesini başlatabileceği düğümlerden biri değilse, nedeni yanıt metninde belirterek ETRN komutuna 459 ile yanıt verin.",
    },
    [471] = {
      description = "471 kodunu hiçbir standart tanımlamaz; bazı kod listeleri onun alıcı taraftaki yerel bir posta filtresinde, çoğu zaman bir spam veya virüs filtresinde, oluşan bir hatayı bildirdiğini söyler. İkinci basamağı olan 7, o konumda yalnızca 0 ile 5 arasına izin veren RFC 5321 yanıt dilbilgisinin dışındadır; sayı da noktaları kaybolmuş 4.7.1 (teslim yetkisi yok, ileti reddedildi) genişletilmiş koduna benzer.",
      when = "Başvuru listelerinde ve standart dışı ya da yanlış yapılandırılmış yazılımların günlüklerinde, genellikle bir içerik filtresi veya politika denetimi başarısız olduğunda ya da iletiyi reddettiğinde görülür. Asıl neden yanıt metninde veya alıcı taraftaki filtre günlüklerindedir.",
      fix = "İstemci, RFC 5321 (bölüm 4.2) gereğince bu kodu ilk basamağına göre geçici bir hata olarak ele almalı ve daha sonra yeniden denemelidir. Tekrarlanırsa alıcı tarafın yöneticisi filtre yazılımını ve onun MTA ile bağlantısını denetlemeli, gönderen de iletinin o filtreye spam gibi görünüp görünmediğini incelemelidir.",
      use = "İkinci basamağı izin verilen aralığın dışında olduğu için sunucu 471 göndermemelidir; geçici bir filtre arızası 451 ile, politika gereği erteleme ise 450 ile bildirilir.",
    },
    [500] = {
      description = "Sunucu komutu tanımadı veya komut satırı okunamayacak kadar uzundu. Hata iletiyle ya da bir posta kutusuyla değil, komutun kendisiyle ilgilidir. AUTH sırasında, istemcinin yanıt satırının seçilen mekanizma için sunucunun ara belleğe alabileceğinden uzun olduğunu da 5.5.6 genişletilmiş koduyla birlikte bildirir.",
      when = "Tipik nedenler elle yazılan bir oturumdaki yazım hatası, sunucunun hiç duyurmadığı bir uzantı komutu veya sunucunun kabul ettiğinden uzun bir komut satırıdır. Bazı eski sunucular EHLO komutuna 500 ile yanıt verir; bu da istemciye HELO'ya geri dönmesini söyler. SMTP'yi süzen güvenlik duvarları ve vekil sunucular (proxy) geçirmedikleri komutlar için de bu kodu üretebilir.",
      fix = "İstemciler yalnızca temel komutları ve EHLO yanıtında listelenen uzantıların komutlarını göndermeli, her komut satırını CRLF dahil 512 oktet içinde tutmalıdır. EHLO'nun kendisi 500 alırsa bunun yerine HELO gönderin ve uzantı kullanmayın. Betik yazarları gönderilen satırın tam hâlini günlüğe kaydetmelidir, çünkü yanıt hangi kısmın anlaşılmadığını nadiren söyler.",
      use = "Komut fiili bilinmiyorsa veya satır ayrıştırılamayacak kadar uzunsa 500 gönderin; tanıdığınız ama uygulamadığınız bir komut için 502 kullanın.",
    },
    [501] = {
      description = "Sunucu komutu tanıdı, ancak bağımsız değişkenleri bozuk biçimli olduğu için kabul edemedi. Tipik durumlar MAIL FROM veya RCPT TO içinde hatalı biçimlendirilmiş bir adres, bağımsız değişken almayan bir komuta verilen bağımsız değişkenler ve EHLO ya da HELO içinde geçersiz bir alan adıdır. STARTTLS ve AUTH da bu kodu kullanır: STARTTLS'ten sonra gelen parametreler, istemcinin tek bir yıldız işaretiyle iptal ettiği bir AUTH alışverişi ve geçerli base64 olmayan veriler için.",
      when = "Yaygın tetikleyiciler MAIL FROM: veya RCPT TO: içinde iki noktadan sonra bırakılan boşluk, açılı ayraçsız bir adres, EHLO alan adında alt çizgi veya başka geçersiz bir karakter ve zarfa yalın adres yerine görünen ad (display name) koyan istemci kitaplıklarıdır. Bir kimlik doğrulama alışverişini iptal eden istemci de bu kodu alır.",
      fix = "Komut satırının tam hâlini denetleyin: adresler iki noktanın çevresinde boşluk bırakılmadan açılı ayraçlar içinde yazılır, EHLO bağımsız değişkeni de geçerli bir ana makine adı veya adres değişmezi (address literal) olmalıdır. Veriyi veya istemci kitaplığını düzeltip komutu yeniden gönderin; aynı satırı yinelemek aynı şekilde başarısız olur.",
      use = "Bilinen bir komutun ayrıştıramadığınız bağımsız değişkenleri varsa, sözdizimi geçersiz adresler ve DATA, RSET ya da QUIT komutlarına verilen her türlü bağımsız değişken dahil, 501 gönderin.",
    },
    [502] = {
      description = "Sunucu komutu tanıdı, ancak uygulamıyor. RFC 5321 bunu, sunucunun hiç tanımadığı komutlar için kullanılan 500 kodundan ayırır. Sunucu, komutuna 502 ile yanıt vereceği bir uzantıyı EHLO yanıtında duyurmamalıdır.",
      when = "İstemciler bu koda, birçok sunucunun kapattığı VRFY, EXPN, HELP veya TURN gibi isteğe bağlı komutlarda ve yalnızca HELO bilen çok eski bir sunucuya gönderilen EHLO'da rastlar. Bir istemci EHLO yanıtını önce denetlemeden bir uzantı komutu gönderdiğinde de görülür.",
      fix = "Komutu o sunucuda yinelemeyin; neyin desteklendiğini görmek için EHLO yanıtını okuyun ve başka bir yol izleyin; örneğin bir adresi VRFY ile denetlemek yerine RCPT ile olağan teslimi kullanın. EHLO 502 alırsa bunun yerine HELO gönderin. Komutun kullanılabilir olmasını isteyen yöneticiler onu sunucu yapılandırmasında etkinleştirmelidir.",
      use = "Tanıdığınız ama uygulamamayı seçtiğiniz ya da kapattığınız bir komut için 502 gönderin ve böyle bir komutun uzantısını hiçbir zaman EHLO yanıtında listelemeyin.",
    },
    [503] = {
      description = "Komut geçerli, ancak oturumun yanlış bir noktasında geldi. Örnekler MAIL'den önce RCPT, kabul edilmiş bir alıcı olmadan DATA, açık bir işlem varken MAIL ve bir posta işlemi sırasında ya da başarılı bir AUTH'tan sonra gönderilen AUTH'tur.",
      when = "Tipik nedenler EHLO veya HELO adımını atlayan bir istemci, önceki bir komut başarısız olduktan sonra pipelining ile gönderilen komutlar veya bütün alıcılar reddedildiği hâlde DATA'ya geçen bir istemcidir. Oturumu 554 karşılama mesajıyla reddetmiş bir sunucu sonraki komutlara 503 ile yanıt verir. Bazı sağlayıcılar kimliğini doğrulamamış bir istemci için de 503 kullanır; oysa orada 530 daha açık bir kod olurdu.",
      fix = "EHLO, isteğe bağlı STARTTLS ve AUTH, MAIL, bir veya daha fazla RCPT ve ardından DATA sırasını izleyin ve devam etmeden önce her yanıtı denetleyin. Başarısız bir MAIL'den veya art arda reddedilen RCPT komutlarından sonra RSET gönderin ve işleme yeniden başlayın. Yanıt metni kimlik doğrulamadan söz ediyorsa MAIL'den önce AUTH ile oturum açın.",
      use = "Bilinen bir komut sırasız geldiğinde 503 gönderin ve oturumu o komuttan önceki durumunda tutun.",
    },
    [504] = {
      description = "Komut ve sözdizimi doğru, ancak sunucu istenen parametreyi veya seçeneği desteklemiyor. En yaygın durum, sunucunun sunmadığı bir SASL mekanizmasıyla gönderilen AUTH'tur; istenen biçim desteklenmediğinde VRFY, EXPN ve HELP de bu kodu alabilir.",
      when = "Genellikle, CRAM-MD5 veya NTLM gibi, eski istemci ayarlarından alınmış ve bu sunucunun EHLO yanıtında listelemediği bir mekanizmayla gönderilen AUTH'un hemen ardından görülür. Standartlara uyan bir sunucu bu kodu EHLO veya HELO'ya yalnızca nadir durumlarda döndürür.",
      fix = "EHLO yanıtının AUTH satırından bir mekanizma seçin ve STARTTLS'ten sonra bu yanıtı yeniden okuyun, çünkü TLS etkinleşince liste çoğu zaman değişir. Diğer komutlarda desteklenmeyen parametreyi çıkarın veya komutun daha yalın bir biçimini kullanın.",
      use = "Bir komutu tanıyor ama istediği parametreyi, seçeneği veya SASL mekanizmasını tanımıyorsanız 504 gönderin; bilinmeyen MAIL FROM veya RCPT TO parametreleri için bunun yerine 555 gönderin.",
    },
    [510] = {
      description = "Hiçbir standardın tanımlamadığı, herkese açık başvuru ve destek sayfalarında hatalı bir e-posta adresi anlamında listelenen bir kod. RFC 5321, x1z aralığını bilgi yanıtlarına ayırır; bu yüzden 510 numaralı bir adres hatası standart şemaya uymaz. İstemci, RFC 5321 (bölüm 4.2) gereğince bu kodu diğer her 5xx yanıtı gibi kalıcı bir hata olarak ele almalıdır.",
      when = "Gerçek sunucular bu kodu nadiren gönderir; çoğunlukla destek makalelerinde veya 5.1.0 genişletilmiş kodunu noktaları olmadan gösteren bir raporda görülür. Sayıya göre davranmadan önce sunucu günlüğündeki ham yanıtı denetleyin.",
      fix = "Alıcı adresinde yazım hatası olup olmadığını denetleyin ve adresi başka bir kanaldan alıcıyla doğrulayın. Hatayı kalıcı sayın ve aynı adresi değiştirmeden yeniden denemeyin.",
      use = "510 göndermeyin; hatalı bir alıcı adresini 550 ve 5.1.1 gibi bir genişletilmiş kodla bildirin.",
    },
    [511] = {
      description = "Hiçbir standardın tanımlamadığı, herkese açık kod listelerinin de hatalı bir e-posta adresi olarak tanımladığı bir kod. Basamakları, kayıtlı 5.1.1 (hatalı hedef posta kutusu adresi) genişletilmiş koduyla eşleşir. İstemci, RFC 5321 (bölüm 4.2) gereğince bu kodu diğer her 5xx yanıtı gibi kalıcı bir hata olarak ele almalıdır.",
      when = "Gerçek sunucular bu kodu temel kod olarak nadiren gönderir; 511 gösteren bir günlük veya geri dönen ileti, büyük olasılıkla bilinmeyen bir posta kutusu için verilen bir 550 yanıtındaki 5.1.1 genişletilmiş kodunu noktaları olmadan gösteriyordur.",
      fix = "Alıcı adresinin yazımını denetleyin ve posta kutusunun hâlâ var olduğunu doğrulayın. Aynı adresi yeniden denemeyin; başarısız olmayı sürdürürse adresi posta listelerinden çıkarın.",
      use = "511 göndermeyin; bilinmeyen bir posta kutusunu 550 ve 5.1.1 ile bildirin.",
    },
    [512] = {
      description = "Hiçbir standardın tanımlamadığı, herkese açık kaynaklarda alıcının alan adının DNS'te bulunamadığı anlamında listelenen bir kod. Basamakları, 5.1.2 (hatalı hedef sistem adresi) genişletilmiş koduyla eşleşir. İstemci, RFC 5321 (bölüm 4.2) gereğince bu kodu diğer her 5xx yanıtı gibi kalıcı bir hata olarak ele almalıdır.",
      when = "Çoğunlukla destek listelerinde ve bir genişletilmiş kodu noktaları olmadan gösteren raporlarda, bir adresin alan adı kısmındaki yazım hatasından sonra veya süresi dolmuş bir alan adı için görülür.",
      fix = "@ işaretinden sonraki alan adının yazımını denetleyin ve MX kayıtlarını sorgulayın. Alan adı doğru ama çalışan bir posta yapılandırması yoksa DNS'i yalnızca alıcının yöneticisi düzeltebilir.",
      use = "512 göndermeyin; bilinmeyen bir hedef alan adı için 5.1.2 ile birlikte 550, alan adı null MX yayımlıyorsa 5.1.10 ile birlikte 556 kullanın.",
    },
    [513] = {
      description = "Hiçbir standardın tanımlamadığı, herkese açık kod listelerinin yanlış bir adres türü veya bozuk biçimli bir adres olarak tanımladığı bir kod. Basamakları, 5.1.3 (hatalı hedef posta kutusu adresi sözdizimi) genişletilmiş koduyla eşleşir. İstemci, RFC 5321 (bölüm 4.2) gereğince bu kodu diğer her 5xx yanıtı gibi kalıcı bir hata olarak ele almalıdır.",
      when = "Bu listelerde geçersiz karakterler içeren, bir kısmı eksik olan veya posta sisteminin kabul etmediği bir biçim kullanan adreslerle ve 5.1.3 kodunu noktaları olmadan gösteren günlüklerle ilişkilendirilir.",
      fix = "@ işareti, alan adı ve araya karışmış boşluklar ya da tırnaklar dahil adresin sözdizimini denetleyin ve yeniden göndermeden önce düzeltin.",
      use = "513 göndermeyin; bozuk biçimli bir adresi 553 veya 501 ve 5.1.3 genişletilmiş koduyla bildirin.",
    },
    [517] = {
      description = "Hiçbir standardın tanımlamadığı, destek listelerinde hatalı adres hatası olarak geçen bir kod. Basamakları, gönderen adresinin sözdizimiyle ilgili 5.1.7 genişletilmiş koduyla eşleşir. İstemci, RFC 5321 (bölüm 4.2) gereğince bu kodu diğer her 5xx yanıtı gibi kalıcı bir hata olarak ele almalıdır.",
      when = "Çoğunlukla destek makalelerinde ve genişletilmiş kodları noktasız gösteren raporlarda görülür; gerçek sunucular onu temel kod olarak nadiren gönderir.",
      fix = "Her iki adresi de denetleyin: eşleşen 5.1.7 genişletilmiş kodu gönderenle ilgili olduğundan alıcının yanı sıra istemcide yapılandırılmış zarf göndereni adresini de doğrulayın. Hatayı kalıcı sayın ve değiştirmeden yeniden denemeyin.",
      use = "517 göndermeyin; bozuk biçimli bir gönderen adresi için 5.1.7 ile birlikte 553 veya 501, hatalı bir alıcı için 5.1.1 ile birlikte 550 kullanın.",
    },
    [520] = {
      description = "Yalnızca bir Internet-Draft'ta tanımlanan ve istemciden doğru QHLO kimliğini kullanmasını isteyen bir yanıt. QHLO, bir SMTP oturumunun başındaki gidiş-dönüş sayısını azaltmayı amaçlayan önerilmiş QUICKSTART uzantısına aittir; taslak hiçbir zaman RFC olmadı.",
      when = "Genel İnternet'te pratikte hiç görülmez, çünkü QUICKSTART taslak aşamasını hiç geçemedi. Çoğunlukla önerilmiş her kodu kaydeden, geri dönen iletileri ayrıştırma tablolarında bulunur.",
      fix = "RFC 5321 (bölüm 4.2) her 5xx yanıtı için bunu gerektirdiğinden kalıcı bir hata olarak ele alın. İstemci sizin denetiminizdeyse QHLO kullanmayı bırakın ve oturumu EHLO ile açın.",
      use = "520 kodunu yalnızca QUICKSTART taslağının deneysel bir uygulamasından gönderin; standart sunucular bu kodu göndermemelidir.",
    },
    [521] = {
      description = "Ana makine hiçbir şekilde posta kabul etmiyor ve bunu, olağan 220 karşılama mesajı yerine bağlantı açılırken söylüyor. RFC 7504 bu kodu 2015'te standart hâline getirdi; kod ilk kez deneysel RFC 1846'da görülmüştü. Belirli bir istemciye, gönderene veya iletiye yönelik bir reddi değil, ana makinenin tamamını anlatır.",
      when = "25 numaralı portu yalnızca postayı geri çevirmek için dinleyen bir makinenin karşılama mesajı olarak görülür; bu makine çoğu zaman bir alan adının adres kaydı üzerinden ulaşılan bir web veya uygulama sunucusu ya da bir MX kaydının yanlışlıkla gösterdiği bir ana makinedir. Yanıt o ana makine için kesindir: daha sonra yeniden denemek aynı yanıtı getirir.",
      fix = "Bunu o ana makineden gelen kalıcı bir yanıt sayın ve yeniden denemeyi bırakın; iletiyi başka hiçbir ana makine kabul etmiyorsa teslim edilemez olarak gönderene geri döndürün. Posta almayan alan adı sahipleri, gönderenler hiç bağlanmasın diye bir null MX kaydı yayımlamalı; posta almak isteyen sahipler ise MX kayıtlarını gerçek bir posta sunucusuna yönlendirmelidir.",
      use = "Hiçbir koşulda posta kabul etmeyen bir ana makinede bağlantı karşılama mesajı olarak 521 gönderin; yalnızca bazı istemcileri veya iletileri reddediyorsanız bunun yerine 554 gönderin.",
    },
    [523] = {
      description = "İstemcinin seçtiği kimlik doğrulama mekanizması ancak TLS gibi bir şifreleme katmanı kurulduktan sonra kullanılabilir. Kod yalnızca IANA genişletilmiş durum kodu kayıt defterinde, 5.7.10 Encryption Needed için temel kod olarak geçer; hiçbir RFC 523'ü kendi başına bir yanıt olarak tanımlamaz. Bazı herkese açık kod listeleri 523'ü bunun yerine ileti çok büyük hatası olarak adlandırır; bu da kayıt defteriyle çelişir.",
      when = "Gerçek trafikte nadirdir. RFC 4954 (bölüm 4), sunucunun böyle bir AUTH komutuna 504 ve 5.5.4 ile yanıt vermesini öngörür; eski sunucular hâlâ kullanımdan kaldırılmış 538 kodunu 5.7.11 ile birlikte gönderir, birçoğu da AUTH, STARTTLS'ten önce geldiğinde 530 ve 5.7.0 ile yanıt verir. Bir günlükte metninde boyut şikâyeti bulunan bir 523 görülürse sunucu resmî olmayan anlamı izliyordur; bu durumda metne ve genişletilmiş koda göre hareket edin.",
      fix = "STARTTLS gönderin ve şifreli oturum içinde yeniden kimlik doğrulayın ya da parolayı açık metin olarak göndermeyen daha güçlü bir mekanizma seçin. Yanıt metni bunun yerine ileti boyutuyla ilgiliyse iletinin boyutunu küçültün.",
      use = "Şifreleme gerektiren mekanizmaları yalnızca TLS etkinleştikten sonra sunun; şifresiz bir bağlantıda bu mekanizmalardan biri istenirse RFC 4954'ün (bölüm 4) öngördüğü gibi 504 ve 5.5.4 ile yanıt verin. 523 kodunu 5.7.10 ile birlikte yalnızca bu kayıt defteri eşleştirmesini beklediği bilinen bir karşı tarafa gönderin.",
    },
    [524] = {
      description = "İstemcinin istediği kimlik doğrulama mekanizması yalnızca şifreli bir bağlantıda kullanılabilir. Kod yalnızca IANA genişletilmiş durum kodu kayıt defterinde, 538'in yanında 5.7.11'in ilişkili temel kodu olarak geçer; hiçbir RFC 524'ü kendi başına bir yanıt olarak tanımlamaz.",
      when = "Gerçek oturumlarda nadiren görülür: RFC 4954 (bölüm 4), sunucuların böyle bir AUTH komutuna 504 ve 5.5.4 ile yanıt vermesini öngörür, eski sunucular ise kullanımdan kaldırılmış 538 kodunu gönderir. RFC 4954 ayrıca modern sunucuların bu tür mekanizmaları şifreleme etkinleşmeden önce sunmaması gerektiğini belirtir.",
      fix = "STARTTLS gönderin, yeni EHLO yanıtını okuyun ve şifreli oturum üzerinden kimlik doğrulayın. TLS'ten önce kimlik doğrulamaya çalışan istemci ayarlarını, TLS her zaman önce gelecek şekilde değiştirin.",
      use = "Şifreleme gerektiren bir mekanizma için gelen AUTH komutuna RFC 4954'ün (bölüm 4) öngördüğü gibi 504 ve 5.5.4 ile yanıt verin; 524 kodunu yalnızca onu beklediği bilinen bir karşı tarafa gönderin.",
    },
    [525] = {
      description = "Kimlik bilgileri kabul edildi, ancak hesap yöneticisi tarafından devre dışı bırakılmış. Kod yalnızca IANA genişletilmiş durum kodu kayıt defterinde, 5.7.13 User Account Disabled için temel kod olarak geçer; hiçbir RFC 525'i kendi başına bir yanıt olarak tanımlamaz. 535'ten farklı olarak istemciye parolayı yeniden girmenin işe yaramayacağını söyler.",
      when = "Bir hesap, örneğin ödenmemiş hizmet, kötüye kullanım veya şüpheli bir izinsiz giriş nedeniyle askıya alındığında, gönderim sunucusunda AUTH'tan sonra görülür. Birçok sunucu aynı durumu 535 veya 5.7.13 ile birlikte başka bir 5xx koduyla bildirir; bu yüzden daha güvenilir işaret genişletilmiş koddur.",
      fix = "Kullanıcının, hesabın yeniden etkinleştirilmesi için posta sağlayıcısıyla veya yöneticiyle iletişime geçmesi gerekir; istemcide parolayı değiştirmek sorunu çözmez. İstemciler parola istemi yerine sunucunun metnini göstermeli, betikler de o hesapla yeniden denemeyi bırakmalıdır.",
      use = "Yönetimsel olarak devre dışı bırakılmış bir hesapta başarılı bir kimlik doğrulamadan sonra 5.7.13 ile birlikte 525 gönderin.",
    },
    [530] = {
      description = "Sunucu, istemci AUTH ile kimliğini doğrulayana kadar ya da TLS'i zorunlu tutan sunucularda istemci STARTTLS gönderene kadar komutu yerine getirmeyecek. RFC 4954 bu kodu eksik kimlik doğrulama için 5.7.0 ile birlikte tanımlar; RFC 3207 onu önce STARTTLS istemek için, RFC 2645 ise kimliğini doğrulamamış bir istemciden gelen ATRN'e yanıt olarak kullanır. Bazı eski kod listeleri 530'u “erişim reddedildi” olarak adlandırır ve bu kullanımı Sendmail'e bağlar; hiçbir RFC koda bu anlamı vermez.",
      when = "587 numaralı porttaki gönderim sunucularında ve yalnızca oturum açmış kullanıcılardan posta kabul eden aktarma sunucularında MAIL, RCPT veya DATA komutuna yanıt olarak sık görülür. Parola girilmeden yapılandırılmış bir istemci ya da STARTTLS'i zorunlu tutan bir sunucuda bu adımı atlayan bir istemci, bu kodu ilk MAIL komutunda alır.",
      fix = "İstemcide geçerli kimlik bilgileriyle SMTP kimlik doğrulamasını etkinleştirin; yanıt metni istiyorsa STARTTLS'i de etkinleştirin. Betikler MAIL FROM'dan önce EHLO, STARTTLS, yeniden EHLO ve AUTH göndermeli ve oturum açmanın 235 döndürdüğünü doğrulamalıdır.",
      use = "Politika kimlik doğrulama gerektiriyorsa AUTH, EHLO, HELO, NOOP, RSET ve QUIT dışındaki her komuta; politika önce TLS gerektiriyorsa NOOP, EHLO, STARTTLS ve QUIT dışındaki her komuta 530 gönderin.",
    },
    [533] = {
      description = "Gönderenin bu hedefe gönderme yetkisi yok. Kod yalnızca IANA genişletilmiş durum kodu kayıt defterinde, 5.7.1 Delivery not authorized, message refused için listelenen temel kodlar arasında geçer; hiçbir RFC 533'ü kendi başına bir yanıt olarak tanımlamaz. Exim, 533 kodunu uluslararasılaştırılmış posta kutusu adlarını reddetmek için kullanmıştır; bu anlamın kayıt defterindeki girdiyle ilgisi yoktur.",
      when = "Uygulamada nadirdir, çünkü politika retleri neredeyse her zaman 5.7.1 ile birlikte 550 olarak gelir. 533 görülürse yanıt metnini okuyun; bir politika engeli değil, Exim'in ASCII dışı bir adres için kullandığı anlam olabilir.",
      fix = "Kalıcı bir ret olarak ele alın ve hangi politikanın uygulandığını metinden ve genişletilmiş koddan öğrenin. Politika engelinde alıcının yöneticisiyle iletişime geçin veya gönderim yapılandırmanızı düzeltin; ASCII dışı bir adreste ASCII bir adres kullanın ya da SMTPUTF8 destekleyen sunuculardan geçen bir yol seçin.",
      use = "Politika gereği bir ret için 5.7.1 ile birlikte 550 kodunu tercih edin, çünkü 533'ün kayıt defterindeki yerinin ötesinde standart bir anlamı yoktur.",
    },
    [534] = {
      description = "Sunucu, istemcinin seçtiği SASL mekanizmasını o kullanıcı için politikanın izin verdiğinden zayıf olduğu için reddediyor. RFC 4954 bu kodu 5.7.9 genişletilmiş koduyla birlikte tanımlar ve istemcinin daha güçlü bir mekanizma denemesi beklenir.",
      when = "Bazı hesaplar için daha güçlü yöntemler isteyen sunucularda PLAIN, LOGIN veya CRAM-MD5 ile yapılan AUTH'tan sonra görülür. Bazı büyük sağlayıcılar, bir hesap olağan parola yerine uygulamaya özel bir parola veya OAuth ile oturum açma gerektirdiğinde bu kodu gönderir.",
      fix = "EHLO yanıtının AUTH listesinden daha güçlü bir mekanizma seçin ya da sağlayıcının talimatlarını izleyin; bu genellikle bir uygulama parolası oluşturmak veya istemciyi OAuth'a geçirmek demektir. Aynı mekanizmayı yeniden denemek aynı şekilde başarısız olur.",
      use = "İstenen mekanizma destekleniyor ama politikanıza göre o kullanıcı için fazla zayıfsa AUTH komutuna yanıt olarak 534 gönderin.",
    },
    [535] = {
      description = "Kimlik doğrulama başarısız oldu, çünkü kullanıcı adı, parola veya diğer kimlik bilgileri yanlış ya da yetersizdi. RFC 4954 bu kodu başarısız bir AUTH alışverişine verilen olağan yanıt olarak, 5.7.8 genişletilmiş koduyla birlikte tanımlar.",
      when = "Nedeni genellikle yanlış yazılmış veya değiştirilmiş bir parola, yanlış biçimde (örneğin alan adı olmadan) yazılmış bir kullanıcı adı ya da uygulama parolası gerektiren bir hesaptır. Tek bir istemci adresine art arda gelen çok sayıda 535 yanıtı da parola tahmin denemelerinin tipik bir belirtisidir ve birçok sunucu bu durumda o adresi engeller.",
      fix = "İstemci ayarlarındaki kullanıcı adı biçimini ve parolayı denetleyip güncelleyin; bir posta istemcisi döngüye girmek yerine kullanıcıya yeniden sormalıdır. Betikler aynı kimlik bilgileriyle yeniden denememelidir, çünkü tekrarlanan hatalar hesabın veya IP adresinin kilitlenmesine yol açabilir.",
      use = "AUTH alışverişi tamamlanıp kimlik bilgileri reddedildiğinde, 534 veya 454 gibi daha belirgin bir kod uymuyorsa 535 gönderin.",
    },
    [538] = {
      description = "İstemcinin seçtiği kimlik doğrulama mekanizması ancak bağlantı şifrelendikten sonra kullanılabilir. RFC 4954 bu kodu 5.7.11 ile birlikte listeler, ancak kullanımdan kaldırır (bölüm 1) ve yalnızca tarihsel amaçlarla korur (bölüm 6): sunucu böyle bir mekanizmayı şifreleme etkinleşmeden önce sunmamalıdır ve bu mekanizmalardan birine yönelik bir isteğe 504 ve 5.5.4 ile yanıt verir (bölüm 4).",
      when = "Bir istemci şifrelenmemiş bir bağlantı üzerinden AUTH PLAIN veya AUTH LOGIN gönderdiğinde, genellikle istemcide STARTTLS kapalı olduğu ya da istemci yanlış porta bağlandığı için görülür.",
      fix = "İstemcide STARTTLS'i etkinleştirin veya 465 numaralı portta örtük TLS kullanın ve ancak TLS el sıkışmasından ve yeni bir EHLO'dan sonra kimlik doğrulayın. Yöneticiler, istemciler bunları erken denemesin diye parola mekanizmalarını yalnızca TLS'ten sonra duyurmalıdır.",
      use = "RFC 4954 bu kodu kullanımdan kaldırdığı için yeni yazılımlarda 538 göndermeyin: istenen mekanizma henüz kurulmamış bir şifreleme katmanı gerektiriyorsa AUTH komutuna 504 ve 5.5.4 ile yanıt verin.",
    },
    [540] = {
      description = "Hiçbir standardın tanımlamadığı bir kod; herkese açık kod listeleri onu tek bir sağlayıcıya, Rambler'a bağlar ve alıcı hesabının etkin olmaması ya da askıya alınmış olması veya gönderenin engellenmesi nedeniyle verilen bir ret olarak tanımlar. Başka listeler ona farklı anlamlar verir; bu yüzden yanıt metni sayıdan daha önemlidir. İstemci, RFC 5321 (bölüm 4.2) gereğince bu kodu diğer her 5xx yanıtı gibi kalıcı bir hata olarak ele almalıdır.",
      when = "Çoğunlukla bu kodu kullanan sağlayıcıdan geri dönen iletilerde görmeyi bekleyin; olası nedenlerden hangisinin geçerli olduğunu yanıt metni söyler.",
      fix = "Yanıt metnini okuyun: alıcı hesabı etkin değilse alıcıya başka bir yoldan ulaşın; alan adınız veya IP adresiniz engellenmişse kimlik doğrulama yapılandırmanızı ve itibarınızı denetleyin ve sağlayıcının posta yöneticisiyle (postmaster) iletişime geçin.",
      use = "540 göndermeyin; devre dışı bir posta kutusu için 5.2.1 ile, engellenmiş bir gönderen için ise 5.7.x genişletilmiş koduyla birlikte 550 kullanın.",
    },
    [541] = {
      description = "Hiçbir standardın tanımlamadığı, herkese açık listelerin alıcı adresinin iletiyi genellikle bir spam filtresi aracılığıyla reddetmesi olarak tanımladığı bir kod. İstemci, RFC 5321 (bölüm 4.2) gereğince bu kodu diğer her 5xx yanıtı gibi kalıcı bir hata olarak ele almalıdır.",
      when = "Listeler bu kodu alıcı taraftaki spam veya içerik filtrelemesiyle ilişkilendirir; bu yüzden genellikle toplu ya da istenmeyen posta gibi görünen bir iletinin ardından gelir.",
      fix = "İletinin içeriğini, bağlantılarını ve eklerini gözden geçirin, gönderen alan adının SPF, DKIM ve DMARC kayıtlarını denetleyin ve gönderen IP adresinin engel listelerinde (blocklist) olup olmadığına bakın. Posta isteniyorsa alıcıdan göndereni izin listesine eklemesini isteyin.",
      use = "541 göndermeyin; filtrelenen içeriği 550 veya 554 ve 5.7.1 genişletilmiş koduyla reddedin.",
    },
    [550] = {
      description = "İstenen işlem kalıcı olarak reddedildi, çünkü posta kutusu kullanılamıyor: posta kutusu yok, istemcinin ona erişimi yok ya da yerel politika komutu reddediyor. SMTP'nin genel amaçlı kalıcı ret kodudur; bu yüzden asıl nedeni genişletilmiş kod ve yanıt metni bildirir.",
      when = "Çoğunlukla RCPT TO komutuna yanıt olarak gelir: alıcı bilinmeyen bir kullanıcıdır (5.1.1) ya da istemci, kendisi için aktarma yapmayan bir sunucu üzerinden aktarma denemiştir. Engel listesindeki bir IP adresi, başarısız SPF veya DMARC denetimleri (5.7.1, 5.7.23, 5.7.26) ya da boş MX (null MX) kaydı olan bir gönderen alan adı (5.7.27) gibi politika retlerinin de olağan kodudur. DATA'nın sonlandırıcı noktasından sonra iletinin tamamını reddeder; bu da hangi alıcıların soruna yol açtığını gizler.",
      fix = "Önce genişletilmiş kodu ve yanıt metnini okuyun: 5.1.1 için adresi düzeltin veya kaldırın; 5.7.x için gönderenin SPF, DKIM, DMARC veya ters DNS yapılandırmasını düzeltin ya da engel listesinden çıkarılmayı isteyin. Aynı iletiyi değiştirmeden yeniden göndermeyin. Gönderen, adresin geçerli olduğundan eminse alıcıyla başka bir kanaldan iletişime geçmelidir.",
      use = "Var olmayan bir posta kutusu, reddettiğiniz bir aktarma veya bir komutun politika gereği kalıcı reddi için 550 gönderin; durum geçiciyse 450 gönderin.",
    },
    [551] = {
      description = "Alıcı bu sunucuda yerel değil ve sunucu iletiyi başka adrese yönlendirmeyecek; yanıt metni, istemcinin bunun yerine denemesi gereken yönlendirme yolunu (forward-path) verir. 551, 251 kodunun ret bildiren karşılığıdır; metindeki adres, programların okuyabilmesi için verilir.",
      when = "Günümüz İnternet'inde nadirdir, çünkü adres değişiklikleri genellikle sessiz yönlendirmeyle ya da yeni adres gizli kalacaksa yalın bir 550 ile ele alınır. Bazı sunucular uzak ana makinelere aktarmayı reddetmek için de 551 kodunu 5.7.1 ile birlikte kullanır.",
      fix = "Yanıt metni yeni bir adres veriyorsa adresin gerçek olduğunu doğrulayın ve iletiyi o adrese yeniden gönderin; 251 kodunun aksine hiçbir şey yönlendirilmez, bu yüzden ileti yeni adrese ancak yeniden gönderilirse ulaşır. Adres verilmemişse 550 gibi ele alın ve alıcı adresini denetleyin.",
      use = "RCPT veya VRFY komutuna 551 kodunu yalnızca alıcının doğru yönlendirme yolunu biliyor, oraya aktarma yapmayacak ve bu yolu açıklamaya razıysanız gönderin.",
    },
    [552] = {
      description = "Bir depolama sınırı aşıldığı için işlem yarıda bırakıldı: alıcının posta kutusu dolu ya da ileti sunucunun veya posta kutusunun izin verdiğinden büyük. SIZE uzantısıyla birlikte kullanıldığında 552, bildirilen veya gerçek boyutu sunucunun sabit üst sınırını aşan bir iletiyi de reddeder.",
      when = "Dolu bir posta kutusu için RCPT TO'dan sonra (5.2.2), SIZE parametresi duyurulan sınırı aştığında MAIL FROM'a yanıt olarak ve ileti çok büyük çıktığında sonlandırıcı noktadan sonra (5.3.4, 5.2.3) görülür. Eski sunucular çok fazla alıcı için de 552 gönderir; bu, RFC 821'den kalma bir hatadır ve RFC 5321, istemcilerin bu durumu geçici 452 gibi ele alması gerektiğini söyler.",
      fix = "Çok büyük bir ileti için ekleri küçültün ya da kaldırın veya bağlantıyla paylaşın ve göndermeden önce boyutu EHLO yanıtındaki SIZE değeriyle karşılaştırın. Dolu bir posta kutusunda yer yalnızca alıcı tarafından açılabilir; gönderen ancak daha sonra yeniden deneyebilir. Çok sayıda RCPT komutundan sonra 552 alan istemciler kalan alıcıları daha sonraki bir işlemde göndermelidir.",
      use = "Bir ileti sabit bir boyut sınırını aştığında 552 gönderin; RFC 3463'ün süregelen geçici hata saydığı dolu posta kutusu için 4.2.2 ile birlikte 452, geçici bir depolama sıkıntısı veya çok fazla alıcı için de 452 gönderin.",
    },
    [553] = {
      description = "Posta kutusu adı kabul edilebilir olmadığı için işlem reddedildi; bunun nedeni çoğunlukla adres sözdiziminin yanlış olması veya adın bu sistemde izinli olmamasıdır. SMTPUTF8 altında, ASCII dışı bir adresin o gönderen veya alıcı için izinli olmadığı anlamına da gelir (5.6.7). VRFY komutuna yanıt olarak, birden çok posta kutusuyla eşleşen belirsiz bir adı da bildirebilir.",
      when = "MAIL FROM veya RCPT TO içinde geçersiz karakterli ya da alan adı eksik adresler ve bir gönderim sunucusunda kimliği doğrulanmış kullanıcının kullanmasına izin verilmeyen bir MAIL FROM adresi için tipiktir. Bir istemci uluslararasılaştırılmış bir adresi bunu desteklemeyen bir sunucuya gönderdiğinde de görülür.",
      fix = "Adreste yazım hatası, eksik kısım veya araya karışmış karakter olup olmadığını denetleyin ve zarf göndereninin hesabın kullanabileceği bir adres olduğundan emin olun. ASCII dışı adresler için ASCII karşılığını kullanın ya da iletiyi SMTPUTF8 duyuran sunucular üzerinden yönlendirin.",
      use = "MAIL, RCPT veya VRFY içindeki bir adres sözdizimi bakımından kabul edilemezse veya adı gereği izinli değilse 553 gönderin; doğru biçimli bir posta kutusu yalnızca mevcut değilse 550 gönderin.",
    },
    [554] = {
      description = "İşlem kalıcı olarak başarısız oldu ve sunucu daha belirgin bir kod vermiyor. Bağlantı karşılama mesajı olarak, burada bu istemci için SMTP hizmeti olmadığı anlamına gelir; DATA komutuna yanıt olarak hiçbir geçerli alıcının kabul edilmediği anlamına gelebilir; sonlandırıcı noktadan sonra ise iletiyi bütünüyle reddeder.",
      when = "İstemcinin IP adresini engelleyen bir sunucunun karşılama mesajı olarak ve bir içerik filtresi bir iletiyi spam veya kötü amaçlı yazılım diye reddettiğinde, çoğu zaman 5.7.1 ile birlikte, sonlandırıcı noktadan sonra sık görülür. Postfix de erişim eşlemesi (access map), engel listesi ve aktarma retleri için RCPT TO aşamasında varsayılan olarak 554 gönderir ve bu durumda yalnızca o alıcıyı reddeder. Sunucunun dönüştüremediği bir iletiyi (5.6.3) veya sistem için çok büyük olan bir iletiyi (5.3.4) de bildirir.",
      fix = "Yanıt metnini ve genişletilmiş kodu okuyun: engellenmiş bir IP adresi için engel listelerini ve ters DNS kaydını denetleyin ve alıcı tarafın posta yöneticisiyle iletişime geçin; reddedilen içerik için filtreye neyin takıldığını bulup düzeltin. 554 karşılama mesajından sonra QUIT gönderin ve o ana makineyi hiçbir şey değiştirmeden yeniden denemeyin, çünkü sunucu diğer her komuta 503 ile yanıt verir.",
      use = "Bir istemciyi doğrudan reddetmek için karşılama mesajı olarak, hiçbir alıcı kabul edilmediğinde DATA komutuna yanıt olarak ya da teslim etmeyeceğiniz bir iletiyi reddetmek için sonlandırıcı noktadan sonra 554 gönderin.",
    },
    [555] = {
      description = "Sunucu, MAIL FROM veya RCPT TO üzerindeki bir ya da daha fazla parametreyi tanımıyor veya uygulayamıyor. Bu parametreler SIZE, BODY, SMTPUTF8 veya DSN gibi uzantılara aittir; 555 kalıcı yanıttır, 455 ise sunucunun şu anda karşılayamadığı bir parametre içindir.",
      when = "Genellikle, sunucunun uzantıyı EHLO yanıtında duyurup duyurmadığını denetlemeden bir uzantı parametresi ekleyen ya da HELO'ya geri döndüğü hâlde ESMTP parametreleri kullanan bir istemcidir. EHLO yanıtını yeniden yazan vekil sunucular da aynı uyumsuzluğa yol açabilir.",
      fix = "Yalnızca EHLO yanıtında listelenen uzantıların parametrelerini gönderin; HELO'ya geri döndükten sonra hiç parametre göndermeyin. İstemciyi düzeltin ve komutu desteklenmeyen parametre olmadan yeniden gönderin.",
      use = "MAIL FROM veya RCPT TO, tanımadığınız ya da desteklemediğiniz bir parametre taşıyorsa ve parametrenin kendi RFC'si başka bir kod öngörmüyorsa 555 gönderin.",
    },
    [556] = {
      description = "Alıcının alan adı hiçbir şekilde posta kabul etmiyor; bu yüzden oradaki hiçbir adrese teslim yapılamaz. Kodu RFC 7504 tanımladı; RFC 7505 de alıcı alan adı bir null MX kaydı yayımladığında gönderim sunucusunun veya aktarma sunucusunun bu kodu 5.1.10 ile birlikte kullanmasını söyler.",
      when = "Kendi gönderim sunucunuzdan veya aradaki bir aktarma sunucusundan, alıcı alan adını sorgulayıp bir null MX bulduktan sonra RCPT TO'ya yanıt olarak gelir. Olağan nedenler alan adı kısmındaki bir yazım hatası veya yalnızca bir web sitesi için var olan bir alan adıdır.",
      fix = "Adresin alan adı kısmını denetleyin; doğruysa alan adı posta almıyordur ve alıcının başka bir adres vermesi gerekir. Posta almak isteyen alan adı sahipleri null MX kaydını gerçek MX kayıtlarıyla değiştirmelidir.",
      use = "Bir alıcıyı, alan adı null MX yayımladığı ya da başka bir biçimde posta kabul etmediğini bildirdiği için reddettiğinizde 5.1.10 ile birlikte 556 gönderin.",
    },
    [557] = {
      description = "SMTP için hiçbir zaman RFC olmamış bir adres sorgulama uzantısına ilişkin bir Internet-Draft'ta önerilmiş bir kod. Hiçbir standart 557'ye bir anlam vermez ve onu içeren kod listeleri yalnızca bu taslaÄa gönderme yapar.",
      when = "Gerçek oturumlarda pratikte hiç görülmez; çoğunlukla geri dönen iletileri ayrıştıran kitaplıklarda ve önerilmiş her kodu kaydeden kod listelerinde yer alır.",
      fix = "RFC 5321 (bölüm 4.2) gereğince ilk basamağına göre kalıcı bir hata olarak ele alın ve asıl nedeni öğrenmek için yanıt metnini okuyun. Bir üretim sunucusu bu kodu gönderiyorsa durumu o sunucunun yöneticisine bildirin.",
      use = "Standart bir sunucudan 557 göndermeyin, çünkü bu koddan yalnızca yayımlanmamış bir taslak söz eder.",
    },
  },
  enhanced = {
    ["0.0"] = {
      name = "Diğer veya tanımsız durum",
      description = "Genel amaçlı genişletilmiş kod: yalnızca sınıfı taşır ve neden hakkında hiçbir şey söylemez. 2.0.0 başarıyı, 4.0.0 geçici bir hatayı, 5.0.0 ise kalıcı bir hatayı bildirir.",
      when = "Çok yaygındır: birçok sunucu QUIT, RSET veya DATA'nın sonlandırıcı noktasına verilen yanıt gibi olağan yanıtlara 2.0.0, sınıflandırmadığı hatalara ise 4.0.0 veya 5.0.0 ekler. Bu durumda asıl nedene ilişkin tek ipucu yanıt metnidir.",
      fix = "Kodun kendisi bir neden belirtmediği için yanıt metnini ve sunucu günlüklerini okuyun. 4.0.0 durumunda yeniden deneyin; 5.0.0 durumunda geri dönen iletileri işleyen bir program, adresin hatalı olduğunu varsaymak yerine hatayı metne göre sınıflandırmalıdır.",
    },
    ["1.0"] = {
      name = "Diğer adres durumu",
      description = "Bu durumun nedeni zarftaki bir adres, yani gönderen veya alıcı adresidir, ancak daha belirgin bir adres kodu uygulanmıyor. 2. sınıfla birlikte yalnızca bir adresin kabul edildiğini doğrular.",
      when = "2.1.0, Postfix ve Sendmail'de kabul edilen bir MAIL FROM komutuna verilen olağan yanıttır. 4.1.0 ve 5.1.0, bir sunucu bir gönderen veya alıcı adresini sınıflandırmadığı bir nedenle, çoğu zaman yerel bir arama tablosu veya adres yeniden yazma kuralı yüzünden reddettiğinde görülür.",
      fix = "4.1.0 veya 5.1.0 için hangi adresin neden reddedildiğini öğrenmek üzere yanıt metnini okuyun, ardından adresi düzeltin veya alıcı tarafın yöneticisine danışın. 5.1.0 kodunu bir posta kutusunun var olmadığına kanıt saymayın; bunu söyleyen 5.1.1'dir.",
    },
    ["1.1"] = {
      name = "Hatalı hedef posta kutusu adresi",
      description = "Alıcının posta kutusu hedefte yok: alan adı doğru, ancak \"@\" işaretinden önceki yerel kısım orada bilinmiyor. Bilinmeyen kullanıcı nedeniyle kalıcı geri dönmenin (hard bounce) standart kodudur.",
      when = "Genellikle bir yazım hatası, silinmiş bir hesap veya bir listedeki eskimiş bir kayıt nedeniyle, RCPT TO'ya yanıt olarak ya da geri dönen bir iletide 550 5.1.1 biçiminde görülür. 4.1.1, kullanıcıyı şu anda doğrulayamayan sunuculardan, örneğin kullanıcı dizinine ulaşamayan bir yedek MX'ten gelir.",
      fix = "Adreste yazım hatası olup olmadığını denetleyin ve adresi başka bir kanaldan alıcıyla doğrulayın. Geri dönen iletileri işleyen bir program 5.1.1'den sonra adrese göndermeyi durdurmalıdır, çünkü bilinmeyen kullanıcılara yinelenen gönderimler gönderenin itibarını zedeler; 4.1.1 ise kuyruğun yeniden denemelerine bırakılır.",
    },
    ["1.2"] = {
      name = "Hatalı hedef sistem adresi",
      description = "Alıcı adresinin \"@\" işaretinden sonraki alan adı kısmı yok veya posta alamıyor. Hedef sistemin kendisi kullanılamaz olduğu için posta kutusuna hiç ulaşılamadı.",
      when = "Alıcının alan adı yanlış yazıldığında, süresi dolduğunda veya hiç DNS kaydı olmadığında ve bir aktarma sunucusu hizmet vermediği bir alan adını reddettiğinde görülür. Sınıf, yanıtın ne kadar kesin olduğunu söylemez: Postfix'in reject_unknown_recipient_domain kısıtlaması, hiç var olmayan bir alan adı için bile varsayılan olarak 450 4.1.2 ile yanıt verir (unknown_address_reject_code = 450); başka sunucular ise 4.1.2'yi şimdilik başarısız olan bir sorguya ayırır.",
      fix = "Alan adının yazımını ve MX ya da adres kaydı yayımlayıp yayımlamadığını denetleyin (alan adı üzerinde dig MX). Alan adı gerçekten ortadan kalktıysa adresi kaldırın; 4.1.2 durumunda kuyruğun yeniden denemesine izin verin, kuyruk vazgeçene kadar yinelenen bir 4.1.2'yi ise kesin sayın.",
    },
    ["1.3"] = {
      name = "Hatalı hedef posta kutusu adresi sözdizimi",
      description = "Alıcı adresi bozuk biçimli; bu yüzden sunucu onu bir posta kutusu olarak hiç ayrıştıramadı. Sorun posta kutusunun var olup olmaması değil, adresin biçimidir.",
      when = "Genellikle boşluk içeren, açılı ayraçları eksik, iki \"@\" işareti veya başka yasak karakterler taşıyan adresler ya da SMTPUTF8 desteklemeyen bir sunucuya gönderilen ASCII dışı adresler için RCPT TO'ya yanıt olarak 501 5.1.3 biçiminde görülür. Betiklerin ve web formlarının uygun tırnaklama yapmadan oluşturduğu adresler sık rastlanan bir kaynaktır.",
      fix = "Adresi veya RCPT TO komutunu oluşturan kodu, RFC 5321'in gerektirdiği gibi açılı ayraçlar içinde geçerli bir posta kutusu gönderecek şekilde düzeltin. Aynı adresi yeniden göndermek yine başarısız olur; bu yüzden bir liste yöneticisi adresi yeniden denemek yerine düzeltilmek üzere işaretlemelidir.",
    },
    ["1.4"] = {
      name = "Hedef posta kutusu adresi belirsiz",
      description = "Alıcı adresi hedefte birden fazla posta kutusuyla eşleşti; bu yüzden sunucu nereye teslim edeceğine karar veremedi. Adresleri kullanıcılarla ada göre veya yaklaşık aramayla eşleştiren sistemlerden gelir.",
      when = "Genel İnternet'te nadirdir; çoğunlukla bir kişinin adını adres olarak kabul eden ve bununla eşleşen birkaç kişi bulan ağ geçitlerinde ve dizin tabanlı posta sistemlerinde görülür.",
      fix = "Bir ad veya takma ad yerine posta kutusunun tam adı gibi daha belirgin bir adres kullanın. Alıcı tarafın yöneticisi dizindeki yinelenen kayıtları giderebilir.",
    },
    ["1.5"] = {
      name = "Hedef adres geçerli",
      description = "Bir başarı raporu: alıcı adresi denetlendi ve kabul edildi. Adresi doğrular, ancak henüz iletinin son teslimini doğrulamaz.",
      when = "Postfix, Sendmail ve Microsoft Exchange'de RCPT TO'ya yanıt olarak 250 2.1.5 biçiminde ve olumlu teslim durumu bildirimlerinde olağan olarak görülür.",
      fix = "Düzeltilecek bir şey yok. RCPT TO aşamasında kabul edilmek teslimi garanti etmez: ileti DATA'dan sonra yine reddedilebilir veya yolun ilerisindeki bir sunucudan daha sonra geri dönebilir.",
    },
    ["1.6"] = {
      name = "Hedef posta kutusu taşındı, yönlendirme adresi yok",
      description = "Alıcı adresi bir zamanlar geçerliydi, ancak artık posta almıyor ve sunucu yeni bir adres sunmuyor. Bilerek kapatılmış veya emekliye ayrılmış bir hesabı gösterir.",
      when = "Bir kişi bir kuruluştan ayrıldıktan veya bir hesap kullanımdan kaldırıldıktan sonra, genellikle 550 5.1.6 biçiminde görülür. Yeni adresi bilen bir sunucu bunun yerine metinde yeni adresi belirten 551 gönderir.",
      fix = "Adresi listelerden çıkarın ve alıcıdan başka bir kanaldan yeni bir adres isteyin. Geri dönen iletileri işleyen bir program 5.1.6'yı, 5.1.1 gibi, kalıcı geri dönme olarak ele almalıdır.",
    },
    ["1.7"] = {
      name = "Hatalı gönderen posta kutusu adresi sözdizimi",
      description = "MAIL FROM içinde verilen gönderen adresi bozuk biçimli. Sorun herhangi bir alıcıda değil, dönüş yolundadır (reverse-path).",
      when = "Genellikle bir uygulama açılı ayraçsız, görünen adla birlikte, alan adı olmadan veya sunucunun kabul etmediği karakterlerle bir adres gönderdiğinde, MAIL FROM'a yanıt olarak 501 veya 553 ile birlikte görülür.",
      fix = "Uygulamanın veya aktarma sunucusunun gönderdiği zarf göndereni adresini düzeltin: açılı ayraçlar içinde eksiksiz bir adres ya da geri dönen iletiler için <>. Bütün alıcılar aynı şekilde başarısız olur; bu yüzden düzeltilmesi gereken gönderenin yapılandırmasıdır, alıcıları çıkarmak için bir neden yoktur.",
    },
    ["1.8"] = {
      name = "Hatalı gönderen sistem adresi",
      description = "Gönderen adresinin alan adı yok veya posta alamıyor; alıcı sunucu, olası her geri dönen ileti teslim edilemez olacağı için iletiyi reddediyor. MAIL FROM'un alan adı kısmıyla ilgilidir.",
      when = "Gönderen alan adının DNS kaydı olmadığında MAIL FROM'a yanıt olarak ya da göndereni geç denetleyen sunucularca RCPT TO aşamasında gönderilir. 4.1.8, sorgunun düzelebileceği anlamına gelmez: Postfix'in reject_unknown_sender_domain kısıtlaması, hiç var olmayan bir gönderen alan adı için varsayılan olarak 450 4.1.8 ile yanıt verir; 5.1.8 ise yalnızca yöneticisi unknown_address_reject_code değerini bir 5xx koduna ayarladığında gönderilir.",
      fix = "DNS'te çözümlenen ve posta alabilen, çalışan MX veya adres kayıtları olan bir alan adından gönderin. Alan adı doğruysa DNS yetki devrini denetleyin; 4.1.8 yeniden denenir, fakat yalnızca gönderen alan adı çözümlenir hâle geldiğinde düzelir.",
    },
    ["1.9"] = {
      name = "İleti uyumsuz bir posta sistemine aktarıldı",
      description = "Bir ileti izleme durumu: alıcı adresi geçerliydi ve ileti, izlemeyi desteklemeyen bir sisteme teslim edildi; bu yüzden başka bir durum bildirilemez. Bir hatayı değil, iletinin izlenebildiği yolun nerede bittiğini gösterir.",
      when = "İleti izleme isteklerine (MTRK uzantısı) verilen yanıtlarda ve bunlardan üretilen raporlarda, olağan SMTP yanıtlarında ise nadiren görülür. İletinin, yolunun izlemeyi destekleyen kısmından çıktığı anlamına gelir.",
      fix = "İletide bir sorun yok. Daha fazlasını öğrenmek için yol üzerindeki bir sonraki sistemin yöneticisine sorun ya da bir teslim durumu bildirimini veya alıcıdan bir yanıtı bekleyin.",
    },
    ["1.10"] = {
      name = "Alıcı adresinde null MX kaydı var",
      description = "Alıcının alan adı bir null MX kaydı, yani \".\" değerini gösteren, önceliği 0 olan tek bir MX yayımlıyor; bu da alan adının hiçbir şekilde posta kabul etmediğini bildirir. Teslim, alan adı sahibinin tercihiyle olanaksızdır.",
      when = "Teslim etmeyi denemeden önce alıcı alan adını sorgulayan bir gönderim veya aktarma sunucusundan, genellikle park edilmiş alan adları, yazım hatası içeren alan adları veya yalnızca bir web sitesine hizmet veren alan adları için 556 5.1.10 biçiminde gelir.",
      fix = "Adresi denetleyin: alan adı neredeyse her zaman yanlıştır ya da hiçbir zaman posta almak için düşünülmemiştir. Yeniden denemeyin; alan adını düzeltin veya alıcıya başka bir yoldan ulaşın.",
    },
    ["2.0"] = {
      name = "Diğer veya tanımsız posta kutusu durumu",
      description = "Alıcının posta kutusuyla ilgili bir şey teslimi engelliyor ve daha belirli bir posta kutusu kodu uymuyor. RFC 3463 bunu var olan bir posta kutusu için tanımlar, ancak sunucular onu posta kutusu hakkında hiçbir şey söylemeyen durumlarda da, en çok da gri listelemede gönderir.",
      when = "Kilitli bir posta kutusu veya bir kullanıcı için başarısız yerel teslim gibi, sunucunun sınıflandırmadığı posta kutusu sorunları için kullanılır. 450 4.2.0 ayrıca postgrey'in olağan gri listeleme yanıtıdır; orada bu yanıt istemciden yalnızca daha sonra yeniden denemesini ister ve posta kutusu hakkında hiçbir şey söylemez.",
      fix = "Asıl nedeni yanıt metninden okuyun. 4.2.0'ı, gri listeleme sunucularının beklediği gibi kuyruğun yeniden denemesine bırakın ve bunu posta kutusunun var olduğunun kanıtı saymayın; 5.2.0'da alıcıyla ya da yöneticisiyle iletişime geçin, çünkü posta kutusuyla onların tarafında ilgilenilmesi gerekir.",
    },
    ["2.1"] = {
      name = "Posta kutusu devre dışı, ileti kabul etmiyor",
      description = "Posta kutusu var, ancak hesap askıya alındığı, devre dışı bırakıldığı veya kilitlendiği için şu anda posta kabul etmiyor. Yeniden açılıp açılmayacağı alıcı tarafa bağlıdır.",
      when = "Askıya alınmış veya ödenmemiş hesaplarda, kötüye kullanım nedeniyle kilitlenmiş hesaplarda ve uzun süre kullanılmadığı için devre dışı bırakılmış posta kutularında görülür. Sunucular engelin kalkması bekleniyorsa 4.2.1, kalıcı olması amaçlanıyorsa 5.2.1 gönderir.",
      fix = "Posta kutusunu yalnızca sahibi veya yöneticisi yeniden etkinleştirebilir; bu yüzden alıcıya başka bir yoldan ulaşın. Geri dönen iletileri işleyen bir program 4.2.1'i yeniden denemeli, yinelenen 5.2.1'i ise adresin terk edildiğinin bir işareti saymalıdır.",
    },
    ["2.2"] = {
      name = "Posta kutusu dolu",
      description = "Alıcının posta kutusu depolama kotasına ulaştı; sahibi birkaç ileti silene kadar yeni ileti sığmaz. Sorun sunucunun tamamında değil, bu tek posta kutusundadır.",
      when = "Posta almayı sürdüren terk edilmiş hesaplarda ve kotası küçük kullanıcılarda yaygındır. 4.2.2, gönderenden daha sonra yeniden denemesini ister; 5.2.2 ise, çoğu zaman 552 ile birlikte, posta kutusu daha sonra boşaltılabilecek olsa da alıcı tarafın bu iletiyi kesin olarak reddettiği anlamına gelir.",
      fix = "4.2.2 durumunda kuyruğun yeniden denemesine izin verin ve durum sürerse alıcıyı başka bir kanaldan haberdar edin. 5.2.2'yi önce geçici geri dönme (soft bounce) olarak ele alın ve adrese göndermeyi ancak günler veya haftalar boyunca yinelenirse durdurun, çünkü dolu kalan bir posta kutusu genellikle terk edilmiştir.",
    },
    ["2.3"] = {
      name = "İleti uzunluğu yönetimsel sınırı aşıyor",
      description = "İleti, sunucunun genel sınırından daha düşük olan ve bu posta kutusu için belirlenmiş boyut sınırından büyük. Aynı sunucudaki başka bir alıcı iletiyi yine de kabul edebilir.",
      when = "Genellikle büyük ekler yüzünden, DATA'dan sonra 552 5.2.3 biçiminde ya da MAIL FROM ile verilen SIZE değeri o alıcının sınırını zaten aşıyorsa RCPT TO'ya yanıt olarak görülür.",
      fix = "Daha küçük bir ileti gönderin: ekleri sıkıştırın veya kaldırın ve büyük dosyaları bağlantıyla paylaşın. Alıcı, posta kutusunun sınırını yükseltmesini yöneticisinden isteyebilir.",
    },
    ["2.4"] = {
      name = "Posta listesi genişletme sorunu",
      description = "Alıcı, sunucunun üye adreslerine genişletemediği bir posta listesi veya takma addır. Hata tek tek üyelerle değil, listenin kendisiyle ilgilidir.",
      when = "Bir listenin arkasındaki üye dosyası veya dizin grubu okunamadığında, liste tanımı bozuk ya da boş olduğunda veya liste sunucusu kısa süreliğine kullanılamadığında görülür. Sunucular düzelmesi beklenen sorunlar için 4.2.4, bozuk liste tanımları için 5.2.4 kullanır.",
      fix = "4.2.4 durumunda kuyruğun yeniden denemesine izin verin. 5.2.4 durumunda listeyi veya veri kaynağını onarması gereken liste sahibine ya da alıcı alan adının posta yöneticisine bilgi verin.",
    },
    ["3.0"] = {
      name = "Diğer veya tanımsız posta sistemi durumu",
      description = "Bu durumun nedeni bir adres veya posta kutusu değil, alıcı posta sisteminin bütünüdür ve daha belirgin bir sistem kodu uygulanmıyor. 2. sınıfla birlikte sistemin olağan bir olayını bildirir.",
      when = "4.3.0, başarısız bir tablo araması, çalışmayan bir içerik filtresi veya kuyruğa yazma hatası gibi geçici yerel arızalar için yaygındır; örneğin Postfix bu durumlarda 451 4.3.0 ile yanıt verir. 5.3.0, sistemin sınıflandırılmamış bir nedenle verdiği kalıcı bir reddi gösterir.",
      fix = "4.3.0 durumunda kuyruğun yeniden denemesine izin verin; sürerse alıcı tarafın yöneticisinin sunucu günlüklerini denetlemesi gerekir. 5.3.0 durumunda yanıt metnini okuyun ve alıcı alan adının posta yöneticisiyle iletişime geçin.",
    },
    ["3.1"] = {
      name = "Posta sistemi dolu",
      description = "Alıcı sunucunun depolama alanı tükendi; bu yüzden yer açılana kadar hiç kimse için ileti alamıyor. X.2.2'den farklı olarak tek bir alıcının kotasıyla değil, sistemin tamamıyla ilgilidir.",
      when = "Alıcı sunucunun diski veya kuyruğu dolduğunda, genellikle bir posta seli veya büyük bir birikme sırasında, çoğu zaman \"Insufficient system storage\" metniyle 452 4.3.1 biçiminde görülür.",
      fix = "Gönderenin yalnızca kuyruğun yeniden denemesine izin vermesi yeterlidir. Alıcı tarafın yöneticisi disk alanı açmalı, kuyruğu boşaltmalı veya depolama eklemelidir.",
    },
    ["3.2"] = {
      name = "Sistem ağdan ileti kabul etmiyor",
      description = "Hedef ana makine şimdilik ya da hiçbir şekilde ileti almıyor. Hem bakım veya aşırı yük sırasındaki kısa bir reddi hem de hiç posta almayan bir ana makineyi kapsar.",
      when = "4.3.2, bir sunucu kapanırken, bakımdayken veya aşırı yüklüyken, örneğin bağlantıyı kapatan 421 4.3.2 biçiminde görülür. 5.3.2, RFC 7504'ün anlattığı gibi, hiç posta kabul etmeyen ana makinelerden 521 ile birlikte gelir.",
      fix = "4.3.2 durumunda kuyruğun yeniden denemesine izin verin. 521 ile birlikte gelen 5.3.2 durumunda o ana makineyi denemeyi bırakın ve alıcı alan adının MX kayıtlarını denetleyin, çünkü posta, posta almayan bir ana makineye gönderiliyor.",
    },
    ["3.3"] = {
      name = "Sistem seçilen özellikleri desteklemiyor",
      description = "İleti, hedef sistemin desteklemediği bir özellik veya hizmet seçeneği istiyor; bu yüzden istendiği gibi işlenemiyor. Ağ geçitleri, bir özelliğin öbür tarafta karşılığı olmadığında bu kodu üretir.",
      when = "Bir ileti, yolun ilerisindeki bir ana makinenin sunmadığı bir SMTP uzantısına veya teslim seçeneğine dayandığında ve SMTP dışı posta sistemlerine açılan ağ geçitlerinde görülür.",
      fix = "Desteklenmeyen özellik olmadan yeniden gönderin veya iletiyi onu destekleyen bir yol üzerinden yönlendirin. Yanıt metni genellikle eksik özelliğin adını verir.",
    },
    ["3.4"] = {
      name = "İleti sistem için çok büyük",
      description = "İleti, alıcı sunucunun herhangi bir ileti için kabul ettiği en büyük boyutu aşıyor. X.2.3'ten farklı olarak sınır tek bir posta kutusuna değil, sistemin tamamına uygulanır.",
      when = "Genellikle DATA'dan sonra 552 5.3.4 biçiminde ya da SIZE değeri sunucunun EHLO yanıtında SIZE anahtar sözcüğüyle duyurduğu sınırın üzerindeyse MAIL FROM'a yanıt olarak görülür. Olağan neden, base64 kodlamasıyla yaklaşık üçte bir oranında büyüyen büyük eklerdir.",
      fix = "İletiyi sunucunun SIZE anahtar sözcüğüyle gösterdiği sınırın altına indirin: ekleri sıkıştırın veya kaldırın ya da dosyaları bağlantıyla paylaşın. Aynı iletiyi yeniden denemek yine başarısız olur.",
    },
    ["3.5"] = {
      name = "Sistem yanlış yapılandırılmış",
      description = "Alıcı sistemin kendi yapılandırması bu iletiyi kabul etmesini engelliyor. Hata iletide veya gönderende değil, hedefin kurulumundadır.",
      when = "Bozuk yönlendirme veya takma ad tabloları, eksik teslim taşıyıcıları ya da geçersiz sunucu ayarlarıyla birlikte görülür; örneğin Postfix, kendi kısıtlama ayarları yanlış olduğunda 451 4.3.5 \"Server configuration error\" ile yanıt verir.",
      fix = "Gönderen bunu düzeltemez: durumu yanıt metninin tamamıyla birlikte alıcı alan adının posta yöneticisine bildirin. 4.3.5 durumunda kuyruğun yeniden denemesine izin verin; 5.3.5'ten sonra, alıcı taraf düzeltmeyi doğruladığında yeniden gönderin.",
    },
    ["3.6"] = {
      name = "İstenen öncelik değiştirildi",
      description = "MT-PRIORITY uzantısının bir başarı raporu: ileti kabul edildi, ancak istemcinin istediği veya varsayılan olarak kabul ettiği öncelikle değil. Yanıt metni, gerçekte atanan öncelikle başlar.",
      when = "Yalnızca MT-PRIORITY uygulayan sunucularda, çoğunlukla askerî ve acil durum mesajlaşma ağlarında, yerel politika bir istemcinin istediği önceliği değiştirdiğinde, örneğin istemci o düzeyi kullanamadığı için, görülür.",
      fix = "İleti kabul edildiği için teslim açısından bir şey yapmaya gerek yok. Öncelik önemliyse yeni değeri yanıt metninden okuyun ve istemcinizin hangi düzeyleri kullanabileceğini alıcı tarafın yöneticisine sorun.",
    },
    ["4.0"] = {
      name = "Diğer veya tanımsız ağ ya da yönlendirme durumu",
      description = "Ağla veya iletinin bir sonraki atlamaya yönlendirilmesiyle ilgili, daha belirgin hiçbir ağ kodunun tanımlamadığı türden bir sorun.",
      when = "Bir aktarma sunucusu sınıflandırılmamış bir nedenle bir sonraki atlamaya ulaşamadığında veya oraya yönlendiremediğinde yanıtlarda ve gecikme raporlarında görülür; örneğin Microsoft Exchange başarısız DNS sorguları ve bağlantı sorunları için 451 4.4.0 bildirir.",
      fix = "4.4.0 durumunda kuyruğun yeniden denemesine izin verin ve alttaki DNS veya bağlantı hatasını yanıt metninde ve gönderen sunucunun günlüklerinde arayın. 5.4.0 durumunda alıcı alan adının MX kayıtlarını ve yol üzerindeki her aktarma sunucusunun yönlendirme ayarlarını doğrulayın.",
    },
    ["4.1"] = {
      name = "Ana makineden yanıt yok",
      description = "Gönderen sunucu bir sonraki ana makineye bağlanmayı denedi ve yanıt alamadı: bağlantı reddedildi veya zaman aşımına uğradı ya da ana makine yanıt veremeyecek kadar meşguldü. Tanımı gereği geçici bir durumdur.",
      when = "Hedefin MX ana makineleri çalışmıyorsa, bir güvenlik duvarının arkasındaysa veya gönderenin ağından 25 numaralı portta ulaşılamıyorsa gecikme bildirimlerinde ve kuyruk ömrü dolduğunda son geri dönme bildiriminde görülür.",
      fix = "Kuyruğun yeniden denemeyi sürdürmesine izin verin. Sürerse hedef MX'e 25 numaralı portta bir bağlantıyı (nc veya telnet ile) sınayın, güvenlik duvarlarını ve gönderenin ağının giden 25 numaralı portu engelleyip engellemediğini denetleyin ve MX kayıtlarının çalışan ana makineleri gösterdiğini doğrulayın.",
    },
    ["4.2"] = {
      name = "Bağlantı bozuldu",
      description = "Bir sonraki ana makineyle bağlantı kuruldu, ancak işlem bitmeden koptu veya çok yavaşladı. İleti aktarılmadı ve yeniden denenecek.",
      when = "Bir sunucu zaman aşımına uğrayan bir oturumu kestiğinde, örneğin Postfix'in \"Error: timeout exceeded\" iletisinde, 421 4.4.2 biçiminde ve kopan bağlantılar, sıfırlanan TLS el sıkışmaları veya kararsız hatlardan sonraki gecikme raporlarında görülür.",
      fix = "Kuyruğun yeniden denemesine izin verin. Tekrarlanırsa ana makineler arasında ağ sorunları arayın: paket kaybı veya MTU sorunları, TLS'i ya da uzun aktarımları bozan ara cihazlar ve sunucunun ihtiyaç duyduğundan kısa istemci zaman aşımları.",
    },
    ["4.3"] = {
      name = "Dizin sunucusu hatası",
      description = "Posta sisteminin bağlı olduğu bir dizin hizmetine ulaşılamadı veya hizmet başarısız oldu; bu yüzden yönlendirme ya da adres denetimleri tamamlanamadı. Dizin çoğunlukla DNS'tir, ancak LDAP veya başka bir kullanıcı dizini de olabilir.",
      when = "Genellikle DNS çözümleyicisi alıcı alan adı için zaman aşımına uğradığında veya SERVFAIL döndürdüğünde ya da bir kullanıcı dizini çalışmadığında 451 4.4.3 biçiminde veya bir gecikme raporunda görülür. 5.4.3, sunucunun sorgudan kesin olarak vazgeçtiği anlamına gelir; bu yüzden dizin çalıştığında iletinin yeniden gönderilmesi gerekir.",
      fix = "Yeniden deneyin; bu tür hataların çoğu geçicidir. Sürerse aynı sorguları sunucunun kendisinden çalıştırın (alan adı üzerinde dig MX ve A), yerel çözümleyiciyi denetleyin ve alıcı alan adında DNSSEC veya yetki devri hataları arayın.",
    },
    ["4.4"] = {
      name = "Yönlendirme yapılamıyor",
      description = "Posta sistemi iletiyi bir sonra nereye göndereceğine karar veremedi, çünkü ihtiyaç duyduğu yönlendirme verisi yok veya kullanılamaz durumda. Sorgu çalıştı, ancak kullanılabilir bir yol vermedi.",
      when = "Alıcının alan adının ne MX ne de adres kaydı olduğunda, MX kayıtları çözümlenmeyen adları gösterdiğinde veya bir aktarma sunucusunun o alan adı için taşıyıcısı olmadığında görülür. Sunucular yeniden denemeyi sürdürürken 4.4.4, vazgeçtiklerinde veya alan adının posta alamayacağı açıkça belli olduğunda 5.4.4 bildirir.",
      fix = "Alıcı alan adının DNS'ini denetleyin: A veya AAAA kaydı olan ana makine adlarını gösteren MX kayıtları gerekir. Yanlış yazılmış bir alan adını düzeltin; gönderen tarafın yöneticisi o alan adı için taşıyıcı eşlemelerini (transport map) ve relay host ayarlarını da denetlemelidir.",
    },
    ["4.5"] = {
      name = "Posta sistemi tıkanıklığı",
      description = "Posta sistemi şu anda aşırı yüklü; bu yüzden iletiyi şimdi işlemek yerine erteledi. Her zaman “daha sonra yeniden deneyin” anlamına gelir.",
      when = "Trafiğin yoğun olduğu anlarda, bir sunucu bağlantı, süreç veya kuyruk sınırlarına ulaştığında ya da alıcı bir sağlayıcı yoğun gönderim yapan bir göndereni yavaşlattığında 451 4.4.5 veya 421 4.4.5 biçiminde görülür.",
      fix = "Kuyruğun olağan bekleme aralıklarıyla yeniden denemesine izin verin; sık oluyorsa o hedefe gönderim hızını veya paralel bağlantı sayısını düşürün. Alıcı tarafın yöneticisi süreç sınırlarını yükseltebilir veya kapasite ekleyebilir.",
    },
    ["4.6"] = {
      name = "Yönlendirme döngüsü algılandı",
      description = "İleti bir döngüye girdi: Received başlık alanlarının sayısının gösterdiği gibi aynı ana makinelerden veya iletme kurallarından çok kez geçti ya da bir ana makine iletiyi kendine göndereceğini fark etti.",
      when = "Tipik nedenler alan adını yerel saymayan bir ana makineyi gösteren bir MX kaydı, bir alan adını birbirine ileten iki aktarma sunucusu ve postayı iki posta kutusu arasında gidip getiren iletme kurallarıdır. Postfix hem \"mail forwarding loop\" hem de \"loops back to myself\" için 5.4.6 bildirir.",
      fix = "Hangi ana makinelerin yinelendiğini görmek için geri dönen iletideki Received başlık alanlarını izleyin. MX kayıtlarını, aktarma ayarlarını (Postfix'te mydestination ve relay_domains) veya iletme kurallarını düzeltin; düzeltmeden önce yeniden göndermek yine döngüye girer.",
    },
    ["4.7"] = {
      name = "Teslim süresi doldu",
      description = "İleti bir kuyrukta izin verilenden uzun süre kaldı ya da gönderenin belirlediği bir süreyi aştı; bu yüzden sunucu denemeyi bıraktı. Asıl neden, önceki denemelerin başarısız olmasına yol açan şeydir.",
      when = "4.4.7, yeniden denemeler sürerken gecikme uyarılarında; 5.4.7 ise genellikle birkaç gün olan kuyruk ömrü dolduğunda veya bir DELIVERBY süresi geçtiğinde son geri dönme bildiriminde görülür. Geri dönme metni genellikle karşılaşılan son hatayı aktarır.",
      fix = "Geri dönme bildirimindeki veya gecikme raporundaki son hatayı okuyun; bu hata alttaki DNS, bağlantı veya uzak taraf sorununu belirtir; onu düzeltin. Neden düzeltilmeden yeniden göndermek yine süre dolmasıyla sonuçlanır.",
    },
    ["5.0"] = {
      name = "Diğer veya tanımsız protokol durumu",
      description = "SMTP alışverişinin kendisiyle, komutları ve yanıtlarıyla ilgili, daha belirgin hiçbir protokol kodunun tanımlamadığı bir durum. 2. sınıfla birlikte bir protokol adımının başarılı olduğunu doğrular.",
      when = "Kayıt defteri 2.5.0'ı 220, 250 ve 252 gibi olağan olumlu yanıtlarla eşleştirir. 4.5.0 ve 5.5.0, yanlış durumda gönderilen bir komut veya başarısız bir uzantı alışverişi gibi sunucunun sınıflandırmadığı protokol hatalarında görülür.",
      fix = "4.5.0 ve 5.5.0 için SMTP diyaloğunu bir protokol günlüğüyle veya elle açılan bir oturumla (swaks veya openssl s_client) yakalayın ve istemcinin gönderdiğini sunucunun beklediğiyle karşılaştırın. Olağan şüpheliler istemci hataları, bozuk pipelining ve oturumu değiştiren ara cihazlardır.",
    },
    ["5.1"] = {
      name = "Geçersiz komut",
      description = "İstemci, sunucunun desteklemediği veya oturumun bu noktasında izin vermediği bir komut gönderdi. Bağımsız değişkenlerle değil, komutun kendisiyle veya sırasıyla ilgilidir.",
      when = "Genellikle MAIL FROM'dan önce RCPT TO, kabul edilmiş bir alıcı olmadan DATA veya başarılı bir AUTH'tan sonra ikinci bir AUTH gibi sırasız komutlar için 503 5.5.1 biçiminde görülür. Çoğu zaman pipelining kullanılan bir oturumda önceki bir reddin ardından gelir; sonraki komutlar o zaman yanlış durumda ulaşır.",
      fix = "İstemcinin komut sırasını RFC 5321 ile karşılaştırın: EHLO, MAIL FROM, bir veya daha fazla RCPT TO, ardından DATA. Pipelining kullanırken her komutun yanıtını denetleyin, çünkü reddedilen tek bir MAIL FROM veya RCPT TO ondan sonraki komutları geçersiz kılar.",
    },
    ["5.2"] = {
      name = "Sözdizimi hatası",
      description = "Sunucu bir komutu anlamlandıramadı: yanlış yazılmış, bilinmiyor veya bozuk biçimli. Hata, istemcinin gönderdiği metnin tam hâlindedir.",
      when = "Tanınmayan komutlar için 500 veya 502 5.5.2, açılı ayraçsız bir adres ya da geçerli base64 olmayan bir AUTH yanıtı gibi bozuk biçimli bağımsız değişkenler için 501 5.5.2 biçiminde görülür. Elle yazılmış SMTP kodu, tek başına LF'ler ve o porta başka bir protokolle konuşan istemciler yaygın nedenlerdir.",
      fix = "Gönderilen baytların tam hâlini bir protokol günlüğüyle denetleyin: komutlar RFC 5321 sözdizimine uymalı ve CRLF ile bitmelidir. İlk bakılacak yer özel yazılmış SMTP kodudur; değiştirmeden yeniden göndermek yine başarısız olur.",
    },
    ["5.3"] = {
      name = "Çok fazla alıcı",
      description = "İletide, sunucunun tek bir işlemde kabul ettiğinden fazla alıcı var. Reddedilenler fazladan alıcılardır, iletinin tamamı olması gerekmez.",
      when = "Genellikle sunucunun ileti başına sınırını aşan bir RCPT TO komutuna yanıt olarak 452 4.5.3 biçiminde görülür; RFC 5321 sunucuların en az 100 alıcı kabul etmesini şart koşar. Bazı sunucular bunun yerine 5.5.3 ile reddeder; örneğin Microsoft Exchange bir alıcı sınırına ulaşıldığında geri dönme bildirimlerinde bunu kullanır.",
      fix = "Standart bir istemci 4.5.3'ü, iletiyi reddedilen alıcılara daha sonraki bir işlemde yeniden göndererek ele alır. 5.5.3 durumunda alıcı listesini daha küçük gruplara bölün veya geniş kitleler için bir posta listesi hizmeti kullanın.",
    },
    ["5.4"] = {
      name = "Geçersiz komut bağımsız değişkenleri",
      description = "Komutun kendisi geçerli, ancak bağımsız değişkenlerinden biri değil: aralık dışı bir değer, bilinmeyen bir parametre veya sunucunun desteklemediği bir seçenek.",
      when = "Tipik durumlar, sunucunun duyurmadığı SMTPUTF8 veya SIZE gibi bir MAIL FROM ya da RCPT TO parametresi için 555 5.5.4, sunucunun sunmadığı bir AUTH mekanizması için 504 5.5.4 ve bozuk biçimli bir parametre değeri için 501 5.5.4'tür.",
      fix = "Yalnızca sunucunun EHLO yanıtında listelediği parametreleri ve mekanizmaları, izin verilen aralıktaki değerlerle gönderin. İstemci kitaplıkları bunu kendiliğinden yapar; hata genellikle koda sabit yazılmış bir seçenek veya yanlış ayrıştırılmış bir EHLO yanıtıdır.",
    },
    ["5.5"] = {
      name = "Yanlış protokol sürümü",
      description = "İki taraf protokolün uyumsuz sürümlerini konuşuyor ve ikisinin de anladığı bir sürümde anlaşamadı.",
      when = "EHLO ve uzantı anahtar sözcüklerinin sürüm farklarını karşıladığı SMTP'nin kendisinde nadirdir. Çoğunlukla posta sistemleri arasındaki ağ geçitlerine ve SMTP dışındaki taşıma yöntemlerine özgüdür.",
      fix = "İki ucun da amaçlanan protokolü ve portu kullandığını, aradaki her ağ geçidinin de karşı tarafının konuştuğu sürüme göre yapılandırıldığını denetleyin. Kalıcı çözüm eski tarafı yükseltmektir.",
    },
    ["5.6"] = {
      name = "Kimlik doğrulama alışverişi satırı çok uzun",
      description = "AUTH sırasında istemci, seçilen SASL mekanizması için sunucunun ara belleğinden daha uzun bir base64 yanıtı gönderdi; bu yüzden sunucu kimlik doğrulamayı başarısız saydı.",
      when = "Bir AUTH alışverişi sırasında 500 5.5.6 biçiminde, genellikle Kerberos'lu GSSAPI veya OAuth bearer belirteçleri gibi büyük belirteçler taşıyan mekanizmalar satır sınırı küçük bir sunucuya gönderildiğinde görülür. RFC 4954, kimlik doğrulama satırları için 12288 oktetlik bir sınırı yeterli sayar.",
      fix = "Sunucuyu siz yönetiyorsanız kimlik doğrulama için satır veya ara bellek sınırını yükseltin. İstemci olarak daha kısa yanıtları olan bir mekanizma ya da daha küçük bir belirteç kullanın; örneğin daha az grup üyeliği taşıyan bir Kerberos bileti.",
    },
    ["6.0"] = {
      name = "Diğer veya tanımsız ortam hatası",
      description = "İleti içeriğiyle veya biçimiyle ilgili bir sorun teslimi durdurdu ve daha belirgin X.6 kodlarından hiçbiri uymuyor. 4.6.0, içerik sorununun sonraki bir denemede düzelebileceğini; 5.6.0 ise bu iletinin olduğu hâliyle kabul edilmeyeceğini söyler.",
      when = "Genellikle bir iletiyi daha kesin bir kod belirtmeden biçim veya içerik nedeniyle reddeden içerik filtrelerinden ve ağ geçitlerinden gelir. Yanıt metni normalde bozuk bir MIME yapısı veya işlenemeyen bir ek gibi asıl sorunu söyler.",
      fix = "İletinin hangi kısmının reddedildiğini öğrenmek için yanıt metnini okuyun, ardından yapısını veya kodlamasını düzeltip yeniden gönderin. Geri dönen iletileri işleyen bir betik 5.6.0'ı alıcı adresinin değil, bu iletinin sorunu saymalı ve adresi korumalıdır.",
    },
    ["6.1"] = {
      name = "Ortam desteklenmiyor",
      description = "İletideki bir ortam türü (media type) veya içerik kodlaması teslim protokolüyle taşınamıyor ya da yol üzerindeki bir sonraki sistemce işlenemiyor. RFC 3463 bunu kalıcı bir hata olarak öngörür; bu yüzden olağan biçimi 5.6.1'dir.",
      when = "Genellikle 8 bitlik veya ikili içerik yalnızca 7 bitlik veri kabul eden bir atlamayla karşılaşır ya da hedef, saklayamadığı veya gösteremediği bir MIME türünü reddeder.",
      fix = "İçeriği 7 bitlik taşıma için kodlayın (quoted-printable veya base64) ya da hedefin kabul ettiği bir biçimde gönderin. Bir aktarma sunucusu yöneticisi, yolun her atlamasında 8BITMIME'ın duyurulduğunu ve uygulandığını denetlemelidir.",
    },
    ["6.2"] = {
      name = "Dönüştürme gerekli ama yasak",
      description = "Teslim, içeriğin dönüştürülmesini gerektiriyor, ancak dönüştürme yasak. Ya gönderen iletiyi dönüştürülmeyecek olarak işaretledi ya da iletiyi aktaran ana makinenin politikası buna izin vermiyor.",
      when = "Çoğunlukla, her değişikliğin imzayı bozacağı imzalı veya şifreli iletilerde ve farklı bir içerik biçimine ihtiyaç duyan başka posta sistemlerine açılan ağ geçitlerinde görülür.",
      fix = "İçeriği hedefin dönüştürmeden kabul ettiği bir biçimde, örneğin 7 bitlik taşıma için kodlanmış MIME parçaları olarak gönderin. Dönüştürmeyi yasaklayan bir imzaysa iletiyi ancak bu şekilde kodladıktan sonra imzalayın.",
    },
    ["6.3"] = {
      name = "Dönüştürme gerekli ama desteklenmiyor",
      description = "İletiyi aktarmak içeriğinin dönüştürülmesini gerektiriyor ve yol üzerinde bunu yapması gereken ana makine bunu yapamıyor.",
      when = "Klasik durum, 8 bitlik içerik almış ve bunu 8BITMIME desteklemeyen bir sonraki atlamaya aktarması gereken, ancak içeriği 7 bite indirgeme olanağı olmayan bir aktarma sunucusudur. Yanıt genellikle 554 ile gelir.",
      fix = "Hiçbir atlamanın dönüştürme yapması gerekmesin diye, gönderen istemcinin 8 bitlik ve ikili parçaları gönderimden önce quoted-printable veya base64 olarak kodlamasını sağlayın. Aktarma sunucusu yöneticileri 7 bite indirgemeyi etkinleştirebilir veya bu tür postaları 8BITMIME destekleyen ana makineler üzerinden yönlendirebilir.",
    },
    ["6.4"] = {
      name = "Kayıplı dönüştürme yapıldı",
      description = "İleti teslim edildi, ancak yoldaki bir dönüştürme içeriğin tamamını koruyamadı. 2.6.4 olarak, bir uyarı eklenmiş başarı raporudur; 5.6.4 olarak ise kaybın gönderen için kabul edilebilir olmadığını, bu yüzden iletinin reddedildiğini söyler.",
      when = "İletiyi başka bir biçime çevirmek zorunda kalan ve hedef sistemin gösteremediği karakterleri ya da parçaları atan ağ geçitlerinden, DATA'nın sonlandırıcı noktasından sonra veya teslim durumu bildirimlerinde görülür.",
      fix = "Teslim için hiçbir şeyin yeniden gönderilmesi gerekmez, ancak kaybolan kısmın önemli olup olmadığını alıcıya sorun. Önemliyse içeriği, hedefin dönüştürmeden işleyebileceği daha yalın bir biçimde gönderin.",
    },
    ["6.5"] = {
      name = "Dönüştürme başarısız oldu",
      description = "Bir ana makine, teslimin gerektirdiği şekilde içeriği dönüştürmeyi denedi ve dönüştürme başarısız oldu. 4.6.5 ile dönüştürme sonraki bir denemede çalışabilir; 5.6.5 ile bu içerik dönüştürülemez.",
      when = "İletileri, örneğin 8 bitten 7 bite, karakter kümeleri arasında veya başka bir posta sisteminin biçimine dönüştüren ağ geçitlerinde ve aktarma sunucularında, dönüştürücü hasarlı ya da alışılmadık bir parçada başarısız olduğunda görülür.",
      fix = "4.6.5 durumunda gönderen sunucu kendiliğinden yeniden dener; başarısız olmayı sürdürürse yanıt metninde adı geçen parçayı inceleyin. 5.6.5 durumunda sorunlu parçayı onarın veya yeniden kodlayın ya da içeriği daha yalın bir biçimde gönderin.",
    },
    ["6.6"] = {
      name = "İleti içeriği kullanılamıyor",
      description = "Gönderim sunucusu, bir BURL komutunda adı geçen uzak sistemden ileti içeriğini alamadı. BURL (RFC 4468), istemcinin bir iletiyi yüklemek yerine bir IMAP sunucusunda saklanan bir kopyasını göstererek göndermesini sağlar.",
      when = "BURL'den sonra, IMAP sunucusu çalışmadığında, URLAUTH URL'inin süresi dolduğunda veya geri alındığında ya da gönderim sunucusu onu alamadığında görülür. Geçici bir alma sorunu 4.6.6, kalıcı bir sorun ise çoğu zaman 554 ile birlikte 5.6.6 verir.",
      fix = "IMAP sunucusunun gönderim sunucusundan erişilebilir olduğunu ve URL'in güncel olup o sunucu için yetkilendirildiğini denetleyin, ardından yeniden gönderin ya da içeriği DATA veya BDAT ile göndermeye geri dönün. İki sunucu arasında yapılandırılmış bir güven ilişkisi yoksa yöneticilerinin bunu kurması gerekir (bkz. X.7.14).",
    },
    ["6.7"] = {
      name = "Bu gönderen/alıcı için ASCII dışı adreslere izin verilmiyor",
      description = "Sunucu, ASCII dışı karakterler içeren bir MAIL FROM veya RCPT TO adresini reddediyor. Ya istemci bu işlemde SMTPUTF8 istemedi ya da sunucu o gönderen veya alıcı için uluslararasılaştırılmış adresleri kabul etmiyor.",
      when = "Bir istemci yerel kısmı veya alan adı UTF-8 olan bir adresi MAIL FROM üzerinde SMTPUTF8 parametresi olmadan ya da o posta kutusu için böyle bir adresi kabul etmeyen bir sunucuya gönderdiğinde, MAIL veya RCPT komutuna yanıt olarak, genellikle 553 ile görülür.",
      fix = "Sunucu EHLO yanıtında SMTPUTF8 duyuruyorsa MAIL FROM'a SMTPUTF8 parametresini ekleyin ve yeniden deneyin. Aksi hâlde o gönderen veya alıcı için yalnızca ASCII bir adres kullanın ya da ileti bu yoldan gidemeyeceği için iletiyi gönderene geri döndürün.",
    },
    ["6.8"] = {
      name = "UTF-8 dizgili yanıt gerekiyor, ancak SMTP istemcisi buna izin vermiyor",
      description = "Bir VRFY veya EXPN komutunun yanıtının UTF-8 içeren bir posta kutusu adı göstermesi gerekirdi, ancak istemci yanıtlarda UTF-8 kabul ettiğini belirtmedi. Bu yüzden sunucu o yanıtı vermiyor.",
      when = "Uluslararasılaştırılmış adı olan bir posta kutusu veya liste üyesi için SMTPUTF8 parametresi olmadan gönderilen VRFY ya da EXPN'den sonra görülür. Sunucu 553 veya 550 ile reddeder ya da adresi göstermeden yine de posta kabul edeceğini söylemek için 252 ile yanıt verir.",
      fix = "Sunucu SMTPUTF8 duyurduysa VRFY veya EXPN komutunu SMTPUTF8 parametresiyle yineleyin. 252 yanıtı bir işlem gerektirmez, çünkü sunucu adı göstermese de o adrese gelen postayı kabul eder.",
    },
    ["6.9"] = {
      name = "UTF-8 başlıklı ileti bir veya daha fazla alıcıya aktarılamıyor, bu yüzden ileti reddedilmeli",
      description = "İletide uluslararasılaştırılmış (UTF-8) başlık alanları var ve en az bir alıcı böyle bir iletiyi alamıyor; bu yüzden sunucu iletinin tamamını reddediyor. Tek bir yanıtın bütün alıcıları kapsadığı DATA'nın sonlandırıcı noktasından sonra gelir.",
      when = "İleti içeriğinden sonra, genellikle 550 biçiminde, sunucu bir alıcının posta kutusunun veya sonraki bir atlamanın SMTPUTF8 desteklemediğini ve iletinin ASCII'ye indirgenemediğini saptadığında görülür.",
      fix = "İletiyi bu alıcılara yalnızca ASCII adreslerle ve başlık alanlarıyla gönderin ya da sunucuları SMTPUTF8 destekleyen alıcıları ayırın. Uluslararasılaştırılmış posta bekleniyorsa bir sunucu yöneticisi her atlamada SMTPUTF8'i etkinleştirmelidir.",
    },
    ["6.10"] = {
      name = "X.6.8'in yinelenmiş hâli (kullanımdan kaldırıldı)",
      description = "Bu kayıt X.6.8'i yineler ve kullanımdan kaldırılmıştır: istemcinin kabul etmeyi onaylamadığı UTF-8'i gerektirecek bir yanıtı belirtir. Kayıt defteri ona ne başlık ne de temel kod verir; buradaki ad bize aittir.",
      when = "Sunucuların X.6.8 göndermesi gerektiğinden neredeyse hiç görülmez; daha eski bir uygulama aynı VRFY veya EXPN durumu için hâlâ X.6.10 üretebilir.",
      fix = "Tam olarak X.6.8 gibi ele alın; sunucu destekliyorsa komutu SMTPUTF8 parametresiyle yineleyin. Sunucu yazarları bunun yerine X.6.8 göndermelidir.",
    },
    ["7.0"] = {
      name = "Diğer veya tanımsız güvenlik durumu",
      description = "Durum güvenlik veya politikayla ilgili ve daha belirgin hiçbir X.7 kodu onu tanımlamıyor ya da sunucu güvenlik nedeniyle daha fazlasını söylememeyi tercih ediyor. Olumlu yanıtlarda da görülür: 2.7.0, AUTH'tan sonraki 235'te olduğu gibi, bir güvenlik adımının başarısına eşlik eder.",
      when = "Genellikle başarılı bir AUTH'tan sonra 235 2.7.0, sunucu posta almadan önce kimlik doğrulama istediğinde 530 5.7.0 ve geçici bir kimlik doğrulama ya da TLS sorununda 454 4.7.0 biçiminde görülür. Filtreler de 5.7.0'ı genel bir politika reddi olarak kullanır.",
      fix = "530 5.7.0 için istemciyi göndermeden önce, normalde STARTTLS'ten sonra, kimlik doğrulayacak şekilde yapılandırın. 4.7.0 alındığında daha sonra yeniden deneyin; diğer 5.7.0 retlerinde yanıt metnini okuyun ve neden açık değilse alıcı tarafın posta yöneticisine sorun.",
    },
    ["7.1"] = {
      name = "Teslim yetkisi yok, ileti reddedildi",
      description = "Gönderenin, gönderen ana makinenin veya iletinin, alıcının politikasına göre bu hedefe ulaşmasına izin verilmiyor. Aktarma reddi, engel listesi kayıtları, alıcı tarafından engelleme ve içerik filtrelemesi için kullanılan yaygın koddur.",
      when = "Genellikle RCPT aşamasında veya DATA'dan sonra, \"Relay access denied\" gibi bir metin, bir engel listesinin adı ya da bir spam kararıyla birlikte 550 5.7.1 veya 554 5.7.1 biçiminde görülür. 4.7.1 ise gri listeleme veya hız sınırları gibi geçici politika ertelemeleri için kullanılır.",
      fix = "Aktarma reddinde kimliğinizi doğrulayın veya kendi giden posta sunucunuz üzerinden gönderin. Engel listesi veya itibar retlerinde yanıtta adı geçen kaydı bulun, nedenini (virüslü bir ana makine, açık bir aktarma sunucusu, bozuk SPF veya DKIM) giderin ve listeden çıkarılmayı isteyin; bir 4.7.1 ertelemesi ise genellikle yeniden denendiğinde ortadan kalkar. Geri dönen iletileri işleyen bir betik 5.7.1'i adresin geçersiz olduğuna kanıt saymamalıdır.",
    },
    ["7.2"] = {
      name = "Posta listesi genişletme yasak",
      description = "Alıcı adresinin gösterdiği posta listesi bu gönderenden gelen iletileri reddediyor. Liste var; yalnızca bu gönderen dışarıda tutuluyor.",
      when = "Yalnızca üyelere açık veya moderatörlü bir listeye, abone olmayan ya da ileti göndermesine izin verilenler arasında bulunmayan bir adresten gönderim yapıldığında görülür.",
      fix = "Listeye abone olan adresten gönderin, önce abone olun veya liste sahibinden ileti gönderme izni isteyin.",
    },
    ["7.3"] = {
      name = "Güvenlik dönüştürmesi gerekli ama olanaksız",
      description = "İletinin hedefine ulaşması için iki güvenli mesajlaşma biçimi arasında çevrilmesi gerekirdi ve böyle bir çeviri olanaklı değildi. RFC 3463 bunu kalıcı bir hata olarak öngörür.",
      when = "İnternet postasında nadirdir; güvenli mesajlaşma sistemleri arasındaki ağ geçitlerinden, örneğin imzalı veya şifreli bir iletinin başka bir güvenlik biçimi kullanan bir sisteme geçmesi gerektiğinde gelir.",
      fix = "İletiyi hedefin desteklediği bir güvenlik biçiminde ya da politika izin veriyorsa güvenlik sarmalayıcısı olmadan gönderin. Ağ geçidinin yöneticisi hangi biçimleri çevirdiğini söyleyebilir.",
    },
    ["7.4"] = {
      name = "Güvenlik özellikleri desteklenmiyor",
      description = "İletinin veya komutun istediği bir güvenlik özelliği, örneğin belirli bir kimlik doğrulama yöntemi, teslim protokolünün veya sunucunun sağlayabileceklerinin ötesinde. Kalıcı bir hatadır.",
      when = "Bazı sunucular bilinmeyen veya devre dışı bir mekanizmayla gelen AUTH'a 504 5.7.4 ile yanıt verir; ağ geçitleri de bir ileti bir sonraki sistemde olmayan bir güvenlik hizmetine ihtiyaç duyduğunda bu kodu kullanır.",
      fix = "Sunucunun EHLO yanıtında AUTH için listelediği mekanizmalardan birini seçin ya da hedefin desteklemediği güvenlik özelliğinden vazgeçin.",
    },
    ["7.5"] = {
      name = "Kriptografik hata",
      description = "İletiyi aktarım sırasında doğrulama veya şifresini çözme yetkisi olan bir ağ geçidi, ihtiyaç duyduğu bir anahtar eksik ya da kullanılamaz olduğu için başarısız oldu.",
      when = "S/MIME veya PGP postalarının şifresini çözen ya da onları doğrulayan ağ geçitlerinde, özel anahtar kurulu olmadığında, bir sertifikanın süresi dolduğunda veya iletide adı geçen anahtar kullanılamadığında görülür. 4.7.5, bir anahtar sorgusunun daha sonra çalışabileceğini düşündürür.",
      fix = "Gönderen, iletinin alıcının güncel sertifikası veya anahtarıyla şifrelendiğini denetlemelidir. Ağ geçidinin yöneticisi ihtiyaç duyulan anahtarları ve sertifikaları kurmalı veya yenilemelidir.",
    },
    ["7.6"] = {
      name = "Kriptografik algoritma desteklenmiyor",
      description = "Doğrulama veya şifre çözme başarısız oldu, çünkü ileti, iletiyi işleme yetkisi olduğu hâlde denetleyen sistemin uygulamadığı bir algoritma kullanıyor.",
      when = "Şifre çözen veya doğrulayan ağ geçitlerinde, bir ileti ağ geçidinin işlemediği bir şifre ya da özet (hash) algoritması kullandığında görülür; bu algoritma ağ geçidinin devre dışı bıraktığı eski bir algoritma da olabilir, henüz tanımadığı yeni bir algoritma da.",
      fix = "İletiyi hedefin desteklediği bir algoritmayla, genellikle güncel standart bir seçimle şifreleyin veya imzalayın. Ağ geçidinin yöneticisi yazılımı veya izin verilen algoritmalar listesini güncelleyebilir.",
    },
    ["7.7"] = {
      name = "İleti bütünlüğü hatası",
      description = "İleti bir bütünlük denetiminden geçemedi: onu doğrulama yetkisi olan bir sistem içeriği hasarlı veya değiştirilmiş buldu. RFC 3463 burada her sınıfa izin verir: 2.7.7 başarısız denetime rağmen teslimi, 4.7.7 ve 5.7.7 ise geçici veya kalıcı bir hatayı bildirir.",
      when = "İmzaları veya sağlama toplamlarını doğrulayan ağ geçitlerinde, içerik yolda değiştirildiğinde görülür; örneğin imzalamadan sonra satır sonlarını yeniden yazan, bir alt bilgi ekleyen veya bir parçayı yeniden kodlayan bir aktarma sunucusu yüzünden.",
      fix = "İçeriği değiştiren atlamayı bulun ve durdurun ya da iletiyi ancak bütün değişiklikler yapıldıktan sonra imzalayın. İletiyi değiştirmeden yeniden göndermek ancak hasar bir taşıma kazasıysa işe yarar.",
    },
    ["7.8"] = {
      name = "Kimlik doğrulama bilgileri geçersiz",
      description = "Sunucu AUTH girişimini reddetti: verilen kullanıcı adı, parola veya belirteç yanlış ya da yetersiz.",
      when = "AUTH'un hemen ardından, genellikle 535 5.7.8 biçiminde, parola yanlış olduğunda, hesap adı yanlış yazıldığında ya da sağlayıcı olağan parola yerine bir uygulama parolası veya OAuth belirteci istediğinde görülür.",
      fix = "Aynı bilgilerle yeniden denemek yerine kullanıcıdan yeni kimlik bilgileri isteyin, çünkü yinelenen hatalar hesabı kilitleyebilir. Sağlayıcının uygulamaya özel bir parola, OAuth veya kullanıcı adı olarak tam e-posta adresini isteyip istemediğini denetleyin.",
    },
    ["7.9"] = {
      name = "Kimlik doğrulama mekanizması çok zayıf",
      description = "Sunucu bu kullanıcı için seçilen AUTH mekanizmasını kabul etmiyor, çünkü politikası daha güçlü bir mekanizma istiyor.",
      when = "PLAIN veya LOGIN gibi basit bir mekanizmayla yapılan AUTH'tan sonra, genellikle 534 5.7.9 biçiminde, sunucu bu hesap için daha güçlü bir mekanizma istediğinde görülür.",
      fix = "AUTH'u EHLO yanıtındaki listeden daha güçlü bir mekanizmayla, örneğin bir SCRAM mekanizması veya OAuth ile yeniden deneyin. İstemci bunların hiçbirini desteklemiyorsa istemciyi güncelleyin veya yeniden yapılandırın.",
    },
    ["7.10"] = {
      name = "Şifreleme gerekli",
      description = "Sunucu, seçilen kimlik doğrulama mekanizmasını kabul etmeden önce oturumun şifrelenmesini istiyor. Bu, özellikle parolayı dinleyen herkese açık eden PLAIN ve LOGIN gibi mekanizmalar için geçerlidir.",
      when = "Şifrelenmemiş bir bağlantıda AUTH PLAIN veya LOGIN'den sonra görülür. 523 kodu yalnızca kayıt defterinden bilinir; sunucular aynı durumu 530 5.7.0 olarak, RFC 4954'ün 4. bölümüne uyarak 504 5.5.4 olarak ya da kullanımdan kaldırılmış 538 5.7.11 olarak bildirir.",
      fix = "AUTH'tan önce STARTTLS gönderin veya örtük TLS portuna bağlanın ya da parolayı açığa çıkarmayan bir mekanizma seçin.",
    },
    ["7.11"] = {
      name = "İstenen kimlik doğrulama mekanizması için şifreleme zorunlu",
      description = "Sunucu seçilen AUTH mekanizmasını şifrelenmemiş bir bağlantıda reddediyor ve ancak TLS kurulduktan sonra kabul ediyor. RFC 4954 bu kodu tarihsel nedenlerle korur: modern bir sunucu bu tür mekanizmaları TLS'ten önce hiç sunmaz.",
      when = "Düz metin bir bağlantıda AUTH'tan sonra, genellikle 538 5.7.11 biçiminde, açık metin mekanizmaları STARTTLS'ten önce listeleyip sonra reddeden sunuculardan gelir.",
      fix = "STARTTLS gönderin, yeniden EHLO gönderin ve ardından kimlik doğrulayın. İstemciyi gönderimde TLS'i zorunlu tutacak biçimde yapılandırın; böylece kimlik bilgilerini hiçbir zaman şifresiz göndermez.",
    },
    ["7.12"] = {
      name = "Parola geçişi gerekli",
      description = "Sunucu seçilen kimlik doğrulama mekanizmasını bu hesap için henüz kullanamıyor, çünkü o mekanizmanın ihtiyaç duyduğu saklı gizli değer sunucuda yok. TLS üzerinden PLAIN ile bir kez oturum açmak, sunucuya bu gizli değeri türeteceği parolayı verir.",
      when = "Sorgu-yanıt (challenge-response) mekanizmasıyla yapılan AUTH'tan sonra, genellikle 432 4.7.12 biçiminde, parolası o mekanizmanın kullanamayacağı bir biçimde saklanan bir hesap için, örneğin bir sunucu taşımasından sonra görülür.",
      fix = "Şifreli bir bağlantı üzerinden bir kez PLAIN ile kimlik doğrulayın; sonraki oturumlar seçilen mekanizmayı kullanabilir. Bu geçici bir hata olduğundan istemci hesabı ve parolasını korumalıdır.",
    },
    ["7.13"] = {
      name = "Kullanıcı hesabı devre dışı",
      description = "Kimlik bilgileri doğruydu, ancak bir yönetici hesabı devre dışı bıraktı. Hata, hesap yeniden etkinleştirilene kadar sürer.",
      when = "Başarılı bir AUTH alışverişinden sonra, ödeme yapılmaması, kötüye kullanım, şüpheli bir izinsiz giriş veya benzeri bir nedenle askıya alınmış bir hesap için 525 5.7.13 biçiminde görülür.",
      fix = "Parola yanlış olmadığı için kullanıcıdan parolayı yeniden istemeyin. Kullanıcının, hesabı geri açması için yöneticiye veya sağlayıcıya başvurması gerekir.",
    },
    ["7.14"] = {
      name = "Güven ilişkisi gerekli",
      description = "Gönderim sunucusunun ileti içeriğini başka bir sunucudan alma izni yok, çünkü ikisi arasında bir güven ilişkisi yapılandırılmamış. BURL'ün (RFC 4468) daha önce X.7.8 kullandığı bir durumu devralır.",
      when = "Bir BURL komutundan sonra, gönderim sunucusunun URL'de adı geçen IMAP sunucusuyla iletiyi almasını sağlayacak bir düzenlemesi olmadığında görülür.",
      fix = "Gönderim ve IMAP sunucularının yöneticileri, gönderim sunucusunun kullandığı URLAUTH erişimi gibi güven ilişkisini kurmalıdır. O zamana kadar istemci içeriği doğrudan DATA veya BDAT ile göndermelidir.",
    },
    ["7.15"] = {
      name = "Öncelik düzeyi çok düşük",
      description = "Sunucu, bu iletinin taşıdığı öncelikteki iletileri kabul etmiyor; öncelik ister MT-PRIORITY uzantısıyla (RFC 6710) belirlenmiş, ister varsayılan olarak verilmiş olsun. 4.7.15, sınırın geçici olduğu, örneğin yalnızca acil postanın alındığı bir olağanüstü durum sırasında; 5.7.15 ise kalıcı bir politika olduğu anlamına gelir.",
      when = "Askerî veya acil durum hizmetleri mesajlaşması gibi ileti önceliklerini kullanan ağlarda, sunucu yalnızca daha yüksek öncelikleri kabul ederken MAIL veya RCPT komutuna yanıt olarak, genellikle 450 veya 550 biçiminde görülür.",
      fix = "4.7.15 durumunda iletiyi kuyrukta tutun ve daha düşük öncelikler yeniden kabul edildiğinde daha sonra yeniden deneyin. 5.7.15 durumunda, yalnızca gönderen daha yüksek bir önceliği kullanmaya yetkiliyse o öncelikle yeniden gönderin ya da başka bir yoldan teslim edin.",
    },
    ["7.16"] = {
      name = "İleti belirtilen öncelik için çok büyük",
      description = "İleti, bu sunucunun iletinin taşıdığı öncelikte (MT-PRIORITY, RFC 6710) kabul ettiğinden büyük. 4.7.16 geçici bir çalışma biçimine, örneğin yalnızca küçük acil iletilerin geçtiği bir duruma; 5.7.16 ise o öncelik için sabit bir boyut sınırına işaret eder.",
      when = "Genellikle 552 biçiminde, SIZE ve MT-PRIORITY parametreli MAIL FROM komutuna yanıt olarak veya DATA'dan sonra, boyut sınırlarını öncelik düzeylerine bağlayan sunucularda görülür.",
      fix = "İletiyi küçültün, örneğin büyük ekleri başka bir yere taşıyın, ya da boyut sınırı buna izin veren bir öncelikle gönderin. 4.7.16 daha sonra değiştirilmeden de yeniden denenebilir.",
    },
    ["7.17"] = {
      name = "Posta kutusunun sahibi değişti",
      description = "İleti, RRVS (RFC 7293'teki RRVS parametresi veya Require-Recipient-Valid-Since başlık alanı) aracılığıyla, yalnızca posta kutusunun belirli bir tarihten beri tek bir sahibi olduysa teslim edilmesini istedi ve alıcı taraf sahibin bu tarihten sonra değiştiğini biliyor. Bu, eski bir kullanıcıya yönelik postanın yeniden kullanılan bir adresin yeni sahibine ulaşmasını önler.",
      when = "Çoğunlukla terk edilmiş adresleri yeniden dağıtan büyük posta kutusu sağlayıcılarından, kullanıcılarının adresi en son ne zaman doğruladığını kaydeden bankalar veya çevrim içi hizmetler gibi gönderenlerin postalarına yanıt olarak gelir.",
      fix = "Bu adrese yeniden göndermeyin: adresi artık kullanıcınıza ait değil sayın ve kullanıcıdan başka bir kanaldan güncel bir adres isteyin. Geri dönen iletileri işleyen bir betik yeniden denemek yerine hesabı yeniden doğrulama için işaretlemelidir.",
    },
    ["7.18"] = {
      name = "Alan adının sahibi değişti",
      description = "İleti bir RRVS tarihi taşıyordu ve alıcı taraf, alıcının alan adının o tarihten beri yeni bir sahibi olduğunu bildiriyor. Adres artık onu veren kişiden farklı birine ulaşıyor olabilir.",
      when = "RRVS parametresi veya Require-Recipient-Valid-Since başlık alanı taşıyan postalara yanıt olarak, alan adının belirtilen tarihten sonra devredildiğini ya da yeniden kaydedildiğini bilen bir alıcı sistemden gelir.",
      fix = "Adrese göndermeyi bırakın ve kullanıcının güncel adresini başka bir yoldan doğrulayın. Sonraki postalar alan adının yeni sahibine gitmesin diye hesap kayıtlarını güncelleyin.",
    },
    ["7.19"] = {
      name = "RRVS sınaması tamamlanamıyor",
      description = "İleti bir RRVS sahiplik denetimi istedi, ancak alıcı taraf posta kutusunun şimdiki sahibine ne zaman geçtiğini kaydetmediği için bu denetimi yapamıyor.",
      when = "RRVS parametresi veya Require-Recipient-Valid-Since başlık alanı taşıyan postalara yanıt olarak, genellikle alıcı tarafın bu tarihleri tutmaya başlamasından önce oluşturulmuş eski posta kutuları için görülür.",
      fix = "İletinin sahiplik denetimi olmadan adrese güvenle ulaşıp ulaşamayacağını tartın ve ancak ondan sonra iletiyi RRVS olmadan yeniden gönderin. Hassas içerik için adresi önce kullanıcıyla doğrulayın.",
    },
    ["7.20"] = {
      name = "Geçerli DKIM imzası bulunamadı",
      description = "Alıcının politikası geçerli bir DKIM imzası istiyor ve iletide doğrulanan hiçbir imza yoktu. DKIM (RFC 6376), bir alan adının postasını DNS'inde yayımlanan bir anahtarla imzalamasını sağlar.",
      when = "DATA'dan sonra, genellikle 550 5.7.20 biçiminde, ileti hiç imzalanmamışsa, açık anahtar DNS'te yoksa ya da gövde veya imzalanan başlık alanları imzalamadan sonra, örneğin bir posta listesi alt bilgisiyle, değiştiyse görülür.",
      fix = "Giden sunucuda DKIM imzalamayı etkinleştirin, açık anahtarı imzalayan alan adının altında selector._domainkey adresinde yayımlayın ve gönderilmiş bir iletiyi bir DKIM denetleyicisiyle sınayın. Geri dönen iletileri işleyen bir betik gönderen tarafın yöneticisini uyarmalı ve alıcı adresini korumalıdır.",
    },
    ["7.21"] = {
      name = "Kabul edilebilir DKIM imzası bulunamadı",
      description = "İletideki bazı DKIM imzaları doğrulandı, ancak alıcının politikası bunların hiçbirini kabul etmiyor. İmza teknik olarak geçerli, ama alıcının güvenmeye razı olduğu bir imza değil.",
      when = "DATA'dan sonra, geçerli imzaların tek kaynağı alıcının bu posta için kabul etmediği bir alan adı olduğunda, örneğin toplu gönderim yapan bir hizmetin kendi alan adı, ya da imzalar alıcının reddettiği kısa bir anahtar veya SHA-1 gibi parametreler kullandığında görülür.",
      fix = "Alıcının kabul ettiği bir alan adıyla, genellikle From başlık alanındaki alan adıyla, 2048 bitlik bir RSA anahtarı ve SHA-256 kullanarak imzalayın. Yanıt metni söylemiyorsa politikanın ne gerektirdiğini alıcı tarafın posta yöneticisine sorun.",
    },
    ["7.22"] = {
      name = "Yazarla eşleşen geçerli DKIM imzası bulunamadı",
      description = "İletideki DKIM imzaları doğrulandı, ancak hiçbiri yazarın alan adı, yani From başlık alanındaki alan adı tarafından atılmamış. Kabul edilemeyen imzaların genel durumunu X.7.21 kapsar.",
      when = "DATA'dan sonra, genellikle posta yalnızca bir e-posta hizmet sağlayıcısının alan adıyla imzalanmışken From başlık alanı müşterinin alan adını gösterdiğinde görülür; bu, özel DKIM imzalama kurulmadan önce yaygındır.",
      fix = "DKIM'i, imzanın d= alan adı From alan adıyla eşleşecek şekilde yapılandırın; örneğin CNAME kayıtlarıyla sağlayıcıya bir seçici (selector) devredin ve kendi alan adınızla imzalamayı etkinleştirin.",
    },
    ["7.23"] = {
      name = "SPF doğrulaması başarısız oldu",
      description = "Bir SPF denetimi fail sonucunu verdi ve alıcının politikası bu tür postaları reddediyor. SPF (RFC 7208), bir alan adının, adını MAIL FROM veya HELO içinde kullanan postaları hangi ana makinelerin gönderebileceğini DNS'te yayımlamasını sağlar.",
      when = "MAIL FROM veya RCPT aşamasında ya da DATA'dan sonra, genellikle 550 5.7.23 biçiminde, gönderen IP adresi -all ile biten bir SPF kaydının kapsamında olmadığında görülür; bu genellikle henüz kayda eklenmemiş yeni bir sağlayıcıdan gelen ya da bir iletme hizmetinin aktardığı postadır.",
      fix = "Zarf göndereninin alan adının SPF kaydını, gönderen IP adresini ya da sizin adınıza gönderen sağlayıcının include: mekanizmasını içerecek şekilde yayımlayın veya düzeltin. İletme hizmetleri, SPF'in kendi alan adlarına göre denetlenmesi için zarf göndereni adresini yeniden yazmalıdır (SRS).",
    },
    ["7.24"] = {
      name = "SPF doğrulama hatası",
      description = "SPF denetimi, başarısız olduğu için değil, bir hata nedeniyle tamamlanamadı. 4.7.24, DNS zaman aşımı gibi geçici bir hataya; 5.7.24 ise yayımlanan kayıttaki kalıcı bir hataya karşılık gelir.",
      when = "Gönderen alan adının DNS sunucuları zamanında yanıt vermediğinde 451 4.7.24 biçiminde; SPF kaydında bir sözdizimi hatası olduğunda, kayıt 10'dan fazla DNS sorgusu gerektirdiğinde veya alan adı birden fazla SPF kaydı yayımladığında 550 5.7.24 biçiminde görülür.",
      fix = "SPF kaydını bir doğrulayıcıyla denetleyin: sözdizimi hatalarını düzeltin, yinelenen kayıtları tek kayıtta birleştirin ve 10 sorgu sınırında kalmak için include: mekanizmalarını düzleştirin veya çıkarın. 4.7.24 durumunda alan adının DNS sunucularının yanıt verdiğinden emin olun; gönderen sunucu kendiliğinden yeniden dener.",
    },
    ["7.25"] = {
      name = "Ters DNS doğrulaması başarısız oldu",
      description = "Alıcı taraf, bağlanan istemcinin IP adresinin ters DNS kaydını denetledi ve denetim politikasına göre başarısız oldu. Genellikle adresin PTR kaydı yoktur ya da PTR adı aynı adrese geri çözümlenmez.",
      when = "İleri yönde doğrulanmış ters DNS (FCrDNS) isteyen alıcılardan, bağlantı, HELO veya MAIL FROM aşamasında, genellikle ev geniş bant hatlarından, yeni bulut sunucularından ya da genel bir PTR adı olan ana makinelerden gönderilen postalar için görülür.",
      fix = "IP adresinin sahibinden, yani barındırma veya erişim sağlayıcısından, posta sunucusunun adını veren bir PTR kaydı oluşturmasını isteyin ve bu ad için aynı adrese geri işaret eden bir A veya AAAA kaydı yayımlayın. Bu adı HELO'da kullanmak da yardımcı olur.",
    },
    ["7.26"] = {
      name = "Birden çok kimlik doğrulama denetimi başarısız oldu",
      description = "İleti birden fazla kimlik doğrulama denetiminden, örneğin hem SPF hem DKIM denetiminden geçemedi ve alıcının politikası onu reddediyor. Kodun kendisi hangi denetimlerin başarısız olduğunu söylemez; yanıt metni söyleyebilir.",
      when = "DATA'dan sonra, genellikle 550 5.7.26 biçiminde, SPF ve DKIM denetimlerinin ikisi de başarısız olan ya da From alan adıyla hizalanmayan postalar için görülür; büyük sağlayıcılar bu kodu kimliği doğrulanmamış postalar ve DMARC hataları için gönderir.",
      fix = "Gönderen alan adının SPF, DKIM ve DMARC yapılandırmasını birlikte denetleyin: SPF kaydı gönderen IP adresini kapsamalı ve DKIM, From başlık alanıyla hizalı bir alan adıyla imzalamalıdır. Geri dönen iletileri işleyen bir betik alıcıya göndermeyi durdurmak yerine durumu gönderen tarafın yöneticisine bildirmelidir.",
    },
    ["7.27"] = {
      name = "Gönderen adresinde null MX kaydı var",
      description = "Gönderen adresinin alan adı, posta almadığını bildiren bir null MX kaydı (RFC 7505) yayımlıyor ve alıcı taraf bu alan adından gelen postayı reddediyor. Böyle bir gönderen hiçbir zaman geri dönen ileti veya yanıt alamaz.",
      when = "MAIL FROM aşamasında, genellikle 550 5.7.27 biçiminde, zarf göndereni \".\" değerini gösteren, önceliği 0 olan tek bir MX kaydına sahip bir alan adında bulunan postalar için, çoğu zaman yalnızca gönderim yapan veya park edilmiş bir alan adında görülür.",
      fix = "Posta kabul eden bir alan adında bir zarf göndereni (dönüş yolu) kullanın ya da alan adı posta almalıysa null MX kaydını gerçek MX kayıtlarıyla değiştirin.",
    },
    ["7.28"] = {
      name = "Posta seli algılandı",
      description = "Alıcı taraf iletiyi bir posta bombardımanının parçası saydı: tek bir alıcıya yönelik, abonelik bombardımanında (subscription bombing) olduğu gibi, çok sayıda benzer ve istenmeyen iletiden oluşan bir dalga. Kayıt defteri bu kod için temel bir yanıt kodu vermez; bu yüzden geçici veya kalıcı bir hata olarak gelebilir.",
      when = "Kısa sürede tek bir adrese çok sayıda neredeyse aynı ileti gören alıcılardan, genellikle bir saldırgan kurbanın adresini çok sayıda web sitesinin formuna girdikten sonra bu sitelerden gelen kayıt onaylarında görülür.",
      fix = "Bir kayıt formu veya posta listesi işletiyorsanız, başkalarını postaya boğmak için kötüye kullanılamasın diye onaylı abonelik (confirmed opt-in), hız sınırları ve bot denetimleri uygulayın ve o adrese göndermeyi bırakın. 4.7.28 ertelemesi sel sona erdiğinde kalkabilir.",
    },
    ["7.29"] = {
      name = "ARC doğrulama hatası",
      description = "İleti ARC zincirinin doğrulamasından geçemedi ve alıcı taraf onu reddediyor. ARC (RFC 8617), posta listeleri ve iletme hizmetleri gibi aracıların gördükleri kimlik doğrulama sonuçlarını mühürlemesini sağlar; böylece ileti değiştirildikten sonra sonraki atlamalar bu sonuçlara güvenebilir.",
      when = "DATA'dan sonra, ARC değerlendiren alıcılardan, bir ARC-Seal veya ARC-Message-Signature başlık alanı doğrulanmadığında, zincir eksik olduğunda ya da bir atlama iletiyi mühürledikten sonra değiştirdiğinde görülür.",
      fix = "Aracının yöneticisi DNS'teki ARC imzalama anahtarlarını denetlemeli ve mühürlemenin ancak iletiye yapılan son değişiklikten sonra gerçekleştiğinden emin olmalıdır. Gönderenler, postalarının DKIM'den kendi başına geçmesini sağlayarak ARC'ye bağımlı olmaktan kaçınabilir.",
    },
    ["7.30"] = {
      name = "REQUIRETLS desteği gerekli",
      description = "İleti, her atlamada doğrulanmış bir sertifikayla TLS isteyen REQUIRETLS seçeneğiyle (RFC 8689) gönderildi ve bir sonraki atlamadaki hiçbir sunucu REQUIRETLS desteklemiyor. İleti aktarılmaz, bunun yerine geri döndürülür.",
      when = "Bir teslim durumu bildiriminde ya da bir aktarma sunucusundan RCPT veya DATA komutuna yanıt olarak, MAIL FROM üzerinde REQUIRETLS ile gönderilen bir ileti, posta sunucuları REQUIRETLS duyurmayan bir alan adına gitmek zorunda kaldığında görülür.",
      fix = "İçerik bu güvence olmadan taşınabilecekse gönderen iletiyi REQUIRETLS olmadan yeniden gönderebilir ya da başka bir kanal kullanabilir. Alıcı alan adının yöneticisi, sertifikasının doğrulanabilmesi için MTA-STS veya DANE ile birlikte REQUIRETLS destekleyen bir posta sunucusu kurabilir.",
    },
  },
  provider = {
    ["4.7.650-4.7.651"] = {
      name = "IP itibarı nedeniyle hız sınırlaması",
      description = "Outlook.com veya Microsoft 365, gönderen IP adresinin itibarı nedeniyle bu adresten gelen postayı yavaşlatıyor. Yanıt, sunucunun gönderim hızının geçici olarak sınırlandığını söyler ve genellikle bir S775 veya S3114 etiketi taşır.",
      when = "Gönderen bir sunucu, IP adresinin itibarı kötü olduğunda ya da henüz hiç itibarı olmadığında, örneğin hacmi yavaş yavaş artırılmamış yeni bir IP adresinde, bunu Outlook.com'dan geçici ret olarak alır.",
      fix = "Postayı kuyrukta tutun ve yavaşça yeniden deneyin. Microsoft'a giden hacmi düşürün, IP adresini Microsoft SNDS'te denetleyin ve durum günlerce sürerse Microsoft'un gönderen desteğinden kısıtlamanın hafifletilmesini isteyin.",
    },
    ["4.7.500-4.7.699"] = {
      name = "Gönderim geçici olarak kısıtlandı",
      description = "Microsoft gönderenden olağandışı trafik gördü ve onu daha yakından incelerken bu trafiği bekletiyor. Bu durumla en çok yeni IP adresleri ve hacimdeki ani artışlar karşılaşır.",
      when = "Bir gönderen bu kodu, Microsoft trafiğini daha yakından incelerken Outlook.com veya Microsoft 365'ten geçici ret olarak alır; en sık yeni bir IP adresinde ya da hacimde ani bir artıştan sonra görülür.",
      fix = "Daha sonra yeniden deneyin ve hacmi yavaş yavaş artırın. Trafik meşru göründüğünde kısıtlama kendiliğinden kalkar.",
    },
    ["4.7.850-4.7.899"] = {
      name = "Gönderen IP geçici olarak kısıtlandı",
      description = "Microsoft gönderen IP adresinden şüpheli trafik gördü ve adresi değerlendirirken kısıtlıyor.",
      when = "Gönderen bir sunucu bu kodu, Microsoft IP adresinden gelen şüpheli trafiği değerlendirirken Outlook.com veya Microsoft 365'ten geçici ret olarak alır.",
      fix = "Daha sonra, daha düşük bir hızla yeniden deneyin. Trafik meşruysa kısıtlama kendiliğinden sona erer.",
    },
    ["5.1.90"] = {
      name = "Günlük alıcı sınırına ulaşıldı",
      description = "Gönderen Microsoft 365 hesabı günlük alıcı sınırına ulaştı.",
      when = "Bir Microsoft 365 kullanıcısı veya uygulaması bu kodu, hesabın izin verdiğinden daha fazla alıcıya bir gün içinde gönderdikten sonra bir teslim edilemedi raporunda alır; bu, büyük bir gönderimde ya da hesap ele geçirildikten sonra olur.",
      fix = "Sınırın sıfırlanmasını bekleyin ve daha az gönderin. Bu sınıra aniden ulaşılması çoğu zaman hesabın ele geçirildiği anlamına gelir; bu yüzden hesabın ele geçirilip geçirilmediğini denetleyin.",
    },
    ["5.2.121-5.2.122"] = {
      name = "Alıcının saatlik alma sınırı aşıldı",
      description = "Alıcı bu saat içinde bu gönderenden (5.2.121) ya da herkesten (5.2.122) çok fazla ileti aldı.",
      when = "Bir gönderen bu kodu, Microsoft 365'teki tek bir alıcıya bir saat içinde yoğun bir ileti akışı geldiğinde alır; örneğin her olay için e-posta gönderen otomatik bir sistemden.",
      fix = "Daha sonra yeniden gönderin ve o alıcıya giden iletileri zamana yayın. Otomatik gönderim yapan sistemler bildirimlerini toplu hâlde göndermelidir.",
    },
    ["5.4.14"] = {
      name = "Yönlendirme döngüsü algılandı",
      description = "Exchange Online, bir döngü içinde sürekli elden ele geçen bir iletiyi durdurdu.",
      when = "Bir ileti, sunucular arasında gidip geldikten sonra bu kodla geri döner; genellikle bir bağlayıcı, bir iletme kuralı ya da bir MX kaydı onu geldiği yere geri gönderdiği için.",
      fix = "Her iki tarafta da postayı geldiği yere geri gönderen iletme kurallarını veya bağlayıcıları (connector) arayın.",
    },
    ["5.4.300"] = {
      name = "İletinin süresi doldu",
      description = "Exchange Online, ileti zamanında teslim edilemediği için iletiden vazgeçti.",
      when = "Exchange Online bu kodu, bir ileti süresi dolana kadar kuyruğunda kaldığında bildirir; genellikle hedef sunucuya ulaşılamadığı ya da hedef sunucu iletiyi sürekli ertelediği için.",
      fix = "Hedef sunucunun erişilebilir olup olmadığını ve yanıt verip vermediğini denetleyin, ardından yeniden gönderin.",
    },
    ["5.4.310"] = {
      name = "Alıcının alan adı yok",
      description = "Exchange Online, DNS'te alıcının alan adına sahip bir alan adı bulamadı.",
      when = "Exchange Online bu kodu, alıcının alan adı DNS'te bulunmadığında bildirir; alan adında bir yazım hatası olduğunda ya da alan adının süresi dolduğunda.",
      fix = "Alan adının yazımını denetleyin. Yazım doğruysa alan adının süresi dolmuş ya da alan adı DNS'te kurulmamıştır ve adres posta alamaz.",
    },
    ["5.6.11"] = {
      name = "İletide tek başına LF karakterleri",
      description = "İleti, önünde satır başı (CR) karakteri olmayan satır besleme (LF) karakterleri içeriyor; SMTP buna izin vermez.",
      when = "Exchange Online'a giden bir ileti, gönderen yazılım önünde satır başı (CR) olmayan tek başına satır besleme (LF) karakterleri yazdığında bu kodla reddedilir; bazı betikler ve eski uygulamalar bunu yapar.",
      fix = "Gönderen yazılımın her satırı CR LF ile bitirmesini sağlayın.",
    },
    ["5.7.57"] = {
      name = "Anonim gönderim reddedildi",
      description = "Bir uygulama veya cihaz, önce oturum açmadan smtp.office365.com üzerinden göndermeye çalıştı.",
      when = "Bir uygulama, yazıcı veya betik bu kodu, önce oturum açmadan gönderdiğinde smtp.office365.com'dan alır.",
      fix = "Uygulamayı lisanslı bir posta kutusuyla kimlik doğrulayacak şekilde yapılandırın ya da bunun yerine bir bağlayıcı veya doğrudan gönderim (direct send) kullanın.",
    },
    ["5.7.64"] = {
      name = "Kiracı (tenant) ilişkilendirmesi başarısız",
      description = "Exchange Online, aktarılan iletiyi kuruluşun bir gelen bağlayıcısıyla ilişkilendiremedi; bu yüzden iletiyi aktarmayı reddetti.",
      when = "Exchange Online üzerinden aktaran şirket içi veya karma bir sunucu bu kodu, hiçbir gelen bağlayıcı IP adresi ya da sertifikasıyla eşleşmediğinde alır; çoğu zaman bunlardan biri değiştikten sonra.",
      fix = "Gelen bağlayıcıyı denetleyin: şirket içi (on-premises) sunucunun gönderen IP adresi veya sertifikası, bağlayıcının beklediğiyle eşleşmelidir.",
    },
    ["5.7.124"] = {
      name = "Gönderenin gruba göndermesine izin verilmiyor",
      description = "Alıcı, yalnızca izin verilen gönderenler listesindekilerden posta kabul eden bir grup ve gönderen bu listede değil.",
      when = "Bir gönderen bu kodu, yalnızca listesindeki gönderenlerden ileti kabul eden bir Microsoft 365 grubuna veya dağıtım listesine yazdığında alır.",
      fix = "Grubun sahibinden veya alıcının yöneticisinden göndereni izin verilenlere eklemesini isteyin.",
    },
    ["5.7.133-5.7.136"] = {
      name = "Alıcı yalnızca kuruluş içinden gelen postayı kabul ediyor",
      description = "Alıcı (bir grup, bir posta kutusu, bir ortak klasör veya bir posta kullanıcısı), kendi kuruluşunun dışından gelen postayı reddedecek şekilde ayarlanmış.",
      when = "Dışarıdan bir gönderen bu kodu, yalnızca kendi kuruluşundan posta kabul edecek şekilde ayarlanmış bir gruba, posta kutusuna, ortak klasöre veya posta kullanıcısına yazdığında alır.",
      fix = "Bunu yalnızca alıcının yöneticisi değiştirebilir; onunla iletişime geçin.",
    },
    ["5.7.321-5.7.324"] = {
      name = "Hedefin TLS veya DANE denetimi başarısız",
      description = "Exchange Online güvenli biçimde teslim edemedi: hedef sunucu TLS sunmuyor, süresi dolmuş bir sertifika gösteriyor, DANE doğrulamasından geçemiyor ya da doğrulanamayan DNSSEC kayıtları döndürüyor.",
      when = "Exchange Online bu kodu, örneğin DANE ile güvenli teslim isteyen bir alan adına teslim ederken hedef sunucunun TLS'i, sertifikası veya DNSSEC kayıtları denetimden geçmediğinde bildirir.",
      fix = "Sorun hedef taraftadır; hedefin yöneticisinden TLS sertifikasını veya DNS kayıtlarını düzeltmesini isteyin.",
    },
    ["5.7.501-5.7.503"] = {
      name = "Gönderen hesap spam nedeniyle yasaklandı",
      description = "Microsoft, gönderen hesabı spam gönderdiği için yasakladı; bu genellikle hesap ele geçirildikten sonra olur.",
      when = "Bir Microsoft 365 kullanıcısı bu kodu, istenmeyen posta gönderdiği için Microsoft'un durdurduğu bir hesaptan gönderdiğinde alır; bu genellikle hesap ele geçirildikten sonra olur.",
      fix = "Hesabı güvence altına alın ve kimlik bilgilerini sıfırlayın, ardından Microsoft desteğinden gönderimin yeniden açılmasını isteyin.",
    },
    ["5.7.504-5.7.505"] = {
      name = "Alıcı adresi geçersiz",
      description = "Alıcı adresi hedefte geçerli değil ya da alıcı orada yasaklanmış.",
      when = "Bir gönderen bu kodu, alıcının Microsoft 365 kuruluşundan, adres orada bulunmadığında ya da alıcı yasaklı olduğunda alır.",
      fix = "Adresi denetleyin; adres doğruysa bu adrese göndermeyi bırakın.",
    },
    ["5.7.506"] = {
      name = "Hatalı HELO",
      description = "Gönderen sunucu kendini bağlandığı sunucunun adıyla tanıttı; spam robotları bunu yapar.",
      when = "Gönderen bir sunucu bu kodu, HELO veya EHLO selamlamasında kendi adı yerine bağlandığı Microsoft sunucusunun adını verdiğinde alır.",
      fix = "Gönderen sunucunun HELO veya EHLO'da kendi tam nitelikli ana makine adını bildirmesini sağlayın.",
    },
    ["5.7.507"] = {
      name = "Alıcının kuruluşu tarafından engellendi",
      description = "Alıcının kuruluşu gönderen IP adresinin kendisini engelledi.",
      when = "Bir gönderen bu kodu, alıcının kuruluşu postanın geldiği IP adresini engellediğinde alır.",
      fix = "Engelin kaldırılması için alıcıyla iletişime geçin.",
    },
    ["5.7.508"] = {
      name = "IPv6 aralığı sınırını aştı",
      description = "Gönderenin IPv6 aralığı çok kısa bir sürede çok fazla ileti göndermeye çalıştı.",
      when = "Bir gönderen bu kodu, IPv6 aralığı kısa sürede Microsoft 365'e çok fazla ileti gönderdiğinde alır.",
      fix = "Daha az gönderin ve iletileri zamana yayın.",
    },
    ["5.7.509"] = {
      name = "DMARC başarısız, politika reject",
      description = "From başlık alanındaki alan adı DMARC'tan geçemedi ve bu alan adı reject politikası yayımlıyor.",
      when = "Bir gönderen bu kodu, From alan adı reject DMARC politikası yayımladığında ve ileti DMARC'tan geçemediğinde alır; çoğu zaman bir üçüncü taraf hizmeti bu alan adı adına hizalanmış SPF veya DKIM olmadan gönderdiği için.",
      fix = "SPF veya DKIM'in geçmesini ve From alan adıyla hizalanmasını sağlayın; örneğin o alan adı adına gönderim yapan her hizmette o alan adı için DKIM ile imzalayın.",
    },
    ["5.7.510"] = {
      name = "Alıcı IPv6'yı reddediyor",
      description = "Alıcının alan adı IPv6 üzerinden teslim edilen postayı kabul etmiyor.",
      when = "Gönderen bir sunucu bu kodu, IPv6 üzerinden posta kabul etmeyen bir Microsoft 365 alan adına IPv6 ile teslim ettiğinde alır.",
      fix = "Bu alan adına IPv4 üzerinden teslim edin.",
    },
    ["5.7.511"] = {
      name = "Gönderen IP yasaklandı",
      description = "Microsoft, postanın geldiği IP adresini yasakladı.",
      when = "Bir gönderen bu kodu, postanın geldiği IP adresi Microsoft'un engel listesindeyken Outlook.com veya Microsoft 365'ten alır; genellikle o adresten istenmeyen posta çıktıktan sonra.",
      fix = "Nedeni ortadan kaldırın, ardından yanıtın tamamını ve IP adresini belirterek Microsoft'tan adresin listeden çıkarılmasını isteyin.",
    },
    ["5.7.512"] = {
      name = "From başlığı eksik veya geçersiz",
      description = "İletinin From başlık alanında, RFC 5322'nin gerektirdiği gibi geçerli bir adres yok.",
      when = "Bir gönderen bu kodu, iletide From başlık alanı olmadığında ya da geçerli adres içermeyen bir From olduğunda alır; iletileri elle oluşturan betik ve uygulamalarda bu olur.",
      fix = "Gönderen yazılımın, açılı ayraçlar içinde düzgün bir adres bulunan bir From başlık alanı yazmasını sağlayın.",
    },
    ["5.7.513"] = {
      name = "Alıcı alan adının kendi engel listesinde",
      description = "Alıcının alan adı, gönderen IP adresini kendi özel engel listesine ekledi.",
      when = "Bir gönderen bu kodu, alıcının Microsoft 365 kuruluşu gönderen IP adresini kendi engel listesine eklediğinde alır.",
      fix = "Alıcının kuruluşuyla iletişime geçin ve adresi listeden çıkarmalarını isteyin.",
    },
    ["5.7.515"] = {
      name = "Gönderen alan adı gerekli kimlik doğrulama düzeyinin altında",
      description = "Outlook.com, Microsoft'un istediği gibi SPF, DKIM ve DMARC'tan geçmeyen yüksek hacimli bir gönderenden gelen postayı reddeder: SPF zarf göndereninin alan adı, DKIM imzalayan alan adı, DMARC ise From alan adı için denetlenir.",
      when = "Outlook.com, Hotmail.com veya Live.com adreslerine yüksek hacimde posta gönderenler bu kodu, postaları SPF, DKIM ve DMARC denetimlerinin üçünden birden geçmediğinde alır; Microsoft, bu gönderenlerin üç denetimden de geçmesini şart koşar.",
      fix = "Zarf göndereninin alan adı için SPF'in, imzalayan alan adı için DKIM'in geçmesini sağlayın ve From alan adı için bir DMARC kaydı yayımlayın; SPF ve DKIM'den en az biri, From alan adıyla hizalı (aligned) bir alan adı için geçmelidir.",
    },
    ["5.7.606-5.7.649"] = {
      name = "Gönderen IP, Microsoft'un engel listesinde",
      description = "Microsoft'un hizmeti, postanın geldiği IP adresini yasakladı.",
      when = "Bir gönderen bu kodu, postanın geldiği IP adresi Microsoft'un engel listesindeyken Outlook.com veya Microsoft 365'ten alır; genellikle o adresten istenmeyen posta veya başka bir kötüye kullanım olduktan sonra.",
      fix = "IP adresinin itibarını neyin zedelediğini bulup buna son verin, ardından Microsoft'un self servis listeden çıkarma (delist) portalı üzerinden adresin kaldırılmasını isteyin.",
    },
    ["5.7.703"] = {
      name = "Alıcı, gönderenin kendi kuruluşu tarafından engellendi",
      description = "Gönderen Microsoft 365 kuruluşunun kendi Kiracı İzin Verilenler/Engellenenler Listesi (Tenant Allow/Block List) bu alıcıya giden postayı engelliyor; bu yüzden ileti gönderenin kuruluşundan hiç çıkmadı.",
      when = "Bir Microsoft 365 kullanıcısı bu kodu, kendi kuruluşunun Kiracı İzin Verilenler/Engellenenler Listesi alıcıyı engellediğinde alır.",
      fix = "Gönderen kuruluşun yöneticisi, alıcıya ilişkin engelleme kaydını Kiracı İzin Verilenler/Engellenenler Listesi'nden kaldırır; alıcı taraf bunu değiştiremez.",
    },
    ["5.7.708"] = {
      name = "Bu IP'den gelen trafik kabul edilmiyor",
      description = "Microsoft, gönderen Microsoft 365 kuruluşunun gönderim yaptığı IP adresinden gelen postayı, bu adresten gelen postanın kötü itibarı nedeniyle kabul etmiyor.",
      when = "Bir Microsoft 365 kuruluşu bu kodu, kötü itibarı nedeniyle Microsoft'un artık posta kabul etmediği bir IP adresinden gönderdiğinde alır.",
      fix = "İtibarı neyin zedelediğini (örneğin ele geçirilmiş bir hesap) bulup buna son verin, ardından Microsoft desteğiyle iletişime geçin.",
    },
    ["5.7.700-5.7.749"] = {
      name = "Gönderen kuruluş kısıtlandı",
      description = "Gönderen Microsoft 365 kuruluşundan gelen trafiğin büyük kısmı şüpheli göründü; bu yüzden Microsoft kuruluşun giden postasını kısıtladı.",
      when = "Bir Microsoft 365 kuruluşu bu kodu, giden postasının büyük bölümü şüpheli göründüğü için Microsoft onu kısıtladığında alır; çoğu zaman hesaplar ele geçirildiği için.",
      fix = "Ele geçirilmiş hesapları, sunucuları veya açık aktarma sunucularını kapatın, ardından kısıtlamanın kaldırılması için Microsoft desteğiyle iletişime geçin.",
    },
    ["5.7.750"] = {
      name = "Kayıtlı olmayan alan adlarından gönderim",
      description = "Gönderen Microsoft 365 kuruluşu, eklemediği ve doğrulamadığı alan adlarından çok fazla posta gönderiyor.",
      when = "Bir Microsoft 365 kuruluşu bu kodu, postasının büyük bölümü Microsoft 365'e eklemediği ve doğrulamadığı alan adlarından çıktığında alır.",
      fix = "Kuruluşun gönderim yaptığı her alan adını ekleyin ve doğrulayın.",
    },
    ["4.7.32"] = {
      name = "From başlığı hizalı değil (ertelendi)",
      description = "Gmail, From alan adı SPF veya DKIM'in doğruladığı alan adıyla hizalı olmadığı için iletinin hızını sınırlıyor.",
      when = "Gmail'e gönderen biri bu kodu, From alan adı SPF veya DKIM'in doğruladığı alan adıyla hizalı olmadığında geçici ret olarak alır; örneğin bir gönderim hizmeti kendi zarf gönderenini ve kendi DKIM alan adını kullandığında.",
      fix = "From alan adı için DKIM ile imzalayın ya da o alan adında bir zarf göndereniyle gönderin; böylece DMARC hizalaması sağlanır.",
    },
    ["5.7.32"] = {
      name = "From başlığı hizalı değil",
      description = "Gmail, From alan adı SPF veya DKIM'in doğruladığı alan adıyla hizalı olmadığı için iletiyi engelliyor.",
      when = "Gmail'e gönderen biri bu kodu, From alan adı SPF veya DKIM'in doğruladığı alan adıyla hizalı olmadığında kalıcı ret olarak alır; örneğin bir gönderim hizmeti kendi zarf gönderenini ve kendi DKIM alan adını kullandığında.",
      fix = "From alan adı için DKIM ile imzalayın ya da o alan adında bir zarf göndereniyle gönderin; böylece DMARC hizalaması sağlanır.",
    },
    ["4.7.40"] = {
      name = "DMARC kaydı yok",
      description = "Gmail, DMARC kaydı veya DMARC politikası yayımlamayan bir alan adından gelen toplu postanın hızını sınırlıyor.",
      when = "Gmail'e toplu gönderim yapan biri bu kodu, From alan adı hiç DMARC kaydı yayımlamadığında geçici ret olarak alır; Google'ın gönderen yönergeleri toplu gönderenlerden bu kaydı ister.",
      fix = "Gönderen alan adı için politika içeren bir DMARC kaydı yayımlayın.",
    },
  },
}
