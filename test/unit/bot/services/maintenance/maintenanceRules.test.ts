import { addressMatches, addressWords } from '../../../../../bot/services/maintenance/buildingDirectory';
import { sniffType } from '../../../../../bot/services/maintenance/reportFiles';
import { csvCell } from '../../../../../bot/services/maintenance/reportQueries';

describe('typed addresses', () => {
  it.each([
    ['missaglia 51', 'Via dei Missaglia 51', true],
    ['Via dei Missaglia, 51', 'Via dei Missaglia 51', true],
    ['MISSAGLIA', 'Via dei Missaglia 51', true],
    ['faa di bruno 5', 'Via Faà di Bruno 5', true],
    ["marco d'agrate", "Via Marco d'Agrate 11", true],
    ['missaglia 5', 'Via dei Missaglia 51', false],
    ['preneste 5', 'Via dei Missaglia 51', false],
    ['via', 'Via dei Missaglia 51', false],
    ['', 'Via dei Missaglia 51', false],
  ])('"%s" matches "%s": %s', (typed, address, expected) => {
    expect(addressMatches(typed, address)).toBe(expected);
  });

  it('drops street words and accents', () => {
    expect(addressWords('Piazzale dell’Àretusa, 12')).toEqual(['aretusa', '12']);
  });
});

describe('file types are read from the bytes, not from what the sender claims', () => {
  it.each([
    [[0xff, 0xd8, 0xff, 0xe0], 'image/jpeg'],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'image/png'],
    [[...Buffer.from('RIFF'), 0, 0, 0, 0, ...Buffer.from('WEBP')], 'image/webp'],
    [[...Buffer.from('OggS')], 'audio/ogg'],
    [[...Buffer.from('ID3')], 'audio/mpeg'],
    [[0, 0, 0, 0x20, ...Buffer.from('ftyp')], 'audio/mp4'],
    [[...Buffer.from('%PDF-1.7')], undefined],
    [[], undefined],
  ])('%j is %s', (bytes, type) => {
    expect(sniffType(Buffer.from(bytes))).toBe(type);
  });
});

describe('CSV cells', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+39 02 1234', "'+39 02 1234"],
    [null, ''],
  ])('%j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});
