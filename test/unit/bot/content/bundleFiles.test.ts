import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatJson, writeBundleFiles } from '../../../../bot/content/bundleFiles';
import { bundleFromFiles } from '../../../../bot/content/contentBundle';

describe('formatJson', () => {
  it('keeps what fits in 120 columns on one line and breaks the rest', () => {
    const short = { id: 'a', label: 'menu:a', next: null };
    expect(formatJson(short)).toBe('{ "id": "a", "label": "menu:a", "next": null }');
    const long = { choices: Array.from({ length: 6 }, (_, index) => ({ id: `choice${index}`, label: `maintenance:category.number${index}`, next: 'place' })) };
    const lines = formatJson(long).split('\n');
    expect(lines[0]).toBe('{');
    expect(lines[1]).toBe('  "choices": [');
    expect(lines[2]).toBe('    { "id": "choice0", "label": "maintenance:category.number0", "next": "place" },');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(120);
    expect(JSON.parse(formatJson(long))).toEqual(long);
  });
});

describe('writeBundleFiles', () => {
  it('writes a bundle read from files back unchanged, and only the files that changed', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'casa-files-'));
    const dirs = { treesDir: path.join(root, 'trees'), localesDir: path.join(root, 'locales') };
    fs.mkdirSync(path.join(dirs.localesDir, 'ar'), { recursive: true });
    fs.mkdirSync(dirs.treesDir);
    fs.writeFileSync(path.join(dirs.localesDir, 'ar', 'menu.json'), '{\n  "hello": "اكتب \\u200e/menu"\n}\n');
    fs.writeFileSync(path.join(dirs.treesDir, 'main.json'), '{ "id": "main", "start": "m", "nodes": { "m": { "type": "message", "text": "menu:hello", "next": null } } }\n');
    try {
      const bundle = bundleFromFiles(dirs.treesDir, dirs.localesDir);
      expect(writeBundleFiles(bundle, dirs)).toEqual([]);
      // The direction mark stays an escape, readable in a diff.
      expect(fs.readFileSync(path.join(dirs.localesDir, 'ar', 'menu.json'), 'utf8')).toContain('\\u200e');
      bundle.resources.ar!.menu!.hello = 'مرحبا';
      expect(writeBundleFiles(bundle, dirs)).toEqual([path.join(dirs.localesDir, 'ar', 'menu.json')]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
