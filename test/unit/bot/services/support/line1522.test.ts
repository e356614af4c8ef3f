import { LINE_1522_SEED, line1522Schema } from '../../../../../bot/services/support/line1522';

describe("1522's facts as a support setting", () => {
  it('seeds the eleven languages 1522 answers in and its chat', () => {
    expect(LINE_1522_SEED.languages).toEqual(['it', 'en', 'fr', 'es', 'ar', 'fa', 'sq', 'ru', 'uk', 'pt', 'pl']);
    expect(line1522Schema.parse(LINE_1522_SEED)).toEqual(LINE_1522_SEED);
  });

  it('keeps language codes in lower case and once each, and asks for an https link', () => {
    expect(line1522Schema.parse({ languages: [' IT ', 'it', 'fa'], chatUrl: 'https://www.1522.eu/' }).languages).toEqual(['it', 'fa']);
    expect(line1522Schema.safeParse({ languages: ['italiano'], chatUrl: 'https://www.1522.eu/' }).success).toBe(false);
    expect(line1522Schema.safeParse({ languages: ['it'], chatUrl: 'http://www.1522.eu/' }).success).toBe(false);
    expect(line1522Schema.safeParse({ languages: [], chatUrl: 'https://www.1522.eu/' }).success).toBe(false);
  });

  it('takes only codes of real languages, written as tenants\' languages are compared with them', () => {
    expect(line1522Schema.parse({ languages: ['eng', 'ita', 'fa', 'sq'], chatUrl: 'https://www.1522.eu/' }).languages).toEqual(['en', 'it', 'fa', 'sq']);
    const unknown = line1522Schema.safeParse({ languages: ['it', 'xx', 'qq'], chatUrl: 'https://www.1522.eu/' });
    expect(unknown.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['languages.1', '"xx" is not a language code (such as "it" or "fa")'],
      ['languages.2', '"qq" is not a language code (such as "it" or "fa")'],
    ]);
  });
});
