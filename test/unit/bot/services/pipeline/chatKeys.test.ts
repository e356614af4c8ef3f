import { randomBytes } from 'node:crypto';
import { PipelineSeal } from '../../../../../bot/services/pipeline/chatKeys';

describe('PipelineSeal', () => {
  const seal = new PipelineSeal(randomBytes(32));

  it('seals values of different lengths to the same length, and opens them as they were', () => {
    const small = { dialogState: { stack: [] } };
    const larger = { dialogState: { stack: [{ id: 'tree:wellbeing', state: { phone: '3331234567' } }] }, trail: { refs: ['a', 'b', 'c'] }, name: 'Zoë ✓' };
    const [one, two] = [seal.seal(small), seal.seal(larger)];
    expect(one.length).toBe(two.length);
    expect(seal.open(one)).toEqual(small);
    expect(seal.open(two)).toEqual(larger);
  });

  it('keeps file bytes through the trip', () => {
    const file = Buffer.from([0, 1, 2, 250]);
    expect(seal.open<{ file: Buffer }>(seal.seal({ file })).file.equals(file)).toBe(true);
  });
});
