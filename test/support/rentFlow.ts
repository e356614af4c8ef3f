import type { TFunction } from 'i18next';
import type { BotMessage, FakeUser } from './fakeTelegram';
import { press, untilQuestion } from './botUnderTest';
import { answer, expectQuestion } from './reportFlow';

/** Menu → "Rent, bills and letters" → (the neighbourhood, the first time) → the path's own menu. */
export async function toRentStart(user: FakeUser, t: TFunction, neighbourhood = 'sanSiro'): Promise<BotMessage> {
  user.start();
  press(user, (await untilQuestion(user)).at(-1)!, t('rent:menuEntry'));
  const [first] = await untilQuestion(user);
  if (first!.text !== t('rent:askNeighbourhood')) {
    expect(first!.text).toBe(t('rent:start'));
    return first!;
  }
  return answer(user, first!, t(`common:neighbourhood.${neighbourhood}`), t('rent:start'));
}

/** From the path's menu: the letter as a photo, then the date the tenant read in it (or none); returns the bot's answer. */
export async function sendLetter(user: FakeUser, t: TFunction, start: BotMessage, date: string | undefined): Promise<BotMessage[]> {
  press(user, start, t('rent:button.letter'));
  await expectQuestion(user, t('rent:letter.ask'));
  user.sendPhoto({ width: 1200, height: 1600, caption: 'ALER' });
  const dated = await expectQuestion(user, t('rent:letter.askDated'));
  if (date === undefined) {
    press(user, dated, t('rent:letter.datedNo'));
  } else {
    await answer(user, dated, t('rent:letter.datedYes'), t('rent:letter.askDate'));
    user.sendText(date);
  }
  return untilQuestion(user);
}

/** The path's menu → "Appointment at the centre" → the San Siro centre (the tenant's own) → the topic: returns the day question. */
export async function toCentreDayQuestion(user: FakeUser, t: TFunction, topic: string): Promise<BotMessage> {
  const start = await toRentStart(user, t);
  const desk = await answer(user, start, t('rent:button.book'), t('rent:booking.askPoint'));
  const topics = await answer(user, desk, t('rent:booking.ownPoint', { name: 'Centro C.A.S.A. San Siro' }), t('rent:booking.askService'));
  press(user, topics, topic);
  return (await untilQuestion(user)).at(-1)!;
}

/** From the confirmation (what to bring above it): yes; returns the bot's messages up to the calendar file. */
export async function confirmCentre(user: FakeUser, t: TFunction, confirm: BotMessage): Promise<BotMessage[]> {
  press(user, confirm, t('rent:booking.confirm.yes'));
  const replies: BotMessage[] = [];
  while (!replies.some((message) => message.kind === 'document')) replies.push(await user.nextBotMessage());
  return replies;
}
