import { MessageFactory, type Activity } from 'botbuilder';
import {
  AttachmentPrompt,
  ChoicePrompt,
  ListStyle,
  TextPrompt,
  type Dialog,
  type PromptValidator,
  type PromptValidatorContext,
} from 'botbuilder-dialogs';
import { SOURCE_LANGUAGE } from '../../bot/i18n/languages';
import { parseTypedDate, todayInMilan } from '../../bot/i18n/typedDate';
import { normalizePhone } from '../../bot/i18n/typedInput';
import { CONTACT_ENTITY, GEO_ENTITY, type ContactEntity, type GeoEntity } from '../../bot/turn/activityContract';
import type { InputKind } from '../schema';
import { incomingKind } from './incoming';
import { incomingContent, type IncomingContent } from './incomingContent';
import { RecognizerPrompt } from './recognizerPrompt';
import { turnServices } from './turnServices';

export const CHOICE_PROMPT = 'prompt-choice';
export const INPUT_PROMPTS: Record<InputKind, string> = {
  text: 'prompt-text',
  photo: 'prompt-photo',
  location: 'prompt-location',
  date: 'prompt-date',
  phone: 'prompt-phone',
  message: 'prompt-message',
};

/** The data of the Skip button of optional inputs. */
export const SKIP_ID = 'input-skip';

/** Validation settings a node passes to its input prompt. */
export interface InputValidations {
  maxLength?: number;
  optional?: boolean;
}

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
  const text = new TextPrompt(INPUT_PROMPTS.text, skippable(async (pc) => {
    const { t } = turnServices(pc.context);
    const maxLength = (pc.options.validations as InputValidations | undefined)?.maxLength;
    // A button offered with the question answers with its id as the text.
    const kind = incomingKind(pc.context.activity);
    if (!pc.recognized.succeeded || (kind !== 'text' && kind !== 'button') || pc.recognized.value!.trim() === '') {
      return retry(pc, t('common:input.text'));
    }
    if (maxLength !== undefined && pc.recognized.value!.length > maxLength) return retry(pc, t('common:tooLong', { count: maxLength }));
    return true;
  }));

  const photo = new AttachmentPrompt(INPUT_PROMPTS.photo, skippable(async (pc) => {
    const images = (pc.recognized.value ?? []).filter((attachment) => attachment.contentType.startsWith('image/'));
    if (images.length === 0) return retry(pc, turnServices(pc.context).t('common:input.photo'));
    pc.recognized.value = images;
    return true;
  }));

  const location = new RecognizerPrompt<GeoEntity>(INPUT_PROMPTS.location, geoOf, skippable(async (pc) =>
    pc.recognized.succeeded ? true : retry(pc, turnServices(pc.context).t('common:input.location')),
  ));

  const message = new RecognizerPrompt<IncomingContent>(INPUT_PROMPTS.message, incomingContent, skippable(async (pc) => {
    const { t } = turnServices(pc.context);
    if (!pc.recognized.succeeded) return retry(pc, t('common:input.message'));
    const maxLength = (pc.options.validations as InputValidations | undefined)?.maxLength;
    const length = pc.recognized.value!.text?.length ?? 0;
    if (maxLength !== undefined && length > maxLength) return retry(pc, t('common:tooLong', { count: maxLength }));
    return true;
  }));

  const date = new TextPrompt(INPUT_PROMPTS.date, skippable(async (pc) => {
    const services = turnServices(pc.context);
    // "3/12", "١٨/١٢", "১৪/১২" in any digit system, and words in the languages that have them (bot/i18n/typedDate.ts).
    const day = parseTypedDate(pc.recognized.value ?? '', services.language ?? SOURCE_LANGUAGE, todayInMilan());
    if (!day) return retry(pc, services.t('common:input.date'));
    pc.recognized.value = day;
    return true;
  }));

  const phone = new TextPrompt(INPUT_PROMPTS.phone, skippable(async (pc) => {
    const contact = (pc.context.activity.entities ?? []).find((entity) => entity.type === CONTACT_ENTITY) as ContactEntity | undefined;
    // Any digit system, spaces, dots, dashes and a leading +39/0039 (bot/i18n/typedInput.ts).
    const phone = normalizePhone(contact?.phoneNumber ?? pc.recognized.value ?? '');
    if (!phone) return retry(pc, turnServices(pc.context).t('common:input.phone'));
    pc.recognized.value = phone;
    return true;
  }));

  return [text, photo, location, date, phone, message];
}

function geoOf(activity: Activity): GeoEntity | undefined {
  const geo = (activity.entities ?? []).find((entity) => entity.type === GEO_ENTITY) as GeoEntity | undefined;
  return geo ? { type: GEO_ENTITY, latitude: geo.latitude, longitude: geo.longitude } : undefined;
}

/** An optional input takes the Skip button as an answer (the tree keeps null). */
function skippable<T>(validator: PromptValidator<T>): PromptValidator<T> {
  return async (pc) => ((pc.options.validations as InputValidations | undefined)?.optional === true && isSkip(pc.context.activity)) || validator(pc);
}

export function isSkip(activity: Partial<Activity>): boolean {
  return activity.text === SKIP_ID;
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
