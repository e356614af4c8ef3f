/** A staff member's browser session against the console API, for integration tests (cookies and CSRF like a page). */
export class ConsoleClient {
  private cookie = '';
  private csrf = '';

  constructor(private readonly baseUrl: string) {}

  static async login(baseUrl: string, email: string, password: string): Promise<ConsoleClient> {
    const client = new ConsoleClient(baseUrl);
    const response = await client.post('/console/api/login', { email, password });
    if (response.status !== 200) throw new Error(`login failed: ${response.status} ${JSON.stringify(response.body)}`);
    await client.refreshCsrf();
    return client;
  }

  async refreshCsrf(): Promise<void> {
    const session = await this.request('GET', '/console/api/session');
    this.csrf = (session.body as { csrfToken: string }).csrfToken;
  }

  get(path: string) {
    return this.request('GET', path);
  }

  async post(path: string, body?: unknown, options: { csrf?: boolean } = {}) {
    if (!this.csrf) await this.refreshCsrf();
    return this.request('POST', path, body, options.csrf ?? true);
  }

  async put(path: string, body: unknown) {
    if (!this.csrf) await this.refreshCsrf();
    return this.request('PUT', path, body, true);
  }

  private async request(method: string, path: string, body?: unknown, withCsrf = false): Promise<{ status: number; body: unknown }> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (withCsrf) headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const setCookie = response.headers.getSetCookie().find((line) => line.startsWith('casa_console='));
    if (setCookie) this.cookie = setCookie.split(';')[0]!;
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  }
}

export const ADMIN = { email: 'admin@casa.test', password: 'admin-password-123' };
export const ADMIN_ENV = { CONSOLE_ADMIN_EMAIL: ADMIN.email, CONSOLE_ADMIN_PASSWORD: ADMIN.password, CONSOLE_SESSION_SECRET: 'a-test-session-secret-of-32-chars-or-more' };

/** Creates a staff account as the admin and logs it in. */
export async function staffSession(
  baseUrl: string,
  account: { email: string; name: string; role: string; neighbourhoodIds: string[]; telegramUserId?: string },
): Promise<ConsoleClient> {
  const admin = await ConsoleClient.login(baseUrl, ADMIN.email, ADMIN.password);
  const password = 'staff-password-123';
  const created = await admin.post('/console/api/accounts', { ...account, password });
  if (created.status !== 201) throw new Error(`account not created: ${JSON.stringify(created.body)}`);
  return ConsoleClient.login(baseUrl, account.email, password);
}
