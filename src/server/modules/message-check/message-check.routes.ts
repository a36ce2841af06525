import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/http/authenticate.ts';
import { CheckMessageRequest, CheckMessageResponse } from './message-check.schema.ts';
import type { MessageCheckService } from './message-check.service.ts';

export function registerMessageCheckRoutes(app: FastifyInstance, messages: MessageCheckService): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/message-check',
    {
      schema: {
        tags: ['message check'],
        body: CheckMessageRequest,
        response: { 200: CheckMessageResponse },
      },
    },
    (request) => messages.checkMessage(requireActor(request), request.body),
  );
}
