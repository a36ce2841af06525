import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { sourcePath } from '../pack/shipped-packs.ts';
import { type ImportProposal, importPolicy, NotAPolicyError } from './import-policy.ts';
import { outline, sentences } from './outline.ts';
import { readPolicySource, UnreadableSourceError } from './read-source.ts';

const seed = (file: string) => readFileSync(sourcePath(file), 'utf8');
const fixture = (file: string) => readFileSync(resolve(import.meta.dirname, 'fixtures', file), 'utf8');

/** Every sentence of the source is either recognised or listed as unmapped. */
function expectNothingDropped(source: string, p: ImportProposal) {
  const { title, blocks } = outline(source);
  const all = [
    ...(title ? [title] : []),
    ...blocks.flatMap((b) => [
      ...(b.heading ? [b.heading] : []),
      ...b.lines.flatMap((l) => sentences(l.text)),
    ]),
  ];
  const accounted = new Set([...p.recognised.map((r) => r.source), ...p.unmapped]);
  expect(all.filter((s) => !accounted.has(s))).toEqual([]);
  expect(all.length).toBeGreaterThan(10);
}

describe('importing the five source policies', () => {
  it('Restitute: name, activities, coordinator, channels, naming, devices, related policies', () => {
    const source = seed('restitute.txt');
    const p = importPolicy(source);
    expectNothingDropped(source, p);
    expect(p.pack.organisation.name).toBe('Restitute');
    expect(p.pack.organisation.activities).toEqual([
      'support work',
      'parenting',
      'therapeutic support',
      'visits',
      'video calls',
      'other digital and face-to-face contact',
    ]);
    expect(p.pack.contacts.onlineSafetyCoordinator).toMatchObject({
      name: 'Chris Halliday',
      email: 'chris@restitute.org',
    });
    expect(p.pack.rules.communication.approvedChannels).toEqual([
      'phone',
      'sms',
      'zoom',
      'teams',
      'whatsapp',
    ]);
    expect(p.pack.rules.communication.otherChannelApprovedBy).toBe('online_safety_coordinator');
    expect(p.pack.rules.people.youngPersonNames).toBe('first_name');
    expect(p.pack.rules.devices).toMatchObject({ encryptionRequired: true, passcodeRequired: true });
    expect(p.pack.rules.consent.imagesNeedWrittenConsent).toBe(true);
    expect(p.pack.rules.platforms.riskAssessmentBeforeUse).toBe(true);
    expect(p.pack.sections.relatedPolicies).toEqual([
      'Safeguarding Children and Adults',
      'Code of Conduct',
      'Anti-Bullying and Harassment policy',
      'Disclosure of Malpractice in the Workplace (Whistleblower) policy',
      'Complaints Policy',
    ]);
    const source1 = p.recognised.find((r) => r.path === 'rules.communication.approvedChannels')?.source;
    expect(source1).toMatch(/limit these to: Phone, text, Zoom, Teams, WhatsApp/);
  });

  it('PACSO: name, coordinator, permission (not written) for images, related policies', () => {
    const source = seed('pacso.txt');
    const p = importPolicy(source);
    expectNothingDropped(source, p);
    expect(p.pack.organisation.name).toBe('PACSO');
    expect(p.pack.contacts.onlineSafetyCoordinator.name).toBe('Emma Kennedy');
    expect(p.pack.rules.consent.imagesNeedWrittenConsent).toBe(false);
    expect(p.pack.rules.platforms.riskAssessmentBeforeUse).toBe(false);
    expect(p.pack.sections.relatedPolicies).toEqual([
      'Safeguarding and Child protection Policy',
      'Incident Policy',
      'Code of conduct for staff and volunteers (including our online code)',
      'Behaviour Policy',
      'Photography Policy',
      'Online Services Risk Assessment',
    ]);
    expect(p.pack.sections.responseToAbuse.points.join(' ')).toContain('Local Designated Officer');
  });

  it('Cavernoma Alliance UK: name, DSL, review, devices, passwords, monitoring, consent, training', () => {
    const source = seed('cavernoma-alliance-uk.txt');
    const p = importPolicy(source);
    expectNothingDropped(source, p);
    expect(p.pack.organisation.name).toBe('Cavernoma Alliance UK');
    expect(p.pack.contacts.dsl.name).toBe('Joanne Noakes');
    expect(p.pack.rules.review.interval).toBe('P1Y');
    expect(p.pack.rules.devices.antivirusRequired).toBe(true);
    expect(p.pack.rules.passwords.rotationInterval).toBe('P3M');
    expect(p.pack.rules.socialMedia.monitoringInterval).toBe('P1D');
    expect(p.pack.rules.consent).toEqual({ imagesNeedWrittenConsent: false, consentFrom: 'parent' });
    expect(p.pack.rules.training).toMatchObject({ interval: 'P1Y', atInduction: true });
    expect(p.pack.rules.communication.forbidPersonalAccounts).toBe(false);
    expect(p.pack.sections.relatedPolicies).toEqual(
      expect.arrayContaining(['GDPR Policy', 'Safeguarding Policy', 'Acceptable use policy']),
    );
  });

  it('Solutions Not Sides: every rule the policy states', () => {
    const source = seed('solutions-not-sides.txt');
    const p = importPolicy(source);
    expectNothingDropped(source, p);
    const r = p.pack.rules;
    expect(p.pack.organisation.name).toBe('Solutions Not Sides');
    expect(r.review).toEqual({ interval: 'P1Y', month: 8 });
    expect(r.socialMedia).toMatchObject({ minAccessHolders: 3, designatedMonitor: true });
    expect(r.communication).toMatchObject({
      approvedChannels: ['email'],
      copyColleagueOnEmailsToYoungPeople: true,
      forbidEmojisAndKisses: true,
      forbidPersonalAccounts: true,
      forbidRequestingPersonalNumbers: true,
      contactYoungPeopleVia: 'teacher',
    });
    expect(r.communication.officeHours).not.toBeNull();
    expect(r.sessions).toEqual({
      allowOneToOne: false,
      teacherJoinsMinutesBefore: 10,
      requireMaxPrivacySettings: true,
      recordSessions: 'where_possible',
    });
    expect(r.retention).toMatchObject({ sessionNotes: 'P1Y', chatLogs: 'P1Y', recordings: 'P1Y' });
    expect(r.consent.consentFrom).toBe('school');
    expect(p.recognised.find((x) => x.path === 'rules.sessions.teacherJoinsMinutesBefore')?.source).toContain(
      'sign into online sessions ten minutes before their students',
    );
    expect(p.pack.sections.relatedPolicies).toEqual(
      expect.arrayContaining([
        'Child and Vulnerable Adults Safeguarding Policy',
        'Harassment & bullying policy',
      ]),
    );
  });

  it('Living Well Consortium: activities, contacts with details, consent, related procedures', () => {
    const source = seed('living-well-consortium.txt');
    const p = importPolicy(source);
    expectNothingDropped(source, p);
    expect(p.pack.organisation.name).toBe('Living Well Consortium');
    expect(p.pack.organisation.activities).toEqual([
      'IAPT Therapies',
      'Social Prescribing',
      'Creative therapies',
      'Counselling and self help',
    ]);
    const patrick = { name: 'Patrick Kwesiga', email: 'Patrick.kwesiga@livingwellconsortium.com' };
    expect(p.pack.contacts.onlineSafetyCoordinator).toMatchObject(patrick);
    expect(p.pack.contacts.dsl).toMatchObject(patrick);
    expect(p.pack.rules.consent.imagesNeedWrittenConsent).toBe(true);
    expect(p.pack.sections.relatedPolicies).toHaveLength(7);
    expect(p.pack.sections.relatedPolicies).toContain('Managing allegations against staff and volunteers');
    expect(p.pack.sections.signature.date).toBe('July 2020');
  });
});

describe('importing other policies of the same family (not in the seeds)', () => {
  it('Northfield Boxing Club (.md): numbers in words, "every two years", "at least two members of staff"', () => {
    const source = fixture('northfield-boxing-club.md');
    const p = importPolicy(source);
    expectNothingDropped(source, p);
    expect(p.pack.organisation).toMatchObject({
      name: 'Northfield Boxing Club',
      activities: ['boxing coaching', 'fitness classes', 'online coaching sessions', 'summer camps'],
      nation: 'wales',
    });
    expect(p.pack.contacts.onlineSafetyCoordinator).toMatchObject({
      name: 'Daniel Price',
      email: 'daniel.price@northfieldboxing.org.uk',
      phone: '0161 496 0123',
    });
    expect(p.pack.contacts.dsl.name).toBe('Aisha Begum');
    const r = p.pack.rules;
    expect(r.review).toEqual({ interval: 'P2Y', month: 3 });
    expect(r.socialMedia).toEqual({
      minAccessHolders: 2,
      monitoringInterval: 'P1W',
      designatedMonitor: true,
    });
    expect(r.consent).toEqual({ imagesNeedWrittenConsent: true, consentFrom: 'parent' });
    expect(r.passwords.rotationInterval).toBe('P6M');
    expect(r.training).toMatchObject({ interval: 'P2Y', atInduction: true });
    expect(r.sessions).toMatchObject({
      allowOneToOne: false,
      teacherJoinsMinutesBefore: 15,
      recordSessions: 'where_possible',
    });
    expect(r.retention).toMatchObject({ recordings: 'P90D', chatLogs: 'P6M', sessionNotes: 'P2Y' });
    expect(r.communication.approvedChannels).toEqual(['email', 'teams', 'whatsapp']);
    expect(r.communication.otherChannelApprovedBy).toBe('dsl');
    expect(r.communication.officeHours).toEqual({
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      start: '09:00',
      end: '20:00',
    });
    expect(r.concerns.triageWithin).toBe('PT24H');
    expect(p.pack.sections.relatedPolicies).toEqual([
      'Safeguarding and welfare policy',
      'Anti-bullying policy',
      "Coaches' code of conduct",
    ]);
    expect(p.unmapped).toContain('Members who need support can speak to any coach.');
  });

  it('Harbour Arts Trust (.docx): a contact block, initials only, contact through parents, devices', async () => {
    const text = fixture('harbour-arts-trust.txt');
    const docx = await Packer.toBuffer(
      new Document({
        sections: [{ children: text.split('\n').map((line) => new Paragraph({ text: line })) }],
      }),
    );
    const source = await readPolicySource(docx, 'harbour.docx');
    const p = importPolicy(source);
    expectNothingDropped(source, p);
    expect(p.pack.organisation).toMatchObject({
      name: 'Harbour Arts Trust',
      activities: ['drama workshops', 'music lessons', 'online art clubs'],
    });
    expect(p.pack.contacts.onlineSafetyCoordinator).toEqual({
      name: 'Ruth Adeyemi',
      email: 'ruth@harbourarts.org.uk',
      phone: '01632 960 111',
      title: null,
    });
    expect(p.pack.contacts.dsl).toMatchObject({
      name: 'Marcus Lee',
      email: 'marcus.lee@harbourarts.org.uk',
      phone: '07700 900 222',
    });
    const r = p.pack.rules;
    expect(r.people.youngPersonNames).toBe('initials');
    expect(r.communication.forbidRequestingPersonalNumbers).toBe(true);
    expect(r.communication.contactYoungPeopleVia).toBe('parent');
    expect(r.devices).toEqual({
      antivirusRequired: true,
      encryptionRequired: true,
      passcodeRequired: true,
      monitoringInterval: 'P1M',
    });
    expect(r.socialMedia.minAccessHolders).toBe(4);
    expect(r.platforms).toEqual({ riskAssessmentBeforeUse: true, reassessInterval: 'P12M' });
    expect(r.concerns.reviewEvery).toBe('P2W');
    expect(r.review).toEqual({ interval: 'P1Y', month: 9 });
    expect(p.pack.sections.relatedPolicies).toEqual([
      'Child protection policy',
      'Photography and filming guidance',
    ]);
  });
});

describe('bad input', () => {
  it('a file that is not a policy is refused with a clear message', () => {
    expect(() =>
      importPolicy('Shopping list\n\n- eggs\n- milk\n- bread\n\nRemember to call the plumber.'),
    ).toThrow(NotAPolicyError);
  });

  it('an unreadable upload is refused', async () => {
    await expect(
      readPolicySource(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'policy.docx'),
    ).rejects.toThrow(UnreadableSourceError);
    await expect(
      readPolicySource(Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8]), 'policy.txt'),
    ).rejects.toThrow(/not readable text/);
    await expect(readPolicySource(Buffer.from('%PDF-1.7'), 'policy.pdf')).rejects.toThrow(
      /\.docx.*\.txt.*\.md/,
    );
  });
});
