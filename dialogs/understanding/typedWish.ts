import { ActivityTypes, MessageFactory } from 'botbuilder';
import { recognizeChoices, type Choice, type DialogContext } from 'botbuilder-dialogs';
import type { Tree } from '../schema';
import { CHOICE_PROMPT } from '../engine/prompts';
import { turnServices } from '../engine/turnServices';
import { treeDialogId, type TreeOptions, type TreeState } from '../engine/treeDialog';
import { understand } from './wishes';

/**
 * Where typed words lead: a button of the question asked (the words answer it), a tree started at the right step,
 * or a few wishes to choose from.
 */
export type TypedWish = { pick: string } | { tree: string; treeOptions: TreeOptions } | { offer: string[] };

/** The trees where typed words are never read as a wish: the discreet path, private trees and the person flow. */
function keepsTypedWords(tree: Tree): boolean {
  return Boolean(tree.discreet || tree.private || tree.id === 'person');
}

/**
 * Words typed where a button is expected, read as what the tenant wants ("ho il termosifone rotto"). Only a plain
 * typed message at a question with buttons, once the language is known, when no button's label matches it, and
 * never on the discreet path, in a private tree or in the person flow (code words are checked before, and a chat
 * with a person takes every message). A sure match is said back to the tenant. Nothing typed is logged.
 */
export async function typedWish(innerDc: DialogContext, deepest: DialogContext, trees: Tree[]): Promise<TypedWish | undefined> {
  const { activity } = innerDc.context;
  const services = turnServices(innerDc.context);
  if (activity.type !== ActivityTypes.Message || typeof activity.text !== 'string' || activity.value !== undefined || activity.text.trim() === '') return undefined;
  if (services.language === undefined || deepest.activeDialog?.id !== CHOICE_PROMPT || trees.some(keepsTypedWords)) return undefined;
  const choices = ((deepest.activeDialog.state as { options?: { choices?: Choice[] } }).options?.choices ?? []);
  if (recognizeChoices(activity.text, choices, { recognizeNumbers: true, recognizeOrdinals: false, allowPartialMatches: false }).length > 0) return undefined;
  const found = understand(activity.text, services.t);
  if (found.kind === 'none') return undefined;
  if (found.kind === 'maybe') return { offer: found.wishes.map((wish) => wish.id) };
  // "Termosifone" at the question of the kind of fault is the heating button: answered here, not started again.
  const asker = innerDc.stack[1];
  const atNode = asker?.id === treeDialogId(found.wish.tree) ? found.wish.answers[(asker.state as TreeState).node] : undefined;
  if (atNode !== undefined && choices.some((choice) => choice.value === atNode)) return { pick: atNode };
  await innerDc.context.sendActivity(MessageFactory.text(services.t('understand:understood', { what: services.t(found.wish.label) })));
  return { tree: found.wish.tree, treeOptions: { answers: found.wish.answers } };
}
