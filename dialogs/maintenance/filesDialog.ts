import { ActivityTypes, MessageFactory, type TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import type { DialogOutcome } from '../actions/actionRegistry';
import { navigationButtons } from '../engine/ask';
import { issueButtons } from '../engine/buttons';
import { incomingKind } from '../engine/incoming';
import { incomingContent } from '../engine/incomingContent';
import { turnServices } from '../engine/turnServices';
import { judgeFile } from './fileRules';
import { MAX_FILE_BYTES, MAX_REPORT_FILES, type ReportFileInput } from './reportDesk';

export const FILES_DIALOG = 'maintenance-files';
const DONE = 'files-done';

interface FilesState {
  files: ReportFileInput[];
}

/**
 * Collects up to five photos or voice notes, one message at a time, until the tenant presses Done (or
 * "No photos"). Each is checked at once, so a wrong file is explained while the tenant is still there.
 * Ends with vars.files.
 */
export class FilesDialog extends Dialog {
  constructor() {
    super(FILES_DIALOG);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state: FilesState = { files: [] };
    dc.activeDialog!.state = state;
    await this.ask(dc.context, turnServices(dc.context).t('maintenance:files.ask', { max: MAX_REPORT_FILES }), state);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { activity } = dc.context;
    if (activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const state = dc.activeDialog!.state as FilesState;
    const { t } = turnServices(dc.context);
    if (incomingKind(activity) === 'button' && activity.text === DONE) return this.finish(dc, state);
    const verdict = judgeFile(incomingContent(activity));
    if ('problem' in verdict) {
      await this.ask(dc.context, t(`maintenance:files.problem.${verdict.problem}`, { mb: MAX_FILE_BYTES / (1024 * 1024) }), state);
      return Dialog.EndOfTurn;
    }
    state.files.push(verdict.file);
    if (state.files.length >= MAX_REPORT_FILES) {
      await dc.context.sendActivity(MessageFactory.text(t('maintenance:files.full', { max: MAX_REPORT_FILES })));
      return this.finish(dc, state);
    }
    await this.ask(dc.context, t('maintenance:files.received', { count: state.files.length, max: MAX_REPORT_FILES }), state);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance<FilesState>): Promise<void> {
    await this.ask(context, turnServices(context).t('maintenance:files.ask', { max: MAX_REPORT_FILES }), instance.state);
  }

  private async ask(context: TurnContext, text: string, state: FilesState): Promise<void> {
    const { t } = turnServices(context);
    const done = { id: DONE, label: state.files.length > 0 ? t('maintenance:files.done') : t('maintenance:files.none') };
    const choices = await issueButtons(context, [done, ...navigationButtons(t)]);
    await context.sendActivity(MessageFactory.suggestedActions(choices.map((choice) => choice.action!), text));
  }

  private finish(dc: DialogContext, state: FilesState): Promise<DialogTurnResult> {
    const outcome: DialogOutcome = { vars: { files: state.files } };
    return dc.endDialog(outcome);
  }
}
