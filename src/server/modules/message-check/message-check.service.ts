import type { Kysely } from 'kysely';
import {
  type CommunicationChannel,
  type CommunicationRules,
  checkMessage,
  DEFAULT_COMMUNICATION_RULES,
} from '../../../scanner/index.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/roles.ts';
import type { Database } from '../../platform/db/tables.ts';
import { inTransaction, type Tx } from '../../platform/db/tenancy.ts';
import { forbidden } from '../../platform/errors.ts';
import { messageCheckPolicy } from './message-check.policy.ts';

type Participant = {
  role: 'young_person' | 'parent' | 'teacher' | 'staff' | 'other';
  name?: string | undefined;
  address?: string | undefined;
  account?: 'organisation' | 'personal' | undefined;
};

export type CheckMessageInput = {
  text: string;
  channel: string;
  fromAccount: 'organisation' | 'personal';
  to: Participant[];
  cc: Participant[];
  sentAt?: string | undefined;
};

type Deps = {
  db: Kysely<Database>;
  /** The organisation's `rules.communication` from its adopted policy, or null when none is adopted. */
  readCommunicationRules: (tx: Tx, organisationId: string) => Promise<CommunicationRules | null>;
};

const clean = (p: Participant) => ({
  role: p.role,
  ...(p.name ? { name: p.name } : {}),
  ...(p.address ? { address: p.address } : {}),
  ...(p.account ? { account: p.account } : {}),
});

export function createMessageCheckService({ db, readCommunicationRules }: Deps) {
  return {
    async checkMessage(actor: Actor, input: CheckMessageInput) {
      if (!messageCheckPolicy.can(actor, 'messages.check')) throw forbidden();
      return inTransaction(db, { organisationId: actor.organisationId, userId: actor.userId }, async (tx) => {
        const policyRules = await readCommunicationRules(tx, actor.organisationId);
        const findings = checkMessage(
          {
            text: input.text,
            channel: input.channel as CommunicationChannel,
            from: { role: 'staff', account: input.fromAccount },
            to: input.to.map(clean),
            cc: input.cc.map(clean),
            ...(input.sentAt ? { sentAt: input.sentAt } : {}),
          },
          policyRules ?? DEFAULT_COMMUNICATION_RULES,
        );
        // The draft is never stored: the record says a check happened and which rules it raised.
        await recordAudit(tx, {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'messages.checked',
          entityType: 'message',
          ip: actor.ip,
          details: { channel: input.channel, rules: findings.map((f) => f.rule) },
        });
        return { findings, rulesSource: policyRules ? ('policy' as const) : ('default' as const) };
      });
    },
  };
}

export type MessageCheckService = ReturnType<typeof createMessageCheckService>;
