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
  nurse: 'Infermiere/a di comunità',
  partner_support: 'Operatrice/operatore centro antiviolenza',
  partner_lead: 'Responsabile del centro antiviolenza',
};

/** Maintenance report categories, in the order the filters offer them. */
export const REPORT_CATEGORIES = {
  water: "Perdita d'acqua",
  heating: 'Riscaldamento e acqua calda',
  electrical: 'Impianto elettrico',
  lift: 'Ascensore',
  doors: 'Porte, finestre e serrature',
  intercom: 'Citofono',
  damp: 'Umidità e muffa',
  pests: 'Animali infestanti',
  common: 'Parti comuni e pulizia',
  other: 'Altro',
};

/** Maintenance report statuses, in the order of their life. */
export const REPORT_STATUSES = {
  received: 'Ricevuta',
  assigned: 'Assegnata',
  scheduled: 'Intervento programmato',
  resolved: 'Risolta',
  duplicate: 'Chiusa come doppione',
  rejected: 'Respinta',
};

export const REJECT_REASONS = {
  not_aler: 'Non è di competenza ALER',
  tenant_duty: "A carico dell'inquilino",
  not_found: 'Guasto non riscontrato',
  other: 'Altro motivo',
};

export const COMMON_AREAS = {
  entrance: 'Ingresso e androne',
  stairs: 'Scale',
  lift: 'Ascensore',
  courtyard: 'Cortile',
  cellar: 'Cantine',
  roof: 'Tetto',
  garage: 'Box e autorimessa',
  other: 'Altra parte comune',
};

/** When someone can come in to see the fault. */
export const ACCESS_TIMES = {
  mornings: 'Di mattina',
  afternoons: 'Di pomeriggio',
  anytime: 'A qualsiasi ora',
  phone: 'Telefonare prima',
};

/** The questions some categories ask (the report's details), and the answers given by buttons. */
export const DETAIL_QUESTIONS = {
  liftWhich: 'Quale ascensore',
  liftStuck: 'Fermo tra due piani',
  ceiling: 'Acqua dal soffitto',
  heatingSince: 'Da quando',
};
export const DETAIL_ANSWERS = {
  yes: 'Sì',
  no: 'No',
  today: 'Da oggi',
  days: 'Da 2 o 3 giorni',
  week: 'Da una settimana o più',
};

/** Where a report came from. */
export const REPORT_SOURCES = {
  telegram: 'Telegram',
  sandbox: 'Prova (sandbox)',
  open311: 'Open311 (servizio esterno)',
};

/** Health appointments: what the agenda says of each. */
export const APPOINTMENT_STATUSES = {
  held: 'In attesa di conferma',
  booked: 'Prenotato',
  attended: 'Presente',
  noshow: 'Assente',
  cancelled: 'Annullato',
};

/** The health points' weekly sessions: 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = {
  1: 'Lunedì',
  2: 'Martedì',
  3: 'Mercoledì',
  4: 'Giovedì',
  5: 'Venerdì',
  6: 'Sabato',
  7: 'Domenica',
};

/** The discreet path's call-back windows, as the tenant chose them in the bot. */
export const CALLBACK_WINDOWS = {
  'today-morning': 'Oggi mattina',
  'today-afternoon': 'Oggi pomeriggio',
  'today-evening': 'Oggi sera',
  'tomorrow-morning': 'Domani mattina',
  'tomorrow-afternoon': 'Domani pomeriggio',
  'tomorrow-evening': 'Domani sera',
};
