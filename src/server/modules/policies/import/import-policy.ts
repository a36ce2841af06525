/**
 * Proposes a policy pack from a policy written in the NSPCC template's family. Every sentence of
 * the source is either recognised (mapped into a section or a rule, keeping the sentence as its
 * source) or listed as unmapped: nothing is silently dropped. Matching uses the template's
 * structure and general phrasing, never one organisation's names or sentences.
 */
import type { Contact, PolicyPack, Section } from '../pack/pack.schema.ts';
import { PolicyPack as PolicyPackSchema } from '../pack/pack.schema.ts';
import { templatePack } from '../policies.rules.ts';
import { type Block, outline, sentences } from './outline.ts';
import { detectRules } from './rule-detectors.ts';

export type Recognised = { path: string; value: unknown; source: string };
export type ImportProposal = { pack: PolicyPack; recognised: Recognised[]; unmapped: string[] };

export class NotAPolicyError extends Error {}

type SectionKey =
  | 'purpose'
  | 'scope'
  | 'legalFramework'
  | 'beliefs'
  | 'recognitions'
  | 'commitments'
  | 'responseToAbuse'
  | 'relatedPolicies'
  | 'contacts'
  | 'review';

const SECTION_PATTERNS: [RegExp, SectionKey][] = [
  [/related (policies|procedures)|should be read alongside|read in conjunction with/i, 'relatedPolicies'],
  [/online abuse occurs|respond to it by|responding to (online )?abuse|^if any concerns/i, 'responseToAbuse'],
  [/^we recognise|understanding the online world/i, 'recognitions'],
  [/^we believe|^policy statement$/i, 'beliefs'],
  [/safe (online )?by$|^we will seek to|managing our online presence/i, 'commitments'],
  [/legal framework|legislation/i, 'legalFramework'],
  [/^scope\b|definition of terms|who this policy (applies|is for)/i, 'scope'],
  [/purpose|^introduction|^aims?\b|^context$|^about (this|the) policy|^overview/i, 'purpose'],
  [
    /contact details|^contacts?$|co-?ordinator$|safeguarding lead$|child protection$|^designated safeguarding/i,
    'contacts',
  ],
  [/^review$|^revision|schedule for revision|history of revisions|^reviewing this policy/i, 'review'],
];

const sectionFor = (text: string): SectionKey | null =>
  SECTION_PATTERNS.find(([re]) => re.test(text.replace(/:$/, '').trim()))?.[1] ?? null;

const DEFAULT_TITLES: Record<Exclude<SectionKey, 'relatedPolicies' | 'contacts' | 'review'>, string> = {
  purpose: 'The purpose of this policy statement',
  scope: 'Scope',
  legalFramework: 'Legal framework',
  beliefs: 'We believe that',
  recognitions: 'We recognise that',
  commitments: 'We will seek to keep children and young people safe by',
  responseToAbuse: 'If online abuse occurs, we will respond to it by',
};

const NAME = String.raw`([A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){1,3})`;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const PHONE = /(?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/;

const splitList = (text: string) =>
  text
    .replace(/\.$/, '')
    .split(/,\s*/)
    .flatMap((part, i, all) =>
      i === all.length - 1 && all.length > 1 ? part.split(/^(.+?)\s+and\s+/).filter(Boolean) : [part],
    )
    .map((s) => s.trim())
    .filter(Boolean);

const emptyContact = (): Contact => ({ name: null, email: null, phone: null, title: null });

export function importPolicy(source: string): ImportProposal {
  const { title, blocks } = outline(source);
  const recognised: Recognised[] = [];
  const unmapped: string[] = [];
  const template = templatePack();
  const sections = new Map<string, Section>();
  const additional: Section[] = [];
  const related: string[] = [];
  const activities: string[] = [];
  let appliesTo: string[] = [];
  const contacts: Record<'onlineSafetyCoordinator' | 'dsl', Contact> = {
    onlineSafetyCoordinator: emptyContact(),
    dsl: emptyContact(),
  };
  const nameVotes = new Map<string, number>();
  const vote = (name: string | undefined) => {
    const n = name?.trim().replace(/[’']s?$/, '');
    if (n && n.length > 1 && n.length < 80) nameVotes.set(n, (nameVotes.get(n) ?? 0) + 1);
  };
  let nation: PolicyPack['organisation']['nation'] = 'england';
  const signature = {
    signedBy: null as string | null,
    role: null as string | null,
    date: null as string | null,
  };

  let titleOrgName: string | null = null;
  if (title) {
    recognised.push({ path: 'title', value: title, source: title });
    const m = /^(.+?)\s+(?:online|digital|e-?safety|internet|safety|safeguarding)\b/i.exec(title);
    if (
      m?.[1] &&
      /^[A-Z]/.test(m[1]) &&
      !/^(online|digital|e-?safety|internet|safety|safeguarding)\b/i.test(m[1])
    )
      titleOrgName = m[1];
  }

  const contactRole = (text: string): 'onlineSafetyCoordinator' | 'dsl' | null =>
    /online safety co-?ordinator/i.test(text)
      ? 'onlineSafetyCoordinator'
      : /safeguarding lead|\bDSL\b|lead for safeguarding|child protection lead/i.test(text)
        ? 'dsl'
        : null;

  const fillContact = (role: 'onlineSafetyCoordinator' | 'dsl', text: string, s: string, path: string) => {
    const c = contacts[role];
    const email = EMAIL.exec(text)?.[0];
    const phone = PHONE.exec(text)?.[0];
    const labelName = /^name:\s*(.+)$/i.exec(text)?.[1];
    if (labelName) {
      c.name ??= labelName.trim();
      recognised.push({ path: `${path}.name`, value: labelName.trim(), source: s });
    }
    if (email) {
      c.email ??= email;
      recognised.push({ path: `${path}.email`, value: email, source: s });
    }
    if (phone) {
      c.phone ??= phone.trim();
      recognised.push({ path: `${path}.phone`, value: phone.trim(), source: s });
    }
    return Boolean(labelName || email || phone);
  };

  for (const block of blocks) {
    let key: SectionKey | 'additional' | null = block.heading
      ? (sectionFor(block.heading) ?? 'additional')
      : null;
    let contactBlockRole = block.heading ? contactRole(block.heading) : null;
    if (block.heading && key !== 'contacts' && contactBlockRole && block.heading.split(/\s+/).length <= 8) {
      key = 'contacts';
    }
    let current: Section | null = null;
    const open = (k: SectionKey | 'additional', heading: string) => {
      if (k === 'additional') {
        current = { title: heading, paragraphs: [], points: [] };
        additional.push(current);
      } else if (k in DEFAULT_TITLES) {
        current = sections.get(k) ?? { title: heading, paragraphs: [], points: [] };
        sections.set(k, current);
      } else current = null;
    };
    if (block.heading) {
      if (key === 'contacts' || key === 'review' || key === 'relatedPolicies') {
        recognised.push({
          path: key === 'contacts' ? 'contacts' : `sections.${key}`,
          value: block.heading,
          source: block.heading,
        });
      } else if (key === 'additional') {
        unmapped.push(block.heading);
      } else if (key) {
        recognised.push({ path: `sections.${key}.title`, value: block.heading, source: block.heading });
      }
      if (key) open(key, block.heading);
    } else {
      // Text before the first heading is kept as an introduction (and listed for review).
      key = 'additional';
      open('additional', 'Introduction');
    }
    let inActivities = false;

    for (const line of block.lines) {
      // An introductory line such as "If online abuse occurs, we will respond to it by:" starts a section.
      if (line.kind === 'paragraph' && /:$/.test(line.text)) {
        const k = sectionFor(line.text);
        if (k && k !== key && !(k === 'relatedPolicies' && key === 'relatedPolicies')) {
          key = k;
          contactBlockRole = null;
          open(k, line.text.replace(/:$/, ''));
        }
      }
      if (line.kind === 'paragraph') inActivities = inActivities && false;
      const lineSentences = sentences(line.text);
      for (const s of lineSentences) {
        let mapped = false;
        const add = (path: string, value: unknown) => {
          recognised.push({ path, value, source: s });
          mapped = true;
        };

        // Organisation name: general phrasings of the template family.
        const orgPatterns = [
          /^(.+?) works with (children|young people|families)/,
          /^(.+?) (?:is|are) committed to/,
          /\busing ([A-Z][\w&' -]+?)['’]s (?:network|services|systems)/,
          /\binvolved in ([A-Z][\w&' -]+?)['’]s activities/,
          /\bhow ([A-Z][\w&' -]+?) uses the internet/,
          /^As part of using the internet[^,]*, (.+?) will\b/,
          /\b([A-Z][\w&]+(?: [A-Z][\w&]+){0,4}) has (?:responded|adopted|written|developed)\b/,
        ];
        for (const re of orgPatterns) {
          const m = re.exec(s);
          if (m?.[1] && /^[A-Z]/.test(m[1]) && m[1].split(' ').length <= 6) vote(m[1]);
        }
        const nationMatch = /protect children[^.]*\bin (England|Wales|Scotland|Northern Ireland)\b/i.exec(s);
        if (nationMatch?.[1]) {
          nation = nationMatch[1].toLowerCase().replace(' ', '_') as typeof nation;
          add('organisation.nation', nation);
        }

        // Activities: "These include: a, b and c." or the bullet points that follow "These include:".
        const include = /\bthese include:?\s*(.*)$/i.exec(s);
        if (include && /activit|works with/i.test(line.text + block.heading)) {
          if (include[1]) {
            const list = splitList(include[1]);
            activities.push(...list);
            add('organisation.activities', list);
          } else inActivities = true;
        } else if (inActivities && line.kind === 'bullet') {
          activities.push(s.replace(/\.$/, ''));
          add('organisation.activities', s.replace(/\.$/, ''));
        }
        const applies = /\bapplies to (all .+)$/i.exec(s);
        if (applies?.[1]) {
          appliesTo = splitList(applies[1].replace(/\band anyone\b/, ', anyone'));
          add('organisation.appliesTo', appliesTo);
        }

        // Contacts: named in a sentence, or in a contact block with "Name:" and "Phone/email:" lines.
        const role = contactRole(s);
        if (role) {
          const named = new RegExp(
            role === 'onlineSafetyCoordinator'
              ? String.raw`co-?ordinator,?\s*(?:(?:who\s+)?is\s+|:\s*|\[|\()?${NAME}`
              : String.raw`(?:DSL|Designated Safeguarding Lead|safeguarding lead)\)?,?\s+(?:is\s+)?${NAME}`,
          ).exec(s);
          if (named?.[1] && !contacts[role].name) {
            contacts[role].name = named[1];
            add(`contacts.${role}.name`, named[1]);
            const email = EMAIL.exec(s)?.[0];
            if (email) {
              contacts[role].email = email;
              add(`contacts.${role}.email`, email);
            }
            const phone = PHONE.exec(s)?.[0];
            if (phone) {
              contacts[role].phone = phone;
              add(`contacts.${role}.phone`, phone);
            }
          }
        }
        if (key === 'contacts' && contactBlockRole) {
          if (fillContact(contactBlockRole, s, s, `contacts.${contactBlockRole}`)) mapped = true;
        }
        const sig = /^(signed|date)\s*:\s*(.*)$/i.exec(s);
        if (sig) {
          if (/signed/i.test(sig[1] ?? '')) signature.signedBy = sig[2]?.trim() || null;
          else signature.date = sig[2]?.trim() || null;
          add(
            `sections.signature.${/signed/i.test(sig[1] ?? '') ? 'signedBy' : 'date'}`,
            sig[2]?.trim() || null,
          );
        }

        // Related policies: the listed ones, or those the text refers to as "our ... Policy".
        if (key === 'relatedPolicies' && line.kind === 'bullet') {
          related.push(s.replace(/\.$/, ''));
          add(`sections.relatedPolicies[${related.length - 1}]`, s.replace(/\.$/, ''));
        } else if (key === 'relatedPolicies' && /:$/.test(s)) {
          add('sections.relatedPolicies', s);
        }

        for (const d of detectRules(s)) add(d.path, d.value);

        // The sentence belongs to a section of the document.
        const sec = current as Section | null;
        if (sec && key !== 'relatedPolicies' && key !== 'contacts' && !sig) {
          const list = line.kind === 'bullet' ? sec.points : sec.paragraphs;
          if (list.at(-1) !== line.text) list.push(line.text);
          if (key !== 'additional' && key !== 'review')
            add(`sections.${key}.${line.kind === 'bullet' ? 'points' : 'paragraphs'}[${list.length - 1}]`, s);
        }
        if (!mapped) unmapped.push(s);
      }
    }
  }

  // Policies without a related-policies list still name them in the text ("our GDPR Policy").
  if (related.length === 0) {
    for (const r of recognised.concat(unmapped.map((u) => ({ path: '', value: null, source: u })))) {
      for (const m of r.source.matchAll(
        /\bour ((?:[A-Za-z&-]+ ){1,6}?(?:Policy|policy))\b|\b(acceptable use policy)\b/gi,
      )) {
        const name = (m[1] ?? m[2] ?? '').trim();
        if (!name || /online safety policy|^this policy/i.test(name)) continue;
        const nice = name[0]?.toUpperCase() + name.slice(1);
        if (!related.some((x) => x.toLowerCase() === nice.toLowerCase())) {
          related.push(nice);
          recognised.push({
            path: `sections.relatedPolicies[${related.length - 1}]`,
            value: nice,
            source: r.source,
          });
        }
      }
    }
  }
  // A sentence that was only used to find related policies is no longer unmapped.
  const used = new Set(recognised.map((r) => r.source));
  const stillUnmapped = unmapped.filter((s) => !used.has(s));

  const orgName = titleOrgName ?? [...nameVotes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  if (orgName) recognised.push({ path: 'organisation.name', value: orgName, source: title ?? orgName });

  const ruleCount = recognised.filter((r) => r.path.startsWith('rules.')).length;
  const sectionCount = new Set(
    recognised.filter((r) => r.path.startsWith('sections.')).map((r) => r.path.split('.')[1]),
  ).size;
  if (sectionCount < 2 && ruleCount < 2) {
    throw new NotAPolicyError(
      'This does not look like an online safety policy: Haven found none of the usual sections (purpose, “We believe”, “We recognise”, related policies) and no rules. Check you chose the right file.',
    );
  }

  // Rules: the template's defaults, then every value the policy states (the first statement wins).
  const rules = structuredClone(template.rules) as unknown as Record<string, Record<string, unknown>>;
  const setRules = new Set<string>();
  for (const r of recognised) {
    if (!r.path.startsWith('rules.') || setRules.has(r.path)) continue;
    const [, group, field] = r.path.split('.');
    if (group && field && rules[group]) rules[group][field] = r.value;
    setRules.add(r.path);
  }

  const section = (k: keyof typeof DEFAULT_TITLES): Section =>
    sections.get(k) ?? { title: DEFAULT_TITLES[k], paragraphs: [], points: [] };
  const candidate = {
    packVersion: 1,
    title: title ?? 'Online safety policy statement',
    organisation: {
      name: orgName ?? 'Your organisation',
      activities: [...new Set(activities)],
      appliesTo,
      nation,
    },
    contacts,
    sections: {
      purpose: section('purpose'),
      scope: section('scope'),
      legalFramework: section('legalFramework'),
      beliefs: section('beliefs'),
      recognitions: section('recognitions'),
      commitments: section('commitments'),
      responseToAbuse: section('responseToAbuse'),
      additional: additional.filter((a) => a.paragraphs.length || a.points.length),
      relatedPolicies: related,
      helplines: template.sections.helplines,
      signature,
    },
    revisionHistory: [],
    rules,
  };
  const parsed = PolicyPackSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new NotAPolicyError(
      `Haven read the policy but could not build a valid pack from it (${parsed.error.issues
        .map((i) => i.path.join('.'))
        .join(', ')}). Enter the policy in the editor instead.`,
    );
  }
  return { pack: parsed.data, recognised, unmapped: stillUnmapped };
}

export type { Block };
