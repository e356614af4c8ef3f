// How a dialog tree's steps link to each other (as the server's content check reads them): where each step
// leads, the steps in the order a tenant meets them, those no path reaches, and those that lead to a step.

/** Where a step leads: [{label, next}] (label: the button's text key, the action's outcome, the branch's neighbourhood, or null). */
export function linksOf(node) {
  if (node.type === 'choice') return node.choices.map((choice) => ({ label: choice.label, next: choice.next }));
  if (node.type === 'branch') return [...Object.entries(node.cases).map(([neighbourhood, next]) => ({ label: neighbourhood, next })), { label: null, next: node.next }];
  if (node.type === 'action') return [{ label: null, next: node.next }, ...Object.entries(node.outcomes || {}).map(([outcome, next]) => ({ label: outcome, next }))];
  return [{ label: null, next: node.next }];
}

const isNodeLink = (next) => typeof next === 'string' && !next.startsWith('@');

/** The step ids from the start, each once, in the order a tenant meets them (depth first, buttons in order). */
export function pathOrder(tree) {
  const seen = [];
  const visit = (id) => {
    if (seen.includes(id) || !tree.nodes[id]) return;
    seen.push(id);
    for (const { next } of linksOf(tree.nodes[id])) if (isNodeLink(next)) visit(next);
  };
  visit(tree.start);
  return seen;
}

/** The steps no path from the start reaches. */
export function unreachableNodes(tree) {
  const reached = new Set(pathOrder(tree));
  return Object.keys(tree.nodes).filter((id) => !reached.has(id));
}

/** The steps of the tree that lead to this one. */
export function linkersOf(tree, nodeId) {
  return Object.entries(tree.nodes).filter(([, node]) => linksOf(node).some(({ next }) => next === nodeId)).map(([id]) => id);
}

/** Links of a step that point to no step of the tree. */
export function brokenLinks(tree, node) {
  return linksOf(node).filter(({ next }) => isNodeLink(next) && !tree.nodes[next]);
}

/** The text keys a step shows. */
export const textKeysOf = (node) => [...(node.text ? [node.text] : []), ...(node.type === 'choice' ? node.choices.map((choice) => choice.label) : [])];

/** The namespace most of the tree's texts are in (new texts of the tree go there). */
function namespaceOf(tree) {
  const counts = new Map();
  for (const node of Object.values(tree.nodes)) {
    for (const key of textKeysOf(node)) counts.set(key.split(':')[0], (counts.get(key.split(':')[0]) || 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([namespace]) => namespace)[0] || tree.id.replace(/[^a-zA-Z0-9]/g, '');
}

/** A word usable in a text key (ids may have "-", keys may not). */
const keyPart = (id) => id.replace(/[^a-zA-Z0-9_]/g, '_');

/**
 * A text key for a new text of a step, such as "maintenance:custom.step2.text", that is no existing key, does not
 * go through one and has none below it.
 */
export function freshKey(tree, nodeId, name, existingKeys) {
  const clashes = (key) => [...existingKeys].some((existing) => existing === key || existing.startsWith(`${key}.`) || key.startsWith(`${existing}.`));
  const base = `${namespaceOf(tree)}:custom.${keyPart(nodeId)}.${keyPart(name)}`;
  let key = base;
  for (let count = 2; clashes(key); count += 1) key = `${base}${count}`;
  return key;
}

/** An id not yet used among these ("b1", "b2"… for buttons). */
export function freshId(prefix, taken) {
  let count = 1;
  while (taken.includes(`${prefix}${count}`)) count += 1;
  return `${prefix}${count}`;
}
