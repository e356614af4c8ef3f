import { newRequestOf, searchOf } from '../../../../../bot/http/open311/open311Schemas';
import { ValidationError } from '../../../../../bot/services/errors';

const NOW = new Date('2026-11-28T12:00:00Z');
const DAY = 24 * 3600_000;

describe('Open311 search parameters', () => {
  it('defaults to the last 90 days, every category and status', () => {
    expect(searchOf({}, NOW)).toEqual({ from: new Date(NOW.getTime() - 90 * DAY), to: NOW, categories: undefined, status: undefined });
  });

  it('treats empty parameters as missing, as the spec says', () => {
    expect(searchOf({ service_code: '', status: ' ', start_date: '', service_request_id: '' }, NOW)).toEqual(searchOf({}, NOW));
  });

  it('runs 90 days from start_date alone, and back 90 days from end_date alone', () => {
    expect(searchOf({ start_date: '2026-01-01T00:00:00+01:00' }, NOW)).toMatchObject({
      from: new Date('2025-12-31T23:00:00Z'),
      to: new Date(new Date('2025-12-31T23:00:00Z').getTime() + 90 * DAY),
    });
    expect(searchOf({ end_date: '2026-06-01T00:00:00Z' }, NOW)).toMatchObject({
      from: new Date(new Date('2026-06-01T00:00:00Z').getTime() - 90 * DAY),
      to: new Date('2026-06-01T00:00:00Z'),
    });
  });

  it('reads lists comma delimited or declared several times', () => {
    expect(searchOf({ service_code: 'water, lift', status: 'open' }, NOW)).toMatchObject({ categories: ['water', 'lift'], status: 'open' });
    expect(searchOf({ service_code: ['water', 'doors,water'] }, NOW)).toMatchObject({ categories: ['water', 'doors'] });
    expect(searchOf({ status: 'open,closed' }, NOW)).toMatchObject({ status: undefined });
  });

  it('lets service_request_id override every other filter', () => {
    expect(searchOf({ service_request_id: 'MI-2026-000001,mi-2026-000002', status: 'open', start_date: 'not a date' }, NOW)).toEqual({
      codes: ['MI-2026-000001', 'mi-2026-000002'],
    });
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['a range over 90 days', { start_date: '2026-01-01T00:00:00Z', end_date: '2026-04-01T00:00:01Z' }, /90 days/],
    ['end before start', { start_date: '2026-01-02T00:00:00Z', end_date: '2026-01-01T00:00:00Z' }, /start_date/],
    ['a local date-time', { end_date: '2026-01-01T00:00:00' }, /end_date: must be an ISO 8601 date-time with its time zone/],
    ['an impossible day', { end_date: '2026-02-30T00:00:00Z' }, /end_date/],
    ['an unknown category', { service_code: 'water,graffiti' }, /service_code.*graffiti/],
    ['an unknown status', { status: 'pending' }, /status.*open or closed/],
    ['a malformed id', { service_request_id: 'MI-26-1' }, /service_request_id/],
  ])('refuses %s', (_case, query, message) => {
    expect(() => searchOf(query, NOW)).toThrow(ValidationError);
    expect(() => searchOf(query, NOW)).toThrow(message);
  });

  it('accepts exactly 90 days', () => {
    expect(() => searchOf({ start_date: '2026-01-01T00:00:00Z', end_date: '2026-04-01T00:00:00Z' }, NOW)).not.toThrow();
  });
});

describe('Open311 new requests', () => {
  const base = { service_code: 'water', description: '  Perdita in cantina.  ' };

  it('reads a form: trimmed description, lat/long from text, personal fields dropped', () => {
    const input = newRequestOf({ ...base, lat: '45.4135', long: '9.174', first_name: 'Mario', email: 'm@example.com', 'attribute[x]': '1' });
    expect(input).toEqual({ category: 'water', description: 'Perdita in cantina.', location: { lat: 45.4135, long: 9.174 } });
  });

  it('prefers address_id to lat/long', () => {
    expect(newRequestOf({ ...base, address_id: 'GR-0001', lat: 45.4, long: 9.1 }).location).toEqual({ addressId: 'GR-0001' });
  });

  it('takes JSON numbers for lat/long, and ignores empty fields', () => {
    expect(newRequestOf({ ...base, address_id: '', lat: -33.5, long: 151 }).location).toEqual({ lat: -33.5, long: 151 });
  });

  it.each<[string, unknown, RegExp]>([
    ['no body', undefined, /form .* or a JSON object/],
    ['an array', [1, 2], /form .* or a JSON object/],
    ['a category that does not exist', { ...base, service_code: 'graffiti', address_id: 'GR-0001' }, /service_code: unknown service_code "graffiti"/],
    ['no category', { description: 'x', address_id: 'GR-0001' }, /service_code: is required/],
    ['long without lat', { ...base, long: '9.1' }, /lat, long: both are needed/],
    ['a longitude out of range', { ...base, lat: '45', long: '181' }, /long: must be between -180 and 180/],
    ['a latitude in words', { ...base, lat: 'nord', long: '9' }, /lat: must be a decimal number/],
    ['only address_string', { ...base, address_string: 'Via Molise 62' }, /address_string is not supported/],
    ['no location', base, /a location is required/],
    ['a too long description', { ...base, address_id: 'GR-0001', description: 'x'.repeat(4001) }, /description: must be at most 4000 characters/],
    ['a description that is not text', { ...base, address_id: 'GR-0001', description: 42 }, /description: is required/],
  ])('refuses %s', (_case, body, message) => {
    expect(() => newRequestOf(body)).toThrow(ValidationError);
    expect(() => newRequestOf(body)).toThrow(message);
  });

  it('accepts a description of exactly 4000 characters', () => {
    expect(newRequestOf({ ...base, address_id: 'GR-0001', description: 'x'.repeat(4000) }).description).toHaveLength(4000);
  });
});
