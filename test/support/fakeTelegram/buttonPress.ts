import { clone, type StoredMessage } from './chatStore';
import { newCallbackQueryId } from './ids';
import { isInlineKeyboard } from './replyMarkup';
import type { UserEnvironment } from './tenant';
import type { TgUpdate, TgUser } from './types';

/**
 * Queues the callback_query of a press on an inline button of `stored` (the message as it is now).
 * A button that is not on the message throws, unless allowMissingButton (to simulate stale data).
 */
export function pressButtonOn(
  env: UserEnvironment,
  from: TgUser,
  stored: StoredMessage,
  callbackData: string,
  chatInstance: string,
  options: { allowMissingButton?: boolean },
): TgUpdate {
  const markup = stored.message.reply_markup;
  const hasButton = isInlineKeyboard(markup) && markup.inline_keyboard.some((row) => row.some((b) => b.callback_data === callbackData));
  if (!hasButton && options.allowMissingButton !== true) {
    throw new Error(`fakeTelegram: message ${stored.message.message_id} has no inline button with callback_data ${JSON.stringify(callbackData)}`);
  }
  const id = newCallbackQueryId();
  env.callbackQueries.register(id, from.id);
  return env.enqueue({
    callback_query: { id, from: clone(from), message: clone(stored.message), chat_instance: chatInstance, data: callbackData },
  });
}
