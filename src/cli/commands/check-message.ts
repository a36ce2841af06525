/**
 * `haven check-message`: checks a draft message to young people or families against the
 * communication policy before it is sent, and says which policy rule each problem breaks.
 */

import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type {
  CommunicationChannel,
  CommunicationRules,
  MessageCheckFinding,
  MessageCheckRule,
  Participant,
  ParticipantRole,
} from '../../scanner/index.ts';
import { enableScannerCache } from '../scan/analysis-cache.ts';

const ROLES: readonly ParticipantRole[] = ['young_person', 'parent', 'teacher', 'staff', 'other'];
/** A draft message is a few paragraphs; anything this big is a mistake (or an attack). */
const MAX_DRAFT_BYTES = 1024 * 1024;

const TITLES: Record<MessageCheckRule, string> = {
  copy_colleague: 'Copy in a colleague',
  office_hours: 'Outside agreed hours',
  emoji_or_kiss: 'Emoji or kiss',
  personal_details: 'Personal details',
  personal_number_request: 'Asks for a personal number',
  unapproved_channel: 'Channel not approved',
  personal_account: 'Personal account',
  contact_route: 'Contact through the right person',
};

class UsageError extends Error {}

function parseRoles(value: string | undefined, option: string): ParticipantRole[] {
  if (value === undefined || value.trim() === '') return [];
  const roles = value.split(',').map((r) => r.trim().replace(/-/g, '_'));
  for (const r of roles) {
    if (!ROLES.includes(r as ParticipantRole)) {
      throw new UsageError(`${option} takes roles separated by commas: ${ROLES.join(', ')} (got "${r}")`);
    }
  }
  return roles as ParticipantRole[];
}

async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += b.length;
    if (size > MAX_DRAFT_BYTES)
      throw new UsageError('the draft is larger than 1 MB; is this the right file?');
    parts.push(b);
  }
  return Buffer.concat(parts);
}

async function readDraft(file: string): Promise<string> {
  let bytes: Buffer;
  if (file === '-') {
    bytes = await readAll(process.stdin);
  } else {
    try {
      bytes = await readFile(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(
        `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message}`,
      );
    }
    if (bytes.length > MAX_DRAFT_BYTES)
      throw new UsageError('the draft is larger than 1 MB; is this the right file?');
  }
  if (bytes.indexOf(0) !== -1 || !isUtf8(bytes))
    throw new UsageError('the draft is not text (binary data or invalid UTF-8)');
  return bytes.toString('utf8').replace(/\r\n/g, '\n').replace(/\n$/, '');
}

async function readRules(
  file: string | undefined,
  parse: (value: unknown) => CommunicationRules,
  fallback: CommunicationRules,
): Promise<CommunicationRules> {
  if (!file) return fallback;
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (e) {
    throw new UsageError(
      `cannot read rules file ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    throw new UsageError(`rules file ${file} is not valid JSON: ${(e as Error).message}`);
  }
  // Accept the bare rules, or a pack with { communication } or { rules: { communication } }.
  const v = value as { communication?: unknown; rules?: { communication?: unknown } } | null;
  const candidate = v?.rules?.communication ?? v?.communication ?? value;
  try {
    return parse(candidate);
  } catch (e) {
    throw new UsageError(`rules file ${file}: ${(e as Error).message}`);
  }
}

export function formatCheckFindings(findings: readonly MessageCheckFinding[]): string {
  if (findings.length === 0) return 'No problems found: this message follows the communication policy.\n';
  let out = `${findings.length} problem${findings.length === 1 ? '' : 's'} with this message:\n`;
  findings.forEach((f, i) => {
    const where = f.excerpt !== undefined ? ` at ${f.start}-${f.end}: "${f.excerpt}"` : '';
    out += `\n${i + 1}. ${TITLES[f.rule]}${where}\n   ${f.message}\n   Policy setting: ${f.policyRule}${f.approver ? ` (approver: ${f.approver.replace(/_/g, ' ')})` : ''}\n`;
  });
  return out;
}

const HELP_AFTER = `
Reads the draft message text from FILE, or standard input when FILE is "-" or left out.

Checks: approved channel, personal account, contact route, colleague copied on emails to
young people, agreed hours (UK time), emojis and kisses, requests for personal numbers,
and personal details in the text. Uses your organisation's defaults unless --rules gives a
JSON file of communication rules (or a policy pack containing them).

Exit status: 0 no problems; 1 problems found; 2 the input or options could not be used.

Example:
  echo "Hi Jay, see you at 4 x" | haven check-message --channel sms --to young_person --sent-at 2025-03-08T21:30:00Z
`;

/** Adds `haven check-message` to the program. */
export function registerCheckMessageCommand(program: Command): void {
  program
    .command('check-message')
    .description('Check a draft message to young people or families against the communication policy')
    .argument('[file]', 'file with the draft text, or "-" for standard input', '-')
    .requiredOption(
      '--channel <channel>',
      'phone, sms, email, zoom, teams, whatsapp, google_meet, facebook, instagram, snapchat, tiktok, discord or other',
    )
    .option('--to <roles>', `recipient roles, comma-separated (${ROLES.join(', ')})`, 'young_person')
    .option('--cc <roles>', 'copied-in roles, comma-separated')
    .option('--from-role <role>', 'sender role', 'staff')
    .option('--from-account <account>', 'organisation or personal', 'organisation')
    .option('--sent-at <iso>', 'when it will be sent, as an ISO date-time (default: now)')
    .option('--rules <file>', 'JSON file with communication rules')
    .option('--json', 'print findings as JSON')
    .addHelpText('after', HELP_AFTER)
    .action(
      async (
        file: string,
        opts: {
          channel: string;
          to: string;
          cc?: string;
          fromRole: string;
          fromAccount: string;
          sentAt?: string;
          rules?: string;
          json?: boolean;
        },
      ) => {
        try {
          enableScannerCache();
          const scanner = await import('../../scanner/index.ts');
          const channel = opts.channel.trim().toLowerCase().replace(/-/g, '_');
          if (!scanner.COMMUNICATION_CHANNELS.includes(channel as CommunicationChannel)) {
            throw new UsageError(`--channel must be one of: ${scanner.COMMUNICATION_CHANNELS.join(', ')}`);
          }
          const [fromRole] = parseRoles(opts.fromRole, '--from-role');
          if (!fromRole) throw new UsageError('--from-role needs a role');
          if (opts.fromAccount !== 'organisation' && opts.fromAccount !== 'personal') {
            throw new UsageError('--from-account must be organisation or personal');
          }
          const sentAt = opts.sentAt === undefined ? new Date() : new Date(opts.sentAt);
          if (Number.isNaN(sentAt.getTime())) throw new UsageError(`--sent-at is not a date: ${opts.sentAt}`);
          const rules = await readRules(
            opts.rules,
            scanner.parseCommunicationRules,
            scanner.DEFAULT_COMMUNICATION_RULES,
          );
          const text = await readDraft(file);
          const from: Participant = { role: fromRole, account: opts.fromAccount };
          const findings = scanner.checkMessage(
            {
              text,
              channel: channel as CommunicationChannel,
              from,
              to: parseRoles(opts.to, '--to').map((role) => ({ role })),
              cc: parseRoles(opts.cc, '--cc').map((role) => ({ role })),
              sentAt,
            },
            rules,
          );
          process.stdout.write(
            opts.json ? `${JSON.stringify(findings, null, 2)}\n` : formatCheckFindings(findings),
          );
          process.exitCode = findings.length > 0 ? 1 : 0;
        } catch (e) {
          if (!(e instanceof UsageError) && !(e instanceof TypeError)) throw e;
          process.stderr.write(`haven check-message: ${e.message}\n`);
          process.exitCode = 2;
        }
      },
    );
}
