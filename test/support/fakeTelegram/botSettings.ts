import type { JsonValue, TgBotCommand } from './types';

export type MenuButton = { type: 'commands' } | { type: 'default' } | { type: 'web_app'; text: string; web_app: { url: string } };

/** Per-bot settings changed by setMyCommands, setMyDescription, setChatMenuButton, ... */
export class BotSettings {
  /** key: `${scopeKey}|${languageCode}` */
  private readonly commands = new Map<string, TgBotCommand[]>();
  readonly descriptions = new Map<string, string>();
  readonly shortDescriptions = new Map<string, string>();
  readonly names = new Map<string, string>();
  /** key: chat id, or '' for the bot's default menu button */
  readonly menuButtons = new Map<string, MenuButton>();

  static scopeKey(scope: Record<string, JsonValue>): string {
    const parts = [String(scope.type)];
    if (scope.chat_id !== undefined) parts.push(String(scope.chat_id));
    if (scope.user_id !== undefined) parts.push(String(scope.user_id));
    return parts.join(':');
  }

  setCommands(scopeKey: string, languageCode: string, commands: TgBotCommand[]): void {
    if (commands.length === 0) this.commands.delete(`${scopeKey}|${languageCode}`);
    else this.commands.set(`${scopeKey}|${languageCode}`, commands.map((c) => ({ ...c })));
  }

  getCommands(scopeKey: string, languageCode: string): TgBotCommand[] {
    return (this.commands.get(`${scopeKey}|${languageCode}`) ?? []).map((c) => ({ ...c }));
  }
}
