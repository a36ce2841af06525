import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'haven_session';
export const CSRF_COOKIE = 'haven_csrf';

let publicUrlIsHttps = false;

/** Behind an HTTPS proxy the request itself arrives as http; the public address decides. */
export const configureCookies = (opts: { publicUrl: string }) => {
  publicUrlIsHttps = opts.publicUrl.startsWith('https:');
};

/** Secure only over HTTPS, so the embedded http://localhost quick start still works. */
export const isHttps = (request: FastifyRequest) => publicUrlIsHttps || request.protocol === 'https';

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isHttps(request),
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: isHttps(request) });
}

export function setCsrfCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  // Readable by the page script on purpose: the double-submit check needs the page to echo it.
  reply.setCookie(CSRF_COOKIE, token, {
    path: '/',
    httpOnly: false,
    sameSite: 'strict',
    secure: isHttps(request),
  });
}
