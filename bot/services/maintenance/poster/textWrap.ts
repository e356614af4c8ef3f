/** Width in pixels of a piece of text in the font being laid out. */
export type MeasureText = (text: string) => number;

function segmenter(language: string, granularity: 'word' | 'grapheme'): Intl.Segmenter {
  try {
    return new Intl.Segmenter(language, { granularity });
  } catch {
    return new Intl.Segmenter(undefined, { granularity }); // a malformed tag such as "ar_EG"
  }
}

/**
 * Pieces that a line may end after: a word with the punctuation and spaces that follow
 * it, so a line never starts with "?" or "，". Chinese has no spaces, and the segmenter
 * finds its words from a dictionary.
 */
function breakUnits(text: string, language: string): string[] {
  const units: string[] = [];
  let current = '';
  let hasWord = false;
  for (const { segment, isWordLike } of segmenter(language, 'word').segment(text)) {
    // An opening quote or bracket after a space belongs to the word it opens.
    const opensNext = !isWordLike && /^[\p{Ps}\p{Pi}]/u.test(segment) && /\s$/u.test(current);
    if (hasWord && (isWordLike || opensNext)) {
      units.push(current);
      current = '';
      hasWord = false;
    }
    current += segment;
    hasWord ||= isWordLike === true;
  }
  if (current !== '') units.push(current);
  return units;
}

function graphemes(text: string, language: string): string[] {
  return Array.from(segmenter(language, 'grapheme').segment(text), (s) => s.segment);
}

/** Cuts a unit wider than a whole line, letter by letter (a long URL, a long compound). */
function splitOverlong(unit: string, language: string, measure: MeasureText, maxWidth: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const letter of graphemes(unit, language)) {
    if (piece !== '' && measure((piece + letter).trimEnd()) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += letter;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** Greedy line breaking on measured widths; no returned line is wider than maxWidth. */
export function wrapText(text: string, language: string, measure: MeasureText, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of breakUnits(text.trim(), language)) {
    const pieces = measure(unit.trimEnd()) > maxWidth ? splitOverlong(unit, language, measure, maxWidth) : [unit];
    for (const piece of pieces) {
      if (line !== '' && measure((line + piece).trimEnd()) > maxWidth) {
        lines.push(line.trimEnd());
        line = '';
      }
      line += line === '' ? piece.trimStart() : piece;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
