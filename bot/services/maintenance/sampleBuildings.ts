import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../../config/logger';
import type { Db } from '../../db/prismaClient';
import { importBuildings } from './buildingImport';

export const SAMPLE_BUILDINGS_CSV = path.join(__dirname, '../../../prisma/seed/buildings.sample.csv');

/**
 * A new installation gets the sample buildings (marked as sample), so a report can be tried at once. The
 * console's building import adds the real register, and "remove sample buildings" clears these.
 */
export async function seedSampleBuildings(db: Db, log: Logger): Promise<void> {
  if ((await db.building.count()) > 0) return;
  const { created } = await importBuildings(db, fs.readFileSync(SAMPLE_BUILDINGS_CSV, 'utf8'));
  log.warn({ created }, 'no buildings yet: the SAMPLE buildings were added; import the real register in the console (Edifici)');
}
