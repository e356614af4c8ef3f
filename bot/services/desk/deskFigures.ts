import { notTrial } from '../trialRecords';
import type { Db } from '../../db/prismaClient';
import { neighbourhoodScope, type StaffIdentity } from '../staff/permissions';
import { toLocal } from './zonedTime';

export interface WeekFigures {
  neighbourhoodId: string;
  neighbourhoodName: string;
  week: string;
  requests: number;
  claimed: number;
  closed: number;
  cancelled: number;
  medianWaitMinutes: number | null;
  averageHandlingMinutes: number | null;
  averageRating: number | null;
  ratings: number;
  /** Requests about rent, arrears and letters (counts only: never amounts, never the tenant's words). */
  rentRequests: number;
  /** Appointments at the neighbourhood's C.A.S.A. centre desk taking place that week (booked, attended or missed). */
  centreAppointments: number;
}

/**
 * Figures per neighbourhood and ISO week (Milan time): waiting is from when the desk could see the request
 * to its first claim; handling is from the claim to the close. A week with centre appointments and no request
 * has a row too.
 */
export class DeskFigures {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async weekly(actor: StaffIdentity, weeks: number): Promise<WeekFigures[]> {
    const since = new Date(this.now().getTime() - weeks * 7 * 24 * 3600_000);
    const scope = neighbourhoodScope(actor);
    const requests = await this.db.personRequest.findMany({
      where: { createdAt: { gte: since }, ...notTrial, ...(scope ? { neighbourhoodId: { in: scope } } : {}) },
      include: { neighbourhood: true, events: { where: { type: 'claimed' }, orderBy: { id: 'asc' }, take: 1 } },
    });
    const groups = new Map<string, typeof requests>();
    for (const request of requests) {
      const key = `${request.neighbourhoodId}|${isoWeek(request.createdAt)}`;
      groups.set(key, [...(groups.get(key) ?? []), request]);
    }
    const appointments = await this.db.appointment.findMany({
      where: { startsAt: { gte: since }, status: { in: ['booked', 'attended', 'noshow'] }, ...notTrial, point: { kind: 'centre', ...(scope ? { neighbourhoodId: { in: scope } } : {}) } },
      select: { startsAt: true, point: { select: { neighbourhoodId: true, neighbourhood: { select: { name: true } } } } },
    });
    const centre = new Map<string, { name: string; count: number }>();
    for (const { startsAt, point } of appointments) {
      const key = `${point.neighbourhoodId}|${isoWeek(startsAt)}`;
      centre.set(key, { name: point.neighbourhood.name, count: (centre.get(key)?.count ?? 0) + 1 });
    }
    return [...new Set([...groups.keys(), ...centre.keys()])]
      .map((key) => {
        const rows = groups.get(key) ?? [];
        const [neighbourhoodId, week] = key.split('|') as [string, string];
        const waits = rows.flatMap((row) => (row.events[0] ? [(row.events[0].createdAt.getTime() - row.visibleAt.getTime()) / 60_000] : []));
        const handled = rows.filter((row) => row.status === 'closed' && row.claimedAt && row.closedAt);
        const rated = rows.filter((row) => row.rating !== null);
        return {
          neighbourhoodId,
          neighbourhoodName: rows[0]?.neighbourhood.name ?? centre.get(key)!.name,
          week,
          requests: rows.length,
          claimed: waits.length,
          closed: rows.filter((row) => row.status === 'closed').length,
          cancelled: rows.filter((row) => row.status === 'cancelled').length,
          medianWaitMinutes: median(waits),
          averageHandlingMinutes: average(handled.map((row) => (row.closedAt!.getTime() - row.claimedAt!.getTime()) / 60_000)),
          averageRating: average(rated.map((row) => row.rating!)),
          ratings: rated.length,
          rentRequests: rows.filter((row) => row.topic === 'rent').length,
          centreAppointments: centre.get(key)?.count ?? 0,
        };
      })
      .sort((a, b) => b.week.localeCompare(a.week) || a.neighbourhoodName.localeCompare(b.neighbourhoodName));
  }
}

/** "2026-W48" for the Milan day of an instant. */
export function isoWeek(instant: Date): string {
  const [year, month, day] = toLocal(instant).date.split('-').map(Number) as [number, number, number];
  const thursday = new Date(Date.UTC(year, month - 1, day));
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((thursday.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 10) / 10;
}

function average(values: number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;
}
