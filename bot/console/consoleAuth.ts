import type { FastifyReply, FastifyRequest } from 'fastify';
import type { StaffAccounts } from '../services/staff/staffAccounts';
import type { StaffIdentity } from '../services/staff/permissions';

declare module 'fastify' {
  interface Session {
    staffId?: string;
  }
  interface FastifyRequest {
    staff?: StaffIdentity;
  }
}

/** preHandler: only a logged-in, active staff member goes on; the identity is read fresh (role changes apply at once). */
export function requireStaff(accounts: StaffAccounts) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const staffId = request.session.staffId;
    const staff = staffId ? await accounts.identityById(staffId) : undefined;
    if (!staff) {
      await reply.code(401).send({ error: 'unauthorized', message: 'log in first' });
      return;
    }
    request.staff = staff;
  };
}

/** The staff member of an authenticated request. */
export function staffOf(request: FastifyRequest): StaffIdentity {
  if (!request.staff) throw new Error('requireStaff must run before this route');
  return request.staff;
}

/** The only API a role limited to one feature reaches (besides the languages list). */
const FEATURE_ONLY: Partial<Record<string, string[]>> = {
  nurse: ['/console/api/health/'],
  partner_support: ['/console/api/support/callbacks', '/console/api/support/chats', '/console/api/support/openings'],
  partner_lead: ['/console/api/partner/', '/console/api/accounts', '/console/api/support/openings'],
};

/** preHandler: nurses reach only the health API, partner operators only the call-backs and their chats; never tenants' chats or reports. */
export async function limitedRolesInTheirFeature(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const prefixes = request.staff ? FEATURE_ONLY[request.staff.role] : undefined;
  const path = request.routeOptions.url ?? '';
  if (prefixes && !prefixes.some((prefix) => path.startsWith(prefix)) && path !== '/console/api/languages') {
    await reply.code(403).send({ error: 'forbidden', message: 'not allowed for this role' });
  }
}
