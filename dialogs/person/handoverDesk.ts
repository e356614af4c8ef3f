import type { IncomingContent } from '../engine/incomingContent';

/**
 * What the person dialogs need from the community desk. The desk service implements it; dialogs see no
 * database and no channel.
 */
export const DESK_TOPICS = ['maintenance', 'health', 'rent', 'neighbourhood', 'other'] as const;
export type DeskTopic = (typeof DESK_TOPICS)[number];

export type DeskContent = IncomingContent;

export type RequestStatus = 'waiting' | 'claimed' | 'bot' | 'closed' | 'cancelled';

export interface DeskStatus {
  requestId: number;
  status: RequestStatus;
  neighbourhoodId: string;
  /** Place in the neighbourhood's queue (1 = next), while waiting. */
  position: number;
  expectedMinutes: number;
  /** When the desk opens, if it is closed now. */
  opensAt?: Date;
  /** Who has the chat, once claimed. */
  staffName?: string;
}

export interface OpenRequestInput {
  tenantId: string;
  neighbourhoodId: string;
  topic: DeskTopic;
  language: string;
  address: { channel: string; conversationId: string; userId: string };
  /** The tenant's first message, when they wrote one. */
  first?: DeskContent;
  /** Put ahead in the queue (a rent letter with a date within 30 days). */
  urgent?: boolean;
}

export interface HandoverDesk {
  /** The tenant's request that is still open (waiting, with a manager, or handed back to the bot). */
  openRequestOf(tenantId: string): Promise<DeskStatus | undefined>;
  open(input: OpenRequestInput): Promise<DeskStatus>;
  /** Puts a request handed back to the bot in the queue again. */
  resume(requestId: number): Promise<DeskStatus>;
  addTenantMessage(requestId: number, content: DeskContent): Promise<void>;
  /** Puts an open request ahead in the queue (what the tenant sent made it urgent). */
  markUrgent(requestId: number): Promise<void>;
  /** The tenant leaves: a waiting request is cancelled, a chat with a manager is closed. */
  leave(requestId: number): Promise<'cancelled' | 'closed'>;
  /** Rates the tenant's last closed, unrated request; false when there is none. */
  rateLatest(tenantId: string, rating: number, comment: string | undefined): Promise<boolean>;
}

/** A desk change, as the event activity's value (DESK_EVENT). */
export interface DeskEventValue {
  requestId: number;
  change: 'claimed' | 'transferred' | 'closed' | 'handedBack';
  staffName?: string;
  neighbourhoodId?: string;
}
