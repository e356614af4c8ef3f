import type { ConversationAddress } from '../../bot/turn/conversationGateway';

/** What the discreet support path needs from the turn: following its messages, erasing them, its contacts. */
export interface DiscreetPath {
  /**
   * This turn belongs to the path: its messages (the tenant's and the bot's) are erased on exit or after
   * idleMinutes without a message (DISCREET_IDLE_MINUTES when not given; longer while a chat is open).
   */
  follow(idleMinutes?: number): Promise<void>;
  /** Deletes every message of the path from the chat. */
  erase(): Promise<void>;
  /** Deletes them if the path has been idle for long enough (it may have moved since the timer was set); true if so. */
  expire(): Promise<boolean>;
}

export interface SupportContact {
  name: string;
  phone: string;
  hours: string;
  address: string;
}

export interface CallbackInput {
  phone: string;
  /** The day to call, in Milan: "YYYY-MM-DD". */
  date: string;
  /** morning, afternoon or evening (callbackWindows.ts). */
  window: string;
  language: string;
}

/** The tenant's side of a chat with a partner operator: what it needs from the support service. */
export interface SupportChatPort {
  /** Minutes without a message, on either side, after which the path (and the chat with it) is erased. */
  readonly idleMinutes: number;
  /** Opens a chat waiting for an operator; the address and language are kept sealed. Returns the chat's id. */
  open(input: { address: ConversationAddress; language: string }): Promise<string>;
  /** A message of the tenant, sealed; false when the chat no longer exists (ended by the operator, swept). */
  say(chatId: string, text: string): Promise<boolean>;
  /** Ends the chat: it and its messages are deleted (nothing happens if it is gone already). */
  end(chatId: string): Promise<void>;
}

/** What 1522 offers, as coordinators keep it (support setting "line1522"). */
export interface Line1522Facts {
  /** ISO 639 codes of the languages 1522 answers in. */
  languages: string[];
  /** 1522's chat (website and app), for those who cannot speak. */
  chatUrl: string;
}

/** The path's data: partners' contacts, code words, the encrypted call-back and chat, and a count of openings. */
export interface SupportDesk {
  /** The partners coordinators set, in the tenant's language where translated. */
  contacts(language: string): Promise<SupportContact[]>;
  line1522(): Promise<Line1522Facts>;
  isCodeWord(text: string): Promise<boolean>;
  requestCallback(input: CallbackInput): Promise<void>;
  /** One more opening of the path today: a number per day, never who. */
  /** Counts an opening of the path (the channel says whether it is a sandbox trial, which counts in no figure). */
  countOpening(channel: string): Promise<void>;
  readonly chat: SupportChatPort;
}

/** The event that erases a path left idle (DiscreetTrail's timer). */
export const DISCREET_EVENT = 'casa.discreet';

/** The event an operator's side of the chat arrives as (taken, a reply, ended), in the tenant's chat. */
export const SUPPORT_CHAT_EVENT = 'casa.supportChat';

export interface SupportChatEventValue {
  chatId: string;
  change: 'taken' | 'reply' | 'ended';
  /** The operator's reply. */
  text?: string;
  /**
   * Set by the tenant's dialog once it showed the change, so the operator learns whether the person is still
   * in the chat. The event runs in this process (ConversationGateway.runEvent), so the object comes back.
   */
  receipt: { shown: boolean };
}

/** Code words are compared without case, accents or spaces around. */
export function normalizeCodeWord(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').trim().toLowerCase().replace(/\s+/g, ' ');
}
