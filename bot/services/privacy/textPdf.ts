import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import PDFDocument from 'pdfkit';
import { assertFontsFor, fontFor } from '../maintenance/poster/posterFonts';
import { A4_POINTS } from '../maintenance/poster/posterPdf';
import { wrapText } from '../maintenance/poster/textWrap';

/** A paragraph of a text document: a heading or body text. */
export interface TextBlock {
  text: string;
  heading?: boolean;
}

/** A4 at 100 dpi: sharp enough to read and print, small enough to send. */
const WIDTH = 827;
const HEIGHT = 1169;
const MARGIN = 70;
const SIZES = { heading: 26, body: 18 } as const;
const LEADING = 1.45;

interface Line {
  text: string;
  heading: boolean;
  /** Space left above the line. */
  gap: number;
}

/**
 * A text document as a PDF whose pages are drawn by Skia, like the posters: Arabic is shaped and runs right to
 * left, Chinese and Bengali have their fonts, whatever the PDF reader knows.
 */
export async function textPdf(blocks: TextBlock[], language: string, rtl: boolean, title: string): Promise<Buffer> {
  assertFontsFor(language);
  const canvas = createCanvas(WIDTH, HEIGHT);
  const ctx = canvas.getContext('2d');
  const fontOf = (heading: boolean) => fontFor(language, heading ? 700 : 400, heading ? SIZES.heading : SIZES.body);
  const lines = layout(blocks, language, rtl, ctx, fontOf);
  const pages = paginate(lines);
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { Title: title } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const page of pages) {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, WIDTH, HEIGHT);
    ctx.fillStyle = '#000000';
    ctx.textBaseline = 'top';
    ctx.direction = rtl ? 'rtl' : 'ltr';
    ctx.textAlign = rtl ? 'right' : 'left';
    let y = MARGIN;
    for (const line of page) {
      y += line.gap;
      ctx.font = fontOf(line.heading);
      ctx.fillText(line.text, rtl ? WIDTH - MARGIN : MARGIN, y);
      y += lineHeight(line);
    }
    doc.addPage({ size: 'A4', margin: 0 });
    doc.image(await canvas.encode('png'), 0, 0, { width: A4_POINTS.width, height: A4_POINTS.height });
  }
  doc.end();
  return done;
}

function lineHeight(line: Line): number {
  return (line.heading ? SIZES.heading : SIZES.body) * LEADING;
}

function layout(blocks: TextBlock[], language: string, rtl: boolean, ctx: SKRSContext2D, fontOf: (heading: boolean) => string): Line[] {
  const lines: Line[] = [];
  for (const block of blocks) {
    const heading = block.heading === true;
    ctx.font = fontOf(heading);
    ctx.direction = rtl ? 'rtl' : 'ltr';
    const measure = (text: string) => ctx.measureText(text).width;
    block.text.split('\n').forEach((paragraph, index) => {
      const wrapped = paragraph.trim() === '' ? [''] : wrapText(paragraph, language, measure, WIDTH - 2 * MARGIN);
      wrapped.forEach((text, lineIndex) => lines.push({ text, heading, gap: index === 0 && lineIndex === 0 ? (heading ? SIZES.heading : SIZES.body / 2) : 0 }));
    });
  }
  return lines;
}

function paginate(lines: Line[]): Line[][] {
  const pages: Line[][] = [[]];
  let used = 0;
  for (const line of lines) {
    const height = line.gap + lineHeight(line);
    if (used + height > HEIGHT - 2 * MARGIN && pages.at(-1)!.length > 0) {
      pages.push([]);
      used = 0;
    }
    const first = pages.at(-1)!.length === 0;
    pages.at(-1)!.push(first ? { ...line, gap: 0 } : line);
    used += first ? lineHeight(line) : height;
  }
  return pages;
}
