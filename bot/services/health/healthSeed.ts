import { z } from 'zod';
import services from '../../../prisma/seed/healthServices.json';
import points from '../../../prisma/seed/healthPoints.json';
import type { Db } from '../../db/prismaClient';
import { translationsSchema, writeTranslations } from '../../i18n/translatedFields';
import { HEALTH_POINTS, type PointKind } from './pointKinds';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const serviceSeed = z.array(
  z.object({
    id: z.string().regex(/^[a-z-]+$/),
    durationMinutes: z.number().int().min(5).max(240),
    texts: z.record(z.string(), z.object({ name: z.string().min(1), bring: z.string().min(1) })),
  }),
);
const pointSeed = z.object({
  points: z.array(
    z.object({
      id: z.string(),
      neighbourhoodId: z.string(),
      name: z.string(),
      address: z.string(),
      phone: z.string(),
      translations: translationsSchema(['name', 'address']).default({}),
      services: z.array(z.string()),
      sessions: z.array(z.object({ weekday: z.number().int().min(1).max(7), startsAt: time, endsAt: time, slotMinutes: z.number().int().min(5), places: z.number().int().min(1), services: z.array(z.string()) })),
    }),
  ),
});

export async function seedHealth(db: Db): Promise<void> {
  await seedServicePoints(db, HEALTH_POINTS, services, points);
}

/**
 * A kind's services (names and what to bring in every language) are created when missing, and their missing
 * translations added; its sample points (names and addresses in every language) and their weekly sessions only when
 * there is no point of the kind at all.
 * Edits made in the console are never overwritten.
 */
export async function seedServicePoints(db: Db, kind: PointKind, serviceFile: unknown, pointFile: unknown): Promise<void> {
  for (const [index, service] of serviceSeed.parse(serviceFile).entries()) {
    await db.healthService.upsert({ where: { id: service.id }, create: { id: service.id, kind: kind.id, durationMinutes: service.durationMinutes, sortOrder: index }, update: {} });
    for (const [language, text] of Object.entries(service.texts)) {
      await db.healthServiceText.upsert({ where: { serviceId_language: { serviceId: service.id, language } }, create: { serviceId: service.id, language, ...text }, update: {} });
    }
  }
  if ((await db.healthPoint.count({ where: { kind: kind.id } })) > 0) return;
  for (const point of pointSeed.parse(pointFile).points) {
    await db.healthPoint.create({
      data: {
        id: point.id,
        kind: kind.id,
        neighbourhoodId: point.neighbourhoodId,
        name: point.name,
        address: point.address,
        phone: point.phone,
        translations: writeTranslations(point.translations),
        services: { create: point.services.map((serviceId) => ({ serviceId })) },
        sessions: { create: point.sessions.map(({ services: sessionServices, ...session }) => ({ ...session, services: { create: sessionServices.map((serviceId) => ({ serviceId })) } })) },
      },
    });
  }
}
