import { isValidPreviewToken, issuePreviewToken } from '../../../../bot/http/previewToken';

const SECRET = 'a-secret-of-thirty-two-characters!!';

describe('preview tokens', () => {
  const now = new Date('2026-11-28T10:00:00Z');

  it('is valid for two hours, with the secret that signed it', () => {
    const token = issuePreviewToken(SECRET, now);
    expect(isValidPreviewToken(SECRET, token, now)).toBe(true);
    expect(isValidPreviewToken(SECRET, token, new Date(now.getTime() + 119 * 60_000))).toBe(true);
    expect(isValidPreviewToken(SECRET, token, new Date(now.getTime() + 121 * 60_000))).toBe(false);
    expect(isValidPreviewToken(`${SECRET}x`, token, now)).toBe(false);
  });

  it.each(['', 'abc', '123.', `${Date.now() + 3_600_000}.forged`, '99999999999999999999.x'])('refuses %p', (token) => {
    expect(isValidPreviewToken(SECRET, token, now)).toBe(false);
  });

  it('refuses a token whose expiry was moved', () => {
    const [, signature] = issuePreviewToken(SECRET, now).split('.');
    expect(isValidPreviewToken(SECRET, `${now.getTime() + 10 * 3_600_000}.${signature}`, now)).toBe(false);
  });
});
