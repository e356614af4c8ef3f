import path from 'node:path';
import type { Logger } from '../../config/logger';
import type { Db } from '../../db/prismaClient';
import type { ConversationGateway } from '../../turn/conversationGateway';
import { CallbackInbox } from './callbackInbox';
import { ChatNotifier } from './chatNotifier';
import { OpeningCounts } from './openingCounts';
import { PartnerChats } from './partnerChats';
import { supportKey } from './sealing';
import { SupportDesk } from './supportDesk';
import { SupportSettings } from './supportSettings';
import { TenantChats } from './tenantChats';

export type Support = ReturnType<typeof createSupport>;

export interface SupportOptions {
  /** SUPPORT_DATA_KEY, or undefined for the key file made next to the data. */
  configuredKey: string | undefined;
  dataDir: string;
  /** SUPPORT_KEY_FILE: the key file outside the data folder (default: support.key in dataDir). */
  keyFile?: string;
  /** DISCREET_CHAT_IDLE_MINUTES: a path with a chat open is erased after this long without a message. */
  idleMinutes: number;
  gateway: ConversationGateway;
  log: Logger;
}

/** The discreet path's services, wired together. */
export function createSupport(db: Db, options: SupportOptions) {
  const defaultFile = path.join(options.dataDir, 'support.key');
  const key = supportKey(options.configuredKey, options.keyFile ?? defaultFile, defaultFile);
  const openings = new OpeningCounts(db);
  const desk = new SupportDesk(db, key, { chat: new TenantChats(db, key, options.idleMinutes), openings });
  return {
    /** The support key: the pipeline seals its rows and conversation states with it too. */
    key,
    desk,
    settings: new SupportSettings(db, () => desk.forgetCodeWords()),
    inbox: new CallbackInbox(db, key),
    chats: new PartnerChats(db, key, new ChatNotifier(options.gateway, options.log), options.idleMinutes),
    openings,
  };
}
