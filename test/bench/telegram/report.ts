import { percentile } from '../turnsBench';
import type { PhaseFigures } from './phase';

export interface Row {
  database: string;
  bot: 'casa-bot' | 'echo' | 'session+wizard';
  figures: PhaseFigures;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const ratio = (value: number, base: Row | undefined) => (base && base.figures.updatesPerSecond > 0 ? `${(value / base.figures.updatesPerSecond).toFixed(2)}×` : '—');

/** The markdown table of the Telegram mode; casa-bot's updates/s as a ratio of each baseline's in the same scenario. */
export function telegramTable(rows: Row[]): string {
  const baseline = (bot: Row['bot'], scenario: PhaseFigures['scenario']) => rows.find((row) => row.bot === bot && row.figures.scenario === scenario);
  const lines = [
    '| database | mode | updates/s | messages/s | p50/p95/p99 ms | bot CPU ms/update | RSS peak/end MB | ratio vs echo | ratio vs session+wizard |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const { database, bot, figures } of rows) {
    const latencies = figures.latenciesMs;
    const mode = `${bot}, ${figures.scenario} (${figures.answered}/${figures.updates} answered${figures.incomplete ? ', INCOMPLETE' : ''})`;
    const isCasa = bot === 'casa-bot';
    lines.push(
      `| ${database} | ${mode} | ${figures.updatesPerSecond.toFixed(0)} | ${figures.messagesPerSecond.toFixed(0)} (${figures.messages}) | ` +
        `${[50, 95, 99].map((p) => percentile(latencies, p).toFixed(0)).join(' / ')} | ${figures.cpuMsPerUpdate.toFixed(2)} | ${mb(figures.rssPeakBytes)} / ${mb(figures.rssEndBytes)} | ` +
        `${isCasa ? ratio(figures.updatesPerSecond, baseline('echo', figures.scenario)) : '—'} | ` +
        `${isCasa ? ratio(figures.updatesPerSecond, baseline('session+wizard', figures.scenario)) : '—'} |`,
    );
  }
  lines.push('');
  for (const { database, bot, figures } of rows) {
    if (figures.scenario !== 'firehose') continue;
    const seconds = (ms: number | undefined) => (ms === undefined ? 'never' : `${(ms / 1000).toFixed(1)} s`);
    lines.push(
      `${bot} (${database}) firehose: offsets all confirmed after ${seconds(figures.confirmedAfterMs)}, ` +
        `last first reply after ${seconds(figures.lastFirstReplyAfterMs)}, last message after ${seconds(figures.lastMessageAfterMs)}`,
    );
  }
  return lines.join('\n');
}
