import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { layoutPoster, PAGE_HEIGHT, PAGE_WIDTH, type DrawOp, type FontMeasure } from './posterLayout';
import { assertFontsFor } from './posterFonts';
import type { PosterInput } from './posterTypes';
import { qrMatrix, type QrMatrix } from './qrCode';

export const POSTER_DPI = 150;

function setTextStyle(ctx: SKRSContext2D, font: string, rtl: boolean): void {
  ctx.font = font;
  ctx.direction = rtl ? 'rtl' : 'ltr';
}

function drawOp(ctx: SKRSContext2D, op: DrawOp, qr: QrMatrix): void {
  if (op.kind === 'text') {
    setTextStyle(ctx, op.font, op.rtl);
    ctx.textAlign = op.align;
    ctx.fillText(op.text, op.x, op.y);
    return;
  }
  for (let row = 0; row < qr.size; row++) {
    for (let col = 0; col < qr.size; col++) {
      if (qr.isDark(row, col)) ctx.fillRect(op.x + col * op.modulePx, op.y + row * op.modulePx, op.modulePx, op.modulePx);
    }
  }
}

/** The poster as an A4 portrait PNG, 1240×1754 px at 150 dpi, black on white. */
export async function posterPng(input: PosterInput): Promise<Buffer> {
  for (const text of input.texts) assertFontsFor(text.language);
  const qr = qrMatrix(input.deepLink);
  const canvas = createCanvas(PAGE_WIDTH, PAGE_HEIGHT);
  const ctx = canvas.getContext('2d');
  const measure: FontMeasure = (text, font, rtl) => {
    setTextStyle(ctx, font, rtl);
    return ctx.measureText(text).width;
  };
  const ops = layoutPoster(input, qr.size, measure);

  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, PAGE_WIDTH, PAGE_HEIGHT);
  ctx.fillStyle = '#000000';
  ctx.textBaseline = 'middle';
  for (const op of ops) drawOp(ctx, op, qr);
  return canvas.encode('png', { resolution: POSTER_DPI, title: input.heading });
}
