import { Dialog, type DialogContext, type DialogReason, type DialogTurnResult, type FoundChoice } from 'botbuilder-dialogs';
import type { DialogOutcome } from '../actions/actionRegistry';
import { askChoice } from '../engine/ask';
import { isNavigationResult } from '../engine/navigation';
import { turnServices } from '../engine/turnServices';
import { openWindows, windowClock, type CallbackWindow } from './callbackWindows';

export const CALLBACK_WINDOW_DIALOG = 'callbackWindow';

/** The button of each window, in the tenant's language. */
const LABELS: Record<string, string> = {
  'today-morning': 'wellbeing:callback.todayMorning',
  'today-afternoon': 'wellbeing:callback.todayAfternoon',
  'today-evening': 'wellbeing:callback.todayEvening',
  'tomorrow-morning': 'wellbeing:callback.tomorrowMorning',
  'tomorrow-afternoon': 'wellbeing:callback.tomorrowAfternoon',
  'tomorrow-evening': 'wellbeing:callback.tomorrowEvening',
};

interface WindowState {
  windows: CallbackWindow[];
}

/**
 * When it is safe to call: only the windows that can still happen (callbackWindows.ts). Ends with the chosen
 * day and window in Milan as the tree's vars `callbackDate` and `window`, or with the tenant's navigation.
 */
export class CallbackWindowDialog extends Dialog {
  constructor() {
    super(CALLBACK_WINDOW_DIALOG);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state: WindowState = { windows: openWindows(windowClock.now()) };
    dc.activeDialog!.state = state;
    return this.ask(dc, state);
  }

  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    if (isNavigationResult(result)) return dc.endDialog(result);
    const state = dc.activeDialog!.state as WindowState;
    const chosen = state.windows.find((window) => window.id === (result as FoundChoice | undefined)?.value);
    if (!chosen) return this.ask(dc, state);
    const outcome: DialogOutcome = { vars: { callbackDate: chosen.date, window: chosen.window } };
    return dc.endDialog(outcome);
  }

  private ask(dc: DialogContext, state: WindowState): Promise<DialogTurnResult> {
    const { t } = turnServices(dc.context);
    const buttons = state.windows.map((window) => ({ id: window.id, label: t(LABELS[window.id]!) }));
    return askChoice(dc, t('wellbeing:callback.askWhen'), buttons, { columns: 2, discreet: true });
  }
}
