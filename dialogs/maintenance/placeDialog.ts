import { MessageFactory } from 'botbuilder';
import { Dialog, type DialogContext, type DialogReason, type DialogTurnResult, type FoundChoice } from 'botbuilder-dialogs';
import { toAsciiDigits } from '../../bot/i18n/typedInput';
import type { DialogOutcome } from '../actions/actionRegistry';
import { askChoice, askInput } from '../engine/ask';
import type { ButtonSpec } from '../engine/buttons';
import { isNavigationResult } from '../engine/navigation';
import { isSkip } from '../engine/prompts';
import { turnServices } from '../engine/turnServices';
import { isKnownNeighbourhood, neighbourhoodLabel, NEIGHBOURHOOD_IDS } from '../person/neighbourhoods';
import { COMMON_AREAS, type BuildingView, type ReportPlace } from './reportDesk';
import { placeText } from './reportText';

export const PLACE_DIALOG = 'maintenance-place';

export interface PlaceOptions {
  /** The building of a QR code (deep link). */
  buildingId?: string;
  staircase?: string;
  /** "Another problem in the same place": nothing is asked. */
  keep?: ReportPlace;
  /** The fault is the lift: the place is the building's lift, so only its staircase is asked. */
  lift?: boolean;
}

type Stage = 'remembered' | 'neighbourhood' | 'address' | 'kind' | 'staircase' | 'floor' | 'flat' | 'area';

interface PlaceState {
  stage: Stage;
  neighbourhoodId?: string;
  building?: BuildingView;
  /** The tenant's last place, offered first. */
  remembered?: ReportPlace;
  /** Buildings offered after a typed address matched several. */
  candidates?: BuildingView[];
  place: Omit<ReportPlace, 'buildingId'>;
  lift?: boolean;
}

const OTHER_NEIGHBOURHOOD = 'place-nb';
const MAX_BUILDING_BUTTONS = 10;
const MAX_FLOOR_BUTTONS = 20;

/**
 * Where the fault is: the QR code's building, or the tenant's last address, or neighbourhood → address
 * (buttons, or typed and matched) → the flat (staircase, floor, flat) or a common area. Ends with vars.place.
 */
export class PlaceDialog extends Dialog<PlaceOptions> {
  constructor() {
    super(PLACE_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: PlaceOptions): Promise<DialogTurnResult> {
    if (options?.keep) return finish(dc, options.keep);
    const { reports, tenant } = turnServices(dc.context);
    const state: PlaceState = { stage: 'neighbourhood', neighbourhoodId: tenant.neighbourhoodId, place: { kind: 'flat' }, lift: options?.lift };
    dc.activeDialog!.state = state;
    const fromQr = options?.buildingId ? await reports.building(options.buildingId) : undefined;
    const remembered = fromQr ? undefined : await reports.rememberedPlace(tenant.id);
    const rememberedBuilding = remembered ? await reports.building(remembered.buildingId) : undefined;
    if (fromQr) {
      state.building = fromQr;
      if (options?.staircase && fromQr.staircases.includes(options.staircase)) state.place.staircase = options.staircase;
      return this.moveTo(dc, state, 'kind');
    } else if (remembered && rememberedBuilding) {
      state.remembered = remembered;
      state.building = rememberedBuilding;
      state.stage = 'remembered';
    } else if (state.neighbourhoodId) {
      state.stage = 'address';
    }
    return this.ask(dc, state);
  }

  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    if (isNavigationResult(result)) return dc.endDialog(result);
    const state = dc.activeDialog!.state as PlaceState;
    const chosen = (result as FoundChoice | undefined)?.value;
    switch (state.stage) {
      case 'remembered':
        if (chosen === 'same' && state.lift) state.place.staircase ??= state.remembered?.staircase;
        if (chosen === 'same') return this.moveTo(dc, state, 'kind');
        state.remembered = undefined;
        return this.moveTo(dc, state, state.neighbourhoodId ? 'address' : 'neighbourhood');
      case 'neighbourhood':
        if (isKnownNeighbourhood(chosen)) {
          state.neighbourhoodId = chosen;
          await turnServices(dc.context).setNeighbourhood(chosen);
        }
        return this.moveTo(dc, state, 'address');
      case 'address':
        return this.onAddress(dc, state, typeof result === 'string' ? result : '');
      case 'kind':
        state.place.kind = chosen === 'common' ? 'common' : 'flat';
        if (state.place.kind === 'flat' && state.remembered?.buildingId === state.building?.id) return finish(dc, { ...state.remembered!, staircase: state.place.staircase ?? state.remembered!.staircase });
        if (state.place.kind === 'common') return this.moveTo(dc, state, 'area');
        return this.moveTo(dc, state, this.needsStaircase(state) ? 'staircase' : 'floor');
      case 'staircase':
        state.place.staircase = chosen?.slice(2);
        return state.place.kind === 'common' ? this.done(dc, state) : this.moveTo(dc, state, 'floor');
      case 'floor':
        state.place.floor = chosen?.slice(1);
        return this.moveTo(dc, state, 'flat');
      case 'flat':
        state.place.flat = isSkip(dc.context.activity) || typeof result !== 'string' ? undefined : toAsciiDigits(result).trim();
        return this.done(dc, state);
      case 'area':
        state.place.commonArea = chosen;
        return this.needsStaircase(state) && ['entrance', 'stairs', 'lift'].includes(chosen ?? '') ? this.moveTo(dc, state, 'staircase') : this.done(dc, state);
    }
  }

  private async onAddress(dc: DialogContext, state: PlaceState, answer: string): Promise<DialogTurnResult> {
    const { reports, t } = turnServices(dc.context);
    if (answer === OTHER_NEIGHBOURHOOD) return this.moveTo(dc, state, 'neighbourhood');
    const all = await reports.findBuildings(state.neighbourhoodId!);
    const pressed = all.find((building) => building.id === answer);
    const matches = pressed ? [pressed] : await reports.findBuildings(state.neighbourhoodId!, toAsciiDigits(answer));
    if (matches.length === 1) {
      state.building = matches[0];
      state.candidates = undefined;
      return this.moveTo(dc, state, 'kind');
    }
    state.candidates = matches.length > 1 ? matches.slice(0, MAX_BUILDING_BUTTONS) : undefined;
    const explanation = matches.length > 1 ? t('maintenance:place.several') : t('maintenance:place.notFound', { neighbourhood: neighbourhoodLabel(t, state.neighbourhoodId) });
    await dc.context.sendActivity(MessageFactory.text(explanation));
    return this.ask(dc, state);
  }

  private needsStaircase(state: PlaceState): boolean {
    return state.place.staircase === undefined && (state.building?.staircases.length ?? 0) > 1;
  }

  private moveTo(dc: DialogContext, state: PlaceState, stage: Stage): Promise<DialogTurnResult> {
    // The lift is never in a flat: no "flat or common area?", no "where in the building?".
    if (stage === 'kind' && state.lift) {
      state.place = { ...state.place, kind: 'common', commonArea: 'lift' };
      if (!this.needsStaircase(state)) return this.done(dc, state);
      stage = 'staircase';
    }
    state.stage = stage;
    if (stage === 'floor' && state.place.staircase === undefined && state.building?.staircases.length === 1) state.place.staircase = state.building.staircases[0];
    return this.ask(dc, state);
  }

  private done(dc: DialogContext, state: PlaceState): Promise<DialogTurnResult> {
    return finish(dc, { ...state.place, buildingId: state.building!.id });
  }

  private async ask(dc: DialogContext, state: PlaceState): Promise<DialogTurnResult> {
    const { t, reports } = turnServices(dc.context);
    const building = state.building;
    switch (state.stage) {
      case 'remembered':
        return askChoice(dc, t('maintenance:place.remembered', { place: placeText(t, building!, state.remembered!) }), [
          { id: 'same', label: t('maintenance:place.same') },
          { id: 'other', label: t('maintenance:place.other') },
        ]);
      case 'neighbourhood':
        return askChoice(dc, t('maintenance:place.askNeighbourhood'), NEIGHBOURHOOD_IDS.map((id) => ({ id, label: neighbourhoodLabel(t, id) })));
      case 'address': {
        const offered = state.candidates ?? (await reports.findBuildings(state.neighbourhoodId!));
        const buttons: ButtonSpec[] = offered.length <= MAX_BUILDING_BUTTONS ? offered.map((option) => ({ id: option.id, label: `🏠 ${option.address}` })) : [];
        buttons.push({ id: OTHER_NEIGHBOURHOOD, label: t('maintenance:place.otherNeighbourhood') });
        return askInput(dc, 'text', t('maintenance:place.askAddress', { neighbourhood: neighbourhoodLabel(t, state.neighbourhoodId) }), buttons, { maxLength: 200 });
      }
      case 'kind':
        return askChoice(dc, t('maintenance:place.askKind', { address: building!.address }), [
          { id: 'flat', label: t('maintenance:place.flat') },
          { id: 'common', label: t('maintenance:place.common') },
        ]);
      case 'staircase':
        return askChoice(dc, t('maintenance:place.askStaircase'), building!.staircases.map((name) => ({ id: `s-${name}`, label: t('maintenance:place.staircaseName', { name }) })), { columns: 3 });
      case 'floor': {
        const floors = Math.min(building?.floors ?? 10, MAX_FLOOR_BUTTONS);
        const buttons = Array.from({ length: floors + 1 }, (_, floor) => ({ id: `f${floor}`, label: floor === 0 ? t('maintenance:place.groundFloor') : String(floor) }));
        return askChoice(dc, t('maintenance:place.askFloor'), buttons, { columns: 4 });
      }
      case 'flat':
        return askInput(dc, 'text', t('maintenance:place.askFlat'), [], { maxLength: 10, optional: true });
      case 'area':
        return askChoice(dc, t('maintenance:place.askArea'), COMMON_AREAS.map((area) => ({ id: area, label: t(`maintenance:area.${area}`) })), { columns: 2 });
    }
  }
}

function finish(dc: DialogContext, place: ReportPlace): Promise<DialogTurnResult> {
  const outcome: DialogOutcome = { vars: { place } };
  return dc.endDialog(outcome);
}
