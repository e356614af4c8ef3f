import { checkTranslations } from '../../../../bot/content/translationRules';
import { SUPPORTED_LANGUAGES } from '../../../../bot/i18n/languages';
import type { Resources } from '../../../../bot/i18n/localeFiles';

const PLURALS: Record<string, string[]> = { ar: ['zero', 'one', 'two', 'few', 'many', 'other'], zh: ['other'], uk: ['one', 'few', 'many', 'other'], ro: ['one', 'few', 'other'], it: ['one', 'many', 'other'], es: ['one', 'many', 'other'], fr: ['one', 'many', 'other'] };

/** Complete resources: a greeting with a placeholder and a plural key, in every language. */
function complete(): Resources {
  const resources: Resources = {};
  for (const language of SUPPORTED_LANGUAGES) {
    const forms = PLURALS[language] ?? ['one', 'other'];
    resources[language] = { menu: { hello: `hi {{name}} (${language})`, ...Object.fromEntries(forms.map((form) => [`items_${form}`, `{{count}} ${form}`])) } };
  }
  return resources;
}

const check = (resources: Resources, used = ['menu:hello', 'menu:items']) =>
  checkTranslations({ resources, usedKeys: new Set(used), buttonKeys: new Set(['menu:hello']) });

describe('checkTranslations', () => {
  it('accepts complete translations', () => {
    expect(check(complete())).toEqual([]);
  });

  it('reports a key missing in one language', () => {
    const resources = complete();
    delete resources.bn!.menu!.hello;
    expect(check(resources)).toContainEqual({ file: 'locales/bn/menu.json', language: 'bn', key: 'menu:hello', problem: 'missing key "hello"' });
  });

  it('reports a missing Arabic plural form', () => {
    const resources = complete();
    delete resources.ar!.menu!.items_two;
    expect(check(resources)).toContainEqual({ file: 'locales/ar/menu.json', language: 'ar', key: 'menu:items_two', problem: 'missing plural form "items_two"' });
  });

  it('reports placeholders that differ from the source', () => {
    const resources = complete();
    resources.fr!.menu!.hello = 'salut {{nom}}';
    expect(check(resources)).toContainEqual({ file: 'locales/fr/menu.json', language: 'fr', key: 'menu:hello', problem: 'key "hello" has placeholders {nom} but the source has {name}' });
  });

  it('reports keys used by the bot that the source lacks, and over-long texts and buttons', () => {
    const resources = complete();
    resources.es!.menu!.hello = `{{name}} ${'x'.repeat(70)}`;
    const problems = check(resources, ['menu:hello', 'menu:items', 'menu:ghost']);
    expect(problems).toContainEqual({ file: 'locales/it/menu.json', language: 'it', key: 'menu:ghost', problem: 'missing key "ghost" (used by the bot)' });
    expect(problems.some((p) => p.file === 'locales/es/menu.json' && p.problem.startsWith('button "hello"'))).toBe(true);
  });

  it('lets a language added in the console be partial, but checks what it has', () => {
    const resources = complete();
    resources.pt = { menu: { hello: 'olá {{nome}}' } };
    expect(check(resources)).toEqual([{ file: 'locales/pt/menu.json', language: 'pt', key: 'menu:hello', problem: 'key "hello" has placeholders {nome} but the source has {name}' }]);
    resources.pt = { menu: { hello: 'olá {{name}}' } };
    expect(check(resources)).toEqual([]);
  });

  it('refuses a folder that is not a language code', () => {
    const resources = complete();
    resources.Portuguese = { menu: { hello: 'olá {{name}}' } };
    expect(check(resources)).toContainEqual(expect.objectContaining({ file: 'locales/Portuguese', problem: 'not a language code (such as "pt" or "pt-br")' }));
  });
});
