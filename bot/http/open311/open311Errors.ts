import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { ForbiddenError, NotFoundError, ValidationError } from '../../services/errors';
import { Open311Error } from './open311Error';
import { errorFormatOf, sendList, XML_NAMES, type Open311Format } from './open311Format';

/** Every error of the scope, and every unknown URL in it, as a GeoReport error list: [{ code, description }]. */
export function registerOpen311Errors(scope: FastifyInstance): void {
  scope.setErrorHandler(async (error: FastifyError, request, reply) => {
    const status = statusOf(error);
    if (status >= 500) {
      request.log.error({ err: error.message, route: request.routeOptions.url }, 'open311 request failed');
      return sendError(reply, errorFormatOf(request), 500, 'internal error: please try again later, and tell ALER Milano if it goes on');
    }
    return sendError(reply, errorFormatOf(request), status, descriptionOf(error, status));
  });
  scope.setNotFoundHandler(async (request, reply) =>
    sendError(reply, errorFormatOf(request), 404, `no such resource: ${request.method} ${request.url.split('?')[0]}`),
  );
}

export function sendError(reply: FastifyReply, format: Open311Format, status: number, description: string): FastifyReply {
  return sendList(reply.code(status), format, XML_NAMES.errors, [{ code: status, description }]);
}

function statusOf(error: FastifyError): number {
  if (error instanceof Open311Error) return error.status;
  if (error instanceof ValidationError) return 400;
  if (error instanceof ForbiddenError) return 403;
  if (error instanceof NotFoundError) return 404;
  const code = error.statusCode ?? 500;
  // Fastify's own refusals (malformed JSON or form, wrong content type, body too large): bad input.
  if (code === 429) return 429;
  return code >= 400 && code < 500 ? 400 : 500;
}

function descriptionOf(error: FastifyError, status: number): string {
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return 'unsupported content type: send application/x-www-form-urlencoded or application/json';
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return 'the request body is too large';
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) return 'the request body is not valid JSON';
  return status === 400 && error.statusCode ? `bad request: ${error.message}` : error.message;
}
