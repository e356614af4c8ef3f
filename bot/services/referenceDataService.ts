import { z } from 'zod';
import neighbourhoods from '../../prisma/seed/neighbourhoods.json';
import type { Db } from '../db/prismaClient';

const neighbourhoodSeed = z.array(
  z.object({
    id: z.string().regex(/^[a-z-]+$/),
    name: z.string().min(1),
    housingUnits: z.number().int().positive(),
    alerTenants: z.number().int().positive(),
    over65Percent: z.number().int().min(0).max(100),
  }),
);

/** Creates the programme's four neighbourhoods (figures from the C.A.S.A. documents) when missing; never overwrites edits. */
export async function seedReferenceData(db: Db): Promise<void> {
  for (const neighbourhood of neighbourhoodSeed.parse(neighbourhoods)) {
    await db.neighbourhood.upsert({ where: { id: neighbourhood.id }, create: neighbourhood, update: {} });
  }
}
