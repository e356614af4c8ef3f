import type { FakeBotApi, FakeUser, TgUpdate } from '../../support/fakeTelegram';
import type { BotProcess } from './botProcess';
import { rate, sleep, type PhaseFigures, type PhaseLimits } from './phase';
import { ReplyTracker } from './replyTracker';

export interface FirehoseOptions {
  updates: number;
  chats: number;
  /** first user id; chats are firstUserId … firstUserId + chats − 1 */
  firstUserId: number;
  limits: PhaseLimits;
}

/** Each chat's k-th text: "/start" on even k, "ciao" on odd k (both answered by every bot measured). */
export const firehoseText = (k: number): string => (k % 2 === 0 ? '/start' : 'ciao');

interface Queued {
  chatId: number;
  updateId: number;
  queuedAt: number;
}

/**
 * The firehose: `updates` texts from `chats` private chats, queued round-robin (every chat's k-th message before any
 * chat's (k+1)-th) in chunks of 1,000 while the bot long-polls. Ends once every update is confirmed (getUpdates offset)
 * and every chat has at least as many bot messages as it sent updates, or when nothing moved for `limits.idleMs`.
 */
export async function runFirehose(fake: FakeBotApi, bot: BotProcess, options: FirehoseOptions): Promise<PhaseFigures> {
  const users: FakeUser[] = Array.from({ length: options.chats }, (_, index) =>
    fake.user({ id: options.firstUserId + index, firstName: `Inquilino ${index}`, languageCode: 'it' }),
  );
  const tracker = new ReplyTracker(fake);
  bot.rss.resetPeak();
  const cpuAtStart = bot.rss.cpuMs();
  const firstCall = fake.calls.length;
  const queued: Queued[] = [];
  const startedAt = Date.now();
  for (let sent = 0; sent < options.updates; ) {
    const chunkEnd = Math.min(options.updates, sent + 1000);
    for (; sent < chunkEnd; sent += 1) {
      const user = users[sent % options.chats];
      if (user === undefined) continue;
      const update: TgUpdate = user.sendText(firehoseText(Math.floor(sent / options.chats)));
      queued.push({ chatId: user.id, updateId: update.update_id, queuedAt: Date.now() });
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  const lastUpdateId = queued[queued.length - 1]?.updateId ?? 0;
  let consumedAt: number | undefined;
  fake.waitForUpdateConsumed(lastUpdateId, options.limits.maxMs).then(
    () => (consumedAt = Date.now()),
    () => undefined,
  );
  const perChat = new Map<number, number>();
  for (const item of queued) perChat.set(item.chatId, (perChat.get(item.chatId) ?? 0) + 1);

  let lastProgressAt = Date.now();
  let seen = -1;
  let timedOut = false;
  for (;;) {
    await sleep(100);
    tracker.scan();
    const progress = tracker.messages + (consumedAt === undefined ? 0 : 1) + fake.calls.length;
    if (progress !== seen) {
      seen = progress;
      lastProgressAt = Date.now();
    }
    const allReplied = [...perChat].every(([chatId, count]) => (tracker.replies.get(chatId)?.length ?? 0) >= count);
    if (consumedAt !== undefined && allReplied && Date.now() - tracker.lastMessageAt > 1000) break;
    if (Date.now() - lastProgressAt > options.limits.idleMs || Date.now() - startedAt > options.limits.maxMs || !bot.running) {
      timedOut = true;
      break;
    }
  }
  tracker.stop();

  const deliveredAt = deliveryTimes(fake, firstCall);
  const latenciesMs: number[] = [];
  const cursor = new Map<number, number>();
  let lastFirstReply = startedAt;
  for (const item of queued) {
    const replies = tracker.replies.get(item.chatId) ?? [];
    const delivered = deliveredAt.get(item.updateId);
    if (delivered === undefined) continue;
    let index = cursor.get(item.chatId) ?? 0;
    while (index < replies.length && (replies[index] ?? 0) < delivered) index += 1;
    const reply = replies[index];
    if (reply === undefined) continue;
    cursor.set(item.chatId, index + 1);
    latenciesMs.push(reply - item.queuedAt);
    lastFirstReply = Math.max(lastFirstReply, reply);
  }
  const doneAt = Math.max(lastFirstReply, consumedAt ?? 0);
  const answered = latenciesMs.length;
  const notes: string[] = [];
  if (consumedAt === undefined) notes.push(`firehose: update offsets not all confirmed (${fake.pendingUpdates().length} pending)`);
  if (answered < queued.length) notes.push(`firehose: ${queued.length - answered} of ${queued.length} updates got no reply`);
  if (timedOut) notes.push(`firehose: stopped after ${((Date.now() - lastProgressAt) / 1000).toFixed(0)} s without progress or at the time limit`);
  return {
    scenario: 'firehose',
    updates: queued.length,
    answered,
    updatesPerSecond: rate(answered, startedAt, doneAt),
    messagesPerSecond: rate(tracker.messages, startedAt, tracker.lastMessageAt),
    messages: tracker.messages,
    latenciesMs,
    cpuMsPerUpdate: (bot.rss.cpuMs() - cpuAtStart) / Math.max(1, answered),
    rssPeakBytes: bot.rss.peak,
    rssEndBytes: bot.rss.sample() || bot.rss.last,
    ...(consumedAt !== undefined && { confirmedAfterMs: consumedAt - startedAt }),
    lastFirstReplyAfterMs: lastFirstReply - startedAt,
    lastMessageAfterMs: tracker.lastMessageAt - startedAt,
    incomplete: timedOut || consumedAt === undefined || answered < queued.length,
    notes,
  };
}

/** update_id → when a getUpdates answer first handed it to the bot (from the fake's call log). */
function deliveryTimes(fake: FakeBotApi, fromCall: number): Map<number, number> {
  const times = new Map<number, number>();
  for (const call of fake.calls.slice(fromCall)) {
    if (call.method !== 'getUpdates' || !call.response.ok) continue;
    const result: unknown = call.response.result;
    if (!Array.isArray(result)) continue;
    for (const update of result as TgUpdate[]) if (!times.has(update.update_id)) times.set(update.update_id, call.respondedAt);
  }
  return times;
}
