export type { PosterInput, PosterText } from './posterTypes';
export { posterPng } from './posterPng';
export { posterPdf } from './posterPdf';
