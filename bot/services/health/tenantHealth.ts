import type { Db } from '../../db/prismaClient';
import type { HealthDesk } from '../../../dialogs/health/healthDesk';
import type { HealthSchedule } from './healthSchedule';
import { HEALTH_POINTS } from './pointKinds';
import { DEFAULT_MAX_FUTURE_APPOINTMENTS, TenantBookings } from './tenantBookings';

/** The tenant's side of the health points: the booking engine, and the consent to the health data notice before it. */
export class TenantHealth extends TenantBookings implements HealthDesk {
  constructor(db: Db, schedule: HealthSchedule, reminderHours: number[], now: () => Date, maxFutureAppointments = DEFAULT_MAX_FUTURE_APPOINTMENTS) {
    super(db, schedule, reminderHours, now, maxFutureAppointments, HEALTH_POINTS);
  }

  async hasConsent(tenantId: string): Promise<boolean> {
    return Boolean((await this.db.tenant.findUnique({ where: { id: tenantId } }))?.healthConsentAt);
  }

  async giveConsent(tenantId: string): Promise<void> {
    await this.db.tenant.update({ where: { id: tenantId }, data: { healthConsentAt: this.now() } });
  }
}
