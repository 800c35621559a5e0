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
    [420] = {
      description = "Aucune norme ne définit 420 ; certaines listes de référence le décrivent comme un dépassement de délai ou un problème de connexion du côté destinataire. La RFC 5321 ne connaît pas ce code ; un client doit donc le traiter d'après son seul premier chiffre, comme l'exige sa section 4.2.1.",
      when = "On le rencontre surtout dans des listes de référence et dans les journaux de logiciels de messagerie anciens ou développés en interne, autour d'une session qui s'est bloquée ou a expiré. Le texte de la réponse, s'il y en a un, est le seul indice fiable de ce que le serveur voulait dire.",
      fix = "Le traiter comme toute réponse 4xx : garder le message en file d'attente et réessayer plus tard avec des délais croissants. Si le problème persiste, vérifier le chemin réseau, les pare-feu et les réglages de délai d'attente entre les deux hôtes, et lire le texte de la réponse ou les journaux du serveur.",
      use = "Un serveur ne devrait pas envoyer 420 ; un serveur qui doit couper une session pour cause de délai dépassé ou de surcharge devrait envoyer 421 à la place.",
    },
    [421] = {
      description = "Le serveur ne peut pas assurer le service SMTP pour le moment et ferme la connexion. La RFC 5321 l'autorise en réponse à n'importe quelle commande, et un serveur qui doit s'arrêter peut l'envoyer sans attendre de commande (section 3.8).",
      when = "Il remplace souvent le message d'accueil 220, ou répond à EHLO, lorsque le serveur est surchargé, limite le nombre de connexions par adresse cliente, redémarre ou applique une limitation de débit à un expéditeur auquel il ne fait pas encore confiance. Il arrive aussi en pleine session, lorsque le serveur s'arrête ou qu'une limite par session (durée, erreurs ou messages) est atteinte.",
      fix = "Le client devrait considérer la connexion comme fermée, conserver tout message qui n'a pas reçu de 250 pour son point final et réessayer plus tard avec des délais croissants, de préférence sur un autre hôte MX. Un expéditeur qui le reçoit en permanence devrait réduire son rythme de connexions et de messages et chercher dans le texte de la réponse une indication de limitation de débit ; l'administrateur du serveur devrait vérifier la charge, les limites de connexions et les redémarrages du service.",
      use = "Envoyer 421 lorsque le service doit fermer la connexion pour une raison temporaire, comme un arrêt, une surcharge ou un trop grand nombre de connexions, quelle que soit la commande en cours.",
    },
    [422] = {
      description = "422 n'apparaît que dans le registre IANA des codes d'état étendus, comme code de base alternatif associé à X.7.12 (A password transition is needed) ; aucune RFC ne le définit. Le code que la RFC 4954 prévoit réellement pour cette situation est 432.",
      when = "On le voit rarement sur le réseau, et certaines listes de référence lui donnent un sens sans rapport, une boîte aux lettres du destinataire ayant dépassé sa limite de stockage, qu'aucune norme ne confirme. Si un serveur l'envoie malgré tout, le code étendu et le texte de la réponse montrent quel sens il lui donne.",
      fix = "Le traiter comme un échec temporaire, comme l'exige la section 4.2.1 de la RFC 5321 pour toute réponse 4xx. S'il arrive avec 4.7.12 après AUTH, l'utilisateur devrait se connecter une fois avec PLAIN sur TLS pour que le serveur puisse achever la transition du mot de passe, puis réessayer.",
      use = "Pour une transition de mot de passe nécessaire, un serveur devrait envoyer 432 avec 4.7.12 plutôt que 422, puisque 432 est le code défini par la RFC 4954.",
    },
    [430] = {
      description = "430 n'apparaît que dans le registre IANA des codes d'état étendus, parmi les codes de base associés à X.5.1 (Invalid command) ; aucune RFC ne lui donne de sens propre. Pris au pied de la lettre, c'est un refus temporaire d'une commande que le serveur juge invalide.",
      when = "On le rencontre rarement en pratique, et un client qui le reçoit dialogue très probablement avec un logiciel développé en interne ou expérimental. Le texte de la réponse est le meilleur indice de ce qui a été refusé.",
      fix = "Le traiter comme toute réponse 4xx : la commande a échoué pour l'instant et peut être réessayée plus tard sans changement. S'il revient sans cesse, comparer la commande avec ce que le serveur a annoncé dans sa réponse à EHLO, car une commande invalide entraîne normalement un refus permanent 500, 501 ou 503.",
      use = "Un serveur devrait répondre à une commande invalide par 500, 501 ou 503 ; 430 n'a pas d'usage défini au-delà de son inscription au registre.",
    },
    [431] = {
      description = "Aucune norme ne définit 431 ; certaines listes de référence y voient un serveur destinataire à court d'espace disque ou de mémoire. Le nombre ressemble au code étendu enregistré 4.3.1 (Mail system full) privé de ses points, ce qui pourrait être l'origine de cette affirmation.",
      when = "On le rencontre surtout dans des listes de référence et, rarement, dans les journaux de logiciels non standard lors d'une pénurie de ressources du côté destinataire. Les serveurs conformes signalent la même situation par 452, généralement accompagné de 4.3.1.",
      fix = "Le traiter comme toute réponse 4xx, comme l'exige la section 4.2.1 de la RFC 5321 : garder le message en file d'attente et réessayer plus tard avec des délais croissants. L'administrateur du côté destinataire devrait vérifier l'espace libre sur les volumes de la file d'attente et du spool ainsi que la mémoire de l'hôte de messagerie.",
      use = "Un serveur ne devrait pas envoyer 431 ; un serveur à court de stockage devrait envoyer 452 avec 4.3.1 à la place.",
    },
    [432] = {
      description = "L'utilisateur doit passer au mécanisme d'authentification qu'il vient de demander, et le serveur ne peut pas l'accepter tant que ce n'est pas fait (RFC 4954). En général, le serveur ne détient pas encore d'identifiants pour ce mécanisme et a besoin d'une connexion avec le mot de passe en clair pour les créer.",
      when = "Il répond à AUTH, généralement avec 4.7.12, sur des serveurs qui conservent des identifiants distincts par mécanisme, par exemple après que l'administrateur a activé un mécanisme de type défi-réponse pour des comptes qui se connectaient jusque-là avec PLAIN. Certaines listes de référence donnent à 432 un sens sans rapport, une file d'attente entrante arrêtée sur Microsoft Exchange, qu'aucune norme ne confirme.",
      fix = "S'authentifier une fois avec PLAIN sur une connexion protégée par TLS pour que le serveur achève la transition, puis revenir au mécanisme plus fort. Un script ne devrait pas boucler sur le même mécanisme ; il devrait se rabattre une fois sur PLAIN sur TLS ou signaler la situation à l'utilisateur.",
      use = "Envoyer 432 avec 4.7.12 en réponse à AUTH lorsque le compte ne peut pas utiliser le mécanisme demandé tant que l'utilisateur ne s'est pas connecté une fois avec le mot de passe en clair.",
    },
    [441] = {
      description = "Aucune norme ne définit 441 ; certaines listes de référence disent qu'il signifie que le serveur du destinataire ne répond pas. Cette affirmation correspond au code étendu enregistré 4.4.1 (No answer from host) ; ces listes reproduisent donc probablement ce code privé de ses points.",
      when = "On le voit généralement dans des avis de retard ou des journaux du client plutôt que comme véritable réponse SMTP, car un hôte qui ne répond pas ne peut pas envoyer de code de réponse. Le système expéditeur décrit alors ses propres tentatives infructueuses pour joindre le saut suivant.",
      fix = "Le traiter comme un échec temporaire et laisser la file d'attente réessayer avec des délais croissants, comme l'exige la section 4.2.1 de la RFC 5321 pour toute réponse 4xx. L'administrateur du côté expéditeur devrait vérifier les enregistrements MX et d'adresse de la destination, le routage et les pare-feu, et si les hôtes distants acceptent les connexions sur le port 25.",
      use = "Un serveur ne devrait pas envoyer 441 ; la façon normalisée de signaler un saut suivant injoignable est 451 avec 4.4.1.",
    },
    [442] = {
      description = "Aucune norme ne définit 442 ; certaines listes de référence disent qu'il signifie que la connexion a été coupée pendant la transmission. Cette affirmation correspond au code étendu enregistré 4.4.2 (Bad connection) ; ces listes reproduisent donc probablement ce code privé de ses points.",
      when = "Il apparaît surtout dans les journaux du client ou dans des avis de retard après une session interrompue en cours de route, par exemple pendant un gros transfert DATA sur une liaison instable. Une connexion coupée ne produit aucune réponse ; le code est donc une étiquette ajoutée par le logiciel qui fait le rapport.",
      fix = "Réessayer plus tard comme pour toute réponse 4xx ; la section 3.8 de la RFC 5321 demande au client de traiter une connexion rompue comme s'il avait reçu 451. Si cela se répète, chercher un réseau instable, des équipements intermédiaires qui coupent les longues sessions et des délais d'attente trop courts de part ou d'autre.",
      use = "Un serveur ne devrait pas envoyer 442 ; un serveur qui doit mettre fin prématurément à une session devrait d'abord envoyer 421.",
    },
    [446] = {
      description = "Aucune norme ne définit 446 ; certaines listes de référence disent qu'il signifie que le nombre maximal de sauts a été dépassé, ce qui indique une boucle de messagerie. Cette affirmation correspond au code étendu enregistré 4.4.6 (Routing loop detected) ; ces listes reproduisent donc probablement ce code privé de ses points.",
      when = "Il est signalé lorsqu'un message a traversé trop de relais, généralement parce que deux serveurs se transfèrent mutuellement le même domaine ou la même adresse. Les champs d'en-tête Received du message retardé ou renvoyé montrent la boucle.",
      fix = "Un client le traite comme toute réponse 4xx et réessaie plus tard, comme l'exige la section 4.2.1 de la RFC 5321, mais les nouvelles tentatives ne servent à rien tant que la boucle n'est pas rompue. L'administrateur devrait suivre les champs d'en-tête Received et corriger la règle de transfert, l'alias, l'enregistrement MX ou le réglage de smarthost qui renvoie le courrier.",
      use = "Un serveur ne devrait pas envoyer 446 ; un message qui boucle est refusé par une réponse 5xx avec 5.4.6, ou différé par 451 avec 4.4.6 tant que la boucle peut encore se résorber.",
    },
    [447] = {
      description = "Aucune norme ne définit 447 ; certaines listes de référence disent qu'il signifie qu'un message sortant a dépassé son délai. Cette affirmation correspond au code étendu enregistré 4.4.7 (Delivery time expired) ; ces listes reproduisent donc probablement ce code privé de ses points.",
      when = "On le voit typiquement dans des avis de retard ou d'échec émis par un système expéditeur qui a gardé le message longtemps en file d'attente sans parvenir à le remettre. Le serveur destinataire n'a peut-être jamais répondu ; la vraie cause se trouve donc dans les tentatives précédentes consignées dans le journal de la file d'attente.",
      fix = "Le traiter comme toute réponse 4xx, comme l'exige la section 4.2.1 de la RFC 5321, et laisser la file d'attente réessayer jusqu'à son délai d'abandon. L'administrateur du côté expéditeur devrait lire les réponses précédentes pour cette destination afin de comprendre pourquoi la remise a bloqué : délais dépassés, greylisting ou panne du côté destinataire, par exemple.",
      use = "Un serveur ne devrait pas envoyer 447 ; un système expéditeur dont le délai de conservation en file d'attente expire devrait plutôt envoyer à l'expéditeur une notification d'état de remise avec 4.4.7 ou 5.4.7.",
    },
    [449] = {
      description = "Aucune norme ne définit 449 ; certaines listes de référence disent qu'il signifie une erreur de routage. Le code étendu 4.4.9 auquel ressemble ce nombre n'est pas non plus enregistré auprès de l'IANA ; aucune lecture de ce code ne repose donc sur une norme.",
      when = "On le rencontre surtout dans des listes de référence et dans les journaux de logiciels non standard, lorsqu'un message n'a pas pu être acheminé vers son saut suivant, souvent à cause d'un problème de DNS ou de configuration de relais. Le texte de la réponse ou les journaux du système expéditeur contiennent la véritable cause.",
      fix = "Le traiter comme toute réponse 4xx selon la section 4.2.1 de la RFC 5321 : garder le message en file d'attente et réessayer plus tard. Si le problème persiste, l'administrateur devrait vérifier les enregistrements MX et d'adresse de la destination et tous les réglages de smarthost ou de relais du côté expéditeur.",
      use = "Un serveur ne devrait pas envoyer 449 ; un problème de routage temporaire se signale par 451 avec un code étendu de la famille X.4, comme 4.4.0 ou 4.4.4.",
    },
    [450] = {
      description = "L'action demandée n'a pas été effectuée parce que la boîte aux lettres est momentanément indisponible, par exemple occupée, verrouillée ou bloquée temporairement par une politique. En réponse à ATRN (RFC 2645), le même code signifie que le serveur a refusé la demande ATRN pour le moment.",
      when = "Il répond surtout à RCPT TO, et sa cause la plus fréquente aujourd'hui est le greylisting : le serveur diffère la première tentative d'un couple expéditeur-adresse inconnu et accepte une nouvelle tentative quelques minutes plus tard. Il apparaît aussi lorsque le domaine du destinataire ou de l'expéditeur ne peut pas être vérifié pour le moment, lorsqu'une boîte aux lettres est verrouillée, ou après le point final pour une décision de politique temporaire.",
      fix = "Garder le message en file d'attente et réessayer plus tard ; un MTA conforme le fait de lui-même, et un message soumis au greylisting passe généralement à la tentative suivante, si bien qu'un script ne doit pas traiter un 450 comme un rebond. Si le report ne se lève jamais, lire le texte de la réponse et le code étendu (4.7.1 indique un blocage par politique) et vérifier la réputation et le DNS inverse de l'hôte expéditeur ainsi que l'adresse du destinataire.",
      use = "Envoyer 450 lorsqu'une boîte aux lettres ou un message ne peut pas être accepté maintenant mais pourra l'être plus tard, par exemple pour le greylisting, une boîte verrouillée ou un blocage temporaire par politique.",
    },
    [451] = {
      description = "Le serveur a interrompu l'action demandée à cause d'une erreur locale survenue pendant le traitement. En réponse à ATRN (RFC 2645), il signifie que le serveur ne peut pas traiter la demande ATRN pour l'instant.",
      when = "Il apparaît après MAIL FROM, RCPT TO ou le point final lorsque le serveur destinataire rencontre un problème interne temporaire : échec d'une requête DNS, antivirus ou antispam injoignable, panne de l'annuaire ou de la base de données, ou erreur d'écriture dans sa file d'attente. De nombreux serveurs l'emploient aussi pour le greylisting et pour les erreurs SPF temporaires (4.7.24), et la section 3.8 de la RFC 5321 demande au client de traiter une connexion rompue comme s'il avait reçu 451.",
      fix = "Réessayer plus tard avec des délais croissants ; le problème se situe du côté du serveur et disparaît généralement sans que l'expéditeur ait à changer quoi que ce soit. S'il dure des heures, l'administrateur du côté destinataire devrait vérifier les journaux du serveur, son résolveur DNS, l'espace disque libre et chaque filtre, analyseur ou service d'annuaire dont dépend le serveur.",
      use = "Envoyer 451 lorsqu'une commande ou une transaction échoue à cause d'une défaillance temporaire du côté serveur, comme un délai dépassé lors d'une requête, un service auxiliaire en panne ou un problème de ressources local.",
    },
    [452] = {
      description = "Le serveur n'a pas effectué l'action demandée parce qu'il manque pour l'instant de stockage pour le faire. La section 4.5.3.1.10 de la RFC 5321 fait aussi de 452 la réponse correcte lorsqu'une transaction compte plus de destinataires que le serveur n'en accepte, et avec SIZE (RFC 1870) il signifie que la taille de message annoncée ne peut pas être acceptée pour le moment.",
      when = "Il répond à MAIL FROM lorsqu'une taille annoncée ne tient pas dans l'espace libre, à RCPT TO lorsque la limite de destinataires de la transaction est atteinte (trop de destinataires), ou au point final lorsque le disque ou la file d'attente s'est rempli pendant le transfert. Certains fournisseurs l'envoient aussi avec 4.2.2 lorsqu'une boîte aux lettres de destinataire a dépassé son quota.",
      fix = "En cas de destinataires trop nombreux, le client devrait terminer la transaction avec les destinataires déjà acceptés et envoyer les autres dans une nouvelle transaction, comme la RFC 5321 prévoit de gérer cette limite. En cas de problème de stockage, réessayer plus tard avec des délais croissants ; l'administrateur du côté destinataire devrait vérifier l'espace libre sur les volumes de la file d'attente et du spool, ainsi que le quota du destinataire lorsque le code étendu est 4.2.2.",
      use = "Envoyer 452 lorsque le serveur manque temporairement de stockage, ou en réponse au RCPT TO qui dépasse la limite de destinataires d'une transaction, afin que le client envoie les autres plus tard.",
    },
    [453] = {
      description = "En réponse à ATRN (RFC 2645, On-Demand Mail Relay), 453 indique au client authentifié qu'aucun courrier n'attend ses domaines. Par ailleurs, le registre de l'IANA cite 453 comme code de base pour X.3.2 (System not accepting network messages), un sens sans rapport avec ATRN.",
      when = "Avec On-Demand Mail Relay, un site à adresse dynamique se connecte à son fournisseur, s'authentifie, envoie ATRN et reçoit 453 lorsque sa file d'attente est vide. En dehors d'ATRN, un serveur pourrait l'envoyer avec 4.3.2 pendant une maintenance ou avant un arrêt, même si 421 est le choix habituel dans ce cas.",
      fix = "Pour ATRN, il n'y a rien à corriger : le client termine la session par QUIT et interroge de nouveau lors de sa prochaine relève programmée. S'il arrive avec 4.3.2, le traiter comme un refus temporaire et réessayer plus tard, comme l'exige la section 4.2.1 de la RFC 5321 pour toute réponse 4xx.",
      use = "Envoyer 453 en réponse à ATRN lorsqu'aucun courrier n'est en file d'attente pour les domaines demandés ; pour un système qui n'accepte temporairement pas de courrier, 421 est le choix le plus clair.",
    },
    [454] = {
      description = "Un problème temporaire du côté serveur empêche l'étape de sécurité demandée : après AUTH (RFC 4954), l'authentification a échoué pour une raison temporaire, et après STARTTLS (RFC 3207), TLS n'est pas disponible pour l'instant. Les identifiants ou la demande ne sont pas jugés incorrects.",
      when = "Après AUTH, il signifie généralement que le serveur n'a pas pu joindre son dorsal d'authentification, par exemple une base LDAP ou SQL ou un service SASL. Après STARTTLS, il signale un certificat ou une clé absents ou illisibles, une bibliothèque TLS qui n'a pas pu démarrer ou un manque de ressources ; certains serveurs emploient aussi 454 avec 4.7.1 pour refuser momentanément le relais.",
      fix = "Réessayer plus tard ; un logiciel de messagerie ne devrait pas demander un nouveau mot de passe à l'utilisateur sur la seule foi d'un 454, et un client ne devrait se rabattre sur une remise sans TLS que là où sa politique de sécurité le permet. L'administrateur du serveur devrait vérifier le dorsal d'authentification, les fichiers de certificat et de clé ainsi que les journaux d'erreurs TLS.",
      use = "Envoyer 454 lorsque AUTH ou STARTTLS ne peut aboutir à cause d'un problème temporaire du côté serveur, et non parce que le client a commis une erreur.",
    },
    [455] = {
      description = "Le serveur ne peut pas traiter pour le moment un ou plusieurs paramètres de MAIL FROM ou de RCPT TO, bien qu'il les comprenne (section 4.1.1.11 de la RFC 5321). C'est le pendant temporaire de 555, et la spécification d'un paramètre peut imposer un autre code.",
      when = "Il est rare en pratique ; il peut apparaître lorsqu'un serveur prend en charge un paramètre d'extension, comme NOTIFY ou RET de DSN, mais ne peut pas l'honorer à ce moment, par exemple parce qu'un service dont il a besoin est en panne.",
      fix = "Réessayer la transaction plus tard sans changement et, si elle échoue encore, réessayer sans le paramètre facultatif lorsque le message peut s'en passer. L'administrateur du serveur devrait vérifier le sous-système qui met en œuvre le paramètre.",
      use = "Envoyer 455 lorsqu'un paramètre de MAIL FROM ou de RCPT TO est compris mais ne peut pas être honoré pour l'instant et que la spécification du paramètre ne prévoit pas d'autre code.",
    },
    [456] = {
      description = "Un Internet-Draft expiré (draft-martin-smtp-ipv6-to-ipv4-fallback) proposait 456 pour demander au client de renvoyer immédiatement le message en IPv4, parce qu'en IPv6 il échoue aux contrôles d'authentification de l'expéditeur (le brouillon cite SPF et DKIM). Il n'est jamais devenu une RFC ; aucune norme n'attribue donc ce sens au code.",
      when = "Il ne peut venir que de serveurs qui appliquent cette proposition, en réponse à un expéditeur double pile connecté en IPv6 dont le courrier ne s'authentifie pas depuis son adresse IPv6, par exemple parce que l'enregistrement SPF ne contient que des adresses IPv4. La plupart des logiciels de messagerie ne connaissent pas ce code.",
      fix = "Un client qui implémente le brouillon renvoie aussitôt le même message en IPv4 vers le même MX ; tout autre client le traite comme une réponse 4xx et réessaie plus tard, comme l'exige la section 4.2.1 de la RFC 5321. L'administrateur du côté expéditeur devrait ajouter les adresses IPv6 d'envoi à SPF, leur attribuer un DNS inverse, ou privilégier IPv4 pour le courrier sortant vers cette destination.",
      use = "Un serveur ne peut envoyer 456 que s'il suit le brouillon et veut que l'expéditeur réessaie en IPv4 ; sinon, un refus temporaire par politique s'envoie sous la forme 450 ou 451.",
    },
    [458] = {
      description = "Le serveur ne peut pas lancer pour le moment le traitement de sa file d'attente pour le nœud (le domaine) indiqué dans ETRN (RFC 1985). La demande elle-même est recevable, et l'échec devrait se résorber.",
      when = "Un site à connexion intermittente, ou son script de relève, envoie ETRN au relais de son fournisseur et reçoit 458 lorsque le relais ne peut pas lancer le traitement de la file d'attente tout de suite, par exemple parce que sa file est verrouillée ou qu'il est trop occupé.",
      fix = "Renvoyer ETRN plus tard, ou simplement attendre, puisque le relais retraite de toute façon sa file d'attente selon son propre calendrier. L'administrateur du relais devrait vérifier que le traitement de la file d'attente pour ce domaine fonctionne et que la file n'est pas bloquée.",
      use = "Envoyer 458 en réponse à ETRN lorsque cet hôte détient bien du courrier pour le nœud mais ne peut pas lancer le traitement de la file d'attente tout de suite.",
    },
    [459] = {
      description = "Le serveur refuse de lancer le traitement de la file d'attente pour le nœud indiqué dans ETRN (RFC 1985), et le texte de la réponse en donne la raison. Il est défini comme une réponse temporaire, bien que la raison relève souvent de la configuration ou des autorisations.",
      when = "Il apparaît lorsqu'un client envoie ETRN pour un domaine pour lequel le relais ne détient pas de courrier ou dont il ne laisse pas ce client déclencher le traitement, ou lorsque l'usage d'ETRN est restreint par une politique.",
      fix = "Vérifier que le nom de nœud passé à ETRN correspond à un domaine pour lequel le relais met du courrier en file d'attente et que le client a le droit de le demander ; renvoyer le même ETRN sans changement donne en général la même réponse. L'administrateur du relais devrait revoir quels clients peuvent utiliser ETRN pour quels domaines.",
      use = "Envoyer 459 en réponse à ETRN lorsque ce client n'a pas le droit de lancer le traitement de la file d'attente pour le nœud demandé, en indiquant la raison dans le texte de la réponse.",
    },
    [471] = {
      description = "Aucune norme ne définit 471 ; certaines listes de référence disent qu'il signale une erreur dans un filtre de messagerie local du côté destinataire, souvent un filtre antispam ou antivirus. Son deuxième chiffre, 7, sort de la grammaire des réponses de la RFC 5321, qui n'autorise là que 0 à 5, et le nombre ressemble au code étendu 4.7.1 (Delivery not authorized, message refused) privé de ses points.",
      when = "On le rencontre dans des listes de référence et dans les journaux de logiciels non standard ou mal configurés, typiquement lorsqu'un filtre de contenu ou un contrôle de politique a échoué ou a refusé le message. Le texte de la réponse, ou les journaux du filtre du côté destinataire, contiennent la véritable cause.",
      fix = "Un client doit le traiter d'après son premier chiffre comme un échec temporaire, comme l'exige la section 4.2.1 de la RFC 5321, et réessayer plus tard. S'il se répète, l'administrateur du côté destinataire devrait vérifier le logiciel de filtrage et sa liaison avec le MTA, et l'expéditeur devrait vérifier si le message ressemble à du spam aux yeux de ce filtre.",
      use = "Un serveur ne devrait pas envoyer 471, car son deuxième chiffre sort de la plage autorisée ; une défaillance temporaire du filtre se signale par 451 et un report par politique par 450.",
    },
    [500] = {
      description = "Le serveur n'a pas reconnu la commande, ou la ligne de commande était trop longue pour qu'il puisse la lire. L'erreur porte sur la commande elle-même, et non sur le message ou une boîte aux lettres. Pendant AUTH, il signale aussi une ligne de réponse du client plus longue que ce que le serveur peut mettre en mémoire tampon pour le mécanisme choisi, avec le code étendu 5.5.6.",
      when = "Les causes typiques sont une faute de frappe dans une session saisie à la main, une commande d'extension que le serveur n'a jamais annoncée, ou une ligne de commande plus longue que ce que le serveur accepte. Certains serveurs anciens répondent 500 à EHLO, ce qui indique au client de se rabattre sur HELO. Les pare-feu et proxys qui filtrent SMTP peuvent aussi le produire pour les commandes qu'ils ne laissent pas passer.",
      fix = "Les clients ne devraient envoyer que les commandes de base et les commandes des extensions annoncées dans la réponse à EHLO, et limiter chaque ligne de commande à 512 octets CRLF compris. Si EHLO lui-même reçoit 500, envoyer HELO à la place et n'utiliser aucune extension. Les auteurs de scripts devraient journaliser la ligne exacte envoyée, car la réponse indique rarement quelle partie n'a pas été comprise.",
      use = "Envoyer 500 lorsque le verbe de la commande est inconnu ou que la ligne est trop longue pour être analysée ; 502 est prévu pour une commande reconnue mais non implémentée.",
    },
    [501] = {
      description = "Le serveur a reconnu la commande mais n'a pas pu accepter ses arguments, qui sont mal formés. Les cas typiques sont une adresse mal formée dans MAIL FROM ou RCPT TO, des arguments donnés à une commande qui n'en prend pas et un domaine invalide dans EHLO ou HELO. STARTTLS et AUTH l'utilisent aussi : pour des paramètres après STARTTLS, pour un échange AUTH que le client a annulé par un simple astérisque et pour des données qui ne sont pas du base64 valide.",
      when = "Les déclencheurs courants sont une espace après les deux-points de MAIL FROM: ou RCPT TO:, une adresse sans chevrons, un tiret bas ou un autre caractère invalide dans le domaine d'EHLO, et des bibliothèques clientes qui placent un nom d'affichage dans l'enveloppe au lieu d'une adresse nue. Un client qui annule un échange d'authentification le reçoit aussi.",
      fix = "Vérifier la ligne de commande exacte : les adresses se placent entre chevrons sans espace autour des deux-points, et l'argument d'EHLO doit être un nom d'hôte valide ou une adresse littérale. Corriger les données ou la bibliothèque cliente et renvoyer la commande ; répéter la même ligne échouera de la même façon.",
      use = "Envoyer 501 lorsqu'une commande connue a des arguments impossibles à analyser, y compris des adresses syntaxiquement invalides et tout argument donné à DATA, RSET ou QUIT.",
    },
    [502] = {
      description = "Le serveur a reconnu la commande mais ne l'implémente pas. La RFC 5321 distingue ce cas de 500, réservé aux commandes que le serveur ne reconnaît pas du tout. Un serveur ne doit pas annoncer dans sa réponse à EHLO une extension dont il répondrait à la commande par 502.",
      when = "Les clients le rencontrent pour des commandes facultatives que de nombreux serveurs désactivent, comme VRFY, EXPN, HELP ou TURN, et pour EHLO sur un serveur très ancien qui ne connaît que HELO. Il apparaît aussi lorsqu'un client envoie une commande d'extension sans avoir d'abord consulté la réponse à EHLO.",
      fix = "Ne pas répéter la commande sur ce serveur ; lire la réponse à EHLO pour voir ce qui est pris en charge et passer par une autre voie, par exemple la remise normale avec RCPT au lieu de vérifier une adresse avec VRFY. Si EHLO reçoit 502, envoyer HELO à la place. Les administrateurs qui veulent rendre la commande disponible doivent l'activer dans la configuration du serveur.",
      use = "Envoyer 502 pour une commande reconnue que le serveur a choisi de ne pas implémenter ou qu'il a désactivée, et ne jamais annoncer l'extension d'une telle commande dans la réponse à EHLO.",
    },
    [503] = {
      description = "La commande est valide mais est arrivée au mauvais moment de la session. Exemples : RCPT avant MAIL, DATA avant tout destinataire accepté, MAIL alors qu'une transaction est déjà ouverte, et AUTH pendant une transaction de courrier ou après un AUTH réussi.",
      when = "Les causes typiques sont un client qui a sauté EHLO ou HELO, des commandes envoyées en pipelining après l'échec d'une commande précédente, ou un client qui a poursuivi avec DATA alors que tous les destinataires avaient été refusés. Un serveur qui a refusé la session par un message d'accueil 554 répond aux commandes suivantes par 503. Certains fournisseurs utilisent aussi 503 pour un client qui ne s'est pas authentifié, là où 530 serait plus clair.",
      fix = "Respecter l'ordre EHLO, éventuellement STARTTLS et AUTH, MAIL, un ou plusieurs RCPT, puis DATA, et vérifier chaque réponse avant de continuer. Après un MAIL en échec ou une série de RCPT refusés, envoyer RSET et recommencer la transaction. Si le texte de la réponse mentionne l'authentification, se connecter avec AUTH avant MAIL.",
      use = "Envoyer 503 lorsqu'une commande connue arrive hors séquence, et laisser la session dans l'état où elle était avant cette commande.",
    },
    [504] = {
      description = "La commande et sa syntaxe sont correctes, mais le serveur ne prend pas en charge le paramètre ou l'option demandés. Le cas le plus courant est AUTH avec un mécanisme SASL que le serveur ne propose pas ; VRFY, EXPN et HELP peuvent aussi le recevoir lorsque la variante demandée n'est pas prise en charge.",
      when = "On le voit généralement juste après AUTH avec un mécanisme repris d'anciens réglages du client, comme CRAM-MD5 ou NTLM, que ce serveur n'énumère pas dans sa réponse à EHLO. Un serveur conforme ne le renvoie à EHLO ou HELO que dans de rares cas.",
      fix = "Choisir un mécanisme dans la ligne AUTH de la réponse à EHLO, et relire cette réponse après STARTTLS, car la liste change souvent une fois TLS actif. Pour les autres commandes, supprimer le paramètre non pris en charge ou employer une forme plus simple de la commande.",
      use = "Envoyer 504 lorsqu'une commande est reconnue mais que le paramètre, l'option ou le mécanisme SASL demandés ne le sont pas ; pour des paramètres inconnus de MAIL FROM ou de RCPT TO, envoyer plutôt 555.",
    },
    [510] = {
      description = "Un code qu'aucune norme ne définit et que des pages publiques de référence et d'assistance présentent comme signifiant une adresse électronique erronée. La RFC 5321 réserve la plage x1z aux réponses d'information ; une erreur d'adresse numérotée 510 ne s'inscrit donc pas dans le schéma normalisé. Un client doit le traiter comme toute autre réponse 5xx, c'est-à-dire comme un échec permanent, comme l'exige la section 4.2.1 de la RFC 5321.",
      when = "Les vrais serveurs l'envoient rarement ; on le trouve surtout dans des articles d'assistance, ou dans un rapport qui affiche le code étendu 5.1.0 sans ses points. Vérifier la réponse brute dans le journal du serveur avant d'agir sur la foi de ce nombre.",
      fix = "Vérifier l'adresse du destinataire pour repérer d'éventuelles fautes de frappe et la faire confirmer par le destinataire par un autre moyen. Traiter l'échec comme permanent et ne pas réessayer la même adresse sans changement.",
      use = "Ne pas envoyer 510 ; signaler une adresse de destinataire erronée par 550 avec un code étendu comme 5.1.1.",
    },
    [511] = {
      description = "Un code qu'aucune norme ne définit et que des listes publiques de référence décrivent, elles aussi, comme une adresse électronique erronée. Ses chiffres correspondent au code étendu enregistré 5.1.1, adresse de boîte aux lettres de destination erronée. Un client doit le traiter comme toute autre réponse 5xx, c'est-à-dire comme un échec permanent, comme l'exige la section 4.2.1 de la RFC 5321.",
      when = "Les vrais serveurs l'envoient rarement comme code de base ; un journal ou un rebond qui affiche 511 montre peut-être le code étendu 5.1.1 privé de ses points, issu le plus souvent d'une réponse 550 pour une boîte aux lettres inconnue.",
      fix = "Vérifier l'orthographe de l'adresse du destinataire et s'assurer que la boîte aux lettres existe toujours. Ne pas réessayer la même adresse, et la retirer des listes de diffusion si elle continue d'échouer.",
      use = "Ne pas envoyer 511 ; signaler une boîte aux lettres inconnue par 550 avec 5.1.1.",
    },
    [512] = {
      description = "Un code qu'aucune norme ne définit et que des références publiques présentent comme signifiant que le domaine du destinataire est introuvable dans le DNS. Ses chiffres correspondent au code étendu 5.1.2, adresse du système de destination erronée. Un client doit le traiter comme toute autre réponse 5xx, c'est-à-dire comme un échec permanent, comme l'exige la section 4.2.1 de la RFC 5321.",
      when = "On le voit surtout dans des listes d'assistance et dans des rapports qui affichent un code étendu sans ses points, après une faute de frappe dans la partie domaine d'une adresse ou pour un domaine expiré.",
      fix = "Vérifier l'orthographe du domaine après l'arobase et consulter ses enregistrements MX. Si le domaine est correct mais n'a pas de configuration de messagerie fonctionnelle, seul l'administrateur du destinataire peut corriger son DNS.",
      use = "Ne pas envoyer 512 ; utiliser 550 avec 5.1.2 pour un domaine de destination inconnu, ou 556 avec 5.1.10 lorsque le domaine publie un MX nul.",
    },
    [513] = {
      description = "Un code qu'aucune norme ne définit et que des listes publiques de référence décrivent comme un type d'adresse incorrect ou une adresse mal formée. Ses chiffres correspondent au code étendu 5.1.3, syntaxe de l'adresse de boîte aux lettres de destination erronée. Un client doit le traiter comme toute autre réponse 5xx, c'est-à-dire comme un échec permanent, comme l'exige la section 4.2.1 de la RFC 5321.",
      when = "Ces listes l'associent à des adresses qui contiennent des caractères invalides, auxquelles il manque une partie ou qui utilisent un format que le système de messagerie n'accepte pas, ainsi qu'à des journaux qui affichent 5.1.3 sans ses points.",
      fix = "Vérifier la syntaxe de l'adresse, y compris l'arobase, le domaine et d'éventuels espaces ou guillemets parasites, et la corriger avant de renvoyer le message.",
      use = "Ne pas envoyer 513 ; signaler une adresse mal formée par 553 ou 501 avec le code étendu 5.1.3.",
    },
    [517] = {
      description = "Un code qu'aucune norme ne définit et qui figure dans des listes d'assistance comme une erreur d'adresse erronée. Ses chiffres correspondent au code étendu 5.1.7, qui concerne la syntaxe de l'adresse de l'expéditeur. Un client doit le traiter comme toute autre réponse 5xx, c'est-à-dire comme un échec permanent, comme l'exige la section 4.2.1 de la RFC 5321.",
      when = "On le voit principalement dans des articles d'assistance et dans des rapports qui affichent les codes étendus sans points ; les vrais serveurs l'envoient rarement comme code de base.",
      fix = "Vérifier les deux adresses : l'expéditeur d'enveloppe configuré dans le client comme le destinataire, puisque le code étendu correspondant, 5.1.7, porte sur l'expéditeur. Traiter l'échec comme permanent et ne pas réessayer sans changement.",
      use = "Ne pas envoyer 517 ; utiliser 553 ou 501 avec 5.1.7 pour une adresse d'expéditeur mal formée et 550 avec 5.1.1 pour un destinataire erroné.",
    },
    [520] = {
      description = "Une réponse définie uniquement dans un Internet-Draft, qui demande au client d'utiliser le bon identifiant QHLO. QHLO fait partie de l'extension QUICKSTART proposée, qui visait à réduire le nombre d'allers-retours au début d'une session SMTP ; le brouillon n'est jamais devenu une RFC.",
      when = "Pratiquement jamais sur l'Internet public, puisque QUICKSTART n'a jamais dépassé le stade de brouillon. On le trouve surtout dans les tables d'analyse des rebonds qui recensent tous les codes proposés.",
      fix = "Le traiter comme un échec permanent, comme l'exige la section 4.2.1 de la RFC 5321 pour toute réponse 5xx. Si le client est sous votre contrôle, cesser d'utiliser QHLO et ouvrir la session par EHLO.",
      use = "N'envoyer 520 que depuis une implémentation expérimentale du brouillon QUICKSTART ; les serveurs conformes ne devraient pas l'envoyer.",
    },
    [521] = {
      description = "L'hôte n'accepte aucun courrier et le dit dès l'ouverture de la connexion, au lieu d'envoyer le message d'accueil 220 habituel. La RFC 7504 l'a normalisé en 2015 ; il était apparu d'abord dans la RFC expérimentale 1846. Il décrit l'hôte tout entier, et non un refus visant un client, un expéditeur ou un message particulier.",
      when = "On le voit comme message d'accueil d'une machine qui n'écoute sur le port 25 que pour refuser le courrier, souvent un serveur web ou applicatif atteint par l'enregistrement d'adresse d'un domaine, ou un hôte vers lequel pointe un enregistrement MX par erreur. La réponse est définitive pour cet hôte : réessayer plus tard donne la même réponse.",
      fix = "Le traiter comme une réponse permanente de cet hôte et cesser de le réessayer ; si aucun autre hôte n'accepte le message, le renvoyer à l'expéditeur comme non distribuable. Les propriétaires de domaines qui ne reçoivent pas de courrier devraient publier un enregistrement MX nul pour que les expéditeurs ne se connectent même pas, et ceux qui veulent recevoir du courrier devraient faire pointer leurs enregistrements MX vers un vrai serveur de messagerie.",
      use = "Envoyer 521 comme message d'accueil d'un hôte qui n'accepte de courrier en aucune circonstance ; envoyer plutôt 554 si seuls certains clients ou messages sont refusés.",
    },
    [523] = {
      description = "Le mécanisme d'authentification choisi par le client ne peut être utilisé qu'une fois une couche de chiffrement comme TLS en place. Ce code n'est mentionné que dans le registre IANA des codes d'état étendus, comme code de base de 5.7.10 Encryption Needed ; aucune RFC ne définit 523 comme une réponse à part entière. Certaines listes publiques de codes présentent au contraire 523 comme une erreur de message trop volumineux, ce qui contredit le registre.",
      when = "Rare sur le réseau : les serveurs signalent normalement ce cas par 538, ou par 530 avec 5.7.0 lorsque AUTH précède STARTTLS. Si un journal montre 523 avec une plainte sur la taille dans le texte, le serveur suit le sens officieux ; c'est alors le texte et le code étendu qui font foi.",
      fix = "Lancer STARTTLS et s'authentifier de nouveau dans la session chiffrée, ou choisir un mécanisme plus fort qui n'envoie pas le mot de passe en clair. Si le texte de la réponse porte plutôt sur la taille du message, réduire la taille du message.",
      use = "N'envoyer 523 avec 5.7.10 que si le serveur suit l'association du registre pour un mécanisme en clair demandé sans TLS ; 538 avec 5.7.11 est le choix le plus connu.",
    },
    [524] = {
      description = "Le mécanisme d'authentification demandé par le client ne peut être utilisé que sur une connexion chiffrée. Ce code n'apparaît que dans le registre IANA des codes d'état étendus, à côté de 538, comme code de base associé à 5.7.11 ; aucune RFC ne définit 524 comme une réponse à part entière.",
      when = "On le voit rarement dans de vraies sessions, car les serveurs signalent cette situation par 538, comme le décrit la RFC 4954. Le registre lui-même précise que les serveurs modernes ne devraient pas proposer de tels mécanismes avant que le chiffrement soit actif.",
      fix = "Envoyer STARTTLS, lire la nouvelle réponse à EHLO et s'authentifier dans la session chiffrée. Modifier les réglages du client qui tentent de s'authentifier avant TLS, afin que TLS passe toujours en premier.",
      use = "Préférer 538 avec 5.7.11 pour cette situation, et n'envoyer 524 qu'à un pair dont on sait qu'il l'attend.",
    },
    [525] = {
      description = "Les identifiants ont été acceptés, mais le compte a été désactivé par son administrateur. Ce code n'est mentionné que dans le registre IANA des codes d'état étendus, comme code de base de 5.7.13 User Account Disabled ; aucune RFC ne définit 525 comme une réponse à part entière. Contrairement à 535, il indique au client qu'il ne sert à rien de saisir de nouveau le mot de passe.",
      when = "On le voit après AUTH sur un serveur de soumission lorsqu'un compte a été suspendu, par exemple pour impayé, abus ou suspicion d'intrusion. De nombreux serveurs signalent le même cas par 535 ou un autre code 5xx accompagné de 5.7.13 ; le code étendu est donc le signal le plus fiable.",
      fix = "L'utilisateur doit contacter le fournisseur de messagerie ou l'administrateur pour faire réactiver le compte ; changer le mot de passe dans le client n'y changera rien. Les clients devraient afficher le texte du serveur plutôt qu'une demande de mot de passe, et les scripts devraient cesser toute nouvelle tentative avec ce compte.",
      use = "Envoyer 525 avec 5.7.13 après une authentification réussie sur un compte désactivé par l'administration.",
    },
    [530] = {
      description = "Le serveur n'exécutera pas la commande tant que le client ne se sera pas authentifié avec AUTH ou, sur les serveurs qui exigent TLS, tant qu'il n'aura pas envoyé STARTTLS. La RFC 4954 le définit avec 5.7.0 pour l'absence d'authentification, la RFC 3207 l'utilise pour exiger d'abord STARTTLS, et la RFC 2645 pour un ATRN émis par un client non authentifié. Des listes de référence plus anciennes appellent 530 « accès refusé », un usage officieux d'éditeurs antérieur à ces RFC.",
      when = "Typique des serveurs de soumission sur le port 587 et des relais qui n'acceptent le courrier que des utilisateurs connectés, en réponse à MAIL, RCPT ou DATA. Un client configuré sans mot de passe, ou qui a sauté STARTTLS sur un serveur qui l'exige, le reçoit dès la première commande de courrier.",
      fix = "Activer l'authentification SMTP dans le client avec des identifiants valides, et activer STARTTLS si le texte de la réponse le demande. Les scripts devraient enchaîner EHLO, STARTTLS, de nouveau EHLO et AUTH avant MAIL FROM, et vérifier que la connexion a renvoyé 235.",
      use = "Envoyer 530 à toute commande autre qu'AUTH, EHLO, HELO, NOOP, RSET ou QUIT lorsque la politique exige une authentification, ou à toute commande autre que NOOP, EHLO, STARTTLS ou QUIT lorsqu'elle exige d'abord TLS.",
    },
    [533] = {
      description = "L'expéditeur n'est pas autorisé à envoyer vers cette destination. Ce code n'apparaît que dans le registre IANA des codes d'état étendus, parmi les codes de base associés à 5.7.1 Delivery not authorized, message refused ; aucune RFC ne définit 533 comme une réponse à part entière. Exim a utilisé 533 pour refuser des noms de boîtes aux lettres internationalisés, un sens sans rapport avec l'entrée du registre.",
      when = "Rare en pratique, car les refus par politique arrivent presque toujours sous la forme 550 avec 5.7.1. Si 533 apparaît malgré tout, lire le texte de la réponse : il peut s'agir de l'usage d'Exim pour une adresse non ASCII plutôt que d'un blocage par politique.",
      fix = "Le traiter comme un refus permanent et s'appuyer sur le texte et le code étendu pour savoir quelle politique s'applique. Pour un blocage par politique, contacter l'administrateur du destinataire ou corriger la configuration d'envoi ; pour une adresse non ASCII, utiliser une adresse ASCII ou un chemin de serveurs qui prennent en charge SMTPUTF8.",
      use = "Préférer 550 avec 5.7.1 pour un refus par politique, car 533 n'a pas de sens normalisé au-delà de son inscription au registre.",
    },
    [534] = {
      description = "Le serveur refuse le mécanisme SASL choisi par le client parce qu'il est plus faible que ce que la politique autorise pour cet utilisateur. La RFC 4954 le définit avec le code étendu 5.7.9, et le client est censé essayer un mécanisme plus fort.",
      when = "On le voit après AUTH avec PLAIN, LOGIN ou CRAM-MD5 sur des serveurs qui exigent des méthodes plus fortes pour certains comptes. Certains grands fournisseurs l'envoient lorsqu'un compte nécessite un mot de passe d'application ou une connexion OAuth au lieu du mot de passe habituel.",
      fix = "Choisir un mécanisme plus fort dans la liste AUTH de la réponse à EHLO, ou suivre les instructions du fournisseur, ce qui revient généralement à créer un mot de passe d'application ou à passer le client en OAuth. Réessayer le même mécanisme échouera de la même façon.",
      use = "Envoyer 534 en réponse à AUTH lorsque le mécanisme demandé est pris en charge mais trop faible pour cet utilisateur selon la politique du serveur.",
    },
    [535] = {
      description = "L'authentification a échoué parce que le nom d'utilisateur, le mot de passe ou d'autres identifiants étaient erronés ou insuffisants. La RFC 4954 le définit comme la réponse normale à un échange AUTH en échec, avec le code étendu 5.7.8.",
      when = "Le plus souvent un mot de passe mal saisi ou modifié, un nom d'utilisateur sous une mauvaise forme, par exemple sans le domaine, ou un compte qui nécessite un mot de passe d'application. Une longue série de réponses 535 pour une même adresse cliente est aussi un signe typique de tentatives de deviner des mots de passe, et de nombreux serveurs bloquent alors cette adresse.",
      fix = "Vérifier et mettre à jour le format du nom d'utilisateur et le mot de passe dans les réglages du client ; un client de messagerie devrait redemander les identifiants à l'utilisateur plutôt que boucler. Les scripts ne doivent pas réessayer avec les mêmes identifiants, car des échecs répétés peuvent entraîner le blocage du compte ou de l'adresse IP.",
      use = "Envoyer 535 lorsque l'échange AUTH arrive à son terme mais que les identifiants sont refusés, sauf si un code plus précis comme 534, 538 ou 454 convient.",
    },
    [538] = {
      description = "Le mécanisme d'authentification choisi par le client ne peut être utilisé qu'une fois la connexion chiffrée. La RFC 4954 le définit avec 5.7.11 ; le registre de l'IANA le qualifie de surtout historique, puisque les serveurs ne devraient pas proposer de tels mécanismes avant que le chiffrement soit actif.",
      when = "On le voit lorsqu'un client envoie AUTH PLAIN ou AUTH LOGIN sur une connexion non chiffrée, généralement parce que STARTTLS est désactivé dans le client ou que le client s'est connecté au mauvais port.",
      fix = "Activer STARTTLS dans le client, ou utiliser TLS implicite sur le port 465, et ne s'authentifier qu'après la négociation TLS et un nouvel EHLO. Les administrateurs devraient n'annoncer les mécanismes à mot de passe qu'après TLS, pour que les clients ne les essaient pas trop tôt.",
      use = "Envoyer 538 en réponse à AUTH lorsque le mécanisme demandé nécessite une connexion chiffrée qui n'est pas encore établie.",
    },
    [540] = {
      description = "Un code qu'aucune norme ne définit ; des listes publiques de codes l'attribuent à un seul fournisseur, Rambler, et le décrivent comme un refus dû à un compte destinataire inactif ou suspendu ou à un expéditeur bloqué. D'autres listes lui donnent d'autres sens ; le texte de la réponse compte donc davantage que le nombre. Un client doit le traiter comme toute autre réponse 5xx, c'est-à-dire comme un échec permanent, comme l'exige la section 4.2.1 de la RFC 5321.",
      when = "On peut s'y attendre surtout dans les rebonds du fournisseur qui l'utilise ; le texte de la réponse indique laquelle des raisons possibles s'applique.",
      fix = "Lire le texte de la réponse : si le compte du destinataire est inactif, joindre le destinataire par un autre moyen ; si le domaine ou l'adresse IP de l'expéditeur est bloqué, vérifier l'authentification et la réputation et contacter le postmaster du fournisseur.",
      use = "Ne pas envoyer 540 ; utiliser 550 avec 5.2.1 pour une boîte aux lettres désactivée, ou avec un code étendu 5.7.x pour un expéditeur bloqué.",
    },
    [541] = {
      description = "Un code qu'aucune norme ne définit et que des listes publiques décrivent comme le refus du message par l'adresse du destinataire, généralement au moyen d'un filtre antispam. Un client doit le traiter comme toute autre réponse 5xx, c'est-à-dire comme un échec permanent, comme l'exige la section 4.2.1 de la RFC 5321.",
      when = "Ces listes l'associent au filtrage du spam ou du contenu du côté destinataire ; il fait donc généralement suite à un message qui ressemblait à un envoi de masse ou à du courrier indésirable.",
      fix = "Revoir le contenu, les liens et les pièces jointes du message, vérifier SPF, DKIM et DMARC pour le domaine expéditeur, et consulter les listes de blocage pour l'adresse IP d'envoi. Si le courrier est souhaité, demander au destinataire d'ajouter l'expéditeur à sa liste d'autorisation.",
      use = "Ne pas envoyer 541 ; refuser un contenu filtré par 550 ou 554 avec le code étendu 5.7.1.",
    },
    [550] = {
      description = "L'action demandée a été refusée de façon permanente parce que la boîte aux lettres est inutilisable : elle n'existe pas, le client n'y a pas accès, ou une politique locale rejette la commande. 550 est le refus permanent à tout faire de SMTP ; c'est donc le code étendu et le texte qui portent la véritable raison.",
      when = "Le plus souvent en réponse à RCPT TO pour un utilisateur inconnu (5.1.1), ou lors d'une tentative de relais par un serveur qui ne relaie pas pour ce client. C'est aussi le code habituel des refus par politique, comme une adresse IP inscrite sur une liste de blocage, l'échec des contrôles SPF ou DMARC (5.7.1, 5.7.23, 5.7.26) ou un domaine expéditeur doté d'un MX nul (5.7.27). Après le point final de DATA, il rejette le message entier, ce qui masque quels destinataires étaient en cause.",
      fix = "Lire d'abord le code étendu et le texte : pour 5.1.1, corriger ou supprimer l'adresse ; pour 5.7.x, corriger le SPF, le DKIM, le DMARC ou le DNS inverse de l'expéditeur, ou demander le retrait de la liste de blocage. Ne pas renvoyer le même message sans changement. Si l'expéditeur est sûr que l'adresse est valide, contacter le destinataire par un autre moyen.",
      use = "Envoyer 550 pour une boîte aux lettres qui n'existe pas, un relais refusé ou le refus permanent d'une commande par politique ; envoyer 450 lorsque la situation est temporaire.",
    },
    [551] = {
      description = "Le destinataire n'est pas local sur ce serveur et le serveur ne transférera pas le message ; le texte de la réponse donne le forward-path que le client devrait essayer à la place. 551 est la variante de refus de 251, et l'adresse figurant dans le texte est destinée à être lue par des programmes.",
      when = "Rare sur l'Internet actuel, car les changements d'adresse sont généralement gérés par un transfert silencieux, ou par un simple 550 lorsque la nouvelle adresse doit rester confidentielle. Certains serveurs emploient aussi 551 avec 5.7.1 pour refuser de relayer vers des hôtes distants.",
      fix = "Si le texte indique une nouvelle adresse, l'expéditeur peut y renvoyer le message après avoir vérifié qu'elle est authentique ; un client ne doit pas supposer que la mise à jour se fait d'elle-même. Si aucune adresse n'est donnée, le traiter comme 550 et vérifier l'adresse du destinataire.",
      use = "N'envoyer 551 en réponse à RCPT ou à VRFY que si le forward-path correct du destinataire est connu, que le serveur ne relaiera pas vers lui et qu'il peut être divulgué.",
    },
    [552] = {
      description = "L'action a été interrompue parce qu'une limite de stockage a été dépassée : la boîte aux lettres du destinataire est pleine, ou le message est plus gros que ce que le serveur ou la boîte autorise. Avec l'extension SIZE, 552 refuse aussi un message dont la taille annoncée ou réelle dépasse le maximum fixe du serveur.",
      when = "On le voit après RCPT TO pour une boîte aux lettres pleine (5.2.2), en réponse à MAIL FROM lorsque le paramètre SIZE dépasse la limite annoncée, et après le point final lorsque le message se révèle trop gros (5.3.4, 5.2.3). Les anciens serveurs envoient aussi 552 pour un trop grand nombre de destinataires, une erreur héritée de la RFC 821 ; la RFC 5321 indique que les clients devraient traiter ce cas comme le 452 temporaire.",
      fix = "Pour un message trop volumineux, réduire ou supprimer les pièces jointes ou les partager par un lien, et comparer la taille à la valeur SIZE de la réponse à EHLO avant l'envoi. Pour une boîte aux lettres pleine, seul le destinataire peut libérer de la place ; l'expéditeur ne peut que réessayer plus tard. Les clients qui reçoivent 552 après de nombreuses commandes RCPT devraient envoyer les destinataires restants dans une transaction ultérieure.",
      use = "Envoyer 552 lorsqu'un message dépasse une limite de taille fixe ou un quota de boîte aux lettres ; envoyer 452 pour une pénurie temporaire de stockage ou pour un trop grand nombre de destinataires.",
    },
    [553] = {
      description = "L'action a été refusée parce que le nom de boîte aux lettres n'est pas acceptable, le plus souvent parce que la syntaxe de l'adresse est fausse ou que le nom n'est pas autorisé sur ce système. Avec SMTPUTF8, il signifie aussi qu'une adresse non ASCII n'est pas permise pour cet expéditeur ou ce destinataire (5.6.7). En réponse à VRFY, il peut signaler un nom ambigu qui correspond à plusieurs boîtes aux lettres.",
      when = "Typique des adresses de MAIL FROM ou de RCPT TO contenant des caractères invalides ou dépourvues de domaine, et d'une adresse MAIL FROM que l'utilisateur authentifié n'a pas le droit d'employer sur un serveur de soumission. Il apparaît aussi lorsqu'un client envoie une adresse internationalisée à un serveur qui ne la prend pas en charge.",
      fix = "Vérifier l'adresse pour repérer fautes de frappe, parties manquantes et caractères parasites, et s'assurer que le compte a le droit d'utiliser cet expéditeur d'enveloppe. Pour les adresses non ASCII, utiliser l'équivalent ASCII ou faire passer le message par des serveurs qui annoncent SMTPUTF8.",
      use = "Envoyer 553 lorsqu'une adresse de MAIL, RCPT ou VRFY est syntaxiquement inacceptable ou interdite par son nom ; envoyer 550 lorsqu'une boîte aux lettres bien formée n'existe tout simplement pas.",
    },
    [554] = {
      description = "La transaction a échoué de façon permanente et le serveur ne donne pas de code plus précis. Comme message d'accueil, il signifie qu'il n'y a pas ici de service SMTP pour ce client ; en réponse à DATA, il peut signifier qu'aucun destinataire valide n'a été accepté ; après le point final, il rejette le message dans son ensemble.",
      when = "Fréquent comme message d'accueil d'un serveur qui bloque l'adresse IP du client, et après le point final lorsqu'un filtre de contenu rejette un message comme spam ou logiciel malveillant, souvent avec 5.7.1. Il signale aussi un message que le serveur ne peut pas convertir (5.6.3) ou un message trop gros pour le système (5.3.4).",
      fix = "Lire le texte et le code étendu : pour une adresse IP bloquée, vérifier les listes de blocage et le DNS inverse et contacter le postmaster du côté destinataire ; pour un contenu rejeté, trouver et corriger ce qui a déclenché le filtre. Après un message d'accueil 554, envoyer QUIT et ne pas réessayer cet hôte sans changement, puisqu'il répond à toute autre commande par 503.",
      use = "Envoyer 554 comme message d'accueil pour refuser un client d'emblée, en réponse à DATA lorsqu'aucun destinataire n'a été accepté, ou après le point final pour rejeter un message qui ne sera pas remis.",
    },
    [555] = {
      description = "Le serveur ne reconnaît pas, ou ne peut pas mettre en œuvre, un ou plusieurs paramètres de MAIL FROM ou de RCPT TO. Ces paramètres appartiennent à des extensions comme SIZE, BODY, SMTPUTF8 ou DSN ; 555 est la réponse permanente, tandis que 455 concerne un paramètre que le serveur ne peut pas honorer pour l'instant.",
      when = "Le plus souvent un client qui ajoute un paramètre d'extension sans vérifier que le serveur a annoncé l'extension dans sa réponse à EHLO, ou qui s'est rabattu sur HELO tout en utilisant des paramètres ESMTP. Les proxys qui réécrivent la réponse à EHLO peuvent provoquer la même incohérence.",
      fix = "N'envoyer que les paramètres des extensions annoncées dans la réponse à EHLO, et aucun après un repli sur HELO. Corriger le client et renvoyer la commande sans le paramètre non pris en charge.",
      use = "Envoyer 555 lorsque MAIL FROM ou RCPT TO porte un paramètre non reconnu ou non pris en charge et que la RFC du paramètre ne prévoit pas d'autre code.",
    },
    [556] = {
      description = "Le domaine du destinataire n'accepte aucun courrier ; rien ne peut donc être remis à aucune de ses adresses. La RFC 7504 a défini ce code, et la RFC 7505 demande à un serveur de soumission ou à un relais de l'utiliser avec 5.1.10 lorsque le domaine du destinataire publie un enregistrement MX nul.",
      when = "On le voit venir de son propre serveur de soumission ou d'un relais intermédiaire après RCPT TO, une fois qu'il a consulté le domaine du destinataire et y a trouvé un MX nul. Les causes habituelles sont une faute de frappe dans la partie domaine ou un domaine qui n'existe que pour un site web.",
      fix = "Vérifier la partie domaine de l'adresse ; si elle est correcte, le domaine ne reçoit pas de courrier et le destinataire doit fournir une autre adresse. Les propriétaires de domaines qui veulent recevoir du courrier doivent remplacer le MX nul par de vrais enregistrements MX.",
      use = "Envoyer 556 avec 5.1.10 pour refuser un destinataire dont le domaine publie un MX nul ou déclare d'une autre manière qu'il n'accepte aucun courrier.",
    },
    [557] = {
      description = "Un code proposé dans un Internet-Draft pour une extension SMTP d'interrogation d'adresses qui n'est jamais devenue une RFC. Aucune norme ne donne de sens à 557, et les listes de référence qui le mentionnent ne citent que ce brouillon.",
      when = "Pratiquement jamais dans de vraies sessions ; il apparaît surtout dans des bibliothèques d'analyse des rebonds et des listes de codes qui recensent tous les codes proposés.",
      fix = "Le traiter d'après son premier chiffre comme un échec permanent, comme l'exige la section 4.2.1 de la RFC 5321, et lire le texte de la réponse pour connaître la véritable raison. Si un serveur de production l'envoie, le signaler à l'administrateur de ce serveur.",
      use = "Ne pas envoyer 557 depuis un serveur conforme, puisque seul un brouillon non publié le mentionne.",
    },
  },
  enhanced = {
    ["0.0"] = {
      name = "Autre état ou état non défini",
      description = "Le code étendu fourre-tout : il ne porte que la classe et ne dit rien de la cause. 2.0.0 signale un succès, 4.0.0 un échec temporaire et 5.0.0 un échec permanent.",
      when = "Très courant : de nombreux serveurs ajoutent 2.0.0 aux réponses de routine, comme la réponse à QUIT, à RSET ou au point final de DATA, et 4.0.0 ou 5.0.0 aux échecs qu'ils ne classent pas. Le texte de la réponse est alors le seul indice de la véritable cause.",
      fix = "Lire le texte de la réponse et les journaux du serveur, puisque le code lui-même ne nomme aucune cause. Réessayer un 4.0.0 ; pour un 5.0.0, un système de traitement des rebonds devrait classer l'échec d'après le texte au lieu de supposer une adresse erronée.",
    },
    ["1.0"] = {
      name = "Autre état d'adresse",
      description = "Une adresse de l'enveloppe, d'expéditeur ou de destinataire, est à l'origine de cet état, mais aucun code d'adresse plus précis ne s'applique. En classe 2, il confirme simplement qu'une adresse a été acceptée.",
      when = "2.1.0 est la réponse habituelle à un MAIL FROM accepté sous Postfix et Sendmail. 4.1.0 et 5.1.0 apparaissent lorsqu'un serveur refuse une adresse d'expéditeur ou de destinataire pour une raison qu'il ne classe pas, souvent une table de correspondance locale ou une règle de réécriture d'adresses.",
      fix = "Pour 4.1.0 ou 5.1.0, lire le texte de la réponse pour savoir quelle adresse a été refusée et pourquoi, puis la corriger ou interroger l'administrateur du côté destinataire. Ne pas voir dans 5.1.0 la preuve qu'une boîte aux lettres n'existe pas ; c'est ce que dit 5.1.1.",
    },
    ["1.1"] = {
      name = "Adresse de boîte aux lettres de destination erronée",
      description = "La boîte aux lettres du destinataire n'existe pas à destination : le domaine est correct, mais la partie locale avant le « @ » y est inconnue. C'est le code normalisé du rebond définitif pour un utilisateur inconnu.",
      when = "Généralement 550 5.1.1 en réponse à RCPT TO, ou dans un rapport de non-remise, après une faute de frappe, un compte supprimé ou une entrée de liste périmée. 4.1.1 vient de serveurs qui ne peuvent pas confirmer l'utilisateur pour le moment, comme un MX de secours qui ne joint pas l'annuaire des utilisateurs.",
      fix = "Vérifier l'adresse pour repérer d'éventuelles fautes de frappe et la faire confirmer par le destinataire par un autre moyen. Un système de traitement des rebonds devrait placer l'adresse sur la liste d'exclusion après 5.1.1, car des envois répétés à des utilisateurs inconnus nuisent à la réputation de l'expéditeur ; un 4.1.1 est laissé aux nouvelles tentatives de la file d'attente.",
    },
    ["1.2"] = {
      name = "Adresse du système de destination erronée",
      description = "La partie domaine de l'adresse du destinataire, après le « @ », n'existe pas ou ne peut pas recevoir de courrier. La boîte aux lettres n'a jamais été atteinte, parce que le système de destination lui-même est inutilisable.",
      when = "On le voit lorsque le domaine du destinataire est mal orthographié, expiré ou dépourvu d'enregistrements DNS, et lorsqu'un relais refuse un domaine qu'il ne dessert pas. Certains serveurs répondent 4.1.2 lorsque la résolution du domaine a échoué d'une façon qui peut se résorber, et 5.1.2 une fois établi que le domaine n'existe pas.",
      fix = "Vérifier l'orthographe du domaine et s'il publie des enregistrements MX ou d'adresse (par exemple avec dig MX sur le domaine). Supprimer l'adresse si le domaine a vraiment disparu ; laisser la file d'attente réessayer un 4.1.2.",
    },
    ["1.3"] = {
      name = "Syntaxe de l'adresse de boîte aux lettres de destination erronée",
      description = "L'adresse du destinataire est mal formée, si bien que le serveur n'a pas du tout pu l'analyser comme une boîte aux lettres. Le problème tient à la forme de l'adresse, et non à l'existence de la boîte.",
      when = "Typiquement 501 5.1.3 en réponse à RCPT TO, pour des adresses contenant des espaces, sans chevrons, avec deux « @ » ou d'autres caractères interdits, ou pour des adresses non ASCII envoyées à un serveur sans SMTPUTF8. Les adresses construites par des scripts et des formulaires web sans protection correcte des caractères en sont une source fréquente.",
      fix = "Corriger l'adresse, ou le code qui construit la commande RCPT TO, pour qu'il envoie une boîte aux lettres valide entre chevrons, comme l'exige la RFC 5321. Renvoyer la même adresse échoue de nouveau ; un gestionnaire de listes devrait donc la signaler pour correction plutôt que de réessayer.",
    },
    ["1.4"] = {
      name = "Adresse de boîte aux lettres de destination ambiguë",
      description = "L'adresse du destinataire correspondait à plusieurs boîtes aux lettres à destination, si bien que le serveur n'a pas pu décider où remettre le message. Ce code vient de systèmes qui associent les adresses aux utilisateurs par nom ou par recherche approximative.",
      when = "Rare sur l'Internet public ; on le voit surtout avec des passerelles et des systèmes de messagerie fondés sur un annuaire, qui acceptent le nom d'une personne comme adresse et trouvent plusieurs personnes correspondantes.",
      fix = "Utiliser une adresse plus précise, comme le nom exact de la boîte aux lettres plutôt qu'un nom ou un alias. L'administrateur du côté destinataire peut résoudre les doublons de l'annuaire.",
    },
    ["1.5"] = {
      name = "Adresse de destination valide",
      description = "Un compte rendu de succès : l'adresse du destinataire a été vérifiée et acceptée. Il confirme l'adresse, pas encore la remise finale du message.",
      when = "Courant sous la forme 250 2.1.5 en réponse à RCPT TO sous Postfix, Sendmail et Microsoft Exchange, ainsi que dans les notifications d'état de remise positives.",
      fix = "Rien à corriger. L'acceptation au stade de RCPT TO ne garantit pas la remise : le message peut encore être refusé après DATA ou revenir en rebond plus tard depuis un serveur situé plus loin sur le chemin.",
    },
    ["1.6"] = {
      name = "Boîte aux lettres de destination déplacée, pas d'adresse de réexpédition",
      description = "L'adresse du destinataire était valide autrefois mais ne reçoit plus de courrier, et le serveur ne propose pas de nouvelle adresse. Ce code désigne un compte fermé ou retiré volontairement.",
      when = "On le voit après le départ d'une personne d'une organisation ou la mise hors service d'un compte, typiquement sous la forme 550 5.1.6. Un serveur qui connaît la nouvelle adresse envoie plutôt 551 avec la nouvelle adresse dans le texte.",
      fix = "Retirer l'adresse des listes et demander au destinataire une nouvelle adresse par un autre moyen. Un système de traitement des rebonds devrait traiter 5.1.6 comme un rebond définitif, au même titre que 5.1.1.",
    },
    ["1.7"] = {
      name = "Syntaxe de l'adresse de l'expéditeur erronée",
      description = "L'adresse d'expéditeur indiquée dans MAIL FROM est mal formée. Le problème se situe dans le chemin de retour, et non chez un destinataire.",
      when = "Généralement en réponse à MAIL FROM, avec 501 ou 553, lorsqu'une application envoie une adresse sans chevrons, avec un nom d'affichage, sans domaine ou avec des caractères que le serveur n'accepte pas.",
      fix = "Corriger l'expéditeur d'enveloppe envoyé par l'application ou le relais : une adresse complète entre chevrons, ou <> pour les rebonds. Tous les destinataires échouent de la même façon ; c'est donc la configuration de l'expéditeur qu'il faut corriger, et non une raison d'abandonner des destinataires.",
    },
    ["1.8"] = {
      name = "Adresse du système de l'expéditeur erronée",
      description = "Le domaine de l'adresse de l'expéditeur n'existe pas ou ne peut pas recevoir de courrier ; le serveur destinataire refuse donc le message, puisque tout rebond serait impossible à remettre. Ce code porte sur la partie domaine de MAIL FROM.",
      when = "Envoyé en réponse à MAIL FROM, ou au stade de RCPT TO par des serveurs qui vérifient l'expéditeur tardivement, lorsque le domaine de l'expéditeur n'a pas d'enregistrements DNS. 4.1.8 signifie que la résolution du domaine de l'expéditeur a échoué pour le moment ; 5.1.8 signifie qu'il a été établi que le domaine n'existe pas.",
      fix = "Envoyer depuis un domaine qui se résout dans le DNS et peut recevoir du courrier, avec des enregistrements MX ou d'adresse fonctionnels. Si le domaine est correct, vérifier sa délégation DNS ; un 4.1.8 est réessayé et se résorbe souvent de lui-même.",
    },
    ["1.9"] = {
      name = "Message relayé vers un système de messagerie non conforme",
      description = "Un état du suivi des messages : l'adresse du destinataire était valide et le message a été remis à un système qui ne prend pas en charge le suivi des messages ; aucun autre état ne peut donc être communiqué. Ce code marque l'endroit où la piste s'arrête, et non un échec.",
      when = "On le voit dans les réponses aux demandes de suivi de messages (l'extension MTRK) et dans les rapports qui en sont tirés, rarement dans les réponses SMTP ordinaires. Il signifie que le message a quitté la partie de son chemin qui gère le suivi.",
      fix = "Le message ne présente aucun problème. Pour en savoir plus, interroger l'administrateur du système suivant sur le chemin, ou attendre une notification d'état de remise ou une réponse du destinataire.",
    },
    ["1.10"] = {
      name = "L'adresse du destinataire a un MX nul",
      description = "Le domaine du destinataire publie un enregistrement MX nul, un unique MX de préférence 0 pointant vers « . », qui déclare que le domaine n'accepte aucun courrier. La remise est impossible par choix du propriétaire du domaine.",
      when = "On le voit sous la forme 556 5.1.10, émis par un serveur de soumission ou un relais qui a consulté le domaine du destinataire avant de tenter la remise, généralement pour des domaines parqués, des domaines issus de fautes de frappe ou des domaines qui ne servent qu'un site web.",
      fix = "Vérifier l'adresse : le domaine est presque toujours erroné ou n'a jamais été destiné à recevoir du courrier. Ne pas réessayer ; corriger le domaine ou joindre le destinataire par un autre moyen.",
    },
    ["2.0"] = {
      name = "Autre état de boîte aux lettres ou état non défini",
      description = "La boîte aux lettres existe, mais quelque chose la concernant empêche la remise, et aucun code de boîte aux lettres plus précis ne s'applique. La cause tient à la boîte aux lettres du destinataire plutôt qu'à l'adresse ou au serveur dans son ensemble.",
      when = "Employé pour des problèmes de boîte aux lettres qu'un serveur ne classe pas, comme une boîte verrouillée ou l'échec de la remise locale pour un utilisateur. 450 4.2.0 est aussi la réponse de greylisting habituelle de postgrey.",
      fix = "Lire le texte de la réponse pour connaître la véritable cause. Laisser la file d'attente réessayer un 4.2.0, ce qu'attendent les serveurs de greylisting ; pour un 5.2.0, contacter le destinataire ou son administrateur, car la boîte aux lettres demande une intervention de leur côté.",
    },
    ["2.1"] = {
      name = "Boîte aux lettres désactivée, n'accepte pas de messages",
      description = "La boîte aux lettres existe mais n'accepte pas de courrier actuellement, parce que le compte est suspendu, désactivé ou verrouillé. Son éventuelle réactivation dépend du site destinataire.",
      when = "On le voit pour des comptes suspendus ou impayés, des comptes verrouillés après un abus et des boîtes aux lettres désactivées après une longue inactivité. Les serveurs envoient 4.2.1 lorsque le blocage devrait être levé et 5.2.1 lorsqu'il est appelé à durer.",
      fix = "Seul le titulaire de la boîte aux lettres ou son administrateur peut la réactiver ; il faut donc joindre le destinataire par un autre moyen. Un système de traitement des rebonds devrait réessayer un 4.2.1 et voir dans des 5.2.1 répétés le signe que l'adresse est abandonnée.",
    },
    ["2.2"] = {
      name = "Boîte aux lettres pleine",
      description = "La boîte aux lettres du destinataire a atteint son quota de stockage ; aucun autre message n'y tient tant que le titulaire n'en a pas supprimé. Le problème concerne cette seule boîte, et non le serveur entier.",
      when = "Fréquent pour des comptes abandonnés qui continuent de recevoir du courrier et pour des utilisateurs dotés de petits quotas. 4.2.2 demande à l'expéditeur de réessayer plus tard ; 5.2.2, souvent avec 552, signifie que le site destinataire refuse définitivement ce message, même si la boîte peut être vidée plus tard.",
      fix = "Laisser la file d'attente réessayer un 4.2.2, et prévenir le destinataire par un autre moyen si la situation dure. Traiter d'abord 5.2.2 comme un rebond temporaire et ne placer l'adresse sur la liste d'exclusion que s'il se répète pendant des jours ou des semaines, car une boîte qui reste pleine est généralement abandonnée.",
    },
    ["2.3"] = {
      name = "Longueur du message supérieure à la limite administrative",
      description = "Le message dépasse la limite de taille fixée pour cette boîte aux lettres en particulier, inférieure à la limite générale du serveur. Un autre destinataire du même serveur pourrait encore l'accepter.",
      when = "On le voit sous la forme 552 5.2.3 après DATA, ou en réponse à RCPT TO lorsque la valeur SIZE donnée avec MAIL FROM dépasse déjà la limite de ce destinataire, généralement à cause de pièces jointes volumineuses.",
      fix = "Envoyer un message plus petit : compresser ou supprimer les pièces jointes et partager les gros fichiers par un lien. Le destinataire peut demander à son administrateur de relever la limite de sa boîte aux lettres.",
    },
    ["2.4"] = {
      name = "Problème d'expansion de liste de diffusion",
      description = "Le destinataire est une liste de diffusion ou un alias que le serveur n'a pas pu développer en adresses de ses membres. L'échec concerne la liste elle-même, et non ses membres pris individuellement.",
      when = "On le voit lorsque le fichier des membres ou le groupe d'annuaire derrière une liste est illisible, lorsque la définition de la liste est défectueuse ou vide, ou lorsque le serveur de listes est brièvement indisponible. Les serveurs emploient 4.2.4 pour des problèmes censés se résorber et 5.2.4 pour des définitions de liste défectueuses.",
      fix = "Laisser la file d'attente réessayer un 4.2.4. Pour un 5.2.4, prévenir le propriétaire de la liste ou le postmaster du domaine destinataire, qui doit réparer la liste ou sa source de données.",
    },
    ["3.0"] = {
      name = "Autre état du système de messagerie ou état non défini",
      description = "C'est le système de messagerie destinataire dans son ensemble, et non une adresse ou une boîte aux lettres, qui est à l'origine de cet état, et aucun code système plus précis ne s'applique. En classe 2, il signale un événement de routine du système.",
      when = "4.3.0 est fréquent pour des défaillances locales temporaires comme l'échec d'une consultation de table, un filtre de contenu hors service ou une erreur d'écriture dans la file d'attente ; Postfix, par exemple, répond 451 4.3.0 dans ces cas. 5.3.0 marque un refus permanent du système pour une raison non classée.",
      fix = "Laisser la file d'attente réessayer un 4.3.0 ; s'il persiste, l'administrateur du côté destinataire doit examiner les journaux de son serveur. Pour un 5.3.0, lire le texte de la réponse et contacter le postmaster du domaine destinataire.",
    },
    ["3.1"] = {
      name = "Système de messagerie plein",
      description = "Le serveur destinataire n'a plus d'espace de stockage ; il ne peut donc accepter le message pour personne tant que de la place n'a pas été libérée. Contrairement à X.2.2, ce code concerne le système entier, et non le quota d'un destinataire.",
      when = "On le voit sous la forme 452 4.3.1, souvent avec le texte « Insufficient system storage », lorsque le disque ou la file d'attente du serveur destinataire est plein, typiquement lors d'un afflux de courrier ou d'un gros retard de traitement.",
      fix = "L'expéditeur n'a qu'à laisser la file d'attente réessayer. L'administrateur du côté destinataire doit libérer de l'espace disque, vider la file d'attente ou ajouter du stockage.",
    },
    ["3.2"] = {
      name = "Système n'acceptant pas de messages du réseau",
      description = "L'hôte de destination n'accepte pas de messages, soit pour l'instant, soit pas du tout. Ce code couvre aussi bien un bref refus pendant une maintenance ou une surcharge qu'un hôte qui ne reçoit jamais de courrier.",
      when = "4.3.2 apparaît pendant l'arrêt, la maintenance ou la surcharge d'un serveur, par exemple sous la forme 421 4.3.2 qui ferme la connexion. 5.3.2 accompagne 521 sur les hôtes qui n'acceptent jamais de courrier, comme le décrit la RFC 7504.",
      fix = "Laisser la file d'attente réessayer un 4.3.2. Pour un 5.3.2 accompagné de 521, cesser d'essayer cet hôte et vérifier les enregistrements MX du domaine destinataire, car le courrier est envoyé à un hôte qui n'en accepte pas.",
    },
    ["3.3"] = {
      name = "Système incapable de fournir les fonctions demandées",
      description = "Le message demande une fonction ou une option de service que le système de destination ne prend pas en charge ; il ne peut donc pas être traité comme demandé. Les passerelles le signalent lorsqu'une fonction n'a pas d'équivalent de l'autre côté.",
      when = "On le voit lorsqu'un message dépend d'une extension SMTP ou d'une option de remise qu'un hôte situé plus loin sur le chemin ne propose pas, et sur les passerelles vers des systèmes de messagerie autres que SMTP.",
      fix = "Renvoyer sans la fonction non prise en charge, ou faire passer le message par un chemin qui la prend en charge. Le texte de la réponse nomme généralement la fonction manquante.",
    },
    ["3.4"] = {
      name = "Message trop volumineux pour le système",
      description = "Le message dépasse la taille maximale que le serveur destinataire accepte pour un message, quel qu'il soit. Contrairement à X.2.3, la limite s'applique au système entier, et non à une boîte aux lettres.",
      when = "Typiquement 552 5.3.4 après DATA, ou en réponse à MAIL FROM lorsque la valeur SIZE dépasse la limite que le serveur a annoncée avec le mot-clé SIZE dans sa réponse à EHLO. La cause habituelle est constituée de pièces jointes volumineuses, que l'encodage base64 grossit d'environ un tiers.",
      fix = "Ramener le message sous la limite indiquée par le mot-clé SIZE du serveur : compresser ou supprimer les pièces jointes, ou partager les fichiers par un lien. Renvoyer le même message échoue de nouveau.",
    },
    ["3.5"] = {
      name = "Système mal configuré",
      description = "La configuration même du système destinataire l'empêche d'accepter ce message. La faute tient à l'installation de la destination, et non au message ou à l'expéditeur.",
      when = "On le voit avec des tables de routage ou d'alias défectueuses, des transports de remise manquants ou des réglages de serveur invalides ; Postfix, par exemple, répond 451 4.3.5 « Server configuration error » lorsque ses propres réglages de restriction sont erronés.",
      fix = "L'expéditeur ne peut pas corriger cela : le signaler au postmaster du domaine destinataire en joignant le texte complet de la réponse. Laisser la file d'attente réessayer un 4.3.5 ; après un 5.3.5, renvoyer le message une fois que le côté destinataire a confirmé la correction.",
    },
    ["3.6"] = {
      name = "La priorité demandée a été modifiée",
      description = "Un compte rendu de succès de l'extension MT-PRIORITY : le message a été accepté, mais pas avec la priorité demandée par le client ou supposée par défaut. Le texte de la réponse commence par la priorité effectivement attribuée.",
      when = "On ne le voit que sur des serveurs qui implémentent MT-PRIORITY, surtout dans les réseaux de messagerie militaires et d'urgence, lorsqu'une politique locale modifie la priorité demandée par un client, par exemple parce que le client n'a pas le droit d'utiliser ce niveau.",
      fix = "Rien n'est nécessaire pour la remise, puisque le message a été accepté. Si la priorité compte, lire la nouvelle valeur dans le texte de la réponse et demander à l'administrateur du côté destinataire quels niveaux le client peut utiliser.",
    },
    ["4.0"] = {
      name = "Autre état du réseau ou du routage ou état non défini",
      description = "Un problème lié au réseau ou à l'acheminement du message vers son saut suivant, d'un type qu'aucun code réseau plus précis ne décrit.",
      when = "On le voit dans des réponses et des rapports de retard lorsqu'un relais n'a pas pu joindre le saut suivant ou y acheminer le message pour une raison non classée ; Microsoft Exchange, par exemple, signale 451 4.4.0 pour des requêtes DNS en échec et des problèmes de connexion.",
      fix = "Laisser la file d'attente réessayer un 4.4.0 et chercher dans le texte de la réponse et les journaux du serveur expéditeur l'erreur DNS ou de connexion sous-jacente. Pour un 5.4.0, vérifier les enregistrements MX du domaine destinataire et les réglages de routage de chaque relais du chemin.",
    },
    ["4.1"] = {
      name = "Pas de réponse de l'hôte",
      description = "Le serveur expéditeur a tenté de se connecter à l'hôte suivant et n'a obtenu aucune réponse : la connexion a été refusée ou a expiré, ou l'hôte était trop occupé pour répondre. C'est par définition une situation temporaire.",
      when = "On le voit dans des avis de retard, et dans le rebond final lorsque le délai de conservation en file d'attente expire, si les hôtes MX de la destination sont en panne, protégés par un pare-feu ou injoignables sur le port 25 depuis le réseau de l'expéditeur.",
      fix = "Laisser la file d'attente continuer à réessayer. Si le problème persiste, tester une connexion au MX de destination sur le port 25 (avec nc ou telnet), vérifier les pare-feu et si le réseau de l'expéditeur bloque le port 25 sortant, et s'assurer que les enregistrements MX pointent vers des hôtes en service.",
    },
    ["4.2"] = {
      name = "Connexion défectueuse",
      description = "Une connexion a été établie avec l'hôte suivant, mais elle s'est rompue ou est devenue trop lente avant la fin de la transaction. Le message n'a pas été transféré et sera réessayé.",
      when = "On le voit sous la forme 421 4.4.2 lorsqu'un serveur coupe une session dont le délai a expiré, comme le « Error: timeout exceeded » de Postfix, et dans des rapports de retard après des connexions perdues, des négociations TLS réinitialisées ou des liaisons instables.",
      fix = "Laisser la file d'attente réessayer. Si cela se répète, chercher des problèmes réseau entre les hôtes : pertes de paquets ou problèmes de MTU, équipements intermédiaires qui perturbent TLS ou les longs transferts, et délais d'attente du client plus courts que ce dont le serveur a besoin.",
    },
    ["4.3"] = {
      name = "Défaillance du serveur d'annuaire",
      description = "Un service d'annuaire dont dépend le système de messagerie était injoignable ou en échec ; les contrôles de routage ou d'adresse n'ont donc pas pu aboutir. L'annuaire est le plus souvent le DNS, mais il peut s'agir de LDAP ou d'un autre annuaire d'utilisateurs.",
      when = "Typiquement 451 4.4.3 ou un rapport de retard lorsque le résolveur DNS dépasse son délai ou renvoie SERVFAIL pour le domaine du destinataire, ou qu'un annuaire d'utilisateurs est en panne. Un 5.4.3 signifie que le serveur a définitivement renoncé à la requête ; le message doit donc être renvoyé une fois l'annuaire rétabli.",
      fix = "Réessayer ; la plupart de ces échecs sont temporaires. Si le problème persiste, lancer les mêmes requêtes depuis le serveur lui-même (dig MX et A sur le domaine), vérifier le résolveur local et chercher des erreurs DNSSEC ou de délégation dans le domaine du destinataire.",
    },
    ["4.4"] = {
      name = "Routage impossible",
      description = "Le système de messagerie n'a pas pu déterminer où envoyer le message ensuite, parce que les données de routage nécessaires n'existent pas ou sont inutilisables. La requête a fonctionné, mais n'a fourni aucune route exploitable.",
      when = "On le voit lorsque le domaine du destinataire n'a ni enregistrement MX ni enregistrement d'adresse, lorsque ses enregistrements MX pointent vers des noms qui ne se résolvent pas, ou lorsqu'un relais n'a pas de transport pour le domaine. Les serveurs signalent 4.4.4 tant qu'ils continuent de réessayer et 5.4.4 une fois qu'ils abandonnent ou que le domaine ne peut manifestement pas recevoir de courrier.",
      fix = "Vérifier le DNS du domaine destinataire : il lui faut des enregistrements MX pointant vers des noms d'hôte dotés d'enregistrements A ou AAAA. Corriger un domaine mal orthographié ; l'administrateur du côté expéditeur devrait aussi vérifier les tables de transport et les réglages de relais pour ce domaine.",
    },
    ["4.5"] = {
      name = "Congestion du système de messagerie",
      description = "Le système de messagerie est momentanément surchargé ; il a donc différé le message au lieu de le traiter tout de suite. Ce code signifie toujours : réessayer plus tard.",
      when = "On le voit sous la forme 451 4.4.5 ou 421 4.4.5 lors des pics de trafic, lorsqu'un serveur atteint ses limites de connexions, de processus ou de file d'attente, ou lorsqu'un fournisseur destinataire ralentit un expéditeur très actif.",
      fix = "Laisser la file d'attente réessayer avec ses délais croissants habituels et, si cela arrive souvent, réduire le débit d'envoi ou le nombre de connexions parallèles vers cette destination. L'administrateur du côté destinataire peut relever les limites de processus ou ajouter de la capacité.",
    },
    ["4.6"] = {
      name = "Boucle de routage détectée",
      description = "Le message a tourné en boucle : il a traversé trop souvent les mêmes hôtes ou règles de transfert, comme le montre le nombre de ses champs d'en-tête Received, ou un hôte a constaté qu'il s'enverrait le message à lui-même.",
      when = "Les causes typiques sont un enregistrement MX pointant vers un hôte qui ne traite pas le domaine comme local, deux relais qui se transfèrent mutuellement un domaine, et des règles de transfert qui renvoient le courrier d'une boîte aux lettres à l'autre. Postfix signale 5.4.6 aussi bien pour « mail forwarding loop » que pour « loops back to myself ».",
      fix = "Suivre les champs d'en-tête Received du rebond pour voir quels hôtes se répètent. Corriger les enregistrements MX, les réglages de relais (sous Postfix, mydestination et relay_domains) ou les règles de transfert ; renvoyer avant la correction fait boucler le message de nouveau.",
    },
    ["4.7"] = {
      name = "Délai de remise expiré",
      description = "Le message est resté en file d'attente plus longtemps que permis, ou a dépassé une échéance fixée par l'expéditeur ; le serveur a donc cessé ses tentatives. La véritable cause est ce qui a fait échouer les tentatives précédentes.",
      when = "4.4.7 apparaît dans les avertissements de retard tant que les tentatives se poursuivent ; 5.4.7 apparaît dans le rebond final une fois expiré le délai de conservation en file d'attente, généralement de plusieurs jours, ou une fois passée une échéance DELIVERBY. Le texte du rebond cite généralement la dernière erreur rencontrée.",
      fix = "Lire la dernière erreur du rebond ou du rapport de retard, qui nomme le problème sous-jacent, DNS, de connexion ou du côté distant, et le corriger. Un renvoi effectué avant que la cause soit corrigée expirera de nouveau.",
    },
    ["5.0"] = {
      name = "Autre état du protocole ou état non défini",
      description = "Un état relatif à l'échange SMTP lui-même, ses commandes et ses réponses, qu'aucun code de protocole plus précis ne décrit. En classe 2, il confirme qu'une étape du protocole a réussi.",
      when = "Le registre associe 2.5.0 à des réponses positives ordinaires comme 220, 250 et 252. 4.5.0 et 5.5.0 apparaissent pour des erreurs de protocole que le serveur ne classe pas, comme une commande émise dans un mauvais état ou un échange d'extension en échec.",
      fix = "Pour 4.5.0 et 5.5.0, capturer le dialogue SMTP avec un journal du protocole ou une session manuelle (swaks ou openssl s_client) et comparer ce que le client a envoyé avec ce qu'attend le serveur. Les coupables habituels sont des bogues du client, un pipelining défectueux et des équipements intermédiaires qui modifient la session.",
    },
    ["5.1"] = {
      name = "Commande invalide",
      description = "Le client a envoyé une commande que le serveur ne prend pas en charge ou n'autorise pas à ce stade de la session. Ce code porte sur la commande elle-même ou sur son ordre, et non sur ses arguments.",
      when = "Typiquement 503 5.5.1 pour des commandes hors séquence, comme RCPT TO avant MAIL FROM, DATA sans destinataire accepté ou un second AUTH après un AUTH réussi. Il fait souvent suite à un refus antérieur dans une session en pipelining, où les commandes suivantes arrivent alors dans un mauvais état.",
      fix = "Vérifier l'ordre des commandes du client par rapport à la RFC 5321 : EHLO, MAIL FROM, un ou plusieurs RCPT TO, puis DATA. En pipelining, vérifier la réponse à chaque commande, car un MAIL FROM ou un RCPT TO refusé rend invalides les commandes qui le suivent.",
    },
    ["5.2"] = {
      name = "Erreur de syntaxe",
      description = "Le serveur n'a pas pu interpréter une commande : elle est mal orthographiée, inconnue ou mal formée. La faute se trouve dans le texte exact envoyé par le client.",
      when = "On le voit sous la forme 500 ou 502 5.5.2 pour des commandes non reconnues, et 501 5.5.2 pour des arguments mal formés, comme une adresse sans chevrons ou une réponse AUTH qui n'est pas du base64 valide. Le code SMTP écrit à la main, les sauts de ligne nus (LF sans CR) et les clients qui parlent un autre protocole sur ce port en sont des causes fréquentes.",
      fix = "Vérifier les octets exacts envoyés à l'aide d'un journal du protocole : les commandes doivent suivre la syntaxe de la RFC 5321 et se terminer par CRLF. Le code SMTP maison est le premier endroit où chercher ; renvoyer sans changement échoue de nouveau.",
    },
    ["5.3"] = {
      name = "Trop de destinataires",
      description = "Le message compte plus de destinataires que le serveur n'en accepte dans une transaction. Ce sont les destinataires excédentaires qui ont été refusés, pas forcément le message entier.",
      when = "Typiquement 452 4.5.3 en réponse à un RCPT TO qui dépasse la limite du serveur par message ; la RFC 5321 impose aux serveurs d'accepter au moins 100 destinataires. Certains serveurs refusent plutôt par 5.5.3, par exemple dans des rebonds de Microsoft Exchange lorsqu'une limite de destinataires est atteinte.",
      fix = "Un client conforme traite 4.5.3 en renvoyant le message, dans une transaction ultérieure, aux destinataires qui ont été refusés. Pour un 5.5.3, découper la liste de destinataires en lots plus petits ou recourir à un service de listes de diffusion pour les audiences importantes.",
    },
    ["5.4"] = {
      name = "Arguments de commande invalides",
      description = "La commande elle-même est valide, mais l'un de ses arguments ne l'est pas : une valeur hors plage, un paramètre inconnu ou une option que le serveur ne prend pas en charge.",
      when = "Les cas typiques sont 555 5.5.4 pour un paramètre de MAIL FROM ou de RCPT TO que le serveur n'a pas annoncé, comme SMTPUTF8 ou SIZE, 504 5.5.4 pour un mécanisme AUTH que le serveur ne propose pas, et 501 5.5.4 pour une valeur de paramètre mal formée.",
      fix = "N'envoyer que les paramètres et mécanismes énumérés par le serveur dans sa réponse à EHLO, avec des valeurs dans la plage autorisée. Les bibliothèques clientes le font d'elles-mêmes ; la faute vient généralement d'une option codée en dur ou d'une réponse à EHLO mal analysée.",
    },
    ["5.5"] = {
      name = "Mauvaise version du protocole",
      description = "Les deux parties parlent des versions incompatibles du protocole et n'ont pas pu s'accorder sur une version que toutes deux comprennent.",
      when = "Rare dans SMTP lui-même, où EHLO et les mots-clés d'extension absorbent les différences de version. Ce code concerne surtout les passerelles entre systèmes de messagerie et les transports autres que SMTP.",
      fix = "Vérifier que les deux extrémités utilisent le protocole et le port prévus, et que toute passerelle intermédiaire est configurée pour la version que parle son pair. La solution durable consiste à mettre à jour le côté le plus ancien.",
    },
    ["5.6"] = {
      name = "Ligne de l'échange d'authentification trop longue",
      description = "Pendant AUTH, le client a envoyé une réponse base64 plus longue que le tampon du serveur pour le mécanisme SASL choisi ; le serveur a donc fait échouer l'authentification.",
      when = "On le voit sous la forme 500 5.5.6 pendant un échange AUTH, typiquement avec des mécanismes qui transportent de gros jetons, comme GSSAPI avec Kerberos ou les jetons porteurs OAuth, envoyés à un serveur dont la limite de ligne est faible. La RFC 4954 considère 12288 octets comme une limite suffisante pour les lignes d'authentification.",
      fix = "Côté serveur, relever la limite de ligne ou de tampon pour l'authentification. Côté client, utiliser un mécanisme aux réponses plus courtes ou un jeton plus petit, par exemple un ticket Kerberos qui porte moins d'appartenances à des groupes.",
    },
    ["6.0"] = {
      name = "Autre erreur de support ou erreur non définie",
      description = "Un problème lié au contenu du message ou à son format a empêché la remise, et aucun des codes X.6 plus précis ne convient. Un 4.6.0 indique que le problème de contenu peut se résorber lors d'une tentative ultérieure ; un 5.6.0, que ce message ne sera pas accepté en l'état.",
      when = "Généralement émis par des filtres de contenu et des passerelles qui refusent un message pour une raison de format ou de contenu sans donner de code plus précis. Le texte de la réponse indique normalement le vrai problème, comme une structure MIME mal formée ou une pièce jointe qui n'a pas pu être traitée.",
      fix = "Lire le texte de la réponse pour savoir quelle partie du message a été refusée, puis corriger sa structure ou son encodage et renvoyer. Un script de traitement des rebonds devrait compter 5.6.0 comme un problème de ce message, et non de l'adresse du destinataire, et conserver l'adresse.",
    },
    ["6.1"] = {
      name = "Support non pris en charge",
      description = "Un type de média ou un encodage de contenu du message ne peut pas être transporté par le protocole de remise ou traité par le système suivant sur le chemin. La RFC 3463 le conçoit comme une erreur permanente ; 5.6.1 est donc la forme habituelle.",
      when = "Typiquement, un contenu 8 bits ou binaire rencontre un saut qui n'accepte que des données 7 bits, ou la destination refuse un type MIME qu'elle ne peut ni stocker ni présenter.",
      fix = "Encoder le contenu pour un transport 7 bits (quoted-printable ou base64) ou l'envoyer dans un format que la destination accepte. Un administrateur de relais devrait vérifier que 8BITMIME est annoncé et respecté sur chaque saut du chemin.",
    },
    ["6.2"] = {
      name = "Conversion nécessaire mais interdite",
      description = "La remise nécessiterait de convertir le contenu, mais la conversion est interdite : soit l'expéditeur a marqué le message comme ne devant pas être converti, soit la politique de l'hôte de transfert l'exclut.",
      when = "Surtout avec des messages signés ou chiffrés, où toute modification casserait la signature, et sur des passerelles vers d'autres systèmes de messagerie qui ont besoin d'un autre format de contenu.",
      fix = "Envoyer le contenu sous une forme que la destination accepte sans conversion, par exemple des parties MIME encodées pour un transport 7 bits. Si c'est une signature qui interdit la conversion, ne signer le message qu'après l'avoir encodé ainsi.",
    },
    ["6.3"] = {
      name = "Conversion nécessaire mais non prise en charge",
      description = "Le transfert du message nécessite de convertir son contenu, et l'hôte du chemin qui devrait s'en charger n'en est pas capable.",
      when = "Le cas classique est un relais qui a reçu un contenu 8 bits et doit le transmettre à un saut suivant dépourvu de 8BITMIME, sans avoir le moyen de le rétrograder en 7 bits. La réponse arrive généralement avec 554.",
      fix = "Faire encoder par le client expéditeur les parties 8 bits et binaires en quoted-printable ou en base64 avant la soumission, pour qu'aucun saut n'ait à les convertir. Les administrateurs de relais peuvent activer la rétrogradation ou faire passer ce courrier par des hôtes qui prennent en charge 8BITMIME.",
    },
    ["6.4"] = {
      name = "Conversion avec perte effectuée",
      description = "Le message a été remis, mais une conversion en cours de route n'a pas pu préserver l'intégralité de son contenu. Sous la forme 2.6.4, c'est un compte rendu de succès assorti d'un avertissement ; sous la forme 5.6.4, il indique que la perte n'était pas acceptable pour l'expéditeur et que le message a donc été refusé.",
      when = "On le voit après le point final de DATA ou dans des notifications d'état de remise, émis par des passerelles qui ont dû traduire le message dans un autre format et ont supprimé des caractères ou des parties que le système cible ne peut pas représenter.",
      fix = "Rien ne doit être renvoyé pour la remise, mais il convient de vérifier auprès du destinataire si la partie perdue avait de l'importance. Si c'est le cas, envoyer le contenu dans un format plus simple que la destination traite sans conversion.",
    },
    ["6.5"] = {
      name = "Échec de la conversion",
      description = "Un hôte a tenté de convertir le contenu, comme l'exigeait la remise, et la conversion a échoué. Avec 4.6.5, la conversion peut réussir lors d'une tentative ultérieure ; avec 5.6.5, ce contenu ne pourra pas être converti.",
      when = "Sur les passerelles et relais qui transcodent les messages, par exemple de 8 bits vers 7 bits, d'un jeu de caractères à un autre ou vers le format d'un autre système de messagerie, lorsque le convertisseur échoue sur une partie endommagée ou inhabituelle.",
      fix = "Pour un 4.6.5, le serveur expéditeur réessaie de lui-même ; si l'échec persiste, examiner la partie nommée dans le texte de la réponse. Pour un 5.6.5, réparer ou réencoder la partie fautive, ou envoyer le contenu dans un format plus simple.",
    },
    ["6.6"] = {
      name = "Contenu du message indisponible",
      description = "Le serveur de soumission n'a pas pu récupérer le contenu du message sur le système distant indiqué dans une commande BURL. BURL (RFC 4468) permet à un client de soumettre un message en désignant une copie stockée sur un serveur IMAP au lieu de la téléverser.",
      when = "Après BURL, lorsque le serveur IMAP est en panne, que l'URL URLAUTH a expiré ou a été révoquée, ou que le serveur de soumission ne parvient pas à la récupérer. Un problème de récupération passager donne 4.6.6 et un problème durable 5.6.6, souvent avec 554.",
      fix = "Vérifier que le serveur IMAP est joignable depuis le serveur de soumission et que l'URL est récente et autorisée pour lui, puis soumettre de nouveau, ou se rabattre sur l'envoi du contenu avec DATA ou BDAT. Si aucune relation de confiance n'est configurée entre les deux serveurs, leurs administrateurs doivent en établir une (voir X.7.14).",
    },
    ["6.7"] = {
      name = "Adresses non ASCII interdites pour cet expéditeur ou ce destinataire",
      description = "Le serveur refuse une adresse de MAIL FROM ou de RCPT TO qui contient des caractères non ASCII. Soit le client n'a pas demandé SMTPUTF8 dans cette transaction, soit le serveur n'accepte pas d'adresses internationalisées pour cet expéditeur ou ce destinataire.",
      when = "En réponse à MAIL ou à RCPT, généralement avec 553, lorsqu'un client envoie une adresse dont la partie locale ou le domaine est en UTF-8 sans le paramètre SMTPUTF8 sur MAIL FROM, ou à un serveur qui n'accepte pas une telle adresse pour cette boîte aux lettres.",
      fix = "Si le serveur annonce SMTPUTF8 dans sa réponse à EHLO, ajouter le paramètre SMTPUTF8 à MAIL FROM et réessayer. Sinon, utiliser une adresse entièrement ASCII pour cet expéditeur ou ce destinataire, ou renvoyer le message à son expéditeur, puisqu'il ne peut pas emprunter ce chemin.",
    },
    ["6.8"] = {
      name = "Réponse en UTF-8 nécessaire, mais non autorisée par le client SMTP",
      description = "La réponse à un VRFY ou à un EXPN devrait afficher un nom de boîte aux lettres contenant de l'UTF-8, mais le client n'a pas indiqué qu'il accepte l'UTF-8 dans les réponses. Le serveur retient donc cette réponse.",
      when = "Après un VRFY ou un EXPN envoyé sans le paramètre SMTPUTF8, pour une boîte aux lettres ou un membre de liste au nom internationalisé. Le serveur refuse par 553 ou 550, ou répond 252 pour indiquer qu'il accepte tout de même le courrier pour l'adresse sans l'afficher.",
      fix = "Répéter le VRFY ou l'EXPN avec le paramètre SMTPUTF8 si le serveur a annoncé SMTPUTF8. Une réponse 252 ne demande aucune action, puisque le serveur accepte le courrier pour cette adresse même s'il n'en affiche pas le nom.",
    },
    ["6.9"] = {
      name = "Un message à en-têtes UTF-8 ne peut pas être transmis à un ou plusieurs destinataires ; il doit donc être rejeté",
      description = "Le message comporte des champs d'en-tête internationalisés (UTF-8), et au moins un destinataire ne peut pas recevoir un tel message ; le serveur rejette donc le message entier. Ce code arrive après le point final de DATA, où une seule réponse vaut pour tous les destinataires.",
      when = "Après le contenu du message, généralement sous la forme 550, lorsque le serveur constate que la boîte aux lettres d'un destinataire ou un saut ultérieur ne prend pas en charge SMTPUTF8 et que le message ne peut pas être rétrogradé.",
      fix = "Envoyer le message à ces destinataires avec des adresses et des champs d'en-tête uniquement en ASCII, ou séparer les destinataires dont les serveurs prennent en charge SMTPUTF8. Un administrateur de serveur devrait activer SMTPUTF8 sur chaque saut si du courrier internationalisé est attendu.",
    },
    ["6.10"] = {
      name = "Doublon de X.6.8 (obsolète)",
      description = "Cette entrée fait double emploi avec X.6.8 et est obsolète : elle désigne une réponse qui nécessiterait de l'UTF-8 que le client n'a pas accepté de recevoir. Le registre ne lui donne ni titre ni codes de base ; le nom figurant ici est le nôtre.",
      when = "Presque jamais, puisque les serveurs devraient envoyer X.6.8 ; une implémentation plus ancienne pourrait encore émettre X.6.10 dans la même situation de VRFY ou d'EXPN.",
      fix = "Le traiter exactement comme X.6.8, en répétant la commande avec le paramètre SMTPUTF8 si le serveur le prend en charge. Les auteurs de serveurs devraient envoyer X.6.8 à la place.",
    },
    ["7.0"] = {
      name = "Autre état de sécurité ou état non défini",
      description = "Une question de sécurité ou de politique est en jeu et aucun code X.7 plus précis ne la décrit, ou le serveur préfère ne pas en dire plus pour des raisons de sécurité. Ce code apparaît aussi dans des réponses positives : 2.7.0 accompagne la réussite d'une étape de sécurité, comme dans 235 après AUTH.",
      when = "Couramment 235 2.7.0 après un AUTH réussi, 530 5.7.0 lorsque le serveur exige une authentification avant d'accepter du courrier, et 454 4.7.0 pour un problème temporaire d'authentification ou de TLS. Les filtres emploient aussi 5.7.0 comme refus générique par politique.",
      fix = "Pour 530 5.7.0, configurer le client pour qu'il s'authentifie avant d'envoyer, normalement après STARTTLS. Réessayer un 4.7.0 plus tard ; pour les autres refus 5.7.0, lire le texte de la réponse et interroger le postmaster du site destinataire si la raison n'est pas claire.",
    },
    ["7.1"] = {
      name = "Remise non autorisée, message refusé",
      description = "L'expéditeur, l'hôte expéditeur ou le message n'est pas autorisé à atteindre cette destination selon la politique du destinataire. C'est le code courant du relais refusé, de l'inscription sur une liste de blocage, du blocage par le destinataire et du filtrage de contenu.",
      when = "Typiquement 550 5.7.1 ou 554 5.7.1 au stade de RCPT ou après DATA, avec un texte comme « relay access denied », le nom d'une liste de blocage ou un verdict de spam. 4.7.1 sert aux reports temporaires par politique, par exemple le greylisting ou les limitations de débit.",
      fix = "Pour un relais refusé, s'authentifier ou envoyer par son propre serveur sortant. Pour un refus dû à une liste de blocage ou à la réputation, trouver l'inscription nommée dans la réponse, en corriger la cause (hôte infecté, relais ouvert, SPF ou DKIM défectueux) et demander le retrait de la liste ; un report 4.7.1 passe généralement lors d'une nouvelle tentative. Un script de traitement des rebonds ne doit pas voir dans 5.7.1 la preuve que l'adresse est invalide.",
    },
    ["7.2"] = {
      name = "Expansion de liste de diffusion interdite",
      description = "La liste de diffusion désignée par l'adresse du destinataire refuse les envois de cet expéditeur. La liste existe ; seul cet expéditeur en est exclu.",
      when = "Lors d'un envoi à une liste réservée aux membres ou modérée depuis une adresse qui n'y est pas abonnée ou ne figure pas parmi les expéditeurs autorisés.",
      fix = "Envoyer depuis l'adresse abonnée à la liste, s'abonner d'abord, ou demander au propriétaire de la liste l'autorisation d'y écrire.",
    },
    ["7.3"] = {
      name = "Conversion de sécurité nécessaire mais impossible",
      description = "Le message devrait être traduit d'un format de messagerie sécurisée dans un autre pour atteindre sa destination, et aucune traduction de ce genre n'était possible. La RFC 3463 le conçoit comme une erreur permanente.",
      when = "Rarement dans le courrier Internet ; il vient de passerelles entre systèmes de messagerie sécurisée, par exemple lorsqu'un message signé ou chiffré doit entrer dans un système qui utilise un autre format de sécurité.",
      fix = "Envoyer le message dans un format de sécurité que la destination prend en charge, ou sans l'enveloppe de sécurité si la politique le permet. L'administrateur de la passerelle peut indiquer quels formats elle traduit.",
    },
    ["7.4"] = {
      name = "Fonctions de sécurité non prises en charge",
      description = "Une fonction de sécurité demandée par le message ou par la commande, par exemple une certaine méthode d'authentification, dépasse ce que le protocole de remise ou le serveur peut fournir. C'est une erreur permanente.",
      when = "Certains serveurs répondent 504 5.7.4 à un AUTH portant un mécanisme inconnu ou désactivé, et les passerelles l'emploient lorsqu'un message a besoin d'un service de sécurité dont le système suivant est dépourvu.",
      fix = "Choisir l'un des mécanismes que le serveur énumère pour AUTH dans sa réponse à EHLO, ou renoncer à la fonction de sécurité que la destination ne prend pas en charge.",
    },
    ["7.5"] = {
      name = "Échec cryptographique",
      description = "Une passerelle habilitée à vérifier ou à déchiffrer le message en transit a échoué, parce qu'une clé dont elle avait besoin était absente ou inutilisable.",
      when = "Sur les passerelles qui déchiffrent ou vérifient du courrier S/MIME ou PGP, lorsque la clé privée n'est pas installée, qu'un certificat a expiré ou que la clé désignée dans le message est inutilisable. Un 4.7.5 laisse entendre qu'une recherche de clé pourrait aboutir plus tard.",
      fix = "L'expéditeur devrait vérifier que le message a été chiffré avec le certificat ou la clé actuels du destinataire. L'administrateur de la passerelle devrait installer ou renouveler les clés et certificats nécessaires.",
    },
    ["7.6"] = {
      name = "Algorithme cryptographique non pris en charge",
      description = "La vérification ou le déchiffrement a échoué parce que le message utilise un algorithme que le système de contrôle, pourtant habilité à traiter le message, n'implémente pas.",
      when = "Sur les passerelles de déchiffrement ou de vérification, lorsqu'un message utilise un algorithme de chiffrement ou de hachage que la passerelle ne traite pas, soit un algorithme ancien qu'elle a désactivé, soit un algorithme récent qu'elle ne connaît pas encore.",
      fix = "Chiffrer ou signer le message avec un algorithme que la destination prend en charge, en général un choix normalisé actuel. L'administrateur de la passerelle peut mettre à jour le logiciel ou sa liste d'algorithmes autorisés.",
    },
    ["7.7"] = {
      name = "Échec de l'intégrité du message",
      description = "Le message n'a pas passé un contrôle d'intégrité : un système habilité à le vérifier a trouvé le contenu endommagé ou modifié. La RFC 3463 autorise ici toutes les classes : 2.7.7 signale une remise malgré l'échec du contrôle, tandis que 4.7.7 et 5.7.7 signalent respectivement un échec temporaire et un échec permanent.",
      when = "Sur les passerelles qui vérifient des signatures ou des sommes de contrôle, lorsque le contenu a été modifié en route, par exemple par un relais qui a réécrit les fins de ligne, ajouté un pied de page ou réencodé une partie après la signature.",
      fix = "Trouver le saut qui modifie le contenu et l'en empêcher, ou ne signer le message qu'une fois toutes les modifications faites. Le renvoyer sans changement n'aide que si le dommage était un accident de transport.",
    },
    ["7.8"] = {
      name = "Identifiants d'authentification invalides",
      description = "Le serveur a rejeté la tentative AUTH : le nom d'utilisateur, le mot de passe ou le jeton fourni est erroné ou insuffisant.",
      when = "Juste après AUTH, généralement sous la forme 535 5.7.8, lorsque le mot de passe est erroné, que le nom du compte est mal saisi, ou que le fournisseur exige un mot de passe d'application ou un jeton OAuth au lieu du mot de passe habituel.",
      fix = "Demander de nouveaux identifiants à l'utilisateur plutôt que de réessayer les mêmes, car des échecs répétés peuvent verrouiller le compte. Vérifier si le fournisseur attend un mot de passe propre à l'application, OAuth, ou l'adresse électronique complète comme nom d'utilisateur.",
    },
    ["7.9"] = {
      name = "Mécanisme d'authentification trop faible",
      description = "Le serveur n'accepte pas le mécanisme AUTH choisi pour cet utilisateur, parce que sa politique en exige un plus fort.",
      when = "Après AUTH avec un mécanisme simple comme PLAIN ou LOGIN, généralement sous la forme 534 5.7.9, lorsque le serveur en attend un plus fort pour ce compte.",
      fix = "Réessayer AUTH avec un mécanisme plus fort de la liste de la réponse à EHLO, par exemple un mécanisme SCRAM ou OAuth. Si le client n'en prend en charge aucun, le mettre à jour ou le reconfigurer.",
    },
    ["7.10"] = {
      name = "Chiffrement nécessaire",
      description = "Le serveur veut une session chiffrée avant d'accepter le mécanisme d'authentification choisi. Cela concerne surtout des mécanismes comme PLAIN et LOGIN, qui dévoilent le mot de passe à quiconque écoute.",
      when = "Après AUTH PLAIN ou LOGIN sur une connexion non chiffrée. Le code 523 n'est connu que par le registre ; de nombreux serveurs signalent plutôt la même situation par 530 5.7.0 ou 538 5.7.11.",
      fix = "Envoyer STARTTLS, ou se connecter au port TLS implicite, avant AUTH, ou choisir un mécanisme qui n'expose pas le mot de passe.",
    },
    ["7.11"] = {
      name = "Chiffrement requis pour le mécanisme d'authentification demandé",
      description = "Le serveur refuse le mécanisme AUTH choisi sur une connexion non chiffrée et ne l'accepte qu'une fois TLS en place. La RFC 4954 le conserve pour des raisons historiques : un serveur moderne ne propose tout simplement pas de tels mécanismes avant TLS.",
      when = "Après AUTH sur une connexion en clair, généralement sous la forme 538 5.7.11, émis par des serveurs qui annoncent des mécanismes en clair avant STARTTLS pour les refuser ensuite.",
      fix = "Lancer STARTTLS, renvoyer EHLO, puis s'authentifier. Configurer le client pour qu'il exige TLS pour la soumission et n'envoie jamais d'identifiants non chiffrés.",
    },
    ["7.12"] = {
      name = "Une transition de mot de passe est nécessaire",
      description = "Le serveur ne peut pas encore utiliser le mécanisme d'authentification choisi pour ce compte, car il lui manque le secret stocké dont ce mécanisme a besoin. Une connexion avec PLAIN, sur TLS, lui fournit le mot de passe à partir duquel dériver ce secret.",
      when = "Après AUTH avec un mécanisme de type défi-réponse, généralement sous la forme 432 4.7.12, pour un compte dont le mot de passe est stocké sous une forme que ce mécanisme ne peut pas utiliser, par exemple après une migration de serveur.",
      fix = "S'authentifier une fois avec PLAIN sur une connexion chiffrée ; les sessions suivantes pourront alors utiliser le mécanisme choisi. Comme il s'agit d'un échec temporaire, le client devrait conserver le compte et son mot de passe.",
    },
    ["7.13"] = {
      name = "Compte utilisateur désactivé",
      description = "Les identifiants étaient corrects, mais un administrateur a désactivé le compte. L'échec dure jusqu'à ce que le compte soit réactivé.",
      when = "Après un échange AUTH réussi, sous la forme 525 5.7.13, pour un compte suspendu pour impayé, abus, suspicion d'intrusion ou une raison semblable.",
      fix = "Ne pas redemander le mot de passe à l'utilisateur, puisqu'il n'est pas erroné. L'utilisateur doit demander à l'administrateur ou au fournisseur de rétablir le compte.",
    },
    ["7.14"] = {
      name = "Relation de confiance requise",
      description = "Le serveur de soumission n'a pas le droit de récupérer le contenu du message sur un autre serveur, parce qu'aucune relation de confiance n'a été configurée entre les deux. Ce code reprend un cas pour lequel BURL (RFC 4468) utilisait auparavant X.7.8.",
      when = "Après une commande BURL, lorsque le serveur de soumission n'a avec le serveur IMAP désigné dans l'URL aucun accord qui lui permettrait de récupérer le message.",
      fix = "Les administrateurs des serveurs de soumission et IMAP doivent établir la relation de confiance, par exemple l'accès URLAUTH qu'utilise le serveur de soumission. En attendant, le client devrait envoyer le contenu directement avec DATA ou BDAT.",
    },
  },
}
