import { z } from 'zod';
import { isTrialChannel } from '../trialRecords';
import type { Db } from '../../db/prismaClient';
import { normalizeCodeWord, type CallbackInput, type Line1522Facts, type SupportChatPort, type SupportContact, type SupportDesk as SupportDeskPort } from '../../../dialogs/wellbeing/discreetPath';
import type { OpeningCounts } from './openingCounts';
import { inLanguage } from '../../i18n/translatedFields';
import { readLine1522 } from './line1522';
import { PARTNER_TEXTS } from './supportSettings';
import { seal } from './sealing';
import { hourAfter, hourOf } from './coarseTime';

const CODE_WORDS_TTL_MS = 60_000;
export const CALLBACK_DAYS = 7;

const callbackInput = z.object({
  phone: z.string().regex(/^\+?[0-9]{6,20}$/),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  window: z.enum(['morning', 'afternoon', 'evening']),
  language: z.string().min(2).max(5),
});

/** The discreet path's data. Only the call-back and the chat are written, encrypted and tied to nobody, and a daily count. */
export class SupportDesk implements SupportDeskPort {
  private codeWords: { words: Set<string>; at: number } | undefined;
  readonly chat: SupportChatPort;
  private readonly openings: OpeningCounts;

  constructor(
    private readonly db: Db,
    private readonly key: Buffer,
    parts: { chat: SupportChatPort; openings: OpeningCounts },
    private readonly now: () => Date = () => new Date(),
  ) {
    this.chat = parts.chat;
    this.openings = parts.openings;
  }

  async contacts(language: string): Promise<SupportContact[]> {
    const rows = await this.db.supportPartner.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }] });
    return rows.map((row) => {
      const { name, phone, hours, address } = inLanguage(row, PARTNER_TEXTS, language);
      return { name, phone, hours, address };
    });
  }

  async isCodeWord(text: string): Promise<boolean> {
    if (text.length > 60) return false;
    if (!this.codeWords || Date.now() - this.codeWords.at > CODE_WORDS_TTL_MS) {
      const rows = await this.db.codeWord.findMany();
      this.codeWords = { words: new Set(rows.map((row) => row.word)), at: Date.now() };
    }
    return this.codeWords.words.has(normalizeCodeWord(text));
  }

  /** The code words changed in the console: read them again at the next message. */
  forgetCodeWords(): void {
    this.codeWords = undefined;
  }

  /** 1522's languages and chat, as coordinators keep them (the seed until they do). */
  line1522(): Promise<Line1522Facts> {
    return readLine1522(this.db);
  }

  /** One more opening today; a sandbox trial counts in no figure. */
  async countOpening(channel: string): Promise<void> {
    if (!isTrialChannel(channel)) await this.openings.record();
  }

  async requestCallback(input: CallbackInput): Promise<void> {
    const parsed = callbackInput.parse(input);
    const now = this.now();
    await this.db.callbackRequest.create({
      // The exact time is sealed; the plain ones are hours (see coarseTime).
      data: { sealed: seal(this.key, JSON.stringify({ ...parsed, askedAt: now.toISOString() })), createdAt: hourOf(now), expiresAt: hourAfter(now, CALLBACK_DAYS * 86_400_000) },
    });
  }
}
