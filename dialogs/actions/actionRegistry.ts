import type { DialogContext } from 'botbuilder-dialogs';

/** What a named action asks the tree to do next. */
export type ActionOutcome = { kind: 'outcome'; outcome?: string } | { kind: 'dialog'; dialogId: string; options?: object };

/** A named action a tree node can call: the only code behind dialog content. */
export interface TreeAction {
  readonly name: string;
  run(dc: DialogContext, vars: Record<string, unknown>): Promise<ActionOutcome>;
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
