import { ActivityTypes, MessageFactory, type TurnContext } from 'botbuilder';
import { SOURCE_LANGUAGE } from '../../bot/i18n/languages';
import { toAsciiDigits } from '../../bot/i18n/typedInput';
import { bookingTexts, findAppointment, HEALTH_BOOKING } from '../health/bookingKinds';
import { appointmentLines } from '../health/healthText';
import { parseReportCode } from '../maintenance/reportDesk';
import { reportCard } from '../maintenance/reportText';
import { incomingKind } from './incoming';
import { turnServices } from './turnServices';

const APPOINTMENT_CODE = /^SA-(\d{6,9})$/i;

/**
 * A code typed in chat shows what it names, if it is the tenant's: a report ("MI-2026-000123") or an
 * appointment ("SA-000042"). True when the text was such a code.
 */
export async function answerTypedCode(context: TurnContext): Promise<boolean> {
  const { activity } = context;
  if (activity.type !== ActivityTypes.Message || incomingKind(activity) !== 'text') return false;
  const code = toAsciiDigits((activity.text ?? '').normalize('NFKC')).trim().toUpperCase();
  const appointment = APPOINTMENT_CODE.exec(code);
  if (!parseReportCode(code) && !appointment) return false;
  const services = turnServices(context);
  const { t, tenant } = services;
  const language = services.language ?? SOURCE_LANGUAGE;
  if (appointment) {
    // Health details, a tenant's arrears: kept out of the transcript the community managers read.
    services.keepOutOfTranscript();
    const found = await findAppointment(services, Number(appointment[1]), language);
    const text = bookingTexts(found?.kind ?? HEALTH_BOOKING, t);
    const shown = found?.appointment.status === 'booked' ? appointmentLines(text, language, found.appointment).join('\n') : text('codeNotYours', { code });
    await context.sendActivity(MessageFactory.text(shown));
    return true;
  }
  const report = await services.reports.reportOfTenant(tenant.id, code);
  await context.sendActivity(MessageFactory.text(report ? reportCard(t, language, report) : t('maintenance:code.notYours', { code })));
  return true;
}
