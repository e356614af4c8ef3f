import type { i18n as I18n } from 'i18next';
import type { Logger } from '../../config/logger';
import { unitOfWorkOf, type Db } from '../../db/prismaClient';
import { speaks } from '../../i18n/i18n';
import type { ConversationGateway } from '../../turn/conversationGateway';
import { createStaff } from '../staff/createStaff';
import { CannedReplies } from './cannedReplies';
import { DeskCalendarService } from './deskCalendarService';
import { DeskEvents } from './deskEvents';
import { DeskFigures } from './deskFigures';
import { DeskQueries } from './deskQueries';
import { DeskScheduler } from './deskScheduler';
import { DeskSettingsService } from './deskSettings';
import { StaffDesk } from './staffDesk';
import { StaffMessages } from './staffMessages';
import { TenantDesk } from './tenantDesk';
import { TenantNotifier } from './tenantNotifier';

export type Desk = ReturnType<typeof createDesk>;

/** The community desk's services, wired together. */
export function createDesk(db: Db, gateway: ConversationGateway, i18n: I18n, log: Logger) {
  const unit = unitOfWorkOf(db);
  const events = new DeskEvents(
    (error, event) => log.error({ err: error.message, event: event.type, requestId: event.requestId }, 'desk listener failed'),
    (emit) => unit.afterCommit(emit),
  );
  const calendar = new DeskCalendarService(db);
  const notifier = new TenantNotifier(gateway, log);
  const staffDesk = new StaffDesk(db, calendar, events, notifier);
  const staffMessages = new StaffMessages(db, staffDesk, gateway, events, i18n);
  // A language the bot has no texts in (not offered any more) is shown by its code.
  const languageName = (code: string) => (speaks(i18n, code) ? i18n.getFixedT(code)('language:name') : code);
  const staff = createStaff(db);
  return {
    languageName,
    events,
    calendar,
    staffDesk,
    staffMessages,
    tenantDesk: new TenantDesk(db, calendar, events),
    queries: new DeskQueries(db, languageName),
    ...staff,
    canned: new CannedReplies(db),
    settings: new DeskSettingsService(db),
    figures: new DeskFigures(db),
    scheduler: new DeskScheduler(db, events, staffMessages, log),
  };
}
