// The bot's languages in the draft: how many texts each still lacks, whether tenants are offered it, and adding one.
import { h } from '../../dom.js';
import { flash } from '../../flash.js';
import { problemBox } from '../health/problems.js';
import { reloadAt, translationsHref } from './contentRoute.js';

const CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/;

function languageLine(language) {
  const offered = language.offered
    ? h('span', { class: 'badge badge-ok' }, 'Offerta agli inquilini')
    : h('span', { class: 'badge badge-missing' }, `Non ancora offerta: mancano ${language.missing} testi`);
  return h('li', { testid: `language-${language.code}`, dataset: { missing: language.missing, offered: language.offered } },
    h('strong', null, language.label), ' ', offered,
    language.missing && language.offered ? h('span', { class: 'muted' }, ` ${language.missing} testi mancanti`) : null,
    language.missing ? [' ', h('a', { href: translationsHref({ language: language.code, state: 'missing' }) }, 'Vedi cosa manca')] : null);
}

export function languagesPanel(ctx) {
  const code = h('input', { type: 'text', id: 'language-code', testid: 'language-code', class: 'language-code', maxlength: '12', placeholder: 'es. pt', autocomplete: 'off' });
  const add = h('button', { type: 'submit', class: 'btn', testid: 'language-add' }, 'Aggiungi la lingua');
  const problems = problemBox('language-error');
  const form = h('form', { class: 'row', novalidate: true },
    h('label', { for: 'language-code' }, 'Nuova lingua (codice, es. «pt» per il portoghese)'), code, add);
  problems.guard(form, add, {
    read: () => code.value.trim().toLowerCase(),
    check: (value) => (CODE.test(value) ? [] : ['il codice della lingua è di 2 o 3 lettere, es. «pt» o «pt-br»']),
    async send(value) {
      if (!(await ctx.edit('POST', '/content/draft/languages', { code: value }))) return;
      await reloadAt(ctx, translationsHref({ language: value, state: 'missing' }));
      flash(`Lingua «${value}» aggiunta alla bozza. Gli inquilini la vedranno quando tutti i testi saranno tradotti e la versione pubblicata.`, 'ok');
    },
  });
  return h('details', { class: 'panel', testid: 'languages-panel' },
    h('summary', null, `Lingue (${ctx.model.languages.length})`),
    h('ul', { class: 'language-list' }, ctx.model.languages.map(languageLine)),
    form, problems.element);
}
