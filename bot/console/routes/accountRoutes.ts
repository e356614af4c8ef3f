import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ForbiddenError } from '../../services/errors';
import { allows, can, isPartnerRole, requirePermission, type StaffIdentity } from '../../services/staff/permissions';
import { parseOrThrow } from '../../services/validation';
import { staffOf } from '../consoleAuth';
import type { ConsoleDeps } from '../consoleDeps';

const idParams = z.object({ id: z.string().min(1).max(40) });
const leadPatchSchema = z.object({ name: z.string().max(80).optional(), active: z.boolean().optional() }).strict();
const inviteLink = (token: string) => `/console/invite.html#${token}`;
const actorOf = (request: FastifyRequest) => ({ id: staffOf(request).id, sessionId: request.session.sessionId });

/** May this person manage accounts of this organisation: admins any, a partner lead only their own. */
function requireAccountManager(staff: StaffIdentity, organisationId: string | null | undefined): void {
  if (can.manageAccounts(staff)) return;
  if (allows(staff, 'partners.lead') && organisationId && organisationId === staff.organisationId) return;
  throw new ForbiddenError('not allowed: manage accounts');
}

/** Staff accounts: admins all of them; a partner lead the operators of their organisation. */
export function registerAccountRoutes(api: FastifyInstance, { accounts, invites }: ConsoleDeps): void {
  api.get('/api/accounts', async (request) => {
    const staff = staffOf(request);
    if (can.manageAccounts(staff)) return accounts.list();
    requireAccountManager(staff, staff.organisationId);
    return accounts.list(staff.organisationId ?? undefined);
  });

  api.post('/api/accounts', async (request, reply) => {
    const staff = staffOf(request);
    const body = parseOrThrow(z.object({ role: z.string().max(40), organisationId: z.string().max(40).nullish() }).loose(), request.body);
    requireAccountManager(staff, body.organisationId);
    // A lead adds operators to their organisation; leads themselves are added by an admin.
    if (!can.manageAccounts(staff) && body.role !== 'partner_support') throw new ForbiddenError('not allowed: a lead adds partner operators only');
    const created = await accounts.create(request.body as Parameters<typeof accounts.create>[0], actorOf(request));
    return reply.code(201).send({ id: created.id, ...(created.inviteToken ? { inviteUrl: inviteLink(created.inviteToken) } : {}) });
  });

  api.patch('/api/accounts/:id', async (request, reply) => {
    const { id } = parseOrThrow(idParams, request.params);
    const target = await accounts.membershipOf(id);
    const staff = staffOf(request);
    requireAccountManager(staff, target?.organisationId);
    // A lead may rename and (de)activate their operators, nothing else (no role, so no way out of the organisation).
    const patch = can.manageAccounts(staff) ? request.body : parseOrThrow(leadPatchSchema, request.body);
    await accounts.update(id, patch as Parameters<typeof accounts.update>[1], actorOf(request));
    return reply.code(204).send();
  });

  // A new invite link for a partner operator who has not set a password yet (the earlier link stops working).
  api.post('/api/accounts/:id/invite', async (request, reply) => {
    const { id } = parseOrThrow(idParams, request.params);
    const target = await accounts.membershipOf(id);
    requireAccountManager(staffOf(request), target?.organisationId);
    if (!target || !isPartnerRole(target.role)) throw new ForbiddenError('invites are for partner accounts');
    return reply.code(201).send({ inviteUrl: inviteLink(await invites.issue(id, staffOf(request).id)) });
  });
}
