import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const LOCALES_DIR = path.resolve(__dirname, '..', '..', 'locales');

/** A namespace file: nested objects of strings. */
export type Texts = { [key: string]: string | Texts };
export const textsSchema: z.ZodType<Texts> = z.lazy(() => z.record(z.string(), z.union([z.string(), textsSchema])));

/** language → namespace → texts */
export type Resources = Record<string, Record<string, Texts>>;

export class LocaleFileError extends Error {
  override readonly name = 'LocaleFileError';
}

/** Reads every locales/<language>/<namespace>.json. */
export function readLocaleFiles(dir = LOCALES_DIR): Resources {
  const resources: Resources = {};
  for (const language of fs.readdirSync(dir).sort()) {
    const languageDir = path.join(dir, language);
    if (!fs.statSync(languageDir).isDirectory()) continue;
    const namespaces: Record<string, Texts> = {};
    for (const file of fs.readdirSync(languageDir).filter((name) => name.endsWith('.json')).sort()) {
      const where = `locales/${language}/${file}`;
      let json: unknown;
      try {
        json = JSON.parse(fs.readFileSync(path.join(languageDir, file), 'utf8'));
      } catch (error) {
        throw new LocaleFileError(`${where}: not valid JSON (${(error as Error).message})`);
      }
      const parsed = textsSchema.safeParse(json);
      if (!parsed.success) throw new LocaleFileError(`${where}: only nested objects of texts are allowed`);
      namespaces[file.slice(0, -'.json'.length)] = parsed.data;
    }
    resources[language] = namespaces;
  }
  return resources;
}

/** Flattens nested texts to "a.b.c" keys. */
export function flattenTexts(texts: Texts, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(texts)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(full, value);
    else for (const [k, v] of flattenTexts(value, full)) flat.set(k, v);
  }
  return flat;
}
