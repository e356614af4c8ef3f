import { NotFoundError } from '../errors';
import { can, requirePermission, type StaffIdentity } from '../staff/permissions';
import type { FailedTurn, InboxStore } from './inboxStore';

/** Turns that failed on a bug, for coordinators: when, in which flow, the error (never what the tenant wrote), and a retry. */
export class FailedTurns {
  constructor(
    private readonly inbox: InboxStore,
    /** Wakes the chat's worker once a failed update is pending again. */
    private readonly retry: (chatKey: string) => void,
  ) {}

  list(staff: StaffIdentity): Promise<FailedTurn[]> {
    requirePermission(can.seeFailedTurns(staff), 'failed turns');
    return this.inbox.failedTurns();
  }

  async runAgain(staff: StaffIdentity, id: string): Promise<void> {
    requirePermission(can.retryFailedTurns(staff), 'retry a failed turn');
    if (!/^\d{1,19}$/.test(id)) throw new NotFoundError('no such failed turn');
    const chatKey = await this.inbox.retryFailed(id);
    if (!chatKey) throw new NotFoundError('no such failed turn (or it was retried already)');
    this.retry(chatKey);
  }
}
