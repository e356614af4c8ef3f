import type { TFunction } from 'i18next';
import type { Db } from '../../bot/db/prismaClient';
import type { PrismaStorage } from '../../bot/state/prismaStorage';
import { conversationStateKey } from '../../bot/state/conversationStates';
import type { BotMessage, FakeUser } from './fakeTelegram';
import { labels, press, untilQuestion } from './botUnderTest';

/** The last message of the bot's next question (the one with buttons). */
export async function nextQuestion(user: FakeUser): Promise<BotMessage> {
  return (await untilQuestion(user)).at(-1)!;
}

/** Messages of the chat still visible (not deleted), as the tenant's phone shows them. */
export const visible = (user: FakeUser): BotMessage[] => user.chat().filter((message) => !message.deleted);

/** A new tenant opens the path with a code word, says they can read, and types a call-back number (no time chosen yet). */
export async function typesCallbackNumber(user: FakeUser, t: TFunction, codeWord: string, phone: string): Promise<void> {
  user.start();
  await untilQuestion(user);
  user.sendText(codeWord);
  press(user, await nextQuestion(user), t('wellbeing:safeYes'));
  press(user, await nextQuestion(user), t('wellbeing:callbackButton'));
  await untilQuestion(user);
  user.sendText(phone);
}

/**
 * A tenant opens the discreet path from the main menu ("I can read") and asks to write to an operator; the
 * main menu is the one given, or /start's. Returns the waiting message (with the quick exit and "End the chat").
 */
export async function tenantOpensChat(user: FakeUser, t: TFunction, mainMenu?: BotMessage): Promise<BotMessage> {
  if (!mainMenu) user.start();
  press(user, mainMenu ?? (await nextQuestion(user)), t('menu:entry.wellbeing'));
  press(user, await nextQuestion(user), t('wellbeing:safeYes'));
  press(user, await nextQuestion(user), t('wellbeing:chatButton'));
  const waiting = await nextQuestion(user);
  if (!waiting.text?.startsWith(t('wellbeing:chat.waiting'))) throw new Error(`expected the chat's waiting message, got "${waiting.text}": ${labels(waiting).join(' | ')}`);
  return waiting;
}

/** What is left of a chat in the database: its row and its messages. */
export async function chatRows(db: Db, chatId: string): Promise<{ chats: number; messages: number }> {
  return { chats: await db.supportChat.count({ where: { id: chatId } }), messages: await db.supportChatMessage.count({ where: { chatId } }) };
}

/** The messages the path's trail lists in the chat's (sealed) conversation state; undefined when there is no trail. */
export async function trailRefs(states: PrismaStorage, user: FakeUser): Promise<string[] | undefined> {
  const key = conversationStateKey('telegram', String(user.id));
  return ((await states.read([key]))[key] as { trail?: { refs: string[] } } | undefined)?.trail?.refs;
}
