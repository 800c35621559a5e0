-- Français (fr) : contenu traduit des codes de réponse SMTP et du registre des codes d'état étendus.
--
-- Glossaire (employé de la même façon ici, dans pairs.lua et dans fr.lua) :
--   reply code ............... code de réponse ; basic reply code : code de réponse de base (code de base)
--   enhanced status code ..... code d'état étendu (code étendu)
--   mailbox .................. boîte aux lettres
--   recipient / sender ....... destinataire / expéditeur ; envelope sender : expéditeur d'enveloppe
--   forward (a message) ...... transférer, transfert
--   relay (verb / noun) ...... relayer, relais (le serveur comme la fonction)
--   bounce ................... rebond (message de non-remise) ; hard / soft bounce : rebond définitif / temporaire
--   delivery ................. remise ; deliver : remettre
--   delivery status notification  notification d'état de remise (DSN)
--   queue, queue run ......... file d'attente, traitement de la file d'attente
--   retry, backoff ........... nouvelle tentative, réessayer ; délais croissants entre les tentatives
--   transient / permanent failure  échec temporaire / permanent
--   greylisting .............. greylisting (liste grise)
--   greeting ................. message d'accueil (la ligne 220 à l'ouverture de la connexion)
--   final dot ................ point final (après DATA)
--   forward-path / reverse-path  forward-path / reverse-path (termes de la RFC 5321)
--   header field ............. champ d'en-tête
--   credentials .............. identifiants
--   session / transaction .... session / transaction
--   policy ................... politique (de filtrage, de sécurité)
--   blocklist ................ liste de blocage
--   rate limit ............... limitation de débit
--   submission port .......... port de soumission
--   reply text ............... texte de la réponse
--   suppress (an address) .... placer sur la liste d'exclusion
--   admin .................... administrateur
return {
  basic = {
    [200] = {
      description = "200 est une réponse de succès qu'aucune norme SMTP ne définit ; le code normalisé pour une commande exécutée est 250. Les listes de référence des codes de réponse, comme le tableau très recopié de chiark.greenend.org.uk, le qualifient de réponse de succès non standard et renvoient à la RFC 876, un panorama des premières implémentations de SMTP publié en 1983. Comme son premier chiffre est 2, il ne peut être lu que comme un succès.",
      when = "Il est très rare aujourd'hui et provient, le cas échéant, d'un serveur SMTP très ancien, développé en interne ou mal configuré, ou d'un outil de test qui répond 200 là où 250 est attendu.",
      fix = "Un client doit interpréter 200 d'après son premier chiffre, comme l'exige la section 4.2.1 de la RFC 5321 : la commande est donc considérée comme réussie et la session continue. L'administrateur du serveur devrait modifier le logiciel pour qu'il envoie 250, afin de ne pas dérouter les clients stricts, les sondes de supervision et les analyseurs de journaux.",
      use = "Un serveur ne devrait jamais envoyer 200 ; il doit envoyer 250 pour toute commande exécutée.",
    },
    [211] = {
      description = "Le serveur indique son état ou donne une réponse d'aide générale. La RFC 5321 cite 211 à côté de 214 comme réponse de succès à HELP, mais ne définit pas le contenu du texte, qui est donc libre et destiné à une personne.",
      when = "On le voit rarement : quelques serveurs répondent à HELP, ou à une commande d'état propre à l'éditeur, par 211 suivi de quelques lignes d'informations d'état ou de version. La plupart des serveurs répondent plutôt à HELP par 214.",
      fix = "Rien à corriger ; la commande a réussi. Le texte peut être lu si l'information est utile, mais un script ne devrait pas l'analyser, car son format n'est pas normalisé.",
      use = "Envoyer 211 pour communiquer l'état du système ou des informations générales demandées par un opérateur, et réserver 214 au texte d'aide sur les commandes.",
    },
    [214] = {
      description = "Le serveur renvoie un texte d'aide en réponse à HELP, soit sur le serveur en général, soit sur la commande indiquée en argument. Le texte est écrit pour un lecteur humain et n'a pas de format fixe.",
      when = "Une personne qui testait un serveur à la main, avec telnet ou openssl s_client, a tapé HELP, ou HELP suivi d'un nom de commande, et le serveur a affiché la liste des commandes prises en charge ou un renvoi vers sa documentation, généralement sur plusieurs lignes.",
      fix = "Rien à corriger. Le texte peut donner des indications, mais pour savoir quelles extensions le serveur prend en charge, il faut se fier à la réponse à EHLO et non à la sortie de HELP.",
      use = "Envoyer 214 avec une aide lisible par une personne en réponse à HELP, avec ou sans argument.",
    },
    [220] = {
      description = "Le serveur est prêt à dialoguer en SMTP : 220 est le message d'accueil normal, envoyé dès l'ouverture de la connexion, et le premier mot après le code est le nom d'hôte du serveur. La RFC 3207 réutilise 220 comme réponse positive à STARTTLS ; il signifie alors que le serveur est prêt pour la négociation TLS. Le message d'accueil ne porte pas de code d'état étendu, car le client ne sait pas encore si le serveur en utilise, alors que la réponse à STARTTLS en porte généralement un.",
      when = "C'est la première ligne que reçoit un client une fois la connexion établie, par exemple « 220 mx.example.com ESMTP », avant qu'il n'envoie EHLO. Il répond aussi à une commande STARTTLS acceptée par le serveur, comme dans « 220 2.0.0 Ready to start TLS ».",
      fix = "Aucune action n'est nécessaire : après le message d'accueil, le client envoie EHLO, ou HELO s'il n'utilise pas d'extensions. Après un 220 en réponse à STARTTLS, le client lance aussitôt la négociation TLS puis, une fois celle-ci terminée, oublie ce qu'il avait appris auparavant et renvoie EHLO. Un client doit attendre le message d'accueil avant d'envoyer quoi que ce soit, car de nombreux serveurs rejettent les clients qui parlent les premiers.",
      use = "Envoyer 220 comme message d'accueil lorsque le serveur est disposé à accepter du courrier, et en réponse à STARTTLS lorsqu'il est prêt à démarrer TLS.",
    },
    [221] = {
      description = "Le serveur accuse réception de QUIT et ferme la connexion proprement. Le texte commence généralement par le nom d'hôte du serveur.",
      when = "C'est la dernière réponse d'une session normale ; elle arrive juste après l'envoi de QUIT par le client, par exemple « 221 2.0.0 Bye ».",
      fix = "Rien à corriger ; la session s'est terminée proprement et tout message déjà accepté par 250 reste accepté. Le client devrait lire la réponse, puis fermer la connexion de son côté.",
      use = "Envoyer 221 en réponse à QUIT, puis fermer la connexion.",
    },
    [235] = {
      description = "L'échange SASL ouvert par AUTH est terminé et le serveur accepte les identifiants du client. La session est désormais authentifiée, ce qui permet en général au client de soumettre du courrier ou de le faire relayer.",
      when = "Un logiciel de messagerie ou une application a envoyé AUTH PLAIN, AUTH LOGIN ou un autre mécanisme, le plus souvent sur le port de soumission 587 ou sur le port 465 en TLS, et le nom d'utilisateur et le mot de passe ou le jeton étaient corrects, comme dans « 235 2.7.0 Authentication successful ».",
      fix = "Rien à corriger ; poursuivre avec MAIL FROM. Ne pas renvoyer AUTH dans la même session, car le serveur le refusera ; si le mécanisme a mis en place une couche de sécurité, oublier les résultats d'EHLO obtenus auparavant et renvoyer EHLO.",
      use = "Envoyer 235 lorsqu'un échange AUTH se termine avec des identifiants valides.",
    },
    [250] = {
      description = "La commande a réussi ; 250 est le « OK » général de SMTP. Après la fin des données du message, il signifie davantage : le serveur a pris la responsabilité de remettre le message ou de signaler un échec à l'expéditeur. ETRN (RFC 1985) l'emploie pour indiquer que le traitement de la file d'attente pour le nœud a commencé, et ATRN (RFC 2645) pour annoncer que la connexion va être inversée.",
      when = "Presque chaque étape d'une session normale le reçoit : la réponse multiligne à EHLO qui énumère les extensions, l'acceptation de MAIL FROM et de chaque RCPT TO, la réponse au point final et les réponses à RSET, NOOP, VRFY, EXPN et à chaque bloc BDAT. Après le message, les serveurs ajoutent en général un code étendu et un identifiant de file d'attente, comme dans « 250 2.0.0 Ok: queued as 4FkX1 ».",
      fix = "Rien à corriger ; passer à la commande suivante. Il est utile de journaliser la réponse au point final, car son identifiant de file d'attente est ce dont l'administrateur du côté destinataire a besoin pour retrouver le message. Un 250 en réponse à RCPT TO n'accepte l'adresse que pour l'instant : le message peut encore revenir en rebond plus tard, si bien qu'un expéditeur doit continuer à traiter les notifications d'état de remise.",
      use = "Envoyer 250 chaque fois que la commande demandée a été entièrement exécutée, et après le point final seulement une fois le message stocké en lieu sûr.",
    },
    [251] = {
      description = "Le serveur accepte le destinataire bien que la boîte aux lettres ne soit pas locale et transférera le message vers le forward-path indiqué dans le texte de la réponse. Dans ETRN (RFC 1985), le même code a un sens sans rapport : la demande était valide, mais aucun message n'attend ce nœud.",
      when = "Il répond à RCPT TO, ou à VRFY, pour une adresse dont le serveur sait qu'elle a changé, par exemple « 251 User not local; will forward to <jane@new.example> ». La plupart des serveurs actuels transfèrent sans rien dire et répondent 250, afin que la nouvelle adresse reste confidentielle ; après ETRN, il signale simplement une file d'attente vide.",
      fix = "Le destinataire est accepté : la transaction se poursuit comme après 250. Un client peut extraire le forward-path entre chevrons pour suggérer une mise à jour de l'adresse, mais il n'y est pas tenu, et il ne devrait modifier des adresses automatiquement que s'il fait confiance à l'identité du serveur. Après ETRN, 251 signifie qu'il n'y a rien à remettre, ce qui n'est pas une erreur.",
      use = "Envoyer 251 en réponse à RCPT TO ou à VRFY lorsque le courrier est accepté pour une adresse qui sera transférée et que la nouvelle adresse peut être divulguée.",
    },
    [252] = {
      description = "Le serveur ne peut pas ou ne veut pas confirmer que l'adresse existe, mais il accepterait un message pour elle et tenterait de le remettre. Un site qui désactive VRFY pour protéger la vie privée doit répondre 252 plutôt qu'un code qui ressemble à un vrai résultat de vérification. Dans ETRN (RFC 1985), 252 signifie que la demande a été acceptée et que le traitement des messages en attente pour le nœud a commencé.",
      when = "Un outil ou un contrôle de vérification de l'expéditeur a envoyé VRFY ou EXPN, et le serveur soit a désactivé la vérification, comme la plupart des serveurs publics, soit est un MX de secours ou une passerelle qui ne peut pas contrôler la boîte finale en temps réel. Le registre de l'IANA associe aussi 252 à X.6.8 de la RFC 6531, pour un VRFY dont la réponse contiendrait un nom de boîte aux lettres en UTF-8 que le client n'a pas accepté de recevoir.",
      fix = "Ne voir dans 252 ni la preuve que la boîte aux lettres existe, ni un refus : un script de vérification d'adresses devrait enregistrer le résultat comme inconnu, et le seul test fiable consiste à envoyer un message et à guetter un rebond. Après ETRN, 252 est un succès, et le courrier en attente arrivera par de nouvelles connexions SMTP.",
      use = "Envoyer 252 en réponse à VRFY ou à EXPN lorsque la vérification est désactivée par la politique du site ou que l'adresse semble valide sans pouvoir être vérifiée en temps réel.",
    },
    [253] = {
      description = "Le serveur a accepté une demande ETRN et a commencé à envoyer les messages qu'il détient pour le nœud indiqué ; le texte en donne le nombre. Ce code n'existe que dans l'extension ETRN de la RFC 1985, où il dit la même chose que 252 en y ajoutant le nombre de messages.",
      when = "Un site à connexion intermittente, ou un serveur de messagerie agissant pour lui, s'est connecté au relais de son fournisseur et a envoyé ETRN avec son nom de domaine, et le relais avait du courrier en file d'attente pour ce domaine.",
      fix = "Rien à corriger. Le serveur SMTP du site doit rester joignable, car le relais remet les messages en attente par de nouvelles connexions SMTP vers l'hôte de messagerie du nœud, et non par la session qui a envoyé ETRN.",
      use = "Envoyer 253 en réponse à ETRN lorsque le traitement de la file d'attente a commencé et qu'il s'agit d'indiquer au client combien de messages attendent.",
    },
    [334] = {
      description = "Le serveur a accepté la commande AUTH jusqu'ici et attend l'étape suivante de l'échange SASL. Le texte qui suit le code est un défi encodé en base64, éventuellement vide ; ce sont des données destinées au logiciel client, et non un message pour une personne.",
      when = "Il suit AUTH chaque fois que le mécanisme a besoin d'un aller-retour supplémentaire : AUTH LOGIN envoie en base64 les invites du nom d'utilisateur et du mot de passe, AUTH PLAIN sans réponse initiale reçoit un défi vide, et CRAM-MD5 envoie un nonce en base64.",
      fix = "Le client doit répondre par une ligne de données en base64, ou par un simple « * » pour annuler, à quoi le serveur répond 501. Un client ne devrait pas journaliser l'échange décodé, car il peut contenir le mot de passe.",
      use = "Envoyer 334 avec un défi en base64 chaque fois que le mécanisme AUTH a besoin de données supplémentaires de la part du client.",
    },
    [354] = {
      description = "Le serveur a accepté DATA et est prêt à recevoir le message lui-même, en-têtes et corps, terminé par une ligne ne contenant qu'un point. C'est la seule réponse intermédiaire du cœur de SMTP : rien n'a encore été accepté.",
      when = "Il arrive juste après l'envoi de DATA par le client, dès que la transaction a un expéditeur et au moins un destinataire accepté, typiquement sous la forme « 354 End data with <CR><LF>.<CR><LF> ».",
      fix = "Envoyer le message en doublant le point de toute ligne qui commence par un point, le terminer par CRLF.CRLF et attendre la réponse finale : seule une réponse 2xx à ce moment signifie que le message a été accepté. Un client ne doit pas envoyer le contenu avant l'arrivée de 354, même en pipelining.",
      use = "Envoyer 354 en réponse à DATA lorsque la transaction a un expéditeur et au moins un destinataire accepté et que le serveur est prêt à lire le message.",
    },
    [355] = {
      description = "Le serveur a reconnu dans le TRANSID fourni avec MAIL FROM une transaction interrompue et indique, en nombre d'octets, à partir de quel point des données du message il peut reprendre. Ce code appartient à l'extension expérimentale CHECKPOINT de la RFC 1845, qui permet à un client de reprendre le transfert interrompu d'un gros message sans tout renvoyer.",
      when = "On ne le voit pratiquement jamais : les deux côtés doivent implémenter CHECKPOINT, et le client doit s'être reconnecté après une session coupée et avoir envoyé MAIL FROM avec le même paramètre TRANSID qu'auparavant.",
      fix = "Un client qui prend en charge CHECKPOINT reprend l'envoi du contenu du message à partir du décalage indiqué, sans répéter ce que le serveur détient déjà. Un client qui ne connaît pas l'extension ne devrait jamais recevoir 355, puisque ce code ne suit qu'un paramètre TRANSID ; si cela arrive, il devrait abandonner la transaction avec RSET.",
      use = "N'envoyer 355 que si CHECKPOINT est proposé et qu'un MAIL FROM porte le TRANSID d'une transaction interrompue dont les données ont été conservées.",
    },
  },
  enhanced = {
  },
}
