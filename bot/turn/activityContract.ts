/**
 * What channels put into an incoming activity and dialogs read from it. Both sides use these names, so a
 * dialog never needs to know which channel it runs on.
 */
export const CHANNEL_DATA_KIND = 'casaKind';

export type IncomingKind =
  | 'text'
  | 'button'
  | 'photo'
  | 'document'
  | 'voice'
  | 'location'
  | 'contact'
  | 'unsupported';

export interface IncomingChannelData {
  [CHANNEL_DATA_KIND]: IncomingKind;
  /** What the tenant sent when the kind is unsupported (sticker, video, poll…), for logs. */
  unsupported?: string;
  /** The label of the pressed button, when the channel knows it (for the transcript). */
  pressedLabel?: string;
  /** The message whose button was pressed, so a second press on a keyboard already answered is told apart. */
  pressedMessageRef?: string;
  /** The size in bytes of the attached file, when the channel tells it. */
  fileSize?: number;
  /** How to delete this message later (a ConversationReference.activityId), where the channel can. */
  messageRef?: string;
  /** The sandbox's preview: the turn runs on the coordinators' draft instead of the published content. */
  preview?: 'draft';
}

/** A pressed button arrives as a message whose value is this (Bot Framework's postBack convention). */
export interface ButtonValue {
  button: string;
}

export const GEO_ENTITY = 'GeoCoordinates';
export interface GeoEntity {
  type: typeof GEO_ENTITY;
  latitude: number;
  longitude: number;
}

export const CONTACT_ENTITY = 'Contact';
export interface ContactEntity {
  type: typeof CONTACT_ENTITY;
  phoneNumber: string;
  /** True when the tenant shared their own number. */
  own: boolean;
}

/** Outgoing hints: how many buttons a row (1 by default: big buttons, easy to hit), and how the message is delivered. */
export interface OutgoingChannelData {
  columns?: number;
  /** The message cannot be forwarded or saved (the discreet path). */
  protectContent?: boolean;
  /** The message arrives without sound (the discreet path, once the tenant chose silence). */
  silent?: boolean;
}
