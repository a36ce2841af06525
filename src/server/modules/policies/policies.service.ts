import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/roles.ts';
import type { Database, PolicyDocument } from '../../platform/db/tables.ts';
import { inTransaction, type Tx } from '../../platform/db/tenancy.ts';
import { conflict, forbidden, invalidInput, notFound } from '../../platform/errors.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import { importPolicy, NotAPolicyError } from './import/import-policy.ts';
import { readPolicySource, UnreadableSourceError } from './import/read-source.ts';
import type { PolicyPack } from './pack/pack.schema.ts';
import { nextReviewDue, reviewState } from './pack/review-schedule.ts';
import { policiesPolicy } from './policies.policy.ts';
import * as repo from './policies.repo.ts';
import { CONTENT_TYPES, documentFileName, type RenderFormat, renderPolicy } from './render/render.ts';

const ctx = (a: Actor) => ({ organisationId: a.organisationId, userId: a.userId });
const iso = (d: Date | null) => d?.toISOString() ?? null;
const day = (d: Date) => d.toISOString().slice(0, 10);
const DOCUMENTS: PolicyDocument[] = ['online_safety_policy', 'acceptable_use_policy'];

function summary(v: repo.VersionRow) {
  return {
    id: v.id,
    versionNumber: v.version_number,
    status: v.status,
    title: v.title,
    source: v.source,
    summaryOfChanges: v.summary_of_changes,
    createdBy: v.created_by_name ?? null,
    createdAt: v.created_at.toISOString(),
    adoptedBy: v.adopted_by_name ?? null,
    adoptedAt: iso(v.adopted_at),
    supersededAt: iso(v.superseded_at),
    nextReviewDue: iso(v.next_review_due),
  };
}

/**
 * R-POL-2: the revision-history table fills itself: the document's own history, then one row for
 * every version adopted in Haven up to this one.
 */
async function revisionHistory(tx: Tx, organisationId: string, upTo: repo.VersionRow) {
  const pack = upTo.pack as PolicyPack;
  const adopted = (await repo.listVersions(tx, organisationId))
    .filter((v) => v.adopted_at && v.version_number <= upTo.version_number)
    .sort((a, b) => a.version_number - b.version_number);
  return [
    ...pack.revisionHistory,
    ...adopted.map((v) => ({
      reviewDate: day(v.adopted_at as Date),
      byWhom: v.adopted_by_name ?? 'Unknown',
      summary: v.summary_of_changes,
      dateImplemented: day(v.adopted_at as Date),
    })),
  ];
}

/** Policies whose review is due within `withinDays` days, or overdue: for the compliance area. */
export async function findPoliciesDueForReview(
  tx: Tx,
  organisationId: string,
  now = new Date(),
  withinDays = 30,
) {
  const before = new Date(now.getTime() + withinDays * 86_400_000);
  return (await repo.findVersionsDueForReview(tx, organisationId, before)).map((v) => ({
    versionId: v.id,
    versionNumber: v.version_number,
    title: v.title,
    nextReviewDue: (v.next_review_due as Date).toISOString(),
    state: reviewState(v.next_review_due as Date, now, withinDays),
  }));
}

export function createPoliciesService({
  db,
  now = () => new Date(),
}: {
  db: Kysely<Database>;
  now?: () => Date;
}) {
  async function view(actor: Actor, tx: Tx, v: repo.VersionRow) {
    const mine = await repo.listConfirmations(tx, actor.organisationId, v.id);
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'policy.viewed',
      entityType: 'policy_version',
      entityId: v.id,
      ip: actor.ip,
    });
    return {
      ...summary(v),
      pack: v.pack as PolicyPack,
      revisionHistory: await revisionHistory(tx, actor.organisationId, v),
      review: v.next_review_due && v.status === 'adopted' ? reviewState(v.next_review_due, now()) : null,
      myConfirmations: mine.filter((c) => c.user_id === actor.userId).map((c) => c.document),
    };
  }

  return {
    async getAdopted(actor: Actor) {
      if (!policiesPolicy.can(actor, 'policy.read')) throw forbidden();
      return inTransaction(db, ctx(actor), async (tx) => {
        const v = await repo.findAdoptedVersion(tx, actor.organisationId);
        if (!v) throw notFound('An adopted policy');
        return view(actor, tx, v);
      });
    },

    async getVersion(actor: Actor, versionId: string) {
      if (!policiesPolicy.can(actor, 'policy.read')) throw forbidden();
      return inTransaction(db, ctx(actor), async (tx) => {
        const v = await repo.findVersion(tx, actor.organisationId, versionId);
        // Drafts are for those who write and adopt them.
        if (!v || (v.status === 'draft' && !policiesPolicy.can(actor, 'policy.draft'))) {
          throw notFound('That policy version');
        }
        return view(actor, tx, v);
      });
    },

    /** The version as a document to read, print or publish: HTML, PDF or Word. */
    async renderVersion(actor: Actor, versionId: string, format: RenderFormat) {
      if (!policiesPolicy.can(actor, 'policy.read')) throw forbidden();
      return inTransaction(db, ctx(actor), async (tx) => {
        const v = await repo.findVersion(tx, actor.organisationId, versionId);
        if (!v || (v.status === 'draft' && !policiesPolicy.can(actor, 'policy.draft'))) {
          throw notFound('That policy version');
        }
        const pack = v.pack as PolicyPack;
        const body = await renderPolicy(pack, format, {
          revisionHistory: await revisionHistory(tx, actor.organisationId, v),
          status: v.status,
          nextReviewDue: v.status === 'adopted' ? iso(v.next_review_due) : null,
        });
        await recordAudit(tx, {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'policy.downloaded',
          entityType: 'policy_version',
          entityId: v.id,
          ip: actor.ip,
          details: { format },
        });
        return {
          body,
          contentType: CONTENT_TYPES[format],
          fileName: documentFileName(pack.organisation.name, v.version_number, format),
        };
      });
    },

    /**
     * Reads an uploaded policy and proposes a pack; nothing is saved until the coordinator has
     * reviewed the proposal and saves it as a draft.
     */
    async proposeImport(actor: Actor, input: { fileName: string; contentBase64: string }) {
      if (!policiesPolicy.can(actor, 'policy.draft')) throw forbidden();
      let proposal: ReturnType<typeof importPolicy>;
      try {
        const text = await readPolicySource(Buffer.from(input.contentBase64, 'base64'), input.fileName);
        proposal = importPolicy(text);
      } catch (error) {
        if (error instanceof UnreadableSourceError || error instanceof NotAPolicyError) {
          throw invalidInput(error.message, [{ path: 'file', message: error.message }]);
        }
        throw error;
      }
      await inTransaction(db, ctx(actor), (tx) =>
        recordAudit(tx, {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'policy.import_proposed',
          entityType: 'policy_import',
          ip: actor.ip,
          details: { recognised: proposal.recognised.length, unmapped: proposal.unmapped.length },
        }),
      );
      return proposal;
    },

    async listVersions(actor: Actor) {
      if (!policiesPolicy.can(actor, 'policy.draft')) throw forbidden();
      return inTransaction(db, ctx(actor), async (tx) => ({
        items: (await repo.listVersions(tx, actor.organisationId)).map(summary),
      }));
    },

    async createDraft(
      actor: Actor,
      input: { pack: PolicyPack; summaryOfChanges: string; source?: 'editor' | 'import' },
    ) {
      if (!policiesPolicy.can(actor, 'policy.draft')) throw forbidden();
      return inTransaction(db, ctx(actor), async (tx) => {
        const created = await repo.insertVersion(tx, actor.organisationId, {
          pack: input.pack,
          title: input.pack.title,
          source: input.source ?? 'editor',
          summary: input.summaryOfChanges,
          createdBy: actor.userId,
        });
        await recordAudit(tx, {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'policy.draft_created',
          entityType: 'policy_version',
          entityId: created.id,
          ip: actor.ip,
          details: { versionNumber: created.version_number, source: input.source ?? 'editor' },
        });
        return { id: created.id, versionNumber: created.version_number };
      });
    },

    /**
     * Adopting supersedes the version adopted before, sets the next review date from
     * rules.review, and applies rules.people.youngPersonNames to the organisation, all at once.
     */
    async adopt(actor: Actor, versionId: string) {
      if (!policiesPolicy.can(actor, 'policy.adopt')) throw forbidden();
      return inTransaction(db, ctx(actor), async (tx) => {
        const v = await repo.findVersion(tx, actor.organisationId, versionId);
        if (!v) throw notFound('That policy version');
        if (v.status !== 'draft') {
          throw conflict(
            v.status === 'adopted'
              ? 'This version is already adopted.'
              : 'This version was superseded. Save it as a new draft to adopt it again.',
          );
        }
        const at = now();
        const previous = await repo.findAdoptedVersion(tx, actor.organisationId);
        if (previous) {
          await repo.setStatus(tx, actor.organisationId, previous.id, {
            status: 'superseded',
            superseded_at: at,
          });
        }
        const pack = v.pack as PolicyPack;
        await repo.setStatus(tx, actor.organisationId, v.id, {
          status: 'adopted',
          adopted_by: actor.userId,
          adopted_at: at,
          next_review_due: nextReviewDue(at, pack.rules.review),
        });
        await repo.setYoungPersonNames(tx, actor.organisationId, pack.rules.people.youngPersonNames);
        await recordAudit(tx, {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'policy.adopted',
          entityType: 'policy_version',
          entityId: v.id,
          ip: actor.ip,
          details: { versionNumber: v.version_number, superseded: previous?.id ?? null },
        });
        const adopted = await repo.findVersion(tx, actor.organisationId, v.id);
        return summary(adopted as repo.VersionRow);
      });
    },

    async confirmReading(actor: Actor, input: { versionId: string; document: PolicyDocument }) {
      if (!policiesPolicy.can(actor, 'policy.confirm')) throw forbidden();
      return inTransaction(db, ctx(actor), async (tx) => {
        const adopted = await repo.findAdoptedVersion(tx, actor.organisationId);
        if (!adopted || adopted.id !== input.versionId) {
          throw conflict(
            'You can only confirm the version your organisation has adopted. Reload the page to read it.',
          );
        }
        await repo.insertConfirmation(tx, actor.organisationId, {
          versionId: adopted.id,
          userId: actor.userId,
          document: input.document,
        });
        await recordAudit(tx, {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'policy.read_confirmed',
          entityType: 'policy_version',
          entityId: adopted.id,
          ip: actor.ip,
          details: { document: input.document },
        });
        const mine = await repo.listConfirmations(tx, actor.organisationId, adopted.id);
        return { confirmed: mine.filter((c) => c.user_id === actor.userId).map((c) => c.document) };
      });
    },

    async listConfirmations(actor: Actor) {
      if (!policiesPolicy.can(actor, 'policy.confirmations')) throw forbidden();
      return inTransaction(db, ctx(actor), async (tx) => {
        const adopted = await repo.findAdoptedVersion(tx, actor.organisationId);
        if (!adopted) throw notFound('An adopted policy');
        const result = await confirmationTable(tx, actor.organisationId, adopted);
        await recordAudit(tx, {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'policy.confirmations_viewed',
          entityType: 'policy_version',
          entityId: adopted.id,
          ip: actor.ip,
        });
        return result;
      });
    },

    /** Emails everyone who has not confirmed both documents for the adopted version. */
    async sendReminders(actor: Actor) {
      if (!policiesPolicy.can(actor, 'policy.remind')) throw forbidden();
      return inTransaction(db, ctx(actor), async (tx) => {
        const adopted = await repo.findAdoptedVersion(tx, actor.organisationId);
        if (!adopted) throw notFound('An adopted policy');
        const members = await repo.listActiveMembers(tx, actor.organisationId);
        const table = await confirmationTable(tx, actor.organisationId, adopted);
        const pending = table.people.filter(
          (p) => !p.onlineSafetyPolicyConfirmedAt || !p.acceptableUsePolicyConfirmedAt,
        );
        for (const person of pending) {
          const email = members.find((m) => m.id === person.userId)?.email;
          if (!email) continue;
          await queueMail(tx, {
            organisationId: actor.organisationId,
            to: email,
            kind: 'policy_read_reminder',
            subject: `Please read and confirm: ${adopted.title}`,
            text: [
              `Hello ${person.name},`,
              '',
              `Your organisation has adopted version ${adopted.version_number} of “${adopted.title}”.`,
              'Please sign in to Haven, read it and the acceptable use policy, and confirm that you have read them.',
            ].join('\n'),
          });
        }
        await recordAudit(tx, {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'policy.reminders_sent',
          entityType: 'policy_version',
          entityId: adopted.id,
          ip: actor.ip,
          details: { recipients: pending.map((p) => p.userId) },
        });
        return { reminded: pending.length };
      });
    },

    async reviewsDue(actor: Actor) {
      if (!policiesPolicy.can(actor, 'policy.review')) throw forbidden();
      return inTransaction(db, ctx(actor), async (tx) => ({
        items: await findPoliciesDueForReview(tx, actor.organisationId, now()),
      }));
    },
  };
}

async function confirmationTable(tx: Tx, organisationId: string, adopted: repo.VersionRow) {
  const members = await repo.listActiveMembers(tx, organisationId);
  const confirmations = await repo.listConfirmations(tx, organisationId, adopted.id);
  const at = (userId: string, document: PolicyDocument) =>
    iso(confirmations.find((c) => c.user_id === userId && c.document === document)?.confirmed_at ?? null);
  const people = members.map((m) => ({
    userId: m.id,
    name: m.name,
    roles: m.roles,
    onlineSafetyPolicyConfirmedAt: at(m.id, DOCUMENTS[0] as PolicyDocument),
    acceptableUsePolicyConfirmedAt: at(m.id, DOCUMENTS[1] as PolicyDocument),
  }));
  return {
    versionId: adopted.id,
    versionNumber: adopted.version_number,
    people,
    notConfirmed: people.filter((p) => !p.onlineSafetyPolicyConfirmedAt || !p.acceptableUsePolicyConfirmedAt)
      .length,
  };
}

export type PoliciesService = ReturnType<typeof createPoliciesService>;
