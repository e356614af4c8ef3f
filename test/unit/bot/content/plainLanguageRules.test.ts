import { checkPlainLanguage, longMessages, MESSAGE_LIMIT, readGlossary } from '../../../../bot/content/plainLanguageRules';
import { checkVocabularies } from '../../../../bot/content/vocabularyRules';
import type { Resources } from '../../../../bot/i18n/localeFiles';

const GLOSSARY = { it: { 'community manager': 'Centro C.A.S.A.', premi: 'tocca' } };

describe('plain language in content:check', () => {
  it('accepts short texts in the glossary\'s words with arrows the reading way', () => {
    const resources: Resources = { it: { common: { back: '⬅️ Indietro', ask: 'Tocca un pulsante. Premere il pulsante di allarme.' } }, ar: { common: { back: '➡️ رجوع', ask: 'اضغط على زر.' } } };
    expect(checkPlainLanguage(resources, GLOSSARY)).toEqual([]);
  });

  it('reports a message over the limit', () => {
    const resources: Resources = { it: { menu: { privacy: 'a'.repeat(MESSAGE_LIMIT + 1) } } };
    expect(checkPlainLanguage(resources, GLOSSARY)).toEqual([{ file: 'locales/it/menu.json', language: 'it', key: 'menu:privacy', problem: `"privacy" is ${MESSAGE_LIMIT + 1} characters; a tenant message stays under ${MESSAGE_LIMIT}` }]);
  });

  it('reports a word the glossary replaces, as a whole word in any case', () => {
    const resources: Resources = { it: { person: { ask: 'Scrivi al Community Manager.', wait: 'Premi il pulsante.', fine: 'Premiamo la squadra.' } } };
    expect(checkPlainLanguage(resources, GLOSSARY).map((problem) => problem.problem)).toEqual([
      '"ask" says "community manager": the glossary says "Centro C.A.S.A."',
      '"wait" says "premi": the glossary says "tocca"',
    ]);
  });

  it('reports an arrow kept from the Italian in a right-to-left language', () => {
    const resources: Resources = { it: { common: { back: '⬅️ Indietro', next: '➡️ Continua' } }, ar: { common: { back: '⬅️ رجوع', next: '⬅️ متابعة' } } };
    expect(checkPlainLanguage(resources, {}).map((problem) => `${problem.key}: ${problem.problem}`)).toEqual(['common:back: "back" keeps ⬅️ from the Italian: right to left it is ➡️']);
  });

  it('lists the longest messages, leaving out the wishes\' words', () => {
    const resources: Resources = { it: { a: { long: 'x'.repeat(500), longer: 'y'.repeat(550), short: 'z' }, understand: { words: { person: 'w'.repeat(900) } } } };
    expect(longMessages(resources)).toEqual([
      { language: 'it', key: 'a:longer', length: 550 },
      { language: 'it', key: 'a:long', length: 500 },
    ]);
  });

  it('reads the glossary of the repository', () => {
    expect(readGlossary().it).toMatchObject({ 'community manager': expect.any(String) });
  });
});

describe('the words typed wishes are recognised by', () => {
  it('reports an empty phrase and a phrase given to two wishes', () => {
    const resources: Resources = { it: { understand: { words: { maintenance_heating: 'caldaia, , termosifone', maintenance_water: 'rubinetto, Caldaia' } } } };
    expect(checkVocabularies(resources).map((problem) => problem.problem)).toEqual([
      '"words.maintenance_heating" has an empty phrase (two commas, or one at the end)',
      '"caldaia" is also a word of maintenance_water',
    ]);
  });
});
