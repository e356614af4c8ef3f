import { ActionRegistry } from './actionRegistry';
import { chooseLanguageAction } from './chooseLanguageAction';
import { neighbourhoodKnownAction, setNeighbourhoodAction } from './neighbourhoodActions';
import { handoverAction, hasOpenRequestAction, rateAction } from './personActions';
import {
  byCategoryAction,
  byPlaceAction,
  emergencyAction,
  exampleAction,
  filesAction,
  maintenanceEntryAction,
  myReportsAction,
  placeAction,
  samePlaceAction,
} from './maintenanceActions';
import { findOpenAction, joinAction, submitAction, summaryAction } from './reportActions';
import { callbackWhenAction, chatAction, contactsAction, openedAction, requestCallbackAction, silentAction } from './wellbeingActions';
import { privacyEraseAction, privacyExportAction, privacyProofCodeAction, privacySummaryAction, privacyWithdrawHealthAction } from './privacyActions';
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
    byPlaceAction,
    exampleAction,
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
    privacySummaryAction,
    privacyExportAction,
    privacyEraseAction,
    privacyWithdrawHealthAction,
    privacyProofCodeAction,
    sendLetterAction,
    bookCentreAction,
    myCentreAppointmentsAction,
  ]);
}
