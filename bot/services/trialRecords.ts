import type { Db } from '../db/prismaClient';

/** The channel of the sandbox: its tenants are trials. */
export const TRIAL_CHANNEL = 'sandbox';
/** What sandbox tenants make is removed after this long. */
export const TRIAL_HOURS = 24;

/** Whether something made through this channel is a trial (shown "prova" in the console, counted in no figure). */
export const isTrialChannel = (channel: string): boolean => channel === TRIAL_CHANNEL;

/** A Prisma filter that leaves trials out of figures. */
export const notTrial = { channel: { not: TRIAL_CHANNEL } } as const;

/** The same for reports: a report is a trial when everyone who reported it did so from the sandbox (an API report has no reporter). */
export function notTrialReport() {
  return { OR: [{ reporters: { none: {} } }, { reporters: { some: { channel: { not: TRIAL_CHANNEL } } } }] };
}

/**
 * Removes what sandbox tenants made, a day after they first came: their requests (and messages), the reports
 * only they reported, their appointments, transcripts and the tenants themselves.
 */
export class TrialRecords {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async sweep(): Promise<number> {
    const before = new Date(this.now().getTime() - TRIAL_HOURS * 3600_000);
    const tenants = (await this.db.tenant.findMany({ where: { channel: TRIAL_CHANNEL, createdAt: { lt: before } }, select: { id: true } })).map((tenant) => tenant.id);
    if (tenants.length === 0) return 0;
    const ownReports = await this.db.maintenanceReport.findMany({
      where: { reporters: { some: { tenantId: { in: tenants } }, every: { tenantId: { in: tenants } } } },
      select: { id: true },
    });
    await this.db.$transaction([
      this.db.personRequest.deleteMany({ where: { tenantId: { in: tenants } } }),
      this.db.maintenanceReport.deleteMany({ where: { id: { in: ownReports.map((report) => report.id) } } }),
      this.db.reportReporter.deleteMany({ where: { tenantId: { in: tenants } } }),
      this.db.slotSeat.deleteMany({ where: { appointment: { tenantId: { in: tenants } } } }),
      this.db.appointment.deleteMany({ where: { tenantId: { in: tenants } } }),
      this.db.tenant.deleteMany({ where: { id: { in: tenants } } }),
    ]);
    return tenants.length;
  }
}
