import type { TFunction } from 'i18next';
import { intlLocale, isRightToLeft, type Language } from '../../i18n/languages';
import { TIME_ZONE } from '../../i18n/format';
import { neighbourhoodLabel } from '../../../dialogs/person/neighbourhoods';
import type { ExportFile } from '../../../dialogs/privacy/privacyDesk';
import type { TenantRecord } from './tenantData';
import { textPdf, type TextBlock } from './textPdf';


/** Telegram takes uploads from bots up to 50 MB; the parts stay under it with room for the upload's envelope. */
export const UPLOAD_LIMIT = 49 * 1024 * 1024;

/**
 * The export as the tenant gets it: JSON (machine-readable, art. 20) with their photos and voice notes inside, in as
 * many parts as the upload limit asks (each part a JSON document of its own), and a PDF to read in their language.
 */
export async function exportFiles(record: TenantRecord, language: Language, t: TFunction, limit = UPLOAD_LIMIT): Promise<ExportFile[]> {
  const stamp = record.exportedAt.slice(0, 10);
  const parts = jsonParts(record, limit);
  const json = parts.map((part, index) => ({
    name: parts.length === 1 ? `casa-bot-${stamp}.json` : `casa-bot-${stamp}-${index + 1}-of-${parts.length}.json`,
    contentType: 'application/json',
    data: part,
  }));
  const pdf = await textPdf(readableBlocks(record, language, t), language, isRightToLeft(language), t('privacy:pdf.title'));
  return [...json, { name: `casa-bot-${stamp}.pdf`, contentType: 'application/pdf', data: pdf }];
}

function jsonParts(record: TenantRecord, limit: number): Buffer[] {
  const { files, ...data } = record;
  const encoded = files.map((file) => ({ name: file.name, mimeType: file.mimeType, base64: file.data.toString('base64') }));
  const parts: Buffer[] = [];
  let batch: typeof encoded = [];
  const render = (withFiles: typeof encoded, first: boolean) => Buffer.from(JSON.stringify(first ? { ...data, files: withFiles } : { files: withFiles }, null, 2));
  for (const file of encoded) {
    if (batch.length > 0 && render([...batch, file], parts.length === 0).length > limit) {
      parts.push(render(batch, parts.length === 0));
      batch = [];
    }
    batch.push(file);
  }
  parts.push(render(batch, parts.length === 0));
  return parts;
}

function readableBlocks(record: TenantRecord, language: Language, t: TFunction): TextBlock[] {
  const day = (at: string | null) => (at ? new Intl.DateTimeFormat(intlLocale(language), { timeZone: TIME_ZONE, dateStyle: 'long' }).format(new Date(at)) : '');
  const moment = (at: string) => new Intl.DateTimeFormat(intlLocale(language), { timeZone: TIME_ZONE, dateStyle: 'short', timeStyle: 'short' }).format(new Date(at));
  const section = (heading: string, items: TextBlock[]): TextBlock[] => [{ text: heading, heading: true }, ...(items.length > 0 ? items : [{ text: t('privacy:pdf.none') }])];
  const { profile } = record;
  const address = profile.address ? [profile.address.building, profile.address.staircase, profile.address.floor, profile.address.flat].filter(Boolean).join(', ') : '';
  return [
    { text: t('privacy:pdf.title'), heading: true },
    { text: t('privacy:pdf.exported', { date: day(record.exportedAt) }) },
    ...section(t('privacy:pdf.profile'), [
      ...(profile.name ? [{ text: t('privacy:pdf.name', { value: profile.name }) }] : []),
      ...(profile.language ? [{ text: t('privacy:pdf.language', { value: t('language:name', { lng: profile.language }) }) }] : []),
      ...(profile.neighbourhood ? [{ text: t('privacy:pdf.neighbourhood', { value: neighbourhoodLabel(t, profile.neighbourhood) }) }] : []),
      ...(address ? [{ text: t('privacy:pdf.address', { value: address }) }] : []),
      ...(profile.healthConsentGivenAt ? [{ text: t('privacy:pdf.healthConsent', { date: day(profile.healthConsentGivenAt) }) }] : []),
    ]),
    ...section(
      t('privacy:pdf.reports'),
      record.reports.map((report) => ({
        text: [
          `${report.code} · ${t(`maintenance:category.${report.category}`)} · ${t(`maintenance:status.${report.status}`)} · ${day(report.createdAt)}`,
          report.building,
          report.description ?? '',
          ...report.history.map((event) => `${moment(event.at)}: ${event.to ? t(`maintenance:status.${event.to}`) : event.what}`),
          report.files.length > 0 ? t('privacy:pdf.files', { names: report.files.join(', ') }) : '',
        ]
          .filter((line) => line !== '')
          .join('\n'),
      })),
    ),
    ...section(
      t('privacy:pdf.appointments'),
      record.appointments.map((appointment) => ({ text: [`${appointment.code} · ${appointment.service} · ${moment(appointment.startsAt)}`, appointment.place, appointment.note ?? ''].filter(Boolean).join('\n') })),
    ),
    ...section(
      t('privacy:pdf.requests'),
      record.requests.map((request) => ({
        text: [
          `${t(`person:topic.${request.topic}`)} · ${day(request.createdAt)}${request.rating ? ` · ${'★'.repeat(request.rating)}` : ''}`,
          ...request.messages.map((message) => `${moment(message.at)} ${message.from === 'staff' ? t('privacy:pdf.staff') : t('privacy:pdf.you')}: ${message.text ?? `(${message.kind})`}`),
          request.ratingComment ?? '',
        ]
          .filter(Boolean)
          .join('\n'),
      })),
    ),
    ...section(t('privacy:pdf.transcript'), record.transcript.length > 0 ? [{ text: record.transcript.map((line) => `${moment(line.at)} ${line.from === 'bot' ? t('privacy:pdf.bot') : t('privacy:pdf.you')}: ${line.text}`).join('\n') }] : []),
    { text: t('privacy:pdf.discreet', { wellbeing: t('menu:entry.wellbeing') }) },
  ];
}
