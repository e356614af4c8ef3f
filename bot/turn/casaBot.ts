import { ActivityTypes, type Activity, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogContext, type DialogState } from 'botbuilder-dialogs';
import { DISCREET_TREE, PRIVACY_TREE, RootDialog, ROOT_DIALOG, type RootOptions } from '../../dialogs/engine/rootDialog';
import { parseCommand } from '../../dialogs/engine/incoming';
import { setTurnServices, type ButtonsState, type TurnServices } from '../../dialogs/engine/turnServices';
import { answerDeskEventOutsideChat } from '../../dialogs/person/deskEventOutsideChat';
import type { HandoverDesk } from '../../dialogs/person/handoverDesk';
import { REPORT_EVENT, type MaintenanceDesk } from '../../dialogs/maintenance/reportDesk';
import { answerReportTurn } from '../../dialogs/maintenance/reportNotices';
import { HEALTH_EVENT, type BookingDesk, type HealthDesk } from '../../dialogs/health/healthDesk';
import { answerHealthTurn } from '../../dialogs/health/healthNotices';
import type { PrivacyDesk } from '../../dialogs/privacy/privacyDesk';
import { DISCREET_EVENT, SUPPORT_CHAT_EVENT, type SupportDesk } from '../../dialogs/wellbeing/discreetPath';
import { answerSupportChatEvent, isSupportChatEvent } from '../../dialogs/wellbeing/supportChatEvent';
import type { DiscreetTrail } from './discreetTrail';
import { expireDiscreetPath, isQuickExit, quickExit } from '../../dialogs/wellbeing/quickExit';
import { TREE_PREFIX, treeDialogId } from '../../dialogs/engine/treeDialog';
import type { ActionRegistry } from '../../dialogs/actions/actionRegistry';
import type { ContentView } from '../content/runningContent';
import { isLanguage, matchLanguage, SOURCE_LANGUAGE, type Language } from '../i18n/languages';
import type { TenantService } from '../services/tenantService';
import type { TranscriptService } from '../services/transcriptService';
import type { EtagBotState } from '../state/etagBotState';
import type { IncomingChannelData } from './activityContract';
import { DESK_EVENT } from './conversationGateway';
import { TranscriptRecorder } from './transcriptRecorder';
import { sourceTextOf } from '../i18n/sourceText';

export interface CasaBotDeps {
  conversationState: EtagBotState;
  tenants: TenantService;
  transcripts: TranscriptService;
  desk: HandoverDesk;
  reports: MaintenanceDesk;
  health: HealthDesk;
  /** Appointments at the C.A.S.A. centre desks. */
  centre: BookingDesk;
  support: SupportDesk;
  privacy: PrivacyDesk;
  discreetTrail: DiscreetTrail;
  /** The content a turn runs on: the published version, or the draft for the sandbox's preview. */
  contentFor(activity: Partial<Activity>): Promise<ContentView>;
  /** The trees known at start (a tree a later version adds gets its dialog when first run). */
  treeIds: string[];
  actions: ActionRegistry;
}

/**
 * One turn: find the tenant and their language, run the dialogs, save the state. Channel-independent: the
 * Telegram and sandbox adapters both call run(), for the tenant's messages and for desk events.
 */
export class CasaBot {
  private readonly dialogs: DialogSet;
  /** The message whose keyboard the last press answered. */
  private readonly answeredKeyboard: StatePropertyAccessor<string>;

  constructor(private readonly deps: CasaBotDeps) {
    const dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
    this.dialogs = new DialogSet(dialogState);
    this.dialogs.add(new RootDialog(deps.treeIds, deps.actions));
    this.answeredKeyboard = deps.conversationState.createProperty<string>('answeredKeyboard');
  }

  /** The flow a chat is in (the outermost tree running), never a discreet one: what a failed turn is filed under. */
  async flowOf(context: TurnContext): Promise<string | undefined> {
    const dc = await this.dialogs.createContext(context);
    for (let inner: DialogContext | undefined = dc; inner; inner = inner.child) {
      const tree = inner.stack.find((entry) => entry.id.startsWith(TREE_PREFIX));
      if (tree) {
        const id = tree.id.slice(TREE_PREFIX.length);
        return id === DISCREET_TREE || (await this.deps.contentFor(context.activity)).tree(id)?.discreet ? undefined : id;
      }
    }
    return undefined;
  }

  /** A second press on a keyboard the bot already answered (a double tap): acknowledged by the channel, and ignored. */
  private async isDoubleTap(context: TurnContext): Promise<boolean> {
    const pressed = (context.activity.channelData as Partial<IncomingChannelData> | undefined)?.pressedMessageRef;
    if (!pressed) return false;
    if ((await this.answeredKeyboard.get(context)) === pressed) return true;
    await this.answeredKeyboard.set(context, pressed);
    return false;
  }

  readonly run = async (context: TurnContext): Promise<void> => {
    const { type, name } = context.activity;
    const isDeskEvent = type === ActivityTypes.Event && name === DESK_EVENT;
    const isOwnEvent = type === ActivityTypes.Event && (name === REPORT_EVENT || name === HEALTH_EVENT || name === DISCREET_EVENT || name === SUPPORT_CHAT_EVENT);
    if (type !== ActivityTypes.Message && !isDeskEvent && !isOwnEvent) return;
    if (await this.isDoubleTap(context)) return;
    const recorder = new TranscriptRecorder(context);
    let forgotten = false;
    const services = await this.servicesFor(context, recorder, () => (forgotten = true));
    setTurnServices(context, services);
    // Report news, reminders and the answers to their buttons are handled whatever the tenant is doing, without moving their dialog.
    if (isQuickExit(context.activity) || !((await answerReportTurn(context)) || (await answerHealthTurn(context)))) await this.runDialogs(context, isDeskEvent);
    if (forgotten) await this.deps.conversationState.delete(context);
    else await this.deps.conversationState.saveChanges(context);
    await recorder.save((lines) => this.deps.transcripts.record(services.tenant.id, lines));
  };

  private async runDialogs(context: TurnContext, isDeskEvent: boolean): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    if (isQuickExit(context.activity)) return quickExit(dc);
    if (context.activity.type === ActivityTypes.Event && context.activity.name === DISCREET_EVENT) {
      return expireDiscreetPath(dc, treeDialogId(DISCREET_TREE));
    }
    if (isSupportChatEvent(context.activity)) return answerSupportChatEvent(dc);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) {
      if (isDeskEvent) await answerDeskEventOutsideChat(context);
      else await dc.beginDialog(ROOT_DIALOG, await this.startOptions(context));
    }
  }

  private async startOptions(context: TurnContext): Promise<RootOptions> {
    const command = parseCommand(context.activity.text);
    // A code word as the very first message opens the discreet path, without a greeting.
    if (!command && context.activity.text && context.activity.value === undefined && (await this.deps.support.isCodeWord(context.activity.text))) return { tree: DISCREET_TREE };
    if (command?.name === PRIVACY_TREE) return { tree: PRIVACY_TREE };
    return { welcome: true, startPayload: command?.name === 'start' ? command.payload || undefined : undefined };
  }

  private async servicesFor(context: TurnContext, recorder: TranscriptRecorder, forgetConversation: () => void): Promise<TurnServices> {
    const { tenants, conversationState, desk, reports, health, centre, support, privacy, discreetTrail } = this.deps;
    const { channelId, from } = context.activity;
    const content = await this.deps.contentFor(context.activity);
    const { i18n } = content;
    const tenant = await tenants.getOrCreate({ channel: channelId, channelUserId: from.id, name: from.name });
    // A language no longer offered (removed from the content) is asked again.
    let language = isLanguage(tenant.language, content.languages) ? tenant.language : undefined;
    if (!language) {
      language = matchLanguage(context.activity.locale, content.languages);
      if (language) await tenants.setLanguage(tenant.id, language);
    }
    const services: TurnServices = {
      content,
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
      tenant: { id: tenant.id, neighbourhoodId: tenant.neighbourhoodId },
      setNeighbourhood: async (neighbourhoodId: string) => {
        await tenants.setNeighbourhood(tenant.id, neighbourhoodId);
        services.tenant.neighbourhoodId = neighbourhoodId;
      },
      desk,
      reports,
      health,
      centre,
      support,
      discreet: {
        follow: (idleMinutes?: number) => discreetTrail.follow(context, idleMinutes),
        erase: () => discreetTrail.erase(context),
        expire: () => discreetTrail.expire(context),
      },
      privacy,
      keepOutOfTranscript: () => recorder.skip(),
      forgetConversation: () => {
        recorder.skip();
        forgetConversation();
      },
    };
    const labelLanguage = language ?? SOURCE_LANGUAGE;
    recorder.translateLabels((label) => sourceTextOf(i18n, labelLanguage, label));
    // Prompts recognise numbers and dates in the activity's locale.
    if (language) context.activity.locale = language;
    return services;
  }
}
