import { isoWeek, median } from '../../../../../bot/services/desk/deskFigures';
import { queueOrder } from '../../../../../bot/services/desk/queueOrder';

describe('desk figures', () => {
  it.each([
    ['2026-11-28T12:00:00Z', '2026-W48'],
    ['2026-12-31T23:30:00Z', '2026-W53'],
    ['2027-01-04T08:00:00Z', '2027-W01'],
    ['2026-01-01T10:00:00Z', '2026-W01'],
  ])('%s falls in ISO week %s (Milan time)', (instant, week) => {
    expect(isoWeek(new Date(instant))).toBe(week);
  });

  it('takes the median of waits', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });

  it('orders the queue urgent first, then by waiting time', () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 10, 28, 9, minute));
    const requests = [
      { id: 1, urgent: false, visibleAt: at(5) },
      { id: 2, urgent: true, visibleAt: at(20) },
      { id: 3, urgent: false, visibleAt: at(1) },
    ];
    expect(requests.sort(queueOrder).map((request) => request.id)).toEqual([2, 3, 1]);
  });
});
