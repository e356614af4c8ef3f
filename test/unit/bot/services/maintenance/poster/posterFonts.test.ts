import fs from 'node:fs';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import {
  assertFontsFor,
  bengaliFontFile,
  fontFamilies,
  HANS_FAMILY,
  hansFontFile,
  NOTO_FAMILY,
  registerPosterFonts,
} from '../../../../../../bot/services/maintenance/poster/posterFonts';

registerPosterFonts();

/** The pixels of one character drawn alone in a family. */
function glyphPixels(char: string, family: string): Buffer {
  const canvas = createCanvas(120, 120);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, 120, 120);
  ctx.fillStyle = '#000';
  ctx.font = `400 64px "${family}"`;
  ctx.textBaseline = 'middle';
  ctx.fillText(char, 20, 60);
  return Buffer.from(ctx.getImageData(0, 0, 120, 120).data);
}

/** U+0378 is unassigned: no font has it, so it is drawn as the missing-glyph box. */
const tofu = (family: string): Buffer => glyphPixels('\u0378', family);

function missingGlyphs(text: string, family: string): string[] {
  const box = tofu(family);
  return [...new Set(Array.from(text.replace(/[\s\p{P}]/gu, '')))].filter((char) => glyphPixels(char, family).equals(box));
}

describe('poster fonts', () => {
  it('come from installed npm packages, not from the system', () => {
    for (const weight of [400, 700] as const) {
      expect(fs.statSync(hansFontFile(weight)).size).toBeGreaterThan(1_000_000);
      expect(fs.statSync(bengaliFontFile(weight)).size).toBeGreaterThan(50_000);
    }
    expect(GlobalFonts.has(HANS_FAMILY)).toBe(true);
    expect(GlobalFonts.has(NOTO_FAMILY)).toBe(true);
  });

  it('the missing-glyph check does see a missing glyph', () => {
    expect(missingGlyphs('\u0379\u0380', HANS_FAMILY)).toEqual(['\u0379', '\u0380']);
  });

  it.each([
    ['Chinese', '楼里有故障？请在这里报告。用手机相机扫描二维码，写下哪里坏了。', HANS_FAMILY],
    ['Bengali', 'ভবনে কোনো সমস্যা? এখানে জানান। ফোনের ক্যামেরা দিয়ে QR কোডটি স্ক্যান করুন।', NOTO_FAMILY],
    ['Italian and Romanian', 'Riceverai un messaggio quando sarà riparato. Semnalați-o în clădire, ș ț ă î â', NOTO_FAMILY],
  ])('draw every %s letter with a real glyph', (_name, text, family) => {
    expect(missingGlyphs(text, family)).toEqual([]);
  });

  it('put the language font first, so its digits and punctuation match', () => {
    expect(fontFamilies('zh')[0]).toBe(HANS_FAMILY);
    expect(fontFamilies('zh-Hans')[0]).toBe(HANS_FAMILY);
    expect(fontFamilies('bn')[0]).toBe(NOTO_FAMILY);
    expect(fontFamilies('it')[0]).toBe(NOTO_FAMILY);
    expect(fontFamilies('ar')[0]).toBe('DejaVu Sans');
  });

  it('refuse to print a language whose font is missing', () => {
    expect(() => assertFontsFor('zh', (family) => family !== HANS_FAMILY)).toThrow(/Poster Hans/);
    expect(() => assertFontsFor('ar', (family) => family !== 'DejaVu Sans')).toThrow(/DejaVu Sans/);
    expect(() => assertFontsFor('zh')).not.toThrow();
  });
});
