/** The figures of one scenario against one bot. */
export interface PhaseFigures {
  scenario: 'firehose' | 'tenants';
  updates: number;
  /** updates that got their first reply */
  answered: number;
  /** updates handled per second (see README, Performance: how each scenario defines it) */
  updatesPerSecond: number;
  /** bot messages received by the fake per second, from the first update queued to the last message */
  messagesPerSecond: number;
  messages: number;
  /** update queued → first reply, ms */
  latenciesMs: number[];
  /** the bot's CPU time (user + system) during the phase, per update answered */
  cpuMsPerUpdate: number;
  rssPeakBytes: number;
  rssEndBytes: number;
  /** firehose: ms from the first update queued until every offset was confirmed, and until the last first reply */
  confirmedAfterMs?: number;
  lastFirstReplyAfterMs?: number;
  lastMessageAfterMs?: number;
  /** the phase ended on a timeout or with unanswered updates */
  incomplete: boolean;
  notes: string[];
}

/** Bounds of a phase: it ends when nothing moved for `idleMs`, or after `maxMs` in all. */
export interface PhaseLimits {
  idleMs: number;
  maxMs: number;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function rate(count: number, fromMs: number, toMs: number): number {
  return toMs > fromMs ? (count * 1000) / (toMs - fromMs) : 0;
}
