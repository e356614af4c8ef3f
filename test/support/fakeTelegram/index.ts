/**
 * Fake Telegram Bot API for integration tests — see README.md.
 *
 *   const fake = await FakeBotApi.start({ token: '123:ABC', botUsername: 'casa_test_bot' });
 *   const bot = new Telegraf('123:ABC', { telegram: { apiRoot: fake.apiRoot } });
 *   const tenant = fake.user({ id: 1001, firstName: 'Amina', languageCode: 'ar' });
 *   tenant.sendText('/start');
 *   const reply = await tenant.nextBotMessage();
 */
export { FakeBotApi, toChat, type FakeBotApiOptions } from './fakeBotApi';
export { FakeUser, type FakeUserSpec, type SendTextOptions } from './tenant';
export type { CallCursor, CallPredicate } from './callLog';
export type { CallbackAnswer } from './callbackQueries';
export type {
  ApiFailure,
  ApiResponse,
  ApiSuccess,
  BotMessage,
  Call,
  FailSpec,
  InlineButton,
  MessageKind,
  Params,
  ParamValue,
  TgCallbackQuery,
  TgChat,
  TgInlineKeyboardButton,
  TgInlineKeyboardMarkup,
  TgMessage,
  TgMessageEntity,
  TgReplyKeyboardMarkup,
  TgReplyMarkup,
  TgUpdate,
  TgUser,
  UploadedFile,
  WebhookDelivery,
} from './types';
