import { SOURCE_LANGUAGE } from '../../bot/i18n/languages';
import { turnServices } from '../engine/turnServices';
import { discreetMessage } from '../wellbeing/quickExit';
import { SUPPORT_CHAT_DIALOG } from '../wellbeing/supportChatDialog';
import type { TreeAction } from './actionRegistry';

/** "wellbeing.contacts": 112, 1522 and the partners coordinators set, each with what happens when one calls. */
export const contactsAction: TreeAction = {
  name: 'wellbeing.contacts',
  async run(dc) {
    const { support, t } = turnServices(dc.context);
    const partners = await support.contacts();
    const lines = [
      t('wellbeing:contacts.emergency'),
      '',
      t('wellbeing:contacts.line1522'),
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
    await services.support.requestCallback({ phone: String(vars.phone), window: String(vars.window), language: services.language ?? SOURCE_LANGUAGE });
    delete vars.phone;
    delete vars.window;
    return { kind: 'outcome' };
  },
};

/** "wellbeing.opened": the path's first node; today's anonymous count goes up by one, and nothing else is kept. */
export const openedAction: TreeAction = {
  name: 'wellbeing.opened',
  async run(dc) {
    await turnServices(dc.context).support.countOpening();
    return { kind: 'outcome' };
  },
};

/** "wellbeing.chat": a chat with a partner operator (SupportChatDialog); outcome "ended". */
export const chatAction: TreeAction = {
  name: 'wellbeing.chat',
  async run() {
    return { kind: 'dialog', dialogId: SUPPORT_CHAT_DIALOG };
  },
};
