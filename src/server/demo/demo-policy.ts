import { loadPackFile } from '../modules/policies/pack/load-pack.ts';
import type { PolicyPack } from '../modules/policies/pack/pack.schema.ts';
import { packPath } from '../modules/policies/pack/shipped-packs.ts';
import { DEMO_ACCOUNTS, DEMO_ORGANISATION } from './demo-accounts.ts';

const contact = (role: string, title: string) => {
  const a = DEMO_ACCOUNTS.find((x) => x.role === role);
  return { name: a?.name ?? null, email: a?.email ?? null, phone: null, title };
};

/** The NSPCC template, made Riverside Youth Project's own: its name, activities and contacts. */
export function demoPolicyPack(): PolicyPack {
  const result = loadPackFile(packPath('nspcc-template'));
  if (!result.ok) throw new Error('policy-packs/nspcc-template.yaml is invalid');
  const pack = structuredClone(result.pack);
  pack.title = 'Riverside Youth Project online safety policy statement';
  pack.organisation = {
    ...pack.organisation,
    name: DEMO_ORGANISATION.name,
    activities: ['youth clubs', 'mentoring', 'online group sessions with schools', 'summer activities'],
  };
  pack.contacts = {
    onlineSafetyCoordinator: contact('online_safety_coordinator', 'Online safety co-ordinator'),
    dsl: contact('dsl', 'Designated Safeguarding Lead'),
    deputyDsl: contact('deputy_dsl', 'Deputy Designated Safeguarding Lead'),
  };
  pack.sections.scope.paragraphs = [
    `The policy statement applies to all staff, volunteers, children and young people and anyone involved in ${DEMO_ORGANISATION.name}'s activities.`,
  ];
  pack.sections.signature = {
    signedBy: contact('dsl', '').name,
    role: 'Designated Safeguarding Lead',
    date: null,
  };
  return pack;
}
