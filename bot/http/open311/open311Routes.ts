import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { i18n as I18n } from 'i18next';
import type { Db } from '../../db/prismaClient';
import { ApiKeys } from '../../services/maintenance/apiKeys';
import { Open311Reports } from '../../services/maintenance/open311Queries';
import { Open311Auth } from './open311Auth';
import { Open311Error } from './open311Error';
import { registerOpen311Errors } from './open311Errors';
import { formatOf, sendList, XML_NAMES } from './open311Format';
import { creationNotice, toGeoReport } from './open311Mapping';
import { newRequestOf, searchOf } from './open311Schemas';
import { geoReportServices } from './open311Services';

export interface Open311Deps {
  db: Db;
  i18n: I18n;
}

export interface Open311Options {
  /** Requests a minute for one api_key (or, without a valid key, one IP address). */
  requestsPerMinute: number;
}

export const OPEN311_DEFAULTS: Open311Options = { requestsPerMinute: 120 };

/** A POST carries a description of at most 4000 characters and a few fields: more is no service request. */
const BODY_LIMIT = 64 * 1024;

/**
 * The Open311 GeoReport v2 API at /open311/v2, for the contractors' systems: the report categories as
 * services, reading reports and making them. Everything but services needs an api_key (tenants'
 * descriptions are personal data); tenants' names, flats, photos and voice notes are never given out.
 */
export function registerOpen311Routes(server: FastifyInstance, deps: Open311Deps, options: Open311Options = OPEN311_DEFAULTS): void {
  void server.register(
    async (scope) => {
      const reports = new Open311Reports(deps.db);
      const auth = new Open311Auth(new ApiKeys(deps.db));
      const t = deps.i18n.getFixedT('it');

      scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_request, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(String(body))));
      });
      await scope.register(fastifyRateLimit, {
        max: options.requestsPerMinute,
        timeWindow: 60_000,
        // After the body is read, so a key sent in a POST form counts for its holder.
        hook: 'preHandler',
        keyGenerator: async (request) => {
          const holder = await auth.holderOf(request);
          return holder ? `key:${holder.id}` : `ip:${request.ip}`;
        },
        errorResponseBuilder: (_request, context) => new Open311Error(429, `too many requests: at most ${context.max} a minute, retry in ${context.after}`),
      });
      registerOpen311Errors(scope);

      scope.get('/services.:format', async (request, reply) => sendList(reply, formatOf(request), XML_NAMES.services, geoReportServices(t)));

      scope.get('/requests.:format', async (request, reply) => {
        const format = formatOf(request);
        await auth.require(request);
        const found = await reports.search(searchOf(request.query, new Date()));
        return sendList(reply, format, XML_NAMES.requests, found.map((report) => toGeoReport(report, t)));
      });

      scope.get<{ Params: { id: string } }>('/requests/:id.:format', async (request, reply) => {
        const format = formatOf(request);
        await auth.require(request);
        const report = await reports.byCode(request.params.id);
        if (!report) throw new Open311Error(404, `no service request ${request.params.id}`);
        return sendList(reply, format, XML_NAMES.requests, [toGeoReport(report, t)]);
      });

      scope.post('/requests.:format', { bodyLimit: BODY_LIMIT }, async (request, reply) => {
        const format = formatOf(request);
        const holder = await auth.require(request);
        const { code, joined } = await reports.create({ ...newRequestOf(request.body), apiKeyId: holder.id });
        // 201 for a new report; 200 when it joined the open report of the same fault (nothing new was made).
        return sendList(reply.code(joined ? 200 : 201), format, XML_NAMES.requests, [{ service_request_id: code, service_notice: creationNotice(code, joined), account_id: null }]);
      });
    },
    { prefix: '/open311/v2' },
  );
}
