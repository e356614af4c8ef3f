import { createHmac, randomBytes } from 'node:crypto';
import type { AuditLog } from './auditLog';
import type { StaffIdentity } from './permissions';

const FORGET_AFTER = 10_000;

/**
 * Each opening of a call-back or a chat by an operator goes into the organisation's audit log once (not each
 * refresh of the page), with who and when only: the item's id is never written, so no row ties the log to a
 * call-back or a chat. Which openings were logged is kept in memory, as an HMAC with a key of this process.
 */
export class OpeningLog {
  private readonly key = randomBytes(32);
  private readonly logged = new Set<string>();

  constructor(private readonly audit: AuditLog) {}

  async opened(staff: StaffIdentity, action: 'callback.opened' | 'chat.opened', itemId: string): Promise<void> {
    const mark = createHmac('sha256', this.key).update(`${staff.id}\u0000${action}\u0000${itemId}`).digest('base64url');
    if (this.logged.has(mark)) return;
    if (this.logged.size >= FORGET_AFTER) this.logged.clear();
    this.logged.add(mark);
    await this.audit.record({ organisationId: staff.organisationId ?? null, actorId: staff.id, action });
  }
}
