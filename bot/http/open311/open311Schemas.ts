import { z } from 'zod';
import { REPORT_CATEGORIES, type ReportCategory } from '../../../dialogs/maintenance/reportDesk';
import { ValidationError } from '../../services/errors';
import { MAX_OPEN311_RESULTS, type Open311Location, type Open311Search } from '../../services/maintenance/open311Queries';
import { parseOrThrow } from '../../services/validation';

const DAY = 24 * 60 * 60 * 1000;
/** GeoReport v2: a date range may not span more than 90 days, and is the last 90 days by default. */
export const MAX_RANGE_DAYS = 90;
export const MAX_DESCRIPTION = 4000;

/** GeoReport v2: "an empty parameter is the same as a missing one". */
function withoutBlanks(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && !(typeof value === 'string' && value.trim() === '')));
}

/** A parameter that "can be declared multiple times, comma delimited". */
const commaList = z
  .union([z.string(), z.array(z.string())], { error: 'must be a text or a list of texts' })
  .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((part) => part.split(',')).map((part) => part.trim()).filter((part) => part.length > 0));

const serviceCode = z.enum(REPORT_CATEGORIES, {
  error: (issue) => (issue.input === undefined ? 'is required (see services.json)' : `unknown service_code "${String(issue.input)}" (see services.json)`),
});
const requestId = z.string().regex(/^MI-\d{4}-\d{6,}$/i, 'not a service_request_id such as MI-2026-000123');
const w3DateTime = z
  .string()
  .trim()
  .pipe(z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time with its time zone, such as 2026-01-31T00:00:00Z or 2026-01-31T00:00:00+01:00' }))
  .transform((value) => new Date(value))
  .refine((date) => !Number.isNaN(date.getTime()), 'is not a real date');

const idsQuery = z.preprocess(
  withoutBlanks,
  z.object({ service_request_id: commaList.pipe(z.array(requestId).max(MAX_OPEN311_RESULTS, `at most ${MAX_OPEN311_RESULTS} ids`)).optional() }),
);
const filtersQuery = z.preprocess(
  withoutBlanks,
  z.object({
    service_code: commaList.pipe(z.array(serviceCode)).optional(),
    start_date: w3DateTime.optional(),
    end_date: w3DateTime.optional(),
    status: commaList.pipe(z.array(z.enum(['open', 'closed'], { error: 'must be open or closed' }))).optional(),
  }),
);

/** What GET requests asks for: ids (which override, and so skip, every other parameter), or filters over at most 90 days. */
export function searchOf(query: unknown, now: Date): Open311Search {
  const { service_request_id: codes } = parseOrThrow(idsQuery, query);
  if (codes && codes.length > 0) return { codes };
  const input = parseOrThrow(filtersQuery, query);
  const statuses = new Set(input.status ?? []);
  const categories = input.service_code && input.service_code.length > 0 ? [...new Set(input.service_code)] : undefined;
  return { ...rangeOf(input.start_date, input.end_date, now), categories, status: statuses.size === 1 ? [...statuses][0] : undefined };
}

function rangeOf(start: Date | undefined, end: Date | undefined, now: Date): { from: Date; to: Date } {
  const span = MAX_RANGE_DAYS * DAY;
  const to = end ?? (start ? new Date(start.getTime() + span) : now);
  const from = start ?? new Date(to.getTime() - span);
  if (from.getTime() > to.getTime()) throw new ValidationError('start_date: must not be after end_date');
  if (to.getTime() - from.getTime() > span) throw new ValidationError(`start_date, end_date: the range may not span more than ${MAX_RANGE_DAYS} days`);
  return { from, to };
}

/** A decimal degree, as a JSON number or as form text. */
const degrees = (limit: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' && /^\s*[-+]?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value),
    z.number({ error: 'must be a decimal number (WGS84 degrees)' }).min(-limit, `must be between -${limit} and ${limit}`).max(limit, `must be between -${limit} and ${limit}`),
  );

/**
 * POST requests. Only what the report needs is read: names, email, phone, media_url, device_id and
 * attribute[] are accepted by the spec and dropped here, so they are never stored.
 */
const newRequestBody = z.preprocess(
  withoutBlanks,
  z.object(
    {
      service_code: serviceCode,
      address_id: z.string({ error: 'must be a building code' }).trim().max(40, 'must be a building code').optional(),
      lat: degrees(90).optional(),
      long: degrees(180).optional(),
      address_string: z.unknown().optional(),
      description: z
        .string({ error: 'is required' })
        .trim()
        .min(1, 'is required')
        .max(MAX_DESCRIPTION, `must be at most ${MAX_DESCRIPTION} characters`),
    },
    { error: 'the request body must be a form (application/x-www-form-urlencoded) or a JSON object' },
  ),
);

export interface NewRequestInput {
  category: ReportCategory;
  location: Open311Location;
  description: string;
}

export function newRequestOf(body: unknown): NewRequestInput {
  const input = parseOrThrow(newRequestBody, body);
  return { category: input.service_code, description: input.description, location: locationOf(input) };
}

/** address_id wins when several locations are given; lat and long come together. */
function locationOf(input: { address_id?: string; lat?: number; long?: number; address_string?: unknown }): Open311Location {
  if (input.address_id) return { addressId: input.address_id };
  if (input.lat !== undefined && input.long !== undefined) return { lat: input.lat, long: input.long };
  if (input.lat !== undefined || input.long !== undefined) throw new ValidationError('lat, long: both are needed');
  if (input.address_string !== undefined) throw new ValidationError('address_string is not supported: send address_id (the building code) or lat and long');
  throw new ValidationError('a location is required: address_id (the building code) or lat and long');
}
