import { MessageFactory } from 'botbuilder';
import type { DialogContext, DialogTurnResult, PromptOptions } from 'botbuilder-dialogs';
import type { TFunction } from 'i18next';
import type { InputKind } from '../schema';
import { issueButtons, type ButtonSpec } from './buttons';
import { NAVIGATION, navigationId } from './navigation';
import { CHOICE_PROMPT, INPUT_PROMPTS, SKIP_ID, type InputValidations } from './prompts';
import { turnServices } from './turnServices';

export interface AskOptions {
  /** Buttons side by side (1: the biggest buttons). */
  columns?: number;
  /** Add Back / Main menu / Talk to a person (default true). */
  navigation?: boolean;
  /** Leave out "Talk to a person" (in the person tree itself). */
  withoutPerson?: boolean;
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
  const all = options.navigation === false ? buttons : [...buttons, ...navigationButtons(t, options.withoutPerson)];
  const choices = await issueButtons(dc.context, all);
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
  const all = [...buttons, ...skip, ...(options.navigation === false ? [] : navigationButtons(t, options.withoutPerson))];
  const choices = await issueButtons(dc.context, all);
  const prompt = MessageFactory.suggestedActions(
    choices.map((choice) => choice.action!),
    text,
  );
  if (options.columns) prompt.channelData = { columns: options.columns };
  return dc.prompt(INPUT_PROMPTS[kind], { prompt, validations });
}
