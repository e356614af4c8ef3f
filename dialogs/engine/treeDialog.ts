import { MessageFactory } from 'botbuilder';
import { Dialog, DialogReason, type DialogContext, type DialogTurnResult, type FoundChoice } from 'botbuilder-dialogs';
import { isDialogOutcome, TEXT_VALUES, type ActionRegistry } from '../actions/actionRegistry';
import { MAIN_TREE, type ChoiceNode, type InputNode, type Next, type Tree } from '../schema';
import { askChoice, askInput } from './ask';
import type { ButtonSpec } from './buttons';
import { asNavigation, isNavigationResult, type Navigation } from './navigation';
import { isSkip } from './prompts';
import { discreetMessage } from '../wellbeing/quickExit';
import { protectPath } from '../wellbeing/pathDelivery';
import { turnServices } from './turnServices';

export interface TreeState {
  node: string;
  /** The questions answered so far, for Back. */
  history: string[];
  /** Answers kept by input nodes (saveAs), handed to actions. */
  vars: Record<string, unknown>;
  /** Choices the tenant already made in words (node → choice id), each taken once instead of asking. */
  answers?: Record<string, string>;
}

export interface TreeOptions {
  node?: string;
  /** Answers known before the tree starts (a deep link's building). */
  vars?: Record<string, unknown>;
  /** Choices already made in words ("il termosifone è rotto": start → new, category → heating). */
  answers?: Record<string, string>;
}

export const TREE_PREFIX = 'tree:';

/** Only the words an action put in vars.textValues, never the answers themselves: a var named "lng" or "count" would steer i18next. */
function textValues(vars: Record<string, unknown>): Record<string, string> {
  const values = vars[TEXT_VALUES];
  if (typeof values !== 'object' || values === null) return {};
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

export function treeDialogId(treeId: string): string {
  return `${TREE_PREFIX}${treeId}`;
}

/**
 * Walks a dialog tree (data from dialogs/trees): sends messages, asks questions through botbuilder's
 * prompts, runs named actions and follows `next` links. It ends with a GotoResult to hand over to another
 * tree, or with nothing to go back to the main menu.
 */
export class TreeDialog extends Dialog<TreeOptions> {
  constructor(
    private readonly treeId: string,
    private readonly actions: ActionRegistry,
  ) {
    super(treeDialogId(treeId));
  }

  override async beginDialog(dc: DialogContext, options?: TreeOptions): Promise<DialogTurnResult> {
    const tree = this.treeOf(dc);
    if (!tree) return dc.endDialog();
    if (tree.discreet || tree.private) turnServices(dc.context).keepOutOfTranscript();
    if (tree.discreet) {
      await turnServices(dc.context).discreet.follow();
      protectPath(dc.context);
    }
    const node = options?.node && tree.nodes[options.node] ? options.node : tree.start;
    const state: TreeState = { node, history: [], vars: { ...options?.vars }, ...(options?.answers ? { answers: { ...options.answers } } : {}) };
    dc.activeDialog!.state = state;
    return this.runNode(dc, state);
  }

  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as TreeState;
    const tree = this.treeOf(dc);
    if (!tree) return dc.endDialog();
    const node = tree.nodes[state.node];
    // A published version removed the node the tenant was at: they go on from the tree's start, not out of it.
    if (!node) return this.restartTree(dc, state, tree);
    const navigation = isNavigationResult(result) ? result.navigation : asNavigation((result as FoundChoice | undefined)?.value);
    if (navigation) return this.navigate(dc, state, navigation);
    switch (node.type) {
      case 'choice': {
        const chosen = node.choices.find((choice) => choice.id === (result as FoundChoice | undefined)?.value);
        if (chosen && node.saveAs) state.vars[node.saveAs] = chosen.id;
        return chosen ? this.follow(dc, state, chosen.next) : this.runNode(dc, state);
      }
      case 'input':
        state.vars[node.saveAs] = isSkip(dc.context.activity) ? null : result;
        return this.follow(dc, state, node.next);
      case 'action': {
        if (isDialogOutcome(result)) Object.assign(state.vars, result.vars);
        const outcome = typeof result === 'string' ? result : isDialogOutcome(result) ? result.outcome : undefined;
        return this.follow(dc, state, (outcome !== undefined ? node.outcomes?.[outcome] : undefined) ?? node.next, false);
      }
      default:
        return this.follow(dc, state, node.next, false);
    }
  }

  private async runNode(dc: DialogContext, state: TreeState): Promise<DialogTurnResult> {
    const tree = this.treeOf(dc);
    if (!tree) return dc.endDialog();
    const node = tree.nodes[state.node];
    if (!node) return this.restartTree(dc, state, tree);
    const { t } = turnServices(dc.context);
    switch (node.type) {
      case 'message': {
        const text = t(node.text, textValues(state.vars));
        await dc.context.sendActivity(tree.discreet ? discreetMessage(t, text) : MessageFactory.text(text));
        return this.follow(dc, state, node.next, false);
      }
      case 'choice': {
        const given = node.choices.find((choice) => choice.id === state.answers?.[state.node]);
        if (!given) return this.ask(dc, tree, node, state);
        // Taken once: Back returns to the question, which is then asked.
        delete state.answers![state.node];
        if (node.saveAs) state.vars[node.saveAs] = given.id;
        return this.follow(dc, state, given.next);
      }
      case 'input':
        return this.askInput(dc, tree, node, state);
      case 'branch': {
        const neighbourhood = turnServices(dc.context).tenant.neighbourhoodId;
        return this.follow(dc, state, (neighbourhood !== undefined ? node.cases[neighbourhood] : undefined) ?? node.next, false);
      }
      case 'action': {
        const outcome = await this.actions.run(node.action, dc, state.vars);
        if (outcome.kind === 'dialog') return dc.beginDialog(outcome.dialogId, outcome.options);
        if (outcome.forgetHistory) state.history = [];
        return this.follow(dc, state, (outcome.outcome !== undefined ? node.outcomes?.[outcome.outcome] : undefined) ?? node.next, false);
      }
    }
  }

  private ask(dc: DialogContext, tree: Tree, node: ChoiceNode, state: TreeState): Promise<DialogTurnResult> {
    const { t } = turnServices(dc.context);
    const buttons: ButtonSpec[] = node.choices.map((choice) => ({ id: choice.id, label: t(choice.label) }));
    return askChoice(dc, t(node.text, textValues(state.vars)), buttons, { columns: node.columns, navigation: !node.noNavigation, withoutPerson: tree.id === 'person', discreet: tree.discreet });
  }

  private askInput(dc: DialogContext, tree: Tree, node: InputNode, state: TreeState): Promise<DialogTurnResult> {
    const { t } = turnServices(dc.context);
    return askInput(dc, node.input, t(node.text, textValues(state.vars)), [], { maxLength: node.maxLength, optional: node.optional }, { withoutPerson: tree.id === 'person', discreet: tree.discreet });
  }

  private treeOf(dc: DialogContext): Tree | undefined {
    return turnServices(dc.context).content.tree(this.treeId);
  }

  private restartTree(dc: DialogContext, state: TreeState, tree: Tree): Promise<DialogTurnResult> {
    state.node = tree.start;
    state.history = [];
    return this.runNode(dc, state);
  }

  private async navigate(dc: DialogContext, state: TreeState, navigation: Navigation): Promise<DialogTurnResult> {
    if (navigation === 'menu') return dc.endDialog();
    if (navigation === 'person') return dc.endDialog({ goto: 'person' });
    const previous = state.history.pop();
    if (previous === undefined) return dc.endDialog();
    state.node = previous;
    return this.runNode(dc, state);
  }

  /** Goes to `next`; questions are remembered so Back can return to them. */
  private async follow(dc: DialogContext, state: TreeState, next: Next, remember = true): Promise<DialogTurnResult> {
    if (next === null) return dc.endDialog();
    if (next.startsWith('@')) {
      const target = next.slice(1);
      return target === MAIN_TREE ? dc.endDialog() : dc.endDialog({ goto: target });
    }
    if (remember) state.history.push(state.node);
    state.node = next;
    return this.runNode(dc, state);
  }
}
