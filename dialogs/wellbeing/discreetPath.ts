/** What the discreet support path needs from the turn: following its messages, erasing them, its contacts. */
export interface DiscreetPath {
  /** This turn belongs to the path: its messages (the tenant's and the bot's) are erased on exit or after a while. */
  follow(): void;
  /** Deletes every message of the path from the chat. */
  erase(): Promise<void>;
}

export interface SupportContact {
  name: string;
  phone: string;
  hours: string;
  address: string;
}

export interface CallbackInput {
  phone: string;
  /** today-morning, today-afternoon, tomorrow-morning… */
  window: string;
  language: string;
}

/** The path's data: partners' contacts, code words, and the only thing stored, an encrypted call-back. */
export interface SupportDesk {
  contacts(): Promise<SupportContact[]>;
  isCodeWord(text: string): Promise<boolean>;
  requestCallback(input: CallbackInput): Promise<void>;
}

/** The event that erases a path left idle (DiscreetTrail's timer). */
export const DISCREET_EVENT = 'casa.discreet';

/** Code words are compared without case, accents or spaces around. */
export function normalizeCodeWord(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').trim().toLowerCase().replace(/\s+/g, ' ');
}
