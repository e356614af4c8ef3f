import { Dialog, type DialogTurnResult } from 'botbuilder-dialogs';

export const FORGOTTEN_DIALOG = 'forgotten';

/**
 * Where an erased tenant's conversation stops: nothing more is said in the turn (no menu), and the state is
 * deleted at its end, so the next message starts as a new tenant's.
 */
export class ForgottenDialog extends Dialog {
  constructor() {
    super(FORGOTTEN_DIALOG);
  }

  override async beginDialog(): Promise<DialogTurnResult> {
    return Dialog.EndOfTurn;
  }
}
