import { badRequest } from '../apiError';
import { isRecord, type Args } from '../args';
import { BotSettings, type MenuButton } from '../botSettings';
import { clone } from '../chatStore';
import type { JsonValue, TgBotCommand, TgUser } from '../types';
import type { MethodContext, MethodTable } from './context';

const SCOPE_TYPES = new Set([
  'default', 'all_private_chats', 'all_group_chats', 'all_chat_administrators', 'chat', 'chat_administrators', 'chat_member',
]);

function readScopeKey(args: Args): string {
  const scope = args.json('scope', "can't parse BotCommandScope JSON object");
  if (scope === undefined) return 'default';
  if (!isRecord(scope)) throw badRequest("can't parse BotCommandScope JSON object");
  const type = scope.type;
  if (typeof type !== 'string' || !SCOPE_TYPES.has(type)) throw badRequest('unsupported bot command scope type specified');
  if (type.startsWith('chat') && scope.chat_id === undefined) throw badRequest('chat_id is empty');
  if (type === 'chat_member' && scope.user_id === undefined) throw badRequest('user_id is empty');
  return BotSettings.scopeKey(scope as Record<string, JsonValue>);
}

function readLanguageCode(args: Args): string {
  const code = args.str('language_code') ?? '';
  if (code !== '' && !/^[a-z]{2}$/.test(code)) throw badRequest('LANG_CODE_INVALID');
  return code;
}

function readCommands(args: Args): TgBotCommand[] {
  const value = args.json('commands', "can't parse commands JSON object");
  if (value === undefined) throw badRequest('parameter "commands" is required');
  if (!Array.isArray(value)) throw badRequest('expected an Array of BotCommand');
  if (value.length > 100) throw badRequest('too many commands specified');
  return value.map((item: unknown): TgBotCommand => {
    if (!isRecord(item)) throw badRequest("can't parse BotCommand: expected BotCommand");
    if (typeof item.command !== 'string') throw badRequest(`can't parse BotCommand: Field "command" must be of type String`);
    if (typeof item.description !== 'string') throw badRequest(`can't parse BotCommand: Field "description" must be of type String`);
    const command = item.command.startsWith('/') ? item.command.slice(1) : item.command;
    if (!/^[a-z0-9_]{1,32}$/.test(command)) throw badRequest('BOT_COMMAND_INVALID');
    const description = item.description.trim();
    if (description.length < 1 || description.length > 256) throw badRequest('BOT_COMMAND_DESCRIPTION_INVALID');
    return { command, description };
  });
}

function getMe({ state }: MethodContext): TgUser {
  return clone(state.bot);
}

function setMyCommands({ args, state }: MethodContext): true {
  const commands = readCommands(args);
  state.settings.setCommands(readScopeKey(args), readLanguageCode(args), commands);
  return true;
}

function getMyCommands({ args, state }: MethodContext): TgBotCommand[] {
  return state.settings.getCommands(readScopeKey(args), readLanguageCode(args));
}

function deleteMyCommands({ args, state }: MethodContext): true {
  state.settings.setCommands(readScopeKey(args), readLanguageCode(args), []);
  return true;
}

function textSetting(map: Map<string, string>, args: Args, field: string, max: number, tooLong: string): true {
  const value = args.str(field) ?? '';
  if (value.length > max) throw badRequest(tooLong);
  const language = readLanguageCode(args);
  if (value === '') map.delete(language);
  else map.set(language, value);
  return true;
}

function readMenuButton(args: Args): MenuButton {
  const value = args.json('menu_button', "can't parse menu button JSON object");
  if (value === undefined) return { type: 'default' };
  if (!isRecord(value)) throw badRequest('object expected as menu button');
  switch (value.type) {
    case 'commands':
      return { type: 'commands' };
    case 'default':
      return { type: 'default' };
    case 'web_app': {
      const webApp = value.web_app;
      if (typeof value.text !== 'string' || value.text === '') throw badRequest('menu button text must be non-empty');
      if (!isRecord(webApp) || typeof webApp.url !== 'string' || !webApp.url.startsWith('https://')) {
        throw badRequest('BUTTON_URL_INVALID');
      }
      return { type: 'web_app', text: value.text, web_app: { url: webApp.url } };
    }
    default:
      throw badRequest('unsupported menu button type specified');
  }
}

function setChatMenuButton({ args, state }: MethodContext): true {
  const chatId = args.str('chat_id');
  if (chatId !== undefined) state.chats.resolve(chatId);
  state.settings.menuButtons.set(chatId ?? '', readMenuButton(args));
  return true;
}

function getChatMenuButton({ args, state }: MethodContext): MenuButton {
  const chatId = args.str('chat_id');
  if (chatId !== undefined) state.chats.resolve(chatId);
  const button = (chatId === undefined ? undefined : state.settings.menuButtons.get(chatId)) ?? state.settings.menuButtons.get('');
  return button === undefined || button.type === 'default' ? { type: 'commands' } : { ...button };
}

export const botMethods: MethodTable = {
  getMe,
  setMyCommands,
  getMyCommands,
  deleteMyCommands,
  setMyDescription: ({ args, state }) =>
    textSetting(state.settings.descriptions, args, 'description', 512, 'description is too long'),
  getMyDescription: ({ args, state }) => ({ description: state.settings.descriptions.get(readLanguageCode(args)) ?? '' }),
  setMyShortDescription: ({ args, state }) =>
    textSetting(state.settings.shortDescriptions, args, 'short_description', 120, 'short description is too long'),
  getMyShortDescription: ({ args, state }) => ({
    short_description: state.settings.shortDescriptions.get(readLanguageCode(args)) ?? '',
  }),
  setMyName: ({ args, state }) => textSetting(state.settings.names, args, 'name', 64, 'bot name is too long'),
  getMyName: ({ args, state }) => ({ name: state.settings.names.get(readLanguageCode(args)) ?? state.bot.first_name }),
  setChatMenuButton,
  getChatMenuButton,
};
