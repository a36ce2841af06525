import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Actor, Role } from '../../platform/auth/roles.ts';
import { toCsv } from '../../platform/csv.ts';
import type { ConcernStatus, Database } from '../../platform/db/tables.ts';
import { inTransaction, type Tx } from '../../platform/db/tenancy.ts';
import {
  conflict,
  type FieldError,
  forbidden,
  invalidInput,
  notFound,
  Problem,
} from '../../platform/errors.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import { listAttachments } from './concern-attachments.repo.ts';
import { londonDateTime, renderCaseFile } from './concern-export.rules.ts';
import { type ConcernAction, concernsPolicy } from './concerns.policy.ts';
import * as repo from './concerns.repo.ts';
import { addDuration, addWorkingDay, type ConcernRules, formatReference } from './concerns.rules.ts';
import {
  type AddEntryInput,
  ALLEGATION_OUTCOMES,
  type ListConcernsFilter,
  type ReportAllegationInput,
  type ReportConcernInput,
} from './concerns.schema.ts';

type Deps = {
  db: Kysely<Database>;
  publicUrl: string;
  /** rules.concerns of the adopted policy pack; until packs are wired in, the defaults. */
  readConcernRules: (tx: Tx, organisationId: string) => Promise<ConcernRules>;
  now?: () => Date;
};

/** Whether the session re-entered its second factor recently (restricted cases need it). */
export type Access = { steppedUp: boolean };

const ctx = (a: Actor) => ({ organisationId: a.organisationId, userId: a.userId });
const has = (a: Actor, r: Role) => a.roles.includes(r);
const viewerOf = (a: Actor): repo.Viewer => ({
  userId: a.userId,
  isLead: concernsPolicy.can(a, 'concerns.read'),
  isDsl: has(a, 'dsl'),
});

function authorise(actor: Actor, action: ConcernAction): void {
  if (!concernsPolicy.can(actor, action)) throw forbidden();
}

export const stepUpRequired = () =>
  new Problem(
    403,
    'Confirm it is you',
    'This case is restricted. Enter the code from your authenticator app again to open it.',
    { type: 'urn:haven:problem:step-up-required' },
  );

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

function summary(r: repo.SummaryRow, now: Date) {
  const open = r.status !== 'closed';
  return {
    id: r.id,
    reference: formatReference(r.reference_number),
    status: r.status,
    riskLevel: r.risk_level,
    types: r.types as never[],
    reportedAt: r.reported_at.toISOString(),
    triageDueAt: r.triage_due_at.toISOString(),
    triageOverdue: r.status === 'new' && r.triage_due_at < now,
    nextReviewAt: iso(r.next_review_at),
    reviewOverdue: open && Boolean(r.next_review_at && r.next_review_at < now),
    immediateDanger: r.immediate_danger,
    restricted: r.restricted,
    allegation: Boolean(r.allegation_subject_user_id || r.allegation_subject_person_id),
    assignedToName: r.assigned_to_name,
  };
}

export function createConcernsService({ db, publicUrl, readConcernRules, now = () => new Date() }: Deps) {
  const audit = (
    tx: Tx,
    actor: Actor,
    action: string,
    entityId: string | null,
    details?: Record<string, unknown>,
  ) =>
    recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action,
      entityType: 'concern',
      entityId,
      ip: actor.ip,
      ...(details ? { details } : {}),
    });

  /** The case if this actor may see it (404 otherwise, so its existence is not revealed). */
  async function openCase(tx: Tx, actor: Actor, concernId: string, access: Access) {
    const row = await repo.findConcern(tx, actor.organisationId, concernId);
    if (!row || !(await repo.canView(tx, actor.organisationId, concernId, viewerOf(actor))))
      throw notFound('That case');
    if (row.restricted && !access.steppedUp) throw stepUpRequired();
    return row;
  }

  async function checkMembers(tx: Tx, actor: Actor, ids: Array<[string, string | null | undefined]>) {
    const members = new Map((await repo.listActiveMembers(tx, actor.organisationId)).map((m) => [m.id, m]));
    const errors: FieldError[] = [];
    for (const [path, id] of ids) {
      if (id && !members.has(id))
        errors.push({ path, message: 'Choose someone who is an active member of your organisation.' });
    }
    if (errors.length) throw invalidInput('Check the highlighted fields.', errors);
    return members;
  }

  function checkReport(input: ReportConcernInput, at: Date): FieldError[] {
    const errors: FieldError[] = [];
    if (input.happenedAt && new Date(input.happenedAt).getTime() > at.getTime() + 5 * 60_000)
      errors.push({ path: 'happenedAt', message: 'When it happened cannot be in the future.' });
    if (input.types.includes('other') && !input.otherType)
      errors.push({ path: 'otherType', message: 'Say what kind of concern it is.' });
    input.involved.forEach((p, i) => {
      if (!p.personId && !p.description)
        errors.push({
          path: `involved.${i}.description`,
          message:
            'Choose a person from your register or describe them (for example an online account name).',
        });
    });
    if ((input.locationKind === 'online' || input.locationKind === 'both') && !input.platform)
      errors.push({ path: 'platform', message: 'Say which platform, app or channel it happened on.' });
    return errors;
  }

  async function createReport(
    actor: Actor,
    input: ReportConcernInput,
    subject: { userId: string | null; personId: string | null } | null,
  ) {
    authorise(actor, 'concerns.report');
    const at = now();
    const errors = checkReport(input, at);
    if (subject && !subject.userId && !subject.personId)
      errors.push({
        path: 'subjectUserId',
        message: 'Choose the member of staff or volunteer the allegation is about.',
      });
    if (subject?.userId === actor.userId)
      errors.push({ path: 'subjectUserId', message: 'You cannot report an allegation about yourself here.' });
    if (errors.length) throw invalidInput('Check the highlighted fields.', errors);
    return inTransaction(db, ctx(actor), async (tx) => {
      const personIds = [
        ...new Set(
          [...input.involved.map((p) => p.personId), subject?.personId].filter((x): x is string =>
            Boolean(x),
          ),
        ),
      ];
      const found = new Set((await repo.findPeople(tx, actor.organisationId, personIds)).map((p) => p.id));
      const missing: FieldError[] = [];
      input.involved.forEach((p, i) => {
        if (p.personId && !found.has(p.personId))
          missing.push({ path: `involved.${i}.personId`, message: 'This person is not in your register.' });
      });
      if (subject?.personId && !found.has(subject.personId))
        missing.push({ path: 'subjectPersonId', message: 'This person is not in your register.' });
      if (missing.length) throw invalidInput('Check the highlighted fields.', missing);
      const members = await checkMembers(tx, actor, [['subjectUserId', subject?.userId]]);

      const rules = await readConcernRules(tx, actor.organisationId);
      const referenceNumber = await repo.nextReferenceNumber(tx, actor.organisationId);
      const isAllegation = Boolean(subject);
      const row = await repo.insertConcern(tx, actor.organisationId, {
        reference_number: referenceNumber,
        reporter_user_id: actor.userId,
        reported_at: at,
        happened_at: input.happenedAt ? new Date(input.happenedAt) : null,
        location_kind: input.locationKind,
        platform: input.platform ?? null,
        place: input.place ?? null,
        what_happened: input.whatHappened,
        own_words: input.ownWords ?? null,
        image_description: input.imageDescription ?? null,
        immediate_danger: input.immediateDanger,
        risk_areas: [...new Set(input.riskAreas)],
        types: [...new Set(input.types)],
        other_type: input.types.includes('other') ? (input.otherType ?? null) : null,
        allegation_subject_user_id: subject?.userId ?? null,
        allegation_subject_person_id: subject?.personId ?? null,
        lado_due_at: isAllegation ? addWorkingDay(at) : null,
        restricted: isAllegation,
        triage_due_at: addDuration(at, rules.triageWithin),
      });
      await repo.insertInvolved(
        tx,
        actor.organisationId,
        row.id,
        input.involved.map((p) => ({
          person_id: p.personId ?? null,
          description: p.description ?? null,
          involvement: p.involvement,
        })),
      );
      await repo.insertEntry(tx, actor.organisationId, {
        concern_id: row.id,
        kind: 'reported',
        actor_user_id: actor.userId,
        occurred_at: at,
        data: { allegation: isAllegation, immediateDanger: input.immediateDanger },
      });
      await repo.saveDraft(tx, actor.organisationId, actor.userId, null);
      await audit(tx, actor, isAllegation ? 'allegation.reported' : 'concern.reported', row.id, {
        involved: personIds,
        immediateDanger: input.immediateDanger,
      });

      // Alert: the DSL and deputies (for an allegation, the DSL only; never its subject). The
      // email says that a concern exists, its risk level and who reported it: never its content.
      const reference = formatReference(referenceNumber);
      const reporter = members.get(actor.userId)?.name ?? 'A member of your organisation';
      const alertRoles: Role[] = isAllegation ? ['dsl'] : ['dsl', 'deputy_dsl'];
      const risk = input.immediateDanger
        ? 'the reporter says someone may be in immediate danger'
        : 'not yet assessed';
      for (const m of members.values()) {
        if (m.id === subject?.userId || m.id === actor.userId) continue;
        if (!m.roles.some((r) => alertRoles.includes(r as Role))) continue;
        await queueMail(tx, {
          organisationId: actor.organisationId,
          to: m.email,
          kind: 'concern_alert',
          subject: `${input.immediateDanger ? 'Urgent: ' : ''}New ${isAllegation ? 'allegation' : 'concern'} ${reference} in Haven`,
          text: [
            `Hello ${m.name},`,
            '',
            `A new ${isAllegation ? 'allegation about a member of staff or a volunteer' : 'safeguarding concern'} has been reported in Haven.`,
            '',
            `Reference: ${reference}`,
            `Risk level: ${risk}`,
            `Reported by: ${reporter}`,
            '',
            `Sign in to Haven to read and triage it: ${publicUrl}/concerns`,
            '',
            'For your safety and the young person’s, this email does not contain what was reported.',
          ].join('\n'),
        });
      }
      return {
        id: row.id,
        reference,
        status: row.status,
        reportedAt: row.reported_at.toISOString(),
        immediateDanger: input.immediateDanger,
      };
    });
  }

  function presentCase(
    row: repo.ConcernRow,
    involved: Awaited<ReturnType<typeof repo.listInvolved>>,
    entries: Awaited<ReturnType<typeof repo.listEntries>>,
    named: Awaited<ReturnType<typeof repo.listNamedPeople>>,
    files: Awaited<ReturnType<typeof listAttachments>>,
    at: Date,
  ) {
    const ladoReferred = entries.some((e) => e.kind === 'referral' && e.data.agency === 'lado');
    const allegation = Boolean(row.allegation_subject_user_id || row.allegation_subject_person_id);
    return {
      ...summary(row, at),
      reporterName: row.reporter_name,
      happenedAt: iso(row.happened_at),
      locationKind: row.location_kind as never,
      platform: row.platform,
      place: row.place,
      whatHappened: row.what_happened,
      ownWords: row.own_words,
      imageDescription: row.image_description,
      riskAreas: row.risk_areas as never[],
      otherType: row.other_type,
      assignedTo: row.assigned_to,
      involved: involved.map((p) => ({
        personId: p.person_id,
        name: p.name,
        kind: p.kind,
        description: p.description,
        involvement: p.involvement as never,
      })),
      allegationSubjectName: row.subject_user_name ?? row.subject_person_name ?? null,
      ladoDueAt: iso(row.lado_due_at),
      ladoReferralDue: allegation && !ladoReferred && row.status !== 'closed',
      closedAt: iso(row.closed_at),
      outcome: row.outcome,
      namedPeople: named.map((n) => ({ userId: n.user_id, name: n.name })),
      attachments: files.map((f) => ({
        id: f.id,
        name: f.original_name,
        contentType: f.content_type,
        sizeBytes: f.size_bytes,
        uploadedAt: f.uploaded_at.toISOString(),
        uploadedByName: f.uploaded_by_name,
      })),
      chronology: entries.map((e) => ({
        id: e.id,
        kind: e.kind,
        occurredAt: e.occurred_at.toISOString(),
        recordedAt: e.recorded_at.toISOString(),
        actorName: e.actor_name,
        relatedEntryId: e.related_entry_id,
        data: e.data,
      })),
    };
  }

  async function readCase(tx: Tx, actor: Actor, concernId: string, access: Access) {
    const row = await openCase(tx, actor, concernId, access);
    const [involved, entries, named, files] = await Promise.all([
      repo.listInvolved(tx, actor.organisationId, concernId),
      repo.listEntries(tx, actor.organisationId, [concernId]),
      repo.listNamedPeople(tx, actor.organisationId, concernId),
      listAttachments(tx, actor.organisationId, concernId),
    ]);
    return presentCase(row, involved, entries, named, files, now());
  }

  /** A change to a case: the caller's rule runs, the chronology and audit are written, the case returned. */
  async function change(
    actor: Actor,
    action: ConcernAction,
    concernId: string,
    access: Access,
    fn: (tx: Tx, row: repo.ConcernRow) => Promise<{ audit: string; details?: Record<string, unknown> }>,
  ) {
    authorise(actor, action);
    return inTransaction(db, ctx(actor), async (tx) => {
      const row = await openCase(tx, actor, concernId, access);
      const done = await fn(tx, row);
      await audit(tx, actor, done.audit, concernId, done.details);
      return readCase(tx, actor, concernId, access);
    });
  }

  const entry = (
    tx: Tx,
    actor: Actor,
    concernId: string,
    kind: string,
    data: Record<string, unknown>,
    extra: { occurredAt?: string | undefined; related?: string | null } = {},
  ) =>
    repo.insertEntry(tx, actor.organisationId, {
      concern_id: concernId,
      kind,
      actor_user_id: actor.userId,
      ...(extra.occurredAt ? { occurred_at: new Date(extra.occurredAt) } : {}),
      related_entry_id: extra.related ?? null,
      data,
    });

  /** The person an allegation is about is never given the case, a task on it, or access to it. */
  function notTheSubject(row: repo.ConcernRow, path: string, userId: string | null | undefined) {
    if (userId && userId === row.allegation_subject_user_id)
      throw invalidInput('Check the highlighted fields.', [
        { path, message: 'The person an allegation is about cannot be given any part of it.' },
      ]);
  }

  function notInFuture(value: string | undefined | null, path: string) {
    if (value && new Date(value).getTime() > now().getTime() + 5 * 60_000)
      throw invalidInput('Check the highlighted fields.', [
        { path, message: 'This cannot be in the future.' },
      ]);
  }
  function inFuture(value: string, path: string) {
    if (new Date(value).getTime() <= now().getTime())
      throw invalidInput('Check the highlighted fields.', [
        { path, message: 'Choose a date in the future.' },
      ]);
  }

  return {
    async getDraft(actor: Actor) {
      authorise(actor, 'concerns.report');
      return inTransaction(db, ctx(actor), async (tx) => {
        const row = await repo.readDraft(tx, actor.organisationId, actor.userId);
        return { data: row?.data ?? null, updatedAt: row?.data ? row.updated_at.toISOString() : null };
      });
    },

    async saveDraft(actor: Actor, data: Record<string, unknown>) {
      authorise(actor, 'concerns.report');
      return inTransaction(db, ctx(actor), async (tx) => {
        await repo.saveDraft(tx, actor.organisationId, actor.userId, data);
        return { data, updatedAt: now().toISOString() };
      });
    },

    reportConcern: (actor: Actor, input: ReportConcernInput) => createReport(actor, input, null),

    reportAllegation: (actor: Actor, input: ReportAllegationInput) => {
      const { subjectUserId, subjectPersonId, ...rest } = input;
      return createReport(actor, rest, { userId: subjectUserId ?? null, personId: subjectPersonId ?? null });
    },

    /** A reporter sees the reference and status of their own reports, never the case file. */
    async myReports(actor: Actor) {
      authorise(actor, 'concerns.report');
      return inTransaction(db, ctx(actor), async (tx) => {
        const rows = await repo.listMyReports(tx, actor.organisationId, actor.userId);
        await audit(tx, actor, 'concerns.own_listed', null, { count: rows.length });
        return {
          items: rows.map((r) => ({
            reference: formatReference(r.reference_number),
            status: r.status,
            reportedAt: r.reported_at.toISOString(),
            allegation: Boolean(r.allegation_subject_user_id) || r.restricted,
          })),
        };
      });
    },

    async listConcerns(actor: Actor, f: ListConcernsFilter) {
      authorise(actor, 'concerns.read');
      return inTransaction(db, ctx(actor), async (tx) => {
        const { items, total } = await repo.listConcerns(tx, actor.organisationId, viewerOf(actor), {
          q: f.q || undefined,
          status: f.status,
          riskLevel: f.riskLevel,
          type: f.type,
          personId: f.personId,
          from: f.from,
          to: f.to,
          overdue: f.overdue === 'true',
          limit: f.pageSize,
          offset: (f.page - 1) * f.pageSize,
        });
        await audit(tx, actor, 'concerns.listed', null, {
          ids: items.map((i) => i.id),
          searched: Boolean(f.q),
          filters: Object.keys(f).filter((k) => k !== 'q' && k !== 'page' && k !== 'pageSize'),
          page: f.page,
        });
        const at = now();
        return {
          items: items.map((i) => summary(i, at)),
          total: Math.min(total, repo.TOTAL_CAP),
          totalCapped: total > repo.TOTAL_CAP,
          page: f.page,
          pageSize: f.pageSize,
        };
      });
    },

    async counts(actor: Actor) {
      authorise(actor, 'concerns.counts');
      return inTransaction(db, ctx(actor), async (tx) => {
        const lead = concernsPolicy.can(actor, 'concerns.read');
        const result = await repo.counts(tx, actor.organisationId, lead ? viewerOf(actor) : null);
        await audit(tx, actor, 'concerns.counted', null);
        return result;
      });
    },

    async getConcern(actor: Actor, concernId: string, access: Access) {
      authorise(actor, 'concerns.read');
      return inTransaction(db, ctx(actor), async (tx) => {
        const result = await readCase(tx, actor, concernId, access);
        await audit(tx, actor, 'concern.viewed', concernId, { restricted: result.restricted });
        return result;
      });
    },

    /** Every entry about a person across the cases this actor may open, in time order. */
    async personChronology(actor: Actor, personId: string, access: Access) {
      authorise(actor, 'concerns.read');
      return inTransaction(db, ctx(actor), async (tx) => {
        const { items } = await repo.listConcerns(tx, actor.organisationId, viewerOf(actor), {
          personId,
          limit: 500,
          offset: 0,
        });
        const open = items.filter((i) => !i.restricted || access.steppedUp);
        const entries = await repo.listEntries(
          tx,
          actor.organisationId,
          open.map((i) => i.id),
        );
        await audit(tx, actor, 'concerns.person_chronology_viewed', null, {
          personId,
          ids: open.map((i) => i.id),
        });
        return {
          restrictedHidden: items.length - open.length,
          items: entries.map((e) => ({
            id: e.id,
            concernId: e.concern_id,
            reference: formatReference(e.reference_number),
            kind: e.kind,
            occurredAt: e.occurred_at.toISOString(),
            recordedAt: e.recorded_at.toISOString(),
            actorName: e.actor_name,
            relatedEntryId: e.related_entry_id,
            data: e.data,
          })),
        };
      });
    },

    triage(
      actor: Actor,
      concernId: string,
      input: {
        riskLevel: repo.ConcernRow['risk_level'] & string;
        assignedTo?: string | null | undefined;
        decision: string;
        rationale: string;
      },
      access: Access,
    ) {
      return change(actor, 'concerns.triage', concernId, access, async (tx, row) => {
        if (row.status === 'closed')
          throw conflict('This case is closed. Reopen it before triaging it again.');
        await checkMembers(tx, actor, [['assignedTo', input.assignedTo]]);
        const rules = await readConcernRules(tx, actor.organisationId);
        const at = now();
        await repo.updateConcern(tx, actor.organisationId, concernId, {
          risk_level: input.riskLevel,
          status: 'open',
          triaged_at: at,
          ...(input.assignedTo !== undefined ? { assigned_to: input.assignedTo ?? null } : {}),
          ...(rules.reviewEvery && !row.next_review_at
            ? { next_review_at: addDuration(at, rules.reviewEvery) }
            : {}),
        });
        await entry(tx, actor, concernId, 'triaged', {
          riskLevel: input.riskLevel,
          previousRiskLevel: row.risk_level,
          assignedTo: input.assignedTo ?? null,
          decision: input.decision,
          rationale: input.rationale,
        });
        return { audit: 'concern.triaged', details: { fields: ['riskLevel', 'assignedTo', 'decision'] } };
      });
    },

    assign(actor: Actor, concernId: string, assignedTo: string | null, access: Access) {
      return change(actor, 'concerns.triage', concernId, access, async (tx, row) => {
        notTheSubject(row, 'assignedTo', assignedTo);
        await checkMembers(tx, actor, [['assignedTo', assignedTo]]);
        await repo.updateConcern(tx, actor.organisationId, concernId, { assigned_to: assignedTo });
        await entry(tx, actor, concernId, 'assigned', { assignedTo });
        return { audit: 'concern.assigned', details: { assignedTo } };
      });
    },

    addEntry(actor: Actor, concernId: string, input: AddEntryInput, access: Access) {
      return change(actor, 'concerns.act', concernId, access, async (tx, row) => {
        const { kind } = input;
        if (row.status === 'closed' && kind !== 'addendum')
          throw conflict('This case is closed. Reopen it to record more, or add an addendum.');
        if ('occurredAt' in input) notInFuture(input.occurredAt, 'occurredAt');
        const related = async (id: string, want: string, path: string) => {
          const e = await repo.findEntry(tx, actor.organisationId, concernId, id);
          if (e?.kind !== want)
            throw invalidInput('Check the highlighted fields.', [
              { path, message: `Choose a ${want === 'task' ? 'task' : 'referral'} on this case.` },
            ]);
          return e;
        };
        switch (input.kind) {
          case 'decision':
            await entry(
              tx,
              actor,
              concernId,
              'decision',
              {
                decision: input.decision,
                rationale: input.rationale,
                notToRefer: input.notToRefer,
              },
              { occurredAt: input.occurredAt },
            );
            break;
          case 'task':
            notTheSubject(row, 'ownerUserId', input.ownerUserId);
            await checkMembers(tx, actor, [['ownerUserId', input.ownerUserId]]);
            await entry(tx, actor, concernId, 'task', {
              title: input.title,
              ownerUserId: input.ownerUserId,
              dueAt: input.dueAt,
            });
            break;
          case 'task_done':
            await related(input.taskId, 'task', 'taskId');
            await entry(
              tx,
              actor,
              concernId,
              'task_done',
              { note: input.note ?? null },
              { related: input.taskId },
            );
            break;
          case 'referral':
            if (input.agency === 'other' && !input.agencyName)
              throw invalidInput('Check the highlighted fields.', [
                { path: 'agencyName', message: 'Name the agency you referred to.' },
              ]);
            await entry(
              tx,
              actor,
              concernId,
              'referral',
              {
                agency: input.agency,
                agencyName: input.agencyName ?? null,
                agencyReference: input.agencyReference ?? null,
                note: input.note ?? null,
              },
              { occurredAt: input.occurredAt },
            );
            break;
          case 'referral_outcome':
            await related(input.referralId, 'referral', 'referralId');
            await entry(
              tx,
              actor,
              concernId,
              'referral_outcome',
              {
                outcome: input.outcome,
                agencyReference: input.agencyReference ?? null,
              },
              { occurredAt: input.occurredAt, related: input.referralId },
            );
            break;
          case 'parents_informed': {
            // R-INC-5: when, by whom and how; or that they were not informed, and why.
            const errors: FieldError[] = [];
            if (input.informed && !input.how)
              errors.push({ path: 'how', message: 'Say how the parents or carers were informed.' });
            if (!input.informed && !input.reasonNotInformed)
              errors.push({
                path: 'reasonNotInformed',
                message: 'Say why the parents or carers were not informed.',
              });
            if (errors.length) throw invalidInput('Check the highlighted fields.', errors);
            const by = input.informed ? (input.byUserId ?? actor.userId) : null;
            if (by) await checkMembers(tx, actor, [['byUserId', by]]);
            await entry(
              tx,
              actor,
              concernId,
              'parents_informed',
              {
                informed: input.informed,
                how: input.informed ? input.how : null,
                byUserId: by,
                reasonNotInformed: input.informed ? null : input.reasonNotInformed,
                note: input.note ?? null,
              },
              { occurredAt: input.occurredAt },
            );
            break;
          }
          case 'support':
            await entry(
              tx,
              actor,
              concernId,
              'support',
              {
                for: input.for,
                description: input.description,
              },
              { occurredAt: input.occurredAt },
            );
            break;
          case 'review_scheduled':
            inFuture(input.nextReviewAt, 'nextReviewAt');
            await repo.updateConcern(tx, actor.organisationId, concernId, {
              next_review_at: new Date(input.nextReviewAt),
            });
            await entry(tx, actor, concernId, 'review_scheduled', { nextReviewAt: input.nextReviewAt });
            break;
          case 'review': {
            if (input.nextReviewAt) inFuture(input.nextReviewAt, 'nextReviewAt');
            const rules = await readConcernRules(tx, actor.organisationId);
            const next = input.resolved
              ? null
              : input.nextReviewAt
                ? new Date(input.nextReviewAt)
                : rules.reviewEvery
                  ? addDuration(now(), rules.reviewEvery)
                  : null;
            if (!input.resolved && !next)
              throw invalidInput('Check the highlighted fields.', [
                {
                  path: 'nextReviewAt',
                  message: 'Choose when the next review is, or record that the problem is resolved.',
                },
              ]);
            await repo.updateConcern(tx, actor.organisationId, concernId, { next_review_at: next });
            await entry(
              tx,
              actor,
              concernId,
              'review',
              {
                notes: input.notes,
                resolved: input.resolved,
                nextReviewAt: iso(next),
              },
              { occurredAt: input.occurredAt },
            );
            break;
          }
          case 'addendum':
            // The original report is never edited: a correction is an addendum with its reason.
            await entry(tx, actor, concernId, 'addendum', { text: input.text, reason: input.reason });
            break;
        }
        return { audit: `concern.${kind}_recorded`, details: { kind } };
      });
    },

    close(actor: Actor, concernId: string, input: { outcome: string; reason: string }, access: Access) {
      return change(actor, 'concerns.close', concernId, access, async (tx, row) => {
        if (row.status === 'closed') throw conflict('This case is already closed.');
        const allegation = Boolean(row.allegation_subject_user_id || row.allegation_subject_person_id);
        if (allegation && !(ALLEGATION_OUTCOMES as readonly string[]).includes(input.outcome))
          throw invalidInput('Check the highlighted fields.', [
            {
              path: 'outcome',
              message: 'Choose substantiated, false, malicious, unsubstantiated or unfounded.',
            },
          ]);
        await repo.updateConcern(tx, actor.organisationId, concernId, {
          status: 'closed' as ConcernStatus,
          closed_at: now(),
          outcome: input.outcome,
          next_review_at: null,
        });
        await entry(tx, actor, concernId, 'closed', { outcome: input.outcome, reason: input.reason });
        return { audit: 'concern.closed', details: { fields: ['outcome', 'reason'] } };
      });
    },

    reopen(actor: Actor, concernId: string, reason: string, access: Access) {
      return change(actor, 'concerns.close', concernId, access, async (tx, row) => {
        if (row.status !== 'closed') throw conflict('This case is not closed.');
        await repo.updateConcern(tx, actor.organisationId, concernId, {
          status: row.triaged_at ? 'open' : 'new',
          closed_at: null,
          outcome: null,
        });
        await entry(tx, actor, concernId, 'reopened', { reason, previousOutcome: row.outcome });
        return { audit: 'concern.reopened', details: { fields: ['reason'] } };
      });
    },

    /** The DSL restricts a case and names who else may see it (never an allegation's subject). */
    restrict(
      actor: Actor,
      concernId: string,
      input: { restricted: boolean; namedUserIds: string[] },
      access: Access,
    ) {
      return change(actor, 'concerns.restrict', concernId, access, async (tx, row) => {
        const allegation = Boolean(row.allegation_subject_user_id || row.allegation_subject_person_id);
        if (allegation && !input.restricted)
          throw invalidInput('An allegation against staff is always restricted.', [
            { path: 'restricted', message: 'An allegation against staff or a volunteer stays restricted.' },
          ]);
        const names = [...new Set(input.namedUserIds)];
        await checkMembers(
          tx,
          actor,
          names.map((id, i) => [`namedUserIds.${i}`, id] as [string, string]),
        );
        if (row.allegation_subject_user_id && names.includes(row.allegation_subject_user_id))
          throw invalidInput('Check the highlighted fields.', [
            {
              path: `namedUserIds.${names.indexOf(row.allegation_subject_user_id)}`,
              message: 'The person an allegation is about can never see it.',
            },
          ]);
        const current = (await repo.listNamedPeople(tx, actor.organisationId, concernId)).map(
          (n) => n.user_id,
        );
        const added = names.filter((id) => !current.includes(id));
        const removed = current.filter((id) => !names.includes(id));
        for (const id of added) await repo.grantAccess(tx, actor.organisationId, concernId, id, actor.userId);
        for (const id of removed) await repo.revokeAccess(tx, actor.organisationId, concernId, id);
        if (row.restricted !== input.restricted)
          await repo.updateConcern(tx, actor.organisationId, concernId, { restricted: input.restricted });
        await entry(tx, actor, concernId, 'restricted', { restricted: input.restricted, added, removed });
        return { audit: 'concern.access_changed', details: { restricted: input.restricted, added, removed } };
      });
    },

    /** The list as CSV without narrative: references, states and dates only. */
    async exportList(actor: Actor, f: ListConcernsFilter) {
      authorise(actor, 'concerns.read');
      return inTransaction(db, ctx(actor), async (tx) => {
        const { items } = await repo.listConcerns(tx, actor.organisationId, viewerOf(actor), {
          q: f.q || undefined,
          status: f.status,
          riskLevel: f.riskLevel,
          type: f.type,
          personId: f.personId,
          from: f.from,
          to: f.to,
          overdue: f.overdue === 'true',
          limit: 10_000,
          offset: 0,
        });
        await audit(tx, actor, 'concerns.exported', null, { count: items.length, searched: Boolean(f.q) });
        const at = now();
        return toCsv(
          [
            'reference',
            'status',
            'risk_level',
            'types',
            'reported_at',
            'triage_due_at',
            'triage_overdue',
            'next_review_at',
            'review_overdue',
            'assigned_to',
            'restricted',
            'allegation',
          ],
          items.map((i) => {
            const s = summary(i, at);
            return [
              s.reference,
              s.status,
              s.riskLevel,
              s.types.join('; '),
              londonDateTime(s.reportedAt),
              londonDateTime(s.triageDueAt),
              s.triageOverdue ? 'yes' : 'no',
              londonDateTime(s.nextReviewAt),
              s.reviewOverdue ? 'yes' : 'no',
              s.assignedToName,
              s.restricted ? 'yes' : 'no',
              s.allegation ? 'yes' : 'no',
            ];
          }),
        );
      });
    },

    /** The full case file as a PDF marked confidential; the export is in the chronology and audit log. */
    async exportCaseFile(actor: Actor, concernId: string, access: Access) {
      authorise(actor, 'concerns.read');
      const { file, reference } = await inTransaction(db, ctx(actor), async (tx) => {
        const c = await readCase(tx, actor, concernId, access);
        const [org, me] = await Promise.all([
          tx
            .selectFrom('organisations')
            .select('name')
            .where('id', '=', actor.organisationId)
            .executeTakeFirst(),
          tx.selectFrom('users').select('name').where('id', '=', actor.userId).executeTakeFirst(),
        ]);
        await entry(tx, actor, concernId, 'exported', { format: 'pdf' });
        await audit(tx, actor, 'concern.exported', concernId, { format: 'pdf' });
        return {
          reference: c.reference,
          file: {
            ...c,
            organisationName: org?.name ?? '',
            exportedBy: me?.name ?? '',
            exportedAt: now().toISOString(),
          },
        };
      });
      return { reference, pdf: await renderCaseFile(file) };
    },

    /** Who an allegation can be about: the organisation's members, by name only, never the reporter. */
    async listAllegationSubjects(actor: Actor) {
      authorise(actor, 'concerns.report');
      return inTransaction(db, ctx(actor), async (tx) => ({
        items: (await repo.listActiveMembers(tx, actor.organisationId))
          .filter((m) => m.id !== actor.userId)
          .map((m) => ({ userId: m.id, name: m.name }))
          .sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
      }));
    },

    /** The members a case can be assigned to, and who can be named on a restricted case. */
    async listAssignees(actor: Actor) {
      authorise(actor, 'concerns.read');
      return inTransaction(db, ctx(actor), async (tx) => ({
        items: (await repo.listActiveMembers(tx, actor.organisationId))
          .map((m) => ({ userId: m.id, name: m.name, roles: m.roles as Role[] }))
          .sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
      }));
    },
  };
}

export type ConcernsService = ReturnType<typeof createConcernsService>;
