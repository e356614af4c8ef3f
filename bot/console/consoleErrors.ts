import type { FastifyError, FastifyInstance } from 'fastify';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../services/errors';
import { BuildingImportError } from '../services/maintenance/buildingImport';
import { ContentInvalidError } from '../services/content/contentErrors';

/** Service errors become HTTP answers; anything else is a 500 logged once, without request bodies. */
export function registerConsoleErrors(scope: FastifyInstance): void {
  scope.setErrorHandler(async (error: FastifyError, request, reply) => {
    if (error instanceof BuildingImportError) return reply.code(400).send({ error: 'invalid', message: error.message, problems: error.problems });
    if (error instanceof ContentInvalidError) return reply.code(422).send({ error: 'content_invalid', message: error.message, problems: error.problems });
    if (error instanceof ValidationError) return reply.code(400).send({ error: 'invalid', message: error.message });
    if (error instanceof ForbiddenError) return reply.code(403).send({ error: 'forbidden', message: error.message });
    if (error instanceof NotFoundError) return reply.code(404).send({ error: 'not_found', message: error.message });
    if (error instanceof ConflictError) return reply.code(409).send({ error: 'conflict', message: error.message, detail: error.detail });
    if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET') {
      return reply.code(403).send({ error: 'csrf', message: 'missing or invalid CSRF token' });
    }
    if (error.statusCode && error.statusCode < 500) return reply.code(error.statusCode).send({ error: error.code ?? 'bad_request', message: error.message });
    request.log.error({ err: error.message, route: request.routeOptions.url }, 'console request failed');
    return reply.code(500).send({ error: 'internal', message: 'something went wrong' });
  });
}
