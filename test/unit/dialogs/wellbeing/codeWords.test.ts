import { normalizeCodeWord } from '../../../../dialogs/wellbeing/discreetPath';

describe('code words', () => {
  it.each([
    ['Girasole', 'girasole'],
    ['  GIRASOLE  ', 'girasole'],
    ['Caffè  lungo', 'caffe lungo'],
    ['عباد الشمس', 'عباد الشمس'],
    ['Ｍａｒｇａｒｉｔａ', 'margarita'],
  ])('"%s" is compared as "%s"', (typed, normalised) => {
    expect(normalizeCodeWord(typed)).toBe(normalised);
  });
});
