import { httpLogSerializers, redactUrl } from '../../../../bot/http/redactUrl';

describe('log lines of HTTP requests', () => {
  it('hide the values of api_key, preview tokens and sandbox conversation ids', () => {
    expect(redactUrl('/open311/v2/requests.json?status=open&api_key=casa_secret123&service_code=lift')).toBe('/open311/v2/requests.json?status=open&api_key=[hidden]&service_code=lift');
    expect(redactUrl('/open311/v2/requests.json?API_KEY=casa_secret123')).toBe('/open311/v2/requests.json?API_KEY=[hidden]');
    expect(redactUrl('/sandbox/api/messages?conversationId=abc.def')).toBe('/sandbox/api/messages?conversationId=[hidden]');
    expect(redactUrl('/healthz')).toBe('/healthz');
  });

  it('keep only the method and the redacted URL of a request, never its headers (X-Api-Key)', () => {
    const request = { method: 'GET', url: '/open311/v2/requests.json?api_key=casa_secret123', headers: { 'x-api-key': 'casa_secret123' } };
    expect(JSON.stringify(httpLogSerializers.req(request))).not.toContain('casa_secret123');
  });
});
