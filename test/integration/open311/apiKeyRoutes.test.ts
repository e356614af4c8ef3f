import Fastify, { type FastifyInstance } from 'fastify';
import { registerConsoleErrors } from '../../../bot/console/consoleErrors';
import { registerApiKeyRoutes } from '../../../bot/console/routes/apiKeyRoutes';
import { ApiKeys } from '../../../bot/services/maintenance/apiKeys';
import { STAFF_ROLES, type StaffRole } from '../../../bot/services/staff/permissions';
import { createTestDatabase, type TestDatabase } from '../../support/testDatabase';

/**
 * The console routes of the API keys, behind a stand-in for the console's log-in (the x-test-role header
 * names the role of the member of staff). Through the real console they also need a session and CSRF.
 */
describe('the console routes of the Open311 API keys', () => {
  let database: TestDatabase;
  let server: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = Fastify();
    await server.register(
      async (scope) => {
        registerConsoleErrors(scope);
        scope.addHook('preHandler', async (request) => {
          const role = request.headers['x-test-role'];
          if (typeof role === 'string' && (STAFF_ROLES as readonly string[]).includes(role)) {
            request.staff = { id: `staff-${role}`, name: role, role: role as StaffRole, neighbourhoodIds: [] };
          }
        });
        registerApiKeyRoutes(scope, { db: database.db });
      },
      { prefix: '/console' },
    );
    await server.listen({ port: 0, host: '127.0.0.1' });
    const address = server.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/console`;
  });
  afterAll(async () => {
    await server.close();
    await database.drop();
  });

  async function call(role: StaffRole, method: 'GET' | 'POST' | 'DELETE', path: string, payload?: object) {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'x-test-role': role, ...(payload ? { 'content-type': 'application/json' } : {}) },
      body: payload ? JSON.stringify(payload) : undefined,
    });
    const body = await response.text();
    return { statusCode: response.status, headers: response.headers, body, json: <T>() => JSON.parse(body) as T };
  }

  it('lets an admin make a key (shown once), list keys without hashes, and revoke one', async () => {
    const created = await call('admin', 'POST', '/api/api-keys', { name: '  Impresa Rossi ' });
    expect(created.statusCode).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const body = created.json<{ id: string; name: string; key: string }>();
    expect(body).toEqual({ id: expect.any(String), name: 'Impresa Rossi', key: expect.stringMatching(/^casa_/) });
    expect(await new ApiKeys(database.db).verify(body.key)).toEqual({ id: body.id, name: 'Impresa Rossi' });

    const listed = await call('admin', 'GET', '/api/api-keys');
    expect(listed.statusCode).toBe(200);
    expect(listed.body).not.toContain(body.key);
    expect(listed.body).not.toContain('keyHash');
    expect(listed.json<{ id: string; revokedAt: string | null }[]>()).toContainEqual(expect.objectContaining({ id: body.id, name: 'Impresa Rossi', revokedAt: null }));

    expect((await call('admin', 'DELETE', `/api/api-keys/${body.id}`)).statusCode).toBe(204);
    expect(await new ApiKeys(database.db).verify(body.key)).toBeUndefined();
  });

  it('refuses a key without a name (400) and an unknown key to revoke (404)', async () => {
    expect((await call('admin', 'POST', '/api/api-keys', { name: '   ' })).statusCode).toBe(400);
    expect((await call('admin', 'POST', '/api/api-keys', {})).statusCode).toBe(400);
    expect((await call('admin', 'DELETE', '/api/api-keys/no-such-key')).statusCode).toBe(404);
  });

  it.each<StaffRole>(['coordinator', 'community_manager'])('refuses a %s (403), changing nothing', async (role) => {
    const before = await database.db.apiKey.count();
    expect((await call(role, 'GET', '/api/api-keys')).statusCode).toBe(403);
    expect((await call(role, 'POST', '/api/api-keys', { name: 'Nope' })).statusCode).toBe(403);
    expect(await database.db.apiKey.count()).toBe(before);
    const kept = await new ApiKeys(database.db).create('Resta valida');
    expect((await call(role, 'DELETE', `/api/api-keys/${kept.id}`)).statusCode).toBe(403);
    expect(await new ApiKeys(database.db).verify(kept.key)).toEqual({ id: kept.id, name: 'Resta valida' });
  });
});
