/**
 * The policy document as an ordered outline, built once from a pack and rendered to HTML, PDF and
 * Word alike: title, organisation, every section, contacts, helplines (R-HELP-2), related
 * policies, the revision-history table (R-POL-2) and the signature block.
 */
import type { Contact, PolicyPack, RevisionEntry } from '../pack/pack.schema.ts';

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; columns: string[]; rows: string[][]; minRowHeight?: number };

export type PolicyDocumentModel = {
  title: string;
  organisation: string;
  subtitle: string;
  blocks: Block[];
};

/** Helplines every Haven policy shows, whatever the pack lists (R-HELP-2). */
export const STANDARD_HELPLINES = [
  { name: 'Childline', phone: '0800 1111', url: 'www.childline.org.uk', email: null, description: null },
  {
    name: 'NSPCC Helpline',
    phone: '0808 800 5000',
    url: null,
    email: 'help@nspcc.org.uk',
    description: null,
  },
  {
    name: 'Professionals Online Safety Helpline',
    phone: '0344 381 4772',
    url: null,
    email: 'helpline@saferinternet.org.uk',
    description: null,
  },
  {
    name: 'Internet Watch Foundation (IWF)',
    phone: null,
    url: 'report.iwf.org.uk',
    email: null,
    description: null,
  },
  { name: 'CEOP', phone: null, url: 'www.ceop.police.uk/safety-centre', email: null, description: null },
];

const ukDate = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
};

const contactLine = (label: string, c: Contact | null | undefined): string[] => {
  if (!c || (!c.name && !c.email && !c.phone)) return [];
  const parts = [c.name, c.email, c.phone].filter(Boolean).join(' · ');
  return [`${c.title ?? label}: ${parts || 'not named in this policy'}`];
};

export function buildDocument(
  pack: PolicyPack,
  options: { revisionHistory?: RevisionEntry[]; status?: string; nextReviewDue?: string | null } = {},
): PolicyDocumentModel {
  const s = pack.sections;
  const blocks: Block[] = [];
  const section = (sec: { title: string; paragraphs: string[]; points: string[] }) => {
    if (sec.paragraphs.length === 0 && sec.points.length === 0) return;
    blocks.push({ kind: 'heading', text: sec.title });
    for (const p of sec.paragraphs) blocks.push({ kind: 'paragraph', text: p });
    if (sec.points.length) blocks.push({ kind: 'bullets', items: sec.points });
  };
  section(s.purpose);
  section(s.scope);
  section(s.legalFramework);
  section(s.beliefs);
  section(s.recognitions);
  section(s.commitments);
  section(s.responseToAbuse);
  for (const extra of s.additional) section(extra);

  if (s.relatedPolicies.length) {
    blocks.push({ kind: 'heading', text: 'Related policies and procedures' });
    blocks.push({
      kind: 'paragraph',
      text: 'This policy statement should be read alongside our organisational policies and procedures, including:',
    });
    blocks.push({ kind: 'bullets', items: s.relatedPolicies });
  }

  const contacts = [
    ...contactLine('Online safety coordinator', pack.contacts.onlineSafetyCoordinator),
    ...contactLine('Designated Safeguarding Lead', pack.contacts.dsl),
    ...contactLine('Deputy Designated Safeguarding Lead', pack.contacts.deputyDsl),
    ...contactLine('Online presence lead', pack.contacts.onlinePresenceLead),
  ];
  blocks.push({ kind: 'heading', text: 'Contact details' });
  if (contacts.length) blocks.push({ kind: 'bullets', items: contacts });
  else blocks.push({ kind: 'paragraph', text: 'Contact details are to be added.' });

  const seen = new Set<string>();
  const helplines = [...s.helplines, ...STANDARD_HELPLINES].filter((h) => {
    const key = h.name.toLowerCase().replace(/\s*\(.*\)$/, '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  blocks.push({ kind: 'heading', text: 'Helplines and reporting' });
  blocks.push({
    kind: 'table',
    columns: ['Service', 'Phone', 'Online'],
    rows: helplines.map((h) => [h.name, h.phone ?? '', [h.url, h.email].filter(Boolean).join(' · ')]),
  });

  blocks.push({ kind: 'heading', text: 'Revision history' });
  const history = options.revisionHistory ?? pack.revisionHistory;
  blocks.push({
    kind: 'table',
    columns: ['Review date', 'By whom', 'Summary of changes made', 'Date implemented'],
    rows: history.length
      ? history.map((r) => [
          ukDate(r.reviewDate),
          r.byWhom,
          r.summary,
          r.dateImplemented ? ukDate(r.dateImplemented) : '',
        ])
      : [['', '', 'No reviews recorded yet.', '']],
  });
  if (options.nextReviewDue) {
    blocks.push({ kind: 'paragraph', text: `Next review due: ${ukDate(options.nextReviewDue)}.` });
  }

  blocks.push({ kind: 'heading', text: 'Signed' });
  blocks.push({
    kind: 'table',
    columns: ['Signed', 'Role', 'Date'],
    rows: [[s.signature.signedBy ?? '', s.signature.role ?? '', s.signature.date ?? '']],
    minRowHeight: 44,
  });

  return {
    title: pack.title,
    organisation: pack.organisation.name,
    subtitle:
      options.status && options.status !== 'adopted'
        ? `${options.status[0]?.toUpperCase()}${options.status.slice(1)} version`
        : '',
    blocks,
  };
}
