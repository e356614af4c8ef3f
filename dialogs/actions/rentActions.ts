import { MessageFactory } from 'botbuilder';
import { SOURCE_LANGUAGE } from '../../bot/i18n/languages';
import type { IncomingContent } from '../engine/incomingContent';
import { turnServices } from '../engine/turnServices';
import { CENTRE_BOOKING } from '../health/bookingKinds';
import { parseTypedDate, todayInMilan } from '../../bot/i18n/typedDate';
import { HANDOVER_DIALOG, type HandoverOptions } from '../person/handoverDialog';
import { isUrgentDate, letterWithDate } from '../rent/letterRules';
import { runsDialog, type TreeAction } from './actionRegistry';

/**
 * "rent.sendLetter": the letter (vars.letter) goes to the neighbourhood's managers as a request with topic
 * "rent", with the date the tenant read in it (vars.dated, vars.letterDate); a date within 30 days marks it
 * urgent. Outcome "dateNotUnderstood" asks the date again.
 */
export const sendLetterAction: TreeAction = {
  name: 'rent.sendLetter',
  async run(dc, vars) {
    const services = turnServices(dc.context);
    const today = todayInMilan();
    const day = vars.dated === 'yes' ? parseTypedDate(String(vars.letterDate ?? ''), services.language ?? SOURCE_LANGUAGE, today) : undefined;
    if (vars.dated === 'yes' && !day) {
      await dc.context.sendActivity(MessageFactory.text(services.t('rent:letter.dateNotUnderstood')));
      return { kind: 'outcome', outcome: 'dateNotUnderstood' };
    }
    const options: HandoverOptions = { topic: 'rent', first: letterWithDate(vars.letter as IncomingContent, day), urgent: day !== undefined && isUrgentDate(day, today) };
    return { kind: 'dialog', dialogId: HANDOVER_DIALOG, options };
  },
};

/** "rent.book": an appointment with a community manager at a C.A.S.A. centre desk (no health consent: no health data). */
export const bookCentreAction: TreeAction = runsDialog('rent.book', CENTRE_BOOKING.bookingDialog);

/** "rent.mine": the tenant's coming appointments at the centre, to move or cancel. */
export const myCentreAppointmentsAction: TreeAction = runsDialog('rent.mine', CENTRE_BOOKING.appointmentsDialog);
