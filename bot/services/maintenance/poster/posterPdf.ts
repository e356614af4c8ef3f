import PDFDocument from 'pdfkit';
import { posterPng } from './posterPng';
import type { PosterInput } from './posterTypes';

/** A4 in PDF points. */
export const A4_POINTS = { width: 595.28, height: 841.89 } as const;

/**
 * One A4 page holding the PNG poster edge to edge: text is shaped once, by Skia, and
 * the PDF prints exactly like the image.
 */
export async function posterPdf(input: PosterInput): Promise<Buffer> {
  const png = await posterPng(input);
  const doc = new PDFDocument({ size: 'A4', margin: 0, info: { Title: input.heading, Subject: input.code } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.image(png, 0, 0, { width: A4_POINTS.width, height: A4_POINTS.height });
  doc.end();
  return done;
}
