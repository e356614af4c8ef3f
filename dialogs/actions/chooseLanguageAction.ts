import { LANGUAGE_DIALOG } from '../engine/languageDialog';
import { runsDialog, type TreeAction } from './actionRegistry';

/** "language.choose": shows the language picker, then the tree goes on in the new language. */
export const chooseLanguageAction: TreeAction = runsDialog('language.choose', LANGUAGE_DIALOG);
