import { matchLanguage } from '../../../../bot/i18n/languages';

describe('matchLanguage', () => {
  it.each([
    ['ar', 'ar'],
    ['es-419', 'es'],
    ['zh', 'zh'],
    ['zh-hans', 'zh'],
    ['zh-CN', 'zh'],
    ['fil', 'tl'],
    ['pt-br', undefined],
    ['ja', undefined],
    ['zh-hant', undefined],
    ['zh-TW', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('maps Telegram language_code %s to %s', (code, language) => {
    expect(matchLanguage(code)).toBe(language);
  });
});
