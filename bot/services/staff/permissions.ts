import { ForbiddenError } from '../errors';

/** nurse: the health point's staff (ASST), who see only health appointments of their neighbourhoods. */
/** partner_support: the anti-violence partners' operators, who see only the call-back requests and the chats. */
/** partner_lead: a partner organisation's lead: its accounts and its audit log, nothing of the tenants. */
export const STAFF_ROLES = ['community_manager', 'coordinator', 'admin', 'nurse', 'partner_support', 'partner_lead'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const PARTNER_ROLES: readonly StaffRole[] = ['partner_support', 'partner_lead'];
export const isPartnerRole = (role: string): boolean => (PARTNER_ROLES as readonly string[]).includes(role);

/** Who is acting in the console or the staff group. */
export interface StaffIdentity {
  id: string;
  name: string;
  role: StaffRole;
  /** The neighbourhoods assigned (what a community manager may see). */
  neighbourhoodIds: string[];
  /** A partner account's organisation. */
  organisationId?: string | null;
}

/** Everything a role may be allowed to do. */
export const PERMISSIONS = [
  'requests.view',
  'requests.act',
  'reports.view',
  'reports.act',
  'content.edit',
  'settings.edit',
  'figures.view',
  'accounts.manage',
  'apiKeys.manage',
  'health.run',
  'centre.run',
  'support.callbacks',
  'support.chats',
  'support.openings',
  'partners.organisations',
  'partners.lead',
  'turns.failed.view',
  'turns.failed.retry',
  'privacy.record',
  'privacy.requests',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * The one table of what each role may do: the services check it, and the console pages get it
 * (`GET /console/api/roles`) to show only what a person may use. Admins manage accounts and settings and
 * may view requests, but do not act on them.
 */
export const ROLE_PERMISSIONS: Readonly<Record<StaffRole, readonly Permission[]>> = {
  community_manager: ['requests.view', 'requests.act', 'reports.view', 'reports.act', 'centre.run'],
  coordinator: ['requests.view', 'requests.act', 'reports.view', 'reports.act', 'content.edit', 'settings.edit', 'figures.view', 'health.run', 'centre.run', 'support.openings', 'partners.organisations', 'turns.failed.view', 'turns.failed.retry', 'privacy.requests'],
  admin: ['requests.view', 'reports.view', 'reports.act', 'content.edit', 'settings.edit', 'figures.view', 'accounts.manage', 'apiKeys.manage', 'health.run', 'centre.run', 'support.openings', 'partners.organisations', 'turns.failed.view', 'privacy.record'],
  nurse: ['health.run'],
  partner_support: ['support.callbacks', 'support.chats', 'support.openings'],
  partner_lead: ['support.openings', 'partners.lead'],
};

export const allows = (staff: { role: StaffRole }, permission: Permission): boolean => ROLE_PERMISSIONS[staff.role].includes(permission);

const SCOPED_ROLES: readonly StaffRole[] = ['community_manager', 'nurse'];

/** Community managers and nurses see their neighbourhoods; coordinators and admins see all. */
export function canSeeNeighbourhood(staff: StaffIdentity, neighbourhoodId: string): boolean {
  return !SCOPED_ROLES.includes(staff.role) || staff.neighbourhoodIds.includes(neighbourhoodId);
}

/** The neighbourhoods a query may return for this person (undefined: all). */
export function neighbourhoodScope(staff: StaffIdentity): string[] | undefined {
  return SCOPED_ROLES.includes(staff.role) ? staff.neighbourhoodIds : undefined;
}

/** Named checks on the table, as the services use them. */
export const can = {
  handleChats: (staff: StaffIdentity) => allows(staff, 'requests.act'),
  editContent: (staff: StaffIdentity) => allows(staff, 'content.edit'),
  seeFigures: (staff: StaffIdentity) => allows(staff, 'figures.view'),
  manageAccounts: (staff: StaffIdentity) => allows(staff, 'accounts.manage'),
  /** Health appointments are health data: only the health points' staff, coordinators and admins. */
  runHealth: (staff: StaffIdentity) => allows(staff, 'health.run'),
  /** The C.A.S.A. centre desks' appointments (a tenant's arrears): community managers, coordinators and admins, not nurses. */
  runCentre: (staff: StaffIdentity) => allows(staff, 'centre.run'),
  /** The discreet path's call-backs: the partner operators alone, not even admins. */
  supportCallbacks: (staff: StaffIdentity) => allows(staff, 'support.callbacks'),
  /** The chats of the discreet path: the partner operators alone, like the call-backs. */
  supportChats: (staff: StaffIdentity) => allows(staff, 'support.chats'),
  /** The anonymous daily count of discreet path openings. */
  seeOpenings: (staff: StaffIdentity) => allows(staff, 'support.openings'),
  /** Turns that failed on a bug: coordinators and admins see them, coordinators run them again. */
  seeFailedTurns: (staff: StaffIdentity) => allows(staff, 'turns.failed.view'),
  retryFailedTurns: (staff: StaffIdentity) => allows(staff, 'turns.failed.retry'),
  /** The record of processing and the retention runs: admins. */
  seePrivacyRecord: (staff: StaffIdentity) => allows(staff, 'privacy.record'),
  /** Export or erase for a tenant who asks in person or by letter, with the code the bot showed them: coordinators. */
  handlePrivacyRequests: (staff: StaffIdentity) => allows(staff, 'privacy.requests'),
};

export function requireNeighbourhood(staff: StaffIdentity, neighbourhoodId: string): void {
  if (!canSeeNeighbourhood(staff, neighbourhoodId)) throw new ForbiddenError(`not allowed in neighbourhood ${neighbourhoodId}`);
}

export function requirePermission(allowed: boolean, what: string): void {
  if (!allowed) throw new ForbiddenError(`not allowed: ${what}`);
}
