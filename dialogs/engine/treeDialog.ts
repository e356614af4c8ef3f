import { MessageFactory } from 'botbuilder';
import {
  Dialog,
  DialogReason,
  type DialogContext,
  type DialogTurnResult,
  type FoundChoice,
  type PromptOptions,
} from 'botbuilder-dialogs';
import type { ActionRegistry } from '../actions/actionRegistry';
import { MAIN_TREE, type ChoiceNode, type InputNode, type Next, type Tree, type TreeNode } from '../schema';
import { issueButtons, type ButtonSpec } from './buttons';
import { asNavigation, isNavigationResult, navigationId, NAVIGATION, type Navigation } from './navigation';
import { CHOICE_PROMPT, INPUT_PROMPTS, isSkip, SKIP_ID, type InputValidations } from './prompts';
import { turnServices } from './turnServices';

export interface TreeState {
  node: string;
  /** The questions answered so far, for Back. */
  history: string[];
  /** Answers kept by input nodes (saveAs), handed to actions. */
  vars: Record<string, unknown>;
}

export interface TreeOptions {
  node?: string;
}

export function treeDialogId(treeId: string): string {
  return `tree:${treeId}`;
}

/**
 * Walks a dialog tree (data from dialogs/trees): sends messages, asks questions through botbuilder's
 * prompts, runs named actions and follows `next` links. It ends with a GotoResult to hand over to another
 * tree, or with nothing to go back to the main menu.
 */
export class TreeDialog extends Dialog<TreeOptions> {
  constructor(
    private readonly tree: Tree,
    private readonly actions: ActionRegistry,
  ) {
    super(treeDialogId(tree.id));
  }

  override async beginDialog(dc: DialogContext, options?: TreeOptions): Promise<DialogTurnResult> {
    if (this.tree.discreet) turnServices(dc.context).keepOutOfTranscript();
    const node = options?.node && this.tree.nodes[options.node] ? options.node : this.tree.start;
    const state: TreeState = { node, history: [], vars: {} };
    dc.activeDialog!.state = state;
    return this.runNode(dc, state);
  }

  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as TreeState;
    const node = this.nodeOf(state.node);
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
        const outcome = typeof result === 'string' ? result : undefined;
        return this.follow(dc, state, (outcome !== undefined ? node.outcomes?.[outcome] : undefined) ?? node.next, false);
      }
      default:
        return this.follow(dc, state, node.next, false);
    }
  }

  private async runNode(dc: DialogContext, state: TreeState): Promise<DialogTurnResult> {
    const node = this.nodeOf(state.node);
    const { t } = turnServices(dc.context);
    switch (node.type) {
      case 'message':
        await dc.context.sendActivity(MessageFactory.text(t(node.text)));
        return this.follow(dc, state, node.next, false);
      case 'choice':
        return this.ask(dc, node);
      case 'input':
        return this.askInput(dc, node);
      case 'action': {
        const outcome = await this.actions.run(node.action, dc, state.vars);
        if (outcome.kind === 'dialog') return dc.beginDialog(outcome.dialogId, outcome.options);
        return this.follow(dc, state, (outcome.outcome !== undefined ? node.outcomes?.[outcome.outcome] : undefined) ?? node.next, false);
      }
    }
  }

  private async ask(dc: DialogContext, node: ChoiceNode): Promise<DialogTurnResult> {
    const { t } = turnServices(dc.context);
    const buttons: ButtonSpec[] = node.choices.map((choice) => ({ id: choice.id, label: t(choice.label) }));
    if (!node.noNavigation) buttons.push(...this.navigationButtons(dc));
    const choices = await issueButtons(dc.context, buttons);
    const prompt = MessageFactory.text(t(node.text));
    if (node.columns) prompt.channelData = { columns: node.columns };
    const options: PromptOptions = { prompt, choices };
    return dc.prompt(CHOICE_PROMPT, options);
  }

  private async askInput(dc: DialogContext, node: InputNode): Promise<DialogTurnResult> {
    const { t } = turnServices(dc.context);
    const skip: ButtonSpec[] = node.optional ? [{ id: SKIP_ID, label: t('common:button.skip') }] : [];
    const choices = await issueButtons(dc.context, [...skip, ...this.navigationButtons(dc)]);
    const prompt = MessageFactory.suggestedActions(
      choices.map((choice) => choice.action!),
      t(node.text),
    );
    const validations: InputValidations = { maxLength: node.maxLength, optional: node.optional };
    return dc.prompt(INPUT_PROMPTS[node.input], { prompt, validations });
  }

  private navigationButtons(dc: DialogContext): ButtonSpec[] {
    const { t } = turnServices(dc.context);
    return NAVIGATION.filter((navigation) => !(navigation === 'person' && this.tree.id === 'person')).map((navigation) => ({
      id: navigationId(navigation),
      label: t(`common:button.${navigation}`),
    }));
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

  private nodeOf(id: string): TreeNode {
    const node = this.tree.nodes[id];
    if (!node) throw new Error(`Tree "${this.tree.id}" has no node "${id}"`);
    return node;
  }
}
