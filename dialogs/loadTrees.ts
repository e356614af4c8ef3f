import fs from 'node:fs';
import path from 'node:path';
import { treeSchema, type Tree } from './schema';

export const TREES_DIR = path.join(__dirname, 'trees');

export class TreeFileError extends Error {
  override readonly name = 'TreeFileError';
}

/** Reads and validates every dialogs/trees/*.json; a bad file throws a TreeFileError naming it. */
export function loadTrees(dir = TREES_DIR): Tree[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => parseTreeFile(path.join(dir, name), `dialogs/trees/${name}`));
}

export function parseTreeFile(file: string, where: string): Tree {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new TreeFileError(`${where}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = treeSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'} ${issue.message}`);
    throw new TreeFileError(`${where}: ${problems.join('; ')}`);
  }
  return parsed.data;
}
