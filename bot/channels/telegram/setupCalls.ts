import type { i18n as I18n } from 'i18next';
import { SOURCE_LANGUAGE, type Language } from '../../i18n/languages';
import type { TelegramCall } from './activityToCalls';

export const COMMANDS = ['start', 'menu', 'language', 'privacy', 'help', 'cancel'] as const;

/**
 * The command list in every offered language (and Italian for everyone else), and the menu button that shows
 * it. The Bot API takes two-letter ISO 639-1 codes only: a language such as "pt-br" gets the Italian list.
 */
export function setupCalls(i18n: I18n, languages: readonly Language[]): TelegramCall[] {
  const commandsIn = (language: string) =>
    COMMANDS.map((command) => ({ command, description: i18n.getFixedT(language)(`common:commands.${command}`) }));
  return [
    { method: 'setMyCommands' as const, params: { commands: commandsIn(SOURCE_LANGUAGE) } },
    ...languages.filter((language) => /^[a-z]{2}$/.test(language)).map((language) => ({
      method: 'setMyCommands' as const,
      params: { commands: commandsIn(language), language_code: language },
    })),
    { method: 'setChatMenuButton' as const, params: { menu_button: { type: 'commands' } } },
  ];
}
