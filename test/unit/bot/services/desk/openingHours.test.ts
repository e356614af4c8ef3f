import { isOpen, nextOpening, type DeskCalendar } from '../../../../../bot/services/desk/openingHours';
import { italianHolidays } from '../../../../../bot/services/desk/italianHolidays';
import { fromLocal, toLocal } from '../../../../../bot/services/desk/zonedTime';

const weekdays: DeskCalendar = {
  hours: [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, opensAt: '09:00', closesAt: '13:00' },
    { weekday, opensAt: '14:00', closesAt: '17:00' },
  ]),
  holidays: ['2026-12-08'],
};

describe('desk opening hours, in Milan time', () => {
  it.each([
    ['2026-11-27T09:30:00+01:00', true, 'Friday morning'],
    ['2026-11-27T13:30:00+01:00', false, 'lunch break'],
    ['2026-11-27T17:00:00+01:00', false, 'closing time itself'],
    ['2026-11-28T10:00:00+01:00', false, 'Saturday'],
    ['2026-12-08T10:00:00+01:00', false, 'a holiday'],
    ['2026-07-01T09:30:00+02:00', true, 'summer time'],
    ['2026-07-01T08:30:00+02:00', false, 'summer time, before opening'],
  ])('%s open: %s (%s)', (instant, open) => {
    expect(isOpen(weekdays, new Date(instant))).toBe(open);
  });

  it.each([
    ['2026-11-27T13:30:00+01:00', '2026-11-27T14:00:00+01:00'],
    ['2026-11-27T18:00:00+01:00', '2026-11-30T09:00:00+01:00'],
    ['2026-12-07T18:00:00+01:00', '2026-12-09T09:00:00+01:00'],
    ['2026-03-27T18:00:00+01:00', '2026-03-30T09:00:00+02:00'],
    ['2026-10-23T18:00:00+02:00', '2026-10-26T09:00:00+01:00'],
  ])('after %s the desk opens at %s (holidays and daylight-saving changes included)', (from, expected) => {
    expect(nextOpening(weekdays, new Date(from))?.toISOString()).toBe(new Date(expected).toISOString());
  });

  it('is undefined when no hours are set within 60 days', () => {
    expect(nextOpening({ hours: [], holidays: [] }, new Date())).toBeUndefined();
  });

  it('converts Milan wall-clock times both ways, also on the days the clocks change', () => {
    expect(fromLocal('2026-03-29', 3 * 60).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(fromLocal('2026-10-25', 12 * 60).toISOString()).toBe('2026-10-25T11:00:00.000Z');
    expect(toLocal(new Date('2026-12-31T23:30:00Z'))).toEqual({ date: '2027-01-01', weekday: 5, minutes: 30 });
  });

  it("knows Italy's holidays, Easter Monday and Milan's Sant'Ambrogio", () => {
    const dates = italianHolidays(2027).map((holiday) => holiday.date);
    expect(dates).toEqual(expect.arrayContaining(['2027-01-01', '2027-03-29', '2027-04-25', '2027-12-07', '2027-12-26']));
    expect(italianHolidays(2026).map((holiday) => holiday.date)).toContain('2026-04-06');
  });
});
