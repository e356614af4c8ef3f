// Lists the pages share: the bot's languages (fetched once) and the neighbourhoods (cached in state).
import { api } from './api.js';
import { state } from './state.js';

export const LANGUAGE_FALLBACK = [
  { code: 'it', name: 'Italiano', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'es', name: 'Español', dir: 'ltr' },
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'zh', name: '中文', dir: 'ltr' },
  { code: 'ro', name: 'Română', dir: 'ltr' },
  { code: 'uk', name: 'Українська', dir: 'ltr' },
  { code: 'tl', name: 'Tagalog', dir: 'ltr' },
  { code: 'bn', name: 'বাংলা', dir: 'ltr' },
];

let languages = null;

export async function getLanguages() {
  if (!languages) {
    try {
      languages = await api('GET', '/languages');
    } catch {
      languages = LANGUAGE_FALLBACK;
    }
  }
  return languages;
}

export async function getNeighbourhoods(force = false) {
  if (!state.neighbourhoods || force) state.neighbourhoods = await api('GET', '/neighbourhoods');
  return state.neighbourhoods;
}
