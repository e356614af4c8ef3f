import { MessageFactory } from 'botbuilder';
import { formatDay } from '../../bot/i18n/format';
import { SOURCE_LANGUAGE } from '../../bot/i18n/languages';
import { turnServices } from '../engine/turnServices';
import { FORGOTTEN_DIALOG } from '../privacy/forgottenDialog';
import { summaryText } from '../privacy/privacyText';
import type { TreeAction } from './actionRegistry';

/** "privacy.summary": what the bot keeps about the tenant, and for how long. */
export const privacySummaryAction: TreeAction = {
  name: 'privacy.summary',
  async run(dc) {
    const { privacy, tenant, t } = turnServices(dc.context);
    await dc.context.sendActivity(MessageFactory.text(summaryText(t, await privacy.summary(tenant.id), privacy.retention)));
    return { kind: 'outcome' };
  },
};

/** "privacy.export": the tenant's data as files in the chat (built in the turn, sent by the outbox after its commit). */
export const privacyExportAction: TreeAction = {
  name: 'privacy.export',
  async run(dc) {
    const { privacy, tenant, t, language } = turnServices(dc.context);
    const files = await privacy.exportFiles(tenant.id, language ?? SOURCE_LANGUAGE, t);
    await dc.context.sendActivity(MessageFactory.text(`${t('privacy:export.sending')}\n${t('privacy:export.discreet', { wellbeing: t('menu:entry.wellbeing') })}`));
    for (const file of files) {
      await dc.context.sendActivity({ attachments: [{ contentType: file.contentType, contentUrl: `data:${file.contentType};base64,${file.data.toString('base64')}`, name: file.name }] });
    }
    return { kind: 'outcome' };
  },
};

/** "privacy.erase": erases the tenant (the tree asked twice), says what cannot be erased, and forgets the conversation. */
export const privacyEraseAction: TreeAction = {
  name: 'privacy.erase',
  async run(dc) {
    const services = turnServices(dc.context);
    await services.privacy.erase(services.tenant.id);
    services.forgetConversation();
    await dc.context.sendActivity(MessageFactory.text(services.t('privacy:erase.done')));
    return { kind: 'dialog', dialogId: FORGOTTEN_DIALOG };
  },
};

/** "privacy.withdrawHealth": the health consent withdrawn; coming appointments cancelled. */
export const privacyWithdrawHealthAction: TreeAction = {
  name: 'privacy.withdrawHealth',
  async run(dc) {
    const { privacy, tenant, t } = turnServices(dc.context);
    const cancelled = await privacy.withdrawHealthConsent(tenant.id);
    await dc.context.sendActivity(MessageFactory.text(t('privacy:health.done', { number: cancelled })));
    return { kind: 'outcome' };
  },
};

/** "privacy.proofCode": a code for a coordinator, for a tenant who asks in person or by letter. */
export const privacyProofCodeAction: TreeAction = {
  name: 'privacy.proofCode',
  async run(dc) {
    const { privacy, tenant, t, language } = turnServices(dc.context);
    const { code, until } = await privacy.proofCode(tenant.id);
    await dc.context.sendActivity(MessageFactory.text(t('privacy:code.show', { code, until: formatDay(until, language ?? SOURCE_LANGUAGE) })));
    return { kind: 'outcome' };
  },
};
