import { z } from 'zod';
import type { Db } from '../../db/prismaClient';

/** The support setting with 1522's facts. */
export const LINE_1522_KEY = 'line1522';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** An ISO 639 code as tenants' languages are compared with it ("eng" → "en"), or undefined if no language has it. */
function knownLanguage(code: string): string | undefined {
  if (!/^[a-z]{2,3}$/.test(code)) return undefined;
  const [canonical] = Intl.getCanonicalLocales(code);
  return canonical && languageNames.of(canonical) ? canonical : undefined;
}

const languageCode = z
  .string()
  .trim()
  .toLowerCase()
  .transform((code, context) => {
    const known = knownLanguage(code);
    if (!known) context.addIssue({ code: 'custom', message: `"${code}" is not a language code (such as "it" or "fa")` });
    return known ?? code;
  });

/** What 1522 offers, as coordinators keep it: the languages it answers in (ISO 639 codes) and its chat (website and app). */
export const line1522Schema = z.object({
  languages: z.array(languageCode).min(1).max(40).transform((codes) => [...new Set(codes)]),
  chatUrl: z.string().trim().url().max(300).refine((url) => url.startsWith('https://'), 'an https:// link'),
});
export type Line1522 = z.infer<typeof line1522Schema>;

/** The seed, as 1522 describes itself (Dec 2026): coordinators change it in the console, not in the translations. */
export const LINE_1522_SEED: Line1522 = {
  languages: ['it', 'en', 'fr', 'es', 'ar', 'fa', 'sq', 'ru', 'uk', 'pt', 'pl'],
  chatUrl: 'https://www.1522.eu/',
};

/** 1522's facts as stored, or the seed when none are (or they no longer pass the check). */
export async function readLine1522(db: Db): Promise<Line1522> {
  const row = await db.supportSetting.findUnique({ where: { key: LINE_1522_KEY } });
  if (!row) return LINE_1522_SEED;
  const parsed = line1522Schema.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : LINE_1522_SEED;
}

/** Stores the seed once, at first start; a value coordinators set is never overwritten. */
export async function seedLine1522(db: Db): Promise<void> {
  await db.supportSetting.upsert({ where: { key: LINE_1522_KEY }, create: { key: LINE_1522_KEY, value: JSON.stringify(LINE_1522_SEED) }, update: {} });
}

export async function writeLine1522(db: Db, value: Line1522): Promise<void> {
  const stored = JSON.stringify(value);
  await db.supportSetting.upsert({ where: { key: LINE_1522_KEY }, create: { key: LINE_1522_KEY, value: stored }, update: { value: stored } });
}
