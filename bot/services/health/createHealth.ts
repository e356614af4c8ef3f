import type { Logger } from '../../config/logger';
import type { Db } from '../../db/prismaClient';
import type { ConversationGateway } from '../../turn/conversationGateway';
import { HealthSchedule } from './healthSchedule';
import { HealthStaff } from './healthStaff';
import { ReminderScheduler } from './reminderScheduler';
import { TenantHealth } from './tenantHealth';

export type Health = ReturnType<typeof createHealth>;

/** The health appointment services, wired together. */
export function createHealth(db: Db, gateway: ConversationGateway, reminderHours: number[], log: Logger, limits: { maxFutureAppointments?: number } = {}, now: () => Date = () => new Date()) {
  const schedule = new HealthSchedule(db, now);
  return {
    tenantHealth: new TenantHealth(db, schedule, reminderHours, now, limits.maxFutureAppointments),
    staff: new HealthStaff(db, gateway, log, now),
    reminders: new ReminderScheduler(db, gateway, reminderHours, log, now),
  };
}
