import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { TFunction } from 'i18next';
import type { Language } from '../../bot/i18n/languages';
import type { HandoverDesk } from '../person/handoverDesk';
import type { MaintenanceDesk } from '../maintenance/reportDesk';
import type { BookingDesk, HealthDesk } from '../health/healthDesk';
import type { DiscreetPath, SupportDesk } from '../wellbeing/discreetPath';
import type { PrivacyDesk } from '../privacy/privacyDesk';
import type { Tree } from '../schema';

/** What dialogs may use during a turn; the turn handler provides it, so dialogs know no channel and no database. */
export interface TurnServices {
  /** The dialog content of this turn: the published version, or the draft in the sandbox's preview. */
  content: DialogContent;
  /** The tenant's language, once known. */
  language: Language | undefined;
  /** Texts in the tenant's language (Italian until it is known). */
  t: TFunction;
  /** Texts in any language (the picker names each language in itself). */
  textsIn(language: Language): TFunction;
  setLanguage(language: Language): Promise<void>;
  /** The buttons of the last question asked, to tell a current press from a stale one. */
  buttons: StatePropertyAccessor<ButtonsState>;
  tenant: { id: string; neighbourhoodId: string | undefined };
  setNeighbourhood(neighbourhoodId: string): Promise<void>;
  /** The community desk: requests to talk to a person. */
  desk: HandoverDesk;
  /** Maintenance reports. */
  reports: MaintenanceDesk;
  /** Health appointments. */
  health: HealthDesk;
  /** Appointments at the C.A.S.A. centre desks (rent, arrears, letters). */
  centre: BookingDesk;
  /** The discreet support path: its contacts and call-backs, and the trail of its messages. */
  support: SupportDesk;
  discreet: DiscreetPath;
  /** What the bot keeps about the tenant: summary, export, erasure. */
  privacy: PrivacyDesk;
  /** Keeps this turn out of the tenant's transcript (the chat with a person is stored apart). */
  keepOutOfTranscript(): void;
  /** The tenant was erased: the conversation's state goes at the end of the turn, and the next message starts afresh. */
  forgetConversation(): void;
}

export interface DialogContent {
  tree(id: string): Tree | undefined;
  /** The languages offered to tenants, in the picker's order. */
  readonly languages: readonly Language[];
}

export interface ButtonsState {
  nonce?: string;
}

const KEY = Symbol('casaTurnServices');

export function setTurnServices(context: TurnContext, services: TurnServices): void {
  context.turnState.set(KEY, services);
}

export function turnServices(context: TurnContext): TurnServices {
  const services = context.turnState.get(KEY) as TurnServices | undefined;
  if (!services) throw new Error('Turn services are missing: the turn handler must set them');
  return services;
}
