import { ActivityTypes, MessageFactory } from 'botbuilder';
import { Dialog, WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { ActionRegistry } from '../actions/actionRegistry';
import { MAIN_TREE, type Tree } from '../schema';
import { HANDOVER_DIALOG, HandoverDialog } from '../person/handoverDialog';
import { SUPPORT_CHAT_DIALOG, SupportChatDialog } from '../wellbeing/supportChatDialog';
import { CallbackWindowDialog } from '../wellbeing/callbackWindowDialog';
import { protectPath, silenceChosen } from '../wellbeing/pathDelivery';
import { answerDeskEventOutsideChat } from '../person/deskEventOutsideChat';
import { FilesDialog } from '../maintenance/filesDialog';
import { AppointmentsDialog } from '../health/appointmentsDialog';
import { BookingDialog } from '../health/bookingDialog';
import { BOOKING_KINDS } from '../health/bookingKinds';
import { PlaceDialog } from '../maintenance/placeDialog';
import { ForgottenDialog } from '../privacy/forgottenDialog';
import { answerTypedCode } from './typedCodes';
import { readPress } from './buttons';
import { CancelAndHelpDialog } from './cancelAndHelpDialog';
import type { ParsedCommand } from './incoming';
import { LANGUAGE_DIALOG, LanguageDialog, type LanguageOptions } from './languageDialog';
import { asNavigation, isGotoResult } from './navigation';
import { createPrompts } from './prompts';
import { TREE_PREFIX, TreeDialog, treeDialogId, type TreeOptions } from './treeDialog';
import { SUGGESTIONS_DIALOG, SuggestionsDialog, type SuggestionsOptions } from '../understanding/suggestionsDialog';
import { typedWish } from '../understanding/typedWish';
import { isWishResult } from '../understanding/wishes';
import { turnServices } from './turnServices';
import { startOfPayload } from './startPayload';

export const ROOT_DIALOG = 'root';
/** The tree a code word opens. */
export const DISCREET_TREE = 'wellbeing';
const FLOW = 'root-flow';
/** The tree /privacy opens. */
export const PRIVACY_TREE = 'privacy';

export interface RootOptions {
  /** Greet the tenant before the menu (first contact and /start). */
  welcome?: boolean;
  /** Ask for the language before anything else. */
  chooseLanguage?: boolean;
  /** The tree to run; the main menu when absent. */
  tree?: string;
  /** The /start payload of a deep link, kept for the flows that use it. */
  startPayload?: string;
  /** How the tree starts: the choices typed words already made. */
  treeOptions?: TreeOptions;
  /** Wishes typed words may mean, offered as buttons before any tree. */
  offer?: string[];
}

/**
 * The dialog every conversation runs in: language first, then the main menu tree, and back to the menu
 * whenever a tree ends. Button presses are checked here: a stale one is explained, a navigation one
 * (Back, Main menu, Talk to a person) ends the active question and lets its tree move.
 */
export class RootDialog extends CancelAndHelpDialog {
  constructor(
    treeIds: string[],
    private readonly actions: ActionRegistry,
  ) {
    super(ROOT_DIALOG);
    for (const dialog of createPrompts()) this.addDialog(dialog);
    for (const id of treeIds) this.addDialog(new TreeDialog(id, actions));
    this.addDialog(new LanguageDialog());
    this.addDialog(new HandoverDialog());
    this.addDialog(new SupportChatDialog());
    this.addDialog(new CallbackWindowDialog());
    this.addDialog(new PlaceDialog());
    this.addDialog(new FilesDialog());
    for (const kind of BOOKING_KINDS) {
      this.addDialog(new BookingDialog(kind));
      this.addDialog(new AppointmentsDialog(kind));
    }
    this.addDialog(new ForgottenDialog());
    this.addDialog(new SuggestionsDialog());
    this.addDialog(
      new WaterfallDialog(FLOW, [(step) => this.language(step), (step) => this.runTree(step), (step) => this.loop(step)]),
    );
    this.initialDialogId = FLOW;
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const trees = innerDc.stack.flatMap((entry) => treeOfDialog(innerDc, entry.id) ?? []);
    // On the way to the discreet path (a new tenant picking a language after a code word) is the path already.
    const towardsPath = innerDc.stack.some((entry) => entry.id === FLOW && isDiscreetFlow(entry.state?.options));
    // A visit to a private tree leaves no transcript; the messages of a discreet one are erased too.
    if (towardsPath || trees.some((tree) => tree.discreet || tree.private)) turnServices(innerDc.context).keepOutOfTranscript();
    if (towardsPath || trees.some((tree) => tree.discreet)) {
      const { discreet, support } = turnServices(innerDc.context);
      await discreet.follow(this.deepestDialog(innerDc) === SUPPORT_CHAT_DIALOG ? support.chat.idleMinutes : undefined);
      // Every message of the path, operators' replies included: protected, and silent once the tenant chose.
      protectPath(innerDc.context, silenceChosen(innerDc));
    }
    // A code word typed in a chat with a community manager is not sent to the manager: it opens the path (the
    // request stays with the desk). In a chat with a partner operator it is just a message.
    const codeWord = this.deepestDialog(innerDc) !== SUPPORT_CHAT_DIALOG && (await this.isCodeWord(innerDc));
    if (!codeWord && this.capturesEverything(innerDc)) return super.onContinueDialog(innerDc);
    if (innerDc.context.activity.type === ActivityTypes.Event) {
      await answerDeskEventOutsideChat(innerDc.context);
      return Dialog.EndOfTurn;
    }
    if (codeWord) {
      // A code word opens the discreet path; the word itself is part of it (the flow's first step follows it).
      await innerDc.cancelAllDialogs();
      const options: RootOptions = { tree: DISCREET_TREE };
      return innerDc.beginDialog(FLOW, options);
    }
    if (await answerTypedCode(innerDc.context)) {
      await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    const press = await readPress(innerDc.context);
    // Words typed where a button is expected ("ho il termosifone rotto"): the flow they mean (dialogs/understanding).
    const wish = press.kind === 'none' && !towardsPath ? await typedWish(innerDc, this.deepestContext(innerDc), trees) : undefined;
    if (wish && 'pick' in wish) innerDc.context.activity.text = wish.pick;
    else if (wish) {
      await innerDc.cancelAllDialogs();
      const options: RootOptions = 'offer' in wish ? { offer: wish.offer } : wish;
      return innerDc.beginDialog(FLOW, options);
    }
    if (press.kind === 'stale') {
      await innerDc.context.sendActivity(MessageFactory.text(turnServices(innerDc.context).t('common:staleButton')));
      await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    if (press.kind === 'current') {
      const navigation = asNavigation(press.id);
      if (navigation) return innerDc.endDialog({ navigation });
      innerDc.context.activity.text = press.id;
    }
    return super.onContinueDialog(innerDc);
  }

  private async isCodeWord(innerDc: DialogContext): Promise<boolean> {
    const { activity } = innerDc.context;
    return activity.type === ActivityTypes.Message && typeof activity.text === 'string' && activity.value === undefined && (await turnServices(innerDc.context).support.isCodeWord(activity.text));
  }

  protected override capturesEverything(innerDc: DialogContext): boolean {
    const deepest = this.deepestDialog(innerDc);
    return deepest === HANDOVER_DIALOG || deepest === SUPPORT_CHAT_DIALOG;
  }

  private deepestDialog(innerDc: DialogContext): string | undefined {
    return this.deepestContext(innerDc).activeDialog?.id;
  }

  private deepestContext(innerDc: DialogContext): DialogContext {
    let dc = innerDc;
    while (dc.child) dc = dc.child;
    return dc;
  }

  protected override async restart(innerDc: DialogContext, command: ParsedCommand): Promise<DialogTurnResult> {
    await innerDc.cancelAllDialogs();
    const options: RootOptions = {
      welcome: command.name === 'start',
      chooseLanguage: command.name === 'language',
      tree: command.name === 'privacy' ? PRIVACY_TREE : undefined,
      startPayload: command.name === 'start' && command.payload ? command.payload : undefined,
    };
    return innerDc.beginDialog(FLOW, options);
  }

  private async language(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as RootOptions;
    if (isDiscreetFlow(options)) {
      // The code word and the language question belong to the path: erased with it, never in the transcript.
      turnServices(step.context).keepOutOfTranscript();
      await turnServices(step.context).discreet.follow();
      protectPath(step.context);
    }
    const known = turnServices(step.context).language !== undefined;
    if (known && !options.chooseLanguage) return step.next();
    const languageOptions: LanguageOptions = { firstContact: !known };
    return step.beginDialog(LANGUAGE_DIALOG, languageOptions);
  }

  private async runTree(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as RootOptions;
    if (options.welcome) {
      const name = step.context.activity.from.name?.trim() ?? '';
      const { t } = turnServices(step.context);
      await step.context.sendActivity(MessageFactory.text(name ? t('menu:welcome', { name }) : t('menu:welcomeNoName')));
    }
    if (options.offer) {
      const suggestions: SuggestionsOptions = { offer: options.offer };
      return step.beginDialog(SUGGESTIONS_DIALOG, suggestions);
    }
    const start = startOfPayload(options.startPayload);
    if (start && !options.tree) return step.beginDialog(this.treeDialog(start.tree), start.options);
    return step.beginDialog(this.treeDialog(options.tree ?? MAIN_TREE), options.treeOptions);
  }

  /** The dialog of a tree, added the first time a published version brings a tree the bot started without. */
  private treeDialog(treeId: string): string {
    const id = treeDialogId(treeId);
    if (!this.findDialog(id)) this.addDialog(new TreeDialog(treeId, this.actions));
    return id;
  }

  private async loop(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const next: RootOptions = { tree: isGotoResult(step.result) ? step.result.goto : MAIN_TREE, ...(isWishResult(step.result) ? { treeOptions: { answers: step.result.answers } } : {}) };
    return step.replaceDialog(FLOW, next);
  }
}

function treeOfDialog(dc: DialogContext, dialogId: string): Tree | undefined {
  return dialogId.startsWith(TREE_PREFIX) ? turnServices(dc.context).content.tree(dialogId.slice(TREE_PREFIX.length)) : undefined;
}

function isDiscreetFlow(options: unknown): boolean {
  return (options as RootOptions | undefined)?.tree === DISCREET_TREE;
}
