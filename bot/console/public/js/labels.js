// Italian names of the codes the server sends (topics, statuses, outcomes, roles).

export const TOPICS = {
  maintenance: 'Guasti e manutenzione',
  health: 'Salute',
  rent: 'Affitto e contratto',
  neighbourhood: 'Vita di quartiere',
  other: 'Altro',
};

export const STATUSES = {
  waiting: 'In attesa',
  claimed: 'In carico',
  bot: 'Restituita al bot',
  closed: 'Chiusa',
  cancelled: 'Annullata',
};

/** In the order the close form offers them. */
export const OUTCOMES = [
  ['resolved', 'Risolto'],
  ['referred', 'Indirizzato ad altro servizio'],
  ['report_opened', 'Segnalazione aperta'],
  ['appointment_booked', 'Appuntamento preso'],
  ['no_answer', 'Nessuna risposta'],
  ['other', 'Altro'],
];

export const ROLES = {
  community_manager: 'Community manager',
  coordinator: 'Coordinatore',
  admin: 'Amministratore',
};
