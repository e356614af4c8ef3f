import topics from '../../../prisma/seed/centreTopics.json';
import desks from '../../../prisma/seed/centreDesks.json';
import type { Db } from '../../db/prismaClient';
import { seedServicePoints } from '../health/healthSeed';
import { CENTRE_DESKS } from '../health/pointKinds';

/** The C.A.S.A. centre desks (samples) and their topics with the documents to bring, through the health points' seeding. */
export async function seedCentre(db: Db): Promise<void> {
  await seedServicePoints(db, CENTRE_DESKS, topics, desks);
}
