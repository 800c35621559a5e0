-- Deutsch (de): übersetzte Inhalte der SMTP-Antwortcodes und des Registers der erweiterten Statuscodes.
--
-- Glossar (in diesem Text, in pairs.lua und in de.lua einheitlich verwendet):
--   reply code ............... Antwortcode; basic reply code: Basis-Antwortcode (kurz Basiscode)
--   enhanced status code ..... erweiterter Statuscode (kurz erweiterter Code)
--   mailbox .................. Postfach
--   recipient / sender ....... Empfänger / Absender; envelope sender: Envelope-Absender
--   forward (a message) ...... weiterleiten, Weiterleitung
--   relay (verb / noun) ...... weiterreichen, Relaying / das Relay (der weiterreichende Server)
--   bounce ................... Bounce (Unzustellbarkeitsnachricht); zurückweisen = reject
--   delivery status notification  Zustellstatusbenachrichtigung (DSN)
--   queue, queue run ......... Warteschlange, Abarbeitung der Warteschlange
--   retry, backoff ........... erneuter Versuch, wachsende Abstände zwischen den Versuchen
--   transient / permanent failure  vorübergehender / dauerhafter Fehler
--   greylisting .............. Greylisting
--   greeting ................. Begrüßung (die 220-Zeile beim Verbindungsaufbau)
--   final dot ................ abschließender Punkt (nach DATA)
--   forward-path / reverse-path  Forward-Path / Reverse-Path (Begriffe aus RFC 5321)
--   header field ............. Header-Feld
--   credentials .............. Anmeldedaten
--   session / transaction .... Sitzung / Transaktion
--   policy ................... Richtlinie
--   blocklist ................ Blocklist
--   rate limit ............... Ratenbegrenzung
--   submission port .......... Submission-Port
--   reply text ............... Antworttext
--   admin .................... Administrator (Admin)
--   suppress (an address) .. auf die Sperrliste setzen
return {
  basic = {
    [200] = {
      description = "200 ist eine Erfolgsantwort, die kein SMTP-Standard definiert; der Standardcode für einen ausgeführten Befehl ist 250. Referenzlisten der Antwortcodes, etwa die vielfach kopierte Tabelle auf chiark.greenend.org.uk, bezeichnen ihn als nicht standardisierte Erfolgsantwort und verweisen auf RFC 876, eine Übersicht früher SMTP-Implementierungen aus dem Jahr 1983. Da seine erste Ziffer eine 2 ist, kann er nur als Erfolg gelesen werden.",
      when = "Er ist heute sehr selten und stammt, wenn überhaupt, von einem sehr alten, selbst entwickelten oder falsch konfigurierten SMTP-Server oder von einem Testwerkzeug, das 200 sendet, wo 250 hingehört.",
      fix = "Ein Client muss 200 nach seiner ersten Ziffer behandeln, wie es RFC 5321 Abschnitt 4.2.1 verlangt; der Befehl gilt also als erfolgreich, und die Sitzung geht weiter. Der Administrator des Servers sollte die Software so ändern, dass sie 250 sendet, damit strenge Clients, Monitoring-Prüfungen und Log-Parser nicht durcheinanderkommen.",
      use = "Ein Server sollte nie 200 senden, sondern für jeden ausgeführten Befehl 250.",
    },
    [211] = {
      description = "Der Server meldet seinen Status oder gibt eine allgemeine Hilfeantwort. RFC 5321 führt 211 neben 214 als Erfolgsantwort auf HELP auf, legt aber nicht fest, was der Text enthält; sein Inhalt ist also frei formuliert und für Menschen bestimmt.",
      when = "Er kommt selten vor: Einige Server beantworten HELP oder einen herstellerspezifischen Statusbefehl mit 211 und einigen Zeilen Status- oder Versionsinformationen. Die meisten Server beantworten HELP stattdessen mit 214.",
      fix = "Es gibt nichts zu beheben; der Befehl war erfolgreich. Wer die Information braucht, kann den Text lesen, aber ein Skript sollte ihn nicht auswerten, weil sein Format nicht standardisiert ist.",
      use = "211 senden, um Systemstatus oder allgemeine Informationen zu melden, die ein Operator angefordert hat; 214 bleibt dem Hilfetext zu den Befehlen vorbehalten.",
    },
    [214] = {
      description = "Der Server liefert als Antwort auf HELP einen Hilfetext, entweder zum Server allgemein oder zu dem im Argument genannten Befehl. Der Text ist für menschliche Leser geschrieben und hat kein festes Format.",
      when = "Jemand hat einen Server von Hand mit telnet oder openssl s_client getestet und HELP oder HELP mit einem Befehlsnamen eingegeben, und der Server hat eine Liste der unterstützten Befehle oder einen Verweis auf seine Dokumentation ausgegeben, meist über mehrere Zeilen.",
      fix = "Es gibt nichts zu beheben. Der Text kann Hinweise geben, doch welche Erweiterungen der Server unterstützt, ist der EHLO-Antwort zu entnehmen, nicht der Ausgabe von HELP.",
      use = "214 mit einer für Menschen lesbaren Hilfe als Antwort auf HELP senden, mit oder ohne Argument.",
    },
    [220] = {
      description = "Der Server ist bereit, SMTP zu sprechen: 220 ist die normale Begrüßung, die gesendet wird, sobald eine Verbindung steht, und das erste Wort nach dem Code ist der Hostname des Servers. RFC 3207 verwendet 220 außerdem als positive Antwort auf STARTTLS; dann bedeutet der Code, dass der Server für den TLS-Handshake bereit ist. Die Begrüßung enthält keinen erweiterten Statuscode, weil der Client noch nicht weiß, ob der Server solche Codes verwendet; die Antwort auf STARTTLS enthält meist einen.",
      when = "Er ist die erste Zeile, die ein Client nach dem Verbindungsaufbau erhält, etwa „220 mx.example.com ESMTP“, bevor er EHLO sendet. Er beantwortet außerdem einen STARTTLS-Befehl, den der Server annimmt, etwa mit „220 2.0.0 Ready to start TLS“.",
      fix = "Es ist nichts zu tun: Nach der Begrüßung sendet der Client EHLO oder, wenn er keine Erweiterungen nutzt, HELO. Nach einer 220 auf STARTTLS beginnt der Client sofort den TLS-Handshake, verwirft nach dessen Abschluss alles, was er vorher erfahren hat, und sendet erneut EHLO. Ein Client sollte vor dem Senden die Begrüßung abwarten, da viele Server Clients ablehnen, die zu früh senden.",
      use = "220 als Begrüßung beim Verbindungsaufbau senden, wenn der Server bereit ist, Mail anzunehmen, und als Antwort auf STARTTLS, wenn er bereit ist, TLS zu starten.",
    },
    [221] = {
      description = "Der Server bestätigt QUIT und schließt die Verbindung ordnungsgemäß. Der Text beginnt meist mit dem Hostnamen des Servers.",
      when = "Er ist die letzte Antwort einer normalen Sitzung und folgt unmittelbar auf das QUIT des Clients, zum Beispiel „221 2.0.0 Bye“.",
      fix = "Es gibt nichts zu beheben; die Sitzung wurde sauber beendet, und jede bereits mit 250 angenommene Nachricht bleibt angenommen. Der Client sollte die Antwort lesen und dann seine Seite der Verbindung schließen.",
      use = "221 als Antwort auf QUIT senden und danach die Verbindung schließen.",
    },
    [235] = {
      description = "Der mit AUTH begonnene SASL-Austausch ist abgeschlossen, und der Server akzeptiert die Anmeldedaten des Clients. Ab jetzt ist die Sitzung authentifiziert, was dem Client in der Regel erlaubt, Mail einzuliefern oder über den Server weiterreichen zu lassen.",
      when = "Ein Mailprogramm oder eine Anwendung hat AUTH PLAIN, AUTH LOGIN oder einen anderen Mechanismus gesendet, typischerweise auf dem Submission-Port 587 oder auf Port 465 über TLS, und Benutzername und Passwort oder Token waren korrekt, etwa bei „235 2.7.0 Authentication successful“.",
      fix = "Es gibt nichts zu beheben; es geht mit MAIL FROM weiter. AUTH sollte in derselben Sitzung nicht erneut gesendet werden, da der Server es ablehnen wird; hat der Mechanismus eine Sicherheitsschicht eingerichtet, sind frühere EHLO-Ergebnisse zu verwerfen und EHLO ist erneut zu senden.",
      use = "235 senden, wenn ein AUTH-Austausch mit gültigen Anmeldedaten endet.",
    },
    [250] = {
      description = "Der Befehl war erfolgreich; 250 ist das allgemeine OK von SMTP. Nach dem Ende der Nachrichtendaten bedeutet er mehr: Der Server hat die Verantwortung dafür übernommen, die Nachricht zuzustellen oder dem Absender einen Fehlschlag zu melden. ETRN (RFC 1985) verwendet ihn, um mitzuteilen, dass die Abarbeitung der Warteschlange für den Knoten begonnen hat, und ATRN (RFC 2645), um anzukündigen, dass die Verbindung gleich umgedreht wird.",
      when = "Fast jeder Schritt einer normalen Sitzung erhält ihn: die mehrzeilige EHLO-Antwort mit der Liste der Erweiterungen, die Annahme von MAIL FROM und jedes RCPT TO, die Antwort auf den abschließenden Punkt sowie die Antworten auf RSET, NOOP, VRFY, EXPN und jeden BDAT-Block. Nach der Nachricht fügen Server meist einen erweiterten Code und eine Queue-ID hinzu, etwa „250 2.0.0 Ok: queued as 4FkX1“.",
      fix = "Es gibt nichts zu beheben; weiter mit dem nächsten Befehl. Die Antwort auf den abschließenden Punkt sollte protokolliert werden, denn ihre Queue-ID braucht der Administrator der Empfängerseite, um die Nachricht zu verfolgen. Eine 250 auf RCPT TO nimmt die Adresse nur vorerst an: Die Nachricht kann später noch als Bounce zurückkommen, daher muss ein Absender weiterhin Zustellstatusbenachrichtigungen verarbeiten.",
      use = "250 senden, wann immer der angeforderte Befehl vollständig ausgeführt wurde, und nach dem abschließenden Punkt erst dann, wenn die Nachricht sicher gespeichert ist.",
    },
    [251] = {
      description = "Der Server nimmt den Empfänger an, obwohl das Postfach nicht lokal ist, und wird die Nachricht an den im Antworttext genannten Forward-Path weiterleiten. Bei ETRN (RFC 1985) bedeutet derselbe Code etwas ganz anderes: Die Anfrage war gültig, aber für diesen Knoten warten keine Nachrichten.",
      when = "Er beantwortet RCPT TO oder VRFY für eine Adresse, von der der Server weiß, dass sie umgezogen ist, zum Beispiel „251 User not local; will forward to <jane@new.example>“. Die meisten Server leiten heute stillschweigend weiter und antworten stattdessen mit 250, damit die neue Adresse nicht bekannt wird; nach ETRN meldet er einfach eine leere Warteschlange.",
      fix = "Der Empfänger ist angenommen; die Transaktion geht also weiter wie nach 250. Ein Client kann den Forward-Path in spitzen Klammern auswerten, um eine Aktualisierung der Adresse vorzuschlagen, ist dazu aber nicht verpflichtet, und er sollte Adressen nur dann automatisch ändern, wenn er der Identität des Servers vertraut. Nach ETRN bedeutet 251, dass nichts zuzustellen ist; das ist kein Fehler.",
      use = "251 auf RCPT TO oder VRFY senden, wenn Mail für eine Adresse angenommen wird, die weitergeleitet wird, und die neue Adresse offengelegt werden darf.",
    },
    [252] = {
      description = "Der Server kann oder will nicht bestätigen, dass die Adresse existiert, würde aber eine Nachricht an sie annehmen und ihre Zustellung versuchen. Eine Site, die VRFY aus Datenschutzgründen abschaltet, muss mit 252 antworten und nicht mit einem Code, der wie ein echtes Prüfergebnis aussieht. Bei ETRN (RFC 1985) bedeutet 252, dass die Anfrage angenommen wurde und die Zustellung der für den Knoten wartenden Nachrichten begonnen hat.",
      when = "Ein Werkzeug oder eine Absenderprüfung hat VRFY oder EXPN gesendet, und der Server hat die Überprüfung entweder abgeschaltet, wie die meisten öffentlichen Server, oder ist ein Backup-MX oder Gateway, das das endgültige Postfach nicht in Echtzeit prüfen kann. Das IANA-Register ordnet 252 außerdem X.6.8 aus RFC 6531 zu, für ein VRFY, dessen Antwort einen UTF-8-Postfachnamen enthielte, dessen Empfang der Client nicht vereinbart hat.",
      fix = "252 ist weder als Beweis für die Existenz des Postfachs noch als Ablehnung zu lesen: Ein Skript, das Adressen prüft, sollte das Ergebnis als unbekannt festhalten; der einzige verlässliche Test ist, eine Nachricht zu senden und auf einen Bounce zu achten. Nach ETRN ist 252 ein Erfolg, und die wartende Mail trifft über neue SMTP-Verbindungen ein.",
      use = "252 auf VRFY oder EXPN senden, wenn die Überprüfung durch eine Richtlinie abgeschaltet ist oder die Adresse zustellbar aussieht, sich aber nicht in Echtzeit prüfen lässt.",
    },
    [253] = {
      description = "Der Server hat eine ETRN-Anfrage angenommen und begonnen, die für den genannten Knoten gehaltenen Nachrichten zu senden; der Text nennt ihre Anzahl. Der Code existiert nur in der ETRN-Erweiterung von RFC 1985 und sagt dort dasselbe wie 252, ergänzt um die Anzahl der Nachrichten.",
      when = "Eine Site mit zeitweiliger Verbindung oder ein Mailserver, der für sie handelt, hat sich mit dem Relay ihres Providers verbunden und ETRN mit ihrem Domainnamen gesendet, und das Relay hatte für diese Domain Mail in der Warteschlange.",
      fix = "Es gibt nichts zu beheben. Der eigene SMTP-Server der Site muss erreichbar bleiben, denn das Relay stellt die wartenden Nachrichten über neue SMTP-Verbindungen zum Mailhost des Knotens zu, nicht über die Sitzung, in der ETRN gesendet wurde.",
      use = "253 als Antwort auf ETRN senden, wenn die Abarbeitung der Warteschlange begonnen hat und dem Client mitgeteilt werden soll, wie viele Nachrichten warten.",
    },
    [334] = {
      description = "Der Server hat den AUTH-Befehl bis hierhin angenommen und wartet auf den nächsten Schritt des SASL-Austauschs. Der Text nach dem Code ist eine base64-kodierte Challenge, die auch leer sein kann; sie enthält Daten für die Client-Software, keine Mitteilung für Menschen.",
      when = "Er folgt auf AUTH, wann immer der Mechanismus einen weiteren Austausch braucht: AUTH LOGIN sendet base64-kodierte Aufforderungen für Benutzername und Passwort, AUTH PLAIN ohne Initial Response erhält eine leere Challenge, und CRAM-MD5 sendet eine base64-kodierte Nonce.",
      fix = "Der Client muss mit einer Zeile base64-Daten antworten oder mit einem einzelnen „*“ abbrechen, worauf der Server mit 501 antwortet. Ein Client sollte den dekodierten Austausch nicht protokollieren, da er das Passwort enthalten kann.",
      use = "334 mit einer base64-Challenge senden, wann immer der AUTH-Mechanismus weitere Daten vom Client braucht.",
    },
    [354] = {
      description = "Der Server hat DATA angenommen und ist bereit, die eigentliche Nachricht zu empfangen, Header-Bereich und Body, abgeschlossen durch eine Zeile, die nur einen Punkt enthält. Es ist die einzige Zwischenantwort im Kern von SMTP: Angenommen ist noch nichts.",
      when = "Er folgt unmittelbar auf das DATA des Clients, sobald die Transaktion einen Absender und mindestens einen angenommenen Empfänger hat, typischerweise als „354 End data with <CR><LF>.<CR><LF>“.",
      fix = "Die Nachricht senden, dabei jeder Zeile, die mit einem Punkt beginnt, einen weiteren Punkt voranstellen, mit CRLF.CRLF abschließen und auf die abschließende Antwort warten: Nur eine 2xx-Antwort an dieser Stelle bedeutet, dass die Nachricht angenommen wurde. Ein Client darf den Inhalt nicht vor dem Eintreffen von 354 senden, auch nicht beim Pipelining.",
      use = "354 als Antwort auf DATA senden, wenn die Transaktion einen Absender und mindestens einen angenommenen Empfänger hat und der Server bereit ist, die Nachricht zu lesen.",
    },
    [355] = {
      description = "Der Server hat die mit MAIL FROM übermittelte TRANSID als unterbrochene Transaktion erkannt und meldet als Anzahl von Oktetten, ab welcher Stelle der Nachrichtendaten er fortsetzen kann. Der Code gehört zur experimentellen CHECKPOINT-Erweiterung von RFC 1845, mit der ein Client die abgebrochene Übertragung einer großen Nachricht wieder aufnehmen kann, ohne alles erneut zu senden.",
      when = "Er kommt praktisch nie vor: Beide Seiten müssen CHECKPOINT implementieren, und der Client muss sich nach einer abgebrochenen Sitzung neu verbunden und MAIL FROM mit demselben TRANSID-Parameter wie zuvor gesendet haben.",
      fix = "Ein Client, der CHECKPOINT unterstützt, sendet den Nachrichteninhalt ab dem angegebenen Offset weiter, ohne zu wiederholen, was der Server bereits hat. Ein Client, der die Erweiterung nicht kennt, sollte 355 nie erhalten, da der Code nur auf einen TRANSID-Parameter folgt; geschieht es doch, sollte er die Transaktion mit RSET abbrechen.",
      use = "355 nur senden, wenn CHECKPOINT angeboten wird und ein MAIL FROM die TRANSID einer unterbrochenen Transaktion trägt, deren Daten aufbewahrt wurden.",
    },
    [420] = {
      description = "Kein Standard definiert 420; einige Referenzlisten beschreiben ihn als Zeitüberschreitung oder Verbindungsproblem auf der Empfängerseite. RFC 5321 kennt keinen solchen Code, daher muss ein Client ihn allein nach seiner ersten Ziffer behandeln, wie es Abschnitt 4.2.1 verlangt.",
      when = "Er taucht vor allem in Referenzlisten und in den Logs alter oder selbst entwickelter Mailsoftware auf, im Umfeld einer Sitzung, die ins Stocken geraten oder wegen Zeitüberschreitung abgebrochen ist. Der Antworttext ist, falls vorhanden, der einzige verlässliche Hinweis darauf, was der Server gemeint hat.",
      fix = "Wie jede 4xx-Antwort behandeln: die Nachricht in der Warteschlange behalten und später mit wachsenden Abständen erneut versuchen. Hält der Zustand an, den Netzwerkpfad, Firewalls und Timeout-Einstellungen zwischen beiden Hosts prüfen und den Antworttext oder die Serverlogs lesen.",
      use = "Ein Server sollte 420 nicht senden; ein Server, der eine Sitzung wegen Zeitüberschreitung oder Überlastung beenden muss, sollte stattdessen 421 senden.",
    },
    [421] = {
      description = "Der Server kann den SMTP-Dienst im Moment nicht anbieten und schließt die Verbindung. RFC 5321 erlaubt diesen Code als Antwort auf jeden Befehl, und ein Server, der herunterfahren muss, darf ihn senden, ohne auf einen Befehl zu warten (Abschnitt 3.8).",
      when = "Er ersetzt oft die 220-Begrüßung oder beantwortet EHLO, wenn der Server überlastet ist, die Verbindungen je Client-Adresse begrenzt, neu startet oder einen Absender, dem er noch nicht vertraut, per Ratenbegrenzung bremst. Er kommt auch mitten in einer Sitzung, wenn der Server herunterfährt oder ein Limit pro Sitzung für Dauer, Fehler oder Nachrichten erreicht ist.",
      fix = "Der Client sollte die Verbindung als geschlossen betrachten, jede Nachricht behalten, die für ihren abschließenden Punkt noch keine 250 erhalten hat, und es später mit wachsenden Abständen erneut versuchen, möglichst bei einem anderen MX-Host. Ein Absender, der den Code ständig sieht, sollte seine Verbindungs- und Nachrichtenrate senken und im Antworttext nach einem Hinweis auf eine Ratenbegrenzung suchen; der Administrator des Servers sollte Last, Verbindungslimits und Neustarts des Dienstes prüfen.",
      use = "421 senden, wenn der Dienst die Verbindung aus einem vorübergehenden Grund schließen muss, etwa wegen Herunterfahrens, Überlastung oder zu vieler Verbindungen, gleich welcher Befehl gerade ansteht.",
    },
    [422] = {
      description = "422 erscheint nur im IANA-Register der erweiterten Statuscodes, als alternativer Basiscode zu X.7.12 (A password transition is needed); kein RFC definiert ihn. Der Code, den RFC 4954 für diese Situation tatsächlich festlegt, ist 432.",
      when = "Er ist in der Praxis selten zu sehen, und einige Referenzlisten geben ihm eine andere Bedeutung, ein Empfängerpostfach über seinem Speicherlimit, die kein Standard stützt. Sendet ein Server ihn doch, zeigen der erweiterte Code und der Antworttext, welche Bedeutung gemeint ist.",
      fix = "Als vorübergehenden Fehler behandeln, wie es RFC 5321 Abschnitt 4.2.1 für jede 4xx-Antwort verlangt. Kommt er mit 4.7.12 nach AUTH, sollte sich der Benutzer einmal mit PLAIN über TLS anmelden, damit der Server die Passwortumstellung abschließen kann, und es dann erneut versuchen.",
      use = "Ein Server sollte für eine notwendige Passwortumstellung 432 mit 4.7.12 senden statt 422, da 432 der in RFC 4954 definierte Code ist.",
    },
    [430] = {
      description = "430 erscheint nur im IANA-Register der erweiterten Statuscodes, unter den Basiscodes zu X.5.1 (Invalid command); kein RFC gibt ihm eine eigene Bedeutung. Wörtlich gelesen ist er eine vorübergehende Ablehnung eines Befehls, den der Server für ungültig hält.",
      when = "Er kommt in der Praxis selten vor, und ein Client, der ihn erhält, spricht höchstwahrscheinlich mit selbst entwickelter oder experimenteller Software. Der Antworttext ist der beste Hinweis darauf, was abgelehnt wurde.",
      fix = "Wie jede 4xx-Antwort behandeln: Der Befehl ist vorerst fehlgeschlagen und kann später unverändert wiederholt werden. Kehrt er immer wieder, den Befehl mit dem vergleichen, was der Server in seiner EHLO-Antwort angeboten hat, denn ein ungültiger Befehl führt normalerweise zu einer dauerhaften 500, 501 oder 503.",
      use = "Ein Server sollte einen ungültigen Befehl mit 500, 501 oder 503 beantworten; 430 hat über seinen Registereintrag hinaus keine definierte Verwendung.",
    },
    [431] = {
      description = "Kein Standard definiert 431; einige Referenzlisten beschreiben ihn als Mangel an Plattenplatz oder Arbeitsspeicher auf dem Empfängerserver. Die Zahl liest sich wie der registrierte erweiterte Code 4.3.1 (Mail system full) ohne Punkte, was der Ursprung dieser Angabe sein könnte.",
      when = "Er taucht vor allem in Referenzlisten auf und selten in den Logs nicht standardkonformer Software bei einem Ressourcenengpass auf der Empfängerseite. Standardkonforme Server melden denselben Zustand mit 452, meist zusammen mit 4.3.1.",
      fix = "Wie jede 4xx-Antwort behandeln, wie es RFC 5321 Abschnitt 4.2.1 verlangt: die Nachricht in der Warteschlange behalten und später mit wachsenden Abständen erneut versuchen. Der Administrator der Empfängerseite sollte den freien Platz auf den Queue- und Spool-Volumes und den Arbeitsspeicher des Mailhosts prüfen.",
      use = "Ein Server sollte 431 nicht senden; ein Server mit Speichermangel sollte stattdessen 452 mit 4.3.1 senden.",
    },
    [432] = {
      description = "Der Benutzer muss auf den gerade angeforderten Authentifizierungsmechanismus umgestellt werden, und der Server kann ihn erst annehmen, wenn das geschehen ist (RFC 4954). Typischerweise hat der Server für diesen Mechanismus noch keine Anmeldedaten und braucht eine Anmeldung mit dem Klartextpasswort, um sie einzurichten.",
      when = "Er beantwortet AUTH, meist mit 4.7.12, auf Servern, die für jeden Mechanismus eigene Anmeldedaten führen, zum Beispiel nachdem der Administrator einen Challenge-Response-Mechanismus für Konten aktiviert hat, die sich bisher mit PLAIN angemeldet haben. Einige Referenzlisten geben 432 eine andere Bedeutung, eine angehaltene Eingangswarteschlange bei Microsoft Exchange, die kein Standard stützt.",
      fix = "Sich einmal mit PLAIN über eine TLS-geschützte Verbindung anmelden, damit der Server die Umstellung abschließen kann, und danach wieder den stärkeren Mechanismus verwenden. Ein Skript sollte nicht in einer Schleife denselben Mechanismus versuchen, sondern einmal auf PLAIN über TLS zurückfallen oder den Zustand dem Benutzer melden.",
      use = "432 mit 4.7.12 als Antwort auf AUTH senden, wenn das Konto den angeforderten Mechanismus erst nutzen kann, nachdem sich der Benutzer einmal mit dem Klartextpasswort angemeldet hat.",
    },
    [441] = {
      description = "Kein Standard definiert 441; einige Referenzlisten geben an, er bedeute, dass der Server des Empfängers nicht antwortet. Die Angabe entspricht dem registrierten erweiterten Code 4.4.1 (No answer from host); diese Listen zeigen also vermutlich diesen Code ohne seine Punkte.",
      when = "Er ist meist in Verzögerungsmeldungen oder Client-Logs zu sehen und nicht als echte SMTP-Antwort, denn ein Host, der nicht antwortet, kann keinen Antwortcode senden. Das sendende System beschreibt dann seine eigenen erfolglosen Versuche, den nächsten Hop zu erreichen.",
      fix = "Als vorübergehenden Fehler behandeln und die Warteschlange mit wachsenden Abständen erneut versuchen lassen, wie es RFC 5321 Abschnitt 4.2.1 für jede 4xx-Antwort verlangt. Der Administrator der Absenderseite sollte die MX- und Adresseinträge des Ziels, das Routing und Firewalls prüfen und ob die entfernten Hosts Verbindungen auf Port 25 annehmen.",
      use = "Ein Server sollte 441 nicht senden; der standardkonforme Weg, einen unerreichbaren nächsten Hop zu melden, ist 451 mit 4.4.1.",
    },
    [442] = {
      description = "Kein Standard definiert 442; einige Referenzlisten geben an, er bedeute, dass die Verbindung während der Übertragung abgebrochen ist. Die Angabe entspricht dem registrierten erweiterten Code 4.4.2 (Bad connection); diese Listen zeigen also vermutlich diesen Code ohne seine Punkte.",
      when = "Er erscheint vor allem in Client-Logs oder Verzögerungsmeldungen, nachdem eine Sitzung mittendrin abgebrochen ist, etwa während einer großen DATA-Übertragung über eine instabile Leitung. Eine abgebrochene Verbindung liefert keine Antwort, der Code ist also eine Kennzeichnung, die die meldende Software hinzufügt.",
      fix = "Wie bei jeder 4xx-Antwort später erneut versuchen; RFC 5321 Abschnitt 3.8 schreibt einem Client vor, eine abgebrochene Verbindung so zu behandeln, als hätte er 451 erhalten. Geschieht es immer wieder, nach einem instabilen Netz, nach Middleboxes, die lange Sitzungen kappen, und nach kurzen Timeouts auf einer der beiden Seiten suchen.",
      use = "Ein Server sollte 442 nicht senden; ein Server, der eine Sitzung vorzeitig beenden muss, sollte vorher 421 senden.",
    },
    [446] = {
      description = "Kein Standard definiert 446; einige Referenzlisten geben an, er bedeute, dass die maximale Hop-Anzahl überschritten wurde, was auf eine Mailschleife hindeutet. Die Angabe entspricht dem registrierten erweiterten Code 4.4.6 (Routing loop detected); diese Listen zeigen also vermutlich diesen Code ohne seine Punkte.",
      when = "Er wird gemeldet, wenn eine Nachricht zu viele Relays durchlaufen hat, meist weil zwei Server dieselbe Domain oder Adresse gegenseitig aneinander weiterleiten. Die Received-Header-Felder der verzögerten oder zurückgesandten Nachricht zeigen die Schleife.",
      fix = "Ein Client behandelt ihn wie jede 4xx-Antwort und versucht es später erneut, wie es RFC 5321 Abschnitt 4.2.1 verlangt, doch erneute Versuche helfen erst, wenn die Schleife aufgelöst ist. Der Administrator sollte die Received-Header-Felder nachverfolgen und die Weiterleitungsregel, den Alias, den MX-Eintrag oder die Smarthost-Einstellung korrigieren, die die Mail zurückschickt.",
      use = "Ein Server sollte 446 nicht senden; eine Nachricht in einer Schleife wird mit einer 5xx-Antwort und 5.4.6 abgelehnt oder mit 451 und 4.4.6 zurückgestellt, solange sich die Schleife noch auflösen kann.",
    },
    [447] = {
      description = "Kein Standard definiert 447; einige Referenzlisten geben an, er bedeute, dass bei einer ausgehenden Nachricht eine Zeitüberschreitung eingetreten ist. Die Angabe entspricht dem registrierten erweiterten Code 4.4.7 (Delivery time expired); diese Listen zeigen also vermutlich diesen Code ohne seine Punkte.",
      when = "Er ist typischerweise in Verzögerungs- oder Fehlermeldungen eines sendenden Systems zu sehen, das die Nachricht lange in seiner Warteschlange gehalten hat, ohne sie zuzustellen. Der Empfängerserver hat womöglich nie geantwortet; die eigentliche Ursache liegt also in den früheren Versuchen, die das Queue-Log festhält.",
      fix = "Wie jede 4xx-Antwort behandeln, wie es RFC 5321 Abschnitt 4.2.1 verlangt, und die Warteschlange bis zu ihrer Aufgabefrist weiter versuchen lassen. Der Administrator der Absenderseite sollte die früheren Antworten für dieses Ziel lesen, um zu erfahren, warum die Zustellung stockte, etwa Zeitüberschreitungen, Greylisting oder ein Ausfall auf der Empfängerseite.",
      use = "Ein Server sollte 447 nicht senden; ein sendendes System, dessen Aufbewahrungsfrist in der Warteschlange abläuft, sollte dem Absender stattdessen eine Zustellstatusbenachrichtigung mit 4.4.7 oder 5.4.7 senden.",
    },
    [449] = {
      description = "Kein Standard definiert 449; einige Referenzlisten geben an, er bedeute einen Routingfehler. Auch der erweiterte Code 4.4.9, dem die Zahl ähnelt, ist bei der IANA nicht registriert, daher steht hinter keiner Lesart ein Standard.",
      when = "Er zeigt sich vor allem in Referenzlisten und in den Logs nicht standardkonformer Software, wenn eine Nachricht nicht zu ihrem nächsten Hop geroutet werden konnte, oft wegen eines Problems mit DNS oder der Relay-Konfiguration. Der Antworttext oder die Logs des sendenden Systems enthalten die eigentliche Ursache.",
      fix = "Wie jede 4xx-Antwort nach RFC 5321 Abschnitt 4.2.1 behandeln: die Nachricht in der Warteschlange behalten und später erneut versuchen. Hält der Zustand an, sollte der Administrator die MX- und Adresseinträge des Ziels sowie alle Smarthost- und Relay-Einstellungen auf der Absenderseite prüfen.",
      use = "Ein Server sollte 449 nicht senden; ein vorübergehendes Routingproblem wird mit 451 und einem erweiterten Code der Gruppe X.4 wie 4.4.0 oder 4.4.4 gemeldet.",
    },
    [450] = {
      description = "Die angeforderte Aktion wurde nicht ausgeführt, weil das Postfach vorübergehend nicht verfügbar ist, etwa belegt, gesperrt oder durch eine Richtlinie zeitweise blockiert. Als Antwort auf ATRN (RFC 2645) bedeutet derselbe Code, dass der Server die ATRN-Anfrage vorerst abgelehnt hat.",
      when = "Er beantwortet meist RCPT TO, und die häufigste Ursache ist heute Greylisting: Der Server stellt den ersten Versuch eines unbekannten Paars aus Absender und Adresse zurück und nimmt einen erneuten Versuch einige Minuten später an. Er erscheint auch, wenn sich die Domain des Empfängers oder des Absenders vorerst nicht überprüfen lässt, wenn ein Postfach gesperrt ist oder nach dem abschließenden Punkt bei einer vorübergehenden Richtlinienentscheidung.",
      fix = "Die Nachricht in der Warteschlange behalten und später erneut versuchen; ein standardkonformer MTA tut das von selbst, und eine per Greylisting zurückgestellte Nachricht kommt meist beim nächsten Versuch durch, daher darf ein Skript eine 450 nicht als Bounce werten. Löst sich die Zurückstellung nie auf, den Antworttext und den erweiterten Code lesen (4.7.1 deutet auf eine Blockierung durch eine Richtlinie) und Reputation und Reverse-DNS des sendenden Hosts sowie die Empfängeradresse prüfen.",
      use = "450 senden, wenn ein Postfach oder eine Nachricht gerade nicht angenommen werden kann, später aber vielleicht schon, etwa bei Greylisting, einem gesperrten Postfach oder einer vorübergehenden Blockierung durch eine Richtlinie.",
    },
    [451] = {
      description = "Der Server hat die angeforderte Aktion wegen eines lokalen Fehlers bei der Verarbeitung abgebrochen. Als Antwort auf ATRN (RFC 2645) bedeutet er, dass der Server die ATRN-Anfrage gerade nicht bearbeiten kann.",
      when = "Er erscheint nach MAIL FROM, RCPT TO oder dem abschließenden Punkt, wenn der Empfängerserver auf ein vorübergehendes internes Problem stößt: eine fehlgeschlagene DNS-Abfrage, einen nicht erreichbaren Viren- oder Spamscanner, einen Ausfall des Verzeichnisdienstes oder der Datenbank oder einen Fehler beim Schreiben in seine Warteschlange. Viele Server verwenden ihn auch für Greylisting und für vorübergehende SPF-Fehler (4.7.24), und RFC 5321 Abschnitt 3.8 schreibt einem Client vor, eine abgebrochene Verbindung so zu behandeln, als hätte er 451 erhalten.",
      fix = "Später mit wachsenden Abständen erneut versuchen; das Problem liegt auf der Serverseite und löst sich meist, ohne dass der Absender etwas ändert. Dauert es Stunden, sollte der Administrator der Empfängerseite die Serverlogs, den DNS-Resolver, den freien Plattenplatz und jeden Filter, Scanner oder Verzeichnisdienst prüfen, von dem der Server abhängt.",
      use = "451 senden, wenn ein Befehl oder eine Transaktion an einem vorübergehenden Fehler auf der Serverseite scheitert, etwa an einer Zeitüberschreitung bei einer Abfrage, einem ausgefallenen Hilfsdienst oder einem lokalen Ressourcenproblem.",
    },
    [452] = {
      description = "Der Server hat die angeforderte Aktion nicht ausgeführt, weil ihm gerade der Speicherplatz dafür fehlt. RFC 5321 Abschnitt 4.5.3.1.10 macht 452 außerdem zur richtigen Antwort, wenn eine Transaktion mehr Empfänger hat, als der Server annimmt, und mit SIZE (RFC 1870) bedeutet er, dass die angekündigte Nachrichtengröße vorerst nicht angenommen werden kann.",
      when = "Er beantwortet MAIL FROM, wenn eine angekündigte Größe nicht in den freien Platz passt, RCPT TO, wenn das Empfängerlimit der Transaktion erreicht ist (zu viele Empfänger), oder den abschließenden Punkt, wenn sich Platte oder Warteschlange während der Übertragung gefüllt haben. Einige Anbieter senden ihn auch mit 4.2.2, wenn ein Empfängerpostfach sein Kontingent überschritten hat.",
      fix = "Bei zu vielen Empfängern sollte der Client die Transaktion mit den bereits angenommenen Empfängern abschließen und die übrigen in einer neuen Transaktion senden; so sieht RFC 5321 den Umgang mit dem Limit vor. Bei Speicherproblemen später mit wachsenden Abständen erneut versuchen; der Administrator der Empfängerseite sollte den freien Platz auf den Queue- und Spool-Volumes prüfen und, wenn der erweiterte Code 4.2.2 lautet, das Kontingent des Empfängers.",
      use = "452 senden, wenn dem Server vorübergehend Speicherplatz fehlt, oder als Antwort auf das RCPT TO, das das Empfängerlimit einer Transaktion überschreitet, damit der Client die übrigen Empfänger später sendet.",
    },
    [453] = {
      description = "Als Antwort auf ATRN (RFC 2645, On-Demand Mail Relay) teilt 453 dem authentifizierten Client mit, dass für seine Domains keine Mail wartet. Davon unabhängig führt das IANA-Register 453 als Basiscode zu X.3.2 (System not accepting network messages), eine Bedeutung, die mit ATRN nichts zu tun hat.",
      when = "Beim On-Demand Mail Relay verbindet sich eine Site mit dynamischer Adresse mit ihrem Provider, authentifiziert sich, sendet ATRN und erhält 453, wenn ihre Warteschlange leer ist. Außerhalb von ATRN könnte ein Server ihn mit 4.3.2 während einer Wartung oder vor dem Herunterfahren senden, auch wenn dort üblicherweise 421 gewählt wird.",
      fix = "Bei ATRN gibt es nichts zu beheben: Der Client beendet die Sitzung mit QUIT und fragt bei seiner nächsten planmäßigen Abfrage erneut. Kommt der Code mit 4.3.2, als vorübergehende Ablehnung behandeln und später erneut versuchen, wie es RFC 5321 Abschnitt 4.2.1 für jede 4xx-Antwort verlangt.",
      use = "453 als Antwort auf ATRN senden, wenn für die angefragten Domains keine Mail in der Warteschlange liegt; für ein System, das vorübergehend keine Mail annimmt, ist 421 die klarere Wahl.",
    },
    [454] = {
      description = "Ein vorübergehendes Problem auf der Serverseite verhindert den angeforderten Sicherheitsschritt: Nach AUTH (RFC 4954) ist die Authentifizierung aus einem vorübergehenden Grund fehlgeschlagen, nach STARTTLS (RFC 3207) ist TLS vorerst nicht verfügbar. Die Anmeldedaten oder die Anfrage werden nicht als falsch beurteilt.",
      when = "Nach AUTH bedeutet er meist, dass der Server sein Authentifizierungs-Backend nicht erreichen konnte, etwa eine LDAP- oder SQL-Datenbank oder einen SASL-Dienst. Nach STARTTLS deutet er auf ein fehlendes oder nicht lesbares Zertifikat oder einen solchen Schlüssel hin, auf eine TLS-Bibliothek, die nicht starten konnte, oder auf Ressourcenmangel; einige Server verwenden 454 mit 4.7.1 auch, um Relaying vorerst abzulehnen.",
      fix = "Später erneut versuchen; ein Mailprogramm sollte den Benutzer nicht allein wegen einer 454 nach einem neuen Passwort fragen, und ein Client sollte nur dort auf eine Zustellung ohne TLS zurückfallen, wo seine Sicherheitsrichtlinie es erlaubt. Der Administrator des Servers sollte das Authentifizierungs-Backend, die Zertifikats- und Schlüsseldateien und die TLS-Fehlerlogs prüfen.",
      use = "454 senden, wenn AUTH oder STARTTLS wegen eines vorübergehenden Problems auf der Serverseite nicht abgeschlossen werden kann und nicht, weil der Client etwas falsch gemacht hat.",
    },
    [455] = {
      description = "Der Server kann einen oder mehrere Parameter von MAIL FROM oder RCPT TO vorerst nicht verarbeiten, obwohl er sie versteht (RFC 5321 Abschnitt 4.1.1.11). Er ist das vorübergehende Gegenstück zu 555, und die Spezifikation eines Parameters kann einen anderen Code vorschreiben.",
      when = "Er ist in der Praxis selten; er kann erscheinen, wenn ein Server einen Erweiterungsparameter wie NOTIFY oder RET aus DSN unterstützt, ihn aber gerade nicht berücksichtigen kann, zum Beispiel weil ein benötigter Dienst ausgefallen ist.",
      fix = "Die Transaktion später unverändert wiederholen und, wenn sie weiter fehlschlägt, ohne den optionalen Parameter wiederholen, sofern die Nachricht ohne ihn auskommt. Der Administrator des Servers sollte das Teilsystem prüfen, das den Parameter umsetzt.",
      use = "455 senden, wenn ein Parameter von MAIL FROM oder RCPT TO verstanden wird, aber gerade nicht berücksichtigt werden kann, und die Spezifikation des Parameters selbst keinen anderen Code nennt.",
    },
    [456] = {
      description = "Ein abgelaufener Internet-Draft (draft-martin-smtp-ipv6-to-ipv4-fallback) schlug 456 vor, um den Client aufzufordern, die Nachricht sofort über IPv4 erneut zu senden, weil sie über IPv6 an den Prüfungen der Absenderauthentifizierung scheitert (der Draft nennt SPF und DKIM). Er wurde nie zum RFC, daher weist kein Standard dem Code diese Bedeutung zu.",
      when = "Er kann nur von Servern kommen, die den Vorschlag umsetzen, als Antwort an einen Dual-Stack-Absender, der sich über IPv6 verbunden hat und dessen Mail sich von seiner IPv6-Adresse aus nicht authentifizieren lässt, zum Beispiel weil der SPF-Eintrag nur IPv4-Adressen enthält. Die meiste Mailsoftware kennt den Code nicht.",
      fix = "Ein Client, der den Draft umsetzt, sendet dieselbe Nachricht sofort über IPv4 erneut an denselben MX; jeder andere Client behandelt ihn als 4xx-Antwort und versucht es später erneut, wie es RFC 5321 Abschnitt 4.2.1 verlangt. Der Administrator der Absenderseite sollte die sendenden IPv6-Adressen in SPF aufnehmen, ihnen Reverse-DNS geben oder für ausgehende Mail an dieses Ziel IPv4 bevorzugen.",
      use = "Ein Server darf 456 nur senden, wenn er dem Draft folgt und der Absender es über IPv4 erneut versuchen soll; sonst wird eine vorübergehende Ablehnung durch eine Richtlinie als 450 oder 451 gesendet.",
    },
    [458] = {
      description = "Der Server kann die Abarbeitung seiner Warteschlange für den in ETRN (RFC 1985) genannten Knoten (die Domain) im Moment nicht starten. Die Anfrage selbst ist zulässig, und es wird erwartet, dass sich der Fehler auflöst.",
      when = "Eine Site mit zeitweiliger Verbindung oder ihr Abfrageskript sendet ETRN an das Relay ihres Providers und erhält 458, wenn das Relay die Abarbeitung der Warteschlange gerade nicht starten kann, zum Beispiel weil seine Warteschlange gesperrt oder es zu ausgelastet ist.",
      fix = "ETRN später erneut senden oder einfach warten, da das Relay seine Warteschlange ohnehin nach eigenem Zeitplan erneut abarbeitet. Der Administrator des Relays sollte prüfen, ob die Abarbeitung der Warteschlange für diese Domain funktioniert und die Warteschlange nicht hängt.",
      use = "458 als Antwort auf ETRN senden, wenn dieser Host Mail für den Knoten in der Warteschlange hält, die Abarbeitung aber gerade nicht starten kann.",
    },
    [459] = {
      description = "Der Server weigert sich, die Abarbeitung der Warteschlange für den in ETRN (RFC 1985) genannten Knoten zu starten, und der Antworttext nennt den Grund. Der Code ist als vorübergehende Antwort definiert, obwohl der Grund oft eine Frage der Konfiguration oder der Berechtigung ist.",
      when = "Er erscheint, wenn ein Client ETRN für eine Domain sendet, für die das Relay keine Mail hält oder deren Abarbeitung es diesem Client nicht erlaubt, oder wenn die Nutzung von ETRN durch eine Richtlinie eingeschränkt ist.",
      fix = "Prüfen, ob der an ETRN übergebene Knotenname zu einer Domain passt, für die das Relay Mail in der Warteschlange hält, und ob der Client sie anfordern darf; dasselbe ETRN unverändert erneut zu senden, führt meist zur selben Antwort. Der Administrator des Relays sollte überprüfen, welche Clients ETRN für welche Domains verwenden dürfen.",
      use = "459 als Antwort auf ETRN senden, wenn dieser Client für den angefragten Knoten keine Abarbeitung der Warteschlange starten darf, mit dem Grund im Antworttext.",
    },
    [471] = {
      description = "Kein Standard definiert 471; einige Referenzlisten geben an, er melde einen Fehler in einem lokalen Mailfilter auf der Empfängerseite, oft einem Anti-Spam- oder Antiviren-Filter. Seine zweite Ziffer 7 liegt außerhalb der Antwortgrammatik von RFC 5321, die dort nur 0 bis 5 erlaubt, und die Zahl ähnelt dem erweiterten Code 4.7.1 (Delivery not authorized, message refused) ohne seine Punkte.",
      when = "Er taucht in Referenzlisten und in den Logs nicht standardkonformer oder falsch konfigurierter Software auf, typischerweise wenn ein Inhaltsfilter oder eine Richtlinienprüfung fehlgeschlagen ist oder die Nachricht abgelehnt hat. Der Antworttext oder die Filterlogs auf der Empfängerseite enthalten die eigentliche Ursache.",
      fix = "Ein Client muss ihn nach seiner ersten Ziffer als vorübergehenden Fehler behandeln, wie es RFC 5321 Abschnitt 4.2.1 verlangt, und es später erneut versuchen. Wiederholt er sich, sollte der Administrator der Empfängerseite die Filtersoftware und ihre Anbindung an den MTA prüfen, und der Absender sollte prüfen, ob die Nachricht für diesen Filter wie Spam aussieht.",
      use = "Ein Server sollte 471 nicht senden, weil seine zweite Ziffer außerhalb des erlaubten Bereichs liegt; ein vorübergehender Filterfehler wird mit 451 gemeldet und eine Zurückstellung durch eine Richtlinie mit 450.",
    },
    [500] = {
      description = "Der Server hat den Befehl nicht erkannt, oder die Befehlszeile war zu lang, als dass er sie lesen konnte. Der Fehler betrifft den Befehl selbst, nicht die Nachricht oder ein Postfach. Bei AUTH meldet er außerdem eine Antwortzeile des Clients, die länger ist, als der Server für den gewählten Mechanismus puffern kann, mit dem erweiterten Code 5.5.6.",
      when = "Typische Ursachen sind ein Tippfehler in einer von Hand eingegebenen Sitzung, ein Erweiterungsbefehl, den der Server nie angekündigt hat, oder eine Befehlszeile, die länger ist, als der Server annimmt. Einige alte Server beantworten EHLO mit 500, was dem Client sagt, auf HELO zurückzufallen. Auch Firewalls und Proxys, die SMTP filtern, können ihn für Befehle erzeugen, die sie nicht durchlassen.",
      fix = "Clients sollten nur Basisbefehle und Befehle von Erweiterungen senden, die in der EHLO-Antwort aufgeführt sind, und jede Befehlszeile einschließlich CRLF innerhalb von 512 Oktetten halten. Erhält schon EHLO eine 500, stattdessen HELO senden und keine Erweiterungen verwenden. Wer Skripte schreibt, sollte die genau gesendete Zeile protokollieren, weil die Antwort selten sagt, welcher Teil nicht verstanden wurde.",
      use = "500 senden, wenn das Befehlswort unbekannt ist oder die Zeile zu lang zum Parsen ist; 502 ist für einen Befehl da, der erkannt, aber nicht implementiert wird.",
    },
    [501] = {
      description = "Der Server hat den Befehl erkannt, konnte seine Argumente aber nicht annehmen, weil sie fehlerhaft sind. Typische Fälle sind eine falsch geformte Adresse in MAIL FROM oder RCPT TO, Argumente zu einem Befehl, der keine erwartet, und eine ungültige Domain in EHLO oder HELO. Auch STARTTLS und AUTH verwenden ihn: für Parameter nach STARTTLS, für einen AUTH-Austausch, den der Client mit einem einzelnen Sternchen abgebrochen hat, und für Daten, die kein gültiges base64 sind.",
      when = "Häufige Auslöser sind ein Leerzeichen nach dem Doppelpunkt in MAIL FROM: oder RCPT TO:, eine Adresse ohne spitze Klammern, ein Unterstrich oder ein anderes ungültiges Zeichen in der EHLO-Domain und Client-Bibliotheken, die einen Anzeigenamen statt einer bloßen Adresse in den Envelope schreiben. Auch ein Client, der einen Authentifizierungsaustausch abbricht, erhält ihn.",
      fix = "Die genaue Befehlszeile prüfen: Adressen stehen in spitzen Klammern ohne Leerzeichen um den Doppelpunkt, und das Argument von EHLO muss ein gültiger Hostname oder ein Adressliteral sein. Die Daten oder die Client-Bibliothek korrigieren und den Befehl erneut senden; dieselbe Zeile zu wiederholen, scheitert auf dieselbe Weise.",
      use = "501 senden, wenn ein bekannter Befehl Argumente hat, die sich nicht parsen lassen, einschließlich syntaktisch ungültiger Adressen und jeglicher Argumente zu DATA, RSET oder QUIT.",
    },
    [502] = {
      description = "Der Server hat den Befehl erkannt, implementiert ihn aber nicht. RFC 5321 hält dies getrennt von 500, das für Befehle gedacht ist, die der Server gar nicht erkennt. Ein Server darf in seiner EHLO-Antwort keine Erweiterung ankündigen, deren Befehl er mit 502 beantworten würde.",
      when = "Clients begegnen ihm bei optionalen Befehlen, die viele Server abschalten, etwa VRFY, EXPN, HELP oder TURN, und bei EHLO an einen sehr alten Server, der nur HELO kennt. Er erscheint auch, wenn ein Client einen Erweiterungsbefehl sendet, ohne vorher die EHLO-Antwort zu prüfen.",
      fix = "Den Befehl auf diesem Server nicht wiederholen; der EHLO-Antwort entnehmen, was unterstützt wird, und einen anderen Weg wählen, zum Beispiel die normale Zustellung mit RCPT, statt eine Adresse mit VRFY zu prüfen. Erhält EHLO eine 502, stattdessen HELO senden. Administratoren, die den Befehl anbieten wollen, müssen ihn in der Serverkonfiguration aktivieren.",
      use = "502 für einen Befehl senden, der erkannt, aber bewusst nicht implementiert oder abgeschaltet ist, und die Erweiterung eines solchen Befehls nie in der EHLO-Antwort aufführen.",
    },
    [503] = {
      description = "Der Befehl ist gültig, kam aber an der falschen Stelle der Sitzung. Beispiele sind RCPT vor MAIL, DATA vor dem ersten angenommenen Empfänger, MAIL bei bereits offener Transaktion und AUTH während einer Mailtransaktion oder nach einem erfolgreichen AUTH.",
      when = "Typische Ursachen sind ein Client, der EHLO oder HELO übersprungen hat, per Pipelining gesendete Befehle nach einem bereits fehlgeschlagenen früheren Befehl oder ein Client, der mit DATA weitergemacht hat, nachdem jeder Empfänger abgelehnt worden war. Ein Server, der die Sitzung mit einer 554-Begrüßung abgelehnt hat, beantwortet spätere Befehle mit 503. Einige Anbieter verwenden 503 auch für einen Client, der sich nicht authentifiziert hat, wo 530 der klarere Code wäre.",
      fix = "Die Reihenfolge EHLO, optional STARTTLS und AUTH, MAIL, ein oder mehrere RCPT, dann DATA einhalten und jede Antwort prüfen, bevor es weitergeht. Nach einem fehlgeschlagenen MAIL oder einer Reihe abgelehnter RCPT-Befehle RSET senden und die Transaktion neu beginnen. Erwähnt der Antworttext die Authentifizierung, vor MAIL mit AUTH anmelden.",
      use = "503 senden, wenn ein bekannter Befehl außer der Reihe kommt, und die Sitzung in dem Zustand lassen, in dem sie vor diesem Befehl war.",
    },
    [504] = {
      description = "Der Befehl und seine Syntax sind in Ordnung, aber der Server unterstützt den angeforderten Parameter oder die Option nicht. Der häufigste Fall ist AUTH mit einem SASL-Mechanismus, den der Server nicht anbietet; auch VRFY, EXPN und HELP können ihn erhalten, wenn die angeforderte Variante nicht unterstützt wird.",
      when = "Meist unmittelbar nach AUTH mit einem Mechanismus aus alten Client-Einstellungen zu sehen, etwa CRAM-MD5 oder NTLM, den dieser Server in seiner EHLO-Antwort nicht aufführt. Ein standardkonformer Server sendet ihn auf EHLO oder HELO nur in seltenen Fällen.",
      fix = "Einen Mechanismus aus der AUTH-Zeile der EHLO-Antwort wählen und diese Antwort nach STARTTLS erneut lesen, weil sich die Liste oft ändert, sobald TLS aktiv ist. Bei anderen Befehlen den nicht unterstützten Parameter weglassen oder eine einfachere Form des Befehls verwenden.",
      use = "504 senden, wenn ein Befehl erkannt wird, der angeforderte Parameter, die Option oder der SASL-Mechanismus aber nicht; für unbekannte Parameter von MAIL FROM oder RCPT TO stattdessen 555 senden.",
    },
    [510] = {
      description = "Ein Code, den kein Standard definiert und den öffentliche Referenz- und Helpdesk-Seiten als ungültige E-Mail-Adresse aufführen. RFC 5321 reserviert den Bereich x1z für Informationsantworten, daher passt ein Adressfehler mit der Nummer 510 nicht in das Standardschema. Ein Client muss ihn wie jede andere 5xx-Antwort als dauerhaften Fehler behandeln, wie es RFC 5321 Abschnitt 4.2.1 verlangt.",
      when = "Echte Server senden ihn selten; er zeigt sich vor allem in Helpdesk-Artikeln oder in einem Bericht, der den erweiterten Code 5.1.0 ohne seine Punkte ausgibt. Vor jeder Reaktion auf die Nummer die unveränderte Antwort im Serverlog prüfen.",
      fix = "Die Empfängeradresse auf Tippfehler prüfen und sie auf einem anderen Weg beim Empfänger bestätigen lassen. Den Fehler als dauerhaft behandeln und dieselbe Adresse nicht unverändert erneut versuchen.",
      use = "510 nicht senden; eine ungültige Empfängeradresse mit 550 und einem erweiterten Code wie 5.1.1 melden.",
    },
    [511] = {
      description = "Ein Code, den kein Standard definiert und den öffentliche Referenzlisten ebenfalls als ungültige E-Mail-Adresse beschreiben. Seine Ziffern entsprechen dem registrierten erweiterten Code 5.1.1, ungültige Adresse des Zielpostfachs. Ein Client muss ihn wie jede andere 5xx-Antwort als dauerhaften Fehler behandeln, wie es RFC 5321 Abschnitt 4.2.1 verlangt.",
      when = "Echte Server senden ihn selten als Basiscode; ein Log oder Bounce mit 511 zeigt womöglich den erweiterten Code 5.1.1 ohne seine Punkte, meist aus einer 550-Antwort für ein unbekanntes Postfach.",
      fix = "Die Schreibweise der Empfängeradresse prüfen und sich vergewissern, dass das Postfach noch existiert. Dieselbe Adresse nicht erneut versuchen und sie aus Mailinglisten entfernen, wenn sie weiter fehlschlägt.",
      use = "511 nicht senden; ein unbekanntes Postfach mit 550 und 5.1.1 melden.",
    },
    [512] = {
      description = "Ein Code, den kein Standard definiert und den öffentliche Referenzen mit der Bedeutung aufführen, dass die Domain des Empfängers im DNS nicht gefunden wurde. Seine Ziffern entsprechen dem erweiterten Code 5.1.2, ungültige Adresse des Zielsystems. Ein Client muss ihn wie jede andere 5xx-Antwort als dauerhaften Fehler behandeln, wie es RFC 5321 Abschnitt 4.2.1 verlangt.",
      when = "Meist in Helpdesk-Listen und in Berichten zu sehen, die einen erweiterten Code ohne seine Punkte ausgeben, nach einem Tippfehler im Domainteil einer Adresse oder bei einer abgelaufenen Domain.",
      fix = "Die Schreibweise der Domain nach dem At-Zeichen prüfen und ihre MX-Einträge abfragen. Ist die Domain richtig, hat aber keine funktionierende Mailkonfiguration, kann nur der Administrator des Empfängers ihr DNS korrigieren.",
      use = "512 nicht senden; für eine unbekannte Zieldomain 550 mit 5.1.2 verwenden oder 556 mit 5.1.10, wenn die Domain einen Null-MX veröffentlicht.",
    },
    [513] = {
      description = "Ein Code, den kein Standard definiert und den öffentliche Referenzlisten als falschen Adresstyp oder fehlerhaft geformte Adresse beschreiben. Seine Ziffern entsprechen dem erweiterten Code 5.1.3, ungültige Syntax der Adresse des Zielpostfachs. Ein Client muss ihn wie jede andere 5xx-Antwort als dauerhaften Fehler behandeln, wie es RFC 5321 Abschnitt 4.2.1 verlangt.",
      when = "In diesen Listen mit Adressen verbunden, die ungültige Zeichen enthalten, denen ein Teil fehlt oder die ein Format haben, das das Mailsystem nicht annimmt, sowie mit Logs, die 5.1.3 ohne seine Punkte zeigen.",
      fix = "Die Syntax der Adresse prüfen, einschließlich At-Zeichen, Domain und verirrter Leerzeichen oder Anführungszeichen, und sie vor dem erneuten Senden korrigieren.",
      use = "513 nicht senden; eine fehlerhaft geformte Adresse mit 553 oder 501 und dem erweiterten Code 5.1.3 melden.",
    },
    [517] = {
      description = "Ein Code, den kein Standard definiert und der in Helpdesk-Listen als Fehler wegen ungültiger Adresse auftaucht. Seine Ziffern entsprechen dem erweiterten Code 5.1.7, der die Syntax der Absenderadresse betrifft. Ein Client muss ihn wie jede andere 5xx-Antwort als dauerhaften Fehler behandeln, wie es RFC 5321 Abschnitt 4.2.1 verlangt.",
      when = "Vor allem in Helpdesk-Artikeln und in Berichten zu sehen, die erweiterte Codes ohne Punkte ausgeben; echte Server senden ihn selten als Basiscode.",
      fix = "Beide Adressen prüfen: den im Client eingestellten Envelope-Absender ebenso wie den Empfänger, da der passende erweiterte Code 5.1.7 den Absender betrifft. Den Fehler als dauerhaft behandeln und nicht unverändert erneut versuchen.",
      use = "517 nicht senden; 553 oder 501 mit 5.1.7 für eine fehlerhaft geformte Absenderadresse verwenden und 550 mit 5.1.1 für einen ungültigen Empfänger.",
    },
    [520] = {
      description = "Eine Antwort, die nur in einem Internet-Draft definiert ist und den Client auffordert, die richtige QHLO-ID zu verwenden. QHLO gehört zur vorgeschlagenen QUICKSTART-Erweiterung, die die Zahl der Round Trips zu Beginn einer SMTP-Sitzung verringern sollte; der Draft wurde nie zum RFC.",
      when = "Im öffentlichen Internet praktisch nie, weil QUICKSTART den Draft-Status nie verlassen hat. Er findet sich vor allem in Tabellen zur Bounce-Auswertung, die jeden je vorgeschlagenen Code verzeichnen.",
      fix = "Als dauerhaften Fehler behandeln, wie es RFC 5321 Abschnitt 4.2.1 für jede 5xx-Antwort verlangt. Wer den Client kontrolliert, sollte QHLO nicht mehr verwenden und die Sitzung mit EHLO eröffnen.",
      use = "520 nur aus einer experimentellen Implementierung des QUICKSTART-Drafts senden; standardkonforme Server sollten ihn nicht senden.",
    },
    [521] = {
      description = "Der Host nimmt überhaupt keine Mail an und sagt das beim Verbindungsaufbau, statt die übliche 220-Begrüßung zu senden. RFC 7504 hat ihn 2015 standardisiert; zuerst erschien er im experimentellen RFC 1846. Er beschreibt den ganzen Host, keine Ablehnung, die sich gegen einen bestimmten Client, Absender oder eine bestimmte Nachricht richtet.",
      when = "Als Begrüßung einer Maschine zu sehen, die auf Port 25 nur lauscht, um Mail abzuweisen, oft ein Web- oder Anwendungsserver, der über den Adresseintrag einer Domain erreicht wird, oder ein Host, auf den ein MX-Eintrag irrtümlich zeigt. Die Antwort ist für diesen Host endgültig: Ein späterer Versuch erhält dieselbe Antwort.",
      fix = "Als dauerhafte Antwort dieses Hosts behandeln und ihn nicht weiter versuchen; nimmt kein anderer Host die Nachricht an, sie dem Absender als unzustellbar zurückgeben. Domaininhaber, die keine Mail empfangen, sollten einen Null-MX-Eintrag veröffentlichen, damit Absender gar nicht erst eine Verbindung aufbauen, und Inhaber, die Mail empfangen wollen, sollten ihre MX-Einträge auf einen echten Mailserver zeigen lassen.",
      use = "521 als Begrüßung eines Hosts senden, der unter keinen Umständen Mail annimmt; 554 senden, wenn nur bestimmte Clients oder Nachrichten abgelehnt werden.",
    },
    [523] = {
      description = "Der vom Client gewählte Authentifizierungsmechanismus kann erst verwendet werden, wenn eine Verschlüsselungsschicht wie TLS besteht. Der Code wird nur im IANA-Register der erweiterten Statuscodes genannt, als Basiscode zu 5.7.10 Encryption Needed; kein RFC definiert 523 als eigene Antwort. Einige öffentliche Codelisten bezeichnen 523 dagegen als Fehler wegen einer zu großen Nachricht, was dem Register widerspricht.",
      when = "Selten in echten Sitzungen: Server melden diesen Fall normalerweise mit 538 oder mit 530 und 5.7.0, wenn AUTH vor STARTTLS kommt. Zeigt ein Log 523 mit einer Beschwerde über die Größe im Text, folgt der Server der informellen Bedeutung; dann sind Text und erweiterter Code maßgeblich.",
      fix = "STARTTLS ausführen und sich innerhalb der verschlüsselten Sitzung erneut authentifizieren oder einen stärkeren Mechanismus wählen, der das Passwort nicht im Klartext sendet. Geht es im Antworttext stattdessen um die Nachrichtengröße, die Nachricht verkleinern.",
      use = "523 mit 5.7.10 nur senden, wenn der Server der Zuordnung im Register für einen ohne TLS angeforderten Klartextmechanismus folgt; 538 mit 5.7.11 ist die bekanntere Wahl.",
    },
    [524] = {
      description = "Der vom Client angeforderte Authentifizierungsmechanismus darf nur über eine verschlüsselte Verbindung verwendet werden. Der Code erscheint nur im IANA-Register der erweiterten Statuscodes, neben 538, als zugehöriger Basiscode von 5.7.11; kein RFC definiert 524 als eigene Antwort.",
      when = "In echten Sitzungen selten zu sehen, weil Server diesen Zustand mit 538 melden, wie RFC 4954 es beschreibt. Das Register selbst merkt an, dass moderne Server solche Mechanismen nicht anbieten sollten, bevor die Verschlüsselung aktiv ist.",
      fix = "STARTTLS senden, die neue EHLO-Antwort lesen und sich über die verschlüsselte Sitzung authentifizieren. Client-Einstellungen, die sich vor TLS zu authentifizieren versuchen, so ändern, dass TLS immer zuerst kommt.",
      use = "Für diese Situation 538 mit 5.7.11 vorziehen und 524 nur an eine Gegenstelle senden, von der bekannt ist, dass sie ihn erwartet.",
    },
    [525] = {
      description = "Die Anmeldedaten wurden akzeptiert, aber das Konto wurde von seinem Administrator deaktiviert. Der Code wird nur im IANA-Register der erweiterten Statuscodes genannt, als Basiscode zu 5.7.13 User Account Disabled; kein RFC definiert 525 als eigene Antwort. Anders als 535 sagt er dem Client, dass eine erneute Eingabe des Passworts nicht hilft.",
      when = "Nach AUTH auf einem Submission-Server zu sehen, wenn ein Konto gesperrt wurde, etwa wegen unbezahlter Leistungen, Missbrauchs oder eines vermuteten Einbruchs. Viele Server melden denselben Fall mit 535 oder einem anderen 5xx-Code plus 5.7.13, daher ist der erweiterte Code das verlässlichere Signal.",
      fix = "Der Benutzer muss sich an den Mailanbieter oder Administrator wenden, damit das Konto wieder aktiviert wird; das Passwort im Client zu ändern, behebt es nicht. Clients sollten den Text des Servers anzeigen statt einer Passwortabfrage, und Skripte sollten keine weiteren Versuche mit diesem Konto unternehmen.",
      use = "525 mit 5.7.13 nach einer erfolgreichen Authentifizierung bei einem Konto senden, das administrativ deaktiviert wurde.",
    },
    [530] = {
      description = "Der Server führt den Befehl erst aus, wenn sich der Client mit AUTH authentifiziert hat oder, bei Servern, die TLS verlangen, wenn der Client STARTTLS gesendet hat. RFC 4954 definiert ihn mit 5.7.0 für fehlende Authentifizierung, RFC 3207 verwendet ihn, um zuerst STARTTLS zu verlangen, und RFC 2645 für ATRN von einem nicht authentifizierten Client. Ältere Referenzlisten nennen 530 „Zugriff verweigert“, eine informelle Verwendung von Herstellern, die älter ist als diese RFCs.",
      when = "Typisch für Submission-Server auf Port 587 und für Relays, die nur Mail von angemeldeten Benutzern annehmen, als Antwort auf MAIL, RCPT oder DATA. Ein Client ohne eingestelltes Passwort oder einer, der auf einem Server mit TLS-Pflicht STARTTLS übersprungen hat, erhält ihn beim ersten Mailbefehl.",
      fix = "Im Client die SMTP-Authentifizierung mit gültigen Anmeldedaten aktivieren und STARTTLS einschalten, wenn der Antworttext es verlangt. Skripte sollten vor MAIL FROM nacheinander EHLO, STARTTLS, erneut EHLO und AUTH ausführen und prüfen, dass die Anmeldung 235 ergeben hat.",
      use = "530 auf jeden Befehl außer AUTH, EHLO, HELO, NOOP, RSET oder QUIT senden, wenn die Richtlinie Authentifizierung verlangt, oder auf jeden Befehl außer NOOP, EHLO, STARTTLS oder QUIT, wenn die Richtlinie zuerst TLS verlangt.",
    },
    [533] = {
      description = "Der Absender ist nicht berechtigt, an dieses Ziel zu senden. Der Code erscheint nur im IANA-Register der erweiterten Statuscodes, unter den Basiscodes zu 5.7.1 Delivery not authorized, message refused; kein RFC definiert 533 als eigene Antwort. Exim hat 533 verwendet, um internationalisierte Postfachnamen abzulehnen, eine Bedeutung, die mit dem Registereintrag nichts zu tun hat.",
      when = "In der Praxis selten, da Ablehnungen durch Richtlinien fast immer als 550 mit 5.7.1 kommen. Taucht 533 doch auf, den Antworttext lesen, denn es kann die Exim-Verwendung für eine Nicht-ASCII-Adresse sein und keine Blockierung durch eine Richtlinie.",
      fix = "Als dauerhafte Ablehnung behandeln und anhand von Text und erweitertem Code ermitteln, welche Richtlinie greift. Bei einer Blockierung durch eine Richtlinie den Administrator des Empfängers kontaktieren oder die Konfiguration der Absenderseite korrigieren; bei einer Nicht-ASCII-Adresse eine ASCII-Adresse verwenden oder einen Weg über Server, die SMTPUTF8 unterstützen.",
      use = "Für eine Ablehnung durch eine Richtlinie 550 mit 5.7.1 vorziehen, weil 533 über seinen Registereintrag hinaus keine standardisierte Bedeutung hat.",
    },
    [534] = {
      description = "Der Server lehnt den vom Client gewählten SASL-Mechanismus ab, weil er schwächer ist, als die Richtlinie für diesen Benutzer erlaubt. RFC 4954 definiert ihn mit dem erweiterten Code 5.7.9, und vom Client wird erwartet, dass er einen stärkeren Mechanismus versucht.",
      when = "Nach AUTH mit PLAIN, LOGIN oder CRAM-MD5 auf Servern zu sehen, die für einige Konten stärkere Verfahren verlangen. Einige große Anbieter senden ihn, wenn ein Konto statt des normalen Passworts ein App-Passwort oder eine Anmeldung per OAuth braucht.",
      fix = "Einen stärkeren Mechanismus aus der AUTH-Liste der EHLO-Antwort wählen oder den Anweisungen des Anbieters folgen, was meist bedeutet, ein App-Passwort anzulegen oder den Client auf OAuth umzustellen. Derselbe Mechanismus scheitert beim nächsten Versuch auf dieselbe Weise.",
      use = "534 als Antwort auf AUTH senden, wenn der angeforderte Mechanismus unterstützt wird, nach der eigenen Richtlinie für diesen Benutzer aber zu schwach ist.",
    },
    [535] = {
      description = "Die Authentifizierung ist fehlgeschlagen, weil Benutzername, Passwort oder andere Anmeldedaten falsch oder unzureichend waren. RFC 4954 definiert ihn als normale Antwort auf einen fehlgeschlagenen AUTH-Austausch, mit dem erweiterten Code 5.7.8.",
      when = "Meist ein vertipptes oder geändertes Passwort, ein Benutzername in falscher Form, etwa ohne Domain, oder ein Konto, das ein App-Passwort braucht. Eine lange Reihe von 535-Antworten an eine Client-Adresse ist außerdem ein typisches Zeichen für das Erraten von Passwörtern, und viele Server sperren diese Adresse dann.",
      fix = "Format des Benutzernamens und Passwort in den Client-Einstellungen prüfen und aktualisieren; ein Mailclient sollte den Benutzer erneut fragen, statt in einer Schleife zu wiederholen. Skripte dürfen es nicht mit denselben Anmeldedaten erneut versuchen, weil wiederholte Fehlschläge zur Sperrung des Kontos oder der IP-Adresse führen können.",
      use = "535 senden, wenn der AUTH-Austausch abgeschlossen ist, die Anmeldedaten aber abgelehnt werden, sofern kein spezifischerer Code wie 534, 538 oder 454 passt.",
    },
    [538] = {
      description = "Der vom Client gewählte Authentifizierungsmechanismus darf erst verwendet werden, wenn die Verbindung verschlüsselt ist. RFC 4954 definiert ihn mit 5.7.11; das IANA-Register bezeichnet ihn als überwiegend historisch, da Server solche Mechanismen nicht anbieten sollten, bevor die Verschlüsselung aktiv ist.",
      when = "Zu sehen, wenn ein Client AUTH PLAIN oder AUTH LOGIN über eine unverschlüsselte Verbindung sendet, meist weil STARTTLS im Client abgeschaltet ist oder der Client sich mit dem falschen Port verbunden hat.",
      fix = "STARTTLS im Client aktivieren oder implizites TLS auf Port 465 verwenden und sich erst nach dem TLS-Handshake und einem neuen EHLO authentifizieren. Administratoren sollten Passwortmechanismen erst nach TLS ankündigen, damit Clients sie nicht zu früh versuchen.",
      use = "538 als Antwort auf AUTH senden, wenn der angeforderte Mechanismus eine verschlüsselte Verbindung braucht, die noch nicht besteht.",
    },
    [540] = {
      description = "Ein Code, den kein Standard definiert; öffentliche Codelisten schreiben ihn einem einzigen Anbieter zu, Rambler, und beschreiben ihn als Ablehnung, weil das Empfängerkonto inaktiv oder gesperrt ist oder weil der Absender blockiert ist. Andere Listen geben ihm andere Bedeutungen, daher zählt der Antworttext mehr als die Nummer. Ein Client muss ihn wie jede andere 5xx-Antwort als dauerhaften Fehler behandeln, wie es RFC 5321 Abschnitt 4.2.1 verlangt.",
      when = "Vor allem in Bounces des Anbieters zu erwarten, der ihn verwendet; der Antworttext sagt, welcher der möglichen Gründe zutrifft.",
      fix = "Den Antworttext lesen: Ist das Empfängerkonto inaktiv, den Empfänger auf anderem Weg erreichen; sind die eigene Domain oder IP-Adresse blockiert, Authentifizierung und Reputation prüfen und den Postmaster des Anbieters kontaktieren.",
      use = "540 nicht senden; 550 mit 5.2.1 für ein deaktiviertes Postfach verwenden oder mit einem erweiterten Code 5.7.x für einen blockierten Absender.",
    },
    [541] = {
      description = "Ein Code, den kein Standard definiert und den öffentliche Listen so beschreiben, dass die Empfängeradresse die Nachricht abgelehnt hat, meist durch einen Anti-Spam-Filter. Ein Client muss ihn wie jede andere 5xx-Antwort als dauerhaften Fehler behandeln, wie es RFC 5321 Abschnitt 4.2.1 verlangt.",
      when = "Die Listen bringen ihn mit Spam- oder Inhaltsfilterung auf der Empfängerseite in Verbindung; er folgt also meist auf eine Nachricht, die wie Massenmail oder unerwünschte Mail aussah.",
      fix = "Inhalt, Links und Anhänge der Nachricht überprüfen, SPF, DKIM und DMARC der sendenden Domain kontrollieren und die sendende IP-Adresse in Blocklists nachschlagen. Ist die Mail erwünscht, den Empfänger bitten, den Absender auf seine Allowlist zu setzen.",
      use = "541 nicht senden; gefilterte Inhalte mit 550 oder 554 und dem erweiterten Code 5.7.1 ablehnen.",
    },
    [550] = {
      description = "Die angeforderte Aktion wurde dauerhaft abgelehnt, weil das Postfach nicht verwendet werden kann: Es existiert nicht, der Client hat keinen Zugriff darauf, oder eine lokale Richtlinie lehnt den Befehl ab. Er ist die allgemeine dauerhafte Ablehnung von SMTP, daher tragen der erweiterte Code und der Text den eigentlichen Grund.",
      when = "Am häufigsten als Antwort auf RCPT TO für einen unbekannten Benutzer (5.1.1) oder bei einem Relay-Versuch über einen Server, der für diesen Client nicht weiterreicht. Er ist auch der übliche Code für Ablehnungen durch Richtlinien, etwa bei einer IP-Adresse auf einer Blocklist, fehlgeschlagenen SPF- oder DMARC-Prüfungen (5.7.1, 5.7.23, 5.7.26) oder einer Absenderdomain mit Null-MX (5.7.27). Nach dem abschließenden Punkt von DATA lehnt er die ganze Nachricht ab, wodurch verborgen bleibt, welche Empfänger das Problem waren.",
      fix = "Zuerst den erweiterten Code und den Text lesen: Bei 5.1.1 die Adresse korrigieren oder entfernen, bei 5.7.x SPF, DKIM, DMARC oder Reverse-DNS des Absenders korrigieren oder die Entfernung von der Blocklist beantragen. Dieselbe Nachricht nicht unverändert erneut senden. Ist sich der Absender sicher, dass die Adresse gültig ist, den Empfänger auf einem anderen Weg kontaktieren.",
      use = "550 für ein Postfach senden, das nicht existiert, für verweigertes Relaying oder für eine dauerhafte Ablehnung eines Befehls durch eine Richtlinie; 450 senden, wenn der Zustand vorübergehend ist.",
    },
    [551] = {
      description = "Der Empfänger ist auf diesem Server nicht lokal, und der Server wird die Nachricht nicht weiterleiten; der Antworttext nennt den Forward-Path, den der Client stattdessen versuchen sollte. Er ist das ablehnende Gegenstück zu 251, und die Adresse im Text ist dafür gedacht, von Programmen gelesen zu werden.",
      when = "Im heutigen Internet selten, weil Adressänderungen meist durch stillschweigende Weiterleitung erledigt werden oder durch eine einfache 550, wenn die neue Adresse nicht bekannt werden soll. Einige Server verwenden 551 mit 5.7.1 auch, um das Weiterreichen an entfernte Hosts abzulehnen.",
      fix = "Nennt der Text eine neue Adresse, kann der Absender die Nachricht dorthin erneut senden, nachdem er geprüft hat, dass sie echt ist; ein Client darf nicht annehmen, dass die Aktualisierung von selbst geschieht. Ist keine Adresse angegeben, wie 550 behandeln und die Empfängeradresse prüfen.",
      use = "551 auf RCPT oder VRFY nur senden, wenn der richtige Forward-Path des Empfängers bekannt ist, nicht dorthin weitergereicht wird und er offengelegt werden darf.",
    },
    [552] = {
      description = "Die Aktion wurde abgebrochen, weil ein Speicherlimit überschritten wurde: Das Postfach des Empfängers ist voll, oder die Nachricht ist größer, als Server oder Postfach erlauben. Mit der SIZE-Erweiterung lehnt er auch eine Nachricht ab, deren angekündigte oder tatsächliche Größe über dem festen Maximum des Servers liegt.",
      when = "Nach RCPT TO bei einem vollen Postfach zu sehen (5.2.2), als Antwort auf MAIL FROM, wenn der SIZE-Parameter über dem angekündigten Limit liegt, und nach dem abschließenden Punkt, wenn sich die Nachricht als zu groß erweist (5.3.4, 5.2.3). Alte Server senden 552 auch bei zu vielen Empfängern, ein von RFC 821 geerbter Fehler; RFC 5321 sagt, dass Clients diesen Fall wie die vorübergehende 452 behandeln sollten.",
      fix = "Bei einer zu großen Nachricht Anhänge verkleinern oder entfernen oder sie per Link teilen und die Größe vor dem Senden mit dem SIZE-Wert der EHLO-Antwort vergleichen. Bei einem vollen Postfach kann nur der Empfänger Platz schaffen; der Absender kann es also nur später erneut versuchen. Clients, die nach vielen RCPT-Befehlen 552 erhalten, sollten die übrigen Empfänger in einer späteren Transaktion senden.",
      use = "552 senden, wenn eine Nachricht ein festes Größenlimit oder ein Postfachkontingent überschreitet; 452 für einen vorübergehenden Speichermangel oder bei zu vielen Empfängern senden.",
    },
    [553] = {
      description = "Die Aktion wurde abgelehnt, weil der Postfachname nicht zulässig ist, meist weil die Syntax der Adresse falsch ist oder der Name auf diesem System nicht erlaubt ist. Unter SMTPUTF8 bedeutet er außerdem, dass eine Nicht-ASCII-Adresse für diesen Absender oder Empfänger nicht gestattet ist (5.6.7). Als Antwort auf VRFY kann er einen mehrdeutigen Namen melden, der auf mehrere Postfächer passt.",
      when = "Typisch für Adressen in MAIL FROM oder RCPT TO mit ungültigen Zeichen oder fehlender Domain und für eine MAIL-FROM-Adresse, die der authentifizierte Benutzer auf einem Submission-Server nicht verwenden darf. Er erscheint auch, wenn ein Client eine internationalisierte Adresse an einen Server sendet, der sie nicht unterstützt.",
      fix = "Die Adresse auf Tippfehler, fehlende Teile und verirrte Zeichen prüfen und sicherstellen, dass das Konto den Envelope-Absender verwenden darf. Bei Nicht-ASCII-Adressen die ASCII-Alternative verwenden oder die Nachricht über Server leiten, die SMTPUTF8 ankündigen.",
      use = "553 senden, wenn eine Adresse in MAIL, RCPT oder VRFY syntaktisch unzulässig oder dem Namen nach nicht erlaubt ist; 550 senden, wenn ein korrekt geformtes Postfach einfach nicht existiert.",
    },
    [554] = {
      description = "Die Transaktion ist dauerhaft fehlgeschlagen, und der Server nennt keinen spezifischeren Code. Als Begrüßung beim Verbindungsaufbau bedeutet er, dass es hier für diesen Client keinen SMTP-Dienst gibt; als Antwort auf DATA kann er bedeuten, dass kein gültiger Empfänger angenommen wurde; nach dem abschließenden Punkt lehnt er die Nachricht als Ganzes ab.",
      when = "Häufig als Begrüßung eines Servers, der die IP-Adresse des Clients blockiert, und nach dem abschließenden Punkt, wenn ein Inhaltsfilter eine Nachricht als Spam oder Schadsoftware ablehnt, oft mit 5.7.1. Er meldet auch eine Nachricht, die der Server nicht konvertieren kann (5.6.3), oder eine, die für das System zu groß ist (5.3.4).",
      fix = "Text und erweiterten Code lesen: Bei einer blockierten IP-Adresse Blocklists und Reverse-DNS prüfen und den Postmaster der Empfängerseite kontaktieren; bei abgelehntem Inhalt herausfinden und beheben, woran der Filter Anstoß genommen hat. Nach einer 554-Begrüßung QUIT senden und diesen Host nicht unverändert erneut versuchen, da er jeden anderen Befehl mit 503 beantwortet.",
      use = "554 als Begrüßung senden, um einen Client von vornherein abzuweisen, als Antwort auf DATA, wenn kein Empfänger angenommen wurde, oder nach dem abschließenden Punkt, um eine Nachricht abzulehnen, die nicht zugestellt wird.",
    },
    [555] = {
      description = "Der Server erkennt einen oder mehrere Parameter von MAIL FROM oder RCPT TO nicht oder kann sie nicht umsetzen. Diese Parameter gehören zu Erweiterungen wie SIZE, BODY, SMTPUTF8 oder DSN; 555 ist die dauerhafte Antwort, 455 dagegen gilt für einen Parameter, den der Server gerade nicht berücksichtigen kann.",
      when = "Meist ein Client, der einen Erweiterungsparameter anhängt, ohne zu prüfen, ob der Server die Erweiterung in seiner EHLO-Antwort angekündigt hat, oder der auf HELO zurückgefallen ist und trotzdem ESMTP-Parameter verwendet. Proxys, die die EHLO-Antwort umschreiben, können dieselbe Unstimmigkeit verursachen.",
      fix = "Nur Parameter von Erweiterungen senden, die in der EHLO-Antwort aufgeführt sind, und nach dem Rückfall auf HELO gar keine. Den Client korrigieren und den Befehl ohne den nicht unterstützten Parameter erneut senden.",
      use = "555 senden, wenn MAIL FROM oder RCPT TO einen Parameter trägt, der nicht erkannt oder nicht unterstützt wird, und der RFC des Parameters keinen anderen Code nennt.",
    },
    [556] = {
      description = "Die Domain des Empfängers nimmt überhaupt keine Mail an, daher kann an keine ihrer Adressen etwas zugestellt werden. RFC 7504 hat den Code definiert, und RFC 7505 schreibt einem Submission-Server oder Relay vor, ihn mit 5.1.10 zu verwenden, wenn die Empfängerdomain einen Null-MX-Eintrag veröffentlicht.",
      when = "Vom eigenen Submission-Server oder einem zwischengeschalteten Relay nach RCPT TO zu sehen, sobald dieser die Empfängerdomain nachgeschlagen und einen Null-MX gefunden hat. Übliche Ursachen sind ein Tippfehler im Domainteil oder eine Domain, die nur für eine Website existiert.",
      fix = "Den Domainteil der Adresse prüfen; ist er korrekt, nimmt die Domain keine Mail an, und der Empfänger muss eine andere Adresse angeben. Domaininhaber, die Mail empfangen wollen, müssen den Null-MX durch echte MX-Einträge ersetzen.",
      use = "556 mit 5.1.10 senden, wenn ein Empfänger abgelehnt wird, weil seine Domain einen Null-MX veröffentlicht oder auf andere Weise erklärt, dass sie keine Mail annimmt.",
    },
    [557] = {
      description = "Ein Code, der in einem Internet-Draft für eine SMTP-Erweiterung zur Adressabfrage vorgeschlagen wurde, die nie zum RFC wurde. Kein Standard gibt 557 eine Bedeutung, und die Referenzlisten, die ihn enthalten, berufen sich nur auf diesen Draft.",
      when = "In echten Sitzungen praktisch nie; er erscheint vor allem in Bibliotheken zur Bounce-Auswertung und in Codelisten, die jeden je vorgeschlagenen Code verzeichnen.",
      fix = "Nach seiner ersten Ziffer als dauerhaften Fehler behandeln, wie es RFC 5321 Abschnitt 4.2.1 verlangt, und den Antworttext nach dem eigentlichen Grund lesen. Sendet ihn ein Produktivserver, dies dem Administrator dieses Servers melden.",
      use = "557 nicht von einem standardkonformen Server senden, da ihn nur ein unveröffentlichter Draft erwähnt.",
    },
  },
  enhanced = {
    ["0.0"] = {
      name = "Sonstiger oder undefinierter Status",
      description = "Der erweiterte Auffangcode: Er trägt nur die Klasse und sagt nichts über die Ursache. 2.0.0 meldet Erfolg, 4.0.0 einen vorübergehenden und 5.0.0 einen dauerhaften Fehler.",
      when = "Sehr häufig: Viele Server hängen 2.0.0 an Routineantworten wie die auf QUIT, RSET oder den abschließenden Punkt von DATA an und 4.0.0 oder 5.0.0 an Fehler, die sie nicht einordnen. Der Antworttext ist dann der einzige Hinweis auf die eigentliche Ursache.",
      fix = "Antworttext und Serverlogs lesen, denn der Code selbst nennt keine Ursache. 4.0.0 erneut versuchen; bei 5.0.0 sollte eine Bounce-Verarbeitung den Fehler anhand des Textes einordnen, statt eine ungültige Adresse anzunehmen.",
    },
    ["1.0"] = {
      name = "Sonstiger Adressstatus",
      description = "Eine Adresse im Envelope, Absender oder Empfänger, ist der Grund für diesen Status, aber kein spezifischerer Adresscode trifft zu. Mit Klasse 2 bestätigt er einfach, dass eine Adresse angenommen wurde.",
      when = "2.1.0 ist bei Postfix und Sendmail die übliche Antwort auf ein angenommenes MAIL FROM. 4.1.0 und 5.1.0 erscheinen, wenn ein Server eine Absender- oder Empfängeradresse aus einem Grund ablehnt, den er nicht einordnet, oft wegen einer lokalen Lookup-Tabelle oder einer Regel zum Umschreiben von Adressen.",
      fix = "Bei 4.1.0 oder 5.1.0 dem Antworttext entnehmen, welche Adresse abgelehnt wurde und warum, und sie dann korrigieren oder beim Administrator der Empfängerseite nachfragen. 5.1.0 ist kein Beweis dafür, dass ein Postfach nicht existiert; das sagt 5.1.1.",
    },
    ["1.1"] = {
      name = "Ungültige Adresse des Zielpostfachs",
      description = "Das Empfängerpostfach existiert am Ziel nicht: Die Domain stimmt, aber der lokale Teil vor dem „@“ ist dort unbekannt. Es ist der Standardcode für einen Hard Bounce wegen eines unbekannten Benutzers.",
      when = "Meist 550 5.1.1 als Antwort auf RCPT TO oder in einem Bounce-Bericht, nach einem Tippfehler, einem gelöschten Konto oder einem veralteten Listeneintrag. 4.1.1 kommt von Servern, die den Benutzer vorübergehend nicht bestätigen können, etwa von einem Backup-MX, der das Benutzerverzeichnis nicht erreicht.",
      fix = "Die Adresse auf Tippfehler prüfen und sie auf einem anderen Weg beim Empfänger bestätigen lassen. Eine Bounce-Verarbeitung sollte die Adresse nach 5.1.1 auf die Sperrliste setzen, weil wiederholte Sendungen an unbekannte Benutzer der Reputation des Absenders schaden; 4.1.1 wird der Warteschlange für erneute Versuche überlassen.",
    },
    ["1.2"] = {
      name = "Ungültige Adresse des Zielsystems",
      description = "Der Domainteil der Empfängeradresse nach dem „@“ existiert nicht oder kann keine Mail empfangen. Das Postfach wurde nie erreicht, weil schon das Zielsystem unbrauchbar ist.",
      when = "Zu sehen, wenn die Empfängerdomain falsch geschrieben, abgelaufen oder ohne DNS-Einträge ist und wenn ein Relay eine Domain ablehnt, die es nicht bedient. Einige Server antworten mit 4.1.2, wenn die Abfrage der Domain auf eine Weise fehlgeschlagen ist, die sich auflösen kann, und mit 5.1.2, sobald feststeht, dass die Domain nicht existiert.",
      fix = "Die Schreibweise der Domain prüfen und ob sie MX- oder Adresseinträge veröffentlicht (etwa mit dig MX für die Domain). Die Adresse entfernen, wenn die Domain wirklich nicht mehr existiert; eine 4.1.2 der Warteschlange für erneute Versuche überlassen.",
    },
    ["1.3"] = {
      name = "Ungültige Syntax der Adresse des Zielpostfachs",
      description = "Die Empfängeradresse ist fehlerhaft geformt, sodass der Server sie überhaupt nicht als Postfach parsen konnte. Das Problem ist die Form der Adresse, nicht die Frage, ob das Postfach existiert.",
      when = "Typischerweise 501 5.1.3 als Antwort auf RCPT TO, bei Adressen mit Leerzeichen, fehlenden spitzen Klammern, zwei „@“-Zeichen oder anderen unzulässigen Zeichen oder bei Nicht-ASCII-Adressen an einen Server ohne SMTPUTF8. Von Skripten und Webformularen ohne korrektes Quoting erzeugte Adressen sind eine häufige Quelle.",
      fix = "Die Adresse korrigieren oder den Code, der den RCPT-TO-Befehl erzeugt, sodass er ein gültiges Postfach in spitzen Klammern sendet, wie es RFC 5321 verlangt. Dieselbe Adresse erneut zu senden, scheitert wieder; ein Listenverwalter sollte sie daher zur Korrektur markieren, statt es erneut zu versuchen.",
    },
    ["1.4"] = {
      name = "Adresse des Zielpostfachs mehrdeutig",
      description = "Die Empfängeradresse passte am Ziel auf mehr als ein Postfach, sodass der Server nicht entscheiden konnte, wohin er zustellen soll. Der Code kommt von Systemen, die Adressen per Name oder unscharfer Suche Benutzern zuordnen.",
      when = "Im öffentlichen Internet selten; meist bei Gateways und verzeichnisbasierten Mailsystemen zu sehen, die den Namen einer Person als Adresse akzeptieren und mehrere passende Personen finden.",
      fix = "Eine spezifischere Adresse verwenden, etwa den genauen Postfachnamen statt eines Namens oder Alias. Der Administrator der Empfängerseite kann die doppelten Verzeichniseinträge bereinigen.",
    },
    ["1.5"] = {
      name = "Zieladresse gültig",
      description = "Eine Erfolgsmeldung: Die Empfängeradresse wurde geprüft und angenommen. Sie bestätigt die Adresse, noch nicht die endgültige Zustellung der Nachricht.",
      when = "Routine als 250 2.1.5 auf RCPT TO bei Postfix, Sendmail und Microsoft Exchange sowie in positiven Zustellstatusbenachrichtigungen.",
      fix = "Es gibt nichts zu beheben. Die Annahme bei RCPT TO garantiert keine Zustellung: Die Nachricht kann nach DATA noch abgelehnt werden oder später von einem Server weiter hinten auf dem Weg als Bounce zurückkommen.",
    },
    ["1.6"] = {
      name = "Zielpostfach umgezogen, keine Weiterleitungsadresse",
      description = "Die Empfängeradresse war früher gültig, nimmt aber keine Mail mehr an, und der Server bietet keine neue Adresse an. Der Code kennzeichnet ein Konto, das absichtlich geschlossen oder stillgelegt wurde.",
      when = "Zu sehen, nachdem eine Person eine Organisation verlassen hat oder ein Konto außer Betrieb genommen wurde, typischerweise als 550 5.1.6. Ein Server, der die neue Adresse kennt, sendet stattdessen 551 mit der neuen Adresse im Text.",
      fix = "Die Adresse aus Listen entfernen und den Empfänger auf einem anderen Weg nach einer neuen Adresse fragen. Eine Bounce-Verarbeitung sollte 5.1.6 wie 5.1.1 als Hard Bounce behandeln.",
    },
    ["1.7"] = {
      name = "Ungültige Syntax der Absenderadresse",
      description = "Die in MAIL FROM angegebene Absenderadresse ist fehlerhaft geformt. Das Problem liegt im Rückweg (Return-Path), nicht bei einem Empfänger.",
      when = "Meist als Antwort auf MAIL FROM, mit 501 oder 553, wenn eine Anwendung eine Adresse ohne spitze Klammern, mit Anzeigenamen, ohne Domain oder mit Zeichen sendet, die der Server nicht annimmt.",
      fix = "Den Envelope-Absender korrigieren, den die Anwendung oder das Relay sendet: eine vollständige Adresse in spitzen Klammern oder <> für Bounces. Jeder Empfänger scheitert auf dieselbe Weise; zu korrigieren ist also die Konfiguration des Absenders, Empfänger zu streichen ist kein Ausweg.",
    },
    ["1.8"] = {
      name = "Ungültige Adresse des Absendersystems",
      description = "Die Domain der Absenderadresse existiert nicht oder kann keine Mail empfangen; der Empfängerserver lehnt die Nachricht daher ab, weil jeder Bounce unzustellbar wäre. Er betrifft den Domainteil von MAIL FROM.",
      when = "Als Antwort auf MAIL FROM gesendet, oder bei RCPT TO von Servern, die den Absender spät prüfen, wenn die Absenderdomain keine DNS-Einträge hat. 4.1.8 bedeutet, dass die Abfrage der Absenderdomain vorübergehend fehlgeschlagen ist; 5.1.8 bedeutet, dass die Domain nachweislich nicht existiert.",
      fix = "Von einer Domain senden, die im DNS auflösbar ist und Mail empfangen kann, mit funktionierenden MX- oder Adresseinträgen. Ist die Domain korrekt, ihre DNS-Delegierung prüfen; eine 4.1.8 wird erneut versucht und löst sich oft von selbst.",
    },
    ["1.9"] = {
      name = "Nachricht an nicht konformes Mailsystem weitergereicht",
      description = "Ein Status der Nachrichtenverfolgung: Die Empfängeradresse war gültig, und die Nachricht wurde an ein System übergeben, das keine Nachrichtenverfolgung unterstützt, sodass kein weiterer Status gemeldet werden kann. Er markiert, wo die Spur endet, keinen Fehler.",
      when = "In Antworten auf Anfragen zur Nachrichtenverfolgung (die MTRK-Erweiterung) und in daraus erstellten Berichten zu sehen, selten in gewöhnlichen SMTP-Antworten. Er bedeutet, dass die Nachricht den Teil ihres Wegs verlassen hat, der die Verfolgung unterstützt.",
      fix = "Mit der Nachricht ist alles in Ordnung. Wer mehr wissen will, fragt den Administrator des nächsten Systems auf dem Weg oder wartet auf eine Zustellstatusbenachrichtigung oder eine Antwort des Empfängers.",
    },
    ["1.10"] = {
      name = "Empfängeradresse hat Null-MX",
      description = "Die Empfängerdomain veröffentlicht einen Null-MX-Eintrag, einen einzelnen MX mit Präferenz 0, der auf „.“ zeigt und erklärt, dass die Domain überhaupt keine Mail annimmt. Die Zustellung ist nach dem Willen des Domaininhabers unmöglich.",
      when = "Als 556 5.1.10 von einem Submission- oder Relay-Server zu sehen, der die Empfängerdomain vor dem Zustellversuch nachgeschlagen hat, meist bei geparkten Domains, Tippfehler-Domains oder Domains, die nur eine Website bedienen.",
      fix = "Die Adresse prüfen: Die Domain ist fast immer falsch oder war nie zum Mailempfang gedacht. Nicht erneut versuchen; die Domain korrigieren oder den Empfänger auf anderem Weg erreichen.",
    },
    ["2.0"] = {
      name = "Sonstiger oder undefinierter Postfachstatus",
      description = "Das Postfach existiert, aber etwas daran verhindert die Zustellung, und kein spezifischerer Postfachcode trifft zu. Die Ursache liegt beim Postfach des Empfängers, nicht bei der Adresse oder dem ganzen Server.",
      when = "Für Postfachprobleme verwendet, die ein Server nicht einordnet, etwa ein gesperrtes Postfach oder eine fehlgeschlagene lokale Zustellung für einen Benutzer. 450 4.2.0 ist außerdem die übliche Greylisting-Antwort von postgrey.",
      fix = "Den Antworttext nach der eigentlichen Ursache lesen. 4.2.0 der Warteschlange für erneute Versuche überlassen, was Greylisting-Server erwarten; bei 5.2.0 den Empfänger oder seinen Administrator kontaktieren, da sich jemand auf seiner Seite um das Postfach kümmern muss.",
    },
    ["2.1"] = {
      name = "Postfach deaktiviert, nimmt keine Nachrichten an",
      description = "Das Postfach existiert, nimmt aber derzeit keine Mail an, weil das Konto gesperrt, deaktiviert oder blockiert ist. Ob es wieder aktiv wird, entscheidet die Empfängerseite.",
      when = "Bei gesperrten oder unbezahlten Konten, nach Missbrauch gesperrten Konten und Postfächern zu sehen, die nach langer Inaktivität deaktiviert wurden. Server senden 4.2.1, wenn die Sperre voraussichtlich aufgehoben wird, und 5.2.1, wenn sie dauerhaft sein soll.",
      fix = "Nur der Inhaber des Postfachs oder sein Administrator kann das Postfach wieder aktivieren; der Empfänger ist also auf anderem Weg zu erreichen. Eine Bounce-Verarbeitung sollte 4.2.1 erneut versuchen und wiederholte 5.2.1 als Zeichen werten, dass die Adresse aufgegeben wurde.",
    },
    ["2.2"] = {
      name = "Postfach voll",
      description = "Das Postfach des Empfängers hat sein Speicherkontingent erreicht, sodass keine weiteren Nachrichten hineinpassen, bis der Inhaber welche löscht. Das Problem ist dieses eine Postfach, nicht der ganze Server.",
      when = "Häufig bei aufgegebenen Konten, die weiter Mail erhalten, und bei Benutzern mit kleinem Kontingent. 4.2.2 bittet den Absender, es später erneut zu versuchen; 5.2.2, oft mit 552, bedeutet, dass die Empfängerseite diese Nachricht endgültig ablehnt, auch wenn das Postfach später geleert werden mag.",
      fix = "4.2.2 der Warteschlange für erneute Versuche überlassen und den Empfänger auf anderem Weg benachrichtigen, wenn der Zustand anhält. 5.2.2 zunächst als Soft Bounce behandeln und die Adresse erst dann auf die Sperrliste setzen, wenn es sich über Tage oder Wochen wiederholt, da ein dauerhaft volles Postfach meist aufgegeben ist.",
    },
    ["2.3"] = {
      name = "Nachrichtenlänge überschreitet administratives Limit",
      description = "Die Nachricht ist größer als das Größenlimit, das für dieses bestimmte Postfach festgelegt ist und unter dem allgemeinen Limit des Servers liegt. Ein anderer Empfänger auf demselben Server nimmt sie womöglich trotzdem an.",
      when = "Als 552 5.2.3 nach DATA zu sehen oder als Antwort auf RCPT TO, wenn der mit MAIL FROM angegebene SIZE-Wert das Limit dieses Empfängers bereits überschreitet, meist wegen großer Anhänge.",
      fix = "Eine kleinere Nachricht senden: Anhänge komprimieren oder entfernen und große Dateien per Link teilen. Der Empfänger kann seinen Administrator bitten, das Limit des Postfachs anzuheben.",
    },
    ["2.4"] = {
      name = "Problem beim Expandieren einer Mailingliste",
      description = "Der Empfänger ist eine Mailingliste oder ein Alias, den der Server nicht in die Adressen seiner Mitglieder auflösen konnte. Der Fehler betrifft die Liste selbst, nicht die einzelnen Mitglieder.",
      when = "Zu sehen, wenn die Mitgliederdatei oder Verzeichnisgruppe hinter einer Liste nicht lesbar ist, wenn die Listendefinition fehlerhaft oder leer ist oder wenn der Listenserver kurz nicht verfügbar ist. Server verwenden 4.2.4 für Probleme, die sich voraussichtlich auflösen, und 5.2.4 für fehlerhafte Listendefinitionen.",
      fix = "4.2.4 der Warteschlange für erneute Versuche überlassen. Bei 5.2.4 den Listeninhaber oder den Postmaster der Empfängerdomain benachrichtigen, der die Liste oder ihre Datenquelle reparieren muss.",
    },
    ["3.0"] = {
      name = "Sonstiger oder undefinierter Mailsystemstatus",
      description = "Das empfangende Mailsystem als Ganzes ist der Grund für diesen Status, nicht eine Adresse oder ein Postfach, und kein spezifischerer Systemcode trifft zu. Mit Klasse 2 meldet er ein Routineereignis des Systems.",
      when = "4.3.0 ist häufig bei vorübergehenden lokalen Fehlern wie einer fehlgeschlagenen Tabellenabfrage, einem ausgefallenen Inhaltsfilter oder einem Schreibfehler in der Warteschlange; Postfix zum Beispiel antwortet in diesen Fällen mit 451 4.3.0. 5.3.0 kennzeichnet eine dauerhafte Ablehnung durch das System aus einem nicht eingeordneten Grund.",
      fix = "4.3.0 der Warteschlange für erneute Versuche überlassen; hält er an, muss der Administrator der Empfängerseite seine Serverlogs prüfen. Bei 5.3.0 den Antworttext lesen und den Postmaster der Empfängerdomain kontaktieren.",
    },
    ["3.1"] = {
      name = "Mailsystem voll",
      description = "Dem Empfängerserver ist der Speicherplatz ausgegangen, sodass er die Nachricht für niemanden annehmen kann, bis Platz frei wird. Anders als X.2.2 betrifft er das ganze System, nicht das Kontingent eines Empfängers.",
      when = "Als 452 4.3.1 zu sehen, oft mit dem Text „Insufficient system storage“, wenn Platte oder Warteschlange des Empfängerservers voll sind, typischerweise bei einer Mailflut oder einem großen Rückstau.",
      fix = "Der Absender muss nur die Warteschlange erneut versuchen lassen. Der Administrator der Empfängerseite muss Plattenplatz freigeben, die Warteschlange abbauen oder Speicher hinzufügen.",
    },
    ["3.2"] = {
      name = "System nimmt keine Netzwerknachrichten an",
      description = "Der Zielhost nimmt keine Nachrichten an, entweder vorerst oder überhaupt nicht. Der Code deckt sowohl eine kurze Ablehnung während Wartung oder Überlastung ab als auch einen Host, der nie Mail empfängt.",
      when = "4.3.2 erscheint, während ein Server herunterfährt, gewartet wird oder überlastet ist, zum Beispiel als 421 4.3.2, mit dem er die Verbindung schließt. 5.3.2 kommt mit 521 von Hosts, die nie Mail annehmen, wie RFC 7504 es beschreibt.",
      fix = "4.3.2 der Warteschlange für erneute Versuche überlassen. Bei 5.3.2 mit 521 diesen Host nicht weiter versuchen und die MX-Einträge der Empfängerdomain prüfen, denn die Mail geht an einen Host, der keine Mail annimmt.",
    },
    ["3.3"] = {
      name = "System beherrscht gewählte Funktionen nicht",
      description = "Die Nachricht verlangt eine Funktion oder Dienstoption, die das Zielsystem nicht unterstützt, sodass sie nicht wie angefordert verarbeitet werden kann. Gateways melden ihn, wenn eine Funktion auf der anderen Seite keine Entsprechung hat.",
      when = "Zu sehen, wenn eine Nachricht von einer SMTP-Erweiterung oder Zustelloption abhängt, die ein Host weiter hinten auf dem Weg nicht anbietet, und an Gateways zu Mailsystemen, die kein SMTP sprechen.",
      fix = "Ohne die nicht unterstützte Funktion erneut senden oder die Nachricht über einen Weg leiten, der sie unterstützt. Der Antworttext nennt meist die fehlende Funktion.",
    },
    ["3.4"] = {
      name = "Nachricht zu groß für das System",
      description = "Die Nachricht überschreitet die größte Größe, die der Empfängerserver für irgendeine Nachricht annimmt. Anders als bei X.2.3 gilt das Limit für das ganze System, nicht für ein Postfach.",
      when = "Typischerweise 552 5.3.4 nach DATA oder als Antwort auf MAIL FROM, wenn der SIZE-Wert über dem Limit liegt, das der Server mit dem Schlüsselwort SIZE in seiner EHLO-Antwort angekündigt hat. Die übliche Ursache sind große Anhänge, die durch die base64-Kodierung etwa ein Drittel größer werden.",
      fix = "Die Nachricht unter das Limit bringen, das das SIZE-Schlüsselwort des Servers angibt: Anhänge komprimieren oder entfernen oder Dateien per Link teilen. Dieselbe Nachricht erneut zu senden, scheitert wieder.",
    },
    ["3.5"] = {
      name = "System falsch konfiguriert",
      description = "Die eigene Konfiguration des Empfängersystems hindert es daran, diese Nachricht anzunehmen. Der Fehler liegt in der Einrichtung des Ziels, nicht bei der Nachricht oder dem Absender.",
      when = "Bei fehlerhaften Routing- oder Aliastabellen, fehlenden Zustell-Transports oder ungültigen Servereinstellungen zu sehen; Postfix zum Beispiel antwortet mit 451 4.3.5 „Server configuration error“, wenn seine eigenen Restriktionseinstellungen falsch sind.",
      fix = "Der Absender kann das nicht beheben: Es dem Postmaster der Empfängerdomain mit dem vollständigen Antworttext melden. 4.3.5 der Warteschlange für erneute Versuche überlassen; nach 5.3.5 erneut senden, sobald die Empfängerseite die Korrektur bestätigt.",
    },
    ["3.6"] = {
      name = "Angeforderte Priorität wurde geändert",
      description = "Eine Erfolgsmeldung der MT-PRIORITY-Erweiterung: Die Nachricht wurde angenommen, aber nicht mit der Priorität, die der Client angefordert oder standardmäßig angenommen hat. Der Antworttext beginnt mit der tatsächlich zugewiesenen Priorität.",
      when = "Nur von Servern zu sehen, die MT-PRIORITY umsetzen, meist in militärischen Netzen und Netzen für Notfallkommunikation, wenn eine lokale Richtlinie die vom Client angeforderte Priorität ändert, zum Beispiel weil der Client diese Stufe nicht verwenden darf.",
      fix = "Für die Zustellung ist nichts nötig, da die Nachricht angenommen wurde. Kommt es auf die Priorität an, den neuen Wert im Antworttext lesen und den Administrator der Empfängerseite fragen, welche Stufen der eigene Client verwenden darf.",
    },
    ["4.0"] = {
      name = "Sonstiger oder undefinierter Netzwerk- oder Routingstatus",
      description = "Ein Problem mit dem Netzwerk oder mit dem Routing der Nachricht zu ihrem nächsten Hop, von einer Art, die kein spezifischerer Netzwerkcode beschreibt.",
      when = "In Antworten und Verzögerungsberichten zu sehen, wenn ein Relay den nächsten Hop aus einem nicht eingeordneten Grund nicht erreichen oder nicht dorthin routen konnte; Microsoft Exchange zum Beispiel meldet 451 4.4.0 bei fehlgeschlagenen DNS-Abfragen und Verbindungsproblemen.",
      fix = "4.4.0 der Warteschlange für erneute Versuche überlassen und im Antworttext und in den Logs des sendenden Servers nach dem zugrunde liegenden DNS- oder Verbindungsfehler suchen. Bei 5.4.0 die MX-Einträge der Empfängerdomain und die Routingeinstellungen jedes Relays auf dem Weg überprüfen.",
    },
    ["4.1"] = {
      name = "Keine Antwort vom Host",
      description = "Der sendende Server hat versucht, sich mit dem nächsten Host zu verbinden, und keine Antwort erhalten: Die Verbindung wurde abgewiesen oder lief in eine Zeitüberschreitung, oder der Host war zu ausgelastet, um zu antworten. Per Definition ist das ein vorübergehender Zustand.",
      when = "In Verzögerungsmeldungen zu sehen und im endgültigen Bounce, wenn die Aufbewahrungsfrist in der Warteschlange abläuft, sofern die MX-Hosts des Ziels ausgefallen, durch eine Firewall abgeschirmt oder vom Netz des Absenders aus auf Port 25 nicht erreichbar sind.",
      fix = "Die Warteschlange weiter versuchen lassen. Hält der Zustand an, eine Verbindung zum MX des Ziels auf Port 25 testen (mit nc oder telnet), Firewalls prüfen und ob das Netz des Absenders ausgehenden Verkehr auf Port 25 blockiert, und sich vergewissern, dass die MX-Einträge auf laufende Hosts zeigen.",
    },
    ["4.2"] = {
      name = "Fehlerhafte Verbindung",
      description = "Eine Verbindung zum nächsten Host kam zustande, brach aber ab oder wurde zu langsam, bevor die Transaktion abgeschlossen war. Die Nachricht wurde nicht übertragen und wird erneut versucht.",
      when = "Als 421 4.4.2 zu sehen, wenn ein Server eine Sitzung wegen Zeitüberschreitung beendet, etwa mit „Error: timeout exceeded“ von Postfix, und in Verzögerungsberichten nach verlorenen Verbindungen, zurückgesetzten TLS-Handshakes oder instabilen Leitungen.",
      fix = "Die Warteschlange erneut versuchen lassen. Wiederholt es sich, nach Netzwerkproblemen zwischen den Hosts suchen: Paketverlust oder MTU-Probleme, Middleboxes, die TLS oder lange Übertragungen stören, und Client-Timeouts, die kürzer sind, als der Server braucht.",
    },
    ["4.3"] = {
      name = "Fehler des Verzeichnisservers",
      description = "Ein Verzeichnisdienst, von dem das Mailsystem abhängt, war nicht erreichbar oder ist ausgefallen, sodass Routing- oder Adressprüfungen nicht abgeschlossen werden konnten. Das Verzeichnis ist meist DNS, kann aber auch LDAP oder ein anderes Benutzerverzeichnis sein.",
      when = "Typischerweise 451 4.4.3 oder ein Verzögerungsbericht, wenn der DNS-Resolver in eine Zeitüberschreitung läuft oder für die Empfängerdomain SERVFAIL liefert oder ein Benutzerverzeichnis ausgefallen ist. Eine 5.4.3 bedeutet, dass der Server die Abfrage endgültig aufgegeben hat; die Nachricht muss also erneut gesendet werden, sobald das Verzeichnis funktioniert.",
      fix = "Erneut versuchen; die meisten solchen Fehler sind vorübergehend. Hält der Zustand an, dieselben Abfragen auf dem Server selbst ausführen (dig MX und A für die Domain), den lokalen Resolver prüfen und in der Empfängerdomain nach DNSSEC- oder Delegierungsfehlern suchen.",
    },
    ["4.4"] = {
      name = "Routing nicht möglich",
      description = "Das Mailsystem konnte nicht entscheiden, wohin die Nachricht als Nächstes gehen soll, weil die benötigten Routingdaten nicht existieren oder unbrauchbar sind. Die Abfrage hat funktioniert, aber keine brauchbare Route ergeben.",
      when = "Zu sehen, wenn die Empfängerdomain weder MX- noch Adresseinträge hat, wenn ihre MX-Einträge auf Namen zeigen, die sich nicht auflösen lassen, oder wenn ein Relay keinen Transport für die Domain hat. Server melden 4.4.4, solange sie es weiter versuchen, und 5.4.4, sobald sie aufgeben oder die Domain offensichtlich keine Mail empfangen kann.",
      fix = "Das DNS der Empfängerdomain prüfen: Sie braucht MX-Einträge, die auf Hostnamen mit A- oder AAAA-Einträgen zeigen. Eine falsch geschriebene Domain korrigieren; der Administrator der Absenderseite sollte außerdem Transport-Maps und Relayhost-Einstellungen für diese Domain prüfen.",
    },
    ["4.5"] = {
      name = "Überlastung des Mailsystems",
      description = "Das Mailsystem ist im Moment überlastet und hat die Nachricht deshalb zurückgestellt, statt sie jetzt zu verarbeiten. Er bedeutet immer: später erneut versuchen.",
      when = "Als 451 4.4.5 oder 421 4.4.5 bei Lastspitzen zu sehen, wenn ein Server seine Verbindungs-, Prozess- oder Warteschlangenlimits erreicht oder wenn ein empfangender Anbieter einen Absender mit hohem Aufkommen bremst.",
      fix = "Die Warteschlange mit ihren normalen wachsenden Abständen erneut versuchen lassen und, wenn es oft vorkommt, die Senderate oder die Zahl paralleler Verbindungen zu diesem Ziel senken. Der Administrator der Empfängerseite kann Prozesslimits anheben oder Kapazität hinzufügen.",
    },
    ["4.6"] = {
      name = "Routingschleife erkannt",
      description = "Die Nachricht ist im Kreis gelaufen: Sie hat dieselben Hosts oder Weiterleitungsregeln zu oft durchlaufen, wie die Zahl ihrer Received-Header-Felder zeigt, oder ein Host hat festgestellt, dass er die Nachricht an sich selbst senden würde.",
      when = "Typische Ursachen sind ein MX-Eintrag, der auf einen Host zeigt, der die Domain nicht als lokal behandelt, zwei Relays, die eine Domain aneinander weiterleiten, und Weiterleitungsregeln, die Mail zwischen zwei Postfächern hin- und herschicken. Postfix meldet 5.4.6 sowohl bei „mail forwarding loop“ als auch bei „loops back to myself“.",
      fix = "Die Received-Header-Felder im Bounce nachverfolgen, um zu sehen, welche Hosts sich wiederholen. Die MX-Einträge, die Relay-Einstellungen (bei Postfix mydestination und relay_domains) oder die Weiterleitungsregeln korrigieren; ein erneutes Senden vor der Korrektur läuft wieder in die Schleife.",
    },
    ["4.7"] = {
      name = "Zustellzeit abgelaufen",
      description = "Die Nachricht lag länger als erlaubt in einer Warteschlange oder hat eine vom Absender gesetzte Frist überschritten, sodass der Server keine weiteren Versuche unternimmt. Die eigentliche Ursache ist das, was die früheren Versuche scheitern ließ.",
      when = "4.4.7 erscheint in Verzögerungswarnungen, solange die Versuche weiterlaufen; 5.4.7 erscheint im endgültigen Bounce, sobald die Aufbewahrungsfrist in der Warteschlange, meist mehrere Tage, abläuft oder eine DELIVERBY-Frist verstreicht. Der Bounce-Text zitiert meist den zuletzt aufgetretenen Fehler.",
      fix = "Den letzten Fehler im Bounce oder Verzögerungsbericht lesen, der das zugrunde liegende DNS-, Verbindungs- oder Gegenstellenproblem nennt, und dieses beheben. Ein erneutes Senden, bevor die Ursache behoben ist, läuft wieder ab.",
    },
    ["5.0"] = {
      name = "Sonstiger oder undefinierter Protokollstatus",
      description = "Ein Status zum SMTP-Austausch selbst, seinen Befehlen und Antworten, den kein spezifischerer Protokollcode beschreibt. Mit Klasse 2 bestätigt er, dass ein Protokollschritt gelungen ist.",
      when = "Das Register ordnet 2.5.0 gewöhnlichen positiven Antworten wie 220, 250 und 252 zu. 4.5.0 und 5.5.0 erscheinen bei Protokollfehlern, die der Server nicht einordnet, etwa einem Befehl im falschen Zustand oder einem fehlgeschlagenen Austausch einer Erweiterung.",
      fix = "Bei 4.5.0 und 5.5.0 den SMTP-Dialog mit einem Protokolllog oder einer manuellen Sitzung (swaks oder openssl s_client) aufzeichnen und vergleichen, was der Client gesendet hat und was der Server erwartet. Die üblichen Verursacher sind Fehler im Client, fehlerhaftes Pipelining und Middleboxes, die die Sitzung verändern.",
    },
    ["5.1"] = {
      name = "Ungültiger Befehl",
      description = "Der Client hat einen Befehl gesendet, den der Server nicht unterstützt oder an dieser Stelle der Sitzung nicht erlaubt. Er betrifft den Befehl selbst oder seine Reihenfolge, nicht seine Argumente.",
      when = "Typischerweise 503 5.5.1 für Befehle außer der Reihe, etwa RCPT TO vor MAIL FROM, DATA ohne angenommenen Empfänger oder ein zweites AUTH nach einem erfolgreichen. Er folgt oft auf eine frühere Ablehnung in einer Sitzung mit Pipelining, in der die späteren Befehle dann im falschen Zustand ankommen.",
      fix = "Die Befehlsreihenfolge des Clients mit RFC 5321 abgleichen: EHLO, MAIL FROM, ein oder mehrere RCPT TO, dann DATA. Beim Pipelining die Antwort auf jeden Befehl prüfen, denn ein abgelehntes MAIL FROM oder RCPT TO macht die nachfolgenden Befehle ungültig.",
    },
    ["5.2"] = {
      name = "Syntaxfehler",
      description = "Der Server konnte mit einem Befehl nichts anfangen: Er ist falsch geschrieben, unbekannt oder fehlerhaft geformt. Der Fehler liegt im genauen Text, den der Client gesendet hat.",
      when = "Als 500 oder 502 5.5.2 bei nicht erkannten Befehlen zu sehen und als 501 5.5.2 bei fehlerhaften Argumenten wie einer Adresse ohne spitze Klammern oder einer AUTH-Antwort, die kein gültiges base64 ist. Häufige Ursachen sind selbst geschriebener SMTP-Code, nackte Zeilenvorschübe (LF ohne CR) und Clients, die an diesem Port ein anderes Protokoll sprechen.",
      fix = "Die genau gesendeten Bytes mit einem Protokolllog prüfen: Befehle müssen der Syntax von RFC 5321 folgen und mit CRLF enden. Eigener SMTP-Code ist der erste Verdächtige; unverändert erneut zu senden, scheitert wieder.",
    },
    ["5.3"] = {
      name = "Zu viele Empfänger",
      description = "Die Nachricht hat mehr Empfänger, als der Server in einer Transaktion annimmt. Abgelehnt wurden die überzähligen Empfänger, nicht unbedingt die ganze Nachricht.",
      when = "Typischerweise 452 4.5.3 als Antwort auf ein RCPT TO jenseits des Limits des Servers pro Nachricht; RFC 5321 verlangt, dass Server mindestens 100 Empfänger annehmen. Einige Server lehnen stattdessen mit 5.5.3 ab, zum Beispiel in Bounces von Microsoft Exchange, wenn ein Empfängerlimit erreicht ist.",
      fix = "Ein standardkonformer Client behandelt 4.5.3, indem er die Nachricht in einer späteren Transaktion erneut an die abgelehnten Empfänger sendet. Bei 5.5.3 die Empfängerliste in kleinere Gruppen aufteilen oder für große Verteiler einen Mailinglisten-Dienst verwenden.",
    },
    ["5.4"] = {
      name = "Ungültige Befehlsargumente",
      description = "Der Befehl selbst ist gültig, aber eines seiner Argumente nicht: ein Wert außerhalb des zulässigen Bereichs, ein unbekannter Parameter oder eine Option, die der Server nicht unterstützt.",
      when = "Typische Fälle sind 555 5.5.4 für einen Parameter von MAIL FROM oder RCPT TO, den der Server nicht angekündigt hat, etwa SMTPUTF8 oder SIZE, 504 5.5.4 für einen AUTH-Mechanismus, den der Server nicht anbietet, und 501 5.5.4 für einen fehlerhaft geformten Parameterwert.",
      fix = "Nur die Parameter und Mechanismen senden, die der Server in seiner EHLO-Antwort aufgeführt hat, mit Werten im zulässigen Bereich. Client-Bibliotheken tun das von selbst; der Fehler ist meist eine fest eincodierte Option oder eine falsch ausgewertete EHLO-Antwort.",
    },
    ["5.5"] = {
      name = "Falsche Protokollversion",
      description = "Die beiden Seiten sprechen inkompatible Versionen des Protokolls und konnten sich nicht auf eine einigen, die beide verstehen.",
      when = "In SMTP selbst selten, wo EHLO und die Schlüsselwörter der Erweiterungen Versionsunterschiede auffangen. Der Code gehört vor allem zu Gateways zwischen Mailsystemen und zu anderen Transporten als SMTP.",
      fix = "Prüfen, ob beide Enden das vorgesehene Protokoll und den vorgesehenen Port verwenden und ob ein Gateway dazwischen für die Version konfiguriert ist, die seine Gegenstelle spricht. Die dauerhafte Lösung ist, die ältere Seite zu aktualisieren.",
    },
    ["5.6"] = {
      name = "Zeile im Authentifizierungsaustausch zu lang",
      description = "Während AUTH hat der Client eine base64-Antwort gesendet, die länger war als der Puffer des Servers für den gewählten SASL-Mechanismus, sodass der Server die Authentifizierung scheitern ließ.",
      when = "Als 500 5.5.6 während eines AUTH-Austauschs zu sehen, typischerweise bei Mechanismen mit großen Tokens, etwa GSSAPI mit Kerberos oder OAuth-Bearer-Tokens, gesendet an einen Server mit kleinem Zeilenlimit. RFC 4954 hält 12288 Oktette für ein ausreichendes Limit für Authentifizierungszeilen.",
      fix = "Wer den Server betreibt, hebt dessen Zeilen- oder Pufferlimit für die Authentifizierung an. Auf der Client-Seite einen Mechanismus mit kürzeren Antworten oder ein kleineres Token verwenden, zum Beispiel ein Kerberos-Ticket mit weniger Gruppenmitgliedschaften.",
    },
    ["6.0"] = {
      name = "Sonstiger oder undefinierter Medienfehler",
      description = "Ein Problem mit dem Inhalt der Nachricht oder ihrem Format hat die Zustellung verhindert, und keiner der spezifischeren X.6-Codes passt. Eine 4.6.0 sagt, dass sich das Inhaltsproblem bei einem späteren Versuch lösen kann; eine 5.6.0 sagt, dass diese Nachricht so, wie sie ist, nicht angenommen wird.",
      when = "Meist von Inhaltsfiltern und Gateways, die eine Nachricht aus einem Format- oder Inhaltsgrund ablehnen, ohne einen genaueren Code zu nennen. Der Antworttext nennt normalerweise das eigentliche Problem, etwa eine fehlerhafte MIME-Struktur oder einen Anhang, der nicht verarbeitet werden konnte.",
      fix = "Dem Antworttext entnehmen, welcher Teil der Nachricht abgelehnt wurde, dann seine Struktur oder Kodierung korrigieren und erneut senden. Ein Bounce-Skript sollte 5.6.0 als Problem dieser Nachricht werten, nicht der Empfängeradresse, und die Adresse behalten.",
    },
    ["6.1"] = {
      name = "Medientyp nicht unterstützt",
      description = "Ein Medientyp oder eine Inhaltskodierung in der Nachricht kann vom Zustellprotokoll nicht transportiert oder vom nächsten System auf dem Weg nicht verarbeitet werden. RFC 3463 sieht ihn als dauerhaften Fehler vor, daher ist 5.6.1 die übliche Form.",
      when = "Typischerweise trifft 8-Bit- oder Binärinhalt auf einen Hop, der nur 7-Bit-Daten annimmt, oder das Ziel lehnt einen MIME-Typ ab, den es nicht speichern oder darstellen kann.",
      fix = "Den Inhalt für den 7-Bit-Transport kodieren (quoted-printable oder base64) oder ihn in einem Format senden, das das Ziel annimmt. Der Administrator eines Relays sollte prüfen, ob 8BITMIME auf jedem Hop des Wegs angekündigt und eingehalten wird.",
    },
    ["6.2"] = {
      name = "Konvertierung erforderlich, aber untersagt",
      description = "Für die Zustellung müsste der Inhalt konvertiert werden, doch die Konvertierung ist untersagt. Entweder hat der Absender die Nachricht als nicht zu konvertieren gekennzeichnet, oder die Richtlinie des weiterleitenden Hosts schließt sie aus.",
      when = "Vor allem bei signierten oder verschlüsselten Nachrichten, bei denen jede Änderung die Signatur brechen würde, und an Gateways zu anderen Mailsystemen, die ein anderes Inhaltsformat brauchen.",
      fix = "Den Inhalt in einer Form senden, die das Ziel ohne Konvertierung annimmt, zum Beispiel MIME-Teile, die für den 7-Bit-Transport kodiert sind. Verbietet eine Signatur die Konvertierung, die Nachricht erst signieren, nachdem sie so kodiert wurde.",
    },
    ["6.3"] = {
      name = "Konvertierung erforderlich, aber nicht unterstützt",
      description = "Für die Weiterleitung der Nachricht muss ihr Inhalt konvertiert werden, und der Host auf dem Weg, der das tun müsste, ist dazu nicht in der Lage.",
      when = "Der klassische Fall ist ein Relay, das 8-Bit-Inhalt erhalten hat und ihn an einen nächsten Hop ohne 8BITMIME weitergeben muss, aber keine Möglichkeit hat, ihn auf 7 Bit herabzustufen. Die Antwort kommt meist mit 554.",
      fix = "Den sendenden Client 8-Bit- und Binärteile vor der Einlieferung als quoted-printable oder base64 kodieren lassen, damit kein Hop sie konvertieren muss. Administratoren von Relays können das Herabstufen aktivieren oder solche Mail über Hosts leiten, die 8BITMIME unterstützen.",
    },
    ["6.4"] = {
      name = "Verlustbehaftete Konvertierung durchgeführt",
      description = "Die Nachricht wurde zugestellt, aber eine Konvertierung unterwegs konnte nicht ihren gesamten Inhalt erhalten. In der Form 2.6.4 ist er eine Erfolgsmeldung mit angehängter Warnung; in der Form 5.6.4 sagt er, dass der Verlust für den Absender nicht annehmbar war und die Nachricht daher abgelehnt wurde.",
      when = "Nach dem abschließenden Punkt von DATA oder in Zustellstatusbenachrichtigungen zu sehen, von Gateways, die die Nachricht in ein anderes Format übersetzen mussten und dabei Zeichen oder Teile weggelassen haben, die das Zielsystem nicht darstellen kann.",
      fix = "Für die Zustellung muss nichts erneut gesendet werden, aber es lohnt sich, beim Empfänger nachzufragen, ob der verlorene Teil wichtig war. War er es, den Inhalt in einem einfacheren Format senden, das das Ziel ohne Konvertierung verarbeitet.",
    },
    ["6.5"] = {
      name = "Konvertierung fehlgeschlagen",
      description = "Ein Host hat versucht, den Inhalt zu konvertieren, wie es die Zustellung erforderte, und die Konvertierung ist fehlgeschlagen. Bei 4.6.5 kann die Konvertierung bei einem späteren Versuch gelingen; bei 5.6.5 lässt sich dieser Inhalt nicht konvertieren.",
      when = "An Gateways und Relays, die Nachrichten umkodieren, zum Beispiel von 8 Bit nach 7 Bit, zwischen Zeichensätzen oder in das Format eines anderen Mailsystems, wenn der Konverter an einem beschädigten oder ungewöhnlichen Teil scheitert.",
      fix = "Bei 4.6.5 versucht es der sendende Server von selbst erneut; scheitert es weiter, den im Antworttext genannten Teil ansehen. Bei 5.6.5 den beanstandeten Teil reparieren oder neu kodieren oder den Inhalt in einem einfacheren Format senden.",
    },
    ["6.6"] = {
      name = "Nachrichteninhalt nicht verfügbar",
      description = "Der Submission-Server konnte den Nachrichteninhalt nicht von dem entfernten System abrufen, das in einem BURL-Befehl genannt ist. Mit BURL (RFC 4468) kann ein Client eine Nachricht einliefern, indem er auf eine auf einem IMAP-Server gespeicherte Kopie verweist, statt sie hochzuladen.",
      when = "Nach BURL, wenn der IMAP-Server ausgefallen ist, die URLAUTH-URL abgelaufen ist oder widerrufen wurde oder der Submission-Server sie nicht abrufen kann. Ein vorübergehendes Abrufproblem ergibt 4.6.6 und ein anhaltendes 5.6.6, oft mit 554.",
      fix = "Prüfen, ob der IMAP-Server vom Submission-Server aus erreichbar ist und die URL aktuell und für ihn autorisiert ist, dann erneut einliefern oder auf das Senden des Inhalts mit DATA oder BDAT zurückfallen. Fehlt zwischen beiden Servern eine konfigurierte Vertrauensbeziehung, müssen ihre Administratoren eine einrichten (siehe X.7.14).",
    },
    ["6.7"] = {
      name = "Nicht-ASCII-Adressen für diesen Absender oder Empfänger nicht zulässig",
      description = "Der Server lehnt eine Adresse in MAIL FROM oder RCPT TO ab, die Nicht-ASCII-Zeichen enthält. Entweder hat der Client in dieser Transaktion kein SMTPUTF8 angefordert, oder der Server nimmt für diesen Absender oder Empfänger keine internationalisierten Adressen an.",
      when = "Als Antwort auf MAIL oder RCPT, meist mit 553, wenn ein Client eine Adresse mit UTF-8 im lokalen Teil oder in der Domain ohne den SMTPUTF8-Parameter bei MAIL FROM sendet oder an einen Server, der eine solche Adresse für dieses Postfach nicht annimmt.",
      fix = "Kündigt der Server SMTPUTF8 in seiner EHLO-Antwort an, den SMTPUTF8-Parameter zu MAIL FROM hinzufügen und es erneut versuchen. Andernfalls für diesen Absender oder Empfänger eine reine ASCII-Adresse verwenden oder die Nachricht an ihren Absender zurückgeben, da sie diesen Weg nicht nehmen kann.",
    },
    ["6.8"] = {
      name = "UTF-8-Antwort erforderlich, vom SMTP-Client aber nicht zugelassen",
      description = "Die Antwort auf ein VRFY oder EXPN müsste einen Postfachnamen mit UTF-8 zeigen, doch der Client hat nicht erklärt, dass er UTF-8 in Antworten annimmt. Daher hält der Server diese Antwort zurück.",
      when = "Nach einem ohne den SMTPUTF8-Parameter gesendeten VRFY oder EXPN, für ein Postfach oder Listenmitglied mit internationalisiertem Namen. Der Server lehnt mit 553 oder 550 ab oder antwortet mit 252, um zu sagen, dass er Mail für die Adresse trotzdem annimmt, ohne sie zu zeigen.",
      fix = "VRFY oder EXPN mit dem SMTPUTF8-Parameter wiederholen, wenn der Server SMTPUTF8 angekündigt hat. Eine 252-Antwort erfordert nichts, da der Server Mail für diese Adresse annimmt, auch wenn er den Namen nicht zeigt.",
    },
    ["6.9"] = {
      name = "Nachricht mit UTF-8-Headern kann an einen oder mehrere Empfänger nicht übertragen werden und muss daher abgelehnt werden",
      description = "Die Nachricht hat internationalisierte (UTF-8-)Header-Felder, und mindestens ein Empfänger kann eine solche Nachricht nicht empfangen, daher lehnt der Server die ganze Nachricht ab. Er kommt nach dem abschließenden Punkt von DATA, wo eine Antwort für alle Empfänger gilt.",
      when = "Nach dem Nachrichteninhalt, meist als 550, wenn der Server feststellt, dass das Postfach eines Empfängers oder ein späterer Hop SMTPUTF8 nicht unterstützt und sich die Nachricht nicht herabstufen lässt.",
      fix = "Die Nachricht an diese Empfänger mit reinen ASCII-Adressen und -Header-Feldern senden oder die Empfänger abtrennen, deren Server SMTPUTF8 unterstützen. Ein Serveradministrator sollte SMTPUTF8 auf jedem Hop aktivieren, wenn internationalisierte Mail zu erwarten ist.",
    },
    ["6.10"] = {
      name = "Duplikat von X.6.8 (veraltet)",
      description = "Dieser Eintrag dupliziert X.6.8 und ist veraltet: Er bezeichnet eine Antwort, die UTF-8 erfordern würde, dessen Annahme der Client nicht zugestimmt hat. Das Register gibt ihm weder Titel noch Basiscodes; der Name hier stammt von uns.",
      when = "So gut wie nie, da Server X.6.8 senden sollten; eine ältere Implementierung könnte für dieselbe Situation bei VRFY oder EXPN noch X.6.10 ausgeben.",
      fix = "Genau wie X.6.8 behandeln und den Befehl mit dem SMTPUTF8-Parameter wiederholen, wenn der Server ihn unterstützt. Autoren von Serversoftware sollten stattdessen X.6.8 senden.",
    },
    ["7.0"] = {
      name = "Sonstiger oder undefinierter Sicherheitsstatus",
      description = "Es geht um eine Sicherheits- oder Richtlinienfrage, die kein spezifischerer X.7-Code beschreibt, oder der Server möchte aus Sicherheitsgründen nicht mehr sagen. Der Code erscheint auch in positiven Antworten: 2.7.0 begleitet den Erfolg eines Sicherheitsschritts, etwa bei 235 nach AUTH.",
      when = "Häufig als 235 2.7.0 nach einem erfolgreichen AUTH, als 530 5.7.0, wenn der Server vor der Annahme von Mail eine Authentifizierung verlangt, und als 454 4.7.0 bei einem vorübergehenden Authentifizierungs- oder TLS-Problem. Filter verwenden 5.7.0 auch als allgemeine Ablehnung durch eine Richtlinie.",
      fix = "Bei 530 5.7.0 den Client so einrichten, dass er sich vor dem Senden authentifiziert, normalerweise nach STARTTLS. Eine 4.7.0 später erneut versuchen; bei anderen Ablehnungen mit 5.7.0 den Antworttext lesen und beim Postmaster der Empfängerseite nachfragen, wenn der Grund unklar ist.",
    },
    ["7.1"] = {
      name = "Zustellung nicht autorisiert, Nachricht abgelehnt",
      description = "Der Absender, der sendende Host oder die Nachricht darf dieses Ziel nach der Richtlinie des Empfängers nicht erreichen. Er ist der übliche Code für verweigertes Relaying, Einträge in Blocklists, Blockierung durch den Empfänger und Inhaltsfilterung.",
      when = "Typischerweise 550 5.7.1 oder 554 5.7.1 bei RCPT oder nach DATA, mit einem Text wie „relay access denied“, dem Namen einer Blocklist oder einem Spam-Urteil. 4.7.1 wird für vorübergehende Zurückstellungen durch eine Richtlinie verwendet, zum Beispiel Greylisting oder Ratenbegrenzungen.",
      fix = "Bei verweigertem Relaying authentifizieren oder über den eigenen Postausgangsserver senden. Bei Ablehnungen wegen einer Blocklist oder der Reputation den in der Antwort genannten Eintrag finden, seine Ursache beheben (ein infizierter Host, ein offenes Relay, fehlerhaftes SPF oder DKIM) und die Austragung beantragen; eine Zurückstellung mit 4.7.1 kommt beim erneuten Versuch meist durch. Ein Bounce-Skript darf 5.7.1 nicht als Beweis für eine ungültige Adresse werten.",
    },
    ["7.2"] = {
      name = "Expandieren der Mailingliste untersagt",
      description = "Die durch die Empfängeradresse bezeichnete Mailingliste lehnt Beiträge dieses Absenders ab. Die Liste existiert; nur dieser Absender wird ausgeschlossen.",
      when = "Beim Senden an eine Liste nur für Mitglieder oder eine moderierte Liste von einer Adresse, die nicht abonniert ist oder nicht zu den zugelassenen Einsendern gehört.",
      fix = "Von der Adresse senden, mit der die Liste abonniert ist, die Liste zuerst abonnieren oder den Listeninhaber um die Erlaubnis bitten, Beiträge zu senden.",
    },
    ["7.3"] = {
      name = "Sicherheitskonvertierung erforderlich, aber nicht möglich",
      description = "Die Nachricht müsste zwischen zwei sicheren Nachrichtenformaten übersetzt werden, um ihr Ziel zu erreichen, und eine solche Übersetzung war nicht möglich. RFC 3463 sieht ihn als dauerhaften Fehler vor.",
      when = "In Internet-Mail selten; er kommt von Gateways zwischen sicheren Nachrichtensystemen, zum Beispiel wenn eine signierte oder verschlüsselte Nachricht in ein System gelangen muss, das ein anderes Sicherheitsformat verwendet.",
      fix = "Die Nachricht in einem Sicherheitsformat senden, das das Ziel unterstützt, oder ohne die Sicherheitshülle, wenn die Richtlinie es erlaubt. Der Administrator des Gateways kann sagen, welche Formate es übersetzt.",
    },
    ["7.4"] = {
      name = "Sicherheitsfunktionen nicht unterstützt",
      description = "Eine von der Nachricht oder dem Befehl angeforderte Sicherheitsfunktion, zum Beispiel ein bestimmtes Authentifizierungsverfahren, geht über das hinaus, was das Zustellprotokoll oder der Server bieten kann. Er ist ein dauerhafter Fehler.",
      when = "Einige Server beantworten AUTH mit einem unbekannten oder abgeschalteten Mechanismus mit 504 5.7.4, und Gateways verwenden ihn, wenn eine Nachricht einen Sicherheitsdienst braucht, der dem nächsten System fehlt.",
      fix = "Einen der Mechanismen wählen, die der Server in seiner EHLO-Antwort für AUTH aufführt, oder auf die Sicherheitsfunktion verzichten, die das Ziel nicht unterstützt.",
    },
    ["7.5"] = {
      name = "Kryptografischer Fehler",
      description = "Ein Gateway, das berechtigt ist, die Nachricht unterwegs zu prüfen oder zu entschlüsseln, ist gescheitert, weil ein benötigter Schlüssel fehlte oder unbrauchbar war.",
      when = "An Gateways, die S/MIME- oder PGP-Mail entschlüsseln oder prüfen, wenn der private Schlüssel nicht installiert ist, ein Zertifikat abgelaufen ist oder der in der Nachricht genannte Schlüssel nicht verwendet werden kann. Eine 4.7.5 deutet darauf hin, dass eine Schlüsselsuche später gelingen kann.",
      fix = "Der Absender sollte prüfen, ob die Nachricht mit dem aktuellen Zertifikat oder Schlüssel des Empfängers verschlüsselt wurde. Der Administrator des Gateways sollte die benötigten Schlüssel und Zertifikate installieren oder erneuern.",
    },
    ["7.6"] = {
      name = "Kryptografischer Algorithmus nicht unterstützt",
      description = "Prüfung oder Entschlüsselung sind fehlgeschlagen, weil die Nachricht einen Algorithmus verwendet, den das prüfende System, obwohl es zur Verarbeitung der Nachricht berechtigt ist, nicht implementiert.",
      when = "An entschlüsselnden oder prüfenden Gateways, wenn eine Nachricht ein Verschlüsselungs- oder Hashverfahren verwendet, das das Gateway nicht verarbeitet, entweder ein altes, das es abgeschaltet hat, oder ein neues, das es noch nicht kennt.",
      fix = "Die Nachricht mit einem Algorithmus verschlüsseln oder signieren, den das Ziel unterstützt, typischerweise einem aktuellen Standardverfahren. Der Administrator des Gateways kann die Software oder ihre Liste zulässiger Algorithmen aktualisieren.",
    },
    ["7.7"] = {
      name = "Integritätsfehler der Nachricht",
      description = "Die Nachricht hat eine Integritätsprüfung nicht bestanden: Ein zur Prüfung berechtigtes System hat den Inhalt beschädigt oder verändert vorgefunden. RFC 3463 erlaubt hier jede Klasse: 2.7.7 meldet die Zustellung trotz fehlgeschlagener Prüfung, 4.7.7 und 5.7.7 melden einen vorübergehenden bzw. dauerhaften Fehler.",
      when = "An Gateways, die Signaturen oder Prüfsummen verifizieren, wenn der Inhalt unterwegs verändert wurde, zum Beispiel von einem Relay, das nach dem Signieren Zeilenenden umgeschrieben, eine Fußzeile angefügt oder einen Teil neu kodiert hat.",
      fix = "Den Hop finden, der den Inhalt verändert, und das abstellen oder die Nachricht erst signieren, wenn alle Änderungen vorgenommen sind. Ein unverändertes erneutes Senden hilft nur, wenn der Schaden ein Zufall beim Transport war.",
    },
    ["7.8"] = {
      name = "Anmeldedaten ungültig",
      description = "Der Server hat den AUTH-Versuch abgelehnt: Der übermittelte Benutzername, das Passwort oder das Token ist falsch oder reicht nicht aus.",
      when = "Unmittelbar nach AUTH, meist als 535 5.7.8, wenn das Passwort falsch ist, der Kontoname vertippt ist oder der Anbieter statt des normalen Passworts ein App-Passwort oder ein OAuth-Token verlangt.",
      fix = "Den Benutzer nach neuen Anmeldedaten fragen, statt dieselben erneut zu versuchen, da wiederholte Fehlschläge das Konto sperren können. Prüfen, ob der Anbieter ein anwendungsspezifisches Passwort, OAuth oder die vollständige E-Mail-Adresse als Benutzernamen erwartet.",
    },
    ["7.9"] = {
      name = "Authentifizierungsmechanismus zu schwach",
      description = "Der Server nimmt den gewählten AUTH-Mechanismus für diesen Benutzer nicht an, weil seine Richtlinie einen stärkeren verlangt.",
      when = "Nach AUTH mit einem einfachen Mechanismus wie PLAIN oder LOGIN, meist als 534 5.7.9, wenn der Server für dieses Konto einen stärkeren erwartet.",
      fix = "AUTH mit einem stärkeren Mechanismus aus der Liste in der EHLO-Antwort wiederholen, zum Beispiel einem SCRAM-Mechanismus oder OAuth. Unterstützt der Client keinen davon, ihn aktualisieren oder anders konfigurieren.",
    },
    ["7.10"] = {
      name = "Verschlüsselung erforderlich",
      description = "Der Server verlangt eine verschlüsselte Sitzung, bevor er den gewählten Authentifizierungsmechanismus annimmt. Das betrifft vor allem Mechanismen wie PLAIN und LOGIN, die das Passwort jedem Mithörenden preisgeben.",
      when = "Nach AUTH PLAIN oder LOGIN über eine unverschlüsselte Verbindung. Der Code 523 ist nur aus dem Register bekannt; viele Server melden dieselbe Situation stattdessen als 530 5.7.0 oder 538 5.7.11.",
      fix = "Vor AUTH STARTTLS senden oder sich mit dem Port für implizites TLS verbinden, oder einen Mechanismus wählen, der das Passwort nicht preisgibt.",
    },
    ["7.11"] = {
      name = "Verschlüsselung für den angeforderten Authentifizierungsmechanismus erforderlich",
      description = "Der Server lehnt den gewählten AUTH-Mechanismus über eine unverschlüsselte Verbindung ab und nimmt ihn erst an, wenn TLS besteht. RFC 4954 behält ihn aus historischen Gründen bei: Ein moderner Server bietet solche Mechanismen vor TLS einfach nicht an.",
      when = "Nach AUTH über eine Klartextverbindung, meist als 538 5.7.11, von Servern, die Klartextmechanismen vor STARTTLS aufführen und sie dann ablehnen.",
      fix = "STARTTLS ausführen, erneut EHLO senden und sich dann authentifizieren. Den Client so konfigurieren, dass er für die Einlieferung TLS verlangt und Anmeldedaten nie unverschlüsselt sendet.",
    },
    ["7.12"] = {
      name = "Passwortumstellung erforderlich",
      description = "Der Server kann den gewählten Authentifizierungsmechanismus für dieses Konto noch nicht verwenden, weil ihm das gespeicherte Geheimnis fehlt, das dieser Mechanismus braucht. Eine Anmeldung mit PLAIN über TLS liefert ihm das Passwort, aus dem er dieses Geheimnis ableiten kann.",
      when = "Nach AUTH mit einem Challenge-Response-Mechanismus, meist als 432 4.7.12, für ein Konto, dessen Passwort in einer Form gespeichert ist, die dieser Mechanismus nicht verwenden kann, zum Beispiel nach einer Servermigration.",
      fix = "Sich einmal mit PLAIN über eine verschlüsselte Verbindung authentifizieren; spätere Sitzungen können dann den gewählten Mechanismus verwenden. Da es ein vorübergehender Fehler ist, sollte der Client das Konto und sein Passwort behalten.",
    },
    ["7.13"] = {
      name = "Benutzerkonto deaktiviert",
      description = "Die Anmeldedaten waren korrekt, aber ein Administrator hat das Konto deaktiviert. Der Fehler besteht, bis das Konto wieder aktiviert wird.",
      when = "Nach einem erfolgreichen AUTH-Austausch, als 525 5.7.13, bei einem Konto, das wegen Nichtzahlung, Missbrauchs, eines vermuteten Einbruchs oder aus einem ähnlichen Grund gesperrt wurde.",
      fix = "Den Benutzer nicht erneut nach dem Passwort fragen, denn es ist nicht falsch. Der Benutzer muss den Administrator oder Anbieter bitten, das Konto wiederherzustellen.",
    },
    ["7.14"] = {
      name = "Vertrauensbeziehung erforderlich",
      description = "Der Submission-Server darf den Nachrichteninhalt nicht von einem anderen Server abrufen, weil zwischen beiden keine Vertrauensbeziehung konfiguriert ist. Der Code übernimmt einen Fall, für den BURL (RFC 4468) zuvor X.7.8 verwendet hat.",
      when = "Nach einem BURL-Befehl, wenn der Submission-Server mit dem in der URL genannten IMAP-Server keine Vereinbarung hat, die ihm den Abruf der Nachricht erlauben würde.",
      fix = "Die Administratoren des Submission- und des IMAP-Servers müssen die Vertrauensbeziehung einrichten, etwa den URLAUTH-Zugriff, den der Submission-Server verwendet. Bis dahin sollte der Client den Inhalt direkt mit DATA oder BDAT senden.",
    },
  },
}
