import { randomBytes } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Choice } from 'botbuilder-dialogs';
import type { ButtonValue } from '../../bot/turn/activityContract';
import { turnServices } from './turnServices';

export interface ButtonSpec {
  id: string;
  label: string;
}

/**
 * Makes the choices of a question. Each button carries "<nonce>.<id>": the nonce is new for every question,
 * so a press on an older message's button is recognised as stale instead of being taken for an answer.
 */
export async function issueButtons(context: TurnContext, buttons: ButtonSpec[]): Promise<Choice[]> {
  const nonce = randomBytes(3).toString('base64url');
  await turnServices(context).buttons.set(context, { nonce });
  return buttons.map(({ id, label }) => ({
    value: id,
    action: { type: 'postBack', title: label, value: `${nonce}.${id}` },
    synonyms: [label.replace(/^\P{L}+/u, '').trim()].filter((synonym) => synonym.length > 0),
  }));
}

export type PressResult = { kind: 'none' } | { kind: 'current'; id: string } | { kind: 'stale' };

/** Tells whether this turn is a button press, and whether it answers the question asked last. */
export async function readPress(context: TurnContext): Promise<PressResult> {
  const value = context.activity.value as Partial<ButtonValue> | undefined;
  if (!value || typeof value.button !== 'string') return { kind: 'none' };
  const match = /^([A-Za-z0-9_-]{4})\.([A-Za-z0-9_-]{1,40})$/.exec(value.button);
  const { nonce } = await turnServices(context).buttons.get(context, {});
  if (!match || match[1] !== nonce) return { kind: 'stale' };
  return { kind: 'current', id: match[2]! };
}
