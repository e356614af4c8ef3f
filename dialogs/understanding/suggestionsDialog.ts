import { Dialog, type DialogContext, type DialogReason, type DialogTurnResult, type FoundChoice } from 'botbuilder-dialogs';
import { askChoice } from '../engine/ask';
import { isNavigationResult } from '../engine/navigation';
import { turnServices } from '../engine/turnServices';
import { WISHES, type WishResult } from './wishes';

export const SUGGESTIONS_DIALOG = 'typed-wish-suggestions';

export interface SuggestionsOptions {
  /** The wishes the typed words may mean, likeliest first. */
  offer: string[];
}

/**
 * Typed words that may mean two or three things: those as buttons (with Talk to a person, Back and Main menu),
 * instead of "I did not understand" and the whole menu. Ends with where the chosen one starts.
 */
export class SuggestionsDialog extends Dialog<SuggestionsOptions> {
  constructor() {
    super(SUGGESTIONS_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: SuggestionsOptions): Promise<DialogTurnResult> {
    const { t } = turnServices(dc.context);
    const offered = WISHES.filter((wish) => options?.offer.includes(wish.id));
    return askChoice(dc, t('understand:maybe'), offered.map((wish) => ({ id: wish.id, label: t(wish.label) })), { columns: 1 });
  }

  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    if (isNavigationResult(result)) return dc.endDialog(result.navigation === 'person' ? { goto: 'person' } : undefined);
    const wish = WISHES.find((candidate) => candidate.id === (result as FoundChoice | undefined)?.value);
    const chosen: WishResult | undefined = wish ? { goto: wish.tree, answers: wish.answers } : undefined;
    return dc.endDialog(chosen);
  }
}
