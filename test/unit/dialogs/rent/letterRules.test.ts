import { isUrgentDate, letterWithDate } from '../../../../dialogs/rent/letterRules';

describe('a rent letter for the managers', () => {
  it('is urgent when its date is within 30 days, or already past', () => {
    expect(isUrgentDate('2026-12-05', '2026-12-05')).toBe(true);
    expect(isUrgentDate('2027-01-04', '2026-12-05')).toBe(true);
    expect(isUrgentDate('2027-01-05', '2026-12-05')).toBe(false);
    expect(isUrgentDate('2026-11-20', '2026-12-05')).toBe(true);
  });

  it('carries the date under the tenant\'s own caption', () => {
    const photo = { kind: 'photo' as const, fileUrl: 'tg://file/1' };
    expect(letterWithDate(photo, undefined)).toEqual(photo);
    expect(letterWithDate(photo, '2027-01-15')).toEqual({ ...photo, text: '📅 15/01/2027' });
    expect(letterWithDate({ ...photo, text: 'ALER' }, '2027-01-15').text).toBe('ALER\n📅 15/01/2027');
  });
});
