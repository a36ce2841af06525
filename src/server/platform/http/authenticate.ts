import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Kysely, sql } from 'kysely';
import { type Actor, ROLES, type Role } from '../auth/roles.ts';
import type { Database, SessionStatus } from '../db/tables.ts';
import { forbidden, Problem, unauthenticated } from '../errors.ts';
import { hashToken, safeEqual } from '../ids.ts';
import { CSRF_COOKIE, clearSessionCookie, SESSION_COOKIE } from './cookies.ts';

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
const TOUCH_AFTER_MS = 60 * 1000;

export type ResolvedSession = {
  id: string;
  tokenHash: string;
  userId: string;
  status: SessionStatus;
  organisationId: string | null;
  roles: Role[];
  createdAt: Date;
  lastSeenAt: Date;
  stepUpAt: Date | null;
};

declare module 'fastify' {
  interface FastifyRequest {
    session: ResolvedSession | null;
  }
}

export const sessionExpiresAt = (s: Pick<ResolvedSession, 'createdAt' | 'lastSeenAt'>): Date =>
  new Date(Math.min(s.lastSeenAt.getTime() + IDLE_TIMEOUT_MS, s.createdAt.getTime() + ABSOLUTE_TIMEOUT_MS));

type SessionRow = {
  id: string;
  user_id: string;
  status: SessionStatus;
  active_organisation_id: string | null;
  created_at: Date;
  last_seen_at: Date;
  step_up_at: Date | null;
  roles: string[];
  user_disabled: boolean;
};

/**
 * Resolving a session is on every request's path, so a resolved session is remembered briefly.
 * Anything that ends or changes sessions clears the whole cache in this process; another
 * process sees the change within `SESSION_CACHE_MS` at most.
 */
const sessionCache = new Map<string, { row: SessionRow | undefined; at: number }>();
let sessionCacheMs = 2000;
export const configureSessionCache = (ms: number) => {
  sessionCacheMs = ms;
  sessionCache.clear();
};
export const forgetCachedSessions = () => sessionCache.clear();

async function lookupSession(db: Kysely<Database>, tokenHash: string): Promise<SessionRow | undefined> {
  const now = Date.now();
  const cached = sessionCache.get(tokenHash);
  if (cached && now - cached.at < sessionCacheMs) return cached.row;
  const { rows } = await sql<SessionRow>`select * from auth_session(${tokenHash})`.execute(db);
  if (sessionCacheMs > 0) {
    if (sessionCache.size > 10_000) sessionCache.clear();
    sessionCache.set(tokenHash, { row: rows[0], at: now });
  }
  return rows[0];
}

async function resolveSession(db: Kysely<Database>, token: string): Promise<ResolvedSession | null> {
  const tokenHash = hashToken(token);
  const row = await lookupSession(db, tokenHash);
  if (!row || row.user_disabled) return null;
  const session: ResolvedSession = {
    id: row.id,
    tokenHash,
    userId: row.user_id,
    status: row.status,
    organisationId: row.active_organisation_id,
    roles: row.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r)),
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    stepUpAt: row.step_up_at,
  };
  const now = Date.now();
  if (sessionExpiresAt(session).getTime() <= now) return null;
  if (now - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await sql`select auth_touch_session(${tokenHash})`.execute(db);
    session.lastSeenAt = new Date(now);
    const cached = sessionCache.get(tokenHash);
    if (cached?.row) cached.row.last_seen_at = session.lastSeenAt;
  }
  return session;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the session cookie on every API request, and refuses any state-changing request whose
 * X-CSRF-Token header does not echo the haven_csrf cookie (a cross-site page can send the
 * cookie but cannot read it to set the header).
 */
export function registerAuthentication(app: FastifyInstance, db: Kysely<Database>): void {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      const cookie = request.cookies[CSRF_COOKIE];
      if (typeof header !== 'string' || !cookie || !safeEqual(header, cookie)) {
        throw new Problem(
          403,
          'Security check failed',
          'The page’s security token is missing or out of date. Reload the page and try again.',
        );
      }
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      request.session = token.length <= 100 ? await resolveSession(db, token) : null;
      if (!request.session) clearSessionCookie(request, reply);
    }
  });
}

/** The signed-in, fully verified member acting in their current organisation. */
export function requireActor(request: FastifyRequest): Actor {
  const s = request.session;
  if (!s) throw unauthenticated();
  if (s.status === 'awaiting_2fa')
    throw new Problem(
      401,
      'Two-factor code needed',
      'Enter the code from your authenticator app to finish signing in.',
    );
  if (s.status === 'must_enrol_2fa') {
    throw new Problem(
      403,
      'Set up two-factor authentication',
      'Your role requires two-factor authentication. Set it up to continue.',
    );
  }
  if (!s.organisationId || s.roles.length === 0)
    throw forbidden('You are not a member of an organisation in Haven.');
  return {
    userId: s.userId,
    organisationId: s.organisationId,
    roles: s.roles,
    sessionId: s.id,
    ip: request.ip,
  };
}

export const STEP_UP_VALID_MS = 15 * 60 * 1000;

/** True when the session re-entered its second factor recently enough to open restricted records. */
export const hasRecentStepUp = (
  session: Pick<ResolvedSession, 'stepUpAt'> | null,
  now = Date.now(),
): boolean => Boolean(session?.stepUpAt && now - session.stepUpAt.getTime() < STEP_UP_VALID_MS);
