/**
 * `npm run bench:scanner`: throughput of `haven scan --jsonl` against redact-pii's SyncRedactor
 * on the same synthetic chat corpus in the same run, at 5 MB and 50 MB (MB = 10^6 bytes of JSONL).
 *
 * Two comparisons, because they answer different questions:
 * - Steady state (the target is checked here): both warm, in this process. Haven runs the
 *   streaming core `haven scan --jsonl` runs (file in, JSON Lines out to /dev/null), after a
 *   first pass over the largest file, so its worker threads are running as they are in any
 *   Haven process that has scanned before; redact-pii runs `.redact(text)` on every message
 *   with the JSON already parsed and nothing written, which if anything flatters it. The
 *   single-thread figure is printed beside it, so the gain per core is plain too.
 *   The machines this runs on share their cores, and their speed drifts by a third within a
 *   minute, so the two are timed in rounds, Haven then redact-pii, and the ratio is worked out
 *   per round: the median round decides, and the spread of the rounds is printed beside it.
 * - End to end: each as a child process, as a user would run it: `haven scan --jsonl FILE`
 *   and bench/redact-pii-jsonl.ts (the same job built on redact-pii), start-up included.
 *
 * Prints MB/s, ratios, and the 50 MB / 5 MB time ratio (10 means cost grows linearly). Exits
 * non-zero if, in the median round, Haven's steady-state throughput is under 10 times redact-pii's
 * at either size.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { autoThreads, scanInput } from '../src/cli/scan/scan-input.ts';
import { generateCorpus } from './scanner-corpus.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [5_000_000, 50_000_000];
const TARGET_RATIO = 10;
const RUNS = 3;
/** Rounds of the steady-state comparison at each size. */
const ROUNDS = 5;

interface Redactor {
  redact(text: string): string;
}

/** Collects garbage left by the other side before a timed run, when node runs with --expose-gc. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** Wall-clock seconds for a child process, output discarded. */
function timeChild(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`${args.join(' ')} exited ${code}: ${stderr.slice(0, 500)}`));
      else resolve((performance.now() - start) / 1000);
    });
  });
}

async function medianOf(run: () => Promise<number>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await run());
  return median(times);
}

/** Haven's streaming core, chosen and configured exactly as `haven scan --jsonl FILE` does. */
async function havenInProcess(file: string, threads = autoThreads()): Promise<number> {
  collectGarbage();
  const start = performance.now();
  const output = createWriteStream('/dev/null');
  const errors = createWriteStream('/dev/null');
  const result = await scanInput(file, output, errors, {
    format: 'jsonl',
    threads,
    threadsAsked: false,
  });
  await new Promise<void>((resolve) => output.end(resolve));
  if (result.badLines > 0) throw new Error(`${result.badLines} bad lines in the benchmark corpus`);
  return (performance.now() - start) / 1000;
}

function redactInProcess(redactor: Redactor, texts: readonly string[]): number {
  collectGarbage();
  const start = performance.now();
  for (const t of texts) redactor.redact(t);
  return (performance.now() - start) / 1000;
}

interface Row {
  mb: number;
  messages: number;
  /** Medians over the rounds, in seconds. */
  havenSteady: number;
  havenOneThread: number;
  redactSteady: number;
  /** Per round, redact-pii's time over Haven's: sorted. */
  ratios: number[];
  oneThreadRatios: number[];
  havenEndToEnd: number;
  redactEndToEnd: number;
}

const fmt = (n: number, d = 1): string => n.toFixed(d);

function printRows(rows: readonly Row[]): boolean {
  let met = true;
  console.log(
    '\n                      steady state (warm, in-process)                      end to end (child process)',
    '\n size     messages   haven MB/s  redact-pii MB/s   ratio  (1 thread)     haven s  redact-pii s   ratio',
  );
  for (const r of rows) {
    const steady = median(r.ratios);
    if (steady < TARGET_RATIO) met = false;
    console.log(
      `${fmt(r.mb).padStart(5)} MB ${String(r.messages).padStart(10)} ${fmt(r.mb / r.havenSteady).padStart(12)} ${fmt(r.mb / r.redactSteady).padStart(16)} ${fmt(steady, 2).padStart(7)}x ${fmt(median(r.oneThreadRatios), 2).padStart(10)}x ${fmt(r.havenEndToEnd, 2).padStart(11)} ${fmt(r.redactEndToEnd, 2).padStart(13)} ${fmt(r.redactEndToEnd / r.havenEndToEnd, 2).padStart(7)}x`,
    );
  }
  console.log(`\nSteady-state ratio per round (${ROUNDS} rounds; the median is the one above):`);
  for (const r of rows) {
    const spread = (xs: readonly number[]): string => xs.map((x) => fmt(x, 2)).join(' ');
    console.log(
      `${fmt(r.mb).padStart(5)} MB  ${spread(r.ratios)}  (one thread: ${spread(r.oneThreadRatios)})`,
    );
  }
  const [small, large] = rows as [Row, Row];
  const scale = (a: number, b: number): string => fmt(b / a, 2);
  console.log(
    `\nScaling, time at ${fmt(large.mb, 0)} MB / time at ${fmt(small.mb, 0)} MB (${fmt(large.mb / small.mb, 0)} = linear):` +
      ` haven ${scale(small.havenSteady, large.havenSteady)} steady, ${scale(small.havenEndToEnd, large.havenEndToEnd)} end to end;` +
      ` redact-pii ${scale(small.redactSteady, large.redactSteady)} steady, ${scale(small.redactEndToEnd, large.redactEndToEnd)} end to end`,
  );
  return met;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'haven-scan-bench-'));
  const require = createRequire(import.meta.url);
  const { SyncRedactor } = require('redact-pii') as { SyncRedactor: new () => Redactor };
  const redactor = new SyncRedactor();
  // Other work on the machine skews both sides; the load average says how much to trust a run.
  console.log(
    `Scanner benchmark: Node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `Steady state: ${ROUNDS} rounds at each size of Haven's streaming core (after a warm-up pass over the largest file, so worker threads are running), the same on one thread, and redact-pii's .redact(text) on every message (after a 20,000-message warm-up; JSON parsing not counted); the ratio is taken per round.`,
  );
  console.log(
    `End to end: \`node src/cli/haven.ts scan --jsonl FILE\` and \`node bench/redact-pii-jsonl.ts FILE\`, median of ${RUNS}.`,
  );
  try {
    const empty = join(dir, 'empty.jsonl');
    writeFileSync(empty, '');
    const havenStartup = await medianOf(() => timeChild(['src/cli/haven.ts', 'scan', '--jsonl', empty]));
    const redactStartup = await medianOf(() => timeChild(['bench/redact-pii-jsonl.ts', empty]));
    console.log(
      `Start-up on empty input: haven ${fmt(havenStartup * 1000, 0)} ms, redact-pii ${fmt(redactStartup * 1000, 0)} ms.`,
    );
    const files = SIZES.map((size) => {
      const file = join(dir, `corpus-${size}.jsonl`);
      writeFileSync(file, generateCorpus({ targetBytes: size }));
      return file;
    });
    await havenInProcess(files[files.length - 1] as string);
    const rows: Row[] = [];
    for (const file of files) {
      const mb = statSync(file).size / 1e6;
      const haven: number[] = [];
      const oneThread: number[] = [];
      const redact: number[] = [];
      let messages = 0;
      for (let round = 0; round < ROUNDS; round++) {
        haven.push(await havenInProcess(file));
        oneThread.push(await havenInProcess(file, 1));
        // Parsed afresh each round and dropped after, so Haven's runs never share the heap
        // with half a million strings.
        const texts = readFileSync(file, 'utf8')
          .split('\n')
          .filter((l) => l.length > 0)
          .map((l) => (JSON.parse(l) as { text: string }).text);
        messages = texts.length;
        if (round === 0) redactInProcess(redactor, texts.slice(0, 20_000));
        redact.push(redactInProcess(redactor, texts));
      }
      const byRound = (side: readonly number[]): number[] =>
        redact.map((t, i) => t / (side[i] as number)).sort((a, b) => a - b);
      const havenEndToEnd = await medianOf(() => timeChild(['src/cli/haven.ts', 'scan', '--jsonl', file]));
      const redactEndToEnd = await medianOf(() => timeChild(['bench/redact-pii-jsonl.ts', file]));
      console.log(`  measured ${fmt(mb, 0)} MB`);
      rows.push({
        mb,
        messages,
        havenSteady: median(haven),
        havenOneThread: median(oneThread),
        redactSteady: median(redact),
        ratios: byRound(haven),
        oneThreadRatios: byRound(oneThread),
        havenEndToEnd,
        redactEndToEnd,
      });
      rmSync(file);
    }
    const met = printRows(rows);
    console.log(
      met
        ? `\nTARGET MET: Haven's steady-state throughput is at least ${TARGET_RATIO}x redact-pii's at both sizes.`
        : `\nBELOW TARGET: Haven's steady-state throughput is under ${TARGET_RATIO}x redact-pii's at one or both sizes.`,
    );
    process.exitCode = met ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
