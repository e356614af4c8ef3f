import fs from 'node:fs';
import path from 'node:path';
import type { ContentBundle } from './contentBundle';

export interface ContentDirs {
  treesDir: string;
  localesDir: string;
}

/** The text of each file of a bundle, in the layout developers keep them in, so that git shows only what changed. */
export function bundleFileTexts(bundle: ContentBundle, { treesDir, localesDir }: ContentDirs): Map<string, string> {
  const files = new Map<string, string>();
  for (const tree of bundle.trees) files.set(path.join(treesDir, `${tree.id}.json`), `${escapeInvisible(formatJson(tree))}\n`);
  for (const [language, byNamespace] of Object.entries(bundle.resources)) {
    for (const [namespace, texts] of Object.entries(byNamespace)) files.set(path.join(localesDir, language, `${namespace}.json`), `${escapeInvisible(JSON.stringify(texts, null, 2))}\n`);
  }
  return files;
}

/** The files whose text differs from the bundle's layout (or that do not exist yet). */
export function filesToWrite(bundle: ContentBundle, dirs: ContentDirs): Map<string, string> {
  return new Map([...bundleFileTexts(bundle, dirs)].filter(([file, text]) => !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text));
}

/** Writes a bundle to dialogs/trees/<id>.json and locales/<language>/<ns>.json; returns the files it changed. */
export function writeBundleFiles(bundle: ContentBundle, dirs: ContentDirs): string[] {
  const changed = filesToWrite(bundle, dirs);
  for (const [file, text] of changed) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return [...changed.keys()];
}

/** Direction marks and other invisible characters stay visible in the files as \\u escapes. */
function escapeInvisible(json: string): string {
  return json.replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u00ad\ufeff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const WIDTH = 120;

/** JSON with objects and arrays on one line when they fit in 120 columns, as the tree files are written. */
export function formatJson(value: unknown, indent = '', column = indent.length): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inline = inlineJson(value);
  // The trailing comma counts, as in an editor's ruler.
  if (column + inline.length + 1 <= WIDTH) return inline;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((item) => `${inner}${formatJson(item, inner)}`).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${formatJson(item, inner, inner.length + key.length + 4)}`).join(',\n')}\n${indent}}`;
}

function inlineJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([key, item]) => `${JSON.stringify(key)}: ${inlineJson(item)}`).join(', ')} }`;
}
