import { Prompt, type PromptOptions, type PromptRecognizerResult, type PromptValidator } from 'botbuilder-dialogs';
import type { Activity, InputHints, TurnContext } from 'botbuilder';

/** A prompt whose answer is whatever `recognize` finds in the tenant's message (undefined: not recognised). */
export class RecognizerPrompt<T> extends Prompt<T> {
  constructor(
    dialogId: string,
    private readonly recognize: (activity: Activity) => T | undefined,
    validator?: PromptValidator<T>,
  ) {
    super(dialogId, validator);
  }

  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const prompt = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
    if (prompt) await context.sendActivity(prompt, undefined, 'expectingInput' as InputHints);
  }

  protected async onRecognize(context: TurnContext): Promise<PromptRecognizerResult<T>> {
    const value = this.recognize(context.activity);
    return value === undefined ? { succeeded: false } : { succeeded: true, value };
  }
}
