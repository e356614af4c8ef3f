import type { TFunction } from 'i18next';
import type { BotMessage, FakeBotApi, FakeUser } from '../../support/fakeTelegram';
import { labels, press } from '../../support/botUnderTest';

/** Reads the bot's messages to this user until one matches (earlier ones are skipped). */
export async function waitForBotMessage(user: FakeUser, matches: (message: BotMessage) => boolean, timeoutMs = 10000): Promise<BotMessage> {
  const deadline = Date.now() + timeoutMs;
  const seen: string[] = [];
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`No matching bot message for user ${user.id} within ${timeoutMs} ms; seen: ${JSON.stringify(seen)}`);
    let message: BotMessage;
    try {
      message = await user.nextBotMessage(left);
    } catch (error) {
      throw new Error(`No matching bot message for user ${user.id}; seen: ${JSON.stringify(seen)}\n${String(error)}`);
    }
    seen.push(message.text ?? message.caption ?? `[${message.kind}]`);
    if (matches(message)) return message;
  }
}

export const has = (message: BotMessage, text: string) => (message.text ?? message.caption ?? '').includes(text);

export const withButton = (label: string) => (message: BotMessage) => labels(message).includes(label);

/**
 * A tenant on the fake Telegram asks for a person: main menu → "Talk to a person" → neighbourhood
 * (when asked) → topic → first message. Returns when the bot confirmed the request was queued.
 */
export async function tenantAsksForPerson(
  fake: FakeBotApi,
  t: TFunction,
  spec: { id: number; firstName: string; languageCode: string; neighbourhoodKey: string; topic: string; text: string },
): Promise<FakeUser> {
  const user = fake.user({ id: spec.id, firstName: spec.firstName, languageCode: spec.languageCode });
  user.start();
  const menu = await waitForBotMessage(user, withButton(t('menu:entry.person')));
  press(user, menu, t('menu:entry.person'));
  const next = await waitForBotMessage(user, (message) => has(message, t('person:askNeighbourhood')) || has(message, t('person:askTopic')));
  let topicQuestion = next;
  if (has(next, t('person:askNeighbourhood'))) {
    press(user, next, t(`common:neighbourhood.${spec.neighbourhoodKey}`));
    topicQuestion = await waitForBotMessage(user, (message) => has(message, t('person:askTopic')));
  }
  press(user, topicQuestion, t(`person:topic.${spec.topic}`));
  await waitForBotMessage(user, (message) => has(message, t('person:askFirstMessage')));
  user.sendText(spec.text);
  await waitForBotMessage(user, (message) => has(message, t('person:queued', { neighbourhood: t(`common:neighbourhood.${spec.neighbourhoodKey}`) })));
  return user;
}
