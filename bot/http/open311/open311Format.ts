import type { FastifyReply, FastifyRequest } from 'fastify';
import { Open311Error } from './open311Error';

/** The two formats of GeoReport v2, chosen by the resource's extension (".json", ".xml"). */
export type Open311Format = 'json' | 'xml';

type Scalar = string | number | boolean | null;
export type FlatRecord = Readonly<Record<string, Scalar>>;

/** The element names of each answer in XML: the list and one item (JSON has the bare array). */
export const XML_NAMES = {
  services: ['services', 'service'],
  requests: ['service_requests', 'request'],
  errors: ['errors', 'error'],
} as const;
export type XmlNames = (typeof XML_NAMES)[keyof typeof XML_NAMES];

/** The format a request asked for; anything but json or xml is a 400. */
export function formatOf(request: FastifyRequest): Open311Format {
  const { format } = request.params as { format?: string };
  if (format === 'json' || format === 'xml') return format;
  throw new Open311Error(400, `unsupported format ".${format ?? ''}": use .json or .xml`);
}

/** The format to answer an error in: the one the URL asked for when it is xml, else JSON. */
export function errorFormatOf(request: FastifyRequest): Open311Format {
  return /\.xml$/i.test(request.url.split('?')[0] ?? '') ? 'xml' : 'json';
}

export function sendList(reply: FastifyReply, format: Open311Format, names: XmlNames, items: readonly FlatRecord[]): FastifyReply {
  if (format === 'json') return reply.type('application/json; charset=utf-8').send(items);
  return reply.type('text/xml; charset=utf-8').send(toXml(names, items));
}

/** A list of flat records as GeoReport XML (schemaless, no namespace); null becomes an empty element. */
export function toXml([list, item]: XmlNames, items: readonly FlatRecord[]): string {
  const body = items
    .map((record) => {
      const fields = Object.entries(record).map(([name, value]) => (value === null ? `<${name}/>` : `<${name}>${escapeXml(String(value))}</${name}>`));
      return `<${item}>${fields.join('')}</${item}>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?>\n<${list}>${body}</${list}>\n`;
}

function escapeXml(text: string): string {
  // Characters XML 1.0 cannot carry at all are dropped; the five special ones are escaped.
  return text
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
