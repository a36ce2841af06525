import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { GetSessionResponse } from '../../server/modules/auth/auth.schema.ts';
import { api } from './api.ts';
import { isApiError } from './api-error.ts';

export type Session = z.infer<typeof GetSessionResponse>;
export type SessionStatus = Session['status'];

/** The abilities the server may grant. Unknown or missing abilities count as "not allowed". */
export type Ability =
  | 'people.read'
  | 'people.read_contact'
  | 'people.write'
  | 'people.import'
  | 'people.export'
  | 'users.read'
  | 'users.manage'
  | 'audit.read'
  | 'mail.read'
  | 'organisation.read'
  | 'organisation.manage'
  | 'messages.check'
  | 'scanner.scan'
  | 'scanner.suppress'
  | 'concerns.report'
  | 'concerns.read'
  | 'concerns.act'
  | 'concerns.triage'
  | 'concerns.close'
  | 'concerns.restrict'
  | 'concerns.counts'
  | 'policy.read'
  | 'policy.confirm'
  | 'policy.draft'
  | 'policy.adopt'
  | 'policy.confirmations'
  | 'policy.remind'
  | 'policy.review';

export const sessionQueryKey = ['session'] as const;

async function fetchSession(): Promise<Session | null> {
  try {
    return await api<Session>('GET', '/api/auth/session');
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

/** The current session, or null when nobody is signed in. */
export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: 60_000 });
}

/**
 * After anything that changes who is signed in (or where): forget every other cached answer and
 * read the session again, waiting for it so the next screen never sees the old one.
 */
export async function reloadSession(queryClient: QueryClient): Promise<Session | null> {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionQueryKey[0] });
  return queryClient.fetchQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: 0 });
}

/**
 * After signing out: forget the session and everything read with it. Removing (rather than setting
 * the session to null) tells no page that is still showing, so the signed-in pages do not redirect
 * on their own while the sign-in page is on its way; the next page to ask reads the session afresh.
 */
export function forgetSession(queryClient: QueryClient): void {
  queryClient.removeQueries();
}

/** Where someone in each session state belongs. */
export function pathForStatus(status: SessionStatus): string {
  if (status === 'awaiting_2fa') return '/two-factor';
  if (status === 'must_enrol_2fa') return '/two-factor/enrol';
  return '/';
}

export const can = (session: Session | null | undefined, ability: Ability): boolean =>
  session?.abilities[ability] === true;

/** Whether the signed-in user has an ability; false while the session is loading. */
export function useCan(ability: Ability): boolean {
  const { data } = useSession();
  return can(data, ability);
}
