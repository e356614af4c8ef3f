import type { Db } from '../../db/prismaClient';
import type { DeskEvents } from '../desk/deskEvents';
import type { AuditLog } from '../staff/auditLog';
import type { RetentionPeriods } from './retentionPolicy';
import { TenantData } from './tenantData';
import { TenantErasure } from './tenantErasure';
import { TenantPrivacy } from './tenantPrivacy';
import { StaffPrivacy } from './staffPrivacy';

export type Privacy = ReturnType<typeof createPrivacy>;

/** The privacy services wired together: the tenant's side, and the erasure the retention job and the console share. */
export function createPrivacy(db: Db, events: DeskEvents, audit: AuditLog, retention: RetentionPeriods, afterErase: () => void, now: () => Date = () => new Date()) {
  const data = new TenantData(db, now);
  const erasure = new TenantErasure(db, events, audit, now, afterErase);
  return {
    data,
    erasure,
    tenant: new TenantPrivacy(db, data, erasure, audit, retention, now),
    staff: new StaffPrivacy(db, data, erasure, audit, retention, now),
  };
}
