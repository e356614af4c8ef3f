import { ActionRegistry } from './actionRegistry';
import { chooseLanguageAction } from './chooseLanguageAction';
import { neighbourhoodKnownAction, setNeighbourhoodAction } from './neighbourhoodActions';
import { handoverAction, hasOpenRequestAction, rateAction } from './personActions';
import {
  byCategoryAction,
  emergencyAction,
  filesAction,
  maintenanceEntryAction,
  myReportsAction,
  placeAction,
  samePlaceAction,
} from './maintenanceActions';
import { findOpenAction, joinAction, submitAction, summaryAction } from './reportActions';
import { callbackWhenAction, chatAction, contactsAction, openedAction, requestCallbackAction, silentAction } from './wellbeingActions';
import { bookAction, giveConsentAction, hasConsentAction, myAppointmentsAction, phonesAction } from './healthActions';
import { bookCentreAction, myCentreAppointmentsAction, sendLetterAction } from './rentActions';

/** Every named action that dialog trees may call. */
export function createActionRegistry(): ActionRegistry {
  return new ActionRegistry([
    chooseLanguageAction,
    neighbourhoodKnownAction,
    setNeighbourhoodAction,
    hasOpenRequestAction,
    handoverAction,
    rateAction,
    maintenanceEntryAction,
    emergencyAction,
    placeAction,
    filesAction,
    byCategoryAction,
    samePlaceAction,
    myReportsAction,
    findOpenAction,
    joinAction,
    summaryAction,
    submitAction,
    hasConsentAction,
    giveConsentAction,
    phonesAction,
    bookAction,
    myAppointmentsAction,
    openedAction,
    contactsAction,
    requestCallbackAction,
    callbackWhenAction,
    silentAction,
    chatAction,
    sendLetterAction,
    bookCentreAction,
    myCentreAppointmentsAction,
  ]);
}
