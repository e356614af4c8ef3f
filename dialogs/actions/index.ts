import { ActionRegistry } from './actionRegistry';
import { chooseLanguageAction } from './chooseLanguageAction';
import { neighbourhoodKnownAction, setNeighbourhoodAction } from './neighbourhoodActions';
import { handoverAction, hasOpenRequestAction, rateAction } from './personActions';

/** Every named action that dialog trees may call. */
export function createActionRegistry(): ActionRegistry {
  return new ActionRegistry([
    chooseLanguageAction,
    neighbourhoodKnownAction,
    setNeighbourhoodAction,
    hasOpenRequestAction,
    handoverAction,
    rateAction,
  ]);
}
