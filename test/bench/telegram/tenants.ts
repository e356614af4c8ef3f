import type { BotMessage, FakeBotApi, FakeUser, InlineButton } from '../../support/fakeTelegram';
import type { BotProcess } from './botProcess';
import { rate, type PhaseFigures, type PhaseLimits } from './phase';
import { ReplyTracker } from './replyTracker';

/** One thing a tenant does: type a text, or press a button (by its label; without one, the first button shown). */
export type TenantStep = { text: string } | { press: string | null };

/** What every tenant does, in order, waiting for the bot's first reply to each step (and for the button the next step presses). */
export interface TenantScript {
  name: string;
  languageCode: string;
  steps: TenantStep[];
}

export interface TenantsOptions {
  tenants: number;
  firstUserId: number;
  script: TenantScript;
  /** how long a tenant waits for a reply (or for the button it needs) before giving up */
  stepTimeoutMs: number;
  limits: PhaseLimits;
}

/** The newest bot message of the chat showing this button (any button when label is null). */
function findButton(user: FakeUser, label: string | null): { message: BotMessage; button: InlineButton } | undefined {
  const messages = user.chat().filter((message) => message.from === 'bot' && !message.deleted);
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const message = messages[index];
    const button = message?.buttons.flat().find((candidate) => candidate.callbackData !== undefined && (label === null || candidate.text === label));
    if (message !== undefined && button !== undefined) return { message, button };
  }
  return undefined;
}

/** `tenants` tenants at once, each going through the script: every step waits for the bot's answer to the previous one. */
export async function runTenants(fake: FakeBotApi, bot: BotProcess, options: TenantsOptions): Promise<PhaseFigures> {
  const tracker = new ReplyTracker(fake);
  bot.rss.resetPeak();
  const cpuAtStart = bot.rss.cpuMs();
  const latenciesMs: number[] = [];
  const failures: string[] = [];
  let updates = 0;
  let lastReplyAt = 0;
  const startedAt = Date.now();
  const deadline = startedAt + options.limits.maxMs;

  const tenant = async (index: number): Promise<void> => {
    const user = fake.user({ id: options.firstUserId + index, firstName: `Inquilino ${index}`, languageCode: options.script.languageCode });
    for (const [stepIndex, step] of options.script.steps.entries()) {
      const timeout = Math.min(options.stepTimeoutMs, Math.max(0, deadline - Date.now()));
      let queuedAt: number;
      if ('press' in step) {
        const found = await tracker.until(user.id, () => findButton(user, step.press), timeout);
        if (found === undefined) {
          failures.push(`tenant ${index}, step ${stepIndex + 1}: no button ${step.press ?? '(any)'}; last: ${user.lastBotMessage()?.text?.slice(0, 60) ?? '(none)'}`);
          return;
        }
        queuedAt = Date.now();
        user.pressButton(found.message.messageId, found.button.callbackData ?? '');
      } else {
        queuedAt = Date.now();
        user.sendText(step.text);
      }
      updates += 1;
      const at = await tracker.firstReply(user.id, queuedAt, timeout);
      if (at === undefined) {
        failures.push(`tenant ${index}, step ${stepIndex + 1}: no reply within ${timeout} ms`);
        return;
      }
      latenciesMs.push(at - queuedAt);
      lastReplyAt = Math.max(lastReplyAt, at);
    }
  };

  await Promise.all(Array.from({ length: options.tenants }, (_, index) => tenant(index)));
  // The last turns' remaining messages (a reply may be several), then the figures.
  await new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, 1000 - (Date.now() - tracker.lastMessageAt))));
  tracker.stop();
  const notes = failures.slice(0, 3).map((failure) => `tenants: ${failure}`);
  if (failures.length > 3) notes.push(`tenants: … ${failures.length} tenants stopped in all`);
  return {
    scenario: 'tenants',
    updates,
    answered: latenciesMs.length,
    updatesPerSecond: rate(latenciesMs.length, startedAt, lastReplyAt),
    messagesPerSecond: rate(tracker.messages, startedAt, tracker.lastMessageAt),
    messages: tracker.messages,
    latenciesMs,
    cpuMsPerUpdate: (bot.rss.cpuMs() - cpuAtStart) / Math.max(1, latenciesMs.length),
    rssPeakBytes: bot.rss.peak,
    rssEndBytes: bot.rss.sample() || bot.rss.last,
    incomplete: failures.length > 0,
    notes,
  };
}
