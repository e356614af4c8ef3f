import { MessageFactory } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import { isLanguage } from '../../bot/i18n/languages';
import { issueButtons } from './buttons';
import { CHOICE_PROMPT, createChoicePrompt } from './prompts';
import { turnServices } from './turnServices';

export const LANGUAGE_DIALOG = 'language';
const STEPS = 'language-steps';

export interface LanguageOptions {
  /** First contact: the tenant's language is unknown, so the question is asked in every language. */
  firstContact?: boolean;
}

/** The language picker: each language named in itself, two buttons a row. */
export class LanguageDialog extends ComponentDialog {
  constructor() {
    super(LANGUAGE_DIALOG);
    this.addDialog(createChoicePrompt());
    this.addDialog(new WaterfallDialog(STEPS, [(step) => this.ask(step), (step) => this.save(step)]));
    this.initialDialogId = STEPS;
  }

  private async ask(step: WaterfallStepContext) {
    const services = turnServices(step.context);
    const { firstContact } = (step.options ?? {}) as LanguageOptions;
    const offered = services.content.languages;
    const question = firstContact
      ? [...new Set(offered.map((language) => services.textsIn(language)('language:prompt')))].join('\n')
      : services.t('language:prompt');
    const choices = await issueButtons(
      step.context,
      offered.map((language) => ({ id: language, label: services.textsIn(language)('language:name') })),
    );
    const prompt = MessageFactory.text(`🌐 ${question}`);
    prompt.channelData = { columns: 2 };
    return step.prompt(CHOICE_PROMPT, { prompt, choices });
  }

  private async save(step: WaterfallStepContext) {
    const language = (step.result as FoundChoice).value;
    const services = turnServices(step.context);
    if (!isLanguage(language, services.content.languages)) return step.replaceDialog(STEPS, step.options);
    await services.setLanguage(language);
    await step.context.sendActivity(MessageFactory.text(services.t('language:changed')));
    return step.endDialog(language);
  }
}
