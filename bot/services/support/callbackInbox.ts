import { z } from 'zod';
import type { Db } from '../../db/prismaClient';
import { NotFoundError } from '../errors';
import { can, requirePermission, type StaffIdentity } from '../staff/permissions';
import { toLocal } from '../desk/zonedTime';
import { open } from './sealing';

const opened = z.object({ phone: z.string(), date: z.string().optional(), window: z.string(), language: z.string(), askedAt: z.string() });

/**
 * A request as the console reads it: `date` and `slot` are the day (Milan) and window chosen; `window` is the
 * same as "today-…"/"tomorrow-…" from the day it was asked (what the console shows now).
 */
function asListed(sealed: z.infer<typeof opened>) {
  const { date, window, ...rest } = sealed;
  if (!date) return { ...rest, window };
  const day = date === toLocal(new Date(sealed.askedAt)).date ? 'today' : 'tomorrow';
  return { ...rest, window: `${day}-${window}`, date, slot: window };
}

/** The call-back requests, for the partner operators only: read, and deleted once handled or after seven days. */
export class CallbackInbox {
  constructor(
    private readonly db: Db,
    private readonly key: Buffer,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(staff: StaffIdentity) {
    requirePermission(can.supportCallbacks(staff), 'call-back requests');
    const rows = await this.db.callbackRequest.findMany({ where: { expiresAt: { gt: this.now() } } });
    // Oldest first by the exact time asked, which is sealed (the row's own is the hour).
    const requests = rows.map((row) => ({ id: row.id, expiresAt: row.expiresAt, ...asListed(opened.parse(JSON.parse(open(this.key, row.sealed)))) }));
    return requests.sort((a, b) => a.askedAt.localeCompare(b.askedAt));
  }

  /** Handled: the request is deleted at once, nothing of it stays. */
  async handled(staff: StaffIdentity, id: string): Promise<void> {
    requirePermission(can.supportCallbacks(staff), 'call-back requests');
    const { count } = await this.db.callbackRequest.deleteMany({ where: { id } });
    if (count === 0) throw new NotFoundError('no such request');
  }

  /** Deletes the requests older than seven days. */
  async sweep(): Promise<number> {
    return (await this.db.callbackRequest.deleteMany({ where: { expiresAt: { lte: this.now() } } })).count;
  }
}
