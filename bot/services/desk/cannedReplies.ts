import { z } from 'zod';
import seed from '../../../prisma/seed/cannedReplies.json';
import type { Db } from '../../db/prismaClient';
import { SUPPORTED_LANGUAGES } from '../../i18n/languages';
import { NotFoundError, ValidationError } from '../errors';
import { parseOrThrow } from '../validation';
import { STAFF_MESSAGE_LIMIT } from './staffMessages';

const text = z.string().trim().min(1).max(STAFF_MESSAGE_LIMIT);
/** A canned reply needs a text in every supported language, so every tenant gets it in theirs. */
export const cannedReplySchema = z.object({
  title: z.string().trim().min(1).max(80),
  texts: z.object(Object.fromEntries(SUPPORTED_LANGUAGES.map((language) => [language, text])) as Record<(typeof SUPPORTED_LANGUAGES)[number], typeof text>),
});
export const CANNED_REPLY_ID = /^[a-zA-Z][a-zA-Z0-9_-]{0,39}$/;

export class CannedReplies {
  constructor(private readonly db: Db) {}

  async list() {
    const replies = await this.db.cannedReply.findMany({ include: { texts: true }, orderBy: { title: 'asc' } });
    return replies.map((reply) => ({ id: reply.id, title: reply.title, texts: Object.fromEntries(reply.texts.map((entry) => [entry.language, entry.text])) }));
  }

  async save(id: string, input: unknown): Promise<void> {
    if (!CANNED_REPLY_ID.test(id)) throw new ValidationError('the id is letters, digits, - and _ (40 at most)');
    const { title, texts } = parseOrThrow(cannedReplySchema, input);
    await this.db.$transaction([
      this.db.cannedReply.upsert({ where: { id }, create: { id, title }, update: { title } }),
      this.db.cannedReplyText.deleteMany({ where: { cannedReplyId: id } }),
      this.db.cannedReplyText.createMany({ data: Object.entries(texts).map(([language, value]) => ({ cannedReplyId: id, language, text: value })) }),
    ]);
  }

  async remove(id: string): Promise<void> {
    const removed = await this.db.cannedReply.deleteMany({ where: { id } });
    if (removed.count === 0) throw new NotFoundError('no such canned reply');
  }

  /** Ships the programme's common answers once; never overwrites what coordinators edited. */
  async seed(): Promise<void> {
    for (const reply of z.array(cannedReplySchema.extend({ id: z.string().regex(CANNED_REPLY_ID) })).parse(seed)) {
      if (await this.db.cannedReply.findUnique({ where: { id: reply.id } })) continue;
      await this.save(reply.id, reply);
    }
  }
}
