import type { ContentBundle } from '../../../../bot/content/contentBundle';
import { addLanguage, editText, mergeImported, putTree, removeKey } from '../../../../bot/content/draftEdits';
import { languageNameIn } from '../../../../bot/content/offeredLanguages';
import { translationTable } from '../../../../bot/content/translationTable';

function bundle(): ContentBundle {
  return {
    trees: [{ id: 'main', start: 'menu', nodes: { menu: { type: 'message', text: 'menu:hello', next: null } } }],
    resources: {
      it: { menu: { hello: 'Ciao', items_one: '{{count}} cosa', items_other: '{{count}} cose' } },
      ar: { menu: { hello: 'مرحبا', items_zero: 'لا شيء', items_one: 'شيء', items_two: 'شيئان', items_few: '{{count}} أشياء', items_many: '{{count}} شيئًا', items_other: '{{count}} شيء' } },
      en: { menu: { hello: 'Hello', items_one: '{{count}} thing', items_other: '{{count}} things' } },
    },
    translatedFrom: {},
  };
}

const stateOf = (content: ContentBundle, key: string, language: string) => translationTable(content).rows.find((row) => row.key === key)?.texts[language]?.state;

describe('texts to review', () => {
  it('marks the texts a review list names, one by one or by what their keys begin with, only where they exist', () => {
    const table = translationTable(bundle(), { ar: ['menu:hello'], en: ['menu:items*'] });
    const row = (key: string) => table.rows.find((candidate) => candidate.key === key)!.texts;
    expect(row('menu:hello').ar).toEqual({ text: 'مرحبا', state: 'ok', review: true });
    expect(row('menu:hello').en).toEqual({ text: 'Hello', state: 'ok' });
    expect(row('menu:items_one').en!.review).toBe(true);
    expect(row('menu:items_other').en!.review).toBe(true);
    expect(row('menu:items_one').ar!.review).toBeUndefined();
  });

  it('marks the repository\'s drafted translations, such as the new gas advice in Bengali', () => {
    expect(translationTable({ ...bundle(), resources: { ...bundle().resources, bn: { maintenance: { hazard: { gas: 'গ্যাস' } } }, it: { ...bundle().resources.it!, maintenance: { hazard: { gas: 'Gas' } } } } }).rows.find((row) => row.key === 'maintenance:hazard.gas')!.texts.bn!.review).toBe(true);
  });
});

describe('draft edits', () => {
  it.each([
    ['the Italian of a text', 'menu:hello', ['ar', 'en']],
    ['one Italian plural form', 'menu:items_one', ['ar', 'en']],
  ])('changing %s makes its translations outdated, in every plural form', (_name, key, languages) => {
    const edited = editText(bundle(), 'it', key, 'Nuovo {{count}}');
    for (const language of languages) expect(stateOf(edited, key.replace(/_one$/, '_other'), language)).toBe('outdated');
    expect(stateOf(edited, key, 'it')).toBe('ok');
  });

  it('saving a translation makes it up to date again, and only that one', () => {
    const edited = editText(editText(bundle(), 'it', 'menu:hello', 'Salve'), 'ar', 'menu:hello', 'أهلا');
    expect(stateOf(edited, 'menu:hello', 'ar')).toBe('ok');
    expect(stateOf(edited, 'menu:hello', 'en')).toBe('outdated');
  });

  it('a second Italian change keeps the first fingerprint: the translation is still outdated after an undo-less edit', () => {
    const edited = editText(editText(bundle(), 'it', 'menu:hello', 'Salve'), 'it', 'menu:hello', 'Buongiorno');
    expect(stateOf(edited, 'menu:hello', 'en')).toBe('outdated');
    // Going back to the Italian the translation was made from makes it current again.
    expect(stateOf(editText(edited, 'it', 'menu:hello', 'Ciao'), 'menu:hello', 'en')).toBe('ok');
  });

  it('removing a translation makes it missing; plural forms a language lacks are "none"', () => {
    const edited = editText(bundle(), 'en', 'menu:hello', null);
    expect(stateOf(edited, 'menu:hello', 'en')).toBe('missing');
    expect(edited.resources.en!.menu).not.toHaveProperty('hello');
    expect(stateOf(edited, 'menu:items_two', 'en')).toBe('none');
    expect(stateOf(edited, 'menu:items_two', 'ar')).toBe('ok');
  });

  it('creates the nesting of a new key and prunes it when the key goes', () => {
    const added = editText(bundle(), 'it', 'menu:custom.question', 'Domanda nuova?');
    expect(added.resources.it!.menu!.custom).toEqual({ question: 'Domanda nuova?' });
    const removed = editText(added, 'it', 'menu:custom.question', null);
    expect(removed.resources.it!.menu).not.toHaveProperty('custom');
  });

  it('never changes the bundle it is given', () => {
    const original = bundle();
    const copy = structuredClone(original);
    editText(original, 'it', 'menu:hello', 'x');
    putTree(original, { id: 'main', start: 'other', nodes: {} });
    addLanguage(original, 'pt');
    expect(original).toEqual(copy);
  });

  it('a language added is empty and every key is missing in it', () => {
    const withPt = addLanguage(bundle(), 'pt');
    expect(withPt.resources.pt).toEqual({});
    expect(stateOf(withPt, 'menu:hello', 'pt')).toBe('missing');
  });

  it('importing files: an Italian text changed in git makes unchanged translations outdated; changed translations are current', () => {
    const files = bundle();
    files.resources.it!.menu!.hello = 'Ciao a tutti';
    files.resources.en!.menu!.hello = 'Hello everyone';
    const merged = mergeImported(bundle(), files);
    expect(stateOf(merged, 'menu:hello', 'ar')).toBe('outdated');
    expect(stateOf(merged, 'menu:hello', 'en')).toBe('ok');
    expect(stateOf(merged, 'menu:items_one', 'en')).toBe('ok');
  });

  it('removes a key with all its plural forms in every language', () => {
    const removed = removeKey(bundle(), 'menu:items_other');
    for (const language of ['it', 'ar', 'en']) expect(Object.keys(removed.resources[language]!.menu!)).toEqual(['hello']);
  });

  it('names a language in itself: its own translation of the name, or what ICU calls it', () => {
    const withPt = addLanguage(bundle(), 'pt');
    expect(languageNameIn(withPt, 'pt')).toBe('português');
    expect(languageNameIn(editText(withPt, 'pt', 'language:name', 'Português 🇵🇹'), 'pt')).toBe('Português 🇵🇹');
  });
});
