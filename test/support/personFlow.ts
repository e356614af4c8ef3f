import type { TFunction } from 'i18next';
import type { BotMessage, FakeBotApi, FakeUser } from './fakeTelegram';
import { press, untilQuestion } from './botUnderTest';

export interface PersonRequestSpec {
  userId: number;
  firstName: string;
  languageCode: string;
  /** common:neighbourhood.<key> */
  neighbourhood: 'gratosoglio' | 'mazzini' | 'moliseCalvairate' | 'sanSiro';
  topic: 'maintenance' | 'health' | 'rent' | 'neighbourhood' | 'other';
  /** What the tenant sends as the first message. */
  first: (user: FakeUser) => void;
}

/**
 * A new tenant on the fake Telegram goes main menu → "Talk to a person" → neighbourhood → topic → first
 * message, checking each question on the way; returns the bot's answer to the first message.
 */
export async function askForPerson(fake: FakeBotApi, t: TFunction, spec: PersonRequestSpec): Promise<{ user: FakeUser; queued: BotMessage }> {
  const user = fake.user({ id: spec.userId, firstName: spec.firstName, languageCode: spec.languageCode });
  user.start();
  press(user, (await untilQuestion(user)).at(-1)!, t('menu:entry.person'));
  const [where] = await untilQuestion(user);
  expect(where!.text).toBe(t('person:askNeighbourhood'));
  press(user, where!, t(`common:neighbourhood.${spec.neighbourhood}`));
  const [topic] = await untilQuestion(user);
  expect(topic!.text).toBe(t('person:askTopic'));
  press(user, topic!, t(`person:topic.${spec.topic}`));
  const [ask] = await untilQuestion(user);
  expect(ask!.text).toBe(t('person:askFirstMessage'));
  spec.first(user);
  const [queued] = await untilQuestion(user);
  return { user, queued: queued! };
}
