/**
 * Recognises rule values in single sentences, by the general ways policies in the NSPCC family
 * phrase them (never by one organisation's wording). Each detector returns a value or undefined.
 */
import { findFrequency, findKeptFor, findMonth, NUMBER_WORD, parseNumber } from './phrases.ts';

export type Detection = { path: string; value: unknown };
type Detector = (s: string, lower: string) => Detection[];

const CHANNEL_WORDS: [RegExp, string][] = [
  [/\bphones?\b|\btelephone\b|\bcalls?\b/, 'phone'],
  [/\btexts?\b|\bsms\b|\btexting\b/, 'sms'],
  [/\be-?mails?\b/, 'email'],
  [/\bzoom\b/, 'zoom'],
  [/\b(microsoft )?teams\b/, 'teams'],
  [/\bwhatsapp\b/, 'whatsapp'],
  [/\bgoogle meet\b/, 'google_meet'],
  [/\bfacebook\b/, 'facebook'],
  [/\binstagram\b/, 'instagram'],
  [/\bsnapchat\b/, 'snapchat'],
  [/\btiktok\b/, 'tiktok'],
  [/\bdiscord\b/, 'discord'],
];

const ROLE_WORDS: [RegExp, string][] = [
  [/online safety co-?ordinator/, 'online_safety_coordinator'],
  [/deputy (designated safeguarding lead|dsl)/, 'deputy_dsl'],
  [/designated safeguarding lead|\bdsl\b|safeguarding lead/, 'dsl'],
  [/\bmanager\b|\badministrator\b/, 'admin'],
];

const once = (path: string, value: unknown): Detection[] => [{ path, value }];
const NONE: Detection[] = [];

const detectors: Detector[] = [
  // rules.review
  (_s, l) => {
    if (
      !/\b(this |the )?(policy|policies|statement)\b.*\breview(ed)?\b|\breview(ed)?\b.*\b(this )?policy\b/.test(
        l,
      )
    )
      return NONE;
    if (/\bplan\b|information systems|risk assessments?\b.*\bplatforms?/.test(l)) return NONE;
    const interval = findFrequency(l);
    const month = findMonth(l);
    const out: Detection[] = [];
    if (interval) out.push({ path: 'rules.review.interval', value: interval });
    if (month) out.push({ path: 'rules.review.month', value: month });
    return out;
  },
  // rules.communication.approvedChannels
  (_s, l) => {
    if (/^i\b/.test(l)) return NONE; // a young person's agreement, not staff rules
    if (
      !/limit (these|them|this|contact) to|(channels?|means|methods?) of communication|approved (channels|methods|platforms)|only (use|communicate) (via|through|by)/.test(
        l,
      )
    )
      return NONE;
    const channels = CHANNEL_WORDS.filter(([re]) => re.test(l)).map(([, c]) => c);
    if (
      /official (\w+ ){0,3}social media (channels|accounts|platforms)/.test(l) &&
      !channels.some((c) => ['facebook', 'instagram', 'snapchat', 'tiktok', 'discord'].includes(c))
    )
      channels.push('other');
    return channels.length ? once('rules.communication.approvedChannels', [...new Set(channels)]) : NONE;
  },
  (_s, l) => {
    if (
      !/(not listed|another (communication )?(method|channel)|other (communication )?(methods?|channels?)|different (method|channel))/.test(
        l,
      )
    )
      return NONE;
    const role = ROLE_WORDS.find(([re]) => re.test(l));
    return role ? once('rules.communication.otherChannelApprovedBy', role[1]) : NONE;
  },
  (_s, l) =>
    /\b(cop(y|ied)|cc'?d?)\b.*\be-?mails?\b|\be-?mails?\b.*\b(cop(y|ied)|cc'?d?)\b/.test(l) &&
    /(member of staff|colleague|another adult|staff member)/.test(l)
      ? once('rules.communication.copyColleagueOnEmailsToYoungPeople', true)
      : NONE,
  (_s, l) =>
    /\bemojis?\b|\bkisses\b|'x'?s\b/.test(l) ? once('rules.communication.forbidEmojisAndKisses', true) : NONE,
  (_s, l) => {
    if (/personal (social media )?accounts? (can|may) be used/.test(l))
      return once('rules.communication.forbidPersonalAccounts', false);
    if (
      /\b(not|never|must not|should not)\b.*\b(communicate|contact|message)\b.*\bpersonal (social media )?accounts?\b/.test(
        l,
      )
    )
      return once('rules.communication.forbidPersonalAccounts', true);
    return NONE;
  },
  (_s, l) =>
    /\b(not|never)\b.*\b(request|ask)\w*\b.*\bpersonal\b.*\bnumbers?\b/.test(l)
      ? once('rules.communication.forbidRequestingPersonalNumbers', true)
      : NONE,
  (_s, l) => {
    if (!/outside (of )?(normal |usual )?(office|working|business) hours/.test(l)) return NONE;
    const times = /between (\d{1,2})(?::(\d{2}))?\s*(am|pm)? and (\d{1,2})(?::(\d{2}))?\s*(am|pm)?/.exec(l);
    const hh = (h: string, m: string | undefined, ap: string | undefined) =>
      `${String((Number(h) % 12) + (ap === 'pm' ? 12 : ap === 'am' ? 0 : Number(h) < 8 ? 12 : 0)).padStart(2, '0')}:${m ?? '00'}`;
    const start = times?.[1] ? hh(times[1], times[2], times[3]) : '09:00';
    const end = times?.[4] ? hh(times[4], times[5], times[6]) : '17:00';
    const days = /weekends?|seven days|every day/.test(l)
      ? ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
      : ['mon', 'tue', 'wed', 'thu', 'fri'];
    return once('rules.communication.officeHours', { days, start, end });
  },
  (_s, l) => {
    if (
      !/\bcontact\b.*\b(children|young people|students|pupils|clients)\b.*\b(via|through)\b|\b(via|through) their\b/.test(
        l,
      )
    )
      return NONE;
    if (/(via|through) (their |the )?(school ?teachers?|teachers?|school)\b/.test(l))
      return once('rules.communication.contactYoungPeopleVia', 'teacher');
    if (/(via|through) (their |the )?(parents?|carers?|parents? or carers?)\b/.test(l))
      return once('rules.communication.contactYoungPeopleVia', 'parent');
    return NONE;
  },
  // rules.people
  (_s, l) => {
    if (!/\bnames?\b/.test(l)) return NONE;
    if (/\binitials only\b|\bonly (their |by )?initials\b/.test(l))
      return once('rules.people.youngPersonNames', 'initials');
    if (/\bfirst names?\b/.test(l)) return once('rules.people.youngPersonNames', 'first_name');
    return NONE;
  },
  // rules.sessions
  (_s, l) =>
    /one[- ]to[- ]one\b/.test(l) &&
    /\b(not|never|no)\b/.test(l) &&
    /(call|session|conference|meeting|contact)/.test(l)
      ? once('rules.sessions.allowOneToOne', false)
      : NONE,
  (_s, l) => {
    const m = new RegExp(`\\b(${NUMBER_WORD})\\s+minutes?\\s+(before|ahead of|prior to)\\b`, 'i').exec(l);
    if (!m?.[1] || !/(teacher|staff|host|adult|leader)/.test(l)) return NONE;
    const n = parseNumber(m[1]);
    return n === null ? NONE : once('rules.sessions.teacherJoinsMinutesBefore', n);
  },
  (_s, l) =>
    /(maximum|highest|strictest|strongest) (privacy|security)/.test(l)
      ? once('rules.sessions.requireMaxPrivacySettings', true)
      : NONE,
  (_s, l) => {
    if (!/\brecord(ed)?\b.*\bsessions?\b|\bsessions? (will|should) be recorded/.test(l)) return NONE;
    if (/(wherever|where) possible/.test(l)) return once('rules.sessions.recordSessions', 'where_possible');
    if (/\b(never|not) (be )?record/.test(l)) return once('rules.sessions.recordSessions', 'never');
    if (/\b(always|every|all)\b/.test(l)) return once('rules.sessions.recordSessions', 'always');
    return NONE;
  },
  // rules.retention
  (_s, l) => {
    const kept = findKeptFor(l);
    if (!kept || !/\b(keep|kept|retain|retained|store|stored|save|saved|held)\b/.test(l)) return NONE;
    if (/\bnotes?\b/.test(l)) return once('rules.retention.sessionNotes', kept);
    if (/\bchat(room)?\b|\bmessages? logs?\b/.test(l)) return once('rules.retention.chatLogs', kept);
    if (/\brecord(ing)?s?\b/.test(l)) return once('rules.retention.recordings', kept);
    if (/\b(images?|photo(graph)?s?|videos?)\b/.test(l)) return once('rules.retention.images', kept);
    return NONE;
  },
  // rules.socialMedia
  (_s, l) => {
    const m = new RegExp(
      `at least (${NUMBER_WORD}) (members? of staff|staff( members)?|people|colleagues|adults|trustees)`,
      'i',
    ).exec(l);
    if (!m?.[1] || !/(access|password|log-?ins?|admin)/.test(l)) return NONE;
    const n = parseNumber(m[1]);
    return n ? once('rules.socialMedia.minAccessHolders', n) : NONE;
  },
  (_s, l) =>
    /monitored\b.*\bby a designated|designated (person|member of staff|monitor)\b.*\bmonitor/.test(l)
      ? once('rules.socialMedia.designatedMonitor', true)
      : NONE,
  (_s, l) => {
    if (!/monitor/.test(l) || !/social media|accounts|online presence/.test(l)) return NONE;
    const f = findFrequency(l);
    return f ? once('rules.socialMedia.monitoringInterval', f) : NONE;
  },
  // rules.consent
  (_s, l) => {
    if (!/\b(images?|photo(graph)?s?|videos?|pictures?)\b/.test(l) || !/\b(permission|consent)\b/.test(l))
      return NONE;
    const out: Detection[] = [
      {
        path: 'rules.consent.imagesNeedWrittenConsent',
        value: /written (permission|consent)|consent in writing/.test(l),
      },
    ];
    if (/via (a |the )?(child's |their )?school|from (the |their )?school/.test(l))
      out.push({ path: 'rules.consent.consentFrom', value: 'school' });
    else if (/parents?|carers?|guardians?/.test(l))
      out.push({ path: 'rules.consent.consentFrom', value: 'parent' });
    return out;
  },
  // rules.devices
  (_s, l) => (/anti-?virus/.test(l) ? once('rules.devices.antivirusRequired', true) : NONE),
  (_s, l) =>
    /bitlocker|encrypt(ed|ion)? (hard )?(drives?|devices?|laptops?)|(drives?|devices?|laptops?) (should|must|will) be encrypted|to encrypt hard drives/.test(
      l,
    )
      ? once('rules.devices.encryptionRequired', true)
      : NONE,
  (_s, l) =>
    /passcodes?|\bpin\b|finger-?print|facial recognition/.test(l)
      ? once('rules.devices.passcodeRequired', true)
      : NONE,
  (_s, l) => {
    if (!/devices?\b.*\bmonitored|monitor\w*\b.*\bdevices?/.test(l)) return NONE;
    const f = findFrequency(l);
    return f ? once('rules.devices.monitoringInterval', f) : NONE;
  },
  // rules.passwords
  (_s, l) => {
    if (
      !/passwords?\b.*\b(changed|updated|renewed|reset|rotated)|(change|update|reset|rotate)\w* (their |all )?passwords?/.test(
        l,
      )
    )
      return NONE;
    const f = findFrequency(l);
    return f ? once('rules.passwords.rotationInterval', f) : NONE;
  },
  // rules.training
  (_s, l) => {
    if (!/\btraining\b/.test(l)) return NONE;
    const out: Detection[] = [];
    const f = findFrequency(l);
    if (f) out.push({ path: 'rules.training.interval', value: f });
    if (/\binduction\b/.test(l)) out.push({ path: 'rules.training.atInduction', value: true });
    return out;
  },
  (_s, l) =>
    /\binduction\b/.test(l) && /online safety/.test(l) && !/\btraining\b/.test(l)
      ? once('rules.training.atInduction', true)
      : NONE,
  // rules.platforms
  (_s, l) => {
    if (!/risk assess/.test(l) || !/(platforms?|technolog|apps?|software|services)/.test(l)) return NONE;
    const out: Detection[] = [
      {
        path: 'rules.platforms.riskAssessmentBeforeUse',
        value: /before (they are |it is )?(used|use|adopted|introduced)/.test(l),
      },
    ];
    const f = findFrequency(l);
    if (f) out.push({ path: 'rules.platforms.reassessInterval', value: f });
    return out;
  },
  // rules.concerns
  (_s, l) => {
    if (!/\breview\w*\b.*\bconcerns\b|\bconcerns\b.*\breviewed\b/.test(l)) return NONE;
    const f = findFrequency(l);
    return f ? once('rules.concerns.reviewEvery', f) : NONE;
  },
  (_s, l) => {
    if (!/\bconcerns?\b|\bdisclosures?\b|\bincidents?\b/.test(l)) return NONE;
    const m = new RegExp(`\\bwithin (${NUMBER_WORD}) (hours?|working days?|days?)`, 'i').exec(l);
    if (m?.[1] && m[2]) {
      const n = parseNumber(m[1]);
      if (n) return once('rules.concerns.triageWithin', /hour/.test(m[2]) ? `PT${n}H` : `P${n}D`);
    }
    if (/same day|immediately|without delay/.test(l) && /(report|pass|refer|log)/.test(l))
      return once('rules.concerns.triageWithin', 'P1D');
    return NONE;
  },
];

export function detectRules(sentence: string): Detection[] {
  const lower = sentence.toLowerCase().replace(/[‘’]/g, "'");
  return detectors.flatMap((d) => d(sentence, lower));
}
