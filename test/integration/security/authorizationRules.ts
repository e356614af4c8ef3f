/** Who may call each route: the one table the authorization matrix test checks every route against. */
export type Principal =
  | 'anonymous'
  | 'manager_own'
  | 'manager_other'
  | 'coordinator'
  | 'admin'
  | 'nurse_own'
  | 'nurse_other'
  | 'partner_support'
  | 'partner_lead';

export const PRINCIPALS: readonly Principal[] = ['anonymous', 'manager_own', 'manager_other', 'coordinator', 'admin', 'nurse_own', 'nurse_other', 'partner_support', 'partner_lead'];

/**
 * public: anyone (the sandbox in public mode, log-in, health); apiKey: Open311 routes that need a contractor's key
 * (403 to every principal without one); a list of principals: only those get past authorization (the others get
 * 401 when anonymous, 403 otherwise). "_own" is the neighbourhood of the test's records (Mazzini), "_other" another.
 */
export type Rule = 'public' | 'apiKey' | readonly Principal[];

const STAFF: readonly Principal[] = ['manager_own', 'manager_other', 'coordinator', 'admin', 'nurse_own', 'nurse_other', 'partner_support', 'partner_lead'];
const DESK: readonly Principal[] = ['manager_own', 'manager_other', 'coordinator', 'admin'];
const DESK_OWN: readonly Principal[] = ['manager_own', 'coordinator', 'admin'];
const ACT_OWN: readonly Principal[] = ['manager_own', 'coordinator'];
const EDITORS: readonly Principal[] = ['coordinator', 'admin'];
const HEALTH: readonly Principal[] = ['nurse_own', 'nurse_other', 'coordinator', 'admin'];
const HEALTH_OWN: readonly Principal[] = ['nurse_own', 'coordinator', 'admin'];
const CENTRE: readonly Principal[] = ['manager_own', 'manager_other', 'coordinator', 'admin'];
const CENTRE_OWN: readonly Principal[] = ['manager_own', 'coordinator', 'admin'];
const ADMIN: readonly Principal[] = ['admin'];
const PARTNER: readonly Principal[] = ['partner_support'];

export const AUTHORIZATION_RULES: Readonly<Record<string, Rule>> = {
  'GET /': 'public',
  'GET /healthz': 'public',
  'GET /readyz': 'public',
  'GET /sandbox': 'public',
  'GET /sandbox/api/languages': 'public',
  'POST /sandbox/api/conversations': 'public',
  'POST /sandbox/api/messages': 'public',
  'GET /sandbox/api/messages': 'public',
  'GET /open311/v2/services.:format': 'public',
  'GET /open311/v2/requests.:format': 'apiKey',
  'POST /open311/v2/requests.:format': 'apiKey',
  'GET /open311/v2/requests/:id.:format': 'apiKey',
  'GET /console/api/session': 'public',
  'GET /console/api/roles': 'public',
  'POST /console/api/login': 'public',
  'POST /console/api/logout': 'public',
  'POST /console/api/invites/accept': 'public',

  'GET /console/api/queue': DESK,
  'GET /console/api/neighbourhoods': DESK,
  'GET /console/api/events': DESK,
  'GET /console/api/requests/:id': DESK_OWN,
  'POST /console/api/requests/:id/claim': ACT_OWN,
  'POST /console/api/requests/:id/messages': ACT_OWN,
  'POST /console/api/requests/:id/messages/:messageId/retry': ACT_OWN,
  'POST /console/api/requests/:id/transfer': ACT_OWN,
  'PUT /console/api/requests/:id/labels': ACT_OWN,
  'PUT /console/api/requests/:id/urgent': ACT_OWN,
  'PUT /console/api/requests/:id/over65': ACT_OWN,
  'POST /console/api/requests/:id/hand-back': ACT_OWN,
  'POST /console/api/requests/:id/close': ACT_OWN,
  'GET /console/api/requests/:id/files/:messageId': DESK_OWN,
  'GET /console/api/tenants/:id': DESK_OWN,
  'GET /console/api/requests': DESK,
  'POST /console/api/requests/:id/notes': ACT_OWN,

  'GET /console/api/languages': STAFF,
  'GET /console/api/canned-replies': DESK,
  'PUT /console/api/canned-replies/:id': EDITORS,
  'DELETE /console/api/canned-replies/:id': EDITORS,
  'GET /console/api/neighbourhoods/:id/settings': EDITORS,
  'PUT /console/api/neighbourhoods/:id/settings': EDITORS,
  'GET /console/api/figures': EDITORS,

  'GET /console/api/content/draft': EDITORS,
  'GET /console/api/content/translations': EDITORS,
  'PUT /console/api/content/draft/texts': EDITORS,
  'PUT /console/api/content/draft/trees/:id': EDITORS,
  'POST /console/api/content/draft/languages': EDITORS,
  'POST /console/api/content/draft/check': EDITORS,
  'POST /console/api/content/draft/discard': EDITORS,
  'POST /console/api/content/draft/import': EDITORS,
  'POST /console/api/content/publish': EDITORS,
  'GET /console/api/content/versions': EDITORS,
  'GET /console/api/content/versions/:number/compare': EDITORS,
  'POST /console/api/content/versions/:number/restore': EDITORS,
  'POST /console/api/content/export': EDITORS,
  'POST /console/api/content/preview-token': EDITORS,

  'GET /console/api/accounts': ['admin', 'partner_lead'],
  'POST /console/api/accounts': ['admin', 'partner_lead'],
  'PATCH /console/api/accounts/:id': ['admin', 'partner_lead'],
  'POST /console/api/accounts/:id/invite': ['admin', 'partner_lead'],
  'GET /console/api/partner-organisations': EDITORS,
  'POST /console/api/partner-organisations': EDITORS,
  'GET /console/api/partner/audit': ['partner_lead'],
  'GET /console/api/audit': ADMIN,
  'GET /console/api/api-keys': ADMIN,
  'POST /console/api/api-keys': ADMIN,
  'DELETE /console/api/api-keys/:id': ADMIN,

  'GET /console/api/reports': DESK,
  'GET /console/api/reports.csv': DESK,
  'GET /console/api/reports/:id': DESK_OWN,
  'GET /console/api/reports/:id/files/:fileId': DESK_OWN,
  'POST /console/api/reports/:id/status': DESK_OWN,
  'POST /console/api/reports/:id/notes': DESK_OWN,
  'GET /console/api/buildings': DESK,
  'GET /console/api/buildings/:id/poster.:format': DESK_OWN,
  'POST /console/api/buildings/import': EDITORS,
  'DELETE /console/api/buildings/sample': EDITORS,
  'GET /console/api/emergency-numbers': DESK,
  'PUT /console/api/emergency-numbers': EDITORS,

  'GET /console/api/health/points': HEALTH,
  'PUT /console/api/health/points/:id': EDITORS,
  'GET /console/api/health/points/:id/affected': HEALTH_OWN,
  'GET /console/api/health/services': HEALTH,
  'PUT /console/api/health/services/:id': EDITORS,
  'GET /console/api/health/agenda': HEALTH,
  'GET /console/api/health/figures': HEALTH,
  'POST /console/api/health/appointments/:id/cancel': HEALTH_OWN,
  'POST /console/api/health/appointments/:id/mark': HEALTH_OWN,

  'GET /console/api/centre/points': CENTRE,
  'PUT /console/api/centre/points/:id': EDITORS,
  'GET /console/api/centre/points/:id/affected': CENTRE_OWN,
  'GET /console/api/centre/services': CENTRE,
  'PUT /console/api/centre/services/:id': EDITORS,
  'GET /console/api/centre/agenda': CENTRE,
  'GET /console/api/centre/figures': CENTRE,
  'POST /console/api/centre/appointments/:id/cancel': CENTRE_OWN,
  'POST /console/api/centre/appointments/:id/mark': CENTRE_OWN,

  'GET /console/api/support/partners': EDITORS,
  'PUT /console/api/support/partners': EDITORS,
  'GET /console/api/support/code-words': EDITORS,
  'PUT /console/api/support/code-words': EDITORS,
  'GET /console/api/support/line1522': EDITORS,
  'PUT /console/api/support/line1522': EDITORS,
  'GET /console/api/failed-turns': EDITORS,
  'POST /console/api/failed-turns/:id/retry': ['coordinator'],
  'GET /console/api/support/openings': ['coordinator', 'admin', 'partner_support', 'partner_lead'],
  'GET /console/api/support/callbacks': PARTNER,
  'POST /console/api/support/callbacks/:id/handled': PARTNER,
  'GET /console/api/support/chats': PARTNER,
  'GET /console/api/support/chats/:id': PARTNER,
  'POST /console/api/support/chats/:id/take': PARTNER,
  'POST /console/api/support/chats/:id/messages': PARTNER,
  'POST /console/api/support/chats/:id/end': PARTNER,
  'GET /console/api/privacy/record': ADMIN,
  'GET /console/api/privacy/retention': ADMIN,
  'POST /console/api/privacy/export': ['coordinator'],
  'POST /console/api/privacy/erase': ['coordinator'],
};
