import type { Logger } from '../../config/logger';
import type { Db } from '../../db/prismaClient';
import type { ConversationGateway } from '../../turn/conversationGateway';
import { HealthSchedule } from '../health/healthSchedule';
import { HealthStaff } from '../health/healthStaff';
import { CENTRE_DESKS } from '../health/pointKinds';
import { DEFAULT_MAX_FUTURE_APPOINTMENTS, TenantBookings } from '../health/tenantBookings';

export type Centre = ReturnType<typeof createCentre>;

/**
 * Appointments at the C.A.S.A. centre desks with a community manager: the health points' booking engine and staff
 * side, kept to the centre desks. Their reminders are sent by the health points' clock, which reminds every
 * appointment.
 */
export function createCentre(db: Db, gateway: ConversationGateway, reminderHours: number[], log: Logger, now: () => Date = () => new Date()) {
  return {
    tenantCentre: new TenantBookings(db, new HealthSchedule(db, now), reminderHours, now, DEFAULT_MAX_FUTURE_APPOINTMENTS, CENTRE_DESKS),
    staff: new HealthStaff(db, gateway, log, now, CENTRE_DESKS),
  };
}
