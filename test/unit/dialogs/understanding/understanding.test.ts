import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../../../bot/i18n/i18n';
import { normalizeTyped, scoreOf, vocabularyOf } from '../../../../dialogs/understanding/matcher';
import { understand } from '../../../../dialogs/understanding/wishes';
import { TENANT_PHRASES } from './tenantPhrases';

describe('what tenants type, understood', () => {
  let i18n: I18n;
  beforeAll(async () => {
    i18n = await createI18n();
  });

  it('ignores case, accents, Arabic vowel marks and letter variants, and reads any digits', () => {
    expect(normalizeTyped('  Umidità  sui MURI! ')).toBe('umidita sui muri');
    expect(normalizeTyped('الْمِصْعَد مكسورة')).toBe('المصعد مكسوره');
    expect(normalizeTyped('أريد')).toBe(normalizeTyped('اريد'));
  });

  it('matches endings, one typo in a longer word, attached Arabic articles and Chinese without spaces', () => {
    expect(scoreOf('i termosifoni', vocabularyOf('termosifone'))).toBe(1);
    expect(scoreOf('termosifne', vocabularyOf('termosifone'))).toBe(1);
    expect(scoreOf('والمصعد', vocabularyOf('مصعد'))).toBe(1);
    expect(scoreOf('电梯坏了', vocabularyOf('电梯, 坏了'))).toBe(4);
    expect(scoreOf('la porta', vocabularyOf('sportello'))).toBe(0);
    expect(scoreOf('non funziona', vocabularyOf('non funziona, funziona'))).toBe(3);
  });

  it('lands "ho il termosifone rotto" on the heating report and "vorrei prenotare la pressione" on a booking', () => {
    const t = i18n.getFixedT('it');
    expect(understand('ho il termosifone rotto', t)).toMatchObject({ kind: 'sure', wish: { id: 'maintenance_heating', answers: { start: 'new', category: 'heating' } } });
    expect(understand('vorrei prenotare la pressione', t)).toMatchObject({ kind: 'sure', wish: { id: 'health_book' } });
  });

  it('offers the likeliest when two wishes weigh the same, and nothing for words it does not know', () => {
    const t = i18n.getFixedT('it');
    const both = understand('citofono e ascensore', t);
    expect(both.kind).toBe('maybe');
    expect(both.kind === 'maybe' && both.wishes.map((wish) => wish.id).sort()).toEqual(['maintenance_intercom', 'maintenance_lift']);
    expect(understand('buongiorno', t)).toEqual({ kind: 'none' });
  });

  it('has no wish that leads to the discreet path', () => {
    const t = i18n.getFixedT('it');
    for (const words of ['violenza', 'aiuto mi picchia', 'ho paura di mio marito']) {
      const found = understand(words, t);
      const wishes = found.kind === 'sure' ? [found.wish] : found.kind === 'maybe' ? found.wishes : [];
      expect(wishes.map((wish) => wish.tree)).not.toContain('wellbeing');
    }
  });

  it('understands the test phrases of it, ar, es and bn (the share is printed; Italian must reach 80%)', () => {
    const shares: Record<string, number> = {};
    const missed: string[] = [];
    for (const [language, phrases] of Object.entries(TENANT_PHRASES)) {
      expect(phrases.length).toBeGreaterThanOrEqual(30);
      const t = i18n.getFixedT(language);
      const right = phrases.filter(([phrase, expected]) => {
        const found = understand(phrase, t);
        const ok = found.kind === 'sure' && found.wish.id === expected;
        if (!ok) missed.push(`${language}: "${phrase}" → ${found.kind === 'sure' ? found.wish.id : found.kind === 'maybe' ? `maybe ${found.wishes.map((wish) => wish.id).join('/')}` : 'none'} (expected ${expected})`);
        return ok;
      }).length;
      shares[language] = Math.round((100 * right) / phrases.length);
    }
    console.log(`Typed phrases understood: ${Object.entries(shares).map(([language, share]) => `${language} ${share}%`).join(', ')}\n${missed.join('\n')}`);
    expect(shares.it).toBeGreaterThanOrEqual(80);
  });
});
