import { createI18n } from '../../../../bot/i18n/i18n';
import { SUPPORTED_LANGUAGES } from '../../../../bot/i18n/languages';

/**
 * A lock-screen preview shows the first words of a message. Every message of the discreet path begins with a
 * neutral first line: no help line's number (112, 1522) and none of the words that would tell what the path is
 * about ("help" alone is a shop's word too, so it is allowed).
 */
const MESSAGE_KEYS = [
  'wellbeing:safe',
  'wellbeing:details',
  'wellbeing:menu',
  'wellbeing:silentDone',
  'wellbeing:danger',
  'wellbeing:contacts.intro',
  'wellbeing:afterContacts',
  'wellbeing:callback.askPhone',
  'wellbeing:callback.askWhen',
  'wellbeing:callback.done',
  'wellbeing:chat.waiting',
  'wellbeing:chat.taken',
  'wellbeing:chat.fromOperator',
  'wellbeing:chat.ended',
  'wellbeing:chat.endedByOperator',
  'wellbeing:chat.inChat',
  'wellbeing:chat.onlyText',
  'wellbeing:chat.tooLong',
  'common:input.phone',
  'common:innocuous',
];

/** Stems that would give the path away, per language (lower case). */
const TELLING: Record<string, string[]> = {
  it: ['violen', 'pericol', 'abus', 'polizia', 'emergenz', 'operat', 'centro', 'stalking', 'maltratt'],
  en: ['violen', 'danger', 'abuse', 'police', 'emergenc', 'operator', 'centre', 'stalking'],
  es: ['violen', 'peligro', 'abuso', 'policía', 'emergencia', 'operador', 'centro', 'acoso'],
  fr: ['violen', 'danger', 'abus', 'police', 'urgence', 'opérat', 'centre', 'harcèlement'],
  ar: ['عنف', 'خطر', 'إساءة', 'شرطة', 'طوارئ', 'موظف', 'مركز'],
  zh: ['暴力', '危险', '虐待', '警察', '紧急', '工作人员', '中心', '骚扰'],
  ro: ['violen', 'pericol', 'abuz', 'poliți', 'urgen', 'operat', 'centru', 'hărțui'],
  uk: ['насильств', 'небезпе', 'поліці', 'екстрен', 'оператор', 'фахівчин', 'центр', 'переслідув'],
  tl: ['karahasan', 'panganib', 'abuso', 'pulis', 'emergency', 'operator', 'sentro', 'stalking'],
  bn: ['সহিংস', 'বিপদ', 'নির্যাতন', 'পুলিশ', 'জরুরি', 'কর্মী', 'সেন্টার', 'হয়রানি'],
};

describe('every message of the discreet path begins with neutral words', () => {
  it.each([...SUPPORTED_LANGUAGES])('in %s', async (language) => {
    const i18n = await createI18n();
    const t = i18n.getFixedT(language);
    const telling = TELLING[language]!;
    const problems = MESSAGE_KEYS.flatMap((key) => {
      const first = t(key, { count: 5, text: '…' }).split('\n')[0]!.toLowerCase();
      const found = [...(/\b(112|1522)\b/.test(first) ? ['a help line'] : []), ...telling.filter((stem) => first.includes(stem))];
      return found.length > 0 ? [`${key}: "${first}" (${found.join(', ')})`] : [];
    });
    expect(problems).toEqual([]);
  });
});
