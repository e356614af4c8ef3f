import path from 'node:path';
import { TREES_DIR } from '../../dialogs/loadTrees';
import { LOCALES_DIR } from '../i18n/localeFiles';
import { writeBundleFiles } from './bundleFiles';
import { bundleFromFiles } from './contentBundle';

// `npm run content:format`: rewrites dialogs/trees and locales in the layout the console exports.
const dirs = { treesDir: TREES_DIR, localesDir: LOCALES_DIR };
const changed = writeBundleFiles(bundleFromFiles(dirs.treesDir, dirs.localesDir), dirs);
for (const file of changed) console.log(`formatted ${path.relative(process.cwd(), file)}`);
console.log(changed.length === 0 ? 'content files already in the standard layout' : `${changed.length} file(s) formatted`);
