import type { Problem } from '../../content/treeRules';

/** The draft does not pass the content check; the problems say where (tree and node, or language and key). */
export class ContentInvalidError extends Error {
  override readonly name = 'ContentInvalidError';
  constructor(readonly problems: Problem[]) {
    super(`the content has ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  }
}
