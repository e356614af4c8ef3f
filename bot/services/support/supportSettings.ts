import { z } from 'zod';
import type { Db } from '../../db/prismaClient';
import { normalizeCodeWord } from '../../../dialogs/wellbeing/discreetPath';
import { can, requirePermission, type StaffIdentity } from '../staff/permissions';
import { readTranslations, translationsSchema, writeTranslations } from '../../i18n/translatedFields';
import { parseOrThrow } from '../validation';
import { line1522Schema, readLine1522, seedLine1522, writeLine1522, type Line1522 } from './line1522';

/** What a partner's entry says in words: translated; its phone is not. */
export const PARTNER_TEXTS = ['name', 'hours', 'address'] as const;

const partners = z
  .array(
    z.object({
      name: z.string().trim().min(2).max(80),
      phone: z.string().trim().regex(/^\+?[0-9][0-9 ./-]{2,19}$/, 'a phone number: digits, spaces and + only'),
      hours: z.string().trim().min(2).max(200),
      address: z.string().trim().max(200).default(''),
      translations: translationsSchema(PARTNER_TEXTS).default({}),
    }),
  )
  .max(20);
const codeWords = z
  .array(z.string().trim().min(3, 'at least 3 characters').max(60))
  .max(50)
  .transform((words) => [...new Set(words.map(normalizeCodeWord))]);

/** What coordinators set for the discreet path: the partners' contacts, the code words and 1522's facts. */
export class SupportSettings {
  constructor(
    private readonly db: Db,
    private readonly onCodeWordsChanged: () => void,
  ) {}

  async partners(staff: StaffIdentity) {
    requirePermission(can.editContent(staff), 'support partners');
    const rows = await this.db.supportPartner.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }] });
    return rows.map(({ name, phone, hours, address, translations }) => ({ name, phone, hours, address, translations: readTranslations(translations) }));
  }

  async replacePartners(staff: StaffIdentity, input: unknown): Promise<void> {
    requirePermission(can.editContent(staff), 'support partners');
    const list = parseOrThrow(partners, input);
    await this.db.$transaction([this.db.supportPartner.deleteMany({}), ...list.map((partner, index) => this.db.supportPartner.create({ data: { ...partner, translations: writeTranslations(partner.translations), sortOrder: index } }))]);
  }

  async codeWords(staff: StaffIdentity): Promise<string[]> {
    requirePermission(can.editContent(staff), 'code words');
    return (await this.db.codeWord.findMany({ orderBy: { word: 'asc' } })).map((row) => row.word);
  }

  async replaceCodeWords(staff: StaffIdentity, input: unknown): Promise<void> {
    requirePermission(can.editContent(staff), 'code words');
    const words = parseOrThrow(codeWords, input);
    await this.db.$transaction([this.db.codeWord.deleteMany({}), this.db.codeWord.createMany({ data: words.map((word) => ({ word })) })]);
    this.onCodeWordsChanged();
  }

  /** 1522's languages and chat link (support setting "line1522"), for the console's settings page. */
  async line1522(staff: StaffIdentity): Promise<Line1522> {
    requirePermission(can.editContent(staff), 'support settings');
    return readLine1522(this.db);
  }

  /** Replaces 1522's facts: `{languages: ["it", "en", …], chatUrl: "https://…"}`; the bot uses them at the next message. */
  async replaceLine1522(staff: StaffIdentity, input: unknown): Promise<Line1522> {
    requirePermission(can.editContent(staff), 'support settings');
    const value = parseOrThrow(line1522Schema, input);
    await writeLine1522(this.db, value);
    return value;
  }

  /** The seeds of the support settings, at start (values already set are kept). */
  async seed(): Promise<void> {
    await seedLine1522(this.db);
  }
}
