/**
 * `npm run bench:scanner`: throughput of `haven scan --jsonl` against redact-pii's SyncRedactor
 * on the same synthetic chat corpus, at 5 MB and 50 MB (MB = 10^6 bytes of JSONL).
 *
 * Haven is timed end to end as a user runs it: `node src/cli/haven.ts scan --jsonl FILE` in a
 * child process, output to /dev/null, including process start-up. If the CLI does not have the
 * scan command yet, the same streaming core is called in-process instead and the output says so.
 * redact-pii is timed on `.redact(text)` alone for every message (parsing the JSONL is not
 * counted), so its figure is if anything flattering to it.
 *
 * Prints ratios and the 50 MB / 5 MB time ratio (10 means cost grows linearly). Exits non-zero
 * if Haven is not at least 10 times redact-pii's throughput at either size.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './scanner-corpus.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const havenEntry = join(root, 'src', 'cli', 'haven.ts');
const SIZES = [5_000_000, 50_000_000];
const TARGET_RATIO = 10;

interface Redactor {
  redact(text: string): string;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function cliHasScan(): boolean {
  if (!existsSync(havenEntry)) return false;
  const r = spawnSync(process.execPath, [havenEntry, 'scan', '--help'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return r.status === 0 && r.stdout.includes('--jsonl');
}

/** Wall-clock seconds for `haven scan --jsonl file`, output discarded. */
function timeSpawned(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [havenEntry, 'scan', '--jsonl', file], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`haven scan exited ${code}: ${stderr.slice(0, 500)}`));
      else resolve((performance.now() - start) / 1000);
    });
  });
}

/** The CLI's streaming core, called the way the command calls it (workers for big files). */
async function timeInProcess(file: string): Promise<number> {
  const scan = await import('../src/cli/commands/scan.ts');
  const threads = Math.min(availableParallelism(), 8);
  const start = performance.now();
  const input = createReadStream(file, { highWaterMark: 1 << 20 });
  const output = createWriteStream('/dev/null');
  const errors = createWriteStream('/dev/null');
  const result =
    threads > 1 && statSync(file).size >= scan.PARALLEL_THRESHOLD_BYTES
      ? await scan.scanStreamParallel(input, output, errors, { format: 'jsonl', threads })
      : await scan.scanStream(input, output, errors, { format: 'jsonl' });
  await new Promise<void>((resolve) => output.end(resolve));
  if (result.badLines > 0) throw new Error(`${result.badLines} bad lines in the benchmark corpus`);
  return (performance.now() - start) / 1000;
}

function timeRedactPii(redactor: Redactor, file: string): { seconds: number; messages: number } {
  const texts = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => (JSON.parse(l) as { text: string }).text);
  for (const t of texts.slice(0, 2000)) redactor.redact(t); // warm up the JIT, as Haven's runs are warm too
  const start = performance.now();
  for (const t of texts) redactor.redact(t);
  return { seconds: (performance.now() - start) / 1000, messages: texts.length };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'haven-scan-bench-'));
  const spawned = cliHasScan();
  const require = createRequire(import.meta.url);
  const { SyncRedactor } = require('redact-pii') as { SyncRedactor: new () => Redactor };
  const redactor = new SyncRedactor();
  const timeHaven = spawned ? timeSpawned : timeInProcess;
  // Other work on the machine skews both sides; the load average says how much to trust a run.
  console.log(
    `Scanner benchmark: Node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    spawned
      ? 'Haven: `node src/cli/haven.ts scan --jsonl FILE` in a child process, end to end (start-up included), median of 3 runs.'
      : 'Haven: src/cli/haven.ts has no scan command yet, so the CLI streaming core runs in-process (no process start-up), median of 3 runs.',
  );
  console.log(
    'redact-pii: SyncRedactor.redact(text) on every message, JSON parsing not counted, one warm run.\n',
  );

  try {
    let startup = 0;
    if (spawned) {
      const empty = join(dir, 'empty.jsonl');
      writeFileSync(empty, '');
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) runs.push(await timeHaven(empty));
      startup = median(runs);
    }
    const rows: Array<{ mb: number; messages: number; haven: number; redact: number }> = [];
    for (const size of SIZES) {
      const file = join(dir, `corpus-${size}.jsonl`);
      writeFileSync(file, generateCorpus({ targetBytes: size }));
      const bytes = statSync(file).size;
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) runs.push(await timeHaven(file));
      console.log(
        `  haven runs at ${(bytes / 1e6).toFixed(0)} MB: ${runs.map((r) => `${r.toFixed(2)} s`).join(', ')}`,
      );
      const redact = timeRedactPii(redactor, file);
      rows.push({ mb: bytes / 1e6, messages: redact.messages, haven: median(runs), redact: redact.seconds });
      rmSync(file);
    }

    const fmt = (n: number, d = 1): string => n.toFixed(d);
    console.log('size      messages   haven s  haven MB/s   redact-pii s  redact-pii MB/s   ratio');
    let failed = false;
    for (const r of rows) {
      const havenRate = r.mb / r.haven;
      const redactRate = r.mb / r.redact;
      const ratio = havenRate / redactRate;
      if (ratio < TARGET_RATIO) failed = true;
      console.log(
        `${fmt(r.mb).padStart(5)} MB ${String(r.messages).padStart(10)} ${fmt(r.haven, 2).padStart(9)} ${fmt(havenRate).padStart(11)} ${fmt(r.redact, 2).padStart(14)} ${fmt(redactRate).padStart(16)} ${fmt(ratio, 2).padStart(7)}x`,
      );
    }
    const [small, large] = rows as [(typeof rows)[0], (typeof rows)[0]];
    console.log(
      `\nScaling, time at ${fmt(large.mb, 0)} MB / time at ${fmt(small.mb, 0)} MB (${fmt(large.mb / small.mb, 0)} = linear): haven ${fmt(large.haven / small.haven, 2)}, redact-pii ${fmt(large.redact / small.redact, 2)}`,
    );
    if (spawned) {
      // Start-up is a fixed cost; separating it shows the rate at which cost actually grows.
      const marginal = (large.mb - small.mb) / (large.haven - small.haven);
      const redactMarginal = (large.mb - small.mb) / (large.redact - small.redact);
      console.log(
        `Haven process start-up (empty input): ${fmt(startup * 1000, 0)} ms. Marginal throughput from ${fmt(small.mb, 0)} to ${fmt(large.mb, 0)} MB: haven ${fmt(marginal)} MB/s, redact-pii ${fmt(redactMarginal)} MB/s, ratio ${fmt(marginal / redactMarginal, 2)}x`,
      );
    }
    console.log(
      failed
        ? `\nBELOW TARGET: Haven is under ${TARGET_RATIO}x redact-pii's throughput at one or both sizes.`
        : `\nTARGET MET: Haven is at least ${TARGET_RATIO}x redact-pii's throughput at both sizes.`,
    );
    process.exitCode = failed ? 1 : 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
