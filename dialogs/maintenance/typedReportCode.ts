import { ActivityTypes, MessageFactory, type TurnContext } from 'botbuilder';
import { SOURCE_LANGUAGE } from '../../bot/i18n/languages';
import { incomingKind } from '../engine/incoming';
import { turnServices } from '../engine/turnServices';
import { parseReportCode } from './reportDesk';
import { reportCard } from './reportText';

/** A report code typed in chat ("MI-2026-000123") shows that report, if it is one of the tenant's. True when it was a code. */
export async function answerTypedReportCode(context: TurnContext): Promise<boolean> {
  const { activity } = context;
  if (activity.type !== ActivityTypes.Message || incomingKind(activity) !== 'text' || !parseReportCode(activity.text ?? '')) return false;
  const { reports, tenant, t, language } = turnServices(context);
  const code = activity.text!.trim().toUpperCase();
  const report = await reports.reportOfTenant(tenant.id, code);
  await context.sendActivity(MessageFactory.text(report ? reportCard(t, language ?? SOURCE_LANGUAGE, report) : t('maintenance:code.notYours', { code })));
  return true;
}
