import { MessageFactory, type Activity } from 'botbuilder';
import {
  AttachmentPrompt,
  ChoicePrompt,
  DateTimePrompt,
  ListStyle,
  TextPrompt,
  type Dialog,
  type PromptValidatorContext,
} from 'botbuilder-dialogs';
import { CONTACT_ENTITY, type ContactEntity } from '../../bot/turn/activityContract';
import type { InputKind } from '../schema';
import { incomingKind } from './incoming';
import { LocationPrompt } from './locationPrompt';
import { turnServices } from './turnServices';

export const CHOICE_PROMPT = 'prompt-choice';
export const INPUT_PROMPTS: Record<InputKind, string> = {
  text: 'prompt-text',
  photo: 'prompt-photo',
  location: 'prompt-location',
  date: 'prompt-date',
  phone: 'prompt-phone',
};

/** Validation settings a node passes to its input prompt. */
export interface InputValidations {
  maxLength?: number;
}

const PHONE = /^\+?[0-9][0-9 ()./-]{5,19}$/;
const MEDIA_KINDS = new Set(['photo', 'document', 'voice', 'location', 'contact', 'unsupported']);

/**
 * The prompts trees ask with. Each validator explains a wrong answer in the tenant's language and asks the
 * question again (with its buttons); after two misses in a row a choice also offers a person.
 */
export function createPrompts(): Dialog[] {
  return [createChoicePrompt(), ...createInputPrompts()];
}

export function createChoicePrompt(): ChoicePrompt {
  const choice = new ChoicePrompt(CHOICE_PROMPT, async (pc) => {
    if (pc.recognized.succeeded) return true;
    const { t } = turnServices(pc.context);
    const kind = incomingKind(pc.context.activity);
    const explanation = MEDIA_KINDS.has(kind) ? t('common:unsupportedMedia') : pc.attemptCount >= 2 ? t('common:offerPerson') : t('common:notUnderstood');
    return retry(pc, explanation);
  });
  choice.style = ListStyle.suggestedAction;
  choice.recognizerOptions = { recognizeOrdinals: false, recognizeNumbers: true, allowPartialMatches: false };
  return choice;
}

function createInputPrompts(): Dialog[] {
  const text = new TextPrompt(INPUT_PROMPTS.text, async (pc) => {
    const { t } = turnServices(pc.context);
    const maxLength = (pc.options.validations as InputValidations | undefined)?.maxLength;
    if (!pc.recognized.succeeded || incomingKind(pc.context.activity) !== 'text' || pc.recognized.value!.trim() === '') {
      return retry(pc, t('common:input.text'));
    }
    if (maxLength !== undefined && pc.recognized.value!.length > maxLength) return retry(pc, t('common:tooLong', { count: maxLength }));
    return true;
  });

  const photo = new AttachmentPrompt(INPUT_PROMPTS.photo, async (pc) => {
    const images = (pc.recognized.value ?? []).filter((attachment) => attachment.contentType.startsWith('image/'));
    if (images.length === 0) return retry(pc, turnServices(pc.context).t('common:input.photo'));
    pc.recognized.value = images;
    return true;
  });

  const location = new LocationPrompt(INPUT_PROMPTS.location, async (pc) =>
    pc.recognized.succeeded ? true : retry(pc, turnServices(pc.context).t('common:input.location')),
  );

  const date = new DateTimePrompt(INPUT_PROMPTS.date, async (pc) =>
    pc.recognized.succeeded ? true : retry(pc, turnServices(pc.context).t('common:input.date')),
  );

  const phone = new TextPrompt(INPUT_PROMPTS.phone, async (pc) => {
    const contact = (pc.context.activity.entities ?? []).find((entity) => entity.type === CONTACT_ENTITY) as ContactEntity | undefined;
    const candidate = contact?.phoneNumber ?? pc.recognized.value?.trim() ?? '';
    if (!PHONE.test(candidate)) return retry(pc, turnServices(pc.context).t('common:input.phone'));
    pc.recognized.value = candidate.replace(/[^0-9+]/g, '');
    return true;
  });

  return [text, photo, location, date, phone];
}

/** Sets the retry message (explanation, then the question with its buttons) and rejects the answer. */
function retry<T>(pc: PromptValidatorContext<T>, explanation: string): false {
  const question = pc.options.prompt as Partial<Activity> | undefined;
  const message = MessageFactory.text(`${explanation}\n\n${question?.text ?? ''}`.trim());
  if (question?.suggestedActions) message.suggestedActions = question.suggestedActions;
  if (question?.channelData) message.channelData = question.channelData;
  pc.options.retryPrompt = message;
  return false;
}
