import type { Db } from '../db/prismaClient';

export interface TranscriptLine {
  direction: 'in' | 'out';
  text: string;
}

const LINE_LIMIT = 2000;

/** The tenant's conversation with the bot, so a manager who takes the chat can read what happened before. */
export class TranscriptService {
  constructor(private readonly db: Db) {}

  async record(tenantId: string, lines: TranscriptLine[], at: Date = new Date()): Promise<void> {
    const kept = lines.filter((line) => line.text.trim() !== '');
    if (kept.length === 0) return;
    await this.db.transcriptEntry.createMany({
      data: kept.map((line, index) => ({ tenantId, direction: line.direction, text: line.text.slice(0, LINE_LIMIT), createdAt: new Date(at.getTime() + index) })),
    });
  }

  async recent(tenantId: string, limit = 100) {
    const entries = await this.db.transcriptEntry.findMany({ where: { tenantId }, orderBy: { id: 'desc' }, take: limit });
    return entries.reverse();
  }
}
