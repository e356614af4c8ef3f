import { botMethods } from './bot';
import type { MethodHandler, MethodTable } from './context';
import { copyMethods } from './copy';
import { forumMethods } from './forum';
import { interactionMethods } from './interaction';
import { mediaMethods } from './media';
import { messageMethods } from './messages';
import { updateMethods } from './updates';

export { Described, type FakeState, type MethodContext, type MethodHandler } from './context';

const ALL: MethodTable = {
  ...botMethods,
  ...updateMethods,
  ...messageMethods,
  ...mediaMethods,
  ...copyMethods,
  ...forumMethods,
  ...interactionMethods,
};

/** Lower-cased method name → canonical name + implementation (method names are case-insensitive). */
export const METHODS: ReadonlyMap<string, { name: string; handler: MethodHandler }> = new Map(
  Object.entries(ALL).map(([name, handler]) => [name.toLowerCase(), { name, handler }]),
);
