import { z } from 'zod';
import type { Db } from '../../db/prismaClient';
import { ValidationError } from '../errors';
import { readTranslations, translationsSchema, writeTranslations } from '../../i18n/translatedFields';
import { parseOrThrow } from '../validation';

/** An emergency number's label is translated; the number is not. */
export const EMERGENCY_TEXTS = ['label'] as const;

const numbersSchema = z
  .array(
    z.object({
      neighbourhoodId: z.string().regex(/^[a-z-]{1,40}$/).nullable(),
      label: z.string().trim().min(2).max(80),
      number: z.string().trim().regex(/^\+?[0-9][0-9 ./-]{1,19}$/, 'a phone number: digits, spaces and + only'),
      translations: translationsSchema(EMERGENCY_TEXTS).default({}),
    }),
  )
  .max(30);

/** The emergency numbers coordinators keep (besides 112, which the bot always gives). */
export class EmergencyNumbers {
  constructor(private readonly db: Db) {}

  async list() {
    const rows = await this.db.emergencyNumber.findMany({ orderBy: [{ sortOrder: 'asc' }, { label: 'asc' }] });
    return rows.map(({ neighbourhoodId, label, number, translations }) => ({ neighbourhoodId, label, number, translations: readTranslations(translations) }));
  }

  /** Replaces the whole list, in the given order. */
  async replace(input: unknown): Promise<void> {
    const numbers = parseOrThrow(numbersSchema, input);
    const known = new Set((await this.db.neighbourhood.findMany({ select: { id: true } })).map((row) => row.id));
    const unknown = numbers.find((entry) => entry.neighbourhoodId !== null && !known.has(entry.neighbourhoodId));
    if (unknown) throw new ValidationError(`unknown neighbourhood ${unknown.neighbourhoodId}`);
    await this.db.$transaction([
      this.db.emergencyNumber.deleteMany({}),
      ...numbers.map((entry, index) => this.db.emergencyNumber.create({ data: { ...entry, translations: writeTranslations(entry.translations), sortOrder: index } })),
    ]);
  }
}
