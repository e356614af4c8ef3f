import { splitText } from '../../../../../bot/channels/telegram/splitText';

describe('splitText', () => {
  it('keeps a short text whole', () => {
    expect(splitText('ciao')).toEqual(['ciao']);
  });

  it('splits 10,000 characters into pieces of at most 4096, losing nothing but the spaces at the cuts', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `w${i % 10}xx`).join(' ');
    const pieces = splitText(text);
    expect(pieces.length).toBeGreaterThan(2);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(4096);
    expect(pieces.join(' ')).toBe(text);
  });

  it('prefers paragraph breaks', () => {
    const text = `${'a'.repeat(3000)}\n\n${'b'.repeat(3000)}`;
    expect(splitText(text)).toEqual(['a'.repeat(3000), 'b'.repeat(3000)]);
  });

  it('never cuts an emoji (a surrogate pair) in two', () => {
    const text = '😀'.repeat(3000);
    const pieces = splitText(text);
    for (const piece of pieces) expect(piece).toMatch(/^(😀)+$/u);
    expect(pieces.join('')).toBe(text);
  });
});
