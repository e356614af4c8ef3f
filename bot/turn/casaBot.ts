import { ActivityTypes, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import type { i18n as I18n } from 'i18next';
import { RootDialog, ROOT_DIALOG, type RootOptions } from '../../dialogs/engine/rootDialog';
import { parseCommand } from '../../dialogs/engine/incoming';
import { setTurnServices, type ButtonsState, type TurnServices } from '../../dialogs/engine/turnServices';
import type { ActionRegistry } from '../../dialogs/actions/actionRegistry';
import type { Tree } from '../../dialogs/schema';
import { matchLanguage, SOURCE_LANGUAGE, type Language } from '../i18n/languages';
import type { TenantService } from '../services/tenantService';
import type { EtagBotState } from '../state/etagBotState';

export interface CasaBotDeps {
  conversationState: EtagBotState;
  tenants: TenantService;
  i18n: I18n;
  trees: Tree[];
  actions: ActionRegistry;
}

/**
 * One turn: find the tenant and their language, run the dialogs, save the state. Channel-independent: the
 * Telegram and sandbox adapters both call run().
 */
export class CasaBot {
  private readonly dialogs: DialogSet;

  constructor(private readonly deps: CasaBotDeps) {
    const dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
    this.dialogs = new DialogSet(dialogState);
    this.dialogs.add(new RootDialog(deps.trees, deps.actions));
  }

  readonly run = async (context: TurnContext): Promise<void> => {
    if (context.activity.type !== ActivityTypes.Message) return;
    setTurnServices(context, await this.servicesFor(context));
    const dc = await this.dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) {
      const command = parseCommand(context.activity.text);
      const options: RootOptions = { welcome: true, startPayload: command?.name === 'start' ? command.payload || undefined : undefined };
      await dc.beginDialog(ROOT_DIALOG, options);
    }
    await this.deps.conversationState.saveChanges(context);
  };

  private async servicesFor(context: TurnContext): Promise<TurnServices> {
    const { tenants, i18n, conversationState } = this.deps;
    const { channelId, from } = context.activity;
    const tenant = await tenants.getOrCreate({ channel: channelId, channelUserId: from.id });
    let language = tenant.language;
    if (!language) {
      language = matchLanguage(context.activity.locale);
      if (language) await tenants.setLanguage(tenant.id, language);
    }
    const services: TurnServices = {
      language,
      t: i18n.getFixedT(language ?? SOURCE_LANGUAGE),
      textsIn: (other: Language) => i18n.getFixedT(other),
      setLanguage: async (chosen: Language) => {
        await tenants.setLanguage(tenant.id, chosen);
        services.language = chosen;
        services.t = i18n.getFixedT(chosen);
        context.activity.locale = chosen;
      },
      buttons: conversationState.createProperty<ButtonsState>('buttons'),
    };
    // Prompts recognise numbers and dates in the activity's locale.
    if (language) context.activity.locale = language;
    return services;
  }
}
