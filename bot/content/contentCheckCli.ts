import { readLocaleFiles } from '../i18n/localeFiles';
import { checkContent } from './contentCheck';
import { LONG_MESSAGE, longMessages } from './plainLanguageRules';

// `npm run content:check`: one "file: problem" line a problem, exit code 1 when there is any.
const problems = checkContent();
for (const { file, problem } of problems) console.log(`${file}: ${problem}`);
// Long messages are allowed, but listed: the first to shorten for phones and poor readers.
const long = longMessages(readLocaleFiles());
if (long.length > 0) console.log(`warning: the longest messages over ${LONG_MESSAGE} characters: ${long.map(({ language, key, length }) => `${language} ${key} (${length})`).join(', ')}`);
if (problems.length > 0) {
  console.log(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the dialog content`);
  process.exit(1);
}
console.log('content check: trees and translations are complete');
