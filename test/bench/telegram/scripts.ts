import type { i18n as I18n } from 'i18next';
import type { TenantScript } from './tenants';

/**
 * casa-bot's tenants (Italian): open the bot, walk the main menu into a maintenance report, answer the safety question,
 * and go back to the menu — the turns of the sandbox benchmark, as Telegram updates (texts and inline-button presses).
 */
export function casaTenantScript(i18n: I18n): TenantScript {
  const t = i18n.getFixedT('it');
  return {
    name: 'casa-bot menu walk',
    languageCode: 'it',
    steps: [
      { text: '/start' },
      { press: t('menu:entry.maintenance') },
      { press: t('maintenance:button.newReport') },
      { press: t('maintenance:safety.none') },
      { text: '/menu' },
    ],
  };
}

/** The baselines' tenants: the same five updates (a command, three button presses, a text); their bots answer each with a one-button message. */
export const BASELINE_TENANT_SCRIPT: TenantScript = {
  name: 'baseline',
  languageCode: 'it',
  steps: [{ text: '/start' }, { press: null }, { press: null }, { press: null }, { text: '/menu' }],
};
