/**
 * A policy pack: an organisation's online safety policy as data. From one pack Haven renders the
 * human document and derives the rules every other module enforces (R-POL-1 to R-POL-5).
 * The rule keys are a contract with other modules and tools: do not rename them.
 * `docs/policy-pack.schema.json` is generated from this file (node scripts/generate-pack-schema.ts).
 */
import { z } from 'zod';
import { COMMUNICATION_CHANNELS } from '../../../../scanner/message-check.ts';
import { ROLES } from '../../../platform/auth/roles.ts';

const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const Duration = z
  .string()
  .regex(
    ISO_DURATION,
    'Write a period in ISO 8601, for example P1Y for a year, P3M for three months or P1D for a day.',
  )
  .meta({ description: 'An ISO 8601 period, such as P1Y (a year), P3M (three months), P1D (a day).' });

const nullableDuration = (description: string) => Duration.nullable().meta({ description });
const flag = (description: string) => z.boolean().meta({ description });

// One list each, shared with the rest of Haven: a channel or role added there is accepted here too.
export const PACK_ROLES = ROLES;

export { COMMUNICATION_CHANNELS };

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export const NATIONS = ['england', 'wales', 'scotland', 'northern_ireland'] as const;

export const Contact = z.strictObject({
  name: z.string().trim().min(1, 'Enter the person’s name, or leave the whole contact empty.').nullable(),
  email: z.email('Enter an email address like name@example.org.').nullable(),
  phone: z.string().trim().min(1, 'Enter a phone number, or leave it empty.').nullable(),
  /** The role title the policy uses, such as "Senior lead for safeguarding and child protection". */
  title: z.string().trim().min(1).nullable().optional(),
});
export type Contact = z.infer<typeof Contact>;

export const Section = z
  .strictObject({
    title: z.string().trim().min(1, 'Give the section a heading.'),
    paragraphs: z.array(z.string().trim().min(1)).default([]),
    points: z.array(z.string().trim().min(1)).default([]),
  })
  .meta({ description: 'A section of the policy document: opening paragraphs then a bulleted list.' });
export type Section = z.infer<typeof Section>;

export const Helpline = z.strictObject({
  name: z.string().trim().min(1),
  phone: z.string().trim().min(1).nullable().default(null),
  email: z.email().nullable().default(null),
  url: z.string().trim().min(1).nullable().default(null),
  description: z.string().trim().min(1).nullable().default(null),
});
export type Helpline = z.infer<typeof Helpline>;

export const RevisionEntry = z.strictObject({
  reviewDate: z.string().regex(DATE, 'Write the date as YYYY-MM-DD.'),
  byWhom: z.string().trim().min(1),
  summary: z.string().trim().min(1),
  dateImplemented: z.string().regex(DATE, 'Write the date as YYYY-MM-DD.').nullable(),
});
export type RevisionEntry = z.infer<typeof RevisionEntry>;

export const Rules = z.strictObject({
  review: z.strictObject({
    interval: Duration.meta({ description: 'How often the policy is reviewed; P1Y is annually.' }),
    month: z
      .number()
      .int()
      .min(1, 'Choose a month from 1 (January) to 12 (December).')
      .max(12, 'Choose a month from 1 (January) to 12 (December).')
      .nullable()
      .meta({ description: 'The month the review falls in (1–12), or null if the policy does not say.' }),
  }),
  communication: z.strictObject({
    approvedChannels: z
      .array(z.enum(COMMUNICATION_CHANNELS))
      .meta({ description: 'The channels staff may use to contact young people and clients.' }),
    otherChannelApprovedBy: z.enum(PACK_ROLES).nullable().meta({
      description: 'Who must approve any channel not on the list, or null if the policy does not say.',
    }),
    copyColleagueOnEmailsToYoungPeople: flag(
      'Copy at least one other member of staff into emails to young people.',
    ),
    forbidEmojisAndKisses: flag('No emojis or kisses in messages to young people.'),
    forbidPersonalAccounts: flag('Staff must not contact young people from personal accounts.'),
    forbidRequestingPersonalNumbers: flag('Staff must not ask young people for their personal numbers.'),
    officeHours: z
      .strictObject({
        days: z.array(z.enum(WEEKDAYS)).min(1, 'Choose at least one day.'),
        start: z.string().regex(TIME, 'Write the time as HH:MM, for example 09:00.'),
        end: z.string().regex(TIME, 'Write the time as HH:MM, for example 17:00.'),
      })
      .nullable()
      .meta({ description: 'Contact young people only within these UK times, or null for no limit.' }),
    contactYoungPeopleVia: z.enum(['direct', 'teacher', 'parent']).meta({
      description: 'Whether staff contact young people directly, through their teacher or a parent.',
    }),
  }),
  people: z.strictObject({
    youngPersonNames: z.enum(['full', 'first_name', 'initials']).meta({
      description: 'How young people’s names are recorded: full name, first name only, or initials.',
    }),
  }),
  sessions: z.strictObject({
    allowOneToOne: flag('Whether a member of staff may be alone online with one young person.'),
    teacherJoinsMinutesBefore: z
      .number()
      .int()
      .min(0)
      .nullable()
      .meta({ description: 'Minutes before students that the teacher signs in, or null.' }),
    requireMaxPrivacySettings: flag('Maximum privacy and security settings on conferencing platforms.'),
    recordSessions: z
      .enum(['never', 'where_possible', 'always'])
      .meta({ description: 'Whether online sessions are recorded.' }),
  }),
  retention: z.strictObject({
    sessionNotes: nullableDuration('How long session notes are kept, or null.'),
    chatLogs: nullableDuration('How long chat logs are kept, or null.'),
    recordings: nullableDuration('How long recordings are kept, or null.'),
    images: nullableDuration('How long images are kept, or null.'),
  }),
  socialMedia: z.strictObject({
    minAccessHolders: z
      .number()
      .int()
      .min(1, 'At least one person must hold access to each account.')
      .meta({ description: 'How many staff hold the access and password to each account.' }),
    monitoringInterval: nullableDuration('How often the accounts are monitored, or null.'),
    designatedMonitor: flag('Each account has a designated person who monitors it.'),
  }),
  consent: z.strictObject({
    imagesNeedWrittenConsent: flag('Images of young people are used only with written permission.'),
    consentFrom: z
      .enum(['parent', 'school', 'either'])
      .meta({ description: 'Who gives permission for images: the parent or carer, the school, or either.' }),
  }),
  devices: z.strictObject({
    antivirusRequired: flag('Organisation devices have antivirus software, kept up to date.'),
    encryptionRequired: flag('Computers have their drives encrypted.'),
    passcodeRequired: flag('Devices are protected by passcode, fingerprint or face.'),
    monitoringInterval: nullableDuration('How often organisation devices are checked, or null.'),
  }),
  passwords: z.strictObject({
    rotationInterval: nullableDuration('How often passwords are changed, or null.'),
  }),
  training: z.strictObject({
    interval: nullableDuration('How often online safety training is repeated, or null.'),
    atInduction: flag('Online safety is part of induction for new staff and volunteers.'),
    topics: z.array(z.string().trim().min(1)).meta({ description: 'What the training covers.' }),
  }),
  platforms: z.strictObject({
    riskAssessmentBeforeUse: flag('New platforms and technologies are risk assessed before use.'),
    reassessInterval: nullableDuration('How often platforms are risk assessed again, or null.'),
  }),
  concerns: z.strictObject({
    triageWithin: Duration.meta({ description: 'How soon a new concern is looked at by the DSL.' }),
    reviewEvery: nullableDuration('How often open concerns are reviewed, or null.'),
  }),
});
export type Rules = z.infer<typeof Rules>;

export const PolicyPack = z
  .strictObject({
    packVersion: z.literal(1).meta({ description: 'The format of this file; always 1.' }),
    title: z.string().trim().min(1, 'Give the policy a title.'),
    organisation: z.strictObject({
      name: z.string().trim().min(1, 'Enter the organisation’s name.'),
      activities: z.array(z.string().trim().min(1)),
      appliesTo: z.array(z.string().trim().min(1)),
      nation: z.enum(NATIONS).meta({ description: 'The nation whose law applies.' }),
    }),
    contacts: z.strictObject({
      onlineSafetyCoordinator: Contact,
      dsl: Contact,
      deputyDsl: Contact.nullable().optional(),
      onlinePresenceLead: Contact.nullable().optional(),
    }),
    sections: z.strictObject({
      purpose: Section,
      scope: Section,
      legalFramework: Section,
      beliefs: Section,
      recognitions: Section,
      commitments: Section,
      responseToAbuse: Section,
      /** Sections particular to this organisation, in the order they appear. */
      additional: z.array(Section).default([]),
      relatedPolicies: z.array(z.string().trim().min(1)),
      helplines: z.array(Helpline),
      signature: z.strictObject({
        signedBy: z.string().trim().min(1).nullable(),
        role: z.string().trim().min(1).nullable(),
        date: z.string().trim().min(1).nullable(),
      }),
    }),
    revisionHistory: z.array(RevisionEntry).default([]),
    rules: Rules,
  })
  .meta({
    title: 'Haven policy pack',
    description: 'An organisation’s online safety policy as data: the document and the rules Haven enforces.',
  });
export type PolicyPack = z.infer<typeof PolicyPack>;
export type PolicyPackInput = z.input<typeof PolicyPack>;
