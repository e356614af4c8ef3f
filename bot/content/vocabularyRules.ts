import { vocabularyOf } from '../../dialogs/understanding/matcher';
import { WISHES, wordsKey } from '../../dialogs/understanding/wishes';
import type { Resources } from '../i18n/localeFiles';
import { flatLanguage } from './bundleTexts';
import type { Problem } from './treeRules';

/**
 * The words typed wishes are recognised by (`understand:words.*`): phrases separated by commas, none empty or (but
 * in Chinese) a single letter, none given to two wishes of one language (it could not tell them apart).
 */
export function checkVocabularies(resources: Resources): Problem[] {
  const problems: Problem[] = [];
  for (const language of Object.keys(resources)) {
    const flat = flatLanguage(resources, language);
    const owner = new Map<string, string>();
    for (const wish of WISHES) {
      const key = wordsKey(wish);
      const text = flat.get(key);
      if (text === undefined) continue;
      const at = { file: `locales/${language}/understand.json`, language, key };
      if (text.split(',').some((phrase) => phrase.trim() === '')) problems.push({ ...at, problem: `"${key.split(':')[1]}" has an empty phrase (two commas, or one at the end)` });
      for (const phrase of vocabularyOf(text)) {
        if ([...phrase].length < 2 && !/\p{Script=Han}/u.test(phrase)) problems.push({ ...at, problem: `"${phrase}" is too short to be recognised` });
        const other = owner.get(phrase);
        if (other && other !== wish.id) problems.push({ ...at, problem: `"${phrase}" is also a word of ${other}` });
        owner.set(phrase, wish.id);
      }
    }
  }
  return problems;
}

/** The keys of the wishes' words and names, which the code builds at run time. */
export function vocabularyKeys(): string[] {
  return WISHES.flatMap((wish) => [wordsKey(wish), wish.label]);
}
