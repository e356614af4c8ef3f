import { ForbiddenError } from '../errors';

/** nurse: the health point's staff (ASST), who see only health appointments of their neighbourhoods. */
/** partner_support: the anti-violence partners' operators, who see only the call-back requests and the chats. */
export const STAFF_ROLES = ['community_manager', 'coordinator', 'admin', 'nurse', 'partner_support'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Who is acting in the console or the staff group. */
export interface StaffIdentity {
  id: string;
  name: string;
  role: StaffRole;
  /** The neighbourhoods assigned (what a community manager may see). */
  neighbourhoodIds: string[];
}

const SCOPED_ROLES: readonly StaffRole[] = ['community_manager', 'nurse'];

/** Community managers and nurses see their neighbourhoods; coordinators and admins see all. */
export function canSeeNeighbourhood(staff: StaffIdentity, neighbourhoodId: string): boolean {
  return !SCOPED_ROLES.includes(staff.role) || staff.neighbourhoodIds.includes(neighbourhoodId);
}

/** The neighbourhoods a query may return for this person (undefined: all). */
export function neighbourhoodScope(staff: StaffIdentity): string[] | undefined {
  return SCOPED_ROLES.includes(staff.role) ? staff.neighbourhoodIds : undefined;
}

export const can = {
  handleChats: (staff: StaffIdentity) => staff.role === 'community_manager' || staff.role === 'coordinator',
  editContent: (staff: StaffIdentity) => staff.role === 'coordinator' || staff.role === 'admin',
  seeFigures: (staff: StaffIdentity) => staff.role === 'coordinator' || staff.role === 'admin',
  manageAccounts: (staff: StaffIdentity) => staff.role === 'admin',
  /** Health appointments are health data: only the health points' staff, coordinators and admins. */
  runHealth: (staff: StaffIdentity) => staff.role === 'nurse' || staff.role === 'coordinator' || staff.role === 'admin',
  /** The discreet path's call-backs: the partner operators alone, not even admins. */
  supportCallbacks: (staff: StaffIdentity) => staff.role === 'partner_support',
  /** The chats of the discreet path: the partner operators alone, like the call-backs. */
  supportChats: (staff: StaffIdentity) => staff.role === 'partner_support',
  /** The anonymous daily count of discreet path openings. */
  seeOpenings: (staff: StaffIdentity) => staff.role === 'coordinator' || staff.role === 'admin' || staff.role === 'partner_support',
};

export function requireNeighbourhood(staff: StaffIdentity, neighbourhoodId: string): void {
  if (!canSeeNeighbourhood(staff, neighbourhoodId)) throw new ForbiddenError(`not allowed in neighbourhood ${neighbourhoodId}`);
}

export function requirePermission(allowed: boolean, what: string): void {
  if (!allowed) throw new ForbiddenError(`not allowed: ${what}`);
}
