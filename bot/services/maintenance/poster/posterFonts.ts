import path from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

/**
 * Noto Sans Bengali from @expo-google-fonts/noto-sans-bengali. Besides Bengali it has
 * the whole Noto Sans Latin set (Latin-1, Latin Extended-A, Romanian ș ț), so it is
 * also the font of Italian, Spanish, English, French, Romanian and Tagalog.
 */
export const NOTO_FAMILY = 'Poster Noto';
/** Noto Sans Hans (GB2312 set) from @embedpdf/fonts-sc: Simplified Chinese. */
export const HANS_FAMILY = 'Poster Hans';
/**
 * Arabic and Ukrainian Cyrillic come from the system's DejaVu Sans (Debian package
 * fonts-dejavu-core): none of the two font packages covers them.
 */
export const DEJAVU_FAMILY = 'DejaVu Sans';

const BENGALI_PACKAGE = '@expo-google-fonts/noto-sans-bengali';
const BENGALI_STYLES = { 400: '400Regular', 700: '700Bold' } as const;
const HANS_STYLES = { 400: 'Regular', 700: 'Bold' } as const;

export type FontWeight = 400 | 700;

export function bengaliFontFile(weight: FontWeight): string {
  const style = BENGALI_STYLES[weight];
  return require.resolve(`${BENGALI_PACKAGE}/${style}/NotoSansBengali_${style}.ttf`);
}

export function hansFontFile(weight: FontWeight): string {
  // The package exports only its JS entry point, so the font folder is found next to it.
  const entry = require.resolve('@embedpdf/fonts-sc');
  return path.join(path.dirname(entry), '..', 'fonts', `NotoSansHans-${HANS_STYLES[weight]}.otf`);
}

let registered = false;

export function registerPosterFonts(): void {
  if (registered) return;
  for (const weight of [400, 700] as const) {
    GlobalFonts.registerFromPath(bengaliFontFile(weight), NOTO_FAMILY);
    GlobalFonts.registerFromPath(hansFontFile(weight), HANS_FAMILY);
  }
  registered = true;
}

/** The primary subtag, so that "zh-Hans" or "ar_EG" find their fonts too. */
function baseLanguage(language: string): string {
  return (language.split(/[-_]/)[0] ?? '').toLowerCase();
}

/**
 * Families in the order Skia tries them for each character. The language's own font
 * comes first, so shared characters (digits, "?") match the rest of the line.
 */
export function fontFamilies(language: string): string[] {
  switch (baseLanguage(language)) {
    case 'zh':
      return [HANS_FAMILY, NOTO_FAMILY, DEJAVU_FAMILY];
    case 'ar':
    case 'uk':
      return [DEJAVU_FAMILY, NOTO_FAMILY, HANS_FAMILY];
    default:
      return [NOTO_FAMILY, HANS_FAMILY, DEJAVU_FAMILY];
  }
}

/** A CSS font shorthand for the canvas. */
export function fontFor(language: string, weight: FontWeight, sizePx: number): string {
  const families = fontFamilies(language)
    .map((family) => `"${family}"`)
    .join(', ');
  return `${weight} ${sizePx}px ${families}`;
}

/** Refuses to print a poster whose language would come out as empty boxes. */
export function assertFontsFor(language: string, isRegistered = (family: string) => GlobalFonts.has(family)): void {
  registerPosterFonts();
  const primary = fontFamilies(language)[0] ?? NOTO_FAMILY;
  if (!isRegistered(primary)) {
    throw new Error(`poster: font "${primary}" for language "${language}" is not installed`);
  }
}
