import type { SessionStore } from '@fastify/session';
import type { Db } from '../db/prismaClient';

type Session = Parameters<SessionStore['set']>[1];
type Callback = (error?: unknown) => void;

/** @fastify/session's store on Prisma: sessions survive restarts and are shared by every bot process. */
export class PrismaSessionStore implements SessionStore {
  constructor(
    private readonly db: Db,
    private readonly ttlMs: number,
    private readonly now: () => Date = () => new Date(),
  ) {}

  set(sessionId: string, session: Session, callback: Callback): void {
    const expiresAt = session.cookie.expires ?? new Date(this.now().getTime() + this.ttlMs);
    const data = JSON.stringify(session);
    const staffId = typeof session.staffId === 'string' ? session.staffId : null;
    this.db.staffSession
      .upsert({ where: { id: sessionId }, create: { id: sessionId, data, expiresAt, staffId }, update: { data, expiresAt, staffId } })
      .then(() => callback(), callback);
  }

  get(sessionId: string, callback: (error: unknown, result?: Session | null) => void): void {
    this.db.staffSession
      .findUnique({ where: { id: sessionId } })
      .then((row) => callback(null, row && row.expiresAt > this.now() ? (JSON.parse(row.data) as Session) : null), (error) => callback(error));
  }

  destroy(sessionId: string, callback: Callback): void {
    this.db.staffSession.deleteMany({ where: { id: sessionId } }).then(() => callback(), callback);
  }

  async forgetExpired(): Promise<void> {
    await this.db.staffSession.deleteMany({ where: { expiresAt: { lt: this.now() } } });
  }
}
