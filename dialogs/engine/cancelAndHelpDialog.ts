import { MessageFactory } from 'botbuilder';
import { ComponentDialog, Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { parseCommand, type ParsedCommand } from './incoming';
import { turnServices } from './turnServices';

/**
 * Base of the root dialog: the commands work from anywhere in any flow. /help answers and asks the
 * current question again; the others leave the current flow (restart() says where to).
 */
export abstract class CancelAndHelpDialog extends ComponentDialog {
  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const command = parseCommand(innerDc.context.activity.text);
    if (command && !this.capturesEverything(innerDc)) return this.interrupt(innerDc, command);
    return super.onContinueDialog(innerDc);
  }

  /** True while the active dialog takes every message itself, commands included (a chat with a person). */
  protected capturesEverything(_innerDc: DialogContext): boolean {
    return false;
  }

  private async interrupt(innerDc: DialogContext, command: ParsedCommand): Promise<DialogTurnResult> {
    const { t } = turnServices(innerDc.context);
    switch (command.name) {
      case 'help':
        await innerDc.context.sendActivity(MessageFactory.text(t('menu:help')));
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      case 'cancel':
        await innerDc.context.sendActivity(MessageFactory.text(t('common:cancelled')));
        return this.restart(innerDc, command);
      case 'start':
      case 'menu':
      case 'language':
      case 'privacy':
        return this.restart(innerDc, command);
      default:
        await innerDc.context.sendActivity(MessageFactory.text(t('common:unknownCommand')));
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
    }
  }

  /** Leaves whatever is going on and starts again as the command asks. */
  protected abstract restart(innerDc: DialogContext, command: ParsedCommand): Promise<DialogTurnResult>;
}
