import { startBotUnderTest, type BotUnderTest } from '../../support/botUnderTest';
import { ADMIN, ADMIN_ENV } from '../../support/consoleClient';

/** A log-in as a browser behind the proxy does it: session and CSRF token first, then the credentials. */
async function logIn(base: string, headers: Record<string, string>, email = ADMIN.email, password = ADMIN.password) {
  const first = await fetch(`${base}/console/api/session`, { headers });
  const cookie = first.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
  const { csrfToken } = (await first.json()) as { csrfToken: string };
  const response = await fetch(`${base}/console/api/login`, {
    method: 'POST',
    headers: { ...headers, cookie, 'content-type': 'application/json', 'x-csrf-token': csrfToken },
    body: JSON.stringify({ email, password }),
  });
  return { status: response.status, setCookie: response.headers.getSetCookie(), body: await response.text() };
}

describe('behind a TLS proxy (TRUST_PROXY=1)', () => {
  let bot: BotUnderTest;
  let base: string;
  const https = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.7' };
  beforeAll(async () => {
    bot = await startBotUnderTest({ env: { ...ADMIN_ENV, TRUST_PROXY: '1' } });
    base = `http://127.0.0.1:${bot.app.port}`;
  });
  afterAll(() => bot.stop());

  it('sets the session cookie Secure, SameSite=Strict, HttpOnly, Path=/ with the __Host- prefix, and reads it back', async () => {
    const login = await logIn(base, https);
    expect(login.status).toBe(200);
    const line = login.setCookie.find((candidate) => candidate.startsWith('__Host-casa_console='));
    expect(line).toBeDefined();
    expect(line).toMatch(/; Secure/);
    expect(line).toMatch(/; SameSite=Strict/);
    expect(line).toMatch(/; HttpOnly/);
    expect(line).toMatch(/; Path=\/(;|$)/);
    expect(line).not.toMatch(/Domain=/i);
    const cookie = line!.split(';')[0]!;
    const session = (await (await fetch(`${base}/console/api/session`, { headers: { ...https, cookie } })).json()) as { staff: { email: string } | null };
    expect(session.staff?.email).toBe(ADMIN.email);
    // Over https, a cookie without the prefix (one plain http could plant) is not read.
    const planted = (await (await fetch(`${base}/console/api/session`, { headers: { ...https, cookie: cookie.slice('__Host-'.length) } })).json()) as { staff: unknown };
    expect(planted.staff).toBeNull();
  });

  it('locks out per client address, not per proxy: an outsider elsewhere cannot lock the admin out', async () => {
    for (let i = 0; i < 6; i += 1) expect((await logIn(base, { ...https, 'x-forwarded-for': '203.0.113.66' }, ADMIN.email, 'not-the-password-0')).status).toBe(401);
    expect((await logIn(base, { ...https, 'x-forwarded-for': '203.0.113.66' })).status).toBe(401);
    expect((await logIn(base, https)).status).toBe(200);
  });

  it('answers an unknown email and a locked account the same way', async () => {
    const unknown = await logIn(base, { ...https, 'x-forwarded-for': '203.0.113.66' }, 'nobody@casa.test', 'not-the-password-0');
    const locked = await logIn(base, { ...https, 'x-forwarded-for': '203.0.113.66' }, ADMIN.email, ADMIN.password);
    expect([unknown.status, unknown.body]).toEqual([locked.status, locked.body]);
  });
});

describe('on plain http on a local network (no TRUST_PROXY)', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startBotUnderTest({ env: ADMIN_ENV });
  });
  afterAll(() => bot.stop());

  it('keeps working without Secure and without the prefix, and ignores forwarded headers it does not trust', async () => {
    const login = await logIn(`http://127.0.0.1:${bot.app.port}`, { 'x-forwarded-proto': 'https' });
    expect(login.status).toBe(200);
    const line = login.setCookie.find((candidate) => candidate.startsWith('casa_console='));
    expect(line).toBeDefined();
    expect(line).not.toMatch(/Secure/);
  });
});
