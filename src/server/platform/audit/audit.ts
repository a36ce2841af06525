import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/tables.ts';
import type { Tx } from '../db/tenancy.ts';

export type AuditEntry = {
  organisationId: string | null;
  actorUserId: string | null;
  action: string;
  entityType?: string | null;
  entityId?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
};

/**
 * Appends to the organisation's hash chain inside the caller's transaction, so the record of an
 * action commits or rolls back with the action itself. Sequence, time and hashes are set by the
 * database trigger, which serialises writers on the chain head.
 */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx
    .insertInto('audit_log')
    .values({
      organisation_id: entry.organisationId,
      actor_user_id: entry.actorUserId,
      action: entry.action,
      entity_type: entry.entityType ?? null,
      entity_id: entry.entityId ?? null,
      ip: entry.ip ?? null,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

export type ChainVerification = {
  chainId: string;
  organisationId: string | null;
  entries: number;
  ok: boolean;
  firstBrokenSeq: number | null;
  problem: string | null;
  headHash: string | null;
};

const PLATFORM_CHAIN = '00000000-0000-0000-0000-000000000000';

/**
 * Walks one chain in order, recomputing each hash in Node from the canonical text the database
 * derives from the stored columns, so an edited column, a removed entry or a reordered entry
 * shows up as the first entry whose hash or link does not hold.
 */
export async function verifyChain(
  db: Kysely<Database> | Tx,
  organisationId: string | null,
): Promise<ChainVerification> {
  const chainId = organisationId ?? PLATFORM_CHAIN;
  let expectedPrev = '0'.repeat(64);
  let expectedSeq = 1;
  let entries = 0;
  const batch = 5000;
  let afterSeq = 0;
  for (;;) {
    const rows = await sql<{ seq: string; prev_hash: string; hash: string; canonical: string }>`
      select a.seq, a.prev_hash, a.hash, audit_canonical(a) as canonical
      from audit_log a
      where coalesce(a.organisation_id, ${PLATFORM_CHAIN}::uuid) = ${chainId}::uuid and a.seq > ${afterSeq}
      order by a.seq limit ${batch}`.execute(db);
    for (const row of rows.rows) {
      const seq = Number(row.seq);
      const broken = (problem: string): ChainVerification => ({
        chainId,
        organisationId,
        entries,
        ok: false,
        firstBrokenSeq: seq,
        problem,
        headHash: null,
      });
      if (seq !== expectedSeq) return broken(`entry ${expectedSeq} is missing (next found is ${seq})`);
      if (row.prev_hash !== expectedPrev) return broken(`entry ${seq} does not link to entry ${seq - 1}`);
      const hash = createHash('sha256').update(`${row.prev_hash}|${row.canonical}`, 'utf8').digest('hex');
      if (hash !== row.hash) return broken(`entry ${seq} was altered after it was written`);
      expectedPrev = row.hash;
      expectedSeq = seq + 1;
      entries += 1;
      afterSeq = seq;
    }
    if (rows.rows.length < batch) break;
  }
  return {
    chainId,
    organisationId,
    entries,
    ok: true,
    firstBrokenSeq: null,
    problem: null,
    headHash: entries ? expectedPrev : null,
  };
}

/** Every chain, as the owner role sees them (used by `haven audit verify`). */
export async function verifyAllChains(owner: Kysely<Database>): Promise<ChainVerification[]> {
  const chains = await sql<{ organisation_id: string | null }>`
    select distinct organisation_id from audit_log`.execute(owner);
  const results: ChainVerification[] = [];
  for (const c of chains.rows) results.push(await verifyChain(owner, c.organisation_id));
  // The head table lets us notice entries cut off the end of a chain.
  const heads = await sql<{ chain_id: string; last_seq: string; last_hash: string }>`
    select chain_id, last_seq, last_hash from audit_chain_heads`.execute(owner);
  for (const head of heads.rows) {
    const result = results.find((r) => r.chainId === head.chain_id);
    if (result?.ok && (result.entries !== Number(head.last_seq) || result.headHash !== head.last_hash)) {
      result.ok = false;
      result.firstBrokenSeq = result.entries + 1;
      result.problem = `the chain ends at entry ${result.entries} but ${head.last_seq} entries were written`;
    }
  }
  return results;
}
