import type { Logger } from '../../config/logger';
import type { Db } from '../../db/prismaClient';
import type { DeskEvents } from './deskEvents';
import type { StaffMessages } from './staffMessages';
import { PeriodicPasses } from '../periodicPasses';

const TICK_MS = 15_000;

/**
 * The desk's clock: announces requests when their desk opens, flags the ones waiting past the
 * neighbourhood's limit, retries undelivered messages. Each step is taken by one process only (a
 * conditional update), so several bot processes on one database announce nothing twice.
 */
export class DeskScheduler extends PeriodicPasses {
  constructor(
    private readonly db: Db,
    private readonly events: DeskEvents,
    private readonly messages: StaffMessages,
    log: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {
    super(TICK_MS, (error) => log.error({ err: error.message }, 'desk scheduler pass failed'));
  }

  override start(): void {
    this.events.subscribe((event) => {
      if (event.type === 'request.changed' && ['created', 'resumed', 'transferred'].includes(event.change)) void this.tick();
    });
    super.start();
  }

  protected async pass(): Promise<void> {
    await this.announceVisible();
    await this.flagOverdue();
    await this.messages.retryDue();
  }

  private async announceVisible(): Promise<void> {
    const now = this.now();
    const due = await this.db.personRequest.findMany({ where: { status: 'waiting', announcedAt: null, visibleAt: { lte: now } } });
    for (const request of due) {
      const taken = await this.db.personRequest.updateMany({ where: { id: request.id, announcedAt: null }, data: { announcedAt: now } });
      if (taken.count === 1) this.events.publish({ type: 'request.visible', requestId: request.id, neighbourhoodId: request.neighbourhoodId });
    }
  }

  private async flagOverdue(): Promise<void> {
    const now = this.now();
    const waiting = await this.db.personRequest.findMany({
      where: { status: 'waiting', overdueNotifiedAt: null, announcedAt: { not: null } },
      include: { neighbourhood: true },
    });
    for (const request of waiting) {
      if (request.visibleAt.getTime() + request.neighbourhood.claimLimitMinutes * 60_000 > now.getTime()) continue;
      const taken = await this.db.personRequest.updateMany({ where: { id: request.id, overdueNotifiedAt: null }, data: { overdueNotifiedAt: now } });
      if (taken.count === 1) this.events.publish({ type: 'request.overdue', requestId: request.id, neighbourhoodId: request.neighbourhoodId });
    }
  }
}
