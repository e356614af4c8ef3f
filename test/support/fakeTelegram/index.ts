/**
 * Fake Telegram Bot API for integration tests — see README.md.
 *
 *   const fake = await FakeBotApi.start({ token: '123:ABC', botUsername: 'casa_test_bot' });
 *   const bot = new Telegraf('123:ABC', { telegram: { apiRoot: fake.apiRoot } });
 *   const tenant = fake.user({ id: 1001, firstName: 'Amina', languageCode: 'ar' });
 *   tenant.sendText('/start');
 *   const reply = await tenant.nextBotMessage();
 *
 *   const group = fake.forumGroup({ id: -1001234567890, title: 'Staff' });
 *   const topic = await group.waitForTopic((t) => t.name.includes('Amina'));
 *   const copy = await group.waitForMessageInTopic(topic.messageThreadId);
 *   group.member(fake.user({ id: 777, firstName: 'Giulia' })).sendText(topic.messageThreadId, 'Buongiorno');
 */
export { FakeBotApi, toChat, type FakeBotApiOptions } from './fakeBotApi';
export { FakeUser, type FakeUserSpec, type SendTextOptions } from './tenant';
export { FakeForumGroup, type FakeForumGroupSpec, type MessagePredicate, type TopicPredicate } from './forumGroup';
export { FakeGroupMember, type TopicRef } from './groupMember';
export type { DocumentSpec, PhotoSpec } from './userContent';
export type { CallCursor, CallPredicate } from './callLog';
export type { CallbackAnswer } from './callbackQueries';
export type {
  ApiFailure,
  ApiResponse,
  ApiSuccess,
  BotMessage,
  Call,
  FailSpec,
  ForumTopicInfo,
  InlineButton,
  MessageKind,
  MessageRef,
  Params,
  ParamValue,
  TgCallbackQuery,
  TgChat,
  TgForumTopic,
  TgInlineKeyboardButton,
  TgInlineKeyboardMarkup,
  TgMessage,
  TgMessageEntity,
  TgPrivateChat,
  TgReplyKeyboardMarkup,
  TgReplyMarkup,
  TgSupergroupChat,
  TgUpdate,
  TgUser,
  UploadedFile,
  WebhookDelivery,
} from './types';
