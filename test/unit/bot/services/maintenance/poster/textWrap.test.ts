import { wrapText, type MeasureText } from '../../../../../../bot/services/maintenance/poster/textWrap';

/** Every character 10 px wide: widths are easy to reason about. */
const tenPx: MeasureText = (text) => Array.from(text).length * 10;

describe('wrapText', () => {
  it('keeps a short line whole', () => {
    expect(wrapText('Segnalalo qui', 'it', tenPx, 500)).toEqual(['Segnalalo qui']);
  });

  it('breaks Latin text between words, never over the width', () => {
    const text = 'Scrivi cosa non funziona e, se puoi, manda una foto del guasto.';
    const lines = wrapText(text, 'it', tenPx, 200);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(tenPx(line)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe(text);
  });

  it('breaks Chinese without spaces and keeps punctuation off the start of a line', () => {
    const text = '写下哪里坏了，如果可以，请发一张照片。修好后您会收到一条消息。';
    const lines = wrapText(text, 'zh', tenPx, 80);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      expect(tenPx(line)).toBeLessThanOrEqual(80);
      expect(line).not.toMatch(/^[，。？]/u);
    }
    expect(lines.join('')).toBe(text);
  });

  it('cuts a word longer than the line', () => {
    const lines = wrapText('https://t.me/CasaAlerBot?start=b_SS-0012_B', 'it', tenPx, 100);
    for (const line of lines) expect(tenPx(line)).toBeLessThanOrEqual(100);
    expect(lines.join('')).toBe('https://t.me/CasaAlerBot?start=b_SS-0012_B');
  });

  it('does not split Bengali letters from their vowel signs when cutting', () => {
    const word = 'ক্যামেরাক্যামেরাক্যামেরা';
    const lines = wrapText(word, 'bn', tenPx, 60);
    for (const line of lines) expect(line).not.toMatch(/^[\u09BE-\u09CC\u09CD]/u);
    expect(lines.join('')).toBe(word);
  });

  it('accepts a malformed language tag', () => {
    expect(wrapText('عطل في المبنى', 'ar_EG', tenPx, 1000)).toEqual(['عطل في المبنى']);
  });
});
