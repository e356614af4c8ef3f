import type { DialogContext } from 'botbuilder-dialogs';

/**
 * What a named action asks the tree to do next: follow an outcome (forgetHistory: Back can no longer return
 * before this point, e.g. once a report was sent), or run a dialog, which ends with a DialogOutcome.
 */
export type ActionOutcome = { kind: 'outcome'; outcome?: string; forgetHistory?: boolean } | { kind: 'dialog'; dialogId: string; options?: object };

/** What a dialog started by an action ends with: the outcome to follow and answers to keep in the tree's vars. */
export interface DialogOutcome {
  outcome?: string;
  vars?: Record<string, unknown>;
}

export function isDialogOutcome(value: unknown): value is DialogOutcome {
  return typeof value === 'object' && value !== null && ('vars' in value || 'outcome' in value) && !('navigation' in value);
}

/** The var in which an action leaves words for the next texts to name as {{name}} (the category's example in "describe the fault"). */
export const TEXT_VALUES = 'textValues';

/** A named action a tree node can call: the only code behind dialog content. */
export interface TreeAction {
  readonly name: string;
  run(dc: DialogContext, vars: Record<string, unknown>): Promise<ActionOutcome>;
}

/** An action that only runs a dialog of its own (its answers come back to the tree as the dialog's result). */
export function runsDialog(name: string, dialogId: string): TreeAction {
  return { name, run: async () => ({ kind: 'dialog', dialogId }) };
}

export class UnknownActionError extends Error {
  override readonly name = 'UnknownActionError';
}

export class ActionRegistry {
  private readonly actions = new Map<string, TreeAction>();

  constructor(actions: TreeAction[]) {
    for (const action of actions) this.actions.set(action.name, action);
  }

  has(name: string): boolean {
    return this.actions.has(name);
  }

  run(name: string, dc: DialogContext, vars: Record<string, unknown>): Promise<ActionOutcome> {
    const action = this.actions.get(name);
    if (!action) throw new UnknownActionError(`No action is named "${name}"`);
    return action.run(dc, vars);
  }
}
