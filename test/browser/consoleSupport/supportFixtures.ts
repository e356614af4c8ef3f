import path from 'node:path';
import type { TFunction } from 'i18next';
import { databaseTarget } from '../../../bot/db/databaseTarget';
import { supportKey } from '../../../bot/services/support/sealing';
import { OpeningCounts } from '../../../bot/services/support/openingCounts';
import { SupportDesk } from '../../../bot/services/support/supportDesk';
import { TenantChats } from '../../../bot/services/support/tenantChats';
import type { CallbackInput, SupportContact } from '../../../dialogs/wellbeing/discreetPath';
import { labels, press, untilQuestion, type BotUnderTest } from '../../support/botUnderTest';
import type { BotMessage, FakeUser } from '../../support/fakeTelegram';
import { nextQuestion } from '../../support/wellbeingFlow';


/** Presses a button of the bot's next question and returns the question after it. */
async function answer(user: FakeUser, label: string, question?: BotMessage): Promise<BotMessage> {
  const asked = question ?? (await nextQuestion(user));
  if (!labels(asked).includes(label)) throw new Error(`no "${label}" on "${asked.text}": ${labels(asked).join(' | ')}`);
  press(user, asked, label);
  return nextQuestion(user);
}

/**
 * A tenant opens the discreet path with a code word, says they can read, asks for the help numbers.
 * Returns the path's first message and the contacts message.
 */
export async function tenantAsksNumbersWithCodeWord(user: FakeUser, t: TFunction, word: string): Promise<{ safe: BotMessage; contacts: BotMessage }> {
  user.start();
  await nextQuestion(user);
  user.sendText(word);
  const safe = await nextQuestion(user);
  const menu = await answer(user, t('wellbeing:safeYes'), safe);
  press(user, menu, t('wellbeing:numbersButton'));
  const [contacts] = await untilQuestion(user);
  return { safe, contacts: contacts! };
}

/** A tenant asks for a call-back from the main menu (Benessere → I can read → call me back → number → when). */
export async function tenantAsksForCallback(user: FakeUser, t: TFunction, phone: string, windowKey: string): Promise<BotMessage> {
  user.start();
  const safe = await answer(user, t('menu:entry.wellbeing'));
  const menu = await answer(user, t('wellbeing:safeYes'), safe);
  const askPhone = await answer(user, t('wellbeing:callbackButton'), menu);
  if (askPhone.text !== t('wellbeing:callback.askPhone')) throw new Error(`expected the phone question, got "${askPhone.text}"`);
  user.sendText(phone);
  return answer(user, t(`wellbeing:callback.${windowKey}`));
}

/** A call-back request stored as the bot stores it (same key), but asked at another time. */
export async function callbackAskedAt(bot: BotUnderTest, askedAt: Date, input: CallbackInput): Promise<void> {
  const target = databaseTarget(bot.database.url);
  if (target.provider !== 'sqlite') throw new Error('the browser tests run on SQLite');
  const key = supportKey(undefined, path.join(path.dirname(target.url), 'support.key'));
  const parts = { chat: new TenantChats(bot.app.db, key, 5), openings: new OpeningCounts(bot.app.db) };
  await new SupportDesk(bot.app.db, key, parts, () => askedAt).requestCallback(input);
}

/** How the bot writes a partner in its contacts message. */
export const contactLines = (partner: SupportContact): string[] => [`📞 ${partner.name}: ${partner.phone}`, `🕐 ${partner.hours}`, ...(partner.address ? [`📍 ${partner.address}`] : [])];
