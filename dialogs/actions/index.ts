import { ActionRegistry } from './actionRegistry';
import { chooseLanguageAction } from './chooseLanguageAction';

/** Every named action that dialog trees may call. */
export function createActionRegistry(): ActionRegistry {
  return new ActionRegistry([chooseLanguageAction]);
}
