import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../../../bot/i18n/i18n';

describe('plurals through i18next and Intl.PluralRules', () => {
  let i18n: I18n;
  beforeAll(async () => {
    i18n = await createI18n();
  });

  it.each([
    [0, 'zero'],
    [1, 'one'],
    [2, 'two'],
    [3, 'few'],
    [11, 'many'],
    [100, 'other'],
  ])('Arabic uses a distinct form for %i (%s)', (count, form) => {
    const ar = i18n.getFixedT('ar');
    expect(ar('common:tooLong', { count })).toBe(ar(`common:tooLong_${form}`, { count }));
  });

  it('has all six Arabic forms translated, none falling back to Italian', () => {
    const ar = i18n.getFixedT('ar');
    for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) {
      expect(i18n.exists(`common:tooLong_${form}`, { lng: 'ar', fallbackLng: false })).toBe(true);
      expect(ar(`common:tooLong_${form}`, { count: 7 })).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it.each([
    ['uk', [1, 2, 5], ['one', 'few', 'many']],
    ['ro', [1, 2, 20], ['one', 'few', 'other']],
    ['it', [1, 2], ['one', 'other']],
  ])('%s picks its own forms', (language, counts, forms) => {
    const t = i18n.getFixedT(language);
    counts.forEach((count, index) => expect(t('common:tooLong', { count })).toBe(t(`common:tooLong_${forms[index]}`, { count })));
  });

  it('marks Arabic as right to left', () => {
    expect(i18n.dir('ar')).toBe('rtl');
    expect(i18n.dir('it')).toBe('ltr');
  });
});
