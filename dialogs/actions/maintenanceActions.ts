import { MessageFactory, type TurnContext } from 'botbuilder';
import { SOURCE_LANGUAGE } from '../../bot/i18n/languages';
import { FILES_DIALOG } from '../maintenance/filesDialog';
import { PLACE_DIALOG, type PlaceOptions } from '../maintenance/placeDialog';
import { REPORT_CATEGORIES, type ReportPlace } from '../maintenance/reportDesk';
import { reportCard } from '../maintenance/reportText';
import { turnServices } from '../engine/turnServices';
import { runsDialog, TEXT_VALUES, type TreeAction } from './actionRegistry';

const HAZARDS = ['gas', 'fire', 'flood', 'sparks', 'trapped'];
/** What one report's questions keep in the tree's vars; "another problem in the same place" clears them. */
export const REPORT_VARS = ['category', 'description', 'liftWhich', 'liftStuck', 'ceiling', 'heatingSince', 'files', 'access', 'callPhone', 'openReportId', 'join', 'hazard'];

export const say = (context: TurnContext, text: string) => context.sendActivity(MessageFactory.text(text));

/** "maintenance.entry": a QR code's building (vars.deepLink) is looked up; outcome "building" when known. */
export const maintenanceEntryAction: TreeAction = {
  name: 'maintenance.entry',
  async run(dc, vars) {
    const code = vars.deepLink;
    if (typeof code !== 'string') return { kind: 'outcome' };
    delete vars.deepLink;
    const { reports, t } = turnServices(dc.context);
    const building = await reports.buildingByCode(code);
    if (!building) {
      await say(dc.context, t('maintenance:unknownBuilding'));
      return { kind: 'outcome', outcome: 'unknown' };
    }
    vars.building = building.id;
    if (typeof vars.deepLinkStaircase === 'string') vars.staircase = vars.deepLinkStaircase;
    await say(dc.context, t('maintenance:place.fromQr', { address: building.address }));
    return { kind: 'outcome', outcome: 'building' };
  },
};

/** "maintenance.emergency": what to do at once for vars.hazard, with 112 and the numbers coordinators set. */
export const emergencyAction: TreeAction = {
  name: 'maintenance.emergency',
  async run(dc, vars) {
    const { reports, t, tenant, language } = turnServices(dc.context);
    const hazard = HAZARDS.includes(String(vars.hazard)) ? String(vars.hazard) : 'gas';
    const numbers = await reports.emergencyNumbers(tenant.neighbourhoodId, language ?? SOURCE_LANGUAGE);
    const lines = [t(`maintenance:hazard.${hazard}`), '', t('maintenance:hazard.call112'), ...numbers.map((entry) => `📞 ${entry.label}: ${entry.number}`)];
    await say(dc.context, lines.join('\n'));
    return { kind: 'outcome' };
  },
};

/** "maintenance.place": where the fault is (PlaceDialog), kept in vars.place. */
export const placeAction: TreeAction = {
  name: 'maintenance.place',
  async run(_dc, vars) {
    const options: PlaceOptions = {
      buildingId: typeof vars.building === 'string' ? vars.building : undefined,
      staircase: typeof vars.staircase === 'string' ? vars.staircase : undefined,
      keep: vars.keepPlace ? (vars.place as ReportPlace) : undefined,
      lift: vars.category === 'lift',
    };
    delete vars.keepPlace;
    return { kind: 'dialog', dialogId: PLACE_DIALOG, options };
  },
};

/** "maintenance.files": up to five photos or voice notes (FilesDialog), kept in vars.files. */
export const filesAction: TreeAction = runsDialog('maintenance.files', FILES_DIALOG);

/**
 * "maintenance.byCategory": the category as the outcome, so each can ask its own questions; "liftKnown" for the
 * lift of a staircase the place already names (no "which lift?").
 */
export const byCategoryAction: TreeAction = {
  name: 'maintenance.byCategory',
  async run(_dc, vars) {
    const place = vars.place as Partial<ReportPlace> | undefined;
    if (vars.category === 'lift' && place?.staircase) return { kind: 'outcome', outcome: 'liftKnown' };
    return { kind: 'outcome', outcome: String(vars.category) };
  },
};

/** "maintenance.example": the category's example for "describe the fault" ({{example}} in its text). */
export const exampleAction: TreeAction = {
  name: 'maintenance.example',
  async run(dc, vars) {
    const { t } = turnServices(dc.context);
    vars[TEXT_VALUES] = { example: t(`maintenance:example.${isCategory(vars.category) ? vars.category : 'other'}`) };
    return { kind: 'outcome' };
  },
};

/** "maintenance.byPlace": "common" for a common area, where nobody needs to be let in (no "when can someone come?"). */
export const byPlaceAction: TreeAction = {
  name: 'maintenance.byPlace',
  async run(_dc, vars) {
    return { kind: 'outcome', outcome: (vars.place as Partial<ReportPlace> | undefined)?.kind === 'common' ? 'common' : 'flat' };
  },
};

/** "maintenance.samePlace": another problem in the same place: the place stays, the rest is asked again. */
export const samePlaceAction: TreeAction = {
  name: 'maintenance.samePlace',
  async run(_dc, vars) {
    for (const name of REPORT_VARS) delete vars[name];
    vars.keepPlace = true;
    return { kind: 'outcome' };
  },
};

/** "maintenance.myReports": the tenant's reports with their status. */
export const myReportsAction: TreeAction = {
  name: 'maintenance.myReports',
  async run(dc) {
    const { reports, tenant, t, language } = turnServices(dc.context);
    const mine = await reports.reportsOf(tenant.id);
    const text = mine.length === 0 ? t('maintenance:mine.none') : [t('maintenance:mine.title', { count: mine.length }), ...mine.map((report) => reportCard(t, language ?? SOURCE_LANGUAGE, report)), t('maintenance:mine.hint')].join('\n\n');
    await say(dc.context, text);
    return { kind: 'outcome' };
  },
};

export function isCategory(value: unknown): value is (typeof REPORT_CATEGORIES)[number] {
  return (REPORT_CATEGORIES as readonly unknown[]).includes(value);
}
