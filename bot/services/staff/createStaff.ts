import type { Db } from '../../db/prismaClient';
import { AuditLog } from './auditLog';
import { OpeningLog } from './openingLog';
import { PartnerInvites } from './partnerInvites';
import { PartnerOrganisations } from './partnerOrganisations';
import { StaffAccounts } from './staffAccounts';
import { StaffLogin } from './staffLogin';

export type Staff = ReturnType<typeof createStaff>;

/** Staff accounts, their log-in, partner organisations and invites, and the one audit log, wired together. */
export function createStaff(db: Db, now: () => Date = () => new Date()) {
  const audit = new AuditLog(db, now);
  const invites = new PartnerInvites(db, audit, now);
  return {
    audit,
    openingLog: new OpeningLog(audit),
    invites,
    organisations: new PartnerOrganisations(db),
    accounts: new StaffAccounts(db, audit, new StaffLogin(db, audit, now), invites),
  };
}
