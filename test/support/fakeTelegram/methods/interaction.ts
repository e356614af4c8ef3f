import { badRequest } from '../apiError';
import type { MethodContext, MethodTable } from './context';

/** Actions listed by the spec for sendChatAction. */
const CHAT_ACTIONS = new Set([
  'typing', 'upload_photo', 'record_video', 'upload_video', 'record_voice', 'upload_voice', 'upload_document',
  'choose_sticker', 'find_location', 'record_video_note', 'upload_video_note',
]);

function answerCallbackQuery({ args, state }: MethodContext): true {
  const text = args.str('text');
  if (text !== undefined && text.length > 200) throw badRequest('MESSAGE_TOO_LONG');
  const url = args.str('url');
  const cacheTime = args.int('cache_time');
  state.callbackQueries.answer(args.str('callback_query_id'), {
    showAlert: args.bool('show_alert'),
    ...(text !== undefined && { text }),
    ...(url !== undefined && { url }),
    ...(cacheTime !== undefined && { cacheTime }),
  });
  return true;
}

function sendChatAction({ args, state }: MethodContext): true {
  const action = args.str('action');
  if (action === undefined || !CHAT_ACTIONS.has(action.toLowerCase())) throw badRequest('wrong parameter action in request');
  state.chats.resolveForSending(args.str('chat_id'));
  // Like TDLib, the topic is not looked up: any message_thread_id that is a valid id is accepted.
  const threadId = args.int('message_thread_id');
  if (threadId !== undefined && threadId < 0) throw badRequest('invalid message thread identifier specified');
  return true;
}

export const interactionMethods: MethodTable = { answerCallbackQuery, sendChatAction };
