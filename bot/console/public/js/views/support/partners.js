// The partners of the discreet path (anti-violence centres): the bot lists them after 112 and 1522.
import { h } from '../../dom.js';
import { translationFields } from '../translationFields.js';
import { listPanel } from './listPanel.js';

const PHONE = /^\+?[0-9][0-9 ./-]{2,19}$/;
const MAX = 20;
const FIELDS = { name: 'nome', phone: 'telefono', hours: 'orari', address: 'indirizzo' };

/** A server path "0.phone" named as the form names it: "riga 1, telefono". */
function fieldName(path) {
  const [index, field] = path.split('.');
  if (!/^\d+$/.test(index || '')) return path;
  return field ? `riga ${Number(index) + 1}, ${FIELDS[field] || field}` : `riga ${Number(index) + 1}`;
}

function problemsOf(partners) {
  const problems = [];
  if (partners.length > MAX) problems.push(`al massimo ${MAX} centri`);
  partners.forEach((partner, index) => {
    const line = `riga ${index + 1}`;
    if (partner.name.length < 2 || partner.name.length > 80) problems.push(`${line}: il nome va da 2 a 80 caratteri`);
    if (!PHONE.test(partner.phone)) problems.push(`${line}: il telefono può avere solo cifre, spazi, punti, trattini e un + iniziale`);
    if (partner.hours.length < 2 || partner.hours.length > 200) problems.push(`${line}: scrivi quando rispondono (da 2 a 200 caratteri)`);
    if (partner.address.length > 200) problems.push(`${line}: l’indirizzo è troppo lungo (al massimo 200 caratteri)`);
  });
  return problems;
}

function partnerRow(entry = {}) {
  const input = (field, label, attrs) => h('input', { type: 'text', testid: `partner-${field}`, 'aria-label': label, value: entry[field] || '', ...attrs });
  const name = input('name', 'Nome del centro', { maxlength: '80', placeholder: 'es. Centro antiviolenza del quartiere' });
  const phone = input('phone', 'Telefono', { type: 'tel', class: 'em-number', maxlength: '20', placeholder: 'es. 02 1234 5678' });
  const hours = input('hours', 'Orari', { maxlength: '200', placeholder: 'es. lun-ven 9-18' });
  const address = input('address', 'Indirizzo', { maxlength: '200' });
  const translations = translationFields({ name: 'Nome', hours: 'Orari', address: 'Indirizzo' }, entry.translations, 'partner-translations');
  const read = () => ({ name: name.value.trim(), phone: phone.value.trim(), hours: hours.value.trim(), address: address.value.trim(), translations: translations.read() });
  return { cells: [name, phone, hours, address, translations.element], read, focus: name };
}

/** The panel; load() fills it from the server. */
export function partnersPanel() {
  return listPanel({
    testid: 'partners',
    path: '/support/partners',
    title: 'Centri antiviolenza partner',
    hints: h('p', { class: 'hint' }, 'Il bot li elenca, dopo il 112 e il 1522, a chi chiede i numeri di aiuto nel percorso riservato. Nell’ordine in cui sono qui.'),
    rows: {
      testid: 'partner',
      caption: 'Centri antiviolenza partner',
      headings: ['Nome', 'Telefono', 'Orari', 'Indirizzo (facoltativo)', 'Altre lingue'],
      addLabel: '+ Aggiungi un centro',
      removeLabel: 'Togli questo centro',
      build: partnerRow,
    },
    empty: 'Nessun centro: il bot dà solo il 112 e il 1522.',
    check: problemsOf,
    fieldName,
    saveLabel: 'Salva i centri',
    saved: 'Centri salvati.',
  });
}
