-- Português (pt): conteúdo traduzido dos códigos de resposta SMTP e do registro de códigos de status estendidos.
-- Uso brasileiro, compreensível em Portugal; estilo de manual técnico (imperativo na terceira pessoa).
--
-- Glossário (usado em todos os textos, inclusive no arquivo de interface pt.lua):
--   mailbox                      caixa de correio
--   recipient / sender           destinatário / remetente
--   envelope sender              remetente do envelope
--   relay (noun / verb)          servidor de retransmissão (relay) / retransmitir
--   bounce                       devolução (bounce); a mensagem é devolvida
--   delivery status notification notificação de status de entrega (DSN)
--   queue / queue run            fila / processamento da fila
--   greylisting                  greylisting (lista cinza)
--   reply code / basic code      código de resposta / código básico
--   enhanced status code         código de status estendido
--   transient / permanent failure falha temporária / falha permanente
--   retry                        nova tentativa; tentar novamente
--   forward-path / reverse-path  caminho de encaminhamento (forward-path) / caminho de retorno (reverse-path)
--   final dot                    ponto final (após DATA)
--   greeting                     saudação
--   handshake                    negociação TLS (handshake)
--   credentials                  credenciais
--   provider                     provedor
--   IANA registry                registro da IANA
--   logs                         logs
--   header section / body        seção de cabeçalho / corpo
--   submission port              porta de submissão
--   policy                       política
--   blocklist / allow-list       lista de bloqueio (blocklist) / lista de permissões
--   host name                    nome de host
--   backup MX                    MX secundário
return {
  basic = {
    [200] = {
      description = "200 é uma resposta de sucesso que nenhum padrão SMTP define; o código padrão para um comando concluído é 250. Listas de referência de códigos de resposta, como a tabela muito copiada de chiark.greenend.org.uk, chamam-no de resposta de sucesso fora do padrão e remetem à RFC 876, um levantamento de 1983 sobre as primeiras implementações de SMTP. Como o primeiro dígito é 2, só pode ser entendido como sucesso.",
      when = "Hoje é muito raro e, quando aparece, vem de um servidor SMTP muito antigo, caseiro ou mal configurado, ou de uma ferramenta de teste que responde 200 onde caberia 250.",
      fix = "O cliente deve interpretar 200 pelo primeiro dígito, como exige a seção 4.2.1 da RFC 5321; assim, o comando conta como bem-sucedido e a sessão continua. O administrador do servidor deve alterar o software para enviar 250, para não confundir clientes rigorosos, verificações de monitoramento e analisadores de logs.",
      use = "Um servidor nunca deve enviar 200; para qualquer comando concluído, deve enviar 250.",
    },
    [211] = {
      description = "O servidor informa o seu status ou dá uma resposta geral de ajuda. A RFC 5321 lista 211 ao lado de 214 como resposta de sucesso a HELP, mas não define o que o texto contém; por isso o conteúdo é livre e se destina a uma pessoa.",
      when = "É pouco visto: alguns servidores respondem a HELP, ou a um comando de status próprio do fabricante, com 211 e algumas linhas de informação de status ou de versão. A maioria dos servidores responde a HELP com 214.",
      fix = "Não há nada a corrigir; o comando foi bem-sucedido. Leia o texto se precisar da informação, mas um script não deve analisá-lo, porque o formato não é padronizado.",
      use = "Envie 211 para informar o status do sistema ou informações gerais pedidas por um operador, e reserve 214 para o texto de ajuda sobre os comandos.",
    },
    [214] = {
      description = "O servidor devolve texto de ajuda em resposta a HELP, sobre o servidor em geral ou sobre o comando indicado no argumento. O texto é escrito para um leitor humano e não tem formato fixo.",
      when = "Alguém que testava um servidor manualmente, com telnet ou openssl s_client, digitou HELP, ou HELP seguido do nome de um comando, e o servidor exibiu uma lista dos comandos suportados ou uma indicação da sua documentação, geralmente em várias linhas.",
      fix = "Não há nada a corrigir. O texto pode dar pistas, mas para saber que extensões o servidor suporta use a resposta a EHLO, e não a saída de HELP.",
      use = "Envie 214 com ajuda legível por pessoas em resposta a HELP, com ou sem argumento.",
    },
    [220] = {
      description = "O servidor está pronto para falar SMTP: 220 é a saudação normal, enviada assim que a conexão se abre, e a primeira palavra depois do código é o nome de host do servidor. A RFC 3207 reutiliza 220 como resposta positiva a STARTTLS, indicando que o servidor está pronto para a negociação TLS (handshake). A saudação não traz código de status estendido, porque o cliente ainda não sabe se o servidor os usa, ao passo que a resposta a STARTTLS normalmente traz.",
      when = "É a primeira linha que o cliente recebe depois de estabelecida a conexão, como \"220 mx.example.com ESMTP\", antes de enviar EHLO. Também responde a um comando STARTTLS que o servidor aceita, como em \"220 2.0.0 Ready to start TLS\".",
      fix = "Nenhuma ação é necessária: depois da saudação, o cliente envia EHLO, ou HELO se não usa extensões. Depois de um 220 a STARTTLS, o cliente inicia imediatamente a negociação TLS e, quando ela termina, descarta o que tinha aprendido antes e envia EHLO de novo. O cliente deve esperar a saudação antes de enviar qualquer coisa, pois muitos servidores rejeitam clientes que falam primeiro.",
      use = "Envie 220 como saudação da conexão quando o servidor estiver disposto a aceitar mensagens, e como resposta a STARTTLS quando estiver pronto para iniciar o TLS.",
    },
    [221] = {
      description = "O servidor confirma o QUIT e está encerrando a conexão de forma ordenada. O texto costuma começar com o nome de host do servidor.",
      when = "É a última resposta de uma sessão normal e chega logo depois de o cliente enviar QUIT, por exemplo \"221 2.0.0 Bye\".",
      fix = "Não há nada a corrigir; a sessão terminou corretamente, e todas as mensagens já aceitas com 250 continuam aceitas. O cliente deve ler a resposta e depois fechar o seu lado da conexão.",
      use = "Envie 221 em resposta a QUIT e, em seguida, feche a conexão.",
    },
    [235] = {
      description = "A troca SASL iniciada por AUTH terminou e o servidor aceita as credenciais do cliente. A partir daí a sessão está autenticada, o que normalmente permite ao cliente submeter ou retransmitir mensagens.",
      when = "Um programa de e-mail ou uma aplicação enviou AUTH PLAIN, AUTH LOGIN ou outro mecanismo, geralmente na porta de submissão 587 ou na 465 com TLS, e o nome de usuário e a senha, ou o token, estavam corretos, como em \"235 2.7.0 Authentication successful\".",
      fix = "Não há nada a corrigir; continue com MAIL FROM. Não envie AUTH de novo na mesma sessão, pois o servidor vai recusá-lo, e, se o mecanismo estabeleceu uma camada de segurança, descarte os resultados anteriores de EHLO e envie EHLO novamente.",
      use = "Envie 235 quando uma troca AUTH terminar com credenciais válidas.",
    },
    [250] = {
      description = "O comando foi bem-sucedido; 250 é o OK geral do SMTP. Depois do fim dos dados da mensagem, significa mais: o servidor assumiu a responsabilidade de entregar a mensagem ou de comunicar uma falha ao remetente. O ETRN (RFC 1985) o usa para dizer que começou o processamento da fila para o nó, e o ATRN (RFC 2645) para dizer que a conexão está prestes a ser invertida.",
      when = "Quase todas as etapas de uma sessão normal o recebem: a resposta de várias linhas a EHLO que lista as extensões, a aceitação de MAIL FROM e de cada RCPT TO, a resposta ao ponto final e as respostas a RSET, NOOP, VRFY, EXPN e a cada bloco BDAT. Depois da mensagem, os servidores costumam acrescentar um código estendido e um identificador de fila, como em \"250 2.0.0 Ok: queued as 4FkX1\".",
      fix = "Não há nada a corrigir; passe ao comando seguinte. Registre em log a resposta ao ponto final, porque o identificador de fila é o que o administrador do destino precisa para rastrear a mensagem. Um 250 a RCPT TO só aceita o endereço por enquanto: a mensagem ainda pode ser devolvida mais tarde, por isso o remetente deve continuar tratando as notificações de status de entrega.",
      use = "Envie 250 sempre que o comando solicitado tiver sido executado por completo e, após o ponto final, só depois de a mensagem estar armazenada com segurança.",
    },
    [251] = {
      description = "O servidor aceita o destinatário, embora a caixa de correio não seja local, e vai encaminhar a mensagem para o caminho de encaminhamento (forward-path) indicado no texto da resposta. No ETRN (RFC 1985), o mesmo código significa algo sem relação: o pedido era válido, mas não há mensagens à espera para aquele nó.",
      when = "Responde a RCPT TO, ou a VRFY, para um endereço que o servidor sabe que mudou, por exemplo \"251 User not local; will forward to <jane@new.example>\". Hoje a maioria dos servidores encaminha sem avisar e responde 250, para que o novo endereço continue privado; depois de ETRN, indica simplesmente uma fila vazia.",
      fix = "O destinatário foi aceito, então continue a transação como depois de um 250. O cliente pode extrair o caminho de encaminhamento entre sinais de menor e maior para sugerir a atualização do endereço, mas não é obrigado a isso, e só deve atualizar endereços automaticamente quando confiar na identidade do servidor. Depois de ETRN, 251 significa que não há nada a entregar, o que não é um erro.",
      use = "Envie 251 a RCPT TO ou VRFY quando aceitar mensagens para um endereço que você vai encaminhar e estiver disposto a revelar o novo endereço.",
    },
    [252] = {
      description = "O servidor não pode ou não quer confirmar que o endereço existe, mas aceitaria uma mensagem para ele e tentaria entregá-la. Um site que desativa o VRFY por privacidade deve responder 252, e não um código que pareça um resultado real de verificação. No ETRN (RFC 1985), 252 significa que o pedido foi aceito e que começou o processamento das mensagens pendentes do nó.",
      when = "Uma ferramenta ou uma verificação de remetente enviou VRFY ou EXPN, e o servidor tem a verificação desativada, como a maioria dos servidores públicos, ou é um MX secundário ou um gateway que não consegue verificar a caixa de correio final em tempo real. O registro da IANA também associa 252 a X.6.8, da RFC 6531, para um VRFY cuja resposta exigiria um nome de caixa de correio em UTF-8 que o cliente não aceitou receber.",
      fix = "Não tome 252 como prova de que a caixa de correio existe, nem como recusa: um script que verifica endereços deve registrar o resultado como desconhecido, e o único teste confiável é enviar uma mensagem e observar se ela é devolvida. Depois de ETRN, 252 é um sucesso, e as mensagens na fila chegarão por novas conexões SMTP.",
      use = "Envie 252 a VRFY ou EXPN quando a verificação estiver desativada por política ou quando o endereço parecer entregável mas não puder ser verificado em tempo real.",
    },
    [253] = {
      description = "O servidor aceitou um pedido ETRN e começou a enviar as mensagens que guarda para o nó indicado, e o texto diz quantas são. Existe apenas na extensão ETRN da RFC 1985, onde diz o mesmo que 252, com a contagem de mensagens acrescentada.",
      when = "Um site com conexão intermitente, ou um servidor de e-mail que age em nome dele, conectou-se ao servidor de retransmissão (relay) do seu provedor e enviou ETRN com o nome do seu domínio, e o relay tinha mensagens na fila para esse domínio.",
      fix = "Não há nada a corrigir. Mantenha acessível o servidor SMTP do próprio site, porque o relay entrega as mensagens da fila por novas conexões SMTP ao host de e-mail do nó, e não pela sessão que enviou o ETRN.",
      use = "Envie 253 em resposta a ETRN quando um processamento da fila tiver começado e você quiser informar ao cliente quantas mensagens estão à espera.",
    },
    [334] = {
      description = "O servidor aceitou o comando AUTH até aqui e aguarda a etapa seguinte da troca SASL. O texto depois do código é um desafio codificado em base64, que pode estar vazio; são dados para o software cliente, e não uma mensagem para uma pessoa.",
      when = "Segue o AUTH sempre que o mecanismo precisa de mais uma ida e volta: o AUTH LOGIN envia em base64 os pedidos de nome de usuário e de senha, o AUTH PLAIN sem resposta inicial recebe um desafio vazio e o CRAM-MD5 envia um nonce em base64.",
      fix = "O cliente deve responder com uma linha de dados em base64, ou com um único \"*\" para cancelar, ao que o servidor responde com 501. O cliente não deve registrar em log a troca decodificada, porque ela pode conter a senha.",
      use = "Envie 334 com um desafio em base64 sempre que o mecanismo de AUTH precisar de mais dados do cliente.",
    },
    [354] = {
      description = "O servidor aceitou o DATA e está pronto para receber a mensagem propriamente dita, seção de cabeçalho e corpo, terminada por uma linha que contém apenas um ponto. É a única resposta intermediária do SMTP básico: nada foi aceito ainda.",
      when = "Chega logo depois de o cliente enviar DATA, quando a transação já tem um remetente e pelo menos um destinatário aceito, normalmente como \"354 End data with <CR><LF>.<CR><LF>\".",
      fix = "Envie a mensagem, acrescentando um ponto extra a cada linha que comece por ponto, termine-a com CRLF.CRLF e aguarde a resposta final: só uma resposta 2xx nesse momento significa que a mensagem foi aceita. O cliente não deve enviar o conteúdo antes de chegar o 354, mesmo quando usa pipelining.",
      use = "Envie 354 em resposta a DATA quando a transação tiver um remetente e pelo menos um destinatário aceito e você estiver pronto para ler a mensagem.",
    },
    [355] = {
      description = "O servidor reconheceu o TRANSID que veio com MAIL FROM como uma transação interrompida e informa, em número de octetos, a partir de que ponto dos dados da mensagem pode retomar. Pertence à extensão experimental CHECKPOINT, da RFC 1845, que permite ao cliente reiniciar a transferência interrompida de uma mensagem grande sem enviar tudo de novo.",
      when = "Praticamente nunca é visto: os dois lados precisam implementar CHECKPOINT, e o cliente precisa ter se reconectado depois de uma sessão interrompida e enviado MAIL FROM com o mesmo parâmetro TRANSID de antes.",
      fix = "Um cliente que suporta CHECKPOINT retoma o envio do conteúdo da mensagem a partir do deslocamento indicado, sem repetir o que o servidor já tem. Um cliente que não conhece a extensão nunca deveria receber 355, já que ele só segue um parâmetro TRANSID; se receber, deve abandonar a transação com RSET.",
      use = "Envie 355 apenas quando CHECKPOINT for oferecido e um MAIL FROM trouxer o TRANSID de uma transação interrompida cujos dados você guardou.",
    },
    [420] = {
      description = "Nenhum padrão define 420; algumas listas de referência o descrevem como um esgotamento de tempo ou um problema de conexão no lado receptor. A RFC 5321 não tem esse código, por isso o cliente deve tratá-lo apenas pelo primeiro dígito, como exige a seção 4.2.1.",
      when = "Aparece sobretudo em listas de referência e nos logs de software de e-mail antigo ou feito sob medida, em torno de uma sessão que travou ou esgotou o tempo. O texto da resposta, se houver, é a única pista confiável do que o servidor quis dizer.",
      fix = "Trate-o como qualquer resposta 4xx: mantenha a mensagem na fila e tente novamente mais tarde, com intervalos crescentes. Se persistir, verifique o caminho de rede, os firewalls e as configurações de tempo limite entre os dois hosts, e leia o texto da resposta ou os logs do servidor.",
      use = "Um servidor não deve enviar 420; um servidor que precise derrubar uma sessão por tempo esgotado ou sobrecarga deve enviar 421.",
    },
    [421] = {
      description = "O servidor não pode oferecer o serviço SMTP no momento e está fechando a conexão. A RFC 5321 o permite em resposta a qualquer comando, e um servidor que precise ser desligado pode enviá-lo sem esperar um comando (seção 3.8).",
      when = "Muitas vezes substitui a saudação 220, ou responde a EHLO, quando o servidor está sobrecarregado, limita as conexões por endereço de cliente, está reiniciando ou limita o ritmo de um remetente em que ainda não confia. Também chega no meio de uma sessão quando o servidor é desligado ou quando se atinge um limite por sessão de tempo, de erros ou de mensagens.",
      fix = "O cliente deve considerar a conexão fechada, guardar todas as mensagens que não receberam 250 ao ponto final e tentar novamente mais tarde, com intervalos crescentes, de preferência em outro host MX. Um remetente que o vê o tempo todo deve reduzir o ritmo de conexões e de mensagens e procurar no texto da resposta uma indicação de limite de envio; o administrador do servidor deve verificar a carga, os limites de conexão e os reinícios do serviço.",
      use = "Envie 421 quando o serviço tiver de fechar a conexão por um motivo temporário, como desligamento, sobrecarga ou conexões demais, qualquer que seja o comando pendente.",
    },
    [422] = {
      description = "422 aparece apenas no registro da IANA de códigos de status estendidos, como código básico alternativo listado com X.7.12 (é necessária uma transição de senha); nenhuma RFC o define. O código que a RFC 4954 de fato especifica para essa situação é 432.",
      when = "Raramente é visto na prática, e algumas listas de referência lhe dão um significado sem relação, uma caixa de correio do destinatário acima do limite de armazenamento, que nenhum padrão sustenta. Se um servidor o enviar, o código estendido e o texto da resposta mostram qual significado ele tem em mente.",
      fix = "Trate-o como uma falha temporária, como a seção 4.2.1 da RFC 5321 exige para qualquer resposta 4xx. Se vier com 4.7.12 depois de AUTH, o usuário deve fazer login uma vez com PLAIN sobre TLS, para que o servidor conclua a transição de senha, e depois tentar novamente.",
      use = "Para uma transição de senha necessária, um servidor deve enviar 432 com 4.7.12 em vez de 422, já que 432 é o código que a RFC 4954 define.",
    },
    [430] = {
      description = "430 aparece apenas no registro da IANA de códigos de status estendidos, entre os códigos básicos listados com X.5.1 (comando inválido); nenhuma RFC lhe dá um significado próprio. Lido ao pé da letra, é uma recusa temporária de um comando que o servidor considera inválido.",
      when = "Raramente é visto na prática, e um cliente que o recebe provavelmente está falando com software feito sob medida ou experimental. O texto da resposta é a melhor pista do que foi recusado.",
      fix = "Trate-o como qualquer resposta 4xx: o comando falhou por ora e pode ser repetido mais tarde sem alterações. Se continuar voltando, compare o comando com o que o servidor ofereceu na resposta a EHLO, já que um comando inválido normalmente recebe um 500, 501 ou 503 permanente.",
      use = "Um servidor deve responder a um comando inválido com 500, 501 ou 503; 430 não tem uso definido além da sua menção no registro.",
    },
    [431] = {
      description = "Nenhum padrão define 431; algumas listas de referência o descrevem como falta de espaço em disco ou de memória no servidor receptor. O número parece o código estendido registrado 4.3.1 (sistema de correio cheio) sem os pontos, o que pode explicar a origem dessa afirmação.",
      when = "Aparece sobretudo em listas de referência e, raramente, nos logs de software fora do padrão durante uma falta de recursos no lado receptor. Servidores que seguem o padrão informam a mesma condição com 452, geralmente acompanhado de 4.3.1.",
      fix = "Trate-o como qualquer resposta 4xx, como exige a seção 4.2.1 da RFC 5321: mantenha a mensagem na fila e tente novamente mais tarde, com intervalos crescentes. O administrador do destino deve verificar o espaço livre nos volumes da fila e de spool e a memória do host de e-mail.",
      use = "Um servidor não deve enviar 431; um servidor com pouco espaço de armazenamento deve enviar 452 com 4.3.1.",
    },
    [432] = {
      description = "O usuário precisa fazer a transição para o mecanismo de autenticação que acabou de pedir, e o servidor não pode aceitá-lo antes disso (RFC 4954). Normalmente o servidor ainda não tem credenciais para esse mecanismo e precisa de um login com a senha em texto simples para criá-las.",
      when = "Responde a AUTH, geralmente com 4.7.12, em servidores que guardam credenciais separadas por mecanismo, por exemplo depois de o administrador ativar um mecanismo de desafio-resposta para contas que até então faziam login com PLAIN. Algumas listas de referência dão a 432 um significado sem relação, uma fila de entrada parada no Microsoft Exchange, que nenhum padrão sustenta.",
      fix = "Autentique-se uma vez com PLAIN numa conexão protegida por TLS, para que o servidor conclua a transição, e depois volte a usar o mecanismo mais forte. Um script não deve repetir o mesmo mecanismo em ciclo; deve recorrer uma vez a PLAIN sobre TLS ou comunicar a situação ao usuário.",
      use = "Envie 432 com 4.7.12 em resposta a AUTH quando a conta não puder usar o mecanismo pedido até que o usuário tenha feito login uma vez com a senha em texto simples.",
    },
    [441] = {
      description = "Nenhum padrão define 441; algumas listas de referência dizem que significa que o servidor do destinatário não responde. A afirmação corresponde ao código estendido registrado 4.4.1 (sem resposta do host), por isso essas listas provavelmente mostram esse código sem os pontos.",
      when = "Costuma ser visto em avisos de atraso ou em logs do cliente, e não como uma resposta SMTP real, porque um host que não responde não pode enviar código de resposta. Nesse caso, o sistema remetente está descrevendo as próprias tentativas frustradas de alcançar o próximo salto.",
      fix = "Trate-o como uma falha temporária e deixe a fila tentar novamente com intervalos crescentes, como a seção 4.2.1 da RFC 5321 exige para qualquer resposta 4xx. O administrador do envio deve verificar os registros MX e de endereço do destino, o roteamento e os firewalls, e se os hosts remotos aceitam conexões na porta 25.",
      use = "Um servidor não deve enviar 441; a forma padrão de informar um próximo salto inalcançável é 451 com 4.4.1.",
    },
    [442] = {
      description = "Nenhum padrão define 442; algumas listas de referência dizem que significa que a conexão caiu durante a transmissão. A afirmação corresponde ao código estendido registrado 4.4.2 (conexão ruim), por isso essas listas provavelmente mostram esse código sem os pontos.",
      when = "Aparece sobretudo em logs do cliente ou em avisos de atraso depois de uma sessão interrompida no meio, por exemplo durante uma transferência DATA grande por um enlace instável. Uma conexão que cai não traz resposta, então o código é um rótulo acrescentado pelo software que faz o relatório.",
      fix = "Tente novamente mais tarde, como para qualquer resposta 4xx; a seção 3.8 da RFC 5321 manda o cliente tratar uma conexão interrompida como se tivesse recebido 451. Se continuar acontecendo, procure uma rede instável, equipamentos intermediários que cortam sessões longas e tempos limite curtos em qualquer dos lados.",
      use = "Um servidor não deve enviar 442; um servidor que precise encerrar uma sessão antes da hora deve enviar 421 primeiro.",
    },
    [446] = {
      description = "Nenhum padrão define 446; algumas listas de referência dizem que significa que o número máximo de saltos foi excedido, o que indica um laço de correio. A afirmação corresponde ao código estendido registrado 4.4.6 (laço de roteamento detectado), por isso essas listas provavelmente mostram esse código sem os pontos.",
      when = "É informado quando uma mensagem passou por servidores de retransmissão demais, geralmente porque dois servidores encaminham o mesmo domínio ou endereço um para o outro. Os campos de cabeçalho Received da mensagem atrasada ou devolvida mostram o laço.",
      fix = "O cliente o trata como qualquer resposta 4xx e tenta novamente mais tarde, como exige a seção 4.2.1 da RFC 5321, mas as novas tentativas não adiantam enquanto o laço não for desfeito. O administrador deve seguir os campos de cabeçalho Received e corrigir a regra de encaminhamento, o alias, o registro MX ou a configuração de smarthost que devolve as mensagens.",
      use = "Um servidor não deve enviar 446; uma mensagem em laço é recusada com uma resposta 5xx e 5.4.6, ou adiada com 451 e 4.4.6 enquanto o laço ainda puder se desfazer.",
    },
    [447] = {
      description = "Nenhum padrão define 447; algumas listas de referência dizem que significa que uma mensagem de saída esgotou o tempo. A afirmação corresponde ao código estendido registrado 4.4.7 (prazo de entrega expirado), por isso essas listas provavelmente mostram esse código sem os pontos.",
      when = "Costuma aparecer em avisos de atraso ou de falha de um sistema remetente que manteve a mensagem na fila por muito tempo sem conseguir entregá-la. O servidor receptor pode nunca ter respondido, por isso a causa real está nas tentativas anteriores registradas no log da fila.",
      fix = "Trate-o como qualquer resposta 4xx, como exige a seção 4.2.1 da RFC 5321, e deixe a fila continuar tentando até o prazo de desistência. O administrador do envio deve ler as respostas anteriores para aquele destino para saber por que a entrega parou, como tempos esgotados, greylisting ou uma indisponibilidade no site receptor.",
      use = "Um servidor não deve enviar 447; um sistema remetente cujo tempo de vida na fila se esgote deve enviar ao remetente uma notificação de status de entrega com 4.4.7 ou 5.4.7.",
    },
    [449] = {
      description = "Nenhum padrão define 449; algumas listas de referência dizem que significa um erro de roteamento. O código estendido 4.4.9, com o qual o número se parece, também não está registrado na IANA, por isso nenhuma leitura dele tem um padrão por trás.",
      when = "Aparece sobretudo em listas de referência e nos logs de software fora do padrão quando uma mensagem não pôde ser roteada para o próximo salto, muitas vezes por um problema de configuração de DNS ou de retransmissão. O texto da resposta ou os logs do sistema remetente contêm o motivo real.",
      fix = "Trate-o como qualquer resposta 4xx, nos termos da seção 4.2.1 da RFC 5321: mantenha a mensagem na fila e tente novamente mais tarde. Se persistir, o administrador deve verificar os registros MX e de endereço do destino e as configurações de smarthost ou de retransmissão no lado do envio.",
      use = "Um servidor não deve enviar 449; um problema temporário de roteamento é informado com 451 e um código estendido X.4, como 4.4.0 ou 4.4.4.",
    },
    [450] = {
      description = "A ação solicitada não foi executada porque a caixa de correio está indisponível por enquanto, por exemplo ocupada, bloqueada ou temporariamente barrada por política. Em resposta a ATRN (RFC 2645), o mesmo código significa que o servidor recusou o pedido ATRN por ora.",
      when = "Responde sobretudo a RCPT TO, e a causa mais comum hoje é o greylisting (lista cinza): o servidor adia a primeira tentativa de um par remetente e endereço desconhecido e aceita uma nova tentativa alguns minutos depois. Também aparece quando o domínio do destinatário ou do remetente não pode ser verificado no momento, quando uma caixa de correio está bloqueada ou, após o ponto final, por uma decisão temporária de política.",
      fix = "Mantenha a mensagem na fila e tente novamente mais tarde; um MTA padrão faz isso sozinho, e uma mensagem em greylisting geralmente passa na tentativa seguinte, por isso um script não deve tratar um 450 como devolução. Se o adiamento nunca se resolver, leia o texto da resposta e o código estendido (4.7.1 indica um bloqueio por política) e verifique a reputação do host remetente, o DNS reverso e o endereço do destinatário.",
      use = "Envie 450 quando uma caixa de correio ou uma mensagem não puder ser aceita agora, mas puder ser mais tarde, como no greylisting, numa caixa de correio bloqueada ou num bloqueio temporário por política.",
    },
    [451] = {
      description = "O servidor abortou a ação solicitada por causa de um erro local durante o processamento. Em resposta a ATRN (RFC 2645), significa que o servidor não pode tratar o pedido ATRN agora.",
      when = "Aparece depois de MAIL FROM, RCPT TO ou do ponto final quando o servidor receptor encontra um problema interno temporário: uma consulta DNS que falhou, um antivírus ou antispam inacessível, uma indisponibilidade do diretório ou do banco de dados, ou um erro ao gravar na fila. Muitos servidores também o usam para greylisting e para erros temporários de SPF (4.7.24), e a seção 3.8 da RFC 5321 manda o cliente tratar uma conexão interrompida como se tivesse recebido 451.",
      fix = "Tente novamente mais tarde, com intervalos crescentes; o problema está no lado do servidor e geralmente se resolve sem nenhuma alteração por parte do remetente. Se durar horas, o administrador do destino deve verificar os logs do servidor, o resolvedor DNS, o espaço livre em disco e cada filtro, antivírus ou serviço de diretório de que o servidor depende.",
      use = "Envie 451 quando um comando ou uma transação falhar por uma falha temporária no lado do servidor, como tempo esgotado numa consulta, falha de um serviço auxiliar ou um problema local de recursos.",
    },
    [452] = {
      description = "O servidor não executou a ação solicitada porque não tem armazenamento suficiente para isso agora. A seção 4.5.3.1.10 da RFC 5321 também faz de 452 a resposta correta quando uma transação tem mais destinatários do que o servidor aceita, e, com SIZE (RFC 1870), significa que o tamanho declarado da mensagem não pode ser aceito por ora.",
      when = "Responde a MAIL FROM quando o tamanho declarado não cabe no espaço livre, a RCPT TO quando se atinge o limite de destinatários da transação (destinatários demais), ou ao ponto final quando o disco ou a fila se encheram durante a transferência. Alguns provedores também o enviam com 4.2.2 quando a caixa de correio de um destinatário está acima da cota.",
      fix = "No caso de destinatários demais, o cliente deve concluir a transação com os destinatários já aceitos e enviar os restantes numa nova transação, que é como a RFC 5321 espera que o limite seja tratado. Nos problemas de armazenamento, tente novamente mais tarde, com intervalos crescentes; o administrador do destino deve verificar o espaço livre nos volumes da fila e de spool e, quando o código estendido for 4.2.2, a cota do destinatário.",
      use = "Envie 452 quando o servidor estiver temporariamente sem armazenamento, ou em resposta ao RCPT TO que ultrapassa o limite de destinatários de uma transação, para que o cliente envie o restante depois.",
    },
    [453] = {
      description = "Em resposta a ATRN (RFC 2645, On-Demand Mail Relay), 453 informa ao cliente autenticado que não há mensagens à espera para os seus domínios. À parte disso, o registro da IANA lista 453 como código básico de X.3.2 (sistema não aceita mensagens da rede), um significado sem relação com o ATRN.",
      when = "No On-Demand Mail Relay, um site com endereço dinâmico conecta-se ao seu provedor, autentica-se e emite ATRN, e recebe 453 quando a sua fila está vazia. Fora do ATRN, um servidor pode enviá-lo com 4.3.2 durante uma manutenção ou antes de um desligamento, embora 421 seja a escolha habitual nesse caso.",
      fix = "No ATRN não há nada a corrigir: o cliente encerra a sessão com QUIT e volta a perguntar na próxima consulta programada. Se vier com 4.3.2, trate-o como uma recusa temporária e tente novamente mais tarde, como a seção 4.2.1 da RFC 5321 exige para qualquer resposta 4xx.",
      use = "Envie 453 em resposta a ATRN quando não houver mensagens na fila para os domínios pedidos; para um sistema que temporariamente não aceita mensagens, 421 é a escolha mais clara.",
    },
    [454] = {
      description = "Um problema temporário no lado do servidor impede a etapa de segurança solicitada: depois de AUTH (RFC 4954), a autenticação falhou por um motivo temporário, e, depois de STARTTLS (RFC 3207), o TLS não está disponível por ora. As credenciais ou o pedido não são considerados errados.",
      when = "Depois de AUTH, geralmente significa que o servidor não conseguiu alcançar o seu back-end de autenticação, como um banco de dados LDAP ou SQL ou um serviço SASL. Depois de STARTTLS, indica um certificado ou uma chave ausente ou ilegível, uma biblioteca TLS que não conseguiu iniciar, ou falta de recursos; alguns servidores também usam 454 com 4.7.1 para recusar a retransmissão por ora.",
      fix = "Tente novamente mais tarde; um programa de e-mail não deve pedir uma nova senha ao usuário só por causa de um 454, e um cliente só deve recorrer à entrega sem TLS onde a sua política de segurança o permitir. O administrador do servidor deve verificar o back-end de autenticação, os arquivos de certificado e de chave e os logs de erros de TLS.",
      use = "Envie 454 quando AUTH ou STARTTLS não puder ser concluído por causa de um problema temporário no lado do servidor, e não porque o cliente fez algo errado.",
    },
    [455] = {
      description = "O servidor não consegue tratar no momento um ou mais parâmetros de MAIL FROM ou RCPT TO, embora os entenda (seção 4.1.1.11 da RFC 5321). É a contrapartida temporária de 555, e a especificação de um parâmetro pode exigir outro código.",
      when = "É raro na prática; pode aparecer quando um servidor suporta um parâmetro de extensão, como NOTIFY ou RET do DSN, mas não consegue atendê-lo neste momento, por exemplo porque um serviço de que precisa está fora do ar.",
      fix = "Repita a transação mais tarde sem alterações e, se continuar falhando, tente sem o parâmetro opcional, quando a mensagem puder dispensá-lo. O administrador do servidor deve verificar o subsistema que implementa o parâmetro.",
      use = "Envie 455 quando um parâmetro de MAIL FROM ou RCPT TO for entendido mas não puder ser atendido agora e a especificação do próprio parâmetro não indicar outro código.",
    },
    [456] = {
      description = "Um Internet-Draft expirado (draft-martin-smtp-ipv6-to-ipv4-fallback) propôs 456 para pedir ao cliente que tente a mensagem de novo imediatamente por IPv4, porque por IPv6 ela falha nas verificações de autenticação do remetente (o draft cita SPF e DKIM). Nunca se tornou RFC, por isso nenhum padrão atribui esse significado.",
      when = "Só pode vir de servidores que implementam a proposta, em resposta a um remetente de pilha dupla que se conectou por IPv6 e cujas mensagens não se autenticam a partir do seu endereço IPv6, por exemplo porque o registro SPF lista apenas endereços IPv4. A maioria dos softwares de e-mail não conhece o código.",
      fix = "Um cliente que implementa o draft tenta de novo a mesma mensagem imediatamente, por IPv4, no mesmo MX; qualquer outro cliente o trata como uma resposta 4xx e tenta novamente mais tarde, como exige a seção 4.2.1 da RFC 5321. O administrador do envio deve acrescentar ao SPF os endereços IPv6 de envio, dar-lhes DNS reverso ou preferir IPv4 para as mensagens de saída para esse destino.",
      use = "Um servidor só pode enviar 456 se seguir o draft e quiser que o remetente tente novamente por IPv4; caso contrário, uma recusa temporária por política é enviada como 450 ou 451.",
    },
    [458] = {
      description = "O servidor não consegue iniciar no momento o processamento da sua fila para o nó (domínio) indicado no ETRN (RFC 1985). O pedido em si é aceitável, e espera-se que a falha se resolva.",
      when = "Um site com conexão intermitente, ou o seu script de consulta, envia ETRN ao servidor de retransmissão (relay) do seu provedor e recebe 458 quando o relay não consegue iniciar agora o processamento da fila, por exemplo porque a fila está bloqueada ou ele está ocupado demais.",
      fix = "Emita o ETRN de novo mais tarde, ou simplesmente aguarde, já que o relay processa a sua fila de qualquer modo no seu próprio calendário. O administrador do relay deve verificar se o processamento da fila para esse domínio funciona e se a fila não está travada.",
      use = "Envie 458 em resposta a ETRN quando este host guardar mensagens na fila para o nó mas não puder iniciar agora o processamento da fila.",
    },
    [459] = {
      description = "O servidor se recusa a iniciar um processamento da fila para o nó indicado no ETRN (RFC 1985), e o texto da resposta dá o motivo. É definido como resposta temporária, embora o motivo seja muitas vezes uma questão de configuração ou de permissão.",
      when = "Aparece quando um cliente emite ETRN para um domínio para o qual o relay não tem mensagens ou cujo processamento não deixa esse cliente disparar, ou quando o uso do ETRN está restrito por política.",
      fix = "Verifique se o nome de nó dado ao ETRN corresponde a um domínio para o qual o relay guarda mensagens na fila e se o cliente tem permissão para pedi-lo; enviar de novo o mesmo ETRN sem alterações geralmente dá a mesma resposta. O administrador do relay deve rever quais clientes podem usar ETRN e para quais domínios.",
      use = "Envie 459 em resposta a ETRN quando o nó pedido não for um daqueles para os quais este cliente pode iniciar um processamento da fila, com o motivo no texto da resposta.",
    },
    [471] = {
      description = "Nenhum padrão define 471; algumas listas de referência dizem que indica um erro num filtro de correio local, muitas vezes um filtro antispam ou antivírus, no lado receptor. O segundo dígito, 7, está fora da gramática de respostas da RFC 5321, que ali só admite de 0 a 5, e o número parece o código estendido 4.7.1 (entrega não autorizada, mensagem recusada) sem os pontos.",
      when = "Aparece em listas de referência e nos logs de software fora do padrão ou mal configurado, normalmente quando um filtro de conteúdo ou uma verificação de política falhou ou recusou a mensagem. O texto da resposta, ou os logs do filtro no lado receptor, contêm o motivo real.",
      fix = "O cliente deve tratá-lo pelo primeiro dígito como uma falha temporária, como exige a seção 4.2.1 da RFC 5321, e tentar novamente mais tarde. Se se repetir, o administrador do destino deve verificar o software de filtragem e a sua ligação com o MTA, e o remetente deve verificar se a mensagem parece spam para esse filtro.",
      use = "Um servidor não deve enviar 471, porque o segundo dígito está fora do intervalo permitido; uma falha temporária de filtro é informada com 451, e um adiamento por política com 450.",
    },
    [500] = {
      description = "O servidor não reconheceu o comando, ou a linha de comando era longa demais para ele ler. O erro diz respeito ao próprio comando, e não à mensagem ou a uma caixa de correio. No AUTH, também indica uma linha de resposta do cliente mais longa do que o servidor consegue armazenar para o mecanismo escolhido, com o código estendido 5.5.6.",
      when = "Causas típicas são um erro de digitação numa sessão digitada à mão, um comando de extensão que o servidor nunca anunciou, ou uma linha de comando mais longa do que o servidor aceita. Alguns servidores antigos respondem a EHLO com 500, o que indica ao cliente que deve recorrer a HELO. Firewalls e proxies que filtram SMTP também podem produzi-lo para comandos que não deixam passar.",
      fix = "O cliente deve enviar apenas os comandos básicos e os comandos das extensões listadas na resposta a EHLO, e manter cada linha de comando dentro de 512 octetos, incluindo o CRLF. Se o próprio EHLO receber 500, envie HELO e não use extensões. Quem escreve scripts deve registrar em log a linha exata enviada, porque a resposta raramente diz que parte não foi entendida.",
      use = "Envie 500 quando o verbo do comando for desconhecido ou a linha for longa demais para ser analisada; use 502 para um comando que você reconhece mas não implementa.",
    },
    [501] = {
      description = "O servidor reconheceu o comando, mas não pôde aceitar os argumentos, porque estão malformados. Casos típicos são um endereço mal formado em MAIL FROM ou RCPT TO, argumentos dados a um comando que não os aceita e um domínio inválido em EHLO ou HELO. STARTTLS e AUTH também o usam: para parâmetros depois de STARTTLS, para uma troca AUTH que o cliente cancelou com um único asterisco e para dados que não são base64 válido.",
      when = "Causas comuns são um espaço depois dos dois-pontos em MAIL FROM: ou RCPT TO:, um endereço sem os sinais de menor e maior, um sublinhado ou outro caractere inválido no domínio do EHLO e bibliotecas cliente que põem um nome de exibição no envelope em vez do endereço puro. Um cliente que cancela uma troca de autenticação também o recebe.",
      fix = "Verifique a linha de comando exata: os endereços vão entre sinais de menor e maior, sem espaços em volta dos dois-pontos, e o argumento de EHLO deve ser um nome de host válido ou um endereço literal. Corrija os dados ou a biblioteca cliente e envie o comando de novo; repetir a mesma linha vai falhar da mesma forma.",
      use = "Envie 501 quando um comando conhecido tiver argumentos que você não consegue analisar, incluindo endereços sintaticamente inválidos e quaisquer argumentos para DATA, RSET ou QUIT.",
    },
    [502] = {
      description = "O servidor reconheceu o comando, mas não o implementa. A RFC 5321 distingue isso de 500, que serve para comandos que o servidor não reconhece de todo. Um servidor não deve anunciar na resposta a EHLO uma extensão cujo comando ele responderia com 502.",
      when = "Os clientes o encontram em comandos opcionais que muitos servidores desativam, como VRFY, EXPN, HELP ou TURN, e em EHLO enviado a um servidor muito antigo que só conhece HELO. Também aparece quando um cliente envia um comando de extensão sem antes verificar a resposta a EHLO.",
      fix = "Não repita o comando nesse servidor; leia a resposta a EHLO para ver o que é suportado e siga outro caminho, por exemplo a entrega normal com RCPT em vez de verificar um endereço com VRFY. Se o EHLO receber 502, envie HELO. Os administradores que queiram o comando disponível devem ativá-lo na configuração do servidor.",
      use = "Envie 502 para um comando que você reconhece mas optou por não implementar ou desativou, e nunca liste a extensão desse comando na resposta a EHLO.",
    },
    [503] = {
      description = "O comando é válido, mas chegou no momento errado da sessão. Exemplos são RCPT antes de MAIL, DATA antes de qualquer destinatário aceito, MAIL com uma transação já aberta e AUTH durante uma transação de correio ou depois de um AUTH bem-sucedido.",
      when = "Causas típicas são um cliente que pulou o EHLO ou o HELO, comandos em pipelining enviados depois de um anterior ter falhado, ou um cliente que seguiu para DATA depois de todos os destinatários terem sido recusados. Um servidor que recusou a sessão com uma saudação 554 responde 503 aos comandos seguintes. Alguns provedores também usam 503 para um cliente que não se autenticou, caso em que 530 seria o código mais claro.",
      fix = "Siga a ordem EHLO, STARTTLS e AUTH opcionais, MAIL, um ou mais RCPT e depois DATA, e verifique cada resposta antes de prosseguir. Depois de um MAIL que falhou ou de uma série de comandos RCPT recusados, envie RSET e recomece a transação. Se o texto da resposta mencionar autenticação, faça login com AUTH antes de MAIL.",
      use = "Envie 503 quando um comando conhecido chegar fora de ordem, e mantenha a sessão no estado em que estava antes desse comando.",
    },
    [504] = {
      description = "O comando e a sua sintaxe estão corretos, mas o servidor não suporta o parâmetro ou a opção pedida. O caso mais comum é AUTH com um mecanismo SASL que o servidor não oferece; VRFY, EXPN e HELP também podem recebê-lo quando a variante pedida não é suportada.",
      when = "Costuma ser visto logo depois de um AUTH com um mecanismo tirado de configurações antigas do cliente, como CRAM-MD5 ou NTLM, que este servidor não lista na resposta a EHLO. Um servidor conforme só o devolve a EHLO ou HELO em casos raros.",
      fix = "Escolha um mecanismo da linha AUTH da resposta a EHLO, e leia essa resposta de novo depois de STARTTLS, porque a lista muitas vezes muda quando o TLS está ativo. Nos outros comandos, retire o parâmetro não suportado ou use uma forma mais simples do comando.",
      use = "Envie 504 quando reconhecer um comando mas não o parâmetro, a opção ou o mecanismo SASL que ele pede; para parâmetros desconhecidos de MAIL FROM ou RCPT TO, envie 555.",
    },
    [510] = {
      description = "Um código que nenhum padrão define, listado em páginas públicas de referência e de suporte como indicador de endereço de e-mail inválido. A RFC 5321 reserva a faixa x1z para respostas informativas, por isso um erro de endereço numerado 510 não se encaixa no esquema padrão. O cliente deve tratá-lo como qualquer outra resposta 5xx, como falha permanente, conforme exige a seção 4.2.1 da RFC 5321.",
      when = "Servidores reais raramente o enviam; aparece sobretudo em artigos de suporte, ou num relatório que mostra o código estendido 5.1.0 sem os pontos. Verifique a resposta original no log do servidor antes de agir com base no número.",
      fix = "Verifique se o endereço do destinatário tem erros de digitação e confirme-o com o destinatário por outro canal. Trate a falha como permanente e não tente de novo o mesmo endereço sem alterações.",
      use = "Não envie 510; informe um endereço de destinatário inválido com 550 e um código estendido como 5.1.1.",
    },
    [511] = {
      description = "Um código que nenhum padrão define, que listas públicas de referência também descrevem como endereço de e-mail inválido. Os dígitos correspondem ao código estendido registrado 5.1.1, endereço de caixa de correio de destino inválido. O cliente deve tratá-lo como qualquer outra resposta 5xx, como falha permanente, conforme exige a seção 4.2.1 da RFC 5321.",
      when = "Servidores reais raramente o enviam como código básico; um log ou uma devolução que mostre 511 pode estar mostrando o código estendido 5.1.1 sem os pontos, geralmente de uma resposta 550 para uma caixa de correio desconhecida.",
      fix = "Verifique a grafia do endereço do destinatário e confirme que a caixa de correio ainda existe. Não tente de novo o mesmo endereço, e retire-o das listas de distribuição se continuar falhando.",
      use = "Não envie 511; informe uma caixa de correio desconhecida com 550 e 5.1.1.",
    },
    [512] = {
      description = "Um código que nenhum padrão define, listado em referências públicas como indicador de que o domínio do destinatário não foi encontrado no DNS. Os dígitos correspondem ao código estendido 5.1.2, endereço de sistema de destino inválido. O cliente deve tratá-lo como qualquer outra resposta 5xx, como falha permanente, conforme exige a seção 4.2.1 da RFC 5321.",
      when = "Visto sobretudo em listas de suporte e em relatórios que mostram um código estendido sem os pontos, depois de um erro de digitação na parte de domínio de um endereço ou para um domínio que expirou.",
      fix = "Verifique a grafia do domínio depois da arroba e consulte os seus registros MX. Se o domínio estiver correto mas não tiver uma configuração de e-mail funcional, só o administrador do destinatário pode corrigir o DNS.",
      use = "Não envie 512; use 550 com 5.1.2 para um domínio de destino desconhecido, ou 556 com 5.1.10 quando o domínio publicar um null MX.",
    },
    [513] = {
      description = "Um código que nenhum padrão define, que listas públicas de referência descrevem como tipo de endereço incorreto ou endereço malformado. Os dígitos correspondem ao código estendido 5.1.3, sintaxe inválida do endereço de caixa de correio de destino. O cliente deve tratá-lo como qualquer outra resposta 5xx, como falha permanente, conforme exige a seção 4.2.1 da RFC 5321.",
      when = "Essas listas o associam a endereços que contêm caracteres inválidos, aos quais falta uma parte ou que usam um formato que o sistema de correio não aceita, e a logs que mostram 5.1.3 sem os pontos.",
      fix = "Verifique a sintaxe do endereço, incluindo a arroba, o domínio e eventuais espaços ou aspas perdidos, e corrija-a antes de enviar de novo.",
      use = "Não envie 513; informe um endereço malformado com 553 ou 501 e o código estendido 5.1.3.",
    },
    [517] = {
      description = "Um código que nenhum padrão define, encontrado em listas de suporte como erro de endereço inválido. Os dígitos correspondem ao código estendido 5.1.7, que trata da sintaxe do endereço do remetente. O cliente deve tratá-lo como qualquer outra resposta 5xx, como falha permanente, conforme exige a seção 4.2.1 da RFC 5321.",
      when = "Visto principalmente em artigos de suporte e em relatórios que mostram códigos estendidos sem pontos; servidores reais raramente o enviam como código básico.",
      fix = "Verifique os dois endereços: confira o remetente do envelope configurado no cliente, além do destinatário, já que o código estendido correspondente, 5.1.7, diz respeito ao remetente. Trate a falha como permanente e não tente de novo sem alterações.",
      use = "Não envie 517; use 553 ou 501 com 5.1.7 para um endereço de remetente malformado e 550 com 5.1.1 para um destinatário inválido.",
    },
    [520] = {
      description = "Uma resposta definida apenas num Internet-Draft, que pede ao cliente que use o ID de QHLO correto. O QHLO pertence à extensão proposta QUICKSTART, que pretendia reduzir o número de idas e voltas no início de uma sessão SMTP; o draft nunca se tornou RFC.",
      when = "Praticamente nunca na Internet pública, porque o QUICKSTART nunca passou do estágio de draft. Encontra-se sobretudo em tabelas de análise de devoluções que registram todos os códigos já propostos.",
      fix = "Trate-o como falha permanente, como a seção 4.2.1 da RFC 5321 exige para qualquer resposta 5xx. Se você controla o cliente, deixe de usar QHLO e abra a sessão com EHLO.",
      use = "Envie 520 apenas a partir de uma implementação experimental do draft QUICKSTART; servidores que seguem o padrão não devem enviá-lo.",
    },
    [521] = {
      description = "O host não aceita mensagens de modo nenhum e o diz ao abrir a conexão, em vez de dar a saudação 220 habitual. A RFC 7504 o tornou padrão em 2015; apareceu pela primeira vez na RFC 1846, experimental. Descreve o host inteiro, e não uma recusa dirigida a um cliente, remetente ou mensagem específica.",
      when = "Visto como saudação de uma máquina que escuta na porta 25 só para recusar mensagens, muitas vezes um servidor web ou de aplicação alcançado pelo registro de endereço de um domínio, ou um host para o qual um registro MX aponta por engano. A resposta é definitiva para esse host: tentar novamente mais tarde dá a mesma resposta.",
      fix = "Trate-a como resposta permanente desse host e pare de tentar; se nenhum outro host aceitar a mensagem, devolva-a ao remetente como impossível de entregar. Donos de domínios que não recebem e-mail devem publicar um registro null MX para que os remetentes nem sequer se conectem, e donos que querem receber devem apontar os seus registros MX para um servidor de e-mail real.",
      use = "Envie 521 como saudação da conexão num host que nunca aceita mensagens em nenhuma circunstância; envie 554 quando recusar apenas alguns clientes ou mensagens.",
    },
    [523] = {
      description = "O mecanismo de autenticação escolhido pelo cliente só pode ser usado depois de estabelecida uma camada de criptografia, como o TLS. O código aparece apenas no registro da IANA de códigos de status estendidos, como código básico de 5.7.10, Encryption Needed; nenhuma RFC define 523 como resposta própria. Algumas listas públicas de códigos chamam 523 de erro de mensagem grande demais, o que contradiz o registro.",
      when = "Raro na prática: os servidores normalmente informam esse caso com 538, ou com 530 e 5.7.0 quando o AUTH vem antes de STARTTLS. Se um log mostrar 523 com uma queixa de tamanho no texto, o servidor segue o significado informal; oriente-se então pelo texto e pelo código estendido.",
      fix = "Execute STARTTLS e autentique-se de novo dentro da sessão criptografada, ou escolha um mecanismo mais forte que não envie a senha em texto claro. Se o texto da resposta tratar do tamanho da mensagem, reduza o tamanho da mensagem.",
      use = "Envie 523 com 5.7.10 apenas se seguir a associação do registro para um mecanismo em texto claro pedido sem TLS; 538 com 5.7.11 é a escolha mais conhecida.",
    },
    [524] = {
      description = "O mecanismo de autenticação pedido pelo cliente só pode ser usado numa conexão criptografada. O código aparece apenas no registro da IANA de códigos de status estendidos, ao lado de 538, como código básico associado a 5.7.11; nenhuma RFC define 524 como resposta própria.",
      when = "Raramente visto em sessões reais, porque os servidores informam essa condição com 538, como descreve a RFC 4954. O próprio registro observa que os servidores modernos não devem oferecer esses mecanismos antes de a criptografia estar ativa.",
      fix = "Emita STARTTLS, leia a nova resposta a EHLO e autentique-se na sessão criptografada. Altere as configurações do cliente que tentam autenticar antes do TLS, para que o TLS venha sempre primeiro.",
      use = "Prefira 538 com 5.7.11 nesta situação, e envie 524 apenas a um interlocutor que sabidamente o espera.",
    },
    [525] = {
      description = "As credenciais foram aceitas, mas a conta foi desativada pelo seu administrador. O código aparece apenas no registro da IANA de códigos de status estendidos, como código básico de 5.7.13, User Account Disabled; nenhuma RFC define 525 como resposta própria. Ao contrário de 535, diz ao cliente que digitar a senha de novo não vai adiantar.",
      when = "Visto depois de AUTH num servidor de submissão quando uma conta foi suspensa, por exemplo por falta de pagamento, abuso ou suspeita de invasão. Muitos servidores informam o mesmo caso com 535 ou outro código 5xx acompanhado de 5.7.13, por isso o código estendido é o sinal mais confiável.",
      fix = "O usuário deve contatar o provedor de e-mail ou o administrador para que a conta seja reativada; trocar a senha no cliente não resolve. Os clientes devem mostrar o texto do servidor em vez de pedir a senha, e os scripts devem parar de tentar com essa conta.",
      use = "Envie 525 com 5.7.13 depois de uma autenticação bem-sucedida numa conta que foi desativada administrativamente.",
    },
    [530] = {
      description = "O servidor não executará o comando enquanto o cliente não se autenticar com AUTH ou, em servidores que exigem TLS, enquanto o cliente não emitir STARTTLS. A RFC 4954 o define com 5.7.0 para a falta de autenticação, a RFC 3207 o usa para exigir STARTTLS primeiro e a RFC 2645 o usa para um ATRN vindo de um cliente não autenticado. Listas de referência mais antigas chamam 530 de acesso negado, um uso informal de fabricantes anterior a essas RFCs.",
      when = "Típico em servidores de submissão na porta 587 e em servidores de retransmissão que só aceitam mensagens de usuários autenticados, em resposta a MAIL, RCPT ou DATA. Um cliente configurado sem senha, ou que pulou o STARTTLS num servidor que o exige, recebe-o no primeiro comando de correio.",
      fix = "Ative a autenticação SMTP no cliente com credenciais válidas, e ative o STARTTLS se o texto da resposta o pedir. Os scripts devem executar EHLO, STARTTLS, de novo EHLO e AUTH antes de MAIL FROM, e confirmar que o login retornou 235.",
      use = "Envie 530 a qualquer comando que não seja AUTH, EHLO, HELO, NOOP, RSET ou QUIT quando a política exigir autenticação, ou a qualquer comando que não seja NOOP, EHLO, STARTTLS ou QUIT quando a política exigir TLS primeiro.",
    },
    [533] = {
      description = "O remetente não está autorizado a enviar para este destino. O código aparece apenas no registro da IANA de códigos de status estendidos, entre os códigos básicos listados para 5.7.1, Delivery not authorized, message refused; nenhuma RFC define 533 como resposta própria. O Exim já usou 533 para recusar nomes de caixa de correio internacionalizados, um significado sem relação com a entrada do registro.",
      when = "Raro na prática, já que as recusas por política quase sempre chegam como 550 com 5.7.1. Se aparecer 533, leia o texto da resposta, porque pode ser o uso do Exim para um endereço não ASCII, e não um bloqueio por política.",
      fix = "Trate-o como recusa permanente e use o texto e o código estendido para saber que política se aplica. No caso de bloqueio por política, contate o administrador do destinatário ou corrija a configuração de envio; no caso de endereço não ASCII, use um endereço ASCII ou um caminho de servidores que suportem SMTPUTF8.",
      use = "Prefira 550 com 5.7.1 para uma recusa por política, porque 533 não tem significado padrão além da sua menção no registro.",
    },
    [534] = {
      description = "O servidor recusa o mecanismo SASL escolhido pelo cliente porque ele é mais fraco do que a política permite para esse usuário. A RFC 4954 o define com o código estendido 5.7.9, e espera-se que o cliente tente um mecanismo mais forte.",
      when = "Visto depois de AUTH com PLAIN, LOGIN ou CRAM-MD5 em servidores que exigem métodos mais fortes para algumas contas. Alguns grandes provedores o enviam quando uma conta precisa de uma senha de aplicativo ou de um login OAuth em vez da senha normal.",
      fix = "Escolha um mecanismo mais forte da lista AUTH da resposta a EHLO, ou siga as instruções do provedor, o que geralmente significa criar uma senha de aplicativo ou passar o cliente para OAuth. Tentar de novo o mesmo mecanismo vai falhar da mesma forma.",
      use = "Envie 534 em resposta a AUTH quando o mecanismo pedido for suportado mas, segundo a sua política, fraco demais para esse usuário.",
    },
    [535] = {
      description = "A autenticação falhou porque o nome de usuário, a senha ou outras credenciais estavam errados ou eram insuficientes. A RFC 4954 o define como a resposta normal a uma troca AUTH malsucedida, com o código estendido 5.7.8.",
      when = "Geralmente é uma senha digitada errado ou alterada, um nome de usuário na forma errada, por exemplo sem o domínio, ou uma conta que exige senha de aplicativo. Uma longa série de respostas 535 para um mesmo endereço de cliente também é um sinal típico de tentativa de adivinhar senhas, e muitos servidores então bloqueiam esse endereço.",
      fix = "Verifique o formato do nome de usuário e a senha nas configurações do cliente e atualize-os; um cliente de e-mail deve pedir os dados ao usuário de novo, em vez de repetir em ciclo. Os scripts não devem tentar novamente com as mesmas credenciais, porque falhas repetidas podem levar ao bloqueio da conta ou do endereço IP.",
      use = "Envie 535 quando a troca AUTH terminar mas as credenciais forem rejeitadas, a menos que um código mais específico, como 534, 538 ou 454, se aplique.",
    },
    [538] = {
      description = "O mecanismo de autenticação escolhido pelo cliente só pode ser usado depois de a conexão estar criptografada. A RFC 4954 o define com 5.7.11; o registro da IANA o considera sobretudo histórico, já que os servidores não devem oferecer esses mecanismos antes de a criptografia estar ativa.",
      when = "Visto quando um cliente envia AUTH PLAIN ou AUTH LOGIN por uma conexão não criptografada, geralmente porque o STARTTLS está desativado no cliente ou o cliente se conectou à porta errada.",
      fix = "Ative o STARTTLS no cliente, ou use TLS implícito na porta 465, e autentique-se só depois da negociação TLS e de um novo EHLO. Os administradores devem anunciar os mecanismos de senha apenas depois do TLS, para que os clientes não os tentem cedo demais.",
      use = "Envie 538 em resposta a AUTH quando o mecanismo pedido precisar de uma conexão criptografada que ainda não está estabelecida.",
    },
    [540] = {
      description = "Um código que nenhum padrão define; listas públicas de códigos o atribuem a um único provedor, o Rambler, e o descrevem como uma recusa porque a conta do destinatário está inativa ou suspensa, ou porque o remetente está bloqueado. Outras listas lhe dão outros significados, por isso o texto da resposta importa mais do que o número. O cliente deve tratá-lo como qualquer outra resposta 5xx, como falha permanente, conforme exige a seção 4.2.1 da RFC 5321.",
      when = "Espere-o principalmente em devoluções do provedor que o usa; o texto da resposta diz qual dos motivos possíveis se aplica.",
      fix = "Leia o texto da resposta: se a conta do destinatário estiver inativa, procure o destinatário por outro meio, e se o seu domínio ou endereço IP estiver bloqueado, verifique a sua autenticação e a sua reputação e contate o postmaster do provedor.",
      use = "Não envie 540; use 550 com 5.2.1 para uma caixa de correio desativada, ou com um código estendido 5.7.x para um remetente bloqueado.",
    },
    [541] = {
      description = "Um código que nenhum padrão define, que listas públicas descrevem como rejeição da mensagem pelo endereço do destinatário, geralmente por meio de um filtro antispam. O cliente deve tratá-lo como qualquer outra resposta 5xx, como falha permanente, conforme exige a seção 4.2.1 da RFC 5321.",
      when = "As listas o associam à filtragem de spam ou de conteúdo no lado receptor, por isso costuma seguir uma mensagem que parecia envio em massa ou indesejado.",
      fix = "Reveja o conteúdo, os links e os anexos da mensagem, verifique SPF, DKIM e DMARC do domínio remetente e consulte as listas de bloqueio (blocklists) para o endereço IP de envio. Se a mensagem for desejada, peça ao destinatário que inclua o remetente na lista de permissões.",
      use = "Não envie 541; rejeite conteúdo filtrado com 550 ou 554 e o código estendido 5.7.1.",
    },
    [550] = {
      description = "A ação solicitada foi recusada de forma permanente porque a caixa de correio não pode ser usada: não existe, o cliente não tem acesso a ela ou a política local rejeita o comando. É a recusa permanente de uso geral do SMTP, por isso o código estendido e o texto trazem o motivo real.",
      when = "Na maioria das vezes em resposta a RCPT TO para um usuário desconhecido (5.1.1), ou para uma tentativa de retransmissão através de um servidor que não retransmite para este cliente. Também é o código habitual das rejeições por política, como um endereço IP em lista de bloqueio, verificações de SPF ou DMARC que falharam (5.7.1, 5.7.23, 5.7.26) ou um domínio remetente com null MX (5.7.27). Depois do ponto final do DATA, rejeita a mensagem inteira, o que oculta quais destinatários eram o problema.",
      fix = "Leia primeiro o código estendido e o texto: para 5.1.1, corrija ou remova o endereço, e para 5.7.x, corrija o SPF, o DKIM, o DMARC ou o DNS reverso do remetente, ou peça a remoção da lista de bloqueio. Não reenvie a mesma mensagem sem alterações. Se o remetente tiver certeza de que o endereço é válido, deve contatar o destinatário por outro canal.",
      use = "Envie 550 para uma caixa de correio que não existe, uma retransmissão que você recusa ou uma recusa permanente de um comando por política; envie 450 quando a condição for temporária.",
    },
    [551] = {
      description = "O destinatário não é local neste servidor e o servidor não vai encaminhar a mensagem; o texto da resposta dá o caminho de encaminhamento (forward-path) que o cliente deve tentar. É a contrapartida de recusa de 251, e o endereço no texto se destina a ser lido por programas.",
      when = "Raro na Internet de hoje, porque as mudanças de endereço geralmente são tratadas por encaminhamento silencioso, ou por um simples 550 quando o novo endereço deve continuar privado. Alguns servidores também usam 551 com 5.7.1 para recusar a retransmissão para hosts remotos.",
      fix = "Se o texto indicar um novo endereço, o remetente pode reenviar para ele depois de verificar que é autêntico; o cliente não deve presumir que a atualização acontece sozinha. Se não houver endereço, trate-o como 550 e verifique o endereço do destinatário.",
      use = "Envie 551 a RCPT ou VRFY apenas quando souber o caminho de encaminhamento correto do destinatário, não for retransmitir para ele e estiver disposto a revelá-lo.",
    },
    [552] = {
      description = "A ação foi abortada porque um limite de armazenamento foi excedido: a caixa de correio do destinatário está cheia, ou a mensagem é maior do que o servidor ou a caixa de correio permitem. Com a extensão SIZE, também recusa uma mensagem cujo tamanho declarado ou real ultrapassa o máximo fixo do servidor.",
      when = "Visto depois de RCPT TO para uma caixa de correio cheia (5.2.2), em resposta a MAIL FROM quando o parâmetro SIZE ultrapassa o limite anunciado, e depois do ponto final quando a mensagem se revela grande demais (5.3.4, 5.2.3). Servidores antigos também enviam 552 para destinatários demais, um erro herdado da RFC 821; a RFC 5321 diz que os clientes devem tratar esse caso como o 452 temporário.",
      fix = "Para uma mensagem grande demais, reduza ou retire os anexos, ou compartilhe-os por link, e compare o tamanho com o valor de SIZE da resposta a EHLO antes de enviar. Para uma caixa de correio cheia, só o destinatário pode liberar espaço, por isso o remetente só pode tentar de novo mais tarde. Os clientes que recebem 552 depois de muitos comandos RCPT devem enviar os destinatários restantes numa transação posterior.",
      use = "Envie 552 quando uma mensagem exceder um limite fixo de tamanho ou a cota de uma caixa de correio; envie 452 para uma falta temporária de armazenamento ou para destinatários demais.",
    },
    [553] = {
      description = "A ação foi recusada porque o nome da caixa de correio não é aceitável, na maioria das vezes porque a sintaxe do endereço está errada ou porque o nome não é permitido neste sistema. No SMTPUTF8, também significa que um endereço não ASCII não é permitido para esse remetente ou destinatário (5.6.7). Em resposta a VRFY, pode indicar um nome ambíguo que corresponde a várias caixas de correio.",
      when = "Típico de endereços em MAIL FROM ou RCPT TO com caracteres inválidos ou sem domínio, e de um endereço em MAIL FROM que o usuário autenticado não pode usar num servidor de submissão. Também aparece quando um cliente envia um endereço internacionalizado a um servidor que não o suporta.",
      fix = "Verifique se o endereço tem erros de digitação, partes em falta ou caracteres soltos, e certifique-se de que o remetente do envelope é um que a conta pode usar. Para endereços não ASCII, use a alternativa ASCII ou faça a mensagem passar por servidores que anunciam SMTPUTF8.",
      use = "Envie 553 quando um endereço em MAIL, RCPT ou VRFY for sintaticamente inaceitável ou não for permitido pelo nome; envie 550 quando uma caixa de correio bem formada simplesmente não existir.",
    },
    [554] = {
      description = "A transação falhou de forma permanente e o servidor não dá um código mais específico. Como saudação da conexão, significa que aqui não há serviço SMTP para este cliente; em resposta a DATA, pode significar que nenhum destinatário válido foi aceito; depois do ponto final, rejeita a mensagem como um todo.",
      when = "Comum como saudação de um servidor que bloqueia o endereço IP do cliente, e depois do ponto final quando um filtro de conteúdo rejeita uma mensagem como spam ou malware, muitas vezes com 5.7.1. Também informa uma mensagem que o servidor não consegue converter (5.6.3) ou uma que é grande demais para o sistema (5.3.4).",
      fix = "Leia o texto e o código estendido: para um endereço IP bloqueado, verifique as listas de bloqueio e o DNS reverso e contate o postmaster do destino; para conteúdo rejeitado, descubra e corrija aquilo a que o filtro se opôs. Depois de uma saudação 554, envie QUIT e não tente de novo esse host sem alterações, já que ele responde 503 a todos os outros comandos.",
      use = "Envie 554 como saudação para recusar um cliente de imediato, em resposta a DATA quando nenhum destinatário tiver sido aceito, ou depois do ponto final para rejeitar uma mensagem que você não vai entregar.",
    },
    [555] = {
      description = "O servidor não reconhece, ou não consegue implementar, um ou mais parâmetros de MAIL FROM ou RCPT TO. Esses parâmetros pertencem a extensões como SIZE, BODY, SMTPUTF8 ou DSN; 555 é a resposta permanente, enquanto 455 serve para um parâmetro que o servidor não consegue atender neste momento.",
      when = "Geralmente é um cliente que acrescenta um parâmetro de extensão sem verificar se o servidor anunciou a extensão na resposta a EHLO, ou que recorreu a HELO e ainda assim usou parâmetros ESMTP. Proxies que reescrevem a resposta a EHLO podem causar a mesma incompatibilidade.",
      fix = "Envie apenas parâmetros de extensões listadas na resposta a EHLO, e nenhum depois de recorrer a HELO. Corrija o cliente e envie o comando de novo sem o parâmetro não suportado.",
      use = "Envie 555 quando MAIL FROM ou RCPT TO trouxer um parâmetro que você não reconhece ou não suporta e a RFC do próprio parâmetro não indicar outro código.",
    },
    [556] = {
      description = "O domínio do destinatário não aceita mensagens de modo nenhum, por isso nada pode ser entregue a nenhum endereço desse domínio. A RFC 7504 definiu o código, e a RFC 7505 manda um servidor de submissão ou de retransmissão usá-lo com 5.1.10 quando o domínio do destinatário publica um registro null MX.",
      when = "Visto a partir do seu próprio servidor de submissão ou de um servidor de retransmissão intermediário depois de RCPT TO, quando ele consultou o domínio do destinatário e encontrou um null MX. Causas habituais são um erro de digitação na parte de domínio ou um domínio que existe apenas para um site.",
      fix = "Verifique a parte de domínio do endereço; se estiver correta, o domínio não recebe e-mail e o destinatário precisa fornecer outro endereço. Donos de domínios que querem receber e-mail devem substituir o null MX por registros MX reais.",
      use = "Envie 556 com 5.1.10 quando recusar um destinatário porque o seu domínio publica um null MX ou declara de outra forma que não aceita mensagens.",
    },
    [557] = {
      description = "Um código proposto num Internet-Draft para uma extensão de consulta de endereços do SMTP que nunca se tornou RFC. Nenhum padrão dá um significado a 557, e as listas de referência que o incluem citam apenas esse draft.",
      when = "Praticamente nunca em sessões reais; aparece principalmente em bibliotecas de análise de devoluções e em listas de códigos que registram todos os códigos já propostos.",
      fix = "Trate-o pelo primeiro dígito como falha permanente, como exige a seção 4.2.1 da RFC 5321, e leia o texto da resposta para saber o motivo real. Se um servidor de produção o enviar, comunique isso ao administrador desse servidor.",
      use = "Não envie 557 a partir de um servidor padrão, já que só um draft não publicado o menciona.",
    },
  },
  enhanced = {
  },
}
