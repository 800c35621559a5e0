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
--   deprecated                   obsoleto (a RFC o declara obsoleto)
return {
  basic = {
    [200] = {
      description = "200 é uma resposta de sucesso que nenhum padrão SMTP define; o código padrão para um comando concluído é 250. Listas de referência de códigos de resposta, como a tabela muito copiada de chiark.greenend.org.uk, chamam-no de resposta de sucesso fora do padrão e remetem à RFC 876, um levantamento de 1983 sobre as primeiras implementações de SMTP. Como o primeiro dígito é 2, só pode ser entendido como sucesso.",
      when = "Hoje é muito raro e, quando aparece, vem de um servidor SMTP muito antigo, caseiro ou mal configurado, ou de uma ferramenta de teste que responde 200 onde caberia 250.",
      fix = "O cliente deve interpretar 200 pelo primeiro dígito, como exige a seção 4.2 da RFC 5321; assim, o comando conta como bem-sucedido e a sessão continua. O administrador do servidor deve alterar o software para enviar 250, para não confundir clientes rigorosos, verificações de monitoramento e analisadores de logs.",
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
      description = "Nenhum padrão define 420; algumas listas de referência o descrevem como um esgotamento de tempo ou um problema de conexão no lado receptor. A RFC 5321 não tem esse código, por isso o cliente deve tratá-lo apenas pelo primeiro dígito, como exige a seção 4.2.",
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
      fix = "Trate-o como uma falha temporária, como a seção 4.2 da RFC 5321 exige para qualquer resposta 4xx. Se vier com 4.7.12 depois de AUTH, o usuário deve fazer login uma vez com PLAIN sobre TLS, para que o servidor conclua a transição de senha, e depois tentar novamente.",
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
      fix = "Trate-o como qualquer resposta 4xx, como exige a seção 4.2 da RFC 5321: mantenha a mensagem na fila e tente novamente mais tarde, com intervalos crescentes. O administrador do destino deve verificar o espaço livre nos volumes da fila e de spool e a memória do host de e-mail.",
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
      fix = "Trate-o como uma falha temporária e deixe a fila tentar novamente com intervalos crescentes, como a seção 4.2 da RFC 5321 exige para qualquer resposta 4xx. O administrador do envio deve verificar os registros MX e de endereço do destino, o roteamento e os firewalls, e se os hosts remotos aceitam conexões na porta 25.",
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
      fix = "O cliente o trata como qualquer resposta 4xx e tenta novamente mais tarde, como exige a seção 4.2 da RFC 5321, mas as novas tentativas não adiantam enquanto o laço não for desfeito. O administrador deve seguir os campos de cabeçalho Received e corrigir a regra de encaminhamento, o alias, o registro MX ou a configuração de smarthost que devolve as mensagens.",
      use = "Um servidor não deve enviar 446; uma mensagem em laço é recusada com uma resposta 5xx e 5.4.6, ou adiada com 451 e 4.4.6 enquanto o laço ainda puder se desfazer.",
    },
    [447] = {
      description = "Nenhum padrão define 447; algumas listas de referência dizem que significa que uma mensagem de saída esgotou o tempo. A afirmação corresponde ao código estendido registrado 4.4.7 (prazo de entrega expirado), por isso essas listas provavelmente mostram esse código sem os pontos.",
      when = "Costuma aparecer em avisos de atraso ou de falha de um sistema remetente que manteve a mensagem na fila por muito tempo sem conseguir entregá-la. O servidor receptor pode nunca ter respondido, por isso a causa real está nas tentativas anteriores registradas no log da fila.",
      fix = "Trate-o como qualquer resposta 4xx, como exige a seção 4.2 da RFC 5321, e deixe a fila continuar tentando até o prazo de desistência. O administrador do envio deve ler as respostas anteriores para aquele destino para saber por que a entrega parou, como tempos esgotados, greylisting ou uma indisponibilidade no site receptor.",
      use = "Um servidor não deve enviar 447; um sistema remetente cujo tempo de vida na fila se esgote deve enviar ao remetente uma notificação de status de entrega com 4.4.7 ou 5.4.7.",
    },
    [449] = {
      description = "Nenhum padrão define 449; algumas listas de referência dizem que significa um erro de roteamento. O código estendido 4.4.9, com o qual o número se parece, também não está registrado na IANA, por isso nenhuma leitura dele tem um padrão por trás.",
      when = "Aparece sobretudo em listas de referência e nos logs de software fora do padrão quando uma mensagem não pôde ser roteada para o próximo salto, muitas vezes por um problema de configuração de DNS ou de retransmissão. O texto da resposta ou os logs do sistema remetente contêm o motivo real.",
      fix = "Trate-o como qualquer resposta 4xx, nos termos da seção 4.2 da RFC 5321: mantenha a mensagem na fila e tente novamente mais tarde. Se persistir, o administrador deve verificar os registros MX e de endereço do destino e as configurações de smarthost ou de retransmissão no lado do envio.",
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
      fix = "No ATRN não há nada a corrigir: o cliente encerra a sessão com QUIT e volta a perguntar na próxima consulta programada. Se vier com 4.3.2, trate-o como uma recusa temporária e tente novamente mais tarde, como a seção 4.2 da RFC 5321 exige para qualquer resposta 4xx.",
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
      fix = "Um cliente que implementa o draft tenta de novo a mesma mensagem imediatamente, por IPv4, no mesmo MX; qualquer outro cliente o trata como uma resposta 4xx e tenta novamente mais tarde, como exige a seção 4.2 da RFC 5321. O administrador do envio deve acrescentar ao SPF os endereços IPv6 de envio, dar-lhes DNS reverso ou preferir IPv4 para as mensagens de saída para esse destino.",
      use = "Um servidor só pode enviar 456 se seguir o draft e quiser que o remetente tente novamente por IPv4; caso contrário, uma recusa temporária por política é enviada como 450 ou 451.",
    },
    [458] = {
      description = "O servidor não consegue pôr na fila mensagens para o nó (domínio) indicado no ETRN (RFC 1985). A RFC 1985 não dá mais detalhes: pode ser que o processamento da fila seja impossível agora, ou que o servidor nem sequer guarde mensagens para esse nó.",
      when = "Um site com conexão intermitente, ou o seu script de consulta, envia ETRN ao servidor de retransmissão (relay) do seu provedor e recebe 458 porque o relay não consegue enfileirar mensagens para esse nó. A RFC 1985 não diz o motivo: o processamento da fila pode ser impossível agora, por exemplo porque a fila está bloqueada ou o relay está ocupado, ou o relay pode não guardar correio nenhum para esse nó.",
      fix = "Verifique se o nome de nó passado ao ETRN é um nó cujo correio o relay guarda na fila e, depois, emita o ETRN de novo mais tarde ou simplesmente aguarde, já que o relay processa a sua fila de qualquer modo no seu próprio calendário. O administrador do relay deve verificar se o nó está configurado para ETRN e se a fila não está travada.",
      use = "Envie 458 em resposta a ETRN quando este host não puder pôr na fila mensagens para o nó, e 459 quando não for permitido de modo nenhum iniciar um processamento da fila para o nó.",
    },
    [459] = {
      description = "O servidor se recusa a iniciar um processamento da fila para o nó indicado no ETRN (RFC 1985), e o texto da resposta dá o motivo. É definido como resposta temporária, embora o motivo seja muitas vezes uma questão de configuração ou de permissão.",
      when = "Aparece quando um cliente emite ETRN para um domínio para o qual o relay não tem mensagens, ou para o qual não permite que esse cliente dispare o processamento, ou quando o uso do ETRN está restrito por política.",
      fix = "Verifique se o nome de nó dado ao ETRN corresponde a um domínio para o qual o relay guarda mensagens na fila e se o cliente tem permissão para pedi-lo; enviar de novo o mesmo ETRN sem alterações geralmente dá a mesma resposta. O administrador do relay deve rever quais clientes podem usar ETRN e para quais domínios.",
      use = "Envie 459 em resposta a ETRN quando o nó pedido não for um daqueles para os quais este cliente pode iniciar um processamento da fila, com o motivo no texto da resposta.",
    },
    [471] = {
      description = "Nenhum padrão define 471; algumas listas de referência dizem que indica um erro num filtro de correio local, muitas vezes um filtro antispam ou antivírus, no lado receptor. O segundo dígito, 7, está fora da gramática de respostas da RFC 5321, que ali só admite de 0 a 5, e o número parece o código estendido 4.7.1 (entrega não autorizada, mensagem recusada) sem os pontos.",
      when = "Aparece em listas de referência e nos logs de software fora do padrão ou mal configurado, normalmente quando um filtro de conteúdo ou uma verificação de política falhou ou recusou a mensagem. O texto da resposta, ou os logs do filtro no lado receptor, contêm o motivo real.",
      fix = "O cliente deve tratá-lo pelo primeiro dígito como uma falha temporária, como exige a seção 4.2 da RFC 5321, e tentar novamente mais tarde. Se se repetir, o administrador do destino deve verificar o software de filtragem e a sua ligação com o MTA, e o remetente deve verificar se a mensagem parece spam para esse filtro.",
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
      description = "Um código que nenhum padrão define, listado em páginas públicas de referência e de suporte como indicador de endereço de e-mail inválido. A RFC 5321 reserva a faixa x1z para respostas informativas, por isso um erro de endereço numerado 510 não se encaixa no esquema padrão. O cliente deve tratá-lo como qualquer outra resposta 5xx, como falha permanente, conforme exige a seção 4.2 da RFC 5321.",
      when = "Servidores reais raramente o enviam; aparece sobretudo em artigos de suporte, ou num relatório que mostra o código estendido 5.1.0 sem os pontos. Verifique a resposta original no log do servidor antes de agir com base no número.",
      fix = "Verifique se o endereço do destinatário tem erros de digitação e confirme-o com o destinatário por outro canal. Trate a falha como permanente e não tente de novo o mesmo endereço sem alterações.",
      use = "Não envie 510; informe um endereço de destinatário inválido com 550 e um código estendido como 5.1.1.",
    },
    [511] = {
      description = "Um código que nenhum padrão define, que listas públicas de referência também descrevem como endereço de e-mail inválido. Os dígitos correspondem ao código estendido registrado 5.1.1, endereço de caixa de correio de destino inválido. O cliente deve tratá-lo como qualquer outra resposta 5xx, como falha permanente, conforme exige a seção 4.2 da RFC 5321.",
      when = "Servidores reais raramente o enviam como código básico; um log ou uma devolução que mostre 511 pode estar mostrando o código estendido 5.1.1 sem os pontos, geralmente de uma resposta 550 para uma caixa de correio desconhecida.",
      fix = "Verifique a grafia do endereço do destinatário e confirme que a caixa de correio ainda existe. Não tente de novo o mesmo endereço, e retire-o das listas de distribuição se continuar falhando.",
      use = "Não envie 511; informe uma caixa de correio desconhecida com 550 e 5.1.1.",
    },
    [512] = {
      description = "Um código que nenhum padrão define, listado em referências públicas como indicador de que o domínio do destinatário não foi encontrado no DNS. Os dígitos correspondem ao código estendido 5.1.2, endereço de sistema de destino inválido. O cliente deve tratá-lo como qualquer outra resposta 5xx, como falha permanente, conforme exige a seção 4.2 da RFC 5321.",
      when = "Visto sobretudo em listas de suporte e em relatórios que mostram um código estendido sem os pontos, depois de um erro de digitação na parte de domínio de um endereço ou para um domínio que expirou.",
      fix = "Verifique a grafia do domínio depois da arroba e consulte os seus registros MX. Se o domínio estiver correto mas não tiver uma configuração de e-mail funcional, só o administrador do destinatário pode corrigir o DNS.",
      use = "Não envie 512; use 550 com 5.1.2 para um domínio de destino desconhecido, ou 556 com 5.1.10 quando o domínio publicar um null MX.",
    },
    [513] = {
      description = "Um código que nenhum padrão define, que listas públicas de referência descrevem como tipo de endereço incorreto ou endereço malformado. Os dígitos correspondem ao código estendido 5.1.3, sintaxe inválida do endereço de caixa de correio de destino. O cliente deve tratá-lo como qualquer outra resposta 5xx, como falha permanente, conforme exige a seção 4.2 da RFC 5321.",
      when = "Essas listas o associam a endereços que contêm caracteres inválidos, aos quais falta uma parte ou que usam um formato que o sistema de correio não aceita, e a logs que mostram 5.1.3 sem os pontos.",
      fix = "Verifique a sintaxe do endereço, incluindo a arroba, o domínio e eventuais espaços ou aspas perdidos, e corrija-a antes de enviar de novo.",
      use = "Não envie 513; informe um endereço malformado com 553 ou 501 e o código estendido 5.1.3.",
    },
    [517] = {
      description = "Um código que nenhum padrão define, encontrado em listas de suporte como erro de endereço inválido. Os dígitos correspondem ao código estendido 5.1.7, que trata da sintaxe do endereço do remetente. O cliente deve tratá-lo como qualquer outra resposta 5xx, como falha permanente, conforme exige a seção 4.2 da RFC 5321.",
      when = "Visto principalmente em artigos de suporte e em relatórios que mostram códigos estendidos sem pontos; servidores reais raramente o enviam como código básico.",
      fix = "Verifique os dois endereços: confira o remetente do envelope configurado no cliente, além do destinatário, já que o código estendido correspondente, 5.1.7, diz respeito ao remetente. Trate a falha como permanente e não tente de novo sem alterações.",
      use = "Não envie 517; use 553 ou 501 com 5.1.7 para um endereço de remetente malformado e 550 com 5.1.1 para um destinatário inválido.",
    },
    [520] = {
      description = "Uma resposta definida apenas num Internet-Draft, que pede ao cliente que use o ID de QHLO correto. O QHLO pertence à extensão proposta QUICKSTART, que pretendia reduzir o número de idas e voltas no início de uma sessão SMTP; o draft nunca se tornou RFC.",
      when = "Praticamente nunca na Internet pública, porque o QUICKSTART nunca passou do estágio de draft. Encontra-se sobretudo em tabelas de análise de devoluções que registram todos os códigos já propostos.",
      fix = "Trate-o como falha permanente, como a seção 4.2 da RFC 5321 exige para qualquer resposta 5xx. Se você controla o cliente, deixe de usar QHLO e abra a sessão com EHLO.",
      use = "Envie 520 apenas a partir de uma implementação experimental do draft QUICKSTART; servidores que seguem o padrão não devem enviá-lo.",
    },
    [521] = {
      description = "O host não aceita mensagens de modo nenhum e o diz ao abrir a conexão, em vez de dar a saudação 220 habitual. A RFC 7504 o tornou padrão em 2015; apareceu pela primeira vez na RFC 1846, experimental. Descreve o host inteiro, e não uma recusa dirigida a um cliente, remetente ou mensagem específica.",
      when = "Visto como saudação de uma máquina que escuta na porta 25 só para recusar mensagens, muitas vezes um servidor web ou de aplicação alcançado pelo registro de endereço de um domínio, ou um host para o qual um registro MX aponta por engano. A resposta é definitiva para esse host: tentar novamente mais tarde dá a mesma resposta.",
      fix = "Trate-o como resposta permanente desse host e pare de tentar; se nenhum outro host aceitar a mensagem, devolva-a ao remetente como impossível de entregar. Donos de domínios que não recebem e-mail devem publicar um registro null MX para que os remetentes nem sequer se conectem, e donos que querem receber devem apontar os seus registros MX para um servidor de e-mail real.",
      use = "Envie 521 como saudação da conexão num host que nunca aceita mensagens em nenhuma circunstância; envie 554 quando recusar apenas alguns clientes ou mensagens.",
    },
    [523] = {
      description = "O mecanismo de autenticação escolhido pelo cliente só pode ser usado depois de estabelecida uma camada de criptografia, como o TLS. O código aparece apenas no registro da IANA de códigos de status estendidos, como código básico de 5.7.10, Encryption Needed; nenhuma RFC define 523 como resposta própria. Algumas listas públicas de códigos chamam 523 de erro de mensagem grande demais, o que contradiz o registro.",
      when = "Raro na prática. Pela seção 4 da RFC 4954, o servidor responde a um AUTH desses com 504 e 5.5.4; servidores mais antigos ainda enviam o obsoleto 538 com 5.7.11, e muitos respondem 530 com 5.7.0 quando o AUTH vem antes de STARTTLS. Se um log mostrar 523 com uma queixa de tamanho no texto, o servidor segue o significado informal; oriente-se então pelo texto e pelo código estendido.",
      fix = "Execute STARTTLS e autentique-se de novo dentro da sessão criptografada, ou escolha um mecanismo mais forte que não envie a senha em texto claro. Se o texto da resposta tratar do tamanho da mensagem, reduza o tamanho da mensagem.",
      use = "Ofereça os mecanismos que exigem criptografia só depois de o TLS estar ativo, responda a um pedido de um deles numa conexão em texto claro com 504 e 5.5.4, como prescreve a seção 4 da RFC 4954, e envie 523 com 5.7.10 apenas a um interlocutor que sabidamente espera essa associação do registro.",
    },
    [524] = {
      description = "O mecanismo de autenticação pedido pelo cliente só pode ser usado numa conexão criptografada. O código aparece apenas no registro da IANA de códigos de status estendidos, ao lado de 538, como código básico associado a 5.7.11; nenhuma RFC define 524 como resposta própria.",
      when = "Raramente visto em sessões reais: pela seção 4 da RFC 4954, os servidores respondem a um AUTH desses com 504 e 5.5.4, e os servidores mais antigos enviam o obsoleto 538. A RFC 4954 também diz que os servidores modernos não devem oferecer esses mecanismos antes de a criptografia estar ativa.",
      fix = "Emita STARTTLS, leia a nova resposta a EHLO e autentique-se na sessão criptografada. Altere as configurações do cliente que tentam autenticar antes do TLS, para que o TLS venha sempre primeiro.",
      use = "Responda a um AUTH para um mecanismo que exige criptografia com 504 e 5.5.4, como prescreve a seção 4 da RFC 4954, e envie 524 apenas a um interlocutor que sabidamente o espera.",
    },
    [525] = {
      description = "As credenciais foram aceitas, mas a conta foi desativada pelo seu administrador. O código aparece apenas no registro da IANA de códigos de status estendidos, como código básico de 5.7.13, User Account Disabled; nenhuma RFC define 525 como resposta própria. Ao contrário de 535, diz ao cliente que digitar a senha de novo não vai adiantar.",
      when = "Visto depois de AUTH num servidor de submissão quando uma conta foi suspensa, por exemplo por falta de pagamento, abuso ou suspeita de invasão. Muitos servidores informam o mesmo caso com 535 ou outro código 5xx acompanhado de 5.7.13, por isso o código estendido é o sinal mais confiável.",
      fix = "O usuário deve contatar o provedor de e-mail ou o administrador para que a conta seja reativada; trocar a senha no cliente não resolve. Os clientes devem mostrar o texto do servidor em vez de pedir a senha, e os scripts devem parar de tentar com essa conta.",
      use = "Envie 525 com 5.7.13 depois de uma autenticação bem-sucedida numa conta que foi desativada administrativamente.",
    },
    [530] = {
      description = "O servidor não executará o comando enquanto o cliente não se autenticar com AUTH ou, em servidores que exigem TLS, enquanto o cliente não emitir STARTTLS. A RFC 4954 o define com 5.7.0 para a falta de autenticação, a RFC 3207 o usa para exigir STARTTLS primeiro e a RFC 2645 o usa para um ATRN vindo de um cliente não autenticado. Algumas listas de referência mais antigas chamam 530 de acesso negado e atribuem esse uso ao Sendmail; nenhuma RFC lhe dá esse significado.",
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
      use = "Envie 535 quando a troca AUTH terminar mas as credenciais forem rejeitadas, a menos que um código mais específico, como 534 ou 454, se aplique.",
    },
    [538] = {
      description = "O mecanismo de autenticação escolhido pelo cliente só pode ser usado depois de a conexão estar criptografada. A RFC 4954 o lista com 5.7.11, mas o declara obsoleto (seção 1) e o mantém apenas por razões históricas (seção 6): um servidor não deve oferecer um mecanismo desses antes de a criptografia estar ativa, e responde a um pedido de um deles com 504 e 5.5.4 (seção 4).",
      when = "Visto quando um cliente envia AUTH PLAIN ou AUTH LOGIN por uma conexão não criptografada, geralmente porque o STARTTLS está desativado no cliente ou o cliente se conectou à porta errada.",
      fix = "Ative o STARTTLS no cliente, ou use TLS implícito na porta 465, e autentique-se só depois da negociação TLS e de um novo EHLO. Os administradores devem anunciar os mecanismos de senha apenas depois do TLS, para que os clientes não os tentem cedo demais.",
      use = "Não envie 538 em software novo, já que a RFC 4954 o declara obsoleto: responda a AUTH com 504 e 5.5.4 quando o mecanismo pedido precisar de uma camada de criptografia que ainda não está estabelecida.",
    },
    [540] = {
      description = "Um código que nenhum padrão define; listas públicas de códigos o atribuem a um único provedor, o Rambler, e o descrevem como uma recusa porque a conta do destinatário está inativa ou suspensa, ou porque o remetente está bloqueado. Outras listas lhe dão outros significados, por isso o texto da resposta importa mais do que o número. O cliente deve tratá-lo como qualquer outra resposta 5xx, como falha permanente, conforme exige a seção 4.2 da RFC 5321.",
      when = "Espere-o principalmente em devoluções do provedor que o usa; o texto da resposta diz qual dos motivos possíveis se aplica.",
      fix = "Leia o texto da resposta: se a conta do destinatário estiver inativa, procure o destinatário por outro meio, e se o seu domínio ou endereço IP estiver bloqueado, verifique a sua autenticação e a sua reputação e contate o postmaster do provedor.",
      use = "Não envie 540; use 550 com 5.2.1 para uma caixa de correio desativada, ou com um código estendido 5.7.x para um remetente bloqueado.",
    },
    [541] = {
      description = "Um código que nenhum padrão define, que listas públicas descrevem como rejeição da mensagem pelo endereço do destinatário, geralmente por meio de um filtro antispam. O cliente deve tratá-lo como qualquer outra resposta 5xx, como falha permanente, conforme exige a seção 4.2 da RFC 5321.",
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
      use = "Envie 552 quando uma mensagem exceder um limite fixo de tamanho; envie 452 com 4.2.2 para uma caixa de correio cheia, que a RFC 3463 classifica como falha temporária persistente, e 452 para uma falta temporária de armazenamento ou para destinatários demais.",
    },
    [553] = {
      description = "A ação foi recusada porque o nome da caixa de correio não é aceitável, na maioria das vezes porque a sintaxe do endereço está errada ou porque o nome não é permitido neste sistema. No SMTPUTF8, também significa que um endereço não ASCII não é permitido para esse remetente ou destinatário (5.6.7). Em resposta a VRFY, pode indicar um nome ambíguo que corresponde a várias caixas de correio.",
      when = "Típico de endereços em MAIL FROM ou RCPT TO com caracteres inválidos ou sem domínio, e de um endereço em MAIL FROM que o usuário autenticado não pode usar num servidor de submissão. Também aparece quando um cliente envia um endereço internacionalizado a um servidor que não o suporta.",
      fix = "Verifique se o endereço tem erros de digitação, partes em falta ou caracteres soltos, e certifique-se de que o remetente do envelope é um que a conta pode usar. Para endereços não ASCII, use a alternativa ASCII ou faça a mensagem passar por servidores que anunciam SMTPUTF8.",
      use = "Envie 553 quando um endereço em MAIL, RCPT ou VRFY for sintaticamente inaceitável ou não for permitido pelo nome; envie 550 quando uma caixa de correio bem formada simplesmente não existir.",
    },
    [554] = {
      description = "A transação falhou de forma permanente e o servidor não dá um código mais específico. Como saudação da conexão, significa que aqui não há serviço SMTP para este cliente; em resposta a DATA, pode significar que nenhum destinatário válido foi aceito; depois do ponto final, rejeita a mensagem como um todo.",
      when = "Comum como saudação de um servidor que bloqueia o endereço IP do cliente, e depois do ponto final quando um filtro de conteúdo rejeita uma mensagem como spam ou malware, muitas vezes com 5.7.1. O Postfix também envia 554 por padrão nas recusas por mapa de acesso, por lista de bloqueio e de retransmissão em RCPT TO, e nesse caso recusa apenas aquele destinatário. Também informa uma mensagem que o servidor não consegue converter (5.6.3) ou uma que é grande demais para o sistema (5.3.4).",
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
      fix = "Trate-o pelo primeiro dígito como falha permanente, como exige a seção 4.2 da RFC 5321, e leia o texto da resposta para saber o motivo real. Se um servidor de produção o enviar, comunique isso ao administrador desse servidor.",
      use = "Não envie 557 a partir de um servidor padrão, já que só um draft não publicado o menciona.",
    },
  },
  enhanced = {
    ["0.0"] = {
      name = "Outro status ou status indefinido",
      description = "O código estendido genérico: traz apenas a classe e não diz nada sobre a causa. 2.0.0 indica sucesso, 4.0.0 uma falha temporária e 5.0.0 uma falha permanente.",
      when = "Muito comum: muitos servidores acrescentam 2.0.0 a respostas de rotina, como a resposta a QUIT, a RSET ou ao ponto final do DATA, e 4.0.0 ou 5.0.0 às falhas que não classificam. O texto da resposta é então a única pista da causa real.",
      fix = "Leia o texto da resposta e os logs do servidor, já que o código em si não indica nenhuma causa. Tente de novo no caso de 4.0.0; no caso de 5.0.0, um processador de devoluções deve classificar a falha a partir do texto, em vez de presumir que o endereço é inválido.",
    },
    ["1.0"] = {
      name = "Outro status de endereço",
      description = "Um endereço do envelope, do remetente ou do destinatário, é o motivo deste status, mas nenhum código de endereço mais específico se aplica. Com a classe 2, apenas confirma que um endereço foi aceito.",
      when = "2.1.0 é a resposta habitual a um MAIL FROM aceito no Postfix e no Sendmail. 4.1.0 e 5.1.0 aparecem quando um servidor recusa um endereço de remetente ou de destinatário por um motivo que não classifica, muitas vezes uma tabela de consulta local ou uma regra de reescrita de endereços.",
      fix = "No caso de 4.1.0 ou 5.1.0, leia o texto da resposta para saber que endereço foi recusado e por quê, e depois corrija-o ou consulte o administrador do destino. Não tome 5.1.0 como prova de que uma caixa de correio não existe; quem diz isso é 5.1.1.",
    },
    ["1.1"] = {
      name = "Endereço de caixa de correio de destino inválido",
      description = "A caixa de correio do destinatário não existe no destino: o domínio está correto, mas a parte local antes do \"@\" é desconhecida lá. É o código padrão de uma devolução definitiva (hard bounce) por usuário desconhecido.",
      when = "Geralmente 550 5.1.1 em resposta a RCPT TO, ou num relatório de devolução, depois de um erro de digitação, de uma conta excluída ou de uma entrada desatualizada numa lista. 4.1.1 vem de servidores que não conseguem confirmar o usuário no momento, como um MX secundário que não alcança o diretório de usuários.",
      fix = "Verifique se o endereço tem erros de digitação e confirme-o com o destinatário por outro canal. Um processador de devoluções deve suprimir o endereço depois de 5.1.1, porque envios repetidos para usuários desconhecidos prejudicam a reputação do remetente; 4.1.1 fica a cargo das novas tentativas da fila.",
    },
    ["1.2"] = {
      name = "Endereço de sistema de destino inválido",
      description = "A parte de domínio do endereço do destinatário, depois do \"@\", não existe ou não pode receber mensagens. A caixa de correio nunca foi alcançada, porque o próprio sistema de destino é inutilizável.",
      when = "Visto quando o domínio do destinatário está mal escrito, expirou ou não tem registros DNS, e quando um servidor de retransmissão recusa um domínio que não atende. A classe não diz quão definitiva é a resposta: o reject_unknown_recipient_domain do Postfix responde 450 4.1.2 por padrão mesmo para um domínio que não existe de modo nenhum (unknown_address_reject_code = 450), enquanto outros servidores reservam 4.1.2 para uma consulta que falhou no momento.",
      fix = "Verifique a grafia do domínio e se ele publica registros MX ou de endereço (dig MX no domínio). Remova o endereço se o domínio realmente deixou de existir; no caso de 4.1.2, deixe a fila tentar novamente, e trate como definitivo um 4.1.2 que se repita até a fila desistir.",
    },
    ["1.3"] = {
      name = "Sintaxe inválida do endereço de caixa de correio de destino",
      description = "O endereço do destinatário está malformado, por isso o servidor nem conseguiu interpretá-lo como caixa de correio. O problema é a forma do endereço, e não a existência da caixa de correio.",
      when = "Normalmente 501 5.1.3 em resposta a RCPT TO, para endereços com espaços, sem os sinais de menor e maior, com duas \"@\" ou outros caracteres proibidos, ou para endereços não ASCII enviados a um servidor sem SMTPUTF8. Endereços montados por scripts e formulários web sem as aspas adequadas são uma origem frequente.",
      fix = "Corrija o endereço, ou o código que monta o comando RCPT TO, para que envie uma caixa de correio válida entre sinais de menor e maior, como exige a RFC 5321. Reenviar o mesmo endereço falha de novo, por isso um gerenciador de listas deve marcá-lo para correção em vez de tentar novamente.",
    },
    ["1.4"] = {
      name = "Endereço de caixa de correio de destino ambíguo",
      description = "O endereço do destinatário correspondeu a mais de uma caixa de correio no destino, por isso o servidor não conseguiu decidir onde entregar. Vem de sistemas que associam endereços a usuários pelo nome ou por consulta aproximada.",
      when = "Raro na Internet pública; visto sobretudo em gateways e em sistemas de correio baseados em diretório que aceitam o nome de uma pessoa como endereço e encontram várias pessoas correspondentes.",
      fix = "Use um endereço mais específico, como o nome exato da caixa de correio em vez de um nome ou alias. O administrador do destino pode resolver as entradas duplicadas no diretório.",
    },
    ["1.5"] = {
      name = "Endereço de destino válido",
      description = "Um relatório de sucesso: o endereço do destinatário foi verificado e aceito. Confirma o endereço, mas ainda não a entrega final da mensagem.",
      when = "Rotineiro como 250 2.1.5 em resposta a RCPT TO no Postfix, no Sendmail e no Microsoft Exchange, e em notificações de status de entrega positivas.",
      fix = "Não há nada a corrigir. A aceitação em RCPT TO não garante a entrega: a mensagem ainda pode ser recusada depois do DATA ou devolvida mais tarde por um servidor mais adiante no caminho.",
    },
    ["1.6"] = {
      name = "A caixa de correio de destino mudou, sem endereço de encaminhamento",
      description = "O endereço do destinatário já foi válido, mas não recebe mais mensagens, e o servidor não oferece um novo endereço. Indica uma conta encerrada ou desativada de propósito.",
      when = "Visto depois de uma pessoa sair de uma organização ou de uma conta ser desativada, normalmente como 550 5.1.6. Um servidor que conhece o novo endereço envia, em vez disso, 551 com o novo endereço no texto.",
      fix = "Remova o endereço das listas e peça ao destinatário um novo endereço por outro canal. Um processador de devoluções deve tratar 5.1.6 como devolução definitiva, tal como 5.1.1.",
    },
    ["1.7"] = {
      name = "Sintaxe inválida do endereço de caixa de correio do remetente",
      description = "O endereço do remetente dado em MAIL FROM está malformado. O problema está no caminho de retorno (reverse-path), e não em algum destinatário.",
      when = "Geralmente em resposta a MAIL FROM, com 501 ou 553, quando uma aplicação envia um endereço sem os sinais de menor e maior, com um nome de exibição, sem domínio, ou com caracteres que o servidor não aceita.",
      fix = "Corrija o remetente do envelope que a aplicação ou o servidor de retransmissão envia: um endereço completo entre sinais de menor e maior, ou <> para devoluções. Todos os destinatários falham da mesma forma, por isso é a configuração do remetente que precisa de correção, e não há motivo para descartar destinatários.",
    },
    ["1.8"] = {
      name = "Endereço de sistema do remetente inválido",
      description = "O domínio do endereço do remetente não existe ou não pode receber mensagens, por isso o servidor receptor recusa a mensagem, já que qualquer devolução seria impossível de entregar. Diz respeito à parte de domínio de MAIL FROM.",
      when = "Enviado em resposta a MAIL FROM, ou em RCPT TO por servidores que verificam o remetente mais tarde, quando o domínio do remetente não tem registros DNS. Um 4.1.8 não significa que a consulta possa se resolver: o reject_unknown_sender_domain do Postfix responde 450 4.1.8 por padrão para um domínio de remetente que não existe de modo nenhum, e só responde 5.1.8 quando o seu administrador define unknown_address_reject_code com um código 5xx.",
      fix = "Envie a partir de um domínio que resolva no DNS e possa receber mensagens, com registros MX ou de endereço funcionais. Se o domínio estiver correto, verifique a sua delegação DNS; um 4.1.8 é tentado novamente, mas só desaparece quando o domínio do remetente passar a resolver no DNS.",
    },
    ["1.9"] = {
      name = "Mensagem retransmitida para um sistema não conforme",
      description = "Um status de rastreamento de mensagens: o endereço do destinatário era válido e a mensagem foi passada a um sistema que não suporta rastreamento de mensagens, por isso não é possível informar mais nenhum status. Indica onde a trilha termina, e não uma falha.",
      when = "Visto em respostas a pedidos de rastreamento de mensagens (a extensão MTRK) e em relatórios gerados a partir delas, raramente em respostas SMTP comuns. Significa que a mensagem saiu da parte do seu caminho que suporta rastreamento.",
      fix = "Não há nada de errado com a mensagem. Para saber mais, pergunte ao administrador do sistema seguinte no caminho, ou aguarde uma notificação de status de entrega ou uma resposta do destinatário.",
    },
    ["1.10"] = {
      name = "O endereço do destinatário tem null MX",
      description = "O domínio do destinatário publica um registro null MX, um único MX de preferência 0 que aponta para \".\", o que declara que o domínio não aceita mensagens de modo nenhum. A entrega é impossível por escolha do dono do domínio.",
      when = "Visto como 556 5.1.10 vindo de um servidor de submissão ou de retransmissão que consultou o domínio do destinatário antes de tentar entregar, geralmente para domínios estacionados, domínios com erro de digitação ou domínios que só servem um site.",
      fix = "Verifique o endereço: o domínio quase sempre está errado ou nunca se destinou a receber mensagens. Não tente de novo; corrija o domínio ou procure o destinatário por outro meio.",
    },
    ["2.0"] = {
      name = "Outro status de caixa de correio ou status indefinido",
      description = "A caixa de correio existe, mas algo relacionado com ela impede a entrega, e nenhum código de caixa de correio mais específico se aplica. A causa está na caixa de correio do destinatário, e não no endereço ou no servidor inteiro.",
      when = "Usado para problemas de caixa de correio que o servidor não classifica, como uma caixa de correio bloqueada ou uma entrega local que falhou para um usuário. 450 4.2.0 também é a resposta habitual de greylisting do postgrey.",
      fix = "Leia o texto da resposta para saber a causa real. Deixe a fila tentar novamente no caso de 4.2.0, que é o que os servidores com greylisting esperam; no caso de 5.2.0, contate o destinatário ou o seu administrador, já que a caixa de correio precisa de atenção do lado deles.",
    },
    ["2.1"] = {
      name = "Caixa de correio desativada, não aceita mensagens",
      description = "A caixa de correio existe, mas no momento não aceita mensagens, porque a conta está suspensa, desativada ou bloqueada. Se voltará a funcionar, depende do site receptor.",
      when = "Visto em contas suspensas ou não pagas, contas bloqueadas por abuso e caixas de correio desativadas depois de longa inatividade. Os servidores enviam 4.2.1 quando se espera que o bloqueio seja levantado e 5.2.1 quando ele se destina a durar.",
      fix = "Só o dono da caixa de correio ou o seu administrador pode reativá-la, por isso procure o destinatário por outro meio. Um processador de devoluções deve tentar novamente no caso de 4.2.1 e tratar 5.2.1 repetido como sinal de que o endereço foi abandonado.",
    },
    ["2.2"] = {
      name = "Caixa de correio cheia",
      description = "A caixa de correio do destinatário atingiu a sua cota de armazenamento, por isso não cabem mais mensagens até que o dono apague algumas. O problema é esta caixa de correio, e não o servidor inteiro.",
      when = "Comum em contas abandonadas que continuam recebendo mensagens e em usuários com cotas pequenas. 4.2.2 pede ao remetente que tente novamente mais tarde; 5.2.2, muitas vezes com 552, significa que o site receptor recusa esta mensagem definitivamente, embora a caixa de correio possa ser esvaziada mais tarde.",
      fix = "Deixe a fila tentar novamente no caso de 4.2.2, e avise o destinatário por outro canal se a situação persistir. Trate 5.2.2 de início como devolução temporária (soft bounce) e só suprima o endereço se ela se repetir durante dias ou semanas, já que uma caixa de correio que continua cheia geralmente está abandonada.",
    },
    ["2.3"] = {
      name = "O tamanho da mensagem excede o limite administrativo",
      description = "A mensagem é maior do que o limite de tamanho definido para esta caixa de correio específica, que é inferior ao limite geral do servidor. Outro destinatário no mesmo servidor ainda poderia aceitá-la.",
      when = "Visto como 552 5.2.3 depois do DATA, ou em resposta a RCPT TO quando o valor de SIZE dado com MAIL FROM já excede o limite desse destinatário, geralmente por causa de anexos grandes.",
      fix = "Envie uma mensagem menor: compacte ou retire os anexos e compartilhe arquivos grandes por link. O destinatário pode pedir ao seu administrador que aumente o limite da caixa de correio.",
    },
    ["2.4"] = {
      name = "Problema na expansão da lista de distribuição",
      description = "O destinatário é uma lista de distribuição ou um alias que o servidor não conseguiu expandir nos endereços dos seus membros. A falha diz respeito à própria lista, e não a cada membro.",
      when = "Visto quando o arquivo de membros ou o grupo de diretório por trás de uma lista não pode ser lido, quando a definição da lista está quebrada ou vazia, ou quando o servidor de listas está brevemente indisponível. Os servidores usam 4.2.4 para problemas que devem se resolver e 5.2.4 para definições de lista quebradas.",
      fix = "Deixe a fila tentar novamente no caso de 4.2.4. No caso de 5.2.4, avise o dono da lista ou o postmaster do domínio receptor, que deve reparar a lista ou a sua fonte de dados.",
    },
    ["3.0"] = {
      name = "Outro status do sistema de correio ou status indefinido",
      description = "O sistema de correio receptor como um todo, e não um endereço ou uma caixa de correio, é o motivo deste status, e nenhum código de sistema mais específico se aplica. Com a classe 2, informa um evento de rotina do sistema.",
      when = "4.3.0 é comum para falhas locais temporárias, como uma consulta a tabela que falhou, um filtro de conteúdo fora do ar ou um erro de gravação na fila; o Postfix, por exemplo, responde 451 4.3.0 nesses casos. 5.3.0 indica uma recusa permanente do sistema por um motivo não classificado.",
      fix = "Deixe a fila tentar novamente no caso de 4.3.0; se persistir, o administrador do destino precisa verificar os logs do servidor. No caso de 5.3.0, leia o texto da resposta e contate o postmaster do domínio receptor.",
    },
    ["3.1"] = {
      name = "Sistema de correio cheio",
      description = "O servidor receptor ficou sem armazenamento, por isso não pode receber a mensagem para ninguém até que se libere espaço. Ao contrário de X.2.2, diz respeito ao sistema inteiro, e não à cota de um destinatário.",
      when = "Visto como 452 4.3.1, muitas vezes com o texto \"Insufficient system storage\", quando o disco ou a fila do servidor receptor estão cheios, normalmente durante uma avalanche de mensagens ou um grande acúmulo na fila.",
      fix = "O remetente só precisa deixar a fila tentar novamente. O administrador do destino deve liberar espaço em disco, esvaziar a fila ou acrescentar armazenamento.",
    },
    ["3.2"] = {
      name = "O sistema não aceita mensagens da rede",
      description = "O host de destino não está recebendo mensagens, por ora ou de modo nenhum. Abrange tanto uma recusa breve durante uma manutenção ou sobrecarga quanto um host que nunca recebe mensagens.",
      when = "4.3.2 aparece enquanto um servidor está sendo desligado, em manutenção ou sobrecarregado, por exemplo como 421 4.3.2 ao fechar a conexão. 5.3.2 vem com 521 de hosts que nunca aceitam mensagens, como descreve a RFC 7504.",
      fix = "Deixe a fila tentar novamente no caso de 4.3.2. No caso de 5.3.2 com 521, pare de tentar esse host e verifique os registros MX do domínio do destinatário, porque as mensagens estão sendo enviadas a um host que não as recebe.",
    },
    ["3.3"] = {
      name = "O sistema não suporta os recursos selecionados",
      description = "A mensagem pede um recurso ou uma opção de serviço que o sistema de destino não suporta, por isso não pode ser tratada como solicitado. Os gateways o geram quando um recurso não tem equivalente do outro lado.",
      when = "Visto quando uma mensagem depende de uma extensão SMTP ou de uma opção de entrega que um host mais adiante no caminho não oferece, e em gateways para sistemas de correio que não são SMTP.",
      fix = "Reenvie sem o recurso não suportado, ou faça a mensagem seguir por um caminho que o suporte. O texto da resposta geralmente indica o recurso em falta.",
    },
    ["3.4"] = {
      name = "Mensagem grande demais para o sistema",
      description = "A mensagem excede o maior tamanho que o servidor receptor aceita para qualquer mensagem. Ao contrário de X.2.3, o limite se aplica ao sistema inteiro, e não a uma caixa de correio.",
      when = "Normalmente 552 5.3.4 depois do DATA, ou em resposta a MAIL FROM quando o valor de SIZE está acima do limite que o servidor anunciou com a palavra-chave SIZE na resposta a EHLO. A causa habitual são anexos grandes, que a codificação base64 torna cerca de um terço maiores.",
      fix = "Deixe a mensagem abaixo do limite indicado pela palavra-chave SIZE do servidor: compacte ou retire os anexos, ou compartilhe arquivos por link. Tentar de novo a mesma mensagem falha outra vez.",
    },
    ["3.5"] = {
      name = "Sistema configurado incorretamente",
      description = "A própria configuração do sistema receptor o impede de aceitar esta mensagem. A falha está na configuração do destino, e não na mensagem ou no remetente.",
      when = "Visto com tabelas de roteamento ou de aliases quebradas, transportes de entrega em falta ou configurações inválidas do servidor; o Postfix, por exemplo, responde 451 4.3.5 \"Server configuration error\" quando as suas próprias configurações de restrição estão erradas.",
      fix = "O remetente não pode corrigir isso: comunique o problema ao postmaster do domínio receptor com o texto completo da resposta. Deixe a fila tentar novamente no caso de 4.3.5; depois de 5.3.5, reenvie quando o lado receptor confirmar a correção.",
    },
    ["3.6"] = {
      name = "A prioridade solicitada foi alterada",
      description = "Um relatório de sucesso da extensão MT-PRIORITY: a mensagem foi aceita, mas não com a prioridade que o cliente pediu ou que assumia por padrão. O texto da resposta começa com a prioridade efetivamente atribuída.",
      when = "Visto apenas em servidores que implementam MT-PRIORITY, sobretudo em redes de mensagens militares e de emergência, quando a política local altera a prioridade pedida por um cliente, por exemplo porque o cliente não pode usar esse nível.",
      fix = "Nada é necessário para a entrega, já que a mensagem foi aceita. Se a prioridade importar, leia o novo valor no texto da resposta e pergunte ao administrador do destino quais níveis o seu cliente pode usar.",
    },
    ["4.0"] = {
      name = "Outro status de rede ou de roteamento, ou status indefinido",
      description = "Um problema com a rede ou com o roteamento da mensagem até o próximo salto, de um tipo que nenhum código de rede mais específico descreve.",
      when = "Visto em respostas e relatórios de atraso quando um servidor de retransmissão não conseguiu alcançar o próximo salto, ou rotear até ele, por um motivo não classificado; o Microsoft Exchange, por exemplo, informa 451 4.4.0 para consultas DNS que falharam e problemas de conexão.",
      fix = "Deixe a fila tentar novamente no caso de 4.4.0 e procure no texto da resposta e nos logs do servidor remetente o erro de DNS ou de conexão subjacente. No caso de 5.4.0, verifique os registros MX do domínio do destinatário e as configurações de roteamento de cada servidor de retransmissão no caminho.",
    },
    ["4.1"] = {
      name = "Sem resposta do host",
      description = "O servidor remetente tentou conectar-se ao host seguinte e não obteve resposta: a conexão foi recusada ou esgotou o tempo, ou o host estava ocupado demais para responder. Por definição, é uma condição temporária.",
      when = "Visto em avisos de atraso, e na devolução final quando o tempo de vida na fila se esgota, se os hosts MX do destino estão fora do ar, atrás de um firewall ou inalcançáveis na porta 25 a partir da rede do remetente.",
      fix = "Deixe a fila continuar tentando. Se persistir, teste uma conexão com o MX de destino na porta 25 (com nc ou telnet), verifique os firewalls e se a rede do remetente bloqueia a porta 25 de saída, e confirme que os registros MX apontam para hosts ativos.",
    },
    ["4.2"] = {
      name = "Conexão ruim",
      description = "Uma conexão com o host seguinte foi estabelecida, mas caiu ou ficou lenta demais antes de a transação terminar. A mensagem não foi transferida e será tentada novamente.",
      when = "Visto como 421 4.4.2 quando um servidor derruba uma sessão que esgotou o tempo, como o \"Error: timeout exceeded\" do Postfix, e em relatórios de atraso depois de conexões perdidas, negociações TLS interrompidas ou enlaces instáveis.",
      fix = "Deixe a fila tentar novamente. Se se repetir, procure problemas de rede entre os hosts: perda de pacotes ou problemas de MTU, equipamentos intermediários que quebram o TLS ou transferências longas, e tempos limite do cliente mais curtos do que o servidor precisa.",
    },
    ["4.3"] = {
      name = "Falha do servidor de diretório",
      description = "Um serviço de diretório de que o sistema de correio depende não pôde ser alcançado ou falhou, por isso o roteamento ou as verificações de endereço não puderam terminar. O diretório é, na maioria das vezes, o DNS, mas pode ser LDAP ou outro diretório de usuários.",
      when = "Normalmente 451 4.4.3 ou um relatório de atraso quando o resolvedor DNS esgota o tempo ou devolve SERVFAIL para o domínio do destinatário, ou quando um diretório de usuários está fora do ar. Um 5.4.3 significa que o servidor desistiu da consulta definitivamente, por isso a mensagem tem de ser enviada de novo quando o diretório voltar a funcionar.",
      fix = "Tente novamente; a maioria dessas falhas é temporária. Se persistir, execute as mesmas consultas a partir do próprio servidor (dig MX e A no domínio), verifique o resolvedor local e procure erros de DNSSEC ou de delegação no domínio do destinatário.",
    },
    ["4.4"] = {
      name = "Impossível rotear",
      description = "O sistema de correio não conseguiu decidir para onde enviar a mensagem a seguir, porque os dados de roteamento de que precisa não existem ou não são utilizáveis. A consulta funcionou, mas não deu uma rota utilizável.",
      when = "Visto quando o domínio do destinatário não tem registros MX nem de endereço, quando os seus registros MX apontam para nomes que não resolvem, ou quando um servidor de retransmissão não tem transporte para o domínio. Os servidores informam 4.4.4 enquanto continuam tentando e 5.4.4 quando desistem ou quando o domínio claramente não pode receber mensagens.",
      fix = "Verifique o DNS do domínio do destinatário: ele precisa de registros MX que apontem para nomes de host com registros A ou AAAA. Corrija um domínio mal escrito; o administrador do envio também deve verificar os mapas de transporte e as configurações de relay host para esse domínio.",
    },
    ["4.5"] = {
      name = "Congestionamento do sistema de correio",
      description = "O sistema de correio está sobrecarregado no momento, por isso adiou a mensagem em vez de tratá-la agora. Significa sempre que se deve tentar de novo mais tarde.",
      when = "Visto como 451 4.4.5 ou 421 4.4.5 durante picos de tráfego, quando um servidor atinge os seus limites de conexões, de processos ou de fila, ou quando um provedor receptor desacelera um remetente muito ativo.",
      fix = "Deixe a fila tentar novamente com o seu intervalo normal e, se acontecer com frequência, reduza o ritmo de envio ou o número de conexões paralelas para esse destino. O administrador do destino pode aumentar os limites de processos ou acrescentar capacidade.",
    },
    ["4.6"] = {
      name = "Laço de roteamento detectado",
      description = "A mensagem entrou num laço: passou pelos mesmos hosts ou regras de encaminhamento vezes demais, como mostra a contagem dos seus campos de cabeçalho Received, ou um host descobriu que enviaria a mensagem para si mesmo.",
      when = "Causas típicas são um registro MX que aponta para um host que não trata o domínio como local, dois servidores de retransmissão que encaminham um domínio um para o outro e regras de encaminhamento que mandam as mensagens de um lado para o outro entre duas caixas de correio. O Postfix informa 5.4.6 tanto para \"mail forwarding loop\" como para \"loops back to myself\".",
      fix = "Siga os campos de cabeçalho Received na devolução para ver que hosts se repetem. Corrija os registros MX, as configurações de retransmissão (no Postfix, mydestination e relay_domains) ou as regras de encaminhamento; reenviar antes da correção cai de novo no laço.",
    },
    ["4.7"] = {
      name = "Prazo de entrega expirado",
      description = "A mensagem ficou numa fila mais tempo do que o permitido, ou ultrapassou um prazo definido pelo remetente, por isso o servidor parou de tentar. A causa real é aquilo que fez as tentativas anteriores falharem.",
      when = "4.4.7 aparece em avisos de atraso enquanto as novas tentativas continuam; 5.4.7 aparece na devolução final quando se esgota o tempo de vida na fila, geralmente de vários dias, ou quando passa um prazo DELIVERBY. O texto da devolução geralmente cita o último erro encontrado.",
      fix = "Leia o último erro na devolução ou no relatório de atraso, que indica o problema subjacente de DNS, de conexão ou do lado remoto, e corrija-o. Reenviar antes de corrigir a causa volta a expirar.",
    },
    ["5.0"] = {
      name = "Outro status de protocolo ou status indefinido",
      description = "Um status sobre a própria troca SMTP, os seus comandos e respostas, que nenhum código de protocolo mais específico descreve. Com a classe 2, confirma que uma etapa do protocolo foi bem-sucedida.",
      when = "O registro associa 2.5.0 a respostas positivas comuns, como 220, 250 e 252. 4.5.0 e 5.5.0 aparecem para erros de protocolo que o servidor não classifica, como um comando no estado errado ou uma troca de extensão que falhou.",
      fix = "No caso de 4.5.0 e 5.5.0, capture o diálogo SMTP com um log de protocolo ou uma sessão manual (swaks ou openssl s_client) e compare o que o cliente enviou com o que o servidor espera. Os culpados habituais são erros no cliente, pipelining defeituoso e equipamentos intermediários que alteram a sessão.",
    },
    ["5.1"] = {
      name = "Comando inválido",
      description = "O cliente enviou um comando que o servidor não suporta ou não permite neste ponto da sessão. Diz respeito ao próprio comando ou à sua ordem, e não aos seus argumentos.",
      when = "Normalmente 503 5.5.1 para comandos fora de ordem, como RCPT TO antes de MAIL FROM, DATA sem destinatário aceito, ou um segundo AUTH depois de um bem-sucedido. Muitas vezes segue uma recusa anterior numa sessão com pipelining, em que os comandos seguintes chegam então no estado errado.",
      fix = "Compare a ordem dos comandos do cliente com a RFC 5321: EHLO, MAIL FROM, um ou mais RCPT TO e depois DATA. Com pipelining, verifique a resposta a cada comando, porque um MAIL FROM ou RCPT TO recusado torna inválidos os comandos que vêm depois.",
    },
    ["5.2"] = {
      name = "Erro de sintaxe",
      description = "O servidor não conseguiu entender um comando: está mal escrito, é desconhecido ou está mal formado. A falha está no texto exato que o cliente enviou.",
      when = "Visto como 500 ou 502 5.5.2 para comandos não reconhecidos, e como 501 5.5.2 para argumentos malformados, como um endereço sem os sinais de menor e maior ou uma resposta de AUTH que não é base64 válido. Código SMTP escrito à mão, LF isolados e clientes que falam outro protocolo nessa porta são causas comuns.",
      fix = "Verifique com um log de protocolo os bytes exatos enviados: os comandos devem seguir a sintaxe da RFC 5321 e terminar com CRLF. O código SMTP feito sob medida é o primeiro lugar onde procurar; reenviar sem alterações falha de novo.",
    },
    ["5.3"] = {
      name = "Destinatários demais",
      description = "A mensagem tem mais destinatários do que o servidor aceita numa transação. Os destinatários excedentes foram recusados, não necessariamente a mensagem inteira.",
      when = "Normalmente 452 4.5.3 em resposta a um RCPT TO além do limite do servidor por mensagem; a RFC 5321 exige que os servidores aceitem pelo menos 100 destinatários. Alguns servidores recusam com 5.5.3, por exemplo em devoluções do Microsoft Exchange quando se atinge um limite de destinatários.",
      fix = "Um cliente padrão trata 4.5.3 enviando de novo a mensagem, numa transação posterior, aos destinatários recusados. No caso de 5.5.3, divida a lista de destinatários em lotes menores ou use um serviço de listas de distribuição para públicos grandes.",
    },
    ["5.4"] = {
      name = "Argumentos de comando inválidos",
      description = "O comando em si é válido, mas um dos seus argumentos não é: um valor fora do intervalo, um parâmetro desconhecido ou uma opção que o servidor não suporta.",
      when = "Casos típicos são 555 5.5.4 para um parâmetro de MAIL FROM ou RCPT TO que o servidor não anunciou, como SMTPUTF8 ou SIZE, 504 5.5.4 para um mecanismo de AUTH que o servidor não oferece e 501 5.5.4 para um valor de parâmetro malformado.",
      fix = "Envie apenas os parâmetros e mecanismos que o servidor listou na resposta a EHLO, com valores dentro do intervalo permitido. As bibliotecas cliente fazem isso sozinhas; a falha geralmente é uma opção fixa no código ou uma resposta a EHLO mal interpretada.",
    },
    ["5.5"] = {
      name = "Versão de protocolo errada",
      description = "Os dois lados falam versões incompatíveis do protocolo e não conseguiram chegar a uma que ambos entendam.",
      when = "Raro no próprio SMTP, em que o EHLO e as palavras-chave de extensão absorvem as diferenças de versão. Pertence sobretudo a gateways entre sistemas de correio e a transportes que não são SMTP.",
      fix = "Verifique se as duas pontas usam o protocolo e a porta pretendidos, e se algum gateway entre elas está configurado para a versão que o seu interlocutor fala. Atualizar o lado mais antigo é a correção duradoura.",
    },
    ["5.6"] = {
      name = "Linha da troca de autenticação longa demais",
      description = "Durante o AUTH, o cliente enviou uma resposta em base64 mais longa do que o buffer do servidor para o mecanismo SASL escolhido, por isso o servidor fez a autenticação falhar.",
      when = "Visto como 500 5.5.6 durante uma troca AUTH, normalmente com mecanismos que transportam tokens grandes, como GSSAPI com Kerberos ou tokens OAuth do tipo bearer, enviados a um servidor com um limite de linha pequeno. A RFC 4954 considera 12288 octetos um limite suficiente para as linhas de autenticação.",
      fix = "Se você administra o servidor, aumente o limite de linha ou de buffer para a autenticação. Como cliente, use um mecanismo com respostas mais curtas ou um token menor, por exemplo um tíquete Kerberos que traga menos associações a grupos.",
    },
    ["6.0"] = {
      name = "Outro erro de mídia ou erro indefinido",
      description = "Um problema com o conteúdo da mensagem ou com o seu formato impediu a entrega, e nenhum dos códigos X.6 mais específicos se aplica. Um 4.6.0 diz que o problema de conteúdo pode se resolver numa tentativa posterior; um 5.6.0 diz que esta mensagem não será aceita tal como está.",
      when = "Geralmente vem de filtros de conteúdo e de gateways que recusam uma mensagem por um motivo de formato ou de conteúdo sem indicar um código mais preciso. O texto da resposta normalmente diz o problema real, como uma estrutura MIME malformada ou um anexo que não pôde ser processado.",
      fix = "Leia o texto da resposta para saber que parte da mensagem foi recusada, depois corrija a sua estrutura ou codificação e envie de novo. Um script de devoluções deve contar 5.6.0 como problema desta mensagem, e não do endereço do destinatário, e manter o endereço.",
    },
    ["6.1"] = {
      name = "Mídia não suportada",
      description = "Algum tipo de mídia ou codificação de conteúdo da mensagem não pode ser transportado pelo protocolo de entrega ou tratado pelo sistema seguinte no caminho. A RFC 3463 o concebe como erro permanente, por isso 5.6.1 é a forma habitual.",
      when = "Normalmente, conteúdo de 8 bits ou binário encontra um salto que só aceita dados de 7 bits, ou o destino recusa um tipo MIME que não consegue armazenar ou apresentar.",
      fix = "Codifique o conteúdo para transporte em 7 bits (quoted-printable ou base64) ou envie-o num formato que o destino aceite. Um administrador de servidor de retransmissão deve verificar se o 8BITMIME é anunciado e respeitado em todos os saltos do caminho.",
    },
    ["6.2"] = {
      name = "Conversão necessária e proibida",
      description = "A entrega exigiria converter o conteúdo, mas a conversão é proibida. Ou o remetente marcou a mensagem para não ser convertida, ou a política do host que a encaminha o impede.",
      when = "Sobretudo com mensagens assinadas ou criptografadas, em que qualquer alteração quebraria a assinatura, e em gateways para outros sistemas de correio que precisam de outro formato de conteúdo.",
      fix = "Envie o conteúdo numa forma que o destino aceite sem conversão, por exemplo partes MIME codificadas para transporte em 7 bits. Se é uma assinatura que proíbe a conversão, assine a mensagem só depois de codificá-la dessa forma.",
    },
    ["6.3"] = {
      name = "Conversão necessária mas não suportada",
      description = "Encaminhar a mensagem exige converter o seu conteúdo, e o host do caminho que teria de fazê-lo não é capaz disso.",
      when = "O caso clássico é um servidor de retransmissão que recebeu conteúdo de 8 bits e precisa passá-lo a um próximo salto sem 8BITMIME, mas não tem como convertê-lo para 7 bits. A resposta geralmente vem com 554.",
      fix = "Faça o cliente remetente codificar as partes de 8 bits e binárias como quoted-printable ou base64 antes da submissão, para que nenhum salto precise convertê-las. Os administradores de servidores de retransmissão podem ativar a conversão para 7 bits ou rotear essas mensagens por hosts que suportem 8BITMIME.",
    },
    ["6.4"] = {
      name = "Conversão realizada com perda",
      description = "A mensagem foi entregue, mas uma conversão pelo caminho não conseguiu preservar todo o seu conteúdo. Como 2.6.4, é um relatório de sucesso com um aviso anexado; como 5.6.4, diz que a perda não era aceitável para o remetente, por isso a mensagem foi recusada.",
      when = "Visto depois do ponto final do DATA ou em notificações de status de entrega, vindo de gateways que tiveram de traduzir a mensagem para outro formato e descartaram caracteres ou partes que o sistema de destino não consegue representar.",
      fix = "Não é preciso reenviar nada para a entrega, mas confirme com o destinatário se a parte perdida importava. Se importava, envie o conteúdo num formato mais simples que o destino trate sem conversão.",
    },
    ["6.5"] = {
      name = "A conversão falhou",
      description = "Um host tentou converter o conteúdo, como a entrega exigia, e a conversão deu errado. Com 4.6.5, a conversão pode funcionar numa tentativa posterior; com 5.6.5, este conteúdo não será convertido.",
      when = "Em gateways e servidores de retransmissão que transcodificam mensagens, por exemplo de 8 para 7 bits, entre conjuntos de caracteres ou para o formato de outro sistema de correio, quando o conversor falha numa parte danificada ou incomum.",
      fix = "No caso de 4.6.5, o servidor remetente tenta novamente sozinho; se continuar falhando, examine a parte indicada no texto da resposta. No caso de 5.6.5, repare ou recodifique a parte problemática, ou envie o conteúdo num formato mais simples.",
    },
    ["6.6"] = {
      name = "Conteúdo da mensagem indisponível",
      description = "O servidor de submissão não conseguiu buscar o conteúdo da mensagem no sistema remoto indicado num comando BURL. O BURL (RFC 4468) permite ao cliente submeter uma mensagem apontando para uma cópia guardada num servidor IMAP, em vez de enviá-la.",
      when = "Depois de BURL, quando o servidor IMAP está fora do ar, a URL URLAUTH expirou ou foi revogada, ou o servidor de submissão não consegue obtê-la. Um problema passageiro na busca dá 4.6.6, e um duradouro dá 5.6.6, muitas vezes com 554.",
      fix = "Verifique se o servidor IMAP está acessível a partir do servidor de submissão e se a URL é recente e está autorizada para ele, e depois submeta de novo, ou recorra ao envio do conteúdo com DATA ou BDAT. Se os dois servidores não tiverem uma relação de confiança configurada, os seus administradores precisam estabelecê-la (ver X.7.14).",
    },
    ["6.7"] = {
      name = "Endereços não ASCII não permitidos para esse remetente/destinatário",
      description = "O servidor recusa um endereço de MAIL FROM ou RCPT TO que contém caracteres não ASCII. Ou o cliente não pediu SMTPUTF8 nesta transação, ou o servidor não aceita endereços internacionalizados para esse remetente ou destinatário.",
      when = "Em resposta a MAIL ou RCPT, geralmente com 553, quando um cliente envia um endereço com a parte local ou o domínio em UTF-8 sem o parâmetro SMTPUTF8 em MAIL FROM, ou a um servidor que não aceita um endereço desses para essa caixa de correio.",
      fix = "Se o servidor anunciar SMTPUTF8 na resposta a EHLO, acrescente o parâmetro SMTPUTF8 a MAIL FROM e tente de novo. Caso contrário, use um endereço só em ASCII para esse remetente ou destinatário, ou devolva a mensagem ao remetente, já que ela não pode seguir por este caminho.",
    },
    ["6.8"] = {
      name = "É necessária uma resposta com texto UTF-8, mas o cliente SMTP não a permite",
      description = "A resposta a um VRFY ou EXPN teria de mostrar um nome de caixa de correio com UTF-8, mas o cliente não declarou que aceita UTF-8 nas respostas. Por isso o servidor retém essa resposta.",
      when = "Depois de um VRFY ou EXPN enviado sem o parâmetro SMTPUTF8, para uma caixa de correio ou um membro de lista com nome internacionalizado. O servidor recusa com 553 ou 550, ou responde 252 para dizer que ainda assim aceita mensagens para o endereço, sem mostrá-lo.",
      fix = "Repita o VRFY ou EXPN com o parâmetro SMTPUTF8 se o servidor tiver anunciado SMTPUTF8. Uma resposta 252 não exige nenhuma ação, já que o servidor aceita mensagens para esse endereço, embora não mostre o nome.",
    },
    ["6.9"] = {
      name = "A mensagem com cabeçalho UTF-8 não pode ser transferida para um ou mais destinatários, por isso deve ser rejeitada",
      description = "A mensagem tem campos de cabeçalho internacionalizados (UTF-8), e pelo menos um destinatário não pode receber uma mensagem assim, por isso o servidor rejeita a mensagem inteira. Vem depois do ponto final do DATA, onde uma única resposta vale para todos os destinatários.",
      when = "Depois do conteúdo da mensagem, geralmente como 550, quando o servidor descobre que a caixa de correio de um destinatário ou um salto posterior não suporta SMTPUTF8 e a mensagem não pode ser convertida para ASCII.",
      fix = "Envie a mensagem a esses destinatários com endereços e campos de cabeçalho apenas em ASCII, ou separe os destinatários cujos servidores suportam SMTPUTF8. Um administrador de servidor deve ativar o SMTPUTF8 em todos os saltos se espera mensagens internacionalizadas.",
    },
    ["6.10"] = {
      name = "Duplicado de X.6.8 (obsoleto)",
      description = "Esta entrada duplica X.6.8 e está obsoleta: indica uma resposta que precisaria de UTF-8, que o cliente não aceitou receber. O registro não lhe dá título nem códigos básicos; o nome aqui é nosso.",
      when = "Quase nunca, já que os servidores devem enviar X.6.8; uma implementação mais antiga ainda pode emitir X.6.10 para a mesma situação de VRFY ou EXPN.",
      fix = "Trate-o exatamente como X.6.8, repetindo o comando com o parâmetro SMTPUTF8 se o servidor o suportar. Os autores de servidores devem enviar X.6.8.",
    },
    ["7.0"] = {
      name = "Outro status de segurança ou status indefinido",
      description = "Está em jogo uma questão de segurança ou de política que nenhum código X.7 mais específico descreve, ou o servidor prefere não dizer mais por razões de segurança. Também aparece em respostas positivas: 2.7.0 acompanha o sucesso de uma etapa de segurança, como em 235 depois de AUTH.",
      when = "Comum como 235 2.7.0 depois de um AUTH bem-sucedido, 530 5.7.0 quando o servidor exige autenticação antes de aceitar mensagens, e 454 4.7.0 para um problema temporário de autenticação ou de TLS. Os filtros também usam 5.7.0 como rejeição genérica por política.",
      fix = "No caso de 530 5.7.0, configure o cliente para autenticar-se, normalmente depois de STARTTLS, antes de enviar. Tente de novo mais tarde no caso de 4.7.0; nas outras rejeições 5.7.0, leia o texto da resposta e, se o motivo não estiver claro, pergunte ao postmaster do site receptor.",
    },
    ["7.1"] = {
      name = "Entrega não autorizada, mensagem recusada",
      description = "O remetente, o host remetente ou a mensagem não tem permissão para chegar a este destino segundo a política do receptor. É o código comum para retransmissão negada, presença em listas de bloqueio, bloqueio pelo destinatário e filtragem de conteúdo.",
      when = "Normalmente 550 5.7.1 ou 554 5.7.1 em RCPT ou depois do DATA, com textos como \"relay access denied\", o nome de uma lista de bloqueio ou um veredito de spam. 4.7.1 é usado para adiamentos temporários por política, por exemplo greylisting ou limites de envio.",
      fix = "No caso de retransmissão negada, autentique-se ou envie através do seu próprio servidor de saída. Nas rejeições por lista de bloqueio ou por reputação, encontre a listagem indicada na resposta, corrija a sua causa (um host infectado, um relay aberto, SPF ou DKIM com defeito) e peça a remoção; um adiamento 4.7.1 geralmente passa numa nova tentativa. Um script de devoluções não deve tomar 5.7.1 como prova de que o endereço é inválido.",
    },
    ["7.2"] = {
      name = "Expansão da lista de distribuição proibida",
      description = "A lista de distribuição indicada pelo endereço do destinatário recusa mensagens deste remetente. A lista existe; só este remetente é barrado.",
      when = "Ao enviar para uma lista restrita a membros ou moderada a partir de um endereço que não está inscrito ou não está entre os autorizados a publicar.",
      fix = "Publique a partir do endereço inscrito na lista, inscreva-se primeiro ou peça ao dono da lista permissão para publicar.",
    },
    ["7.3"] = {
      name = "Conversão de segurança necessária mas impossível",
      description = "A mensagem teria de ser traduzida entre dois formatos de mensagens seguras para chegar ao seu destino, e nenhuma tradução desse tipo era possível. A RFC 3463 o concebe como erro permanente.",
      when = "Raramente no correio da Internet; vem de gateways entre sistemas de mensagens seguras, por exemplo quando uma mensagem assinada ou criptografada precisa passar para um sistema que usa outro formato de segurança.",
      fix = "Envie a mensagem num formato de segurança que o destino suporte, ou sem o invólucro de segurança se a política o permitir. O administrador do gateway pode dizer quais formatos ele traduz.",
    },
    ["7.4"] = {
      name = "Recursos de segurança não suportados",
      description = "Um recurso de segurança pedido pela mensagem ou pelo comando, por exemplo um determinado método de autenticação, está além do que o protocolo de entrega ou o servidor podem oferecer. É um erro permanente.",
      when = "Alguns servidores respondem a AUTH com um mecanismo desconhecido ou desativado com 504 5.7.4, e os gateways o usam quando uma mensagem precisa de um serviço de segurança que o sistema seguinte não tem.",
      fix = "Escolha um dos mecanismos que o servidor lista para AUTH na resposta a EHLO, ou abandone o recurso de segurança que o destino não suporta.",
    },
    ["7.5"] = {
      name = "Falha criptográfica",
      description = "Um gateway com direito de verificar ou descriptografar a mensagem em trânsito falhou, porque uma chave de que precisava estava ausente ou inutilizável.",
      when = "Em gateways que descriptografam ou verificam mensagens S/MIME ou PGP, quando a chave privada não está instalada, um certificado expirou ou a chave indicada na mensagem não pode ser usada. Um 4.7.5 sugere que uma consulta de chave pode funcionar mais tarde.",
      fix = "O remetente deve verificar se a mensagem foi criptografada com o certificado ou a chave atual do destinatário. O administrador do gateway deve instalar ou renovar as chaves e os certificados de que ele precisa.",
    },
    ["7.6"] = {
      name = "Algoritmo criptográfico não suportado",
      description = "A verificação ou a descriptografia falhou porque a mensagem usa um algoritmo que o sistema verificador, embora autorizado a processar a mensagem, não implementa.",
      when = "Em gateways que descriptografam ou verificam mensagens, quando uma mensagem usa uma cifra ou um hash que o gateway não trata, seja um antigo que ele desativou, seja um novo que ainda não conhece.",
      fix = "Criptografe ou assine a mensagem com um algoritmo que o destino suporte, normalmente uma escolha padrão atual. O administrador do gateway pode atualizar o software ou a sua lista de algoritmos permitidos.",
    },
    ["7.7"] = {
      name = "Falha de integridade da mensagem",
      description = "A mensagem não passou numa verificação de integridade: um sistema autorizado a verificá-la encontrou o conteúdo danificado ou alterado. A RFC 3463 admite aqui todas as classes: 2.7.7 informa a entrega apesar da falha na verificação, enquanto 4.7.7 e 5.7.7 informam uma falha temporária ou permanente.",
      when = "Em gateways que verificam assinaturas ou somas de verificação, quando o conteúdo foi alterado pelo caminho, por exemplo por um servidor de retransmissão que reescreveu os fins de linha, acrescentou um rodapé ou recodificou uma parte depois da assinatura.",
      fix = "Encontre o salto que altera o conteúdo e faça-o parar, ou assine a mensagem só depois de feitas todas as alterações. Enviá-la de novo sem alterações só ajuda se o dano tiver sido um acidente do transporte.",
    },
    ["7.8"] = {
      name = "Credenciais de autenticação inválidas",
      description = "O servidor rejeitou a tentativa de AUTH: o nome de usuário, a senha ou o token fornecido está errado ou não é suficiente.",
      when = "Logo depois de AUTH, geralmente como 535 5.7.8, quando a senha está errada, o nome da conta foi digitado incorretamente ou o provedor exige uma senha de aplicativo ou um token OAuth em vez da senha normal.",
      fix = "Peça novas credenciais ao usuário em vez de tentar de novo as mesmas, já que falhas repetidas podem bloquear a conta. Verifique se o provedor exige uma senha específica de aplicativo, OAuth ou o endereço de e-mail completo como nome de usuário.",
    },
    ["7.9"] = {
      name = "Mecanismo de autenticação fraco demais",
      description = "O servidor não aceita o mecanismo de AUTH escolhido para este usuário, porque a sua política exige um mais forte.",
      when = "Depois de AUTH com um mecanismo simples, como PLAIN ou LOGIN, geralmente como 534 5.7.9, quando o servidor quer um mais forte para esta conta.",
      fix = "Repita o AUTH com um mecanismo mais forte da lista na resposta a EHLO, por exemplo um mecanismo SCRAM ou OAuth. Se o cliente não suportar nenhum deles, atualize-o ou reconfigure-o.",
    },
    ["7.10"] = {
      name = "Criptografia necessária",
      description = "O servidor quer a sessão criptografada antes de aceitar o mecanismo de autenticação escolhido. Isso se aplica sobretudo a mecanismos como PLAIN e LOGIN, que revelam a senha a qualquer um que esteja escutando.",
      when = "Depois de AUTH PLAIN ou LOGIN numa conexão não criptografada. O código 523 só é conhecido pelo registro; os servidores informam a mesma situação como 530 5.7.0, como 504 5.5.4, seguindo a seção 4 da RFC 4954, ou como o obsoleto 538 5.7.11.",
      fix = "Emita STARTTLS, ou conecte-se à porta de TLS implícito, antes de AUTH, ou escolha um mecanismo que não exponha a senha.",
    },
    ["7.11"] = {
      name = "Criptografia obrigatória para o mecanismo de autenticação pedido",
      description = "O servidor recusa o mecanismo de AUTH escolhido numa conexão não criptografada e só o aceita depois de estabelecido o TLS. A RFC 4954 o mantém por razões históricas: um servidor moderno simplesmente não oferece esses mecanismos antes do TLS.",
      when = "Depois de AUTH numa conexão em texto claro, geralmente como 538 5.7.11, vindo de servidores que listam mecanismos em texto claro antes de STARTTLS e depois os recusam.",
      fix = "Execute STARTTLS, envie EHLO de novo e só então autentique-se. Configure o cliente para exigir TLS na submissão, para que nunca envie credenciais sem criptografia.",
    },
    ["7.12"] = {
      name = "É necessária uma transição de senha",
      description = "O servidor ainda não pode usar o mecanismo de autenticação selecionado para esta conta, porque não tem o segredo armazenado de que esse mecanismo precisa. Um login com PLAIN, sobre TLS, fornece-lhe a senha a partir da qual derivar esse segredo.",
      when = "Depois de AUTH com um mecanismo de desafio-resposta, geralmente como 432 4.7.12, para uma conta cuja senha está armazenada numa forma que esse mecanismo não pode usar, por exemplo depois de uma migração de servidor.",
      fix = "Autentique-se uma vez com PLAIN numa conexão criptografada; as sessões seguintes poderão então usar o mecanismo selecionado. Como é uma falha temporária, o cliente deve manter a conta e a sua senha.",
    },
    ["7.13"] = {
      name = "Conta de usuário desativada",
      description = "As credenciais estavam corretas, mas um administrador desativou a conta. A falha dura até que a conta seja reativada.",
      when = "Depois de uma troca AUTH bem-sucedida, como 525 5.7.13, para uma conta suspensa por falta de pagamento, abuso, suspeita de invasão ou motivo semelhante.",
      fix = "Não peça a senha ao usuário de novo, já que ela não está errada. O usuário precisa pedir ao administrador ou ao provedor que restabeleça a conta.",
    },
    ["7.14"] = {
      name = "Relação de confiança necessária",
      description = "O servidor de submissão não pode buscar o conteúdo da mensagem em outro servidor, porque não foi configurada uma relação de confiança entre os dois. Cobre um caso para o qual o BURL (RFC 4468) usava antes X.7.8.",
      when = "Depois de um comando BURL, quando o servidor de submissão não tem com o servidor IMAP indicado na URL nenhum acordo que lhe permita obter a mensagem.",
      fix = "Os administradores dos servidores de submissão e IMAP devem estabelecer a relação de confiança, como o acesso URLAUTH que o servidor de submissão usa. Até lá, o cliente deve enviar o conteúdo diretamente com DATA ou BDAT.",
    },
    ["7.15"] = {
      name = "Nível de prioridade baixo demais",
      description = "O servidor não aceita mensagens com a prioridade que esta traz, seja ela definida com a extensão MT-PRIORITY (RFC 6710) ou atribuída por padrão. 4.7.15 significa que o limite é temporário, por exemplo durante uma emergência em que só se aceitam mensagens urgentes; 5.7.15 significa que é uma política permanente.",
      when = "Em resposta a MAIL ou RCPT, normalmente como 450 ou 550, em redes que usam prioridades de mensagens, como as de mensagens militares ou de serviços de emergência, enquanto o servidor só admite prioridades mais altas.",
      fix = "No caso de 4.7.15, mantenha a mensagem na fila e tente de novo mais tarde, quando as prioridades mais baixas voltarem a ser aceitas. No caso de 5.7.15, reenvie com uma prioridade mais alta apenas se o remetente tiver direito a usá-la, ou entregue por outro caminho.",
    },
    ["7.16"] = {
      name = "Mensagem grande demais para a prioridade indicada",
      description = "A mensagem é maior do que este servidor aceita com a prioridade que ela traz (MT-PRIORITY, RFC 6710). 4.7.16 indica um modo temporário, por exemplo um em que só passam mensagens urgentes pequenas; 5.7.16, um limite de tamanho fixo para essa prioridade.",
      when = "Normalmente como 552, em resposta a MAIL FROM com os parâmetros SIZE e MT-PRIORITY ou depois do DATA, em servidores que vinculam limites de tamanho a níveis de prioridade.",
      fix = "Reduza a mensagem, por exemplo tirando dela os anexos grandes, ou envie-a com uma prioridade cujo limite de tamanho a permita. Um 4.7.16 também pode ser tentado de novo mais tarde sem alterações.",
    },
    ["7.17"] = {
      name = "O dono da caixa de correio mudou",
      description = "A mensagem pediu, por meio do RRVS (o parâmetro RRVS ou o campo de cabeçalho Require-Recipient-Valid-Since da RFC 7293), para ser entregue apenas se a caixa de correio tiver tido um único dono desde uma data indicada, e o receptor sabe que o dono mudou depois dessa data. Isso impede que mensagens destinadas a um antigo usuário cheguem ao novo titular de um endereço reutilizado.",
      when = "Principalmente de grandes provedores de caixas de correio que reciclam endereços abandonados, em resposta a mensagens de remetentes como bancos ou serviços online que registram quando o seu usuário confirmou o endereço pela última vez.",
      fix = "Não reenvie para este endereço: considere que ele não pertence mais ao seu usuário e peça-lhe um endereço atual por outro canal. Um script de devoluções deve marcar a conta para nova verificação em vez de tentar novamente.",
    },
    ["7.18"] = {
      name = "O dono do domínio mudou",
      description = "A mensagem trazia uma data RRVS, e o receptor informa que o domínio do destinatário teve um novo dono desde essa data. O endereço pode agora chegar a uma pessoa diferente daquela que o forneceu.",
      when = "Em resposta a mensagens com o parâmetro RRVS ou o campo de cabeçalho Require-Recipient-Valid-Since, vindo de um sistema receptor que sabe que o domínio foi transferido ou registrado de novo depois da data indicada.",
      fix = "Pare de enviar para o endereço e confirme o endereço atual do usuário por outro caminho. Atualize os registros da conta para que as mensagens seguintes não vão para o novo dono do domínio.",
    },
    ["7.19"] = {
      name = "Não é possível concluir o teste RRVS",
      description = "A mensagem pediu uma verificação de titularidade RRVS, mas o receptor não consegue fazê-la porque não registrou quando a caixa de correio passou ao dono atual.",
      when = "Em resposta a mensagens com o parâmetro RRVS ou o campo de cabeçalho Require-Recipient-Valid-Since, normalmente para caixas de correio antigas, criadas antes de o receptor começar a guardar essas datas.",
      fix = "Avalie se a mensagem pode chegar com segurança ao endereço sem a verificação de titularidade, e só então envie-a de novo sem RRVS. No caso de conteúdo sensível, confirme primeiro o endereço com o usuário.",
    },
    ["7.20"] = {
      name = "Nenhuma assinatura DKIM válida encontrada",
      description = "A política do receptor exige uma assinatura DKIM válida, e a mensagem não tinha nenhuma que fosse verificada. O DKIM (RFC 6376) permite a um domínio assinar as suas mensagens com uma chave publicada no seu DNS.",
      when = "Depois do DATA, geralmente como 550 5.7.20, quando a mensagem não estava assinada de todo, a chave pública não está no DNS, ou o corpo ou os campos de cabeçalho assinados mudaram depois da assinatura, por exemplo por um rodapé de lista de distribuição.",
      fix = "Ative a assinatura DKIM no servidor de saída, publique a chave pública em selector._domainkey sob o domínio que assina e teste uma mensagem enviada com um verificador de DKIM. Um script de devoluções deve alertar o administrador do envio e manter o endereço do destinatário.",
    },
    ["7.21"] = {
      name = "Nenhuma assinatura DKIM aceitável encontrada",
      description = "Algumas assinaturas DKIM da mensagem foram verificadas, mas a política do receptor não aceita nenhuma delas. A assinatura está tecnicamente correta, mas não é uma em que o receptor esteja disposto a confiar.",
      when = "Depois do DATA, quando as únicas assinaturas válidas vêm de um domínio que o receptor não aceita para estas mensagens, como o domínio próprio de um remetente de envios em massa, ou usam parâmetros que ele recusa, como uma chave curta ou SHA-1.",
      fix = "Assine com um domínio que o receptor aceite, geralmente o domínio do campo de cabeçalho From, usando uma chave RSA de 2048 bits e SHA-256. Se o texto da resposta não o disser, pergunte ao postmaster do site receptor o que a sua política exige.",
    },
    ["7.22"] = {
      name = "Nenhuma assinatura DKIM válida correspondente ao autor encontrada",
      description = "Assinaturas DKIM da mensagem foram verificadas, mas nenhuma foi feita pelo domínio do autor, o do campo de cabeçalho From. X.7.21 abrange o caso geral de assinaturas inaceitáveis.",
      when = "Depois do DATA, normalmente quando as mensagens são assinadas apenas pelo domínio de um provedor de serviços de e-mail, enquanto o campo de cabeçalho From mostra o domínio do cliente, o que é comum antes de se configurar a assinatura DKIM personalizada.",
      fix = "Configure o DKIM para que o domínio d= da assinatura corresponda ao domínio do From, por exemplo delegando um seletor ao provedor com registros CNAME e ativando a assinatura com o seu próprio domínio.",
    },
    ["7.23"] = {
      name = "A validação SPF falhou",
      description = "Uma verificação SPF deu o resultado fail, e a política do receptor rejeita essas mensagens. O SPF (RFC 7208) permite a um domínio publicar no DNS quais hosts podem enviar mensagens que usam o seu nome em MAIL FROM ou HELO.",
      when = "Em MAIL FROM, em RCPT ou depois do DATA, geralmente como 550 5.7.23, quando o endereço IP de envio não está coberto por um registro SPF terminado em -all; normalmente são mensagens de um provedor novo que ainda não está no registro, ou mensagens repassadas por um serviço de encaminhamento.",
      fix = "Publique ou corrija o registro SPF do domínio do remetente do envelope para que inclua o endereço IP de envio, ou o mecanismo include: do provedor que envia por você. Os serviços de encaminhamento devem reescrever o remetente do envelope (SRS), para que o SPF seja verificado em relação ao seu próprio domínio.",
    },
    ["7.24"] = {
      name = "Erro na validação SPF",
      description = "A verificação SPF não pôde ser concluída por causa de um erro, e não porque falhou. 4.7.24 corresponde a um erro temporário, como um tempo esgotado de DNS, e 5.7.24 a um erro permanente no registro publicado.",
      when = "Como 451 4.7.24 quando os servidores DNS do domínio do remetente não respondem a tempo, e como 550 5.7.24 quando o registro SPF tem um erro de sintaxe, precisa de mais de 10 consultas DNS, ou o domínio publica mais de um registro SPF.",
      fix = "Verifique o registro SPF com um validador: corrija os erros de sintaxe, junte os registros duplicados num só e achate ou remova mecanismos include: para ficar dentro das 10 consultas. No caso de 4.7.24, certifique-se de que os servidores DNS do domínio respondem; o servidor remetente tenta de novo sozinho.",
    },
    ["7.25"] = {
      name = "A validação do DNS reverso falhou",
      description = "O receptor verificou o DNS reverso do endereço IP do cliente que se conectou, e a verificação falhou segundo a sua política. Geralmente o endereço não tem registro PTR, ou o nome do PTR não resolve de volta para o mesmo endereço.",
      when = "Na conexão, em HELO ou em MAIL FROM, vindo de receptores que exigem DNS reverso confirmado pela consulta direta (forward-confirmed), normalmente para mensagens enviadas de linhas de banda larga residenciais, servidores novos na nuvem ou hosts com um nome PTR genérico.",
      fix = "Peça ao dono do endereço IP, o provedor de hospedagem ou de acesso, que configure um registro PTR com o nome do servidor de e-mail, e publique para esse nome um registro A ou AAAA que aponte de volta para o mesmo endereço. Usar esse nome no HELO também ajuda.",
    },
    ["7.26"] = {
      name = "Várias verificações de autenticação falharam",
      description = "A mensagem falhou em mais de uma verificação de autenticação, por exemplo SPF e DKIM, e a política do receptor a rejeita. O próprio código não diz quais verificações falharam; o texto da resposta pode dizer.",
      when = "Depois do DATA, geralmente como 550 5.7.26, para mensagens cujo SPF e cujo DKIM falham ambos ou não estão alinhados com o domínio do From; grandes provedores o enviam para mensagens não autenticadas e para falhas de DMARC.",
      fix = "Verifique em conjunto o SPF, o DKIM e o DMARC do domínio remetente: o registro SPF deve cobrir o endereço IP de envio e o DKIM deve assinar com um domínio alinhado com o campo de cabeçalho From. Um script de devoluções deve comunicar isso ao administrador do envio, em vez de suprimir o destinatário.",
    },
    ["7.27"] = {
      name = "O endereço do remetente tem null MX",
      description = "O domínio do endereço do remetente publica um registro null MX (RFC 7505), que diz que ele não recebe mensagens, e o receptor recusa as mensagens vindas dele. Um remetente assim nunca poderia receber uma devolução ou uma resposta.",
      when = "Em MAIL FROM, geralmente como 550 5.7.27, para mensagens cujo remetente do envelope está num domínio com um único registro MX de preferência 0 que aponta para \".\", muitas vezes um domínio só de envio ou estacionado.",
      fix = "Use um remetente do envelope (caminho de retorno) num domínio que aceite mensagens ou, se o domínio deve receber mensagens, substitua o null MX por registros MX reais.",
    },
    ["7.28"] = {
      name = "Inundação de mensagens detectada",
      description = "O receptor considerou a mensagem parte de um bombardeio de e-mails: uma rajada de muitas mensagens indesejadas semelhantes dirigidas a um destinatário, como no bombardeio de inscrições (subscription bombing). O registro não lhe atribui código de resposta básico, por isso pode vir como falha temporária ou permanente.",
      when = "De receptores que veem muitas mensagens quase idênticas para um mesmo endereço num curto espaço de tempo, normalmente confirmações de inscrição de muitos sites depois de um atacante digitar o endereço da vítima nos seus formulários.",
      fix = "Se você mantém um formulário de inscrição ou uma lista de distribuição, use confirmação dupla (opt-in confirmado), limites de envio e verificações contra robôs para que não possa ser usado para inundar terceiros, e pare de enviar para o endereço. Um adiamento 4.7.28 pode se resolver quando a inundação terminar.",
    },
    ["7.29"] = {
      name = "Falha na validação ARC",
      description = "A mensagem falhou na validação da sua cadeia ARC, e o receptor a rejeita. O ARC (RFC 8617) permite a intermediários como listas de distribuição e serviços de encaminhamento selar os resultados de autenticação que observaram, para que os saltos seguintes possam confiar neles depois de a mensagem ter sido modificada.",
      when = "Depois do DATA, vindo de receptores que avaliam o ARC, quando um campo de cabeçalho ARC-Seal ou ARC-Message-Signature não é verificado, a cadeia está incompleta, ou um salto alterou a mensagem depois de selá-la.",
      fix = "O administrador do intermediário deve verificar as suas chaves de assinatura ARC no DNS e garantir que só sela depois da sua última alteração à mensagem. Os remetentes podem evitar depender do ARC fazendo as suas mensagens passarem no DKIM por si mesmas.",
    },
    ["7.30"] = {
      name = "Suporte a REQUIRETLS necessário",
      description = "A mensagem foi enviada com a opção REQUIRETLS (RFC 8689), que exige TLS com certificado validado em todos os saltos, e nenhum servidor do salto seguinte suporta REQUIRETLS. A mensagem não é encaminhada e, em vez disso, é devolvida.",
      when = "Numa notificação de status de entrega, ou em resposta a RCPT ou DATA vinda de um servidor de retransmissão, quando uma mensagem enviada com REQUIRETLS em MAIL FROM precisa ir para um domínio cujos servidores de e-mail não anunciam REQUIRETLS.",
      fix = "O remetente pode reenviar sem REQUIRETLS se o conteúdo puder viajar sem essa garantia, ou usar outro canal. O administrador do domínio do destinatário pode implantar um servidor de e-mail que suporte REQUIRETLS, com MTA-STS ou DANE para que o seu certificado possa ser validado.",
    },
  },
  provider = {
    ["4.7.650-4.7.651"] = {
      name = "Limitação de ritmo pela reputação do IP",
      description = "O Outlook.com ou o Microsoft 365 está desacelerando as mensagens vindas do endereço IP de envio por causa da reputação dele. A resposta diz que o ritmo de envio do servidor foi limitado temporariamente e geralmente traz uma marca S775 ou S3114.",
      fix = "Mantenha as mensagens na fila e tente novamente devagar. Reduza o volume enviado à Microsoft, verifique o IP no Microsoft SNDS e, se a situação durar dias, peça uma mitigação ao suporte a remetentes da Microsoft.",
    },
    ["4.7.500-4.7.699"] = {
      name = "Envio temporariamente restrito",
      description = "A Microsoft detectou tráfego incomum do remetente e o retém enquanto o examina com mais atenção. Isso acontece com mais frequência com endereços IP novos e com aumentos bruscos de volume.",
      fix = "Tente novamente mais tarde e aumente o volume aos poucos. A restrição é levantada sozinha quando o tráfego parece legítimo.",
    },
    ["4.7.850-4.7.899"] = {
      name = "IP de envio temporariamente restrito",
      description = "A Microsoft detectou tráfego suspeito vindo do endereço IP de envio e o restringe enquanto o avalia.",
      fix = "Tente novamente mais tarde, num ritmo menor. Se o tráfego for legítimo, a restrição termina sozinha.",
    },
    ["5.1.90"] = {
      name = "Limite diário de destinatários atingido",
      description = "A conta remetente do Microsoft 365 atingiu o seu limite de destinatários por dia.",
      fix = "Espere o limite ser renovado e envie menos. Atingir esse limite de repente muitas vezes significa que a conta foi invadida, por isso verifique se ela foi comprometida.",
    },
    ["5.2.121-5.2.122"] = {
      name = "Limite de recebimento por hora do destinatário excedido",
      description = "O destinatário recebeu mensagens demais nesta hora, deste remetente (5.2.121) ou de todos os remetentes (5.2.122).",
      fix = "Envie de novo mais tarde e espace as mensagens para esse destinatário. Os sistemas de envio automático devem agrupar as suas notificações.",
    },
    ["5.4.14"] = {
      name = "Laço de roteamento detectado",
      description = "O Exchange Online interrompeu uma mensagem que continuava sendo passada adiante num laço.",
      fix = "Procure, dos dois lados, regras de encaminhamento ou conectores que mandam as mensagens de volta para onde vieram.",
    },
    ["5.4.300"] = {
      name = "Mensagem expirada",
      description = "O Exchange Online desistiu da mensagem porque não conseguiu entregá-la a tempo.",
      fix = "Verifique se o servidor de destino está acessível e respondendo, e depois envie de novo.",
    },
    ["5.4.310"] = {
      name = "O domínio do destinatário não existe",
      description = "O Exchange Online não encontrou no DNS nenhum domínio com o nome de domínio do destinatário.",
      fix = "Verifique a grafia do domínio. Se estiver correta, o domínio expirou ou não está configurado no DNS, e o endereço não pode receber mensagens.",
    },
    ["5.6.11"] = {
      name = "LF isolados na mensagem",
      description = "A mensagem contém caracteres de avanço de linha (LF) sem um retorno de carro (CR) antes deles, o que o SMTP não permite.",
      fix = "Faça o software de envio terminar cada linha com CR LF.",
    },
    ["5.7.57"] = {
      name = "Submissão anônima recusada",
      description = "Uma aplicação ou um dispositivo tentou enviar através de smtp.office365.com sem antes fazer login.",
      fix = "Configure a aplicação para se autenticar com uma caixa de correio licenciada, ou use um conector ou o envio direto (direct send).",
    },
    ["5.7.64"] = {
      name = "Falha na atribuição ao locatário (tenant)",
      description = "O Exchange Online não conseguiu associar a mensagem retransmitida a um conector de entrada da organização, por isso se recusou a retransmiti-la.",
      fix = "Verifique o conector de entrada: o endereço IP de envio ou o certificado do servidor local (on-premises) deve corresponder ao que o conector espera.",
    },
    ["5.7.124"] = {
      name = "Remetente não permitido para o grupo",
      description = "O destinatário é um grupo que só aceita mensagens de uma lista de remetentes permitidos, e o remetente não está nela.",
      fix = "Peça ao dono do grupo ou ao administrador do destinatário que permita o remetente.",
    },
    ["5.7.133-5.7.136"] = {
      name = "O destinatário só aceita remetentes internos",
      description = "O destinatário (um grupo, uma caixa de correio, uma pasta pública ou um usuário de e-mail) está configurado para recusar mensagens de fora da sua organização.",
      fix = "Só o administrador do destinatário pode mudar isso; entre em contato com ele.",
    },
    ["5.7.321-5.7.324"] = {
      name = "Falha na verificação de TLS ou DANE do destino",
      description = "O Exchange Online não conseguiu entregar com segurança: o servidor de destino não oferece TLS, apresenta um certificado expirado, falha na validação DANE ou devolve registros DNSSEC que não passam na verificação.",
      fix = "O problema está no lado do destino; peça ao administrador dele que corrija o certificado TLS ou os registros DNS.",
    },
    ["5.7.501-5.7.503"] = {
      name = "Conta remetente banida por spam",
      description = "A Microsoft baniu a conta remetente porque ela enviou spam, geralmente depois de a conta ter sido comprometida.",
      fix = "Proteja a conta e redefina as suas credenciais, e depois peça ao suporte da Microsoft que restabeleça o envio.",
    },
    ["5.7.504-5.7.505"] = {
      name = "Endereço do destinatário inválido",
      description = "O endereço do destinatário não é válido no destino, ou o destinatário está banido lá.",
      fix = "Verifique o endereço e, se estiver correto, pare de enviar para ele.",
    },
    ["5.7.506"] = {
      name = "HELO inválido",
      description = "O servidor remetente se apresentou com o nome do servidor ao qual estava se conectando, algo que os robôs de spam fazem.",
      fix = "Faça o servidor remetente anunciar no HELO ou EHLO o seu próprio nome de host totalmente qualificado.",
    },
    ["5.7.507"] = {
      name = "Bloqueado pela organização do destinatário",
      description = "A organização do destinatário bloqueou o próprio endereço IP de envio.",
      fix = "Entre em contato com o destinatário para que o bloqueio seja removido.",
    },
    ["5.7.508"] = {
      name = "Faixa IPv6 acima do limite",
      description = "A faixa IPv6 do remetente tentou enviar mensagens demais num espaço de tempo curto demais.",
      fix = "Envie menos e distribua as mensagens ao longo do tempo.",
    },
    ["5.7.509"] = {
      name = "Falha de DMARC com política reject",
      description = "O domínio do campo de cabeçalho From falhou no DMARC, e esse domínio publica uma política reject.",
      fix = "Faça o SPF ou o DKIM passar e ficar alinhado com o domínio do From, por exemplo assinando com DKIM para esse domínio em todos os serviços que enviam em nome dele.",
    },
    ["5.7.510"] = {
      name = "O destinatário recusa IPv6",
      description = "O domínio do destinatário não aceita mensagens entregues por IPv6.",
      fix = "Entregue para esse domínio por IPv4.",
    },
    ["5.7.511"] = {
      name = "IP de envio banido",
      description = "A Microsoft baniu o endereço IP de onde vêm as mensagens.",
      fix = "Elimine a causa e depois peça à Microsoft que retire o endereço da lista, citando a resposta completa e o endereço IP.",
    },
    ["5.7.512"] = {
      name = "Campo de cabeçalho From ausente ou inválido",
      description = "A mensagem não tem um endereço válido no campo de cabeçalho From, como exige a RFC 5322.",
      fix = "Faça o software de envio escrever um campo de cabeçalho From com um endereço correto entre sinais de menor e maior.",
    },
    ["5.7.513"] = {
      name = "Na lista de bloqueio própria do domínio do destinatário",
      description = "O domínio do destinatário pôs o endereço IP de envio na sua própria lista de bloqueio personalizada.",
      fix = "Entre em contato com a organização do destinatário e peça que ela remova o endereço.",
    },
    ["5.7.515"] = {
      name = "Domínio remetente abaixo do nível de autenticação exigido",
      description = "O Outlook.com recusa mensagens de um domínio que envia em grande volume e cujo domínio do From não passa no SPF, no DKIM e no DMARC, como a Microsoft exige.",
      fix = "Publique SPF e DKIM para o domínio do From e faça os dois passarem, e publique um registro DMARC com o qual pelo menos um deles esteja alinhado.",
    },
    ["5.7.606-5.7.649"] = {
      name = "IP de envio na lista de bloqueio da Microsoft",
      description = "O serviço da Microsoft baniu o endereço IP de onde vêm as mensagens.",
      fix = "Descubra e interrompa o que prejudicou a reputação do endereço IP, e depois peça a remoção pelo portal de autoatendimento da Microsoft para retirada de listas (delist).",
    },
    ["5.7.703"] = {
      name = "Destinatário bloqueado pela própria organização do remetente",
      description = "A Lista de Permissões/Bloqueios do Locatário (Tenant Allow/Block List) da própria organização remetente do Microsoft 365 bloqueia mensagens para este destinatário, por isso a mensagem nunca saiu da organização do remetente.",
      fix = "O administrador da organização remetente remove da Lista de Permissões/Bloqueios do Locatário a entrada que bloqueia o destinatário; o lado do destinatário não pode alterá-la.",
    },
    ["5.7.708"] = {
      name = "Tráfego deste IP não aceito",
      description = "A Microsoft não aceita mensagens do endereço IP usado pela organização remetente do Microsoft 365, por causa da má reputação das mensagens que vêm dele.",
      fix = "Descubra e interrompa o que prejudicou a reputação, por exemplo uma conta comprometida, e depois entre em contato com o suporte da Microsoft.",
    },
    ["5.7.700-5.7.749"] = {
      name = "Organização remetente restrita",
      description = "Boa parte do tráfego da organização remetente do Microsoft 365 parecia suspeita, por isso a Microsoft restringiu as suas mensagens de saída.",
      fix = "Feche todas as contas e servidores comprometidos e todos os relays abertos, e depois peça ao suporte da Microsoft que suspenda a restrição.",
    },
    ["5.7.750"] = {
      name = "Envio a partir de domínios não registrados",
      description = "A organização remetente do Microsoft 365 envia mensagens demais a partir de domínios que não adicionou nem verificou.",
      fix = "Adicione e verifique todos os domínios a partir dos quais a organização envia.",
    },
    ["4.7.32"] = {
      name = "Campo From não alinhado (adiado)",
      description = "O Gmail limita o ritmo de entrega da mensagem porque o domínio do From não está alinhado com o domínio que o SPF ou o DKIM autenticou.",
      fix = "Assine com DKIM para o domínio do From, ou envie com um remetente do envelope nesse domínio, para que o alinhamento DMARC se mantenha.",
    },
    ["5.7.32"] = {
      name = "Campo From não alinhado",
      description = "O Gmail bloqueia a mensagem porque o domínio do From não está alinhado com o domínio que o SPF ou o DKIM autenticou.",
      fix = "Assine com DKIM para o domínio do From, ou envie com um remetente do envelope nesse domínio, para que o alinhamento DMARC se mantenha.",
    },
    ["4.7.40"] = {
      name = "Sem registro DMARC",
      description = "O Gmail limita o ritmo das mensagens em massa de um domínio que não publica registro DMARC ou não publica política DMARC.",
      fix = "Publique para o domínio de envio um registro DMARC com uma política.",
    },
  },
}
