import QRCode from 'qrcode';

/** Modules of white border the QR standard asks for around the symbol. */
export const QUIET_ZONE_MODULES = 4;

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  isDark(row: number, col: number): boolean;
}

/**
 * Level Q (25% recovery): a poster in a stairwell gets scratched and written on, and
 * a Telegram deep link is short enough that the symbol stays small.
 */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'Q' });
  return { size: modules.size, isDark: (row, col) => modules.get(row, col) === 1 };
}
