import { SOURCE_LANGUAGE } from '../../bot/i18n/languages';
import { MessageFactory } from 'botbuilder';
import { APPOINTMENTS_DIALOG } from '../health/appointmentsDialog';
import { BOOKING_DIALOG } from '../health/bookingDialog';
import { turnServices } from '../engine/turnServices';
import { runsDialog, type TreeAction } from './actionRegistry';

/** "health.hasConsent": outcome "given" when the tenant agreed to the health data notice. */
export const hasConsentAction: TreeAction = {
  name: 'health.hasConsent',
  async run(dc) {
    const { health, tenant } = turnServices(dc.context);
    return { kind: 'outcome', outcome: (await health.hasConsent(tenant.id)) ? 'given' : 'missing' };
  },
};

/** "health.giveConsent": records the tenant's consent (when and that it was given; nothing else). */
export const giveConsentAction: TreeAction = {
  name: 'health.giveConsent',
  async run(dc) {
    const { health, tenant } = turnServices(dc.context);
    await health.giveConsent(tenant.id);
    return { kind: 'outcome' };
  },
};

/** "health.phones": without consent, the health points' phone numbers instead. */
export const phonesAction: TreeAction = {
  name: 'health.phones',
  async run(dc) {
    const { health, t, language } = turnServices(dc.context);
    const points = await health.points(language ?? SOURCE_LANGUAGE);
    const lines = [t('health:consent.refused'), ...points.map((point) => `📞 ${point.name}: ${point.phone}`)];
    await dc.context.sendActivity(MessageFactory.text(lines.join('\n')));
    return { kind: 'outcome' };
  },
};

/** "health.book": the booking (BookingDialog); outcome "booked". */
export const bookAction: TreeAction = runsDialog('health.book', BOOKING_DIALOG);

/** "health.mine": the tenant's coming appointments, to cancel or move. */
export const myAppointmentsAction: TreeAction = runsDialog('health.mine', APPOINTMENTS_DIALOG);
