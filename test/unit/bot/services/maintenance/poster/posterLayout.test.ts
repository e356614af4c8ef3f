import { createCanvas } from '@napi-rs/canvas';
import {
  CONTENT_WIDTH,
  layoutPoster,
  MARGIN,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  QR_MIN_SYMBOL,
  type DrawOp,
  type FontMeasure,
  type QrOp,
  type TextOp,
} from '../../../../../../bot/services/maintenance/poster/posterLayout';
import { registerPosterFonts } from '../../../../../../bot/services/maintenance/poster/posterFonts';
import { QUIET_ZONE_MODULES } from '../../../../../../bot/services/maintenance/poster/qrCode';
import type { PosterInput, PosterText } from '../../../../../../bot/services/maintenance/poster';

registerPosterFonts();
const ctx = createCanvas(10, 10).getContext('2d');
const measure: FontMeasure = (text, font, rtl) => {
  ctx.font = font;
  ctx.direction = rtl ? 'rtl' : 'ltr';
  return ctx.measureText(text).width;
};
const QR_MODULES = 33;

const italian: PosterText = {
  language: 'it',
  rtl: false,
  title: 'Un guasto nel palazzo? Segnalalo qui',
  lines: ['Inquadra il codice QR con la fotocamera del telefono.', 'Scrivi cosa non funziona e, se puoi, manda una foto.'],
};
const longArabic: PosterText = {
  language: 'ar',
  rtl: true,
  title: 'عطل في المبنى؟ أبلغ عنه هنا، حتى لو كان العطل في الأجزاء المشتركة مثل المصعد أو الدرج',
  lines: [
    'وجّه كاميرا الهاتف نحو رمز QR وانتظر حتى يظهر الرابط ثم اضغط عليه لفتح تيليجرام.',
    'اكتب ما لا يعمل بالتفصيل، وأرسل صورة إن أمكن، وأخبرنا في أي طابق يقع العطل بالضبط.',
    'ستصلك رسالة عند إصلاح العطل، ويمكنك أن تسأل عن حالة البلاغ في أي وقت من خلال البوت.',
    'إذا لم يكن لديك هاتف ذكي، اطلب المساعدة من جارك أو اتصل بمكتب الحي في ساعات العمل.',
  ],
};

function input(texts: PosterText[]): PosterInput {
  return { deepLink: 'https://t.me/CasaAlerBot?start=b_SS-0012_B', heading: 'Via Preneste 5 · Scala B', code: 'SS-0012 B', texts };
}

const textOps = (ops: DrawOp[]): TextOp[] => ops.filter((op): op is TextOp => op.kind === 'text');
const qrOp = (ops: DrawOp[]): QrOp => ops.find((op): op is QrOp => op.kind === 'qr')!;

function lineFontSize(op: TextOp): number {
  return Number(/(\d+)px/.exec(op.font)?.[1]);
}

/** Where the glyphs of a line really fall on the page, marks and descenders included. */
function inkBox(op: TextOp): { left: number; right: number; top: number; bottom: number } {
  ctx.font = op.font;
  ctx.direction = op.rtl ? 'rtl' : 'ltr';
  ctx.textAlign = op.align;
  ctx.textBaseline = 'middle';
  const m = ctx.measureText(op.text);
  return { left: op.x - m.actualBoundingBoxLeft, right: op.x + m.actualBoundingBoxRight, top: op.y - m.actualBoundingBoxAscent, bottom: op.y + m.actualBoundingBoxDescent };
}

describe('poster layout', () => {
  it.each([
    ['Italian', [italian]],
    ['Italian and long Arabic', [italian, longArabic]],
  ])('keeps every line of %s inside the margins', (_name, texts) => {
    const ops = layoutPoster(input(texts), QR_MODULES, measure);
    for (const op of textOps(ops)) {
      expect(op.width).toBeLessThanOrEqual(CONTENT_WIDTH);
      const ink = inkBox(op);
      expect(ink.left).toBeGreaterThanOrEqual(MARGIN - 4); // a glyph's side bearing may be negative
      expect(ink.right).toBeLessThanOrEqual(PAGE_WIDTH - MARGIN + 4);
      expect(ink.top).toBeGreaterThanOrEqual(MARGIN);
      expect(ink.bottom).toBeLessThanOrEqual(PAGE_HEIGHT - MARGIN);
    }
  });

  it('right-aligns Arabic and left-aligns Italian', () => {
    const ops = textOps(layoutPoster(input([italian, longArabic]), QR_MODULES, measure));
    const arabic = ops.filter((op) => op.rtl);
    expect(arabic.length).toBeGreaterThan(5); // the long title and lines wrapped
    for (const op of arabic) expect([op.align, op.x]).toEqual(['right', PAGE_WIDTH - MARGIN]);
    for (const op of ops.filter((o) => o.font.includes('Poster Noto') && !o.rtl && o.align !== 'center')) {
      expect([op.align, op.x]).toEqual(['left', MARGIN]);
    }
  });

  it('gives the QR code at least 40% of the page width and keeps text out of its quiet zone', () => {
    const ops = layoutPoster(input([italian, longArabic]), QR_MODULES, measure);
    const qr = qrOp(ops);
    expect(QR_MODULES * qr.modulePx).toBeGreaterThanOrEqual(PAGE_WIDTH * 0.4);
    expect(QR_MIN_SYMBOL).toBeGreaterThanOrEqual(PAGE_WIDTH * 0.4);
    const quiet = QUIET_ZONE_MODULES * qr.modulePx;
    const top = qr.y - quiet;
    const bottom = qr.y + QR_MODULES * qr.modulePx + quiet;
    for (const op of textOps(ops)) {
      const ink = inkBox(op);
      expect(ink.bottom <= top || ink.top >= bottom).toBe(true);
    }
  });

  it('uses big type: titles of at least 36 px (18 pt) even when shrunk', () => {
    const ops = textOps(layoutPoster(input([italian, longArabic]), QR_MODULES, measure));
    const titles = ops.filter((op) => op.font.startsWith('700'));
    for (const op of titles) expect(lineFontSize(op)).toBeGreaterThanOrEqual(36);
  });

  it('refuses text that cannot fit instead of overflowing', () => {
    const essay = { ...italian, lines: Array.from({ length: 4 }, () => 'Una frase lunghissima che non finisce mai. '.repeat(12)) };
    expect(() => layoutPoster(input([essay, longArabic]), QR_MODULES, measure)).toThrow(RangeError);
  });

  it('wants Italian first and at most two languages', () => {
    expect(() => layoutPoster(input([longArabic]), QR_MODULES, measure)).toThrow(/Italian/);
    expect(() => layoutPoster(input([italian, longArabic, longArabic]), QR_MODULES, measure)).toThrow(/1 or 2/);
    expect(() => layoutPoster(input([]), QR_MODULES, measure)).toThrow(/1 or 2/);
  });
});
