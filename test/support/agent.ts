import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

/** A browser-like client over app.inject: keeps cookies and echoes the CSRF cookie as a header. */
export class Agent {
  readonly cookies = new Map<string, string>();
  readonly app: FastifyInstance;
  readonly ip: string;

  constructor(app: FastifyInstance, ip: string) {
    this.app = app;
    this.ip = ip;
  }

  private remember(res: LightMyRequestResponse) {
    for (const c of res.cookies as Array<{ name: string; value: string; maxAge?: number; expires?: Date }>) {
      const expired = c.value === '' || (c.expires && c.expires.getTime() < Date.now()) || c.maxAge === 0;
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  async request(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT',
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    if (method !== 'GET' && !this.cookies.has('haven_csrf')) {
      this.remember(await this.app.inject({ method: 'GET', url: '/api/auth/csrf', remoteAddress: this.ip }));
    }
    const res = await this.app.inject({
      method,
      url,
      remoteAddress: this.ip,
      cookies: Object.fromEntries(this.cookies),
      headers: {
        ...(method !== 'GET' ? { 'x-csrf-token': this.cookies.get('haven_csrf') ?? '' } : {}),
        ...(body !== undefined && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    this.remember(res);
    return res;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown, headers?: Record<string, string>) =>
    this.request('POST', url, body ?? {}, headers);
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body ?? {});
}
