/** What the bot writes in the staff groups: for the managers, in Italian. */
export const TOPIC_LABELS: Record<string, string> = {
  maintenance: 'Guasti e manutenzione',
  health: 'Salute',
  rent: 'Affitto e contratto',
  neighbourhood: 'Vita di quartiere',
  other: 'Altro',
};

export const staffTexts = {
  topicName: (id: number, topic: string, language: string) => `#${id} · ${TOPIC_LABELS[topic] ?? topic} · ${language}`.slice(0, 128),
  newRequest: (id: number, neighbourhood: string, topic: string, language: string, name: string) =>
    `🙋 Nuova richiesta #${id}\nQuartiere: ${neighbourhood}\nArgomento: ${TOPIC_LABELS[topic] ?? topic}\nLingua: ${language}${name ? `\nNome: ${name}` : ''}\n\nRispondete in questo argomento: il messaggio arriva all'inquilino. /chiudi per chiudere.`,
  claimButton: '✋ Prendo io',
  tenantSays: (name: string, text: string) => `👤 ${name || 'Inquilino'}: ${text}`,
  staffSaysFromConsole: (name: string, text: string) => `💬 ${name} (console): ${text}`,
  claimedBy: (name: string) => `✋ Presa in carico da ${name}.`,
  alreadyClaimed: (name: string) => `⚠️ La chat è già di ${name || 'un collega'}: il messaggio non è stato inviato.`,
  notLinked: '⚠️ Il tuo account Telegram non è collegato a un account della console: chiedi all\'amministratore di inserire il tuo ID Telegram.',
  notAllowed: '⚠️ Non puoi rispondere a questa richiesta.',
  notDelivered: (reason: string) => `⚠️ Non consegnato all'inquilino (${reason}). Riprova dalla console.`,
  closed: '✅ Chiusa.',
  cancelled: "✖️ Annullata dall'inquilino.",
  handedBack: "↩️ Restituita all'assistente (resta aperta).",
  transferred: '↪️ Trasferita.',
  overdue: (minutes: number) => `⏰ In attesa da più di ${minutes} minuti.`,
};
