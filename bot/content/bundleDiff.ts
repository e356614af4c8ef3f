import { flatLanguage } from './bundleTexts';
import type { ContentBundle } from './contentBundle';

export interface TextChange {
  language: string;
  key: string;
  before: string | null;
  after: string | null;
}

export interface NodeChange {
  tree: string;
  /** Absent when the whole tree was added or removed. */
  node?: string;
  change: 'added' | 'removed' | 'changed';
}

/** What differs between two bundles, for comparing versions before restoring one. */
export function diffBundles(before: ContentBundle, after: ContentBundle): { texts: TextChange[]; nodes: NodeChange[] } {
  const texts: TextChange[] = [];
  const languages = [...new Set([...Object.keys(before.resources), ...Object.keys(after.resources)])].sort();
  for (const language of languages) {
    const a = flatLanguage(before.resources, language);
    const b = flatLanguage(after.resources, language);
    for (const key of [...new Set([...a.keys(), ...b.keys()])].sort()) {
      const was = a.get(key) ?? null;
      const is = b.get(key) ?? null;
      if (was !== is) texts.push({ language, key, before: was, after: is });
    }
  }
  const nodes: NodeChange[] = [];
  const treeIds = [...new Set([...before.trees, ...after.trees].map((tree) => tree.id))].sort();
  for (const id of treeIds) {
    const a = before.trees.find((tree) => tree.id === id);
    const b = after.trees.find((tree) => tree.id === id);
    if (!a || !b) {
      nodes.push({ tree: id, change: a ? 'removed' : 'added' });
      continue;
    }
    for (const node of [...new Set([...Object.keys(a.nodes), ...Object.keys(b.nodes)])].sort()) {
      const was = a.nodes[node];
      const is = b.nodes[node];
      if (!was || !is) nodes.push({ tree: id, node, change: was ? 'removed' : 'added' });
      else if (JSON.stringify(was) !== JSON.stringify(is)) nodes.push({ tree: id, node, change: 'changed' });
    }
    if (a.start !== b.start || a.discreet !== b.discreet || a.private !== b.private) nodes.push({ tree: id, change: 'changed' });
  }
  return { texts, nodes };
}
