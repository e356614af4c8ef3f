import { Prompt, type PromptOptions, type PromptRecognizerResult, type PromptValidator } from 'botbuilder-dialogs';
import type { InputHints, TurnContext } from 'botbuilder';
import { GEO_ENTITY, type GeoEntity } from '../../bot/turn/activityContract';

/** Asks for a shared location (Telegram's 📎 → Location); anything else is not recognised. */
export class LocationPrompt extends Prompt<GeoEntity> {
  constructor(dialogId: string, validator?: PromptValidator<GeoEntity>) {
    super(dialogId, validator);
  }

  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const prompt = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
    if (prompt) await context.sendActivity(prompt, undefined, 'expectingInput' as InputHints);
  }

  protected async onRecognize(context: TurnContext): Promise<PromptRecognizerResult<GeoEntity>> {
    const geo = (context.activity.entities ?? []).find((entity) => entity.type === GEO_ENTITY) as GeoEntity | undefined;
    return geo ? { succeeded: true, value: { type: GEO_ENTITY, latitude: geo.latitude, longitude: geo.longitude } } : { succeeded: false };
  }
}
