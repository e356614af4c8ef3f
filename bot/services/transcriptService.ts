import { sqlRowsOf, type Db } from '../db/prismaClient';

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
    // Every turn writes here: plain SQL (see sqlRows.ts).
    await sqlRowsOf(this.db).run(
      `INSERT INTO "TranscriptEntry" ("tenantId", "direction", "text", "createdAt") VALUES ${kept.map(() => '(?, ?, ?, ?)').join(', ')}`,
      kept.flatMap((line, index) => [tenantId, line.direction, line.text.slice(0, LINE_LIMIT), new Date(at.getTime() + index)]),
    );
  }

  async recent(tenantId: string, limit = 100) {
    const entries = await this.db.transcriptEntry.findMany({ where: { tenantId }, orderBy: { id: 'desc' }, take: limit });
    return entries.reverse();
  }
}
