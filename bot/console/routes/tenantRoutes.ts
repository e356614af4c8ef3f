import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { TenantProfiles } from '../../services/desk/tenantProfiles';
import { parseOrThrow } from '../../services/validation';
import { staffOf } from '../consoleAuth';
import type { ConsoleDeps } from '../consoleDeps';

const idParams = z.object({ id: z.string().min(1).max(40) });

/** A tenant's page: who they are and what of theirs the caller may see (the service decides). */
export function registerTenantRoutes(api: FastifyInstance, deps: ConsoleDeps): void {
  const profiles = new TenantProfiles(deps.db, deps.languageName);
  api.get('/api/tenants/:id', async (request) => profiles.profile(staffOf(request), parseOrThrow(idParams, request.params).id));
}
