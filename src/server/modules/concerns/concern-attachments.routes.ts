import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invalidInput } from '../../platform/errors.ts';
import { hasRecentStepUp, requireActor } from '../../platform/http/authenticate.ts';
import {
  ALLOWED_DESCRIPTION,
  contentDisposition,
  MAX_ATTACHMENT_BYTES,
} from './concern-attachments.rules.ts';
import type { ConcernAttachmentsService } from './concern-attachments.service.ts';
import { ConcernIdParams } from './concerns.schema.ts';

const tags = ['concerns'];
export const AttachmentResponse = z.object({
  id: z.string().uuid(),
  name: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  uploadedAt: z.string(),
});
const AttachmentParams = ConcernIdParams.extend({
  attachmentId: z.string().uuid('That is not a valid file id.'),
});

/** Multipart is registered in this scope only: no other route accepts uploads. */
export async function registerConcernAttachmentsRoutes(
  app: FastifyInstance,
  attachments: ConcernAttachmentsService,
): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5, fieldSize: 1000 },
    });
    const r = scope.withTypeProvider<ZodTypeProvider>();

    r.post(
      '/api/concerns/:concernId/attachments',
      { schema: { tags, params: ConcernIdParams, response: { 201: AttachmentResponse } } },
      async (request, reply) => {
        const actor = requireActor(request);
        if (!request.isMultipart())
          throw invalidInput('Send the file as a form upload.', [
            { path: 'file', message: 'Choose a file.' },
          ]);
        const file = await request.file();
        if (!file) throw invalidInput('Choose a file to add.', [{ path: 'file', message: 'Choose a file.' }]);
        let bytes: Buffer;
        try {
          bytes = await file.toBuffer();
        } catch {
          const message = `This file is larger than 10 MB. ${ALLOWED_DESCRIPTION}`;
          throw invalidInput(message, [{ path: 'file', message }]);
        }
        const confirm = file.fields.confirmNoIndecentImages;
        const confirmed =
          !Array.isArray(confirm) && confirm?.type === 'field' && String(confirm.value) === 'true';
        const result = await attachments.addAttachment(
          actor,
          request.params.concernId,
          { fileName: file.filename, bytes, confirmedNoIndecentImages: confirmed },
          { steppedUp: hasRecentStepUp(request.session) },
        );
        return reply.status(201).send(result);
      },
    );

    r.get(
      '/api/concerns/:concernId/attachments/:attachmentId',
      { schema: { tags, params: AttachmentParams } },
      async (request, reply) => {
        const file = await attachments.openAttachment(
          requireActor(request),
          request.params.concernId,
          request.params.attachmentId,
          { steppedUp: hasRecentStepUp(request.session) },
        );
        return reply
          .type(file.contentType)
          .header('content-disposition', contentDisposition(file.name))
          .header('content-length', String(file.size))
          .send(file.stream());
      },
    );
  });
}
