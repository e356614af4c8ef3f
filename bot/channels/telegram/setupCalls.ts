import type { i18n as I18n } from 'i18next';
import { SOURCE_LANGUAGE, SUPPORTED_LANGUAGES } from '../../i18n/languages';
import type { TelegramCall } from './activityToCalls';

export const COMMANDS = ['start', 'menu', 'language', 'help', 'cancel'] as const;

/** The command list in every language (and Italian for everyone else), and the menu button that shows it. */
export function setupCalls(i18n: I18n): TelegramCall[] {
  const commandsIn = (language: string) =>
    COMMANDS.map((command) => ({ command, description: i18n.getFixedT(language)(`common:commands.${command}`) }));
  return [
    { method: 'setMyCommands' as const, params: { commands: commandsIn(SOURCE_LANGUAGE) } },
    ...SUPPORTED_LANGUAGES.map((language) => ({
      method: 'setMyCommands' as const,
      params: { commands: commandsIn(language), language_code: language },
    })),
    { method: 'setChatMenuButton' as const, params: { menu_button: { type: 'commands' } } },
  ];
}
