import { Markup, Scenes, session, Telegraf } from 'telegraf';
import { baselineEnv, stopOnSignal } from './env';
import { sqliteSessionStore } from './sqliteSessionStore';

// Baseline 2: telegraf session() on SQLite + a 3-step Scenes.WizardScene (long polling, its own process). Any text
// or button press outside the wizard enters it; each step replies with a one-button message; the third step leaves.
const { token, apiRoot, sessionFile } = baselineEnv();
if (!sessionFile) throw new Error('BENCH_SESSION_FILE is required');
const next = Markup.inlineKeyboard([Markup.button.callback('➡️ Next', 'next')]);

const step = (number: number) => async (ctx: Scenes.WizardContext) => {
  if (ctx.callbackQuery) await ctx.answerCbQuery();
  await ctx.reply(`Step ${number} of 3`, next);
  return number < 3 ? ctx.wizard.next() : ctx.scene.leave();
};
const wizard = new Scenes.WizardScene<Scenes.WizardContext>('steps', step(1), step(2), step(3));
const stage = new Scenes.Stage<Scenes.WizardContext>([wizard]);

const bot = new Telegraf<Scenes.WizardContext>(token, { telegram: { apiRoot, webhookReply: false } });
bot.use(session({ store: sqliteSessionStore<Scenes.WizardSession>(sessionFile) }));
bot.use(stage.middleware());
bot.on(['text', 'callback_query'], (ctx) => ctx.scene.enter('steps'));
bot.catch((error) => console.error('wizard bot:', (error as Error).message));
stopOnSignal((signal) => bot.stop(signal));
void bot.launch();
