import { createHash } from 'node:crypto';
import { flattenTexts, type Resources, type Texts } from '../i18n/localeFiles';
import { ValidationError } from '../services/errors';

export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** "ns:key" → text, for one language; plural forms keep their suffix. */
export function flatLanguage(resources: Resources, language: string): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [namespace, texts] of Object.entries(resources[language] ?? {})) {
    for (const [key, text] of flattenTexts(texts)) flat.set(`${namespace}:${key}`, text);
  }
  return flat;
}

export function baseKeyOf(key: string): string {
  return key.replace(PLURAL_SUFFIX, '');
}

/** Names that would reach an object's prototype instead of a text. */
const FORBIDDEN_PARTS = new Set(['__proto__', 'constructor', 'prototype']);

/** Sets (or, with null, removes) one "ns:key.path" text of a language, creating or pruning the nesting. */
export function setText(resources: Resources, language: string, key: string, text: string | null): void {
  const [namespace, path] = splitKey(key);
  const parts = path.split('.');
  if ([language, namespace, ...parts].some((part) => FORBIDDEN_PARTS.has(part) || part === '')) throw new ValidationError(`"${key}" is not a text key`);
  const byNamespace = Object.hasOwn(resources, language) ? resources[language]! : (resources[language] = {});
  const root = Object.hasOwn(byNamespace, namespace) ? byNamespace[namespace]! : (byNamespace[namespace] = {});
  const parents: Texts[] = [root];
  let node = root;
  for (const part of parts.slice(0, -1)) {
    const child = Object.hasOwn(node, part) ? node[part] : undefined;
    if (typeof child === 'string') throw new ValidationError(`"${key}" goes through a text`);
    node = node[part] = child ?? {};
    parents.push(node);
  }
  const last = parts[parts.length - 1]!;
  if (text !== null) {
    node[last] = text;
    return;
  }
  delete node[last];
  for (let depth = parents.length - 1; depth > 0; depth -= 1) {
    if (Object.keys(parents[depth]!).length > 0) break;
    delete parents[depth - 1]![parts[depth - 1]!];
  }
  if (Object.keys(root).length === 0) delete byNamespace[namespace];
}

export function splitKey(key: string): [string, string] {
  const colon = key.indexOf(':');
  return [key.slice(0, colon), key.slice(colon + 1)];
}

/** A short fingerprint of the source text(s) a key is translated from: all plural forms of its base. */
export function sourceFingerprint(source: Map<string, string>, key: string): string {
  const base = baseKeyOf(key);
  const texts = [...source].filter(([k]) => k === base || (baseKeyOf(k) === base && PLURAL_SUFFIX.test(k))).sort(([a], [b]) => a.localeCompare(b));
  return createHash('sha256').update(JSON.stringify(texts)).digest('hex').slice(0, 16);
}
