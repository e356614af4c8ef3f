/**
 * What the booking dialogs need from the appointment service (health points and C.A.S.A. centre desks alike).
 * The service implements it; dialogs see no database and no channel.
 */
export interface HealthServiceView {
  id: string;
  name: string;
  bring: string;
  durationMinutes: number;
}

export interface HealthPointView {
  id: string;
  neighbourhoodId: string;
  name: string;
  address: string;
  phone: string;
}

export interface FreeSlot {
  startsAt: Date;
  free: number;
}

export interface AppointmentView {
  id: number;
  code: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
  service: HealthServiceView;
  point: HealthPointView;
  note?: string;
}

export interface TenantAddress {
  tenantId: string;
  language: string;
  channel: string;
  conversationId: string;
}

/** Why a hold was refused for the tenant: too many future appointments for the service, or a sandbox (trial) tenant. */
export type HoldLimit = { kind: 'limit'; reason: 'future'; max: number } | { kind: 'limit'; reason: 'sandbox' };

export type HoldResult = { kind: 'held'; appointmentId: number } | { kind: 'taken'; nearest: FreeSlot[] } | { kind: 'invalid' } | HoldLimit;

/** One kind of service point's bookings: the health points', or the C.A.S.A. centre desks'. */
export interface BookingDesk {
  /** The points, named in the tenant's language. */
  points(language: string): Promise<HealthPointView[]>;
  services(pointId: string, language: string): Promise<HealthServiceView[]>;
  /** Days ("YYYY-MM-DD", Milan) with at least one free place for the service, within the booking horizon. */
  freeDays(pointId: string, serviceId: string, limit: number): Promise<string[]>;
  freeSlots(pointId: string, serviceId: string, date: string): Promise<FreeSlot[]>;
  /** Holds a place for a few minutes while the tenant confirms; "taken" offers the nearest free slots. */
  hold(who: TenantAddress, pointId: string, serviceId: string, startsAt: Date, movedFromId?: number): Promise<HoldResult>;
  /** Books the held place (and, for a move, frees the old one); undefined when the hold was lost. */
  confirm(appointmentId: number, note: string | undefined, language: string): Promise<AppointmentView | undefined>;
  /** The tenant went back or away: the held place is freed. */
  release(appointmentId: number): Promise<void>;
  upcoming(tenantId: string, language: string): Promise<AppointmentView[]>;
  /** Cancels one of the tenant's appointments; false when it is not theirs or no longer booked. */
  cancel(tenantId: string, appointmentId: number): Promise<boolean>;
  /** The tenant answered a reminder: "I'll come". */
  confirmAttendance(tenantId: string, appointmentId: number): Promise<boolean>;
  /** An appointment of the tenant, for the calendar file. */
  appointment(tenantId: string, appointmentId: number, language: string): Promise<AppointmentView | undefined>;
}

/** The health points' bookings, which need the tenant's consent to the health data notice first. */
export interface HealthDesk extends BookingDesk {
  hasConsent(tenantId: string): Promise<boolean>;
  giveConsent(tenantId: string): Promise<void>;
}

/** The event turn of a reminder or of a staff change (HEALTH_EVENT). */
export const HEALTH_EVENT = 'casa.health';
export interface HealthEventValue {
  appointmentId: number;
  change: 'reminder' | 'cancelledByStaff';
}

/** Slots can be booked this many days ahead. */
export const BOOKING_HORIZON_DAYS = 30;
/** A place is held this long while the tenant confirms. */
export const HOLD_MINUTES = 10;
export const NOTE_LIMIT = 300;

/** "SA-000042": an appointment's code, for the tenant and the health point. */
export function appointmentCode(id: number): string {
  return `SA-${String(id).padStart(6, '0')}`;
}
