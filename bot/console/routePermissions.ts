import type { FastifyReply, FastifyRequest } from 'fastify';
import { allows, canSeeNeighbourhood, type Permission } from '../services/staff/permissions';
import type { RecordNeighbourhoods, ScopedRecord } from '../services/staff/recordNeighbourhoods';

/** What a console API route needs: any of these permissions (or just a log-in), and the record whose neighbourhood must be the caller's. */
interface RouteRule {
  anyOf: readonly Permission[] | 'staff';
  record?: ScopedRecord;
}

const rule = (anyOf: RouteRule['anyOf'], record?: ScopedRecord): RouteRule => ({ anyOf, record });
const VIEW_REQUESTS = rule(['requests.view']);
const VIEW_REQUEST = rule(['requests.view'], 'request');
const ACT_ON_REQUEST = rule(['requests.act'], 'request');
const EDIT = rule(['content.edit']);
const REPORTS = rule(['reports.view']);
const ACCOUNTS = rule(['accounts.manage', 'partners.lead']);

/** The routes of a kind of service point (routes/healthRoutes.ts): its staff run the agenda, editors the schedule. */
function pointRoutes(kind: 'health' | 'centre', run: Permission): Record<string, RouteRule> {
  const base = `/console/api/${kind}`;
  return {
    [`GET ${base}/points`]: rule([run]),
    [`PUT ${base}/points/:id`]: EDIT,
    [`GET ${base}/points/:id/affected`]: rule([run], 'healthPoint'),
    [`GET ${base}/services`]: rule([run]),
    [`PUT ${base}/services/:id`]: EDIT,
    [`GET ${base}/agenda`]: rule([run]),
    [`GET ${base}/figures`]: rule([run]),
    [`POST ${base}/appointments/:id/cancel`]: rule([run], 'appointment'),
    [`POST ${base}/appointments/:id/mark`]: rule([run], 'appointment'),
  };
}

/**
 * Every console API route and what it needs, checked before the route reads its input (from the roles table in
 * permissions.ts). A route missing here is refused to everyone: a new route needs its rule.
 */
export const ROUTE_PERMISSIONS: Readonly<Record<string, RouteRule>> = {
  'GET /console/api/languages': rule('staff'),
  'GET /console/api/queue': VIEW_REQUESTS,
  'GET /console/api/neighbourhoods': VIEW_REQUESTS,
  'GET /console/api/events': VIEW_REQUESTS,
  'GET /console/api/requests': VIEW_REQUESTS,
  'GET /console/api/requests/:id': VIEW_REQUEST,
  'POST /console/api/requests/:id/notes': ACT_ON_REQUEST,
  'GET /console/api/requests/:id/files/:messageId': VIEW_REQUEST,
  'POST /console/api/requests/:id/claim': ACT_ON_REQUEST,
  'POST /console/api/requests/:id/messages': ACT_ON_REQUEST,
  'POST /console/api/requests/:id/messages/:messageId/retry': ACT_ON_REQUEST,
  'POST /console/api/requests/:id/transfer': ACT_ON_REQUEST,
  'PUT /console/api/requests/:id/labels': ACT_ON_REQUEST,
  'PUT /console/api/requests/:id/urgent': ACT_ON_REQUEST,
  'PUT /console/api/requests/:id/over65': ACT_ON_REQUEST,
  'POST /console/api/requests/:id/hand-back': ACT_ON_REQUEST,
  'POST /console/api/requests/:id/close': ACT_ON_REQUEST,
  'GET /console/api/tenants/:id': rule(['requests.view', 'reports.view']),
  'GET /console/api/canned-replies': VIEW_REQUESTS,
  'PUT /console/api/canned-replies/:id': EDIT,
  'DELETE /console/api/canned-replies/:id': EDIT,
  'GET /console/api/neighbourhoods/:id/settings': rule(['settings.edit']),
  'PUT /console/api/neighbourhoods/:id/settings': rule(['settings.edit']),
  'GET /console/api/figures': rule(['figures.view']),
  'GET /console/api/content/draft': EDIT,
  'GET /console/api/content/translations': EDIT,
  'PUT /console/api/content/draft/texts': EDIT,
  'PUT /console/api/content/draft/trees/:id': EDIT,
  'POST /console/api/content/draft/languages': EDIT,
  'POST /console/api/content/draft/check': EDIT,
  'POST /console/api/content/draft/discard': EDIT,
  'POST /console/api/content/draft/import': EDIT,
  'POST /console/api/content/publish': EDIT,
  'GET /console/api/content/versions': EDIT,
  'GET /console/api/content/versions/:number/compare': EDIT,
  'POST /console/api/content/versions/:number/restore': EDIT,
  'POST /console/api/content/export': EDIT,
  'POST /console/api/content/preview-token': EDIT,
  'GET /console/api/accounts': ACCOUNTS,
  'POST /console/api/accounts': ACCOUNTS,
  'PATCH /console/api/accounts/:id': ACCOUNTS,
  'POST /console/api/accounts/:id/invite': ACCOUNTS,
  'GET /console/api/partner-organisations': rule(['partners.organisations']),
  'POST /console/api/partner-organisations': rule(['partners.organisations']),
  'GET /console/api/partner/audit': rule(['partners.lead']),
  'GET /console/api/audit': rule(['accounts.manage']),
  'GET /console/api/api-keys': rule(['apiKeys.manage']),
  'POST /console/api/api-keys': rule(['apiKeys.manage']),
  'DELETE /console/api/api-keys/:id': rule(['apiKeys.manage']),
  'GET /console/api/reports': REPORTS,
  'GET /console/api/reports.csv': REPORTS,
  'GET /console/api/reports/:id': rule(['reports.view'], 'report'),
  'GET /console/api/reports/:id/files/:fileId': rule(['reports.view'], 'report'),
  'POST /console/api/reports/:id/status': rule(['reports.act'], 'report'),
  'POST /console/api/reports/:id/notes': rule(['reports.act'], 'report'),
  'GET /console/api/buildings': REPORTS,
  'GET /console/api/buildings/:id/poster.:format': rule(['reports.view'], 'building'),
  'POST /console/api/buildings/import': EDIT,
  'DELETE /console/api/buildings/sample': EDIT,
  'GET /console/api/emergency-numbers': REPORTS,
  'PUT /console/api/emergency-numbers': EDIT,
  ...pointRoutes('health', 'health.run'),
  ...pointRoutes('centre', 'centre.run'),
  'GET /console/api/support/partners': EDIT,
  'PUT /console/api/support/partners': EDIT,
  'GET /console/api/support/code-words': EDIT,
  'PUT /console/api/support/code-words': EDIT,
  'GET /console/api/support/line1522': EDIT,
  'PUT /console/api/support/line1522': EDIT,
  'GET /console/api/support/openings': rule(['support.openings']),
  'GET /console/api/failed-turns': rule(['turns.failed.view']),
  'POST /console/api/failed-turns/:id/retry': rule(['turns.failed.retry']),
  'GET /console/api/support/callbacks': rule(['support.callbacks']),
  'POST /console/api/support/callbacks/:id/handled': rule(['support.callbacks']),
  'GET /console/api/support/chats': rule(['support.chats']),
  'GET /console/api/support/chats/:id': rule(['support.chats']),
  'POST /console/api/support/chats/:id/take': rule(['support.chats']),
  'POST /console/api/support/chats/:id/messages': rule(['support.chats']),
  'POST /console/api/support/chats/:id/end': rule(['support.chats']),
  'GET /console/api/privacy/record': rule(['privacy.record']),
  'GET /console/api/privacy/retention': rule(['privacy.record']),
  'POST /console/api/privacy/export': rule(['privacy.requests']),
  'POST /console/api/privacy/erase': rule(['privacy.requests']),
};

const FORBIDDEN = { error: 'forbidden', message: 'not allowed for this role' };

/** preHandler (after requireStaff): the route's rule, before the route reads anything; no rule, no access. */
export function routePermissions(records: RecordNeighbourhoods) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const staff = request.staff;
    const routeRule = ROUTE_PERMISSIONS[`${request.method === 'HEAD' ? 'GET' : request.method} ${request.routeOptions.url ?? ''}`];
    if (!staff || !routeRule || (routeRule.anyOf !== 'staff' && !routeRule.anyOf.some((permission) => allows(staff, permission)))) {
      await reply.code(403).send(FORBIDDEN);
      return;
    }
    if (!routeRule.record) return;
    const { id } = request.params as { id?: string };
    const neighbourhoodId = id === undefined ? undefined : await records.of(routeRule.record, id);
    // An unknown record is left to the route (404); a record of another neighbourhood is refused here.
    if (neighbourhoodId !== undefined && !canSeeNeighbourhood(staff, neighbourhoodId)) await reply.code(403).send(FORBIDDEN);
  };
}
