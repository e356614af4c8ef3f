import path from 'node:path';
import type { Db } from '../../db/prismaClient';
import { CallbackInbox } from './callbackInbox';
import { supportKey } from './sealing';
import { SupportDesk } from './supportDesk';
import { SupportSettings } from './supportSettings';

export type Support = ReturnType<typeof createSupport>;

/** The discreet path's services, wired together. */
export function createSupport(db: Db, configuredKey: string | undefined, dataDir: string) {
  const key = supportKey(configuredKey, path.join(dataDir, 'support.key'));
  const desk = new SupportDesk(db, key);
  return { desk, settings: new SupportSettings(db, () => desk.forgetCodeWords()), inbox: new CallbackInbox(db, key) };
}
