import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/roles.ts';
import { parseCsv, toCsv } from '../../platform/csv.ts';
import type { Database, PersonKind, YoungPersonNames } from '../../platform/db/tables.ts';
import { inTransaction, type Tx } from '../../platform/db/tenancy.ts';
import { forbidden, invalidInput, notFound } from '../../platform/errors.ts';
import { peoplePolicy } from './people.policy.ts';
import * as repo from './people.repo.ts';
import { checkPersonFields, formatPhone, type PersonInput } from './people.rules.ts';
import { CreatePersonRequest, PERSON_KINDS } from './people.schema.ts';

type Deps = {
  db: Kysely<Database>;
  readYoungPersonNames: (tx: Tx, organisationId: string) => Promise<YoungPersonNames>;
};

const ctx = (a: Actor) => ({ organisationId: a.organisationId, userId: a.userId });

function authorise(actor: Actor, action: Parameters<typeof peoplePolicy.can>[1]): void {
  if (!peoplePolicy.can(actor, action)) throw forbidden();
}

/** Volunteers see who someone is, not how to reach them (need to know). */
function present(row: repo.PersonRow, actor: Actor) {
  const contact = peoplePolicy.can(actor, 'people.read_contact');
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    email: contact ? row.email : null,
    phone: contact ? formatPhone(row.phone) : null,
    roleTitle: row.role_title,
    schoolId: row.school_id,
    schoolName: row.school_name,
    notes: contact ? row.notes : '',
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    archivedAt: row.archived_at?.toISOString() ?? null,
  };
}

const KIND_ALIASES: Record<string, PersonKind> = Object.fromEntries([
  ...PERSON_KINDS.map((k) => [k, k]),
  ['young person', 'young_person'],
  ['parent', 'parent_carer'],
  ['carer', 'parent_carer'],
  ['parent or carer', 'parent_carer'],
  ['parent/carer', 'parent_carer'],
]);

export function createPeopleService({ db, readYoungPersonNames }: Deps) {
  async function checkSchool(tx: Tx, organisationId: string, schoolId: string | null | undefined) {
    if (!schoolId) return;
    const school = await repo.findPerson(tx, organisationId, schoolId);
    if (school?.kind !== 'school') {
      throw invalidInput('Choose a school from your people register.', [
        { path: 'schoolId', message: 'This school is not in your register.' },
      ]);
    }
  }

  return {
    async listPeople(
      actor: Actor,
      f: {
        q?: string | undefined;
        kind?: PersonKind | undefined;
        includeArchived?: string | undefined;
        page: number;
        pageSize: number;
      },
    ) {
      authorise(actor, 'people.read');
      return inTransaction(db, ctx(actor), async (tx) => {
        const { items, total } = await repo.listPeople(tx, actor.organisationId, {
          ...(f.q ? { q: f.q } : {}),
          ...(f.kind ? { kind: f.kind } : {}),
          includeArchived: f.includeArchived === 'true',
          limit: f.pageSize,
          offset: (f.page - 1) * f.pageSize,
        });
        await recordAudit(tx, {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'people.listed',
          entityType: 'person',
          ip: actor.ip,
          details: {
            ids: items.map((i) => i.id),
            kind: f.kind ?? null,
            searched: Boolean(f.q),
            page: f.page,
          },
        });
        return {
          items: items.map((i) => present(i, actor)),
          total,
          page: f.page,
          pageSize: f.pageSize,
          youngPersonNames: await readYoungPersonNames(tx, actor.organisationId),
        };
      });
    },

    async getPerson(actor: Actor, personId: string) {
      authorise(actor, 'people.read');
      return inTransaction(db, ctx(actor), async (tx) => {
        const row = await repo.findPerson(tx, actor.organisationId, personId);
        if (!row) throw notFound('That person');
        await recordAudit(tx, {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'person.viewed',
          entityType: 'person',
          entityId: personId,
          ip: actor.ip,
        });
        return present(row, actor);
      });
    },

    async addPerson(actor: Actor, input: PersonInput) {
      authorise(actor, 'people.write');
      return inTransaction(db, ctx(actor), async (tx) => {
        const mode = await readYoungPersonNames(tx, actor.organisationId);
        const { errors, name, phone } = checkPersonFields(input, mode);
        if (errors.length) throw invalidInput('Check the highlighted fields.', errors);
        await checkSchool(tx, actor.organisationId, input.schoolId);
        const { id } = await repo.insertPerson(tx, actor.organisationId, actor.userId, {
          kind: input.kind,
          name,
          email: input.email ?? null,
          phone,
          role_title: input.roleTitle ?? null,
          school_id: input.schoolId ?? null,
          notes: input.notes ?? '',
        });
        await recordAudit(tx, {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'person.added',
          entityType: 'person',
          entityId: id,
          ip: actor.ip,
          details: { kind: input.kind },
        });
        const row = await repo.findPerson(tx, actor.organisationId, id);
        return present(row as repo.PersonRow, actor);
      });
    },

    async updatePerson(actor: Actor, personId: string, patch: Partial<Omit<PersonInput, 'kind'>>) {
      authorise(actor, 'people.write');
      return inTransaction(db, ctx(actor), async (tx) => {
        const current = await repo.findPerson(tx, actor.organisationId, personId);
        if (!current) throw notFound('That person');
        const mode = await readYoungPersonNames(tx, actor.organisationId);
        const merged: PersonInput = {
          kind: current.kind,
          name: patch.name ?? current.name,
          phone: patch.phone === undefined ? current.phone : patch.phone,
          schoolId: patch.schoolId === undefined ? current.school_id : patch.schoolId,
        };
        const { errors, name, phone } = checkPersonFields(merged, mode);
        // An unchanged legacy name is left alone; only what the user typed now must follow today's rule.
        const relevant = errors.filter((e) => e.path !== 'name' || patch.name !== undefined);
        if (relevant.length) throw invalidInput('Check the highlighted fields.', relevant);
        if (patch.schoolId !== undefined) await checkSchool(tx, actor.organisationId, patch.schoolId);
        const changes: Partial<repo.PersonValues> = {
          ...(patch.name !== undefined ? { name } : {}),
          ...(patch.email !== undefined ? { email: patch.email ?? null } : {}),
          ...(patch.phone !== undefined ? { phone } : {}),
          ...(patch.roleTitle !== undefined ? { role_title: patch.roleTitle ?? null } : {}),
          ...(patch.schoolId !== undefined ? { school_id: patch.schoolId ?? null } : {}),
          ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
        };
        await repo.updatePerson(tx, actor.organisationId, personId, changes);
        await recordAudit(tx, {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'person.updated',
          entityType: 'person',
          entityId: personId,
          ip: actor.ip,
          details: { fields: Object.keys(changes) },
        });
        return present((await repo.findPerson(tx, actor.organisationId, personId)) as repo.PersonRow, actor);
      });
    },

    async archivePerson(actor: Actor, personId: string) {
      authorise(actor, 'people.write');
      return inTransaction(db, ctx(actor), async (tx) => {
        const current = await repo.findPerson(tx, actor.organisationId, personId);
        if (!current) throw notFound('That person');
        if (!current.archived_at) {
          await repo.updatePerson(tx, actor.organisationId, personId, { archived_at: new Date() });
          await recordAudit(tx, {
            organisationId: actor.organisationId,
            actorUserId: actor.userId,
            action: 'person.archived',
            entityType: 'person',
            entityId: personId,
            ip: actor.ip,
          });
        }
        return present((await repo.findPerson(tx, actor.organisationId, personId)) as repo.PersonRow, actor);
      });
    },

    /** Valid rows are added; each rejected row is reported with every reason, and nothing of it is stored. */
    async importPeople(actor: Actor, csv: string, dryRun: boolean) {
      authorise(actor, 'people.import');
      const { rows, unknownColumns } = parseCsv(csv, [
        'kind',
        'name',
        'email',
        'phone',
        'role_title',
        'school',
        'notes',
      ]);
      if (unknownColumns.length) {
        throw invalidInput(
          `Unknown columns: ${unknownColumns.join(', ')}. Use kind, name, email, phone, role_title, school, notes.`,
          [
            {
              path: 'csv',
              message: `Haven does not know the column “${unknownColumns[0]}”. Remove or rename it so nothing is lost.`,
            },
          ],
        );
      }
      return inTransaction(db, ctx(actor), async (tx) => {
        const mode = await readYoungPersonNames(tx, actor.organisationId);
        const schoolsInFile = new Map<string, string>();
        const rejected: Array<{ row: number; errors: string[] }> = [];
        let created = 0;
        for (const { row, values } of rows) {
          const kind = KIND_ALIASES[(values.kind ?? '').toLowerCase().trim()];
          const shape = CreatePersonRequest.safeParse({
            kind: kind ?? values.kind,
            name: values.name ?? '',
            email: values.email ?? '',
            phone: values.phone ?? '',
            roleTitle: values.role_title ?? '',
            notes: values.notes ?? '',
          });
          const errors: string[] = shape.success
            ? []
            : shape.error.issues.map(
                (i) =>
                  `${String(i.path[0] ?? 'row')}: ${i.path[0] === 'kind' ? `“${values.kind}” is not a kind Haven knows (use ${PERSON_KINDS.join(', ')})` : i.message}`,
              );
          let schoolId: string | null = null;
          if (shape.success) {
            const fields = checkPersonFields(shape.data, mode);
            errors.push(...fields.errors.map((e) => `${e.path}: ${e.message}`));
            const schoolName = values.school?.trim();
            if (schoolName) {
              schoolId =
                schoolsInFile.get(schoolName.toLowerCase()) ??
                (await repo.findSchoolByName(tx, actor.organisationId, schoolName))?.id ??
                null;
              if (!schoolId && !dryRun)
                errors.push(
                  `school: “${schoolName}” is not in your register; add the school first or include it above this row.`,
                );
              if (shape.data.kind !== 'young_person' && shape.data.kind !== 'teacher')
                errors.push('school: only young people and teachers are linked to a school.');
            }
            if (!errors.length && !dryRun) {
              const { id } = await repo.insertPerson(tx, actor.organisationId, actor.userId, {
                kind: shape.data.kind,
                name: fields.name,
                email: shape.data.email ?? null,
                phone: fields.phone,
                role_title: shape.data.roleTitle ?? null,
                school_id: schoolId,
                notes: shape.data.notes ?? '',
              });
              if (shape.data.kind === 'school') schoolsInFile.set(fields.name.toLowerCase(), id);
            } else if (!errors.length && shape.data.kind === 'school') {
              schoolsInFile.set(fields.name.toLowerCase(), 'dry-run');
            }
          }
          if (errors.length) rejected.push({ row, errors });
          else created += 1;
        }
        if (!dryRun) {
          await recordAudit(tx, {
            organisationId: actor.organisationId,
            actorUserId: actor.userId,
            action: 'people.imported',
            entityType: 'person',
            ip: actor.ip,
            details: { created, rejected: rejected.length },
          });
        }
        return { created, rejected, dryRun };
      });
    },

    async exportPeople(actor: Actor) {
      authorise(actor, 'people.export');
      return inTransaction(db, ctx(actor), async (tx) => {
        const rows = await repo.listAllForExport(tx, actor.organisationId);
        await recordAudit(tx, {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'people.exported',
          entityType: 'person',
          ip: actor.ip,
          details: { count: rows.length },
        });
        return toCsv(
          ['kind', 'name', 'email', 'phone', 'role_title', 'school', 'notes'],
          rows.map((r) => [
            r.kind,
            r.name,
            r.email,
            formatPhone(r.phone),
            r.role_title,
            r.school_name,
            r.notes,
          ]),
        );
      });
    },
  };
}

export type PeopleService = ReturnType<typeof createPeopleService>;
