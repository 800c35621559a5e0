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
  },
  enhanced = {
  },
}
