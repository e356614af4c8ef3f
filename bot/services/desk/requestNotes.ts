import type { Db } from '../../db/prismaClient';
import { ValidationError } from '../errors';
import { can, requirePermission, type StaffIdentity } from '../staff/permissions';
import type { DeskEvents } from './deskEvents';
import type { StaffDesk } from './staffDesk';

export const NOTE_LIMIT = 2000;

/**
 * Internal notes in a chat, for colleagues: kept apart from the messages, so no path that sends messages to the
 * tenant (console, staff group, retries) can ever pick one up.
 */
export class RequestNotes {
  constructor(
    private readonly db: Db,
    private readonly desk: StaffDesk,
    private readonly events: DeskEvents,
  ) {}

  async add(actor: StaffIdentity, requestId: number, text: string): Promise<number> {
    const request = await this.desk.visibleRequest(actor, requestId);
    requirePermission(can.handleChats(actor), 'write notes');
    const clean = text.trim();
    if (!clean) throw new ValidationError('the note is empty');
    const note = await this.db.requestNote.create({ data: { requestId, staffId: actor.id, text: clean.slice(0, NOTE_LIMIT) } });
    this.events.publish({ type: 'request.changed', requestId, neighbourhoodId: request.neighbourhoodId, change: 'noted', staffId: actor.id });
    return note.id;
  }
}
