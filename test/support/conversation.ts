import type { BotMessage, FakeUser } from './fakeTelegram';

/**
 * Reads a chat the way a tenant does when the bot may repeat itself after a crash (at most the message in flight):
 * waits for the next message with `expected` text, skipping repeats of what the bot already said; any other new
 * text is an error. Returns the message, so its buttons can be pressed.
 */
export class Conversation {
  private readonly said = new Set<string>();
  repeats = 0;

  constructor(
    readonly user: FakeUser,
    private readonly timeoutMs = 30_000,
  ) {}

  async until(expected: string): Promise<BotMessage> {
    const deadline = Date.now() + this.timeoutMs;
    for (;;) {
      const message = await this.user.nextBotMessage(Math.max(1, deadline - Date.now()));
      const text = message.text ?? message.caption ?? '';
      if (text === expected) {
        if (this.said.has(text)) this.repeats += 1;
        this.said.add(text);
        return message;
      }
      if (this.said.has(text)) {
        this.repeats += 1;
        continue;
      }
      this.said.add(text);
      if (message.buttons.length === 0) continue;
      throw new Error(`expected "${expected.slice(0, 60)}", the bot asked "${text.slice(0, 60)}"`);
    }
  }

  /** The next message with buttons the bot had not sent before (an answer whose words the test does not fix). */
  async untilNewQuestion(): Promise<BotMessage> {
    const deadline = Date.now() + this.timeoutMs;
    for (;;) {
      const message = await this.user.nextBotMessage(Math.max(1, deadline - Date.now()));
      const text = message.text ?? message.caption ?? '';
      if (this.said.has(text)) {
        this.repeats += 1;
        continue;
      }
      this.said.add(text);
      if (message.buttons.length > 0) return message;
    }
  }

  press(message: BotMessage, label: string): void {
    const button = message.buttons.flat().find((candidate) => candidate.text === label);
    if (!button?.callbackData) throw new Error(`no button "${label}"`);
    this.user.pressButton(message.messageId, button.callbackData);
  }
}
