import type { IncomingMessage } from 'node:http';
import { ApiError, badRequest } from './apiError';
import type { JsonValue, Params } from './types';

/** The real Bot API accepts uploads of up to 50 MB. */
const MAX_BODY_BYTES = 52 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new ApiError(413, 'Request Entity Too Large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Parses query string + body into Params. Supported bodies: application/json,
 * application/x-www-form-urlencoded and multipart/form-data. Body fields override
 * query fields of the same name.
 */
export async function parseParams(query: URLSearchParams, contentType: string | undefined, body: Buffer): Promise<Params> {
  const params: Params = {};
  for (const [key, value] of query) params[key] = value;
  if (body.length === 0) return params;
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

  if (type === 'application/json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8')) as unknown;
    } catch {
      throw badRequest("can't parse JSON encoded request");
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw badRequest('request JSON must be an object');
    }
    for (const [key, value] of Object.entries(parsed as Record<string, JsonValue>)) params[key] = value;
    return params;
  }

  if (type === 'application/x-www-form-urlencoded') {
    for (const [key, value] of new URLSearchParams(body.toString('utf8'))) params[key] = value;
    return params;
  }

  if (type === 'multipart/form-data') {
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType ?? '' } }).formData();
    } catch {
      throw badRequest("can't parse multipart/form-data request");
    }
    const entries: [string, FormDataEntryValue][] = [];
    form.forEach((value, key) => entries.push([key, value]));
    for (const [key, value] of entries) {
      if (typeof value === 'string') {
        params[key] = value;
      } else {
        const bytes = Buffer.from(await value.arrayBuffer());
        params[key] = { kind: 'upload', field: key, fileName: value.name, declaredMimeType: value.type, size: bytes.length, bytes };
      }
    }
    return params;
  }

  // Like the real server, ignore bodies of other types.
  return params;
}
