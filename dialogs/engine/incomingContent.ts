import type { Activity } from 'botbuilder';
import { CONTACT_ENTITY, GEO_ENTITY, type ContactEntity, type GeoEntity, type IncomingChannelData } from '../../bot/turn/activityContract';
import { incomingKind } from './incoming';

export const CONTENT_KINDS = ['text', 'photo', 'document', 'voice', 'location', 'contact'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** One thing the tenant sent, in channel-neutral terms. */
export interface IncomingContent {
  kind: ContentKind;
  text?: string;
  /** Where the channel can fetch the file again (opaque). */
  fileUrl?: string;
  fileName?: string;
  mimeType?: string;
  /** Bytes, when the channel tells it. */
  size?: number;
  latitude?: number;
  longitude?: number;
}

/** What the tenant sent this turn, or undefined for what cannot be passed on (stickers, polls, empty texts). */
export function incomingContent(activity: Partial<Activity>): IncomingContent | undefined {
  const kind = incomingKind(activity);
  const caption = activity.text?.trim() ? activity.text.trim() : undefined;
  switch (kind) {
    case 'text':
      return caption ? { kind: 'text', text: caption } : undefined;
    case 'photo':
    case 'document':
    case 'voice': {
      const file = activity.attachments?.[0];
      if (!file?.contentUrl) return undefined;
      const size = (activity.channelData as IncomingChannelData | undefined)?.fileSize;
      return { kind, text: caption, fileUrl: file.contentUrl, fileName: file.name, mimeType: file.contentType, ...(size !== undefined ? { size } : {}) };
    }
    case 'location': {
      const geo = activity.entities?.find((entity) => entity.type === GEO_ENTITY) as GeoEntity | undefined;
      return geo ? { kind, latitude: geo.latitude, longitude: geo.longitude } : undefined;
    }
    case 'contact': {
      const contact = activity.entities?.find((entity) => entity.type === CONTACT_ENTITY) as ContactEntity | undefined;
      return contact ? { kind, text: contact.phoneNumber } : undefined;
    }
    default:
      return undefined;
  }
}
