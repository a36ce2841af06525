/**
 * The end-to-end counterpart of `haven scan --jsonl` built on redact-pii, for the scanner
 * benchmark: start Node, load redact-pii, read JSON Lines, redact every message's text and
 * write one JSON line per message. It does what a team would write to use redact-pii the way
 * Haven's command is used, so the two can be timed the same way as child processes.
 */
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node bench/redact-pii-jsonl.ts FILE\n');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const { SyncRedactor } = require('redact-pii') as {
  SyncRedactor: new () => { redact(text: string): string };
};
const redactor = new SyncRedactor();
let out = '';
for await (const line of createInterface({
  input: createReadStream(file),
  crlfDelay: Number.POSITIVE_INFINITY,
})) {
  if (line.length === 0) continue;
  const { id, text } = JSON.parse(line) as { id: string; text: string };
  out += `${JSON.stringify({ id, text: redactor.redact(text) })}\n`;
  if (out.length > 1 << 16) {
    if (!process.stdout.write(out)) await new Promise((resolve) => process.stdout.once('drain', resolve));
    out = '';
  }
}
process.stdout.write(out);
