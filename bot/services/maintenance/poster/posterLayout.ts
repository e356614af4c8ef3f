import { fontFor, type FontWeight } from './posterFonts';
import type { PosterInput, PosterText } from './posterTypes';
import { QUIET_ZONE_MODULES } from './qrCode';
import { wrapText } from './textWrap';

/** A4 at 150 dpi. */
export const PAGE_WIDTH = 1240;
export const PAGE_HEIGHT = 1754;
/** 15 mm: wider than what any office printer leaves blank. */
export const MARGIN = 90;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
/** The QR symbol, without its quiet zone, is never narrower than this. */
export const QR_MIN_SYMBOL = Math.ceil(PAGE_WIDTH * 0.4);
const QR_MAX_BOX = 760;

/** Font sizes in px at scale 1: 64 px is about 31 pt on paper. */
const SIZES = { heading: 64, title: 64, line: 44, code: 30 } as const;
/**
 * Text shrinks in small steps until everything fits (wrapping changes in jumps, so big
 * steps would waste space); below 0.6 it would be too small to read.
 */
const SCALES = Array.from({ length: 21 }, (_, i) => 1 - i * 0.02);
const MIN_GAP = 36;

/** Measures text drawn with a canvas font shorthand. */
export type FontMeasure = (text: string, font: string, rtl: boolean) => number;

export interface TextOp {
  kind: 'text';
  text: string;
  font: string;
  rtl: boolean;
  align: 'left' | 'right' | 'center';
  x: number;
  /** The vertical middle of the line (canvas textBaseline "middle"). */
  y: number;
  width: number;
}

export interface QrOp {
  kind: 'qr';
  /** Top-left corner of the symbol; the quiet zone around it is left white. */
  x: number;
  y: number;
  modulePx: number;
}

export type DrawOp = TextOp | QrOp;

interface Block {
  height: number;
  place(top: number): DrawOp[];
}

interface Style {
  language: string;
  rtl: boolean;
  align: TextOp['align'];
  weight: FontWeight;
  size: number;
}

/** Scripts with tall stacks of marks above and below the line need more room. */
function lineHeightFactor(language: string): number {
  return /^(bn|ar)\b/i.test(language) ? 1.5 : 1.3;
}

function anchorX(align: TextOp['align']): number {
  if (align === 'left') return MARGIN;
  if (align === 'right') return PAGE_WIDTH - MARGIN;
  return PAGE_WIDTH / 2;
}

interface Line {
  text: string;
  width: number;
}

function wrapped(text: string, style: Style, measure: FontMeasure): { font: string; lines: Line[] } {
  const font = fontFor(style.language, style.weight, style.size);
  const width = (s: string): number => measure(s, font, style.rtl);
  const lines = wrapText(text, style.language, width, CONTENT_WIDTH).map((line) => ({ text: line, width: width(line) }));
  return { font, lines };
}

/** Paragraphs of one style; paragraphGap separates them, so a wrapped line is not read as a new one. */
function textBlock(paragraphs: string[], style: Style, measure: FontMeasure, paragraphGap = 0): Block {
  const lineHeight = Math.round(style.size * lineHeightFactor(style.language));
  const laid = paragraphs.map((p) => wrapped(p, style, measure));
  const lineCount = laid.reduce((n, p) => n + p.lines.length, 0);
  const height = lineCount * lineHeight + Math.max(0, laid.length - 1) * paragraphGap;
  return {
    height,
    place(top) {
      const ops: DrawOp[] = [];
      let y = top;
      for (const { font, lines } of laid) {
        for (const line of lines) {
          ops.push({ kind: 'text', text: line.text, font, rtl: style.rtl, align: style.align, x: anchorX(style.align), y: y + lineHeight / 2, width: line.width });
          y += lineHeight;
        }
        y += paragraphGap;
      }
      return ops;
    },
  };
}

function stack(blocks: Block[], gap: number): Block {
  const height = blocks.reduce((h, b) => h + b.height, 0) + gap * Math.max(0, blocks.length - 1);
  return {
    height,
    place(top) {
      let y = top;
      return blocks.flatMap((block) => {
        const ops = block.place(y);
        y += block.height + gap;
        return ops;
      });
    },
  };
}

function languageBlock(text: PosterText, scale: number, measure: FontMeasure): Block {
  const base = { language: text.language, rtl: text.rtl, align: text.rtl ? 'right' : 'left' } as const;
  const title = textBlock([text.title], { ...base, weight: 700, size: Math.round(SIZES.title * scale) }, measure);
  const lineSize = Math.round(SIZES.line * scale);
  const lines = textBlock(text.lines, { ...base, weight: 400, size: lineSize }, measure, Math.round(lineSize * 0.3));
  return stack(text.lines.length > 0 ? [title, lines] : [title], Math.round(lineSize * 0.5));
}

function qrBlock(qrModules: number, modulePx: number): Block {
  const box = (qrModules + 2 * QUIET_ZONE_MODULES) * modulePx;
  return {
    height: box,
    place: (top) => [{ kind: 'qr', x: Math.round((PAGE_WIDTH - qrModules * modulePx) / 2), y: top + QUIET_ZONE_MODULES * modulePx, modulePx }],
  };
}

function latin(align: TextOp['align'], weight: FontWeight, size: number): Style {
  return { language: 'it', rtl: false, align, weight, size };
}

function validate(input: PosterInput): void {
  if (input.texts.length < 1 || input.texts.length > 2) throw new RangeError('poster: texts must have 1 or 2 languages');
  if (!/^it\b/i.test(input.texts[0]?.language ?? '')) throw new RangeError('poster: the first text must be Italian');
}

/**
 * Heading, Italian, QR code, second language, code, from top to bottom. Text shrinks
 * until the QR code fits at its minimum size; the space left is shared out between
 * the blocks, the QR code taking what it can up to QR_MAX_BOX.
 */
export function layoutPoster(input: PosterInput, qrModules: number, measure: FontMeasure): DrawOp[] {
  validate(input);
  const available = PAGE_HEIGHT - 2 * MARGIN;
  const boxModules = qrModules + 2 * QUIET_ZONE_MODULES;
  for (const scale of SCALES) {
    const heading = textBlock([input.heading], latin('center', 700, Math.round(SIZES.heading * scale)), measure);
    const code = textBlock([input.code], latin('center', 400, SIZES.code), measure);
    const [first, second] = input.texts.map((text) => languageBlock(text, scale, measure));
    const textBlocks = [heading, first, second, code].filter((b): b is Block => b !== undefined);
    const fixed = textBlocks.reduce((h, b) => h + b.height, 0) + MIN_GAP * textBlocks.length;
    const modulePx = Math.floor(Math.min(available - fixed, QR_MAX_BOX, PAGE_WIDTH) / boxModules);
    if (modulePx * qrModules < QR_MIN_SYMBOL) continue;

    const qr = qrBlock(qrModules, modulePx);
    const blocks = [heading, first, qr, second, code].filter((b): b is Block => b !== undefined);
    const content = blocks.reduce((h, b) => h + b.height, 0);
    const gap = Math.floor((available - content) / (blocks.length - 1));
    return stack(blocks, gap).place(MARGIN);
  }
  throw new RangeError('poster: the text is too long to fit on one page');
}
