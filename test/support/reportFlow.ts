import type { TFunction } from 'i18next';
import type { BotMessage, FakeUser } from './fakeTelegram';
import { labels, press, untilQuestion } from './botUnderTest';

/** Waits for the next question and checks its text ends with the expected one (explanations may come before). */
export async function expectQuestion(user: FakeUser, text: string): Promise<BotMessage> {
  const messages = await untilQuestion(user);
  const question = messages.at(-1)!;
  expect(question.text).toContain(text);
  return question;
}

/** Answers the question by pressing the button with this label, then returns the next question. */
export async function answer(user: FakeUser, question: BotMessage, label: string, next: string): Promise<BotMessage> {
  press(user, question, label);
  return expectQuestion(user, next);
}

/** "Describe the fault", with the example of the category chosen. */
export function askDescription(t: TFunction, category: string): string {
  return t('maintenance:askDescription', { example: t(`maintenance:example.${category}`) });
}

export interface ReportSpec {
  category: string;
  /** Presses for the place, after the category; returns the question after the place (description, or join). */
  place: (question: BotMessage) => Promise<BotMessage>;
  description: string;
  /** Answers the category's own questions, from the question after the description; returns the files question. */
  questions?: (question: BotMessage) => Promise<BotMessage>;
  files?: (user: FakeUser) => Promise<void>;
  /** When someone can come in; undefined for a common area, where it is not asked. */
  access?: string;
  /** What the tenant types when "call me first" asks for the number. */
  callPhone?: string;
  /** Runs when the summary is shown, before "send" is pressed (to send several reports at once). */
  beforeSend?: () => Promise<void>;
}

/**
 * A tenant with a known language goes menu → maintenance → new report → no danger → category → place →
 * description → questions → files → access → summary → send, checking each question; returns the
 * summary and the bot's answer to "send" (with the code).
 */
export async function reportFault(user: FakeUser, t: TFunction, spec: ReportSpec): Promise<{ summary: BotMessage[]; sent: BotMessage[] }> {
  user.start();
  press(user, (await untilQuestion(user)).at(-1)!, t('menu:entry.maintenance'));
  const start = await expectQuestion(user, t('maintenance:start'));
  const safety = await answer(user, start, t('maintenance:button.newReport'), t('maintenance:safety.ask'));
  const category = await answer(user, safety, t('maintenance:safety.none'), t('maintenance:askCategory'));
  press(user, category, t(`maintenance:category.${spec.category}`));
  const description = await spec.place((await untilQuestion(user)).at(-1)!);
  expect(description.text).toBe(askDescription(t, spec.category));
  user.sendText(spec.description);
  const afterDescription = (await untilQuestion(user)).at(-1)!;
  const files = spec.questions ? await spec.questions(afterDescription) : afterDescription;
  expect(files.text).toBe(t('maintenance:files.ask', { max: 5 }));
  let last = files;
  if (spec.files) {
    await spec.files(user);
    last = (await untilQuestion(user)).at(-1)!;
  }
  const done = labels(last).find((label) => label === t('maintenance:files.done') || label === t('maintenance:files.none'))!;
  if (spec.access === undefined) {
    press(user, last, done);
  } else {
    const access = await answer(user, last, done, t('maintenance:askAccess'));
    press(user, access, t(`maintenance:access.${spec.access}`));
    if (spec.access === 'phone') {
      await expectQuestion(user, t('maintenance:askCallPhone'));
      user.sendText(spec.callPhone ?? '333 123 4567');
    }
  }
  const summary = await untilQuestion(user);
  expect(summary.at(-1)!.text).toBe(t('maintenance:confirm.ask'));
  await spec.beforeSend?.();
  press(user, summary.at(-1)!, t('maintenance:confirm.send'));
  const sent = await untilQuestion(user);
  expect(sent.at(-1)!.text).toBe(t('maintenance:after.ask'));
  return { summary, sent };
}

/** The code in the bot's "sent" message. */
export function codeIn(messages: BotMessage[]): string {
  const code = messages.map((message) => /MI-\d{4}-\d{6}/.exec(message.text ?? '')?.[0]).find((found) => found);
  if (!code) throw new Error(`no report code in: ${messages.map((message) => message.text).join(' / ')}`);
  return code;
}
