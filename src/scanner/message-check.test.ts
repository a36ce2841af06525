import { describe, expect, it } from 'vitest';
import type { CommunicationRules, MessageDraft } from './message-check.ts';
import {
  checkMessage,
  DEFAULT_COMMUNICATION_RULES,
  isWithinOfficeHours,
  parseCommunicationRules,
  toLondonTime,
} from './message-check.ts';

const staff = { role: 'staff', account: 'organisation', address: 'sarah@haven.org.uk' } as const;
const youngPerson = { role: 'young_person', address: 'jay@example.com' } as const;
const colleague = { role: 'staff', address: 'dave@haven.org.uk' } as const;
// A Tuesday at 10:00 UK time, inside default office hours.
const WORKING = '2025-03-11T10:00:00Z';

function draft(overrides: Partial<MessageDraft> = {}): MessageDraft {
  return {
    text: 'Hi Jay, the session on Thursday starts at 5pm in the main hall.',
    channel: 'email',
    from: staff,
    to: [youngPerson],
    cc: [colleague],
    sentAt: WORKING,
    ...overrides,
  };
}

function rulesOf(d: MessageDraft, rules?: CommunicationRules): string[] {
  return checkMessage(d, rules).map((f) => f.rule);
}

describe('a compliant message', () => {
  it('has no findings', () => {
    expect(checkMessage(draft())).toEqual([]);
  });
});

describe('copy a colleague (R-COMM)', () => {
  it('flags an email to a young person with no colleague copied', () => {
    const [f] = checkMessage(draft({ cc: [] }));
    expect(f).toMatchObject({
      rule: 'copy_colleague',
      policyRule: 'rules.communication.copyColleagueOnEmailsToYoungPeople',
    });
    expect(f?.message).toMatch(/copy in at least one other member of staff/);
  });

  it('accepts a teacher or staff member in to or cc, and ignores other channels', () => {
    expect(rulesOf(draft({ cc: [{ role: 'teacher' }] }))).toEqual([]);
    expect(rulesOf(draft({ cc: [], to: [youngPerson, colleague] }))).toEqual([]);
    expect(rulesOf(draft({ cc: [], channel: 'sms' }))).not.toContain('copy_colleague');
    expect(rulesOf(draft({ cc: [{ role: 'parent' }] }))).toContain('copy_colleague');
  });

  it('can be switched off by the policy', () => {
    const rules = { ...DEFAULT_COMMUNICATION_RULES, copyColleagueOnEmailsToYoungPeople: false };
    expect(rulesOf(draft({ cc: [] }), rules)).toEqual([]);
  });
});

describe('office hours in Europe/London', () => {
  const hours = DEFAULT_COMMUNICATION_RULES.officeHours as NonNullable<CommunicationRules['officeHours']>;

  it('flags evenings and weekends, naming the UK time', () => {
    const [f] = checkMessage(draft({ sentAt: '2025-03-08T21:30:00Z' }));
    expect(f?.rule).toBe('office_hours');
    expect(f?.message).toContain('Saturday 21:30');
    expect(f?.message).toContain('Monday to Friday, 09:00 to 17:00');
  });

  it('uses GMT in winter: 08:30Z is 08:30 in London, before opening', () => {
    expect(isWithinOfficeHours(new Date('2025-01-14T08:30:00Z'), hours)).toBe(false);
    expect(isWithinOfficeHours(new Date('2025-01-14T09:00:00Z'), hours)).toBe(true);
    expect(isWithinOfficeHours(new Date('2025-01-14T16:59:00Z'), hours)).toBe(true);
    expect(isWithinOfficeHours(new Date('2025-01-14T17:00:00Z'), hours)).toBe(false);
  });

  it('uses BST in summer: 08:30Z is 09:30 in London, and 16:30Z is 17:30', () => {
    expect(isWithinOfficeHours(new Date('2025-07-15T08:30:00Z'), hours)).toBe(true);
    expect(isWithinOfficeHours(new Date('2025-07-15T16:30:00Z'), hours)).toBe(false);
    expect(toLondonTime(new Date('2025-07-15T16:30:00Z')).label).toBe('Tuesday 17:30');
  });

  it('switches exactly at the clock changes', () => {
    // Clocks go forward at 01:00 UTC on Sunday 30 March 2025, back at 01:00 UTC on 26 October.
    expect(toLondonTime(new Date('2025-03-30T00:59:00Z')).label).toBe('Sunday 00:59');
    expect(toLondonTime(new Date('2025-03-30T01:00:00Z')).label).toBe('Sunday 02:00');
    expect(toLondonTime(new Date('2025-10-26T00:59:00Z')).label).toBe('Sunday 01:59');
    expect(toLondonTime(new Date('2025-10-26T01:00:00Z')).label).toBe('Sunday 01:00');
    // Monday morning after the spring change: 08:15Z is 09:15 BST, inside hours.
    expect(isWithinOfficeHours(new Date('2025-03-31T08:15:00Z'), hours)).toBe(true);
    // Friday before it: 08:15Z is 08:15 GMT, outside.
    expect(isWithinOfficeHours(new Date('2025-03-28T08:15:00Z'), hours)).toBe(false);
  });

  it('handles a late Friday in UTC that is already Saturday in London', () => {
    expect(toLondonTime(new Date('2025-06-13T23:30:00Z')).label).toBe('Saturday 00:30');
  });

  it('supports hours that run past midnight', () => {
    const late = { days: ['fri'] as const, start: '18:00', end: '01:00' };
    const rules = { ...late, days: [...late.days] };
    expect(isWithinOfficeHours(new Date('2025-01-17T23:00:00Z'), rules)).toBe(true); // Fri 23:00
    expect(isWithinOfficeHours(new Date('2025-01-18T00:30:00Z'), rules)).toBe(true); // Sat 00:30, Friday's shift
    expect(isWithinOfficeHours(new Date('2025-01-18T02:00:00Z'), rules)).toBe(false);
  });

  it('only applies to messages to young people, and not without a time or hours', () => {
    expect(rulesOf(draft({ sentAt: '2025-03-08T21:30:00Z', to: [{ role: 'parent' }] }))).toEqual([]);
    expect(rulesOf(draft({ sentAt: undefined }))).toEqual([]);
    expect(
      rulesOf(draft({ sentAt: '2025-03-08T21:30:00Z' }), {
        ...DEFAULT_COMMUNICATION_RULES,
        officeHours: null,
      }),
    ).toEqual([]);
  });

  it('accepts a Date and rejects nonsense', () => {
    expect(rulesOf(draft({ sentAt: new Date('2025-03-08T21:30:00Z') }))).toEqual(['office_hours']);
    expect(() => checkMessage(draft({ sentAt: 'next tuesday' }))).toThrow(/not a valid date/);
  });
});

describe('emojis and kisses', () => {
  it.each([
    ['See you Thursday x', 'x'],
    ['Well done today xx', 'xx'],
    ['Great work! 😊', '😊'],
    ['Brilliant 👍🏽', '👍🏽'],
    ['see you at 4 x', 'x'],
    ['Love it :)', ':)'],
    ['Thanks <3', '<3'],
    ['xoxo', 'xoxo'],
  ])('flags %j', (text, excerpt) => {
    const found = checkMessage(draft({ text })).filter((f) => f.rule === 'emoji_or_kiss');
    expect(found.map((f) => f.excerpt)).toEqual([excerpt]);
    const f = found[0];
    expect(text.slice(f?.start, f?.end)).toBe(excerpt);
    expect(f?.policyRule).toBe('rules.communication.forbidEmojisAndKisses');
  });

  it.each([
    'Bring 2 x 500ml bottles of water',
    'The x-ray department is on floor 2',
    'Year 6 x 30 pupils',
    'Max, Xavier and Alex are in the team',
    'Copyright © Haven 2025',
    'See https://haven.org.uk/x for details',
  ])('ignores %j', (text) => {
    expect(rulesOf(draft({ text }))).toEqual([]);
  });

  it('allows emojis to parents and colleagues', () => {
    expect(rulesOf(draft({ text: 'Thanks so much 😊 x', to: [{ role: 'parent' }], cc: [] }))).toEqual([]);
  });
});

describe('personal details and number requests', () => {
  it('flags personal details in the text with spans, but not known addresses', () => {
    const text =
      "Jay's mum said his number is 07700 900123 and he lives at 4 Birch Close. Reply to sarah@haven.org.uk";
    const found = checkMessage(draft({ text })).filter((f) => f.rule === 'personal_details');
    expect(found.map((f) => f.excerpt)).toEqual(['07700 900123', '4 Birch Close']);
    expect(found[0]?.policyRule).toBe('rules.data.personalDetails');
  });

  it.each([
    "what's your number?",
    'Can I have your mobile number so I can text you?',
    'send me your personal number',
    'Text me from your own phone',
  ])('flags a request for a personal number: %j', (text) => {
    const f = checkMessage(draft({ text })).find((x) => x.rule === 'personal_number_request');
    expect(f?.policyRule).toBe('rules.communication.forbidRequestingPersonalNumbers');
    expect(text.slice(f?.start, f?.end)).toBe(f?.excerpt);
  });

  it('does not flag sharing the office number', () => {
    expect(rulesOf(draft({ text: 'You can call the office number any time during the day.' }))).toEqual([]);
  });
});

describe('channels, accounts and contact routes', () => {
  it('names who must approve an unapproved channel', () => {
    const [f] = checkMessage(draft({ channel: 'whatsapp', cc: [] }));
    expect(f).toMatchObject({
      rule: 'unapproved_channel',
      approver: 'online_safety_coordinator',
      policyRule: 'rules.communication.approvedChannels',
    });
    expect(f?.message).toContain('online safety coordinator');
  });

  it('omits the approver when the policy names none', () => {
    const [f] = checkMessage(draft({ channel: 'snapchat' }), {
      ...DEFAULT_COMMUNICATION_RULES,
      otherChannelApprovedBy: null,
    });
    expect(f?.rule).toBe('unapproved_channel');
    expect(f?.approver).toBeUndefined();
  });

  it('flags a personal account', () => {
    expect(rulesOf(draft({ from: { ...staff, account: 'personal' } }))).toEqual(['personal_account']);
  });

  it('enforces contact through parents or teachers when the policy says so', () => {
    const viaParent = { ...DEFAULT_COMMUNICATION_RULES, contactYoungPeopleVia: 'parent' as const };
    const [f] = checkMessage(draft(), viaParent);
    expect(f).toMatchObject({
      rule: 'contact_route',
      policyRule: 'rules.communication.contactYoungPeopleVia',
    });
    expect(rulesOf(draft({ to: [youngPerson, { role: 'parent' }] }), viaParent)).toEqual([]);
    const viaTeacher = { ...DEFAULT_COMMUNICATION_RULES, contactYoungPeopleVia: 'teacher' as const };
    expect(rulesOf(draft(), viaTeacher)).toEqual(['contact_route']);
    expect(rulesOf(draft({ cc: [{ role: 'teacher' }] }), viaTeacher)).toEqual([]);
  });

  it('reports every breach of a bad draft at once', () => {
    const bad = draft({
      channel: 'instagram',
      from: { role: 'staff', account: 'personal' },
      cc: [],
      sentAt: '2025-03-08T23:00:00Z',
      text: "hey what's ur number? x",
    });
    expect(rulesOf(bad).sort()).toEqual(
      [
        'emoji_or_kiss',
        'office_hours',
        'personal_account',
        'personal_number_request',
        'unapproved_channel',
      ].sort(),
    );
  });
});

describe('input checking', () => {
  it('rejects malformed drafts with a clear error', () => {
    expect(() => checkMessage({ ...draft(), text: 42 as unknown as string })).toThrow(
      /text must be a string/,
    );
    expect(() => checkMessage({ ...draft(), channel: 'pigeon' as never })).toThrow(/unknown channel/);
    expect(() => checkMessage({ ...draft(), to: 'jay' as never })).toThrow(/to must be a list/);
  });

  it('parses a complete rules object and explains what is wrong with a bad one', () => {
    expect(parseCommunicationRules(JSON.parse(JSON.stringify(DEFAULT_COMMUNICATION_RULES)))).toEqual(
      DEFAULT_COMMUNICATION_RULES,
    );
    expect(() =>
      parseCommunicationRules({
        ...DEFAULT_COMMUNICATION_RULES,
        approvedChannels: ['email', 'carrier_pigeon'],
      }),
    ).toThrow(/approvedChannels/);
    expect(() =>
      parseCommunicationRules({
        ...DEFAULT_COMMUNICATION_RULES,
        officeHours: { days: ['mon'], start: '9am', end: '17:00' },
      }),
    ).toThrow(/officeHours.start/);
    expect(() => parseCommunicationRules({})).toThrow(/copyColleagueOnEmailsToYoungPeople/);
    expect(() => parseCommunicationRules('rules')).toThrow(/JSON object/);
  });
});
