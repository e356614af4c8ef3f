import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { Db } from '../../db/prismaClient';
import { ValidationError } from '../errors';

const yes = new Set(['yes', 'si', 'sì', 'true', '1', 'y']);
const optionalNumber = (min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === '' ? undefined : Number(value.trim().replace(',', '.'))))
    .pipe(z.number(`must be a number from ${min} to ${max}`).min(min).max(max).optional());

const buildingRow = z.object({
  code: z.string('is missing').trim().regex(/^[A-Za-z0-9-]{1,40}$/, 'letters, digits and - only (at most 40)'),
  neighbourhood: z.string('is missing').trim().min(1, 'is missing'),
  address: z.string('is missing').trim().min(3, 'is missing').max(200),
  staircases: z
    .string()
    .trim()
    .optional()
    .default('')
    .transform((value) => value.split(/[|\s;]+/).filter((name) => name.length > 0))
    .pipe(z.array(z.string().regex(/^[A-Za-z0-9]{1,4}$/, 'staircase names are 1 to 4 letters or digits')).max(30)),
  floors: optionalNumber(0, 60).pipe(z.number().int().optional()),
  latitude: optionalNumber(-90, 90),
  longitude: optionalNumber(-180, 180),
  sample: z
    .string()
    .trim()
    .optional()
    .transform((value) => yes.has((value ?? '').toLowerCase())),
});

export interface ImportResult {
  created: number;
  updated: number;
}

/** A CSV that cannot be imported: every faulty line is listed, and nothing was written. */
export class BuildingImportError extends ValidationError {
  constructor(readonly problems: string[]) {
    super(`the CSV was not imported: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`);
  }
}

const MAX_ROWS = 5000;

/**
 * Imports buildings from a CSV (header: code, neighbourhood, address, staircases, floors, latitude,
 * longitude, sample; lines starting with # are comments). All or nothing: one wrong line and nothing is
 * written. A known code is updated, a new one created.
 */
export async function importBuildings(db: Db, csv: string): Promise<ImportResult> {
  let records: Record<string, string>[];
  try {
    records = parse(csv, { columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()), comment: '#', skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    throw new BuildingImportError([`not a readable CSV: ${(error as Error).message}`]);
  }
  if (records.length === 0) throw new BuildingImportError(['no buildings in the file']);
  if (records.length > MAX_ROWS) throw new BuildingImportError([`at most ${MAX_ROWS} buildings a file`]);
  const neighbourhoods = new Set((await db.neighbourhood.findMany({ select: { id: true } })).map((row) => row.id));
  const problems: string[] = [];
  const seen = new Set<string>();
  const rows = records.flatMap((record, index) => {
    const line = `row ${index + 1}`;
    const parsed = buildingRow.safeParse(record);
    if (!parsed.success) {
      problems.push(`${line}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'row'}: ${issue.message}`).join(', ')}`);
      return [];
    }
    const row = parsed.data;
    if (!neighbourhoods.has(row.neighbourhood)) problems.push(`${line}: unknown neighbourhood "${row.neighbourhood}"`);
    if (seen.has(row.code)) problems.push(`${line}: the code ${row.code} appears twice`);
    seen.add(row.code);
    return [row];
  });
  if (problems.length > 0) throw new BuildingImportError(problems);

  const existing = new Set((await db.building.findMany({ where: { code: { in: [...seen] } }, select: { code: true } })).map((row) => row.code));
  await db.$transaction(
    rows.map((row) => {
      const data = {
        neighbourhoodId: row.neighbourhood,
        address: row.address,
        staircases: row.staircases.join(','),
        floors: row.floors ?? null,
        latitude: row.latitude ?? null,
        longitude: row.longitude ?? null,
        sample: row.sample,
      };
      return db.building.upsert({ where: { code: row.code }, create: { code: row.code, ...data }, update: data });
    }),
  );
  return { created: rows.length - existing.size, updated: existing.size };
}
