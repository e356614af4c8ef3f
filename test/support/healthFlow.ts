import { addDays } from '../../bot/services/desk/zonedTime';
import type { TFunction } from 'i18next';
import type { BotMessage, FakeUser } from './fakeTelegram';
import { labels, press, untilQuestion } from './botUnderTest';
import { answer, expectQuestion } from './reportFlow';

/** Every day of the week, 08:00–20:00, slots of 30 minutes with the given places, for every service. */
export function allWeekSchedule(places: number, services: string[]) {
  return {
    name: 'Punto salute San Siro',
    address: 'Centro C.A.S.A. San Siro',
    phone: '02 1234 5678',
    services,
    sessions: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startsAt: '08:00', endsAt: '20:00', slotMinutes: 30, places, services })),
    closures: [],
  };
}

/** Menu → Health → (consent) → Book → the San Siro point → the service: returns the day question. */
export async function toDayQuestion(user: FakeUser, t: TFunction, service: string, consent = true): Promise<BotMessage> {
  user.start();
  press(user, (await untilQuestion(user)).at(-1)!, t('menu:entry.health'));
  let start: BotMessage;
  if (consent) {
    const ask = await expectQuestion(user, t('health:consent.ask'));
    start = await answer(user, ask, t('health:consent.agree'), t('health:start'));
  } else start = await expectQuestion(user, t('health:start'));
  const point = await answer(user, start, t('health:button.book'), t('health:askPoint'));
  const pointLabel = labels(point).find((label) => label.includes('San Siro'))!;
  const services = await answer(user, point, pointLabel, t('health:askService'));
  press(user, services, service);
  return (await untilQuestion(user)).at(-1)!;
}

/** From a time question: the first time, the note if given (else skipped), confirm; returns the bot's messages after "yes". */
export async function bookFirstTime(user: FakeUser, t: TFunction, times: BotMessage, noteText?: string): Promise<BotMessage[]> {
  const note = await answer(user, times, labels(times)[0]!, t('health:askNote', { max: 300, minutes: 10 }));
  let confirm: BotMessage;
  if (noteText === undefined) confirm = await answer(user, note, t('common:button.skip'), t('health:confirm.ask'));
  else {
    user.sendText(noteText);
    confirm = await expectQuestion(user, t('health:confirm.ask'));
  }
  press(user, confirm, t('health:confirm.yes'));
  const replies: BotMessage[] = [];
  while (!replies.some((message) => message.kind === 'document')) replies.push(await user.nextBotMessage());
  return replies;
}

/** The days the day question offers as buttons (days with free places), as Rome dates "YYYY-MM-DD". */
export function offeredDays(dayQuestion: BotMessage): string[] {
  return dayQuestion.buttons.flat().flatMap((button) => /\.d-(\d{4}-\d{2}-\d{2})$/.exec(button.callbackData ?? '')?.[1] ?? []);
}

/** An offered day at least `daysAhead` days away, to be typed (whatever holidays the calendar brings at the time of the run). */
export function offeredDayAhead(dayQuestion: BotMessage, today: string, daysAhead: number): { iso: string; day: number; month: number } {
  const iso = offeredDays(dayQuestion).find((candidate) => candidate >= addDays(today, daysAhead));
  if (!iso) throw new Error(`no day offered ${daysAhead} or more days after ${today}`);
  const [, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { iso, day, month };
}
