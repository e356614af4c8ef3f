import { can, type StaffIdentity } from '../staff/permissions';

/**
 * A kind of service point the one booking engine serves, as the database keeps it (HealthPoint.kind,
 * HealthService.kind): the health points, run by the nurses, and the C.A.S.A. centre desks, run by the community
 * managers. Each side sees only its own points, services and appointments.
 */
export interface PointKind {
  readonly id: 'health' | 'centre';
  /** Who may run its agenda (in their neighbourhoods). */
  mayRun(staff: StaffIdentity): boolean;
  /** What a point is called in errors. */
  readonly what: string;
}

export const HEALTH_POINTS: PointKind = { id: 'health', mayRun: can.runHealth, what: 'health point' };
export const CENTRE_DESKS: PointKind = { id: 'centre', mayRun: can.runCentre, what: 'centre desk' };
