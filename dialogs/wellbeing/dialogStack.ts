import type { DialogContext, DialogInstance } from 'botbuilder-dialogs';

/** A dialog active at any depth (inside component dialogs too), or undefined. */
export function findInStack(dc: DialogContext, dialogId: string): DialogInstance | undefined {
  for (let inner: DialogContext | undefined = dc; inner; inner = inner.child) {
    const found = inner.stack.find((entry) => entry.id === dialogId);
    if (found) return found;
  }
  return undefined;
}
