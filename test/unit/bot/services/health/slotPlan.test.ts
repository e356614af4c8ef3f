import { slotsOfDay, type SessionPlan } from '../../../../../bot/services/health/slotPlan';

const session = (weekday: number, overrides: Partial<SessionPlan> = {}): SessionPlan => ({ weekday, startsAt: '09:00', endsAt: '10:00', slotMinutes: 15, places: 2, serviceIds: ['pressure'], ...overrides });

describe('the slots of a day, in Milan time', () => {
  it('cuts a session into slots of its length, each with its places', () => {
    const slots = slotsOfDay([session(1)], new Set(), '2026-11-30', 'pressure');
    expect(slots.map((slot) => slot.startsAt.toISOString())).toEqual(['2026-11-30T08:00:00.000Z', '2026-11-30T08:15:00.000Z', '2026-11-30T08:30:00.000Z', '2026-11-30T08:45:00.000Z']);
    expect(slots.every((slot) => slot.places === 2)).toBe(true);
  });

  it.each([
    ['the Monday after summer time ends', '2026-10-26', '2026-10-26T08:00:00.000Z'],
    ['the last Monday of summer time', '2026-10-19', '2026-10-19T07:00:00.000Z'],
    ['the Monday after summer time begins', '2027-03-29', '2027-03-29T07:00:00.000Z'],
    ['the last Monday of winter time', '2027-03-22', '2027-03-22T08:00:00.000Z'],
  ])('9:00 is 9:00 in Milan on %s', (_when, date, first) => {
    expect(slotsOfDay([session(1)], new Set(), date, 'pressure')[0]!.startsAt.toISOString()).toBe(first);
  });

  it('a session on the Sunday the clocks go back still has its hours, and no slot appears twice', () => {
    const slots = slotsOfDay([session(7, { startsAt: '01:00', endsAt: '04:00', slotMinutes: 60 })], new Set(), '2026-10-25', 'pressure');
    const instants = slots.map((slot) => slot.startsAt.getTime());
    expect(new Set(instants).size).toBe(instants.length);
    expect(slots).toHaveLength(3);
  });

  it('has nothing on a closed day, another weekday, or for a service the session does not offer', () => {
    expect(slotsOfDay([session(1)], new Set(['2026-11-30']), '2026-11-30', 'pressure')).toEqual([]);
    expect(slotsOfDay([session(2)], new Set(), '2026-11-30', 'pressure')).toEqual([]);
    expect(slotsOfDay([session(1)], new Set(), '2026-11-30', 'vaccination')).toEqual([]);
  });
});
