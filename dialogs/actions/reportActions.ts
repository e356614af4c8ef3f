import type { DialogContext } from 'botbuilder-dialogs';
import { formatDay } from '../../bot/i18n/format';
import { SOURCE_LANGUAGE } from '../../bot/i18n/languages';
import { ReportFileRejected, type Reporter, type ReportFileInput, type ReportPlace } from '../maintenance/reportDesk';
import { placeText, statusText } from '../maintenance/reportText';
import { turnServices } from '../engine/turnServices';
import type { ActionOutcome, TreeAction } from './actionRegistry';
import { isCategory, say } from './maintenanceActions';

const DETAIL_VARS = ['liftWhich', 'liftStuck', 'ceiling', 'heatingSince'] as const;
const CHOICE_DETAILS = new Set(['liftStuck', 'ceiling', 'heatingSince']);

function reporterOf(dc: DialogContext): Reporter {
  const { tenant, language } = turnServices(dc.context);
  const { activity } = dc.context;
  return { tenantId: tenant.id, language: language ?? SOURCE_LANGUAGE, channel: activity.channelId, conversationId: activity.conversation.id };
}

function detailsOf(vars: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(DETAIL_VARS.filter((name) => typeof vars[name] === 'string').map((name) => [name, vars[name] as string]));
}

/** The number to call first, only while "call me first" is the answer (Back and another choice leave it behind). */
function callPhoneOf(vars: Record<string, unknown>): string | undefined {
  return vars.access === 'phone' && typeof vars.callPhone === 'string' ? vars.callPhone : undefined;
}

/** Kept with the answers, so staff see it on the report and it goes with them when the tenant is erased. */
const withCallPhone = (details: Record<string, string>, phone: string | undefined) => (phone ? { ...details, callPhone: phone } : details);

const filesOf = (vars: Record<string, unknown>) => (Array.isArray(vars.files) ? (vars.files as ReportFileInput[]) : []);

/** A file the service refused: the tenant is told why, and the tree asks for the photos again. */
async function refused(dc: DialogContext, error: unknown): Promise<ActionOutcome> {
  if (!(error instanceof ReportFileRejected)) throw error;
  await say(dc.context, turnServices(dc.context).t(`maintenance:files.failed.${error.reason}`));
  return { kind: 'outcome', outcome: 'failed' };
}

/** "maintenance.findOpen": outcome "found" (vars.openReportId) when the same fault already has an open report. */
export const findOpenAction: TreeAction = {
  name: 'maintenance.findOpen',
  async run(dc, vars) {
    const place = vars.place as ReportPlace | undefined;
    if (!place || !isCategory(vars.category)) return { kind: 'outcome', outcome: 'none' };
    const { reports, t, language } = turnServices(dc.context);
    const open = await reports.openReportFor(place.buildingId, vars.category);
    if (!open) return { kind: 'outcome', outcome: 'none' };
    vars.openReportId = open.id;
    const lang = language ?? SOURCE_LANGUAGE;
    await say(dc.context, t('maintenance:join.found', { code: open.code, day: formatDay(open.createdAt, lang), status: statusText(t, lang, open), count: open.reporters }));
    return { kind: 'outcome', outcome: 'found' };
  },
};

/** "maintenance.join": adds the tenant and their photos to vars.openReportId; outcome "closed" if it closed meanwhile. */
export const joinAction: TreeAction = {
  name: 'maintenance.join',
  async run(dc, vars) {
    const { reports, t } = turnServices(dc.context);
    try {
      const report = await reports.join(Number(vars.openReportId), reporterOf(dc), filesOf(vars));
      if (!report) {
        await say(dc.context, t('maintenance:join.closed'));
        return { kind: 'outcome', outcome: 'closed' };
      }
      await say(dc.context, t('maintenance:join.done', { code: report.code, count: report.reporters }));
      return { kind: 'outcome', outcome: 'joined', forgetHistory: true };
    } catch (error) {
      return refused(dc, error);
    }
  },
};

/** "maintenance.summary": everything the tenant answered, to check before sending. */
export const summaryAction: TreeAction = {
  name: 'maintenance.summary',
  async run(dc, vars) {
    const { reports, t } = turnServices(dc.context);
    const place = vars.place as ReportPlace;
    const building = await reports.building(place.buildingId);
    const details = detailsOf(vars);
    const files = filesOf(vars);
    const phone = callPhoneOf(vars);
    const lines = [
      t('maintenance:summary.title'),
      t('maintenance:summary.category', { category: t(`maintenance:category.${String(vars.category)}`) }),
      t('maintenance:summary.place', { place: building ? placeText(t, building, place) : '' }),
      t('maintenance:summary.description', { description: String(vars.description ?? '') }),
      ...Object.entries(details).map(([name, answer]) => t(`maintenance:summary.detail.${name}`, { answer: CHOICE_DETAILS.has(name) ? t(`maintenance:answer.${answer}`) : answer })),
      t('maintenance:summary.photos', { count: files.filter((file) => file.kind === 'photo').length }),
      t('maintenance:summary.voice', { count: files.filter((file) => file.kind === 'voice').length }),
      ...(typeof vars.access === 'string' ? [t('maintenance:summary.access', { access: t(`maintenance:access.${vars.access}`) })] : []),
      ...(phone ? [t('maintenance:summary.callPhone', { phone })] : []),
    ];
    await say(dc.context, lines.join('\n'));
    return { kind: 'outcome' };
  },
};

/** "maintenance.submit": stores the report whole (or joins a neighbour's made meanwhile) and gives its code. */
export const submitAction: TreeAction = {
  name: 'maintenance.submit',
  async run(dc, vars) {
    const { reports, t } = turnServices(dc.context);
    if (!isCategory(vars.category) || !vars.place || typeof vars.description !== 'string') return { kind: 'outcome', outcome: 'incomplete' };
    try {
      const { report, joined } = await reports.submit({
        reporter: reporterOf(dc),
        category: vars.category,
        place: vars.place as ReportPlace,
        description: vars.description,
        details: withCallPhone(detailsOf(vars), callPhoneOf(vars)),
        access: typeof vars.access === 'string' ? vars.access : undefined,
        files: filesOf(vars),
      });
      await say(dc.context, t(joined ? 'maintenance:sent.joined' : 'maintenance:sent.done', { code: report.code, count: report.reporters }));
      return { kind: 'outcome', outcome: 'sent', forgetHistory: true };
    } catch (error) {
      return refused(dc, error);
    }
  },
};
