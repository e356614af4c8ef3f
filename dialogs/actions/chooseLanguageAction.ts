import { LANGUAGE_DIALOG } from '../engine/languageDialog';
import type { TreeAction } from './actionRegistry';

/** "language.choose": shows the language picker, then the tree goes on in the new language. */
export const chooseLanguageAction: TreeAction = {
  name: 'language.choose',
  async run() {
    return { kind: 'dialog', dialogId: LANGUAGE_DIALOG };
  },
};
