import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/http/authenticate.ts';
import { ImportCsvRequest, ImportReportResponse } from '../../platform/http/import.schema.ts';
import {
  InvitationResponse,
  InviteUserRequest,
  ListInvitationsResponse,
  ListMembersResponse,
  MemberResponse,
  UpdateMemberRequest,
  UserIdParams,
} from './users.schema.ts';
import type { UsersService } from './users.service.ts';

const tags = ['users'];

export function registerUsersRoutes(app: FastifyInstance, users: UsersService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/users', { schema: { tags, response: { 200: ListMembersResponse } } }, (request) =>
    users.listMembers(requireActor(request)),
  );
  r.patch(
    '/api/users/:userId',
    { schema: { tags, params: UserIdParams, body: UpdateMemberRequest, response: { 200: MemberResponse } } },
    (request) => users.updateMember(requireActor(request), request.params.userId, request.body),
  );
  r.get(
    '/api/users/invitations',
    { schema: { tags, response: { 200: ListInvitationsResponse } } },
    (request) => users.listInvitations(requireActor(request)),
  );
  r.post(
    '/api/users/invitations',
    { schema: { tags, body: InviteUserRequest, response: { 201: InvitationResponse } } },
    async (request, reply) =>
      reply.status(201).send(await users.inviteUser(requireActor(request), request.body)),
  );
  r.post(
    '/api/users/import',
    {
      bodyLimit: 2_500_000,
      schema: { tags, body: ImportCsvRequest, response: { 200: ImportReportResponse } },
    },
    (request) => users.importUsers(requireActor(request), request.body.csv, request.body.dryRun),
  );
}
