import { MAIN_TREE, type Next, type Tree, type TreeNode } from '../../dialogs/schema';

/** A problem of the content, with where it is: the file, and the tree and node or the language and key. */
export interface Problem {
  file: string;
  problem: string;
  tree?: string;
  node?: string;
  language?: string;
  key?: string;
}

export function linksOf(node: TreeNode): Next[] {
  switch (node.type) {
    case 'choice':
      return node.choices.map((choice) => choice.next);
    case 'action':
      return [node.next, ...Object.values(node.outcomes ?? {})];
    case 'branch':
      return [node.next, ...Object.values(node.cases)];
    default:
      return [node.next];
  }
}

/** The text keys a node shows: its text and its buttons' labels. */
export function nodeTextKeys(node: TreeNode): string[] {
  return [...('text' in node ? [node.text] : []), ...(node.type === 'choice' ? node.choices.map((choice) => choice.label) : [])];
}

/** Every text key a tree shows. */
export function textKeysOf(tree: Tree): string[] {
  return Object.values(tree.nodes).flatMap(nodeTextKeys);
}

/** Links that point nowhere, unknown actions and neighbourhoods, nodes no path reaches, and trees nothing leads to. */
export function checkTrees(trees: Tree[], actionNames: ReadonlySet<string>, neighbourhoods: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set(trees.map((tree) => tree.id));
  if (!ids.has(MAIN_TREE)) problems.push({ file: 'dialogs/trees', problem: `the main menu tree "${MAIN_TREE}" is missing` });
  const reachedTrees = new Set([MAIN_TREE]);
  for (const tree of trees) {
    const at = { file: `dialogs/trees/${tree.id}.json`, tree: tree.id };
    if (!tree.nodes[tree.start]) problems.push({ ...at, problem: `start node "${tree.start}" does not exist` });
    for (const [id, node] of Object.entries(tree.nodes)) {
      if (node.type === 'action' && !actionNames.has(node.action)) problems.push({ ...at, node: id, problem: `node "${id}" calls unknown action "${node.action}"` });
      if (node.type === 'branch') {
        for (const neighbourhood of Object.keys(node.cases).filter((key) => !neighbourhoods.has(key))) {
          problems.push({ ...at, node: id, problem: `node "${id}" has a case for unknown neighbourhood "${neighbourhood}"` });
        }
      }
      for (const next of linksOf(node)) {
        if (next === null) continue;
        if (next.startsWith('@')) {
          reachedTrees.add(next.slice(1));
          if (!ids.has(next.slice(1))) problems.push({ ...at, node: id, problem: `node "${id}" points to missing tree "${next}"` });
        } else if (!tree.nodes[next]) {
          problems.push({ ...at, node: id, problem: `node "${id}" points to missing node "${next}"` });
        }
      }
    }
    for (const id of unreachableNodes(tree)) problems.push({ ...at, node: id, problem: `node "${id}" is unreachable from "${tree.start}"` });
  }
  for (const tree of trees) {
    if (!reachedTrees.has(tree.id)) problems.push({ file: `dialogs/trees/${tree.id}.json`, tree: tree.id, problem: 'no node of any tree leads to this tree' });
  }
  return problems;
}

function unreachableNodes(tree: Tree): string[] {
  const seen = new Set<string>();
  const pending = [tree.start];
  while (pending.length > 0) {
    const id = pending.pop()!;
    const node = tree.nodes[id];
    if (seen.has(id) || !node) continue;
    seen.add(id);
    for (const next of linksOf(node)) if (next !== null && !next.startsWith('@')) pending.push(next);
  }
  return Object.keys(tree.nodes).filter((id) => !seen.has(id));
}
