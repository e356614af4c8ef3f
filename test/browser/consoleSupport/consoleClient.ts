/** A tiny HTTP client for the console API with its own cookie jar (for test setup and API-level checks). */
export interface ApiResponse<T = any> {
  status: number;
  body: T;
}

export class ConsoleClient {
  private readonly cookies = new Map<string, string>();
  csrfToken = '';

  constructor(private readonly base: string) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private keepCookies(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair!.indexOf('=');
      if (index <= 0) continue;
      const name = pair!.slice(0, index).trim();
      const value = pair!.slice(index + 1).trim();
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** Calls /console/api<path>; non-GET requests carry the CSRF token unless csrf is false. */
  async call<T = any>(method: string, path: string, body?: unknown, options: { csrf?: boolean } = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.cookies.size > 0) headers.cookie = this.cookieHeader();
    if (method !== 'GET' && options.csrf !== false) headers['x-csrf-token'] = this.csrfToken;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.base}/console/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: 'manual',
    });
    this.keepCookies(response);
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as T };
  }

  async session(): Promise<{ staff: any; csrfToken: string }> {
    const { status, body } = await this.call('GET', '/session');
    if (status !== 200) throw new Error(`GET /console/api/session → ${status} ${JSON.stringify(body)}`);
    this.csrfToken = body.csrfToken;
    return body;
  }

  async login(email: string, password: string): Promise<void> {
    await this.session();
    const { status, body } = await this.call('POST', '/login', { email, password });
    if (status !== 200) throw new Error(`POST /console/api/login as ${email} → ${status} ${JSON.stringify(body)}`);
    const session = await this.session();
    if (!session.staff) throw new Error(`logged in as ${email} but GET /session has no staff`);
  }

  /** Like call, but throws unless the status is the expected one. */
  async expect<T = any>(status: number, method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.call<T>(method, path, body);
    if (response.status !== status) {
      throw new Error(`${method} /console/api${path} ${body === undefined ? '' : JSON.stringify(body)} → ${response.status} ${JSON.stringify(response.body)} (expected ${status})`);
    }
    return response.body;
  }
}
