import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPackFile, parsePackYaml } from './load-pack.ts';
import type { PolicyPack } from './pack.schema.ts';
import { packJsonSchemaText } from './pack-json-schema.ts';
import { packPath, SHIPPED_PACKS, type ShippedPackId, sourcePath } from './shipped-packs.ts';

const flat = (text: string) =>
  text
    .replace(/\*\*|<\/?u>|\[|\]\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();

function load(id: ShippedPackId): PolicyPack {
  const result = loadPackFile(packPath(id));
  if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.problems)}`);
  return result.pack;
}

const get = (pack: PolicyPack, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], pack);

/** [dotted path, value in the pack, the source policy's own words that state it]. */
type Evidence = [string, unknown, string];

function checkEvidence(id: ShippedPackId, file: string, evidence: Evidence[]) {
  const source = flat(readFileSync(sourcePath(file), 'utf8'));
  const pack = load(id);
  for (const [path, value, sentence] of evidence) {
    expect(source, `source of ${id} should say: ${sentence}`).toContain(flat(sentence));
    expect(get(pack, path), path).toEqual(value);
  }
}

describe('shipped policy packs', () => {
  it.each(SHIPPED_PACKS.map((p) => p.id))('%s validates against the schema', (id) => {
    const result = loadPackFile(packPath(id));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('every related policy a pack lists is named in its source', () => {
    for (const { id, source } of SHIPPED_PACKS) {
      if (!source) continue;
      const text = flat(readFileSync(sourcePath(source), 'utf8'));
      const pack = load(id);
      for (const related of pack.sections.relatedPolicies) {
        // A few names are the policy's own references in running text, e.g. "our GDPR Policy".
        expect(text, `${id}: ${related}`).toContain(flat(related).split(' (')[0]);
      }
    }
  });

  it('the NSPCC template states the common commitments every family member shares', () => {
    const pack = load('nspcc-template');
    expect(pack.sections.commitments.points).toContain('appointing an online safety coordinator');
    expect(pack.rules.consent.imagesNeedWrittenConsent).toBe(true);
    expect(pack.rules.platforms.riskAssessmentBeforeUse).toBe(true);
    expect(pack.sections.helplines.map((h) => h.name)).toEqual([
      'Childline',
      'NSPCC Helpline',
      'Professionals Online Safety Helpline',
      'Internet Watch Foundation (IWF)',
      'CEOP (Child Exploitation and Online Protection)',
    ]);
  });
});

describe('Restitute pack ties its rules to the policy', () => {
  it('states channels, names, devices, consent and contacts as the policy does', () => {
    checkEvidence('restitute', 'restitute.txt', [
      [
        'organisation.name',
        'Restitute',
        'Restitute works with children and families as part of its activities.',
      ],
      [
        'organisation.activities',
        [
          'support work',
          'parenting',
          'therapeutic support',
          'visits',
          'video calls',
          'other digital and face-to-face contact',
        ],
        'These include: support work, parenting, therapeutic support, visits, video calls and other digital and face-to-face contact.',
      ],
      [
        'contacts.onlineSafetyCoordinator.name',
        'Chris Halliday',
        "Restitute's online safety co-ordinator is Chris Halliday (chris@restitute.org)",
      ],
      [
        'contacts.onlineSafetyCoordinator.email',
        'chris@restitute.org',
        'Chris Halliday (chris@restitute.org)',
      ],
      [
        'rules.communication.approvedChannels',
        ['phone', 'sms', 'zoom', 'teams', 'whatsapp'],
        'limit these to: Phone, text, Zoom, Teams, WhatsApp',
      ],
      [
        'rules.communication.otherChannelApprovedBy',
        'online_safety_coordinator',
        'Notifying the online safety coordinator if their client wishes to use a communication method not listed above.',
      ],
      [
        'rules.people.youngPersonNames',
        'first_name',
        'Names of Clients should only be stored in devices that are secure¹, and with first name (or initials)',
      ],
      [
        'rules.devices.encryptionRequired',
        true,
        'Laptop and desktop computers should have bitlocker enabled where available to encrypt hard drives',
      ],
      [
        'rules.devices.passcodeRequired',
        true,
        'passcode, finger-print or facial recognition (mobile devices including tablets and mobile phones)',
      ],
      [
        'rules.consent.imagesNeedWrittenConsent',
        true,
        'used only after their written permission has been obtained',
      ],
      [
        'rules.platforms.riskAssessmentBeforeUse',
        true,
        'examining and risk assessing any social media platforms and new technologies before they are used within the organisation.',
      ],
    ]);
  });

  it('keeps the scope that reaches consultants, contractors and programme visitors', () => {
    const pack = load('restitute');
    expect(pack.sections.scope.points.join(' ')).toContain('journalists, celebrities and politicians');
    expect(pack.sections.relatedPolicies).toContain(
      'Disclosure of Malpractice in the Workplace (Whistleblower) policy',
    );
  });
});

describe('PACSO pack ties its rules to the policy', () => {
  it('names its coordinator and asks for permission (not written) for images', () => {
    checkEvidence('pacso', 'pacso.txt', [
      ['organisation.name', 'PACSO', 'PACSO has responded to the additional online safeguarding risk'],
      [
        'contacts.onlineSafetyCoordinator.name',
        'Emma Kennedy',
        'appointing an online safety coordinator [Emma Kennedy]',
      ],
      [
        'rules.consent.imagesNeedWrittenConsent',
        false,
        'ensuring that images of children, young people and families are used only after their permission has been obtained',
      ],
      [
        'rules.platforms.riskAssessmentBeforeUse',
        false,
        'regularly examining and risk assessing any social media platforms and new technologies that are used within the organisation.',
      ],
      [
        'sections.relatedPolicies',
        [
          'Safeguarding and Child protection Policy',
          'Incident Policy',
          'Code of conduct for staff and volunteers (including our online code)',
          'Behaviour Policy',
          'Photography Policy',
          'Online Services Risk Assessment',
        ],
        'Online Services Risk Assessment',
      ],
    ]);
  });

  it('keeps the response steps: inform parents, report to the site, the designated officer or police', () => {
    const points = load('pacso').sections.responseToAbuse.points.join(' ');
    expect(points).toContain('parents and carers are fully informed');
    expect(points).toContain('our Local Designated Officer and/or police');
    expect(points).toContain('offering support to the children, young people, families and staff');
  });
});

describe('Cavernoma Alliance UK pack ties its rules to the policy', () => {
  it('states review, devices, passwords, monitoring, consent and training as the policy does', () => {
    checkEvidence('cavernoma-alliance-uk', 'cavernoma-alliance-uk.txt', [
      ['organisation.name', 'Cavernoma Alliance UK', 'Cavernoma Alliance UK Safety Online Policy'],
      ['contacts.dsl.name', 'Joanne Noakes', 'raised as soon as possible with our DSL Joanne Noakes'],
      ['rules.review.interval', 'P1Y', 'This policy should be reviewed annually or sooner if needed.'],
      [
        'rules.devices.antivirusRequired',
        true,
        'every device owned by the organisation has appropriate antivirus and anti-spyware software',
      ],
      ['rules.passwords.rotationInterval', 'P3M', 'Passwords will also be changed at least every quarter'],
      [
        'rules.socialMedia.monitoringInterval',
        'P1D',
        'Monitoring our social media platforms on a daily basis',
      ],
      [
        'rules.consent.consentFrom',
        'parent',
        'only with prior consent from individuals and/or parents or carers of those under the age of 18',
      ],
      [
        'rules.training.interval',
        'P1Y',
        'Providing training for staff and volunteers at least annually in online safety',
      ],
      [
        'rules.training.atInduction',
        true,
        'Integrating online safety into our induction programme for new staff and volunteers.',
      ],
      [
        'rules.communication.forbidPersonalAccounts',
        false,
        'Personal social media accounts can be used to engage with service users',
      ],
    ]);
  });

  it('carries the revision history from the policy’s own table', () => {
    const pack = load('cavernoma-alliance-uk');
    expect(pack.revisionHistory).toEqual([
      {
        reviewDate: '2020-11-13',
        byWhom: 'EYF Ltd. for CAUK',
        summary: 'Policy developed',
        dateImplemented: '2021-02-19',
      },
    ]);
    const helpline = pack.sections.helplines.find((h) => h.name === 'Professionals Online Safety Helpline');
    expect(helpline?.phone).toBe('0344 381 4772');
    expect(helpline?.email).toBe('helpline@saferinternet.org.uk');
  });
});

describe('Solutions Not Sides pack ties its rules to the policy', () => {
  it('states every rule the policy states, in its own words', () => {
    checkEvidence('solutions-not-sides', 'solutions-not-sides.txt', [
      ['rules.review.interval', 'P1Y', 'This policy will be reviewed annually in August.'],
      ['rules.review.month', 8, 'reviewed annually in August'],
      [
        'rules.socialMedia.minAccessHolders',
        3,
        'at least three members of staff will have access to each account and password',
      ],
      ['rules.socialMedia.designatedMonitor', true, 'The accounts will be monitored by a designated person'],
      [
        'rules.communication.copyColleagueOnEmailsToYoungPeople',
        true,
        'At least one other member of staff should be copied into any emails sent to children or young people',
      ],
      [
        'rules.communication.forbidEmojisAndKisses',
        true,
        "avoiding the use of emojis or symbols such as 'kisses' ('X's)",
      ],
      [
        'rules.communication.forbidPersonalAccounts',
        true,
        'Staff should not communicate with young people via personal accounts or private messages',
      ],
      [
        'rules.communication.forbidRequestingPersonalNumbers',
        true,
        "Staff will not request to have children's or young people's personal mobile numbers",
      ],
      [
        'rules.communication.officeHours',
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' },
        'Staff should avoid communicating with children or young people via email outside of normal office hours',
      ],
      [
        'rules.communication.contactYoungPeopleVia',
        'teacher',
        'We will always contact children and young people via their schoolteacher',
      ],
      [
        'rules.sessions.allowOneToOne',
        false,
        'Staff must not invite young people to a one-to-one conference or video call under any circumstances',
      ],
      [
        'rules.sessions.teacherJoinsMinutesBefore',
        10,
        'teachers know they must sign into online sessions ten minutes before their students',
      ],
      [
        'rules.sessions.requireMaxPrivacySettings',
        true,
        'maximum privacy and security settings are enabled on any online conferencing platform',
      ],
      [
        'rules.sessions.recordSessions',
        'where_possible',
        'Wherever possible, we will record the whole session',
      ],
      ['rules.retention.sessionNotes', 'P1Y', 'keep the notes for one year'],
      ['rules.retention.chatLogs', 'P1Y', 'save any chatroom activity and keep the record for one year'],
      ['rules.retention.recordings', 'P1Y', 'keep the recording on file for one year'],
      [
        'rules.consent.consentFrom',
        'school',
        "We will always obtain permission via a child's school for photographs or videos",
      ],
    ]);
  });

  it('keeps the student agreement agreed before sessions', () => {
    const agreement = load('solutions-not-sides').sections.additional.find(
      (s) => s.title === 'What we expect of children and young people',
    );
    expect(agreement?.points).toHaveLength(9);
    expect(agreement?.points[0]).toMatch(/^I will be responsible for my behaviour/);
  });
});

describe('Living Well Consortium pack ties its rules to the policy', () => {
  it('states activities, contacts, consent and related procedures as the policy does', () => {
    checkEvidence('living-well-consortium', 'living-well-consortium.txt', [
      [
        'organisation.name',
        'Living Well Consortium',
        'Living Well Consortium works with children and families',
      ],
      [
        'organisation.activities',
        ['IAPT Therapies', 'Social Prescribing', 'Creative therapies', 'Counselling and self help'],
        '- IAPT Therapies - Social Prescribing - Creative therapies - Counselling and self help',
      ],
      [
        'contacts.onlineSafetyCoordinator.name',
        'Patrick Kwesiga',
        'Online safety co-ordinator Name: Patrick Kwesiga',
      ],
      [
        'contacts.dsl.email',
        'Patrick.kwesiga@livingwellconsortium.com',
        'Senior lead for safeguarding and child protection Name: Patrick Kwesiga Phone/email: Patrick.kwesiga@livingwellconsortium.com',
      ],
      [
        'rules.consent.imagesNeedWrittenConsent',
        true,
        'used only after their written permission has been obtained',
      ],
      [
        'rules.platforms.riskAssessmentBeforeUse',
        true,
        'Examining and risk assessing any social media platforms and new technologies before they are used',
      ],
      ['sections.signature.date', 'July 2020', 'Date: July 2020'],
    ]);
    expect(load('living-well-consortium').sections.relatedPolicies).toContain(
      'Managing allegations against staff and volunteers',
    );
  });
});

describe('malformed packs', () => {
  it('says where a YAML file is broken', () => {
    const result = parsePackYaml('packVersion: 1\ntitle: "unclosed\n  rules: [');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/not valid YAML/);
  });

  it('says a document that is not a mapping is not a policy pack', () => {
    const result = parsePackYaml('- just\n- a list\n');
    expect(result).toEqual({
      ok: false,
      problems: [{ path: '', message: expect.stringMatching(/not a policy pack/) }],
    });
  });

  it('names each wrong field by its path, with what to do', () => {
    const text = readFileSync(packPath('solutions-not-sides'), 'utf8')
      .replace('review: { interval: P1Y, month: 8 }', 'review: { interval: yearly, month: 13 }')
      .replace('minAccessHolders: 3', 'minAccessHolders: 0');
    const result = parsePackYaml(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.problems.map((p) => [p.path, p.message]));
    expect(byPath['rules.review.interval']).toMatch(/ISO 8601/);
    expect(byPath['rules.review.month']).toMatch(/1 \(January\) to 12/);
    expect(byPath['rules.socialMedia.minAccessHolders']).toMatch(/At least one person/);
  });

  it('refuses a rule key other modules do not know', () => {
    const text = readFileSync(packPath('nspcc-template'), 'utf8').replace(
      'passwords: { rotationInterval: null }',
      'passwords: { rotationInterval: null, rotateEvery: P1M }',
    );
    const result = parsePackYaml(text);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['rules.passwords']);
  });
});

describe('docs/policy-pack.schema.json', () => {
  it('is up to date with the Zod schema (run node scripts/generate-pack-schema.ts)', () => {
    const committed = readFileSync(
      resolve(import.meta.dirname, '../../../../../docs/policy-pack.schema.json'),
      'utf8',
    );
    expect(committed).toBe(packJsonSchemaText());
  });

  it('lists every rule group other modules rely on', () => {
    const schema = JSON.parse(packJsonSchemaText());
    expect(Object.keys(schema.properties.rules.properties)).toEqual([
      'review',
      'communication',
      'people',
      'sessions',
      'retention',
      'socialMedia',
      'consent',
      'devices',
      'passwords',
      'training',
      'platforms',
      'concerns',
    ]);
  });
});
