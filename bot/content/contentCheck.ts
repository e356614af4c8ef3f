import fs from 'node:fs';
import path from 'node:path';
import { createActionRegistry } from '../../dialogs/actions';
import neighbourhoods from '../../prisma/seed/neighbourhoods.json';
import { parseTreeFile, TREES_DIR } from '../../dialogs/loadTrees';
import type { Tree } from '../../dialogs/schema';
import { LOCALES_DIR, readLocaleFiles } from '../i18n/localeFiles';
import { filesToWrite } from './bundleFiles';
import type { ContentBundle } from './contentBundle';
import { checkPlainLanguage } from './plainLanguageRules';
import { checkTranslations } from './translationRules';
import { checkVocabularies, vocabularyKeys } from './vocabularyRules';
import { checkTrees, textKeysOf, type Problem } from './treeRules';

const ROOT = path.resolve(__dirname, '..', '..');
const CODE_DIRS = ['bot', 'dialogs'];

/** Text keys written literally in the code ('ns:key'), so they are checked like the trees' keys. */
export function keysUsedInCode(namespaces: Set<string>, root = ROOT): Set<string> {
  const keys = new Set<string>();
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'generated' && entry.name !== 'public') visit(full);
      else if (entry.name.endsWith('.ts')) {
        for (const match of fs.readFileSync(full, 'utf8').matchAll(/'([a-z][a-zA-Z0-9]*):([a-zA-Z0-9_.]*[a-zA-Z0-9_])'/g)) {
          if (namespaces.has(match[1]!)) keys.add(`${match[1]}:${match[2]}`);
        }
      }
    }
  };
  for (const dir of CODE_DIRS) visit(path.join(root, dir));
  return keys;
}

/** Reads the files for `npm run content:check`: a file that is not valid JSON or not a tree is a problem too. */
export function checkContent(treesDir = TREES_DIR, localesDir = LOCALES_DIR): Problem[] {
  const problems: Problem[] = [];
  const trees: Tree[] = [];
  for (const name of fs.readdirSync(treesDir).filter((file) => file.endsWith('.json')).sort()) {
    try {
      trees.push(parseTreeFile(path.join(treesDir, name), `dialogs/trees/${name}`));
    } catch (error) {
      problems.push({ file: `dialogs/trees/${name}`, problem: (error as Error).message.replace(/^[^:]+: /, '') });
    }
  }
  let resources;
  try {
    resources = readLocaleFiles(localesDir);
  } catch (error) {
    const [file, ...rest] = (error as Error).message.split(': ');
    return [...problems, { file: file ?? 'locales', problem: rest.join(': ') }];
  }
  const bundle = { trees, resources, translatedFrom: {} };
  const layout = problems.length > 0 ? [] : [...filesToWrite(bundle, { treesDir, localesDir }).keys()];
  return [
    ...problems,
    ...checkBundle(bundle),
    // The console exports in this layout; files kept in it make a round trip show only real changes.
    ...layout.map((file) => ({ file: path.relative(ROOT, file), problem: 'not in the standard layout: run `npm run content:format`' })),
  ];
}

let codeKeys: Set<string> | undefined;

/** The check a bundle must pass to be published (the console) or committed (content:check). */
export function checkBundle({ trees, resources }: ContentBundle): Problem[] {
  const actionNames = new Set(trees.flatMap((tree) => Object.values(tree.nodes)).flatMap((node) => (node.type === 'action' ? [node.action] : [])));
  const registry = createActionRegistry();
  const problems = checkTrees(trees, new Set([...actionNames].filter((name) => registry.has(name))), new Set(neighbourhoods.map((row) => row.id)));
  const namespaces = new Set(Object.values(resources).flatMap((byNamespace) => Object.keys(byNamespace)));
  // The code does not change while the bot runs; scanning it once is enough.
  codeKeys ??= keysUsedInCode(namespaces);
  const treeKeys = trees.flatMap(textKeysOf);
  const buttonKeys = new Set([
    ...trees.flatMap((tree) => Object.values(tree.nodes).flatMap((node) => (node.type === 'choice' ? node.choices.map((choice) => choice.label) : []))),
    'common:button.back',
    'common:button.menu',
    'common:button.person',
    'language:name',
  ]);
  problems.push(...checkTranslations({ resources, usedKeys: new Set([...treeKeys, ...codeKeys, ...vocabularyKeys()]), buttonKeys }));
  problems.push(...checkPlainLanguage(resources), ...checkVocabularies(resources));
  return problems;
}
