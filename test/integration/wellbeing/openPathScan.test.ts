import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../../bot/i18n/i18n';
import { startBotUnderTest, untilQuestion, type BotUnderTest } from '../../support/botUnderTest';
import { databaseBytes } from '../../support/databaseBytes';
import { typesCallbackNumber } from '../../support/wellbeingFlow';
import type { Provider } from '../../support/testDatabase';

const MARKER = '3471239876';
const PATH_WORDS = /wellbeing|callback|discreet|supportChat|girasole/i;

/** The places where `needle` stands with a word of the path within 300 bytes. */
function besidePathWords(bytes: Buffer, needle: string): string[] {
  const found: string[] = [];
  for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1)) {
    const around = bytes.subarray(Math.max(0, at - 300), at + 300).toString('latin1');
    if (PATH_WORDS.test(around)) found.push(around.replace(/[^\x20-\x7e]/g, '.'));
  }
  return found;
}

/**
 * Someone in the discreet path, a call-back number typed and no time chosen yet: the database (its log too) holds
 * neither the number nor the chat beside anything of the path, while the path is open and after it ends.
 */
describe.each<Provider>(['sqlite', 'postgresql'])('the discreet path leaves nothing in clear while it is open (%s)', (provider) => {
  let bot: BotUnderTest;
  let i18n: I18n;

  beforeAll(async () => {
    bot = await startBotUnderTest({ provider, env: { DISCREET_IDLE_MINUTES: '0.05' } });
    i18n = await createI18n();
    await bot.app.db.codeWord.create({ data: { word: 'girasole' } });
  }, 60_000);
  afterAll(() => bot.stop());

  it('an unfinished call-back: no marker, no chat beside the path, during and after', async () => {
    const t = i18n.getFixedT('it');
    const user = bot.fake.user({ id: 64_000 + (provider === 'sqlite' ? 1 : 2), firstName: 'Lucia', languageCode: 'it' });
    await typesCallbackNumber(user, t, 'girasole', MARKER);
    await untilQuestion(user);

    const open = await databaseBytes(bot, provider);
    expect(open.includes(MARKER)).toBe(false);
    expect(open.includes('tree:wellbeing')).toBe(false);
    expect(besidePathWords(open, String(user.id))).toEqual([]);

    // Left there: the idle erase ends the path (3 s here).
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const after = await databaseBytes(bot, provider);
    expect(after.includes(MARKER)).toBe(false);
    expect(besidePathWords(after, String(user.id))).toEqual([]);
  }, 60_000);
});
