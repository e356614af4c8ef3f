import { openWindows } from '../../../../dialogs/wellbeing/callbackWindows';

const ids = (now: string) => openWindows(new Date(now)).map((window) => window.id);

describe('call-back windows that can still happen', () => {
  it('at 08:00 in Milan offers all of today and tomorrow', () => {
    expect(ids('2026-12-04T08:00:00+01:00')).toEqual(['today-morning', 'today-afternoon', 'today-evening', 'tomorrow-morning', 'tomorrow-afternoon', 'tomorrow-evening']);
  });

  it('at 13:00 no longer offers this morning', () => {
    expect(ids('2026-12-04T13:00:00+01:00')).toEqual(['today-afternoon', 'today-evening', 'tomorrow-morning', 'tomorrow-afternoon', 'tomorrow-evening']);
  });

  it('at 21:00 offers only tomorrow', () => {
    expect(ids('2026-12-04T21:00:00+01:00')).toEqual(['tomorrow-morning', 'tomorrow-afternoon', 'tomorrow-evening']);
  });

  it('keeps each choice as a day and a window in Milan, across midnight UTC and summer time', () => {
    expect(openWindows(new Date('2026-12-04T23:30:00Z'))[0]).toEqual({ id: 'today-morning', day: 'today', date: '2026-12-05', window: 'morning' });
    expect(openWindows(new Date('2026-12-04T20:30:00Z')).at(-1)).toEqual({ id: 'tomorrow-evening', day: 'tomorrow', date: '2026-12-05', window: 'evening' });
    expect(openWindows(new Date('2026-07-01T06:00:00Z'))[0]).toEqual({ id: 'today-morning', day: 'today', date: '2026-07-01', window: 'morning' });
    expect(openWindows(new Date('2026-07-01T11:30:00Z')).map((window) => window.id)[0]).toBe('today-afternoon');
  });
});
