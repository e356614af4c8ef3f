import { SOURCE_LANGUAGE } from '../../bot/i18n/languages';
import { turnServices } from '../engine/turnServices';
import { discreetMessage } from '../wellbeing/quickExit';
import { line1522Lines } from '../wellbeing/line1522Text';
import { SUPPORT_CHAT_DIALOG } from '../wellbeing/supportChatDialog';
import { CALLBACK_WINDOW_DIALOG } from '../wellbeing/callbackWindowDialog';
import { protectPath, SILENT_VAR } from '../wellbeing/pathDelivery';
import { runsDialog, type TreeAction } from './actionRegistry';

/** "wellbeing.contacts": 112, 1522 (its facts from the support settings) and the partners coordinators set, each with what happens when one calls. */
export const contactsAction: TreeAction = {
  name: 'wellbeing.contacts',
  async run(dc) {
    const { support, t, language } = turnServices(dc.context);
    const [partners, line1522] = await Promise.all([support.contacts(language ?? SOURCE_LANGUAGE), support.line1522()]);
    const lines = [
      t('wellbeing:contacts.intro'),
      '',
      t('wellbeing:contacts.emergency'),
      '',
      ...line1522Lines(t, line1522, language ?? SOURCE_LANGUAGE),
      ...partners.flatMap((partner) => ['', `📞 ${partner.name}: ${partner.phone}`, `🕐 ${partner.hours}`, ...(partner.address ? [`📍 ${partner.address}`] : [])]),
      ...(partners.length > 0 ? ['', t('wellbeing:contacts.partners')] : []),
      '',
      t('wellbeing:contacts.callHistory'),
    ];
    await dc.context.sendActivity(discreetMessage(t, lines.join('\n')));
    return { kind: 'outcome' };
  },
};

/** "wellbeing.requestCallback": the only thing the path stores, encrypted and tied to nobody; then forgotten here. */
export const requestCallbackAction: TreeAction = {
  name: 'wellbeing.requestCallback',
  async run(dc, vars) {
    const services = turnServices(dc.context);
    await services.support.requestCallback({ phone: String(vars.phone), date: String(vars.callbackDate), window: String(vars.window), language: services.language ?? SOURCE_LANGUAGE });
    delete vars.phone;
    delete vars.callbackDate;
    delete vars.window;
    return { kind: 'outcome' };
  },
};

/** "wellbeing.callbackWhen": the call-back windows that can still happen (CallbackWindowDialog). */
export const callbackWhenAction: TreeAction = runsDialog('wellbeing.callbackWhen', CALLBACK_WINDOW_DIALOG);

/** "wellbeing.silent": from now on the path's messages arrive without sound (kept in the path's state, sealed). */
export const silentAction: TreeAction = {
  name: 'wellbeing.silent',
  async run(dc, vars) {
    vars[SILENT_VAR] = true;
    protectPath(dc.context, true);
    return { kind: 'outcome' };
  },
};

/** "wellbeing.opened": the path's first node; today's anonymous count goes up by one, and nothing else is kept. */
export const openedAction: TreeAction = {
  name: 'wellbeing.opened',
  async run(dc) {
    await turnServices(dc.context).support.countOpening(dc.context.activity.channelId);
    return { kind: 'outcome' };
  },
};

/** "wellbeing.chat": a chat with a partner operator (SupportChatDialog); outcome "ended". */
export const chatAction: TreeAction = runsDialog('wellbeing.chat', SUPPORT_CHAT_DIALOG);
