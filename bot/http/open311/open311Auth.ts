import type { FastifyRequest } from 'fastify';
import type { ApiKeyHolder, ApiKeys } from '../../services/maintenance/apiKeys';
import { Open311Error } from './open311Error';

/**
 * Who calls: the holder of the key given in the X-Api-Key header, or the api_key in the query or the body. Looked up once a request (the rate
 * limit and the handler both ask).
 */
export class Open311Auth {
  private readonly holders = new WeakMap<FastifyRequest, Promise<ApiKeyHolder | undefined>>();

  constructor(private readonly keys: ApiKeys) {}

  holderOf(request: FastifyRequest): Promise<ApiKeyHolder | undefined> {
    let holder = this.holders.get(request);
    if (!holder) {
      holder = this.keys.verify(apiKeyOf(request));
      this.holders.set(request, holder);
    }
    return holder;
  }

  /** The holder, or a 403: tenants' descriptions are for key holders only. */
  async require(request: FastifyRequest): Promise<ApiKeyHolder> {
    const holder = await this.holderOf(request);
    if (holder) return holder;
    throw new Open311Error(403, apiKeyOf(request) ? 'invalid or revoked api_key' : 'api_key is required: ask ALER Milano for one');
  }
}

/** The key from the X-Api-Key header (kept out of URLs and proxy logs), or the spec's api_key parameter. */
function apiKeyOf(request: FastifyRequest): string | undefined {
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header !== '') return header;
  const inQuery = fieldOf(request.query, 'api_key');
  return inQuery ?? fieldOf(request.body, 'api_key');
}

function fieldOf(source: unknown, name: string): string | undefined {
  if (typeof source !== 'object' || source === null) return undefined;
  const value: unknown = (source as Record<string, unknown>)[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
