import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import { press, startBotUnderTest, untilQuestion, type BotUnderTest } from '../../support/botUnderTest';
import { besidePathWords, databaseBytes } from '../../support/databaseBytes';
import { allRows } from '../../support/databaseRows';
import { expectQuestion } from '../../support/reportFlow';
import type { Provider } from '../../support/testDatabase';
import { until } from '../../support/until';
import { nextQuestion, trailRefs } from '../../support/wellbeingFlow';

const MARKER = '3479876123';

/** What a flow did to a table, in kind: more, fewer or as many rows, and the columns filled in the rows it wrote. */
interface TableChange {
  rows: 'more' | 'fewer' | 'same';
  columns: string[];
}

/** The tables a span of turns changed, each with its change in kind (how many rows and what they hold aside). */
function changesInKind(before: Map<string, string[]>, after: Map<string, string[]>): Record<string, TableChange> {
  const changes: Record<string, TableChange> = {};
  for (const [table, rows] of after) {
    const old = new Set(before.get(table) ?? []);
    const written = rows.filter((row) => !old.has(row)).map((row) => JSON.parse(row) as Record<string, unknown>);
    const count = rows.length - (before.get(table)?.length ?? 0);
    if (written.length === 0 && count === 0) continue;
    const columns = new Set(written.flatMap((row) => Object.keys(row).filter((column) => row[column] !== null)));
    changes[table] = { rows: count > 0 ? 'more' : count < 0 ? 'fewer' : 'same', columns: [...columns].sort() };
  }
  return changes;
}

/**
 * A copy of the database taken while someone is in the discreet path: nothing in it differs in kind from a tenant
 * in another private flow (the health one, which keeps no transcript either). The same tables change, with as
 * many rows more or less, holding the same columns; the daily count is the one figure the path adds.
 */
describe.each<Provider>(['sqlite', 'postgresql'])('someone in the discreet path looks like anyone else in the database (%s)', (provider) => {
  let bot: BotUnderTest;
  let i18n: I18n;

  beforeAll(async () => {
    bot = await startBotUnderTest({ provider });
    i18n = await createI18n();
  }, 60_000);
  afterAll(() => bot.stop());

  /** Every row of every table once the turns so far are done and their messages sent. */
  async function settledRows(): Promise<Map<string, string[]>> {
    await until(async () => (await bot.app.db.outboxMessage.count()) === 0, 8000, 'the outbox emptying');
    await until(async () => (await bot.app.db.inboxUpdate.count({ where: { status: 'pending' } })) === 0, 8000, 'the inbox handled');
    return allRows(bot.app.db);
  }

  it('a call-back number typed, no time chosen: the same tables, rows and columns as a tenant in the health flow', async () => {
    const t = i18n.getFixedT('it');
    const id = 66_000 + (provider === 'sqlite' ? 0 : 10);
    // Today's count exists already (the first opening of a day adds its row).
    const earlier = bot.fake.user({ id, firstName: 'Anna', languageCode: 'it' });
    earlier.start();
    press(earlier, await nextQuestion(earlier), t('menu:entry.wellbeing'));
    press(earlier, await nextQuestion(earlier), t('common:button.quickExit'));
    await earlier.nextBotMessage();
    const start = await settledRows();

    const inHealth = bot.fake.user({ id: id + 1, firstName: 'Rosa', languageCode: 'it' });
    inHealth.start();
    press(inHealth, await nextQuestion(inHealth), t('menu:entry.health'));
    await expectQuestion(inHealth, t('health:consent.ask'));
    const afterHealth = await settledRows();

    const inPath = bot.fake.user({ id: id + 2, firstName: 'Lucia', languageCode: 'it' });
    inPath.start();
    press(inPath, await nextQuestion(inPath), t('menu:entry.wellbeing'));
    press(inPath, await nextQuestion(inPath), t('wellbeing:safeYes'));
    press(inPath, await nextQuestion(inPath), t('wellbeing:callbackButton'));
    await untilQuestion(inPath);
    inPath.sendText(MARKER);
    await untilQuestion(inPath);
    const afterPath = await settledRows();
    expect(await trailRefs(bot.app.stateStorage, inPath)).not.toHaveLength(0);

    const health = changesInKind(start, afterHealth);
    const { DiscreetDailyCount: count, ...path } = changesInKind(afterHealth, afterPath);
    expect(count).toEqual({ rows: 'same', columns: ['count', 'day'] });
    expect(path).toEqual(health);
    expect(Object.keys(path)).toContain('StateItem');

    const bytes = await databaseBytes(bot, provider);
    expect(bytes.includes(MARKER)).toBe(false);
    expect(besidePathWords(bytes, String(inPath.id))).toEqual([]);
  }, 60_000);
});
