import type { Logger } from '../../config/logger';
import type { Db } from '../../db/prismaClient';
import type { ConversationGateway } from '../../turn/conversationGateway';
import { REPORT_EVENT, type ReportEventValue } from '../../../dialogs/maintenance/reportDesk';

/** Tells every reporter of a report about a change, each in their own language (as an event turn of their chat). */
export class ReportNotifier {
  constructor(
    private readonly db: Db,
    private readonly gateway: ConversationGateway,
    private readonly log: Logger,
  ) {}

  /**
   * For a change a tenant made in their own turn: not awaited, because telling a reporter runs a turn in
   * their chat, and chats wait for each other's turns (a tenant's own chat would wait for itself).
   */
  notifyLater(value: ReportEventValue, exceptTenantId: string): void {
    this.notify(value, exceptTenantId).catch((error: Error) => this.log.warn({ reportId: value.reportId, err: error.message }, 'could not tell the reporters about a report change'));
  }

  async notify(value: ReportEventValue, exceptTenantId?: string): Promise<number> {
    const reporters = await this.db.reportReporter.findMany({
      where: { reportId: value.reportId, ...(exceptTenantId ? { tenantId: { not: exceptTenantId } } : {}) },
      include: { tenant: { select: { channelUserId: true } } },
    });
    let told = 0;
    for (const reporter of reporters) {
      const address = { channel: reporter.channel, conversationId: reporter.conversationId, userId: reporter.tenant.channelUserId };
      await this.gateway.runEvent(address, REPORT_EVENT, value).then(
        () => (told += 1),
        (error: Error) => this.log.warn({ reportId: value.reportId, change: value.change, err: error.message }, 'could not tell a reporter about a report change'),
      );
    }
    return told;
  }
}
