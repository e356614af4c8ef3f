/** Query parameters that are secrets: never written to a log. */
const SECRET_PARAMETERS = ['api_key', 'preview', 'conversationId'];

/** The URL with its secret parameters' values hidden (for log lines). */
export function redactUrl(url: string): string {
  return url.replace(new RegExp(`([?&](?:${SECRET_PARAMETERS.join('|')})=)[^&#]*`, 'gi'), '$1[hidden]');
}

/** pino serializers for Fastify's request objects: method and redacted URL only (no headers, so no X-Api-Key). */
export const httpLogSerializers = {
  req: (request: { method?: string; url?: string }) => ({ method: request.method, url: redactUrl(request.url ?? '') }),
};
