/** A staff member's session against the console API, as a page has it: its own cookies and the CSRF token. */
export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
}

export class ConsoleClient {
  private readonly cookies = new Map<string, string>();
  csrfToken = '';

  constructor(private readonly base: string) {}

  /** A new client, logged in. */
  static async login(base: string, email: string, password: string): Promise<ConsoleClient> {
    const client = new ConsoleClient(base);
    await client.login(email, password);
    return client;
  }

  /** Calls /console/api<path>; non-GET requests carry the CSRF token unless csrf is false. */
  async call<T = unknown>(method: string, path: string, body?: unknown, options: { csrf?: boolean } = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (method !== 'GET' && options.csrf !== false) headers['x-csrf-token'] = this.csrfToken;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await this.fetch(`/console/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as T };
  }

  /** Any URL of the server, with this session's cookies (files, pages). */
  async fetch(path: string, init: RequestInit & { headers?: Record<string, string> } = {}): Promise<Response> {
    const headers = { ...init.headers, ...(this.cookies.size > 0 ? { cookie: this.cookieHeader() } : {}) };
    const response = await fetch(`${this.base}${path}`, { ...init, headers, redirect: 'manual' });
    this.keepCookies(response);
    return response;
  }

  async session(): Promise<{ staff: { id: string; role: string } | null; csrfToken: string }> {
    const body = await this.expect<{ staff: { id: string; role: string } | null; csrfToken: string }>(200, 'GET', '/session');
    this.csrfToken = body.csrfToken;
    return body;
  }

  async login(email: string, password: string): Promise<void> {
    await this.session();
    await this.expect(200, 'POST', '/login', { email, password });
    const session = await this.session();
    if (!session.staff) throw new Error(`logged in as ${email} but GET /session has no staff`);
  }

  /** Like call, but throws unless the status is the expected one. */
  async expect<T = unknown>(status: number, method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.call<T>(method, path, body);
    if (response.status !== status) {
      throw new Error(`${method} /console/api${path} ${body === undefined ? '' : JSON.stringify(body)} → ${response.status} ${JSON.stringify(response.body)} (expected ${status})`);
    }
    return response.body;
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private keepCookies(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const index = pair.indexOf('=');
      if (index <= 0) continue;
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

export const ADMIN = { email: 'admin@casa.test', password: 'admin-password-123' };
export const ADMIN_ENV = { CONSOLE_ADMIN_EMAIL: ADMIN.email, CONSOLE_ADMIN_PASSWORD: ADMIN.password, CONSOLE_SESSION_SECRET: 'a-test-session-secret-of-32-chars-or-more' };

/** Creates a staff account as the admin and logs it in. */
export async function staffSession(
  base: string,
  account: { email: string; name: string; role: string; neighbourhoodIds: string[]; telegramUserId?: string },
): Promise<ConsoleClient> {
  const admin = await ConsoleClient.login(base, ADMIN.email, ADMIN.password);
  const password = 'staff-password-123';
  await createAccount(base, admin, account, password);
  return ConsoleClient.login(base, account.email, password);
}

/** Creates an account as the admin; a partner account in an organisation, its password set through the invite link. */
export async function createAccount(base: string, admin: ConsoleClient, account: { email: string; name: string; role: string; neighbourhoodIds: string[] }, password: string): Promise<string> {
  if (!account.role.startsWith('partner_')) return (await admin.expect<{ id: string }>(201, 'POST', '/accounts', { ...account, password })).id;
  const organisations = await admin.expect<{ id: string; name: string }[]>(200, 'GET', '/partner-organisations');
  const organisationId = organisations[0]?.id ?? (await admin.expect<{ id: string }>(201, 'POST', '/partner-organisations', { name: 'Telefono Donna' })).id;
  const { id, inviteUrl } = await admin.expect<{ id: string; inviteUrl: string }>(201, 'POST', '/accounts', { ...account, organisationId });
  const accepted = await acceptInvite(base, inviteUrl, password);
  if (accepted.status !== 204) throw new Error(`invite not accepted: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  return id;
}

/** What the operator does with the invite link: chooses their password. */
export async function acceptInvite(base: string, inviteUrl: string, password: string): Promise<ApiResponse> {
  const operator = new ConsoleClient(base);
  await operator.session();
  return operator.call('POST', '/invites/accept', { token: inviteUrl.split('#')[1], password });
}
