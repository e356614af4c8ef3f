import type { FileStore } from './fileStore';
import type { TgPhotoSize } from './types';

/** Telegram keeps several sizes of each photo: s 90, m 320, x 800, y 1280, w 2560 (longest side). */
const THRESHOLDS = [90, 320, 800, 1280];
const MAX_SIDE = 2560;

/**
 * Registers the sizes of a photo of width×height and returns the PhotoSize array, smallest
 * first (as the API does). `largestBytes` is the size of the largest version.
 */
export function createPhotoSizes(files: FileStore, width: number, height: number, largestBytes: number, content?: Buffer): TgPhotoSize[] {
  const longest = Math.max(width, height, 1);
  const sides = THRESHOLDS.filter((t) => t < longest);
  sides.push(Math.min(longest, MAX_SIDE));
  const sizes = sides.map((side, index): TgPhotoSize => {
    const scale = side / longest;
    const w = Math.max(1, Math.round(width * scale));
    const h = Math.max(1, Math.round(height * scale));
    const isLargest = index === sides.length - 1;
    const bytes = isLargest ? largestBytes : Math.max(600, Math.round(largestBytes * scale * scale));
    const file = files.add({
      kind: 'photo',
      size: bytes,
      mimeType: 'image/jpeg',
      width: w,
      height: h,
      ...(isLargest && content !== undefined && { content }),
    });
    return { file_id: file.fileId, file_unique_id: file.fileUniqueId, width: w, height: h, file_size: file.size };
  });
  files.linkPhotoSet(sizes);
  return sizes;
}
