/**
 * The one place other modules get an organisation's rules from: the adopted version of its
 * policy pack, or the NSPCC template's rules until it adopts one. Inject this into a module
 * (app.ts) rather than reading policy tables elsewhere; changing the policy then changes behaviour.
 */
import type { Tx } from '../../platform/db/tenancy.ts';
import { loadPackFile } from './pack/load-pack.ts';
import type { PolicyPack, Rules } from './pack/pack.schema.ts';
import { packPath } from './pack/shipped-packs.ts';
import { findAdoptedVersion } from './policies.repo.ts';

let template: PolicyPack | undefined;

/** The NSPCC template pack shipped in policy-packs/, read once. */
export function templatePack(): PolicyPack {
  if (!template) {
    const result = loadPackFile(packPath('nspcc-template'));
    if (!result.ok)
      throw new Error(`policy-packs/nspcc-template.yaml is invalid: ${JSON.stringify(result.problems)}`);
    template = result.pack;
  }
  return template;
}

export const defaultRules = (): Rules => structuredClone(templatePack().rules);

export async function getEffectiveRules(tx: Tx, organisationId: string): Promise<Rules> {
  const adopted = await findAdoptedVersion(tx, organisationId);
  return adopted ? (adopted.pack as PolicyPack).rules : defaultRules();
}

export type EffectiveRulesReader = typeof getEffectiveRules;

/** `rules.communication` of the adopted version, or null when none is adopted (the message check's own defaults apply). */
export async function readAdoptedCommunicationRules(tx: Tx, organisationId: string) {
  const adopted = await findAdoptedVersion(tx, organisationId);
  return adopted ? (adopted.pack as PolicyPack).rules.communication : null;
}

/** `rules.concerns` of the adopted version, or the template's: the concerns module's triage and review clock. */
export async function readConcernRules(tx: Tx, organisationId: string) {
  const { triageWithin, reviewEvery } = (await getEffectiveRules(tx, organisationId)).concerns;
  return { triageWithin, reviewEvery };
}
