import type { FastifyInstance } from 'fastify';
import { allows, can, requirePermission } from '../../services/staff/permissions';
import { ForbiddenError } from '../../services/errors';
import { staffOf } from '../consoleAuth';
import type { ConsoleDeps } from '../consoleDeps';

/** Partner organisations (coordinators and admins add them), each organisation's audit log (its lead), and the staff-wide log (admins). */
export function registerPartnerRoutes(api: FastifyInstance, { organisations, audit, accounts }: ConsoleDeps): void {
  api.get('/api/partner-organisations', async (request) => {
    requirePermission(allows(staffOf(request), 'partners.organisations'), 'partner organisations');
    return organisations.list();
  });

  api.post('/api/partner-organisations', async (request, reply) => {
    requirePermission(allows(staffOf(request), 'partners.organisations'), 'partner organisations');
    return reply.code(201).send({ id: await organisations.create(request.body) });
  });

  // The organisation's own log: only its lead reads it; reading it marks it seen.
  api.get('/api/partner/audit', async (request) => {
    const staff = staffOf(request);
    if (!allows(staff, 'partners.lead') || !staff.organisationId) throw new ForbiddenError('not allowed: the organisation audit log');
    const entries = await audit.list(staff.organisationId, request.query);
    await accounts.markAuditSeen(staff.id, new Date());
    return entries;
  });

  // Lock-outs, repeated failures and account changes of the staff (not of the partners).
  api.get('/api/audit', async (request) => {
    requirePermission(can.manageAccounts(staffOf(request)), 'the audit log');
    return audit.list(null, request.query);
  });
}
