/**
 * Checks a draft message from staff against the organisation's communication policy before it
 * is sent (R-COMM-2 to R-COMM-7, R-DATA-2). Every finding names the policy rule it comes from
 * and says, in plain English, what to do instead, so the check teaches the policy as it goes.
 */
import { scanText } from './default-scanner.ts';
import type { FindingType } from './types.ts';

export const COMMUNICATION_CHANNELS = [
  'phone',
  'sms',
  'email',
  'zoom',
  'teams',
  'whatsapp',
  'google_meet',
  'facebook',
  'instagram',
  'snapchat',
  'tiktok',
  'discord',
  'other',
] as const;

export type CommunicationChannel = (typeof COMMUNICATION_CHANNELS)[number];

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** `rules.communication` in a policy pack. */
export interface CommunicationRules {
  approvedChannels: CommunicationChannel[];
  /** The role that may approve any other channel, such as 'online_safety_coordinator'. */
  otherChannelApprovedBy: string | null;
  copyColleagueOnEmailsToYoungPeople: boolean;
  forbidEmojisAndKisses: boolean;
  forbidPersonalAccounts: boolean;
  forbidRequestingPersonalNumbers: boolean;
  /** Times are 'HH:MM' in UK time (Europe/London), so they follow BST automatically. */
  officeHours: { days: Weekday[]; start: string; end: string } | null;
  contactYoungPeopleVia: 'direct' | 'teacher' | 'parent';
}

export type ParticipantRole = 'young_person' | 'parent' | 'teacher' | 'staff' | 'other';

export interface Participant {
  name?: string;
  address?: string;
  role: ParticipantRole;
  /** Whether the account belongs to the organisation or to the person privately. */
  account?: 'organisation' | 'personal';
}

export interface MessageDraft {
  text: string;
  channel: CommunicationChannel;
  from: Participant;
  to: readonly Participant[];
  cc?: readonly Participant[];
  /** When it will be sent; omitted means office hours are not checked. */
  sentAt?: Date | string;
}

export type MessageCheckRule =
  | 'copy_colleague'
  | 'office_hours'
  | 'emoji_or_kiss'
  | 'personal_details'
  | 'personal_number_request'
  | 'unapproved_channel'
  | 'personal_account'
  | 'contact_route';

export interface MessageCheckFinding {
  rule: MessageCheckRule;
  start?: number;
  end?: number;
  excerpt?: string;
  /** What is wrong, which policy sentence it breaks, and what to do instead. */
  message: string;
  /** Dotted key of the policy-pack setting, e.g. 'rules.communication.copyColleagueOnEmailsToYoungPeople'. */
  policyRule: string;
  /** For an unapproved channel: the role that can approve it. */
  approver?: string;
}

/**
 * Used when an organisation has not adopted a policy pack yet, in the spirit of the NSPCC
 * online safety template: organisation accounts on a short list of channels, a colleague
 * copied in, no emojis or kisses, and contact within working hours.
 */
export const DEFAULT_COMMUNICATION_RULES: CommunicationRules = Object.freeze({
  approvedChannels: ['phone', 'sms', 'email', 'zoom', 'teams'],
  otherChannelApprovedBy: 'online_safety_coordinator',
  copyColleagueOnEmailsToYoungPeople: true,
  forbidEmojisAndKisses: true,
  forbidPersonalAccounts: true,
  forbidRequestingPersonalNumbers: true,
  officeHours: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' },
  contactYoungPeopleVia: 'direct',
}) as CommunicationRules;

const POLICY = 'rules.communication';

const CHANNEL_NAMES: Record<CommunicationChannel, string> = {
  phone: 'Phone',
  sms: 'Text message',
  email: 'Email',
  zoom: 'Zoom',
  teams: 'Microsoft Teams',
  whatsapp: 'WhatsApp',
  google_meet: 'Google Meet',
  facebook: 'Facebook',
  instagram: 'Instagram',
  snapchat: 'Snapchat',
  tiktok: 'TikTok',
  discord: 'Discord',
  other: 'This channel',
};

const PII_NAMES: Record<string, string> = {
  phone: 'a phone number',
  email: 'an email address',
  postcode: 'a postcode',
  address: 'a home address',
  school: 'a school name',
  social_handle: 'a social media username',
};

const DAY_ORDER: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Day of week and minutes past midnight in UK time, whatever the server's own time zone. */
export function toLondonTime(at: Date): { day: Weekday; minutes: number; label: string } {
  let weekday = '';
  let hour = 0;
  let minute = 0;
  for (const part of LONDON.formatToParts(at)) {
    if (part.type === 'weekday') weekday = part.value.toLowerCase().slice(0, 3);
    else if (part.type === 'hour') hour = Number(part.value) % 24;
    else if (part.type === 'minute') minute = Number(part.value);
  }
  const day = (DAY_ORDER as string[]).includes(weekday) ? (weekday as Weekday) : 'mon';
  const hh = String(hour).padStart(2, '0');
  const mm = String(minute).padStart(2, '0');
  return { day, minutes: hour * 60 + minute, label: `${DAY_NAMES[day]} ${hh}:${mm}` };
}

function parseClock(value: string, what: string): number {
  const m = /^([01]?\d|2[0-4]):([0-5]\d)$/.exec(value.trim());
  if (!m) throw new TypeError(`officeHours.${what} must be 'HH:MM', got ${JSON.stringify(value)}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

function describeHours(hours: NonNullable<CommunicationRules['officeHours']>): string {
  const days = DAY_ORDER.filter((d) => hours.days.includes(d));
  let dayText: string;
  const first = days[0];
  const last = days[days.length - 1];
  const contiguous =
    first !== undefined &&
    last !== undefined &&
    DAY_ORDER.indexOf(last) - DAY_ORDER.indexOf(first) === days.length - 1;
  if (days.length === 0) dayText = 'no days';
  else if (days.length > 2 && contiguous && first && last)
    dayText = `${DAY_NAMES[first]} to ${DAY_NAMES[last]}`;
  else dayText = days.map((d) => DAY_NAMES[d]).join(', ');
  return `${dayText}, ${hours.start} to ${hours.end}`;
}

export function isWithinOfficeHours(
  at: Date,
  hours: NonNullable<CommunicationRules['officeHours']>,
): boolean {
  const { day, minutes } = toLondonTime(at);
  const start = parseClock(hours.start, 'start');
  const end = parseClock(hours.end, 'end');
  if (start === end) return hours.days.includes(day);
  if (start < end) return hours.days.includes(day) && minutes >= start && minutes < end;
  // Hours that run past midnight belong to the day they started on.
  if (minutes >= start) return hours.days.includes(day);
  const previous = DAY_ORDER[(DAY_ORDER.indexOf(day) + 6) % 7] as Weekday;
  return minutes < end && hours.days.includes(previous);
}

// Emoji sequences (with skin tones, variation selectors and ZWJ joins), flags, and text emoticons.
const EMOJI =
  /(?:\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F|\u20E3)*(?:\u200D\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F)*)*|\p{Regional_Indicator}{2})+/gu;
const NOT_EMOJI = /^[©®™‼⁉]\uFE0F?$/u;
const EMOTICON = /(?<![\p{L}\p{N}_:/])(?:[:;=][-'^o]?[)(DPpO3*|\][\\/]+|<3+|[xX]D+|:'\()(?![\p{L}\p{N}_/])/gu;
const KISS = /(?<![\p{L}\p{N}_'’-])(x{1,6}|(?:xo){1,4}x?)(?![\p{L}\p{N}_'’-])/giu;
const KISS_TAIL = /^(?:[\s.!,)~]|\p{Extended_Pictographic}|\uFE0F|\u200D)*(?:\n|$)/u;

function findEmojisAndKisses(text: string): Array<{ start: number; end: number; kind: 'emoji' | 'kiss' }> {
  const spans: Array<{ start: number; end: number; kind: 'emoji' | 'kiss' }> = [];
  for (const m of text.matchAll(EMOJI)) {
    if (NOT_EMOJI.test(m[0])) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, kind: 'emoji' });
  }
  for (const m of text.matchAll(EMOTICON)) {
    spans.push({ start: m.index, end: m.index + m[0].length, kind: 'emoji' });
  }
  for (const m of text.matchAll(KISS)) {
    const token = m[0];
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + token.length);
    // "3 x 4", "2x tickets" and "x-ray" are not kisses; a lone x only counts at the end of a line.
    if (/^\s*\d/.test(after)) continue;
    if (/\d\s*$/.test(before) && !KISS_TAIL.test(after)) continue;
    if (/^x$/i.test(token) && !KISS_TAIL.test(after)) continue;
    spans.push({ start: m.index, end: m.index + token.length, kind: 'kiss' });
  }
  spans.sort((a, b) => a.start - b.start);
  return spans;
}

const NUMBER_REQUEST =
  /\b(?:(?:what(?:'|’)?s|whats|wats|send|give|text|drop|share|pass on|can i (?:have|get|take)|could i (?:have|get|take)|let me (?:have|know)|i(?:'|’)?ll need|i need|need|want|may i have|is it ok to have)\s+(?:me\s+|us\s+)?(?:your|ur|yr)\s+(?:own\s+|personal\s+|private\s+|home\s+|mobile\s+|mob\s+|phone\s+|new\s+)*(?:mobile|phone|number|no\.?|num|digits|mob|whats\s?app|cell)(?:\s+(?:number|no\.?|num))?|(?:what|which)\s+(?:number|mobile)\s+(?:can|could|should|do)\s+i\s+(?:reach|contact|text|call|ring|get|message)\s+(?:you|u)(?:\s+on)?|(?:text|message|ring|call|whatsapp)\s+me\s+(?:from|on)\s+(?:your|ur)\s+(?:own|personal|private|mobile)(?:\s+(?:phone|number|mobile))?)/gi;

function recipientsOf(draft: MessageDraft): Participant[] {
  return [...(draft.to ?? []), ...(draft.cc ?? [])];
}

function validateDraft(draft: MessageDraft): void {
  if (draft === null || typeof draft !== 'object') throw new TypeError('checkMessage needs a message object');
  if (typeof draft.text !== 'string') throw new TypeError('checkMessage: text must be a string');
  if (!COMMUNICATION_CHANNELS.includes(draft.channel)) {
    throw new TypeError(`checkMessage: unknown channel ${JSON.stringify(draft.channel)}`);
  }
  if (!draft.from || typeof draft.from !== 'object') throw new TypeError('checkMessage: from is required');
  if (!Array.isArray(draft.to)) throw new TypeError('checkMessage: to must be a list of recipients');
  if (draft.cc !== undefined && !Array.isArray(draft.cc))
    throw new TypeError('checkMessage: cc must be a list');
}

function toDate(value: Date | string): Date {
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime()))
    throw new TypeError(`checkMessage: sentAt is not a valid date: ${String(value)}`);
  return d;
}

function humanRole(role: string): string {
  return role.replace(/_/g, ' ');
}

/**
 * Returns every way the draft breaks the communication policy, each tied to the policy-pack
 * setting it comes from. An empty list means the draft can be sent as it is.
 */
export function checkMessage(
  draft: MessageDraft,
  rules: CommunicationRules = DEFAULT_COMMUNICATION_RULES,
): MessageCheckFinding[] {
  validateDraft(draft);
  const findings: MessageCheckFinding[] = [];
  const text = draft.text;
  const recipients = recipientsOf(draft);
  const toYoungPerson = recipients.some((p) => p?.role === 'young_person');
  const directToYoungPerson = draft.to.some((p) => p?.role === 'young_person');

  if (!rules.approvedChannels.includes(draft.channel)) {
    const approver = rules.otherChannelApprovedBy ?? undefined;
    const allowed = rules.approvedChannels.map((c) => CHANNEL_NAMES[c]).join(', ');
    const name = draft.channel === 'other' ? 'This channel' : CHANNEL_NAMES[draft.channel];
    findings.push({
      rule: 'unapproved_channel',
      message:
        `${name} is not one of your organisation’s approved channels (${allowed || 'none listed'}). ` +
        (approver
          ? `Policy: other channels may only be used with approval from the ${humanRole(approver)}. Use an approved channel, or get that approval first.`
          : 'Policy: use only approved channels. Send this another way.'),
      policyRule: `${POLICY}.approvedChannels`,
      ...(approver ? { approver } : {}),
    });
  }

  if (rules.forbidPersonalAccounts && draft.from.account === 'personal') {
    findings.push({
      rule: 'personal_account',
      message:
        'This is being sent from a personal account. Policy: staff use organisation accounts, never personal ones, to contact young people and families. Send it from your work account.',
      policyRule: `${POLICY}.forbidPersonalAccounts`,
    });
  }

  if (rules.contactYoungPeopleVia !== 'direct' && directToYoungPerson) {
    const via = rules.contactYoungPeopleVia;
    const viaRole: ParticipantRole = via === 'parent' ? 'parent' : 'teacher';
    if (!recipients.some((p) => p?.role === viaRole)) {
      findings.push({
        rule: 'contact_route',
        message:
          via === 'parent'
            ? 'This goes straight to a young person. Policy: contact young people through their parent or carer. Address it to the parent or carer instead.'
            : 'This goes straight to a young person. Policy: contact young people through their teacher. Send it to the teacher to pass on instead.',
        policyRule: `${POLICY}.contactYoungPeopleVia`,
      });
    }
  }

  if (draft.channel === 'email' && rules.copyColleagueOnEmailsToYoungPeople && toYoungPerson) {
    const colleague = recipients.some((p) => p?.role === 'staff' || p?.role === 'teacher');
    if (!colleague) {
      findings.push({
        rule: 'copy_colleague',
        message:
          'No colleague is copied in. Policy: emails to young people copy in at least one other member of staff, so no contact is hidden. Add a colleague in cc.',
        policyRule: `${POLICY}.copyColleagueOnEmailsToYoungPeople`,
      });
    }
  }

  if (rules.officeHours && toYoungPerson && draft.sentAt !== undefined && draft.sentAt !== null) {
    const at = toDate(draft.sentAt);
    if (!isWithinOfficeHours(at, rules.officeHours)) {
      const { label } = toLondonTime(at);
      findings.push({
        rule: 'office_hours',
        message: `This would be sent ${label} (UK time). Policy: contact young people only during agreed hours (${describeHours(rules.officeHours)}). Schedule it for then, unless it is an emergency.`,
        policyRule: `${POLICY}.officeHours`,
      });
    }
  }

  if (rules.forbidEmojisAndKisses && toYoungPerson) {
    for (const span of findEmojisAndKisses(text)) {
      const excerpt = text.slice(span.start, span.end);
      findings.push({
        rule: 'emoji_or_kiss',
        start: span.start,
        end: span.end,
        excerpt,
        message:
          span.kind === 'kiss'
            ? `"${excerpt}" reads as a kiss. Policy: no kisses or emojis in messages to young people, to keep the relationship professional. Remove it.`
            : `"${excerpt}" is an emoji. Policy: no emojis or kisses in messages to young people, to keep the relationship professional. Remove it.`,
        policyRule: `${POLICY}.forbidEmojisAndKisses`,
      });
    }
  }

  if (rules.forbidRequestingPersonalNumbers && toYoungPerson) {
    for (const m of text.matchAll(NUMBER_REQUEST)) {
      findings.push({
        rule: 'personal_number_request',
        start: m.index,
        end: m.index + m[0].length,
        excerpt: m[0],
        message:
          'This asks a young person for their personal number. Policy: staff do not ask young people for personal phone numbers; use the organisation’s approved channels instead.',
        policyRule: `${POLICY}.forbidRequestingPersonalNumbers`,
      });
    }
  }

  const known = new Set(
    [draft.from, ...recipients].map((p) => p?.address?.trim().toLowerCase()).filter((a): a is string => !!a),
  );
  for (const f of scanText(text)) {
    if (f.kind !== 'pii') continue;
    if (f.type === 'email' && known.has(f.excerpt.trim().toLowerCase())) continue;
    findings.push({
      rule: 'personal_details',
      start: f.start,
      end: f.end,
      excerpt: f.excerpt,
      message: `Contains ${PII_NAMES[f.type as FindingType] ?? 'a personal detail'} ("${f.excerpt}"). Policy: do not share a young person’s personal details in messages; if it is a young person’s, remove it and keep it in their secure record.`,
      policyRule: 'rules.data.personalDetails',
    });
  }

  return findings;
}

const WEEKDAYS: readonly Weekday[] = DAY_ORDER;
const CONTACT_ROUTES = ['direct', 'teacher', 'parent'] as const;

/**
 * Checks that an untrusted value (a policy pack, a JSON file) is a complete CommunicationRules
 * object, and says exactly what is wrong if not, so a bad pack never silently weakens checks.
 */
export function parseCommunicationRules(value: unknown): CommunicationRules {
  const problems: string[] = [];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError('communication rules must be a JSON object');
  }
  const v = value as Record<string, unknown>;
  const bool = (key: keyof CommunicationRules): boolean => {
    if (typeof v[key] !== 'boolean') problems.push(`${key} must be true or false`);
    return v[key] === true;
  };
  const channels = v.approvedChannels;
  if (
    !Array.isArray(channels) ||
    channels.some((c) => !COMMUNICATION_CHANNELS.includes(c as CommunicationChannel))
  ) {
    problems.push(`approvedChannels must be a list of: ${COMMUNICATION_CHANNELS.join(', ')}`);
  }
  const approver = v.otherChannelApprovedBy;
  if (approver !== null && (typeof approver !== 'string' || approver.trim() === '')) {
    problems.push('otherChannelApprovedBy must be a role name or null');
  }
  const route = v.contactYoungPeopleVia;
  if (!CONTACT_ROUTES.includes(route as (typeof CONTACT_ROUTES)[number])) {
    problems.push(`contactYoungPeopleVia must be one of: ${CONTACT_ROUTES.join(', ')}`);
  }
  const hours = v.officeHours;
  if (hours !== null) {
    const h = hours as Record<string, unknown> | undefined;
    if (!h || typeof h !== 'object') problems.push('officeHours must be an object or null');
    else {
      if (!Array.isArray(h.days) || h.days.some((d) => !WEEKDAYS.includes(d as Weekday))) {
        problems.push(`officeHours.days must be a list of: ${WEEKDAYS.join(', ')}`);
      }
      for (const key of ['start', 'end'] as const) {
        const t = h[key];
        if (typeof t !== 'string' || !/^([01]\d|2[0-4]):[0-5]\d$/.test(t))
          problems.push(`officeHours.${key} must be 'HH:MM'`);
      }
    }
  }
  const rules: CommunicationRules = {
    approvedChannels: (Array.isArray(channels) ? channels : []) as CommunicationChannel[],
    otherChannelApprovedBy: typeof approver === 'string' ? approver : null,
    copyColleagueOnEmailsToYoungPeople: bool('copyColleagueOnEmailsToYoungPeople'),
    forbidEmojisAndKisses: bool('forbidEmojisAndKisses'),
    forbidPersonalAccounts: bool('forbidPersonalAccounts'),
    forbidRequestingPersonalNumbers: bool('forbidRequestingPersonalNumbers'),
    officeHours: hours === null ? null : (hours as CommunicationRules['officeHours']),
    contactYoungPeopleVia: route as CommunicationRules['contactYoungPeopleVia'],
  };
  if (problems.length > 0) throw new TypeError(`Invalid communication rules: ${problems.join('; ')}`);
  return rules;
}
