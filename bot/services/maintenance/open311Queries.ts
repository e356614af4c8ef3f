import type { Db } from '../../db/prismaClient';
import { ValidationError } from '../errors';
import { parseReportCode, reportCode, type ReportCategory, type ReportStatus } from '../../../dialogs/maintenance/reportDesk';
import { createOrJoinReport } from './reportCreation';
import { asCategory, asStatus, OPEN_STATUS_LIST } from './reportViews';

/** At most this many requests in one answer (GeoReport v2's default volume). */
export const MAX_OPEN311_RESULTS = 1000;
/** A point given by lat/long belongs to the nearest building at most this far. */
export const NEAREST_BUILDING_METRES = 150;
/** Report ids are 32-bit integers in both databases: a longer number in a code is no report. */
const MAX_REPORT_ID = 2_147_483_647;

/** What an Open311 client may see of a report: no tenant, no flat, no file. */
export interface Open311Report {
  code: string;
  category: ReportCategory;
  status: ReportStatus;
  description: string;
  assignedTo: string | null;
  scheduledFor: Date | null;
  rejectReason: string | null;
  /** The code of the report this one duplicates. */
  duplicateOf: string | null;
  reopenCount: number;
  createdAt: Date;
  updatedAt: Date;
  building: { code: string; address: string; latitude: number | null; longitude: number | null };
}

/** Either reports by code (which overrides every other filter, as GeoReport v2 says), or a filtered time range. */
export type Open311Search =
  | { codes: string[] }
  | { categories?: ReportCategory[]; status?: 'open' | 'closed'; from: Date; to: Date };

/** Where a new report is: a building by its code, or the building nearest to a point. */
export type Open311Location = { addressId: string } | { lat: number; long: number };

export interface Open311NewReport {
  category: ReportCategory;
  location: Open311Location;
  description: string;
  apiKeyId: string;
}

const REPORT_SELECT = {
  id: true,
  category: true,
  status: true,
  description: true,
  assignedTo: true,
  scheduledFor: true,
  rejectReason: true,
  duplicateOfId: true,
  reopenCount: true,
  createdAt: true,
  updatedAt: true,
  building: { select: { code: true, address: true, latitude: true, longitude: true } },
} as const;

type ReportRow = {
  id: number;
  category: string;
  status: string;
  duplicateOfId: number | null;
  createdAt: Date;
} & Omit<Open311Report, 'code' | 'category' | 'status' | 'duplicateOf' | 'createdAt'>;

/** The reports as the Open311 API reads and makes them. */
export class Open311Reports {
  constructor(private readonly db: Db) {}

  async search(search: Open311Search): Promise<Open311Report[]> {
    if ('codes' in search) {
      const ids = [...new Set(search.codes.map(idOfCode).filter((id): id is number => id !== undefined))];
      const rows = await this.db.maintenanceReport.findMany({ where: { id: { in: ids } }, select: REPORT_SELECT, orderBy: { id: 'desc' } });
      const wanted = new Set(search.codes.map((code) => code.trim().toUpperCase()));
      return this.withDuplicates(rows.filter((row) => wanted.has(reportCode(row.id, row.createdAt))));
    }
    const rows = await this.db.maintenanceReport.findMany({
      where: {
        createdAt: { gte: search.from, lte: search.to },
        ...(search.categories ? { category: { in: search.categories } } : {}),
        ...(search.status ? { status: search.status === 'open' ? { in: OPEN_STATUS_LIST } : { notIn: OPEN_STATUS_LIST } } : {}),
      },
      select: REPORT_SELECT,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: MAX_OPEN311_RESULTS,
    });
    return this.withDuplicates(rows);
  }

  async byCode(code: string): Promise<Open311Report | undefined> {
    const [report] = await this.search({ codes: [code] });
    return report;
  }

  /**
   * Stores the report, or joins the open report of the same fault in the same building (then its code is
   * returned and the new description is not kept). A location that names no building is a ValidationError.
   */
  async create(input: Open311NewReport): Promise<{ code: string; joined: boolean }> {
    const building = await this.buildingAt(input.location);
    const { id, joined } = await createOrJoinReport(this.db, {
      buildingId: building.id,
      neighbourhoodId: building.neighbourhoodId,
      category: input.category,
      place: { buildingId: building.id, kind: 'common' },
      description: input.description,
      details: {},
      source: 'open311',
      apiKeyId: input.apiKeyId,
      files: [],
    });
    const row = await this.db.maintenanceReport.findUniqueOrThrow({ where: { id }, select: { createdAt: true } });
    return { code: reportCode(id, row.createdAt), joined };
  }

  private async buildingAt(location: Open311Location): Promise<{ id: string; neighbourhoodId: string }> {
    if ('addressId' in location) {
      const building = await this.db.building.findUnique({ where: { code: location.addressId }, select: { id: true, neighbourhoodId: true } });
      if (!building) throw new ValidationError(`address_id: no building has the code ${location.addressId}`);
      return building;
    }
    const nearest = await this.nearestBuilding(location.lat, location.long);
    if (!nearest) throw new ValidationError(`lat/long: no ALER building within ${NEAREST_BUILDING_METRES} m of ${location.lat}, ${location.long}; send address_id (the building code) instead`);
    return nearest;
  }

  private async nearestBuilding(lat: number, long: number): Promise<{ id: string; neighbourhoodId: string } | undefined> {
    // A box around the point first (an index-friendly filter), then the true distance.
    const latDelta = NEAREST_BUILDING_METRES / METRES_PER_DEGREE;
    const longDelta = latDelta / Math.max(Math.cos((lat * Math.PI) / 180), 0.01);
    const candidates = await this.db.building.findMany({
      where: { latitude: { gte: lat - latDelta, lte: lat + latDelta }, longitude: { gte: long - longDelta, lte: long + longDelta } },
      select: { id: true, neighbourhoodId: true, latitude: true, longitude: true },
    });
    let best: { id: string; neighbourhoodId: string; metres: number } | undefined;
    for (const candidate of candidates) {
      if (candidate.latitude === null || candidate.longitude === null) continue;
      const metres = distanceMetres(lat, long, candidate.latitude, candidate.longitude);
      if (metres <= NEAREST_BUILDING_METRES && (!best || metres < best.metres)) best = { id: candidate.id, neighbourhoodId: candidate.neighbourhoodId, metres };
    }
    return best && { id: best.id, neighbourhoodId: best.neighbourhoodId };
  }

  private async withDuplicates(rows: ReportRow[]): Promise<Open311Report[]> {
    const targetIds = [...new Set(rows.map((row) => row.duplicateOfId).filter((id): id is number => id !== null))];
    const targets = targetIds.length > 0 ? await this.db.maintenanceReport.findMany({ where: { id: { in: targetIds } }, select: { id: true, createdAt: true } }) : [];
    const codes = new Map(targets.map((target) => [target.id, reportCode(target.id, target.createdAt)]));
    return rows.map(({ id, duplicateOfId, category, status, ...rest }) => ({
      ...rest,
      code: reportCode(id, rest.createdAt),
      category: asCategory(category),
      status: asStatus(status),
      duplicateOf: duplicateOfId === null ? null : (codes.get(duplicateOfId) ?? null),
    }));
  }
}

/** The report id a code stands for, when it can be one. */
function idOfCode(code: string): number | undefined {
  const parsed = parseReportCode(code);
  return parsed && parsed.id <= MAX_REPORT_ID ? parsed.id : undefined;
}

const METRES_PER_DEGREE = 111_320;
const EARTH_RADIUS_METRES = 6_371_000;

/** The great-circle (haversine) distance between two WGS84 points. */
export function distanceMetres(lat1: number, long1: number, lat2: number, long2: number): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(lat2 - lat1);
  const dLong = radians(long2 - long1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(radians(lat1)) * Math.cos(radians(lat2)) * Math.sin(dLong / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
}
