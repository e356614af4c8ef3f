import type { ContentBundle } from '../../../../bot/content/contentBundle';
import { languagesOf, offeredLanguages } from '../../../../bot/content/offeredLanguages';
import { SUPPORTED_LANGUAGES } from '../../../../bot/i18n/languages';

function withLanguages(extra: Record<string, Record<string, string>>): ContentBundle {
  const resources: ContentBundle['resources'] = {};
  for (const language of SUPPORTED_LANGUAGES) resources[language] = { menu: { hello: 'x', bye: 'y' } };
  for (const [language, texts] of Object.entries(extra)) resources[language] = { menu: texts };
  return { trees: [], resources, translatedFrom: {} };
}

describe('offeredLanguages', () => {
  it('offers the ten built in, then added languages alphabetically once complete', () => {
    const bundle = withLanguages({ pt: { hello: 'olá', bye: 'tchau' }, fa: { hello: 'سلام' } });
    expect(languagesOf(bundle)).toEqual([...SUPPORTED_LANGUAGES, 'fa', 'pt']);
    expect(offeredLanguages(bundle)).toEqual([...SUPPORTED_LANGUAGES, 'pt']);
  });
});
