import type { i18n as I18n } from 'i18next';
import type { Db } from '../db/prismaClient';
import type { CannedReplies } from '../services/desk/cannedReplies';
import type { DeskCalendarService } from '../services/desk/deskCalendarService';
import type { DeskEvents } from '../services/desk/deskEvents';
import type { DeskFigures } from '../services/desk/deskFigures';
import type { DeskQueries } from '../services/desk/deskQueries';
import type { DeskSettingsService } from '../services/desk/deskSettings';
import type { StaffDesk } from '../services/desk/staffDesk';
import type { StaffMessages } from '../services/desk/staffMessages';
import type { Maintenance } from '../services/maintenance/createMaintenance';
import type { Health } from '../services/health/createHealth';
import type { Centre } from '../services/centre/createCentre';
import type { Support } from '../services/support/createSupport';
import type { Privacy } from '../services/privacy/createPrivacy';
import type { Content } from '../services/content/createContent';
import type { StaffAccounts } from '../services/staff/staffAccounts';
import type { FailedTurns } from '../services/pipeline/failedTurns';
import type { AuditLog } from '../services/staff/auditLog';
import type { OpeningLog } from '../services/staff/openingLog';
import type { PartnerInvites } from '../services/staff/partnerInvites';
import type { PartnerOrganisations } from '../services/staff/partnerOrganisations';

/** A file a channel fetched again for the console (a tenant's photo). */
export interface FetchedFile {
  body: Buffer;
  contentType: string;
}

export interface ConsoleDeps {
  db: Db;
  accounts: StaffAccounts;
  audit: AuditLog;
  openingLog: OpeningLog;
  invites: PartnerInvites;
  organisations: PartnerOrganisations;
  staffDesk: StaffDesk;
  staffMessages: StaffMessages;
  queries: DeskQueries;
  canned: CannedReplies;
  settings: DeskSettingsService;
  figures: DeskFigures;
  calendar: DeskCalendarService;
  events: DeskEvents;
  i18n: I18n;
  /** A language named in itself ("العربية"). */
  languageName: (code: string) => string;
  fetchFile: (fileUrl: string) => Promise<FetchedFile>;
  maintenance: Maintenance;
  health: Health;
  centre: Centre;
  support: Support;
  /** The record of processing, the retention runs, and privacy requests made in person or by letter. */
  privacy: Privacy;
  /** The dialog content: draft, versions, and what the bot runs. */
  content: Content;
  /** The bot's Telegram @username, for deep links (undefined while the channel is off). */
  botUsername: () => string | undefined;
  sessionSecret: string;
  sessionHours: number;
  /** Turns that failed on a bug, with a retry. */
  failedTurns: FailedTurns;
}
