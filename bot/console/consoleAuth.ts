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
