import { flattenTexts, readLocaleFiles } from '../../../../bot/i18n/localeFiles';
import { SUPPORTED_LANGUAGES } from '../../../../bot/i18n/languages';
import { BOOKING_KINDS, BOOKING_TEXT_KEYS } from '../../../../dialogs/health/bookingKinds';

/** The booking dialogs name their texts through the kind's prefix, which `npm run content:check` cannot read in the code. */
describe('every kind of booking has every booking text', () => {
  const resources = readLocaleFiles();

  it.each(BOOKING_KINDS.map((kind) => [kind.id, kind.texts] as const))('%s (%s…) in every language', (_id, prefix) => {
    const [namespace, path] = prefix.split(':') as [string, string];
    for (const language of SUPPORTED_LANGUAGES) {
      const keys = new Set([...flattenTexts(resources[language]![namespace]!).keys()].map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')));
      expect(BOOKING_TEXT_KEYS.filter((key) => !keys.has(`${path}${key}`)).map((key) => `${language}: ${prefix}${key}`)).toEqual([]);
    }
  });
});
