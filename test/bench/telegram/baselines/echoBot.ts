import { Markup, Telegraf } from 'telegraf';
import { baselineEnv, stopOnSignal } from './env';

// Baseline 1: a plain telegraf echo bot (long polling, its own process). Every text is echoed, every button press is
// answered and echoed; each reply carries one inline button so that a tenant can press something next.
const { token, apiRoot } = baselineEnv();
const bot = new Telegraf(token, { telegram: { apiRoot, webhookReply: false } });
const again = Markup.inlineKeyboard([Markup.button.callback('🔁 Again', 'again')]);

bot.on('text', (ctx) => ctx.reply(ctx.message.text, again));
bot.on('callback_query', async (ctx) => {
  await ctx.answerCbQuery();
  await ctx.reply('data' in ctx.callbackQuery ? ctx.callbackQuery.data : '?', again);
});
bot.catch((error) => console.error('echo bot:', (error as Error).message));
stopOnSignal((signal) => bot.stop(signal));
void bot.launch();
