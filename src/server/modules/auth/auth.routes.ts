import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { clearSessionCookie, setCsrfCookie, setSessionCookie } from '../../platform/http/cookies.ts';
import { newToken } from '../../platform/ids.ts';
import {
  AcceptInvitationRequest,
  ChangePasswordRequest,
  CompletePasswordResetRequest,
  CsrfResponse,
  EnableTwoFactorRequest,
  EnableTwoFactorResponse,
  GetSessionResponse,
  InspectInvitationRequest,
  InspectInvitationResponse,
  RequestPasswordResetRequest,
  SetUpTwoFactorResponse,
  SignInRequest,
  SignInResponse,
  SwitchOrganisationRequest,
  VerifyTwoFactorRequest,
} from './auth.schema.ts';
import type { AuthService } from './auth.service.ts';

const meta = (request: FastifyRequest) => ({
  ip: request.ip,
  userAgent: request.headers['user-agent'] ?? '',
});
const tags = ['auth'];

export function registerAuthRoutes(app: FastifyInstance, auth: AuthService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/auth/csrf', { schema: { tags, response: { 200: CsrfResponse } } }, async (request, reply) => {
    const csrfToken = request.cookies.haven_csrf ?? newToken();
    setCsrfCookie(request, reply, csrfToken);
    return { csrfToken };
  });

  r.get('/api/auth/session', { schema: { tags, response: { 200: GetSessionResponse } } }, (request) =>
    auth.describeSession(request.session),
  );

  r.post(
    '/api/auth/sign-in',
    { schema: { tags, body: SignInRequest, response: { 200: SignInResponse } } },
    async (request, reply) => {
      const { token, status } = await auth.signIn(request.body.email, request.body.password, meta(request));
      setSessionCookie(request, reply, token);
      setCsrfCookie(request, reply, newToken());
      return { status };
    },
  );

  r.post(
    '/api/auth/two-factor/verify',
    { schema: { tags, body: VerifyTwoFactorRequest, response: { 200: SignInResponse } } },
    async (request, reply) => {
      const { token } = await auth.verifySecondFactor(request.session, request.body.code, meta(request));
      setSessionCookie(request, reply, token);
      return { status: 'active' as const };
    },
  );

  r.post('/api/auth/step-up', { schema: { tags, body: EnableTwoFactorRequest } }, async (request, reply) => {
    await auth.stepUp(request.session, request.body.code, meta(request));
    return reply.status(204).send();
  });

  r.post(
    '/api/auth/two-factor/setup',
    { schema: { tags, response: { 200: SetUpTwoFactorResponse } } },
    (request) => auth.setUpSecondFactor(request.session),
  );

  r.post(
    '/api/auth/two-factor/enable',
    { schema: { tags, body: EnableTwoFactorRequest, response: { 200: EnableTwoFactorResponse } } },
    async (request, reply) => {
      const { token, recoveryCodes } = await auth.enableSecondFactor(
        request.session,
        request.body.code,
        meta(request),
      );
      setSessionCookie(request, reply, token);
      return { recoveryCodes };
    },
  );

  r.post(
    '/api/auth/switch-organisation',
    { schema: { tags, body: SwitchOrganisationRequest } },
    async (request, reply) => {
      await auth.switchOrganisation(request.session, request.body.organisationId, meta(request));
      return reply.status(204).send();
    },
  );

  r.post('/api/auth/sign-out', { schema: { tags } }, async (request, reply) => {
    await auth.signOut(request.session, false, meta(request));
    clearSessionCookie(request, reply);
    return reply.status(204).send();
  });

  r.post('/api/auth/sign-out-everywhere', { schema: { tags } }, async (request, reply) => {
    await auth.signOut(request.session, true, meta(request));
    clearSessionCookie(request, reply);
    return reply.status(204).send();
  });

  r.post(
    '/api/auth/change-password',
    { schema: { tags, body: ChangePasswordRequest } },
    async (request, reply) => {
      await auth.changePassword(
        request.session,
        request.body.currentPassword,
        request.body.newPassword,
        meta(request),
      );
      return reply.status(204).send();
    },
  );

  r.post(
    '/api/auth/password-reset/request',
    { schema: { tags, body: RequestPasswordResetRequest } },
    async (request, reply) => {
      await auth.requestPasswordReset(request.body.email, meta(request));
      return reply.status(202).send();
    },
  );

  r.post(
    '/api/auth/password-reset/complete',
    { schema: { tags, body: CompletePasswordResetRequest } },
    async (request, reply) => {
      await auth.completePasswordReset(request.body.token, request.body.password, meta(request));
      return reply.status(204).send();
    },
  );

  r.post(
    '/api/auth/invitations/inspect',
    { schema: { tags, body: InspectInvitationRequest, response: { 200: InspectInvitationResponse } } },
    async (request) => {
      const found = await auth.inspectInvitation(request.body.token);
      return {
        organisationName: found.organisationName,
        email: found.invitation.email,
        name: found.invitation.name,
        accountExists: found.accountExists,
      };
    },
  );

  r.post(
    '/api/auth/invitations/accept',
    { schema: { tags, body: AcceptInvitationRequest } },
    async (request, reply) => {
      await auth.acceptInvitation(
        request.body.token,
        request.body.name,
        request.body.password,
        meta(request),
      );
      return reply.status(204).send();
    },
  );
}
