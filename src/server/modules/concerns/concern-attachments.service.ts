import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/roles.ts';
import type { Database } from '../../platform/db/tables.ts';
import { inTransaction } from '../../platform/db/tenancy.ts';
import { forbidden, invalidInput, notFound } from '../../platform/errors.ts';
import * as files from './concern-attachments.repo.ts';
import { checkAttachment } from './concern-attachments.rules.ts';
import { concernsPolicy } from './concerns.policy.ts';
import * as repo from './concerns.repo.ts';
import { type Access, stepUpRequired } from './concerns.service.ts';

type Deps = { db: Kysely<Database>; attachmentsDir: string };

/** A reporter may add files to their own report for a day after sending it, without seeing the case. */
const REPORTER_WINDOW_MS = 24 * 3600 * 1000;

const viewerOf = (a: Actor): repo.Viewer => ({
  userId: a.userId,
  isLead: concernsPolicy.can(a, 'concerns.read'),
  isDsl: a.roles.includes('dsl'),
});

export function createConcernAttachmentsService({ db, attachmentsDir }: Deps) {
  return {
    async addAttachment(
      actor: Actor,
      concernId: string,
      upload: { fileName: string; bytes: Buffer; confirmedNoIndecentImages: boolean },
      access: Access,
    ) {
      if (!concernsPolicy.can(actor, 'concerns.report')) throw forbidden();
      // R-INC-9: the reporter confirms they read the warning before any file is kept.
      if (!upload.confirmedNoIndecentImages)
        throw invalidInput('Confirm you have read the warning about images of children.', [
          {
            path: 'confirmNoIndecentImages',
            message:
              'Confirm that this file is not a sexual image of a child. Describe such images instead and report them to the police or the IWF.',
          },
        ]);
      const checked = await checkAttachment(upload.fileName, upload.bytes);
      if (!checked.ok) throw invalidInput(checked.message, [{ path: 'file', message: checked.message }]);
      const storageName = randomUUID();
      const dir = join(attachmentsDir, actor.organisationId);
      return inTransaction(db, { organisationId: actor.organisationId, userId: actor.userId }, async (tx) => {
        const concern = await files.findReporter(tx, actor.organisationId, concernId);
        if (!concern) throw notFound('That case');
        const isRecentReporter =
          concern.reporter_user_id === actor.userId &&
          Date.now() - concern.reported_at.getTime() < REPORTER_WINDOW_MS;
        const canSee = await repo.canView(tx, actor.organisationId, concernId, viewerOf(actor));
        if (!isRecentReporter && !canSee) throw notFound('That case');
        if (!isRecentReporter && concern.restricted && !access.steppedUp) throw stepUpRequired();
        await mkdir(dir, { recursive: true, mode: 0o700 });
        await writeFile(join(dir, storageName), upload.bytes, { flag: 'wx', mode: 0o600 });
        try {
          const row = await files.insertAttachment(tx, actor.organisationId, {
            concern_id: concernId,
            original_name: upload.fileName.slice(-255),
            content_type: checked.contentType,
            size_bytes: upload.bytes.length,
            sha256: createHash('sha256').update(upload.bytes).digest('hex'),
            storage_name: storageName,
            uploaded_by: actor.userId,
          });
          await repo.insertEntry(tx, actor.organisationId, {
            concern_id: concernId,
            kind: 'attachment_added',
            actor_user_id: actor.userId,
            data: { attachmentId: row.id, name: upload.fileName, contentType: checked.contentType },
          });
          await recordAudit(tx, {
            organisationId: actor.organisationId,
            actorUserId: actor.userId,
            action: 'concern.attachment_added',
            entityType: 'concern',
            entityId: concernId,
            ip: actor.ip,
            details: { attachmentId: row.id, contentType: checked.contentType, size: upload.bytes.length },
          });
          return {
            id: row.id,
            name: upload.fileName,
            contentType: checked.contentType,
            sizeBytes: upload.bytes.length,
            uploadedAt: row.uploaded_at.toISOString(),
          };
        } catch (error) {
          await unlink(join(dir, storageName)).catch(() => {});
          throw error;
        }
      });
    },

    /** Served only to people who may open the case; every download is audited. */
    async openAttachment(actor: Actor, concernId: string, attachmentId: string, access: Access) {
      if (!concernsPolicy.can(actor, 'concerns.read')) throw forbidden();
      return inTransaction(db, { organisationId: actor.organisationId, userId: actor.userId }, async (tx) => {
        const concern = await files.findReporter(tx, actor.organisationId, concernId);
        if (!concern || !(await repo.canView(tx, actor.organisationId, concernId, viewerOf(actor))))
          throw notFound('That file');
        if (concern.restricted && !access.steppedUp) throw stepUpRequired();
        const row = await files.findAttachment(tx, actor.organisationId, concernId, attachmentId);
        if (!row) throw notFound('That file');
        await recordAudit(tx, {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'concern.attachment_downloaded',
          entityType: 'concern',
          entityId: concernId,
          ip: actor.ip,
          details: { attachmentId },
        });
        return {
          name: row.original_name,
          contentType: row.content_type,
          size: row.size_bytes,
          stream: () => createReadStream(join(attachmentsDir, actor.organisationId, row.storage_name)),
        };
      });
    },
  };
}

export type ConcernAttachmentsService = ReturnType<typeof createConcernAttachmentsService>;
