import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/http/authenticate.ts';
import { ListOutboxResponse } from './mail.schema.ts';
import type { MailService } from './mail.service.ts';

export function registerMailRoutes(app: FastifyInstance, mail: MailService): void {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/api/mail/outbox',
      { schema: { tags: ['mail'], response: { 200: ListOutboxResponse } } },
      (request) => mail.listOutbox(requireActor(request)),
    );
}
