import { checkContent } from './contentCheck';

// `npm run content:check`: one "file: problem" line a problem, exit code 1 when there is any.
const problems = checkContent();
for (const { file, problem } of problems) console.log(`${file}: ${problem}`);
if (problems.length > 0) {
  console.log(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the dialog content`);
  process.exit(1);
}
console.log('content check: trees and translations are complete');
