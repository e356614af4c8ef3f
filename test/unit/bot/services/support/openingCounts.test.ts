import { addDays } from '../../../../../bot/services/desk/zonedTime';
import { lastDays } from '../../../../../bot/services/support/openingCounts';

describe('the daily count of discreet path openings', () => {
  it('lists the period ending today, oldest first, with 0 for the days nobody opened the path', () => {
    const days = lastDays(new Map([['2026-03-01', 4], ['2026-02-27', 1], ['2026-01-30', 9]]), '2026-03-01', 3);
    expect(days).toEqual([
      { day: '2026-02-27', count: 1 },
      { day: '2026-02-28', count: 0 },
      { day: '2026-03-01', count: 4 },
    ]);
  });

  it('gives 30 calendar days across month, year and daylight-saving changes', () => {
    const days = lastDays(new Map(), '2027-01-10', 30).map((entry) => entry.day);
    expect(days).toHaveLength(30);
    expect(days[0]).toBe('2026-12-12');
    expect(new Set(days).size).toBe(30);
    expect(lastDays(new Map(), '2026-10-26', 2).map((entry) => entry.day)).toEqual(['2026-10-25', '2026-10-26']);
  });

  it('counts calendar days forwards and backwards', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });
});
