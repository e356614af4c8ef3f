import { MessageFactory, type CardAction } from 'botbuilder';
import type { Choice, DialogContext, DialogTurnResult, PromptOptions } from 'botbuilder-dialogs';
import type { TFunction } from 'i18next';
import type { InputKind } from '../schema';
import { issueButtons, type ButtonSpec } from './buttons';
import { NAVIGATION, navigationId } from './navigation';
import { CHOICE_PROMPT, INPUT_PROMPTS, SKIP_ID, type InputValidations } from './prompts';
import { turnServices } from './turnServices';
import { QUICK_EXIT, quickExitButton } from '../wellbeing/quickExit';

export interface AskOptions {
  /** Buttons side by side (1: the biggest buttons). */
  columns?: number;
  /** Add Back / Main menu / Talk to a person (default true). */
  navigation?: boolean;
  /** Leave out "Talk to a person" (in the person tree itself). */
  withoutPerson?: boolean;
  /** The discreet path: Quick exit and Back instead of the usual navigation. */
  discreet?: boolean;
}

/** Quick exit is not a nonce'd choice: it must work from any message of the path, even an old one. */
function withQuickExit(t: TFunction, actions: CardAction[], options: AskOptions): CardAction[] {
  return options.discreet ? [quickExitButton(t), ...actions] : actions;
}

function navigationOf(t: TFunction, options: AskOptions): ButtonSpec[] {
  if (options.navigation === false) return [];
  return options.discreet ? navigationButtons(t).filter((button) => button.id === navigationId('back')) : navigationButtons(t, options.withoutPerson);
}

/** The buttons every question gets: always a way back and a way to a person. */
export function navigationButtons(t: TFunction, withoutPerson = false): ButtonSpec[] {
  return NAVIGATION.filter((navigation) => !(withoutPerson && navigation === 'person')).map((navigation) => ({
    id: navigationId(navigation),
    label: t(`common:button.${navigation}`),
  }));
}

/** Asks a question answered with one of the buttons (a typed label is understood too). */
export async function askChoice(dc: DialogContext, text: string, buttons: ButtonSpec[], options: AskOptions = {}): Promise<DialogTurnResult> {
  const { t } = turnServices(dc.context);
  const issued = await issueButtons(dc.context, [...buttons, ...navigationOf(t, options)]);
  // The choice prompt draws the buttons from the choices, so quick exit goes in as one (never recognised: it is handled first).
  const choices: Choice[] = options.discreet ? [{ value: QUICK_EXIT, action: quickExitButton(t) }, ...issued] : issued;
  const prompt = MessageFactory.text(text);
  if (options.columns) prompt.channelData = { columns: options.columns };
  const promptOptions: PromptOptions = { prompt, choices };
  return dc.prompt(CHOICE_PROMPT, promptOptions);
}

/** Asks for a typed answer (or a photo, a date…); buttons, if any, answer with their id as the text. */
export async function askInput(
  dc: DialogContext,
  kind: InputKind,
  text: string,
  buttons: ButtonSpec[],
  validations: InputValidations = {},
  options: AskOptions = {},
): Promise<DialogTurnResult> {
  const { t } = turnServices(dc.context);
  const skip: ButtonSpec[] = validations.optional ? [{ id: SKIP_ID, label: t('common:button.skip') }] : [];
  const choices = await issueButtons(dc.context, [...buttons, ...skip, ...navigationOf(t, options)]);
  const prompt = MessageFactory.suggestedActions(withQuickExit(t, choices.map((choice) => choice.action!), options), text);
  if (options.columns) prompt.channelData = { columns: options.columns };
  return dc.prompt(INPUT_PROMPTS[kind], { prompt, validations });
}
