export const TELEGRAM_TEXT_LIMIT = 4096;

/**
 * Splits a text into pieces of at most `limit` UTF-16 code units (Telegram's measure), preferring paragraph,
 * line and word boundaries, and never cutting a surrogate pair in two.
 */
export function splitText(text: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let cut = bestCut(rest, limit);
    if (isLowSurrogate(rest.charCodeAt(cut))) cut -= 1;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces.filter((piece, index) => piece.length > 0 || index === 0);
}

function bestCut(text: string, limit: number): number {
  const window = text.slice(0, limit + 1);
  for (const separator of ['\n\n', '\n', ' ']) {
    const at = window.lastIndexOf(separator);
    if (at > limit / 2) return at;
  }
  return limit;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
