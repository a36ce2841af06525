import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { formatCheckFindings, registerCheckMessageCommand } from '../commands/check-message.ts';
import { registerScanCommand } from '../commands/scan.ts';
import { readSimpleRecord } from './jsonl-output.ts';
import { runningScanWorkers, scanStreamParallel } from './scan-parallel.ts';
import { scanJsonlStream, scanStream } from './scan-stream.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

class Sink {
  text = '';
  writes = 0;
  private readonly pushBack: boolean;
  /** pushBack: say "full" on every other write, to exercise waiting for 'drain'. */
  constructor(pushBack = false) {
    this.pushBack = pushBack;
  }
  private pending: Array<() => void> = [];
  write(chunk: Uint8Array | string): boolean {
    // Output arrives in whole lines, so no character is ever split between writes.
    this.text += typeof chunk === 'string' ? chunk : decoder.decode(chunk);
    this.writes++;
    if (this.pushBack && this.writes % 2 === 1) {
      setTimeout(() => {
        for (const p of this.pending.splice(0)) p();
      }, 1);
      return false;
    }
    return true;
  }
  once(_event: 'drain', listener: () => void): this {
    this.pending.push(listener);
    return this;
  }
}

async function* chunks(parts: Array<string | Uint8Array>, size = 0): AsyncGenerator<Uint8Array> {
  for (const part of parts) {
    const bytes = typeof part === 'string' ? encoder.encode(part) : part;
    if (size <= 0) {
      yield bytes;
      continue;
    }
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  }
}

async function run(input: string | Array<string | Uint8Array>, size = 0, format: 'jsonl' | 'text' = 'jsonl') {
  const out = new Sink();
  const err = new Sink();
  const result = await scanStream(chunks(typeof input === 'string' ? [input] : input, size), out, err, {
    format,
  });
  return { out: out.text, err: err.text, result, lines: out.text.split('\n').filter(Boolean) };
}

const line = (id: string, text: string): string => `${JSON.stringify({ id, text })}\n`;

describe('haven scan --jsonl', () => {
  it('writes one JSON line per input, in order, in the documented shape', async () => {
    const { lines, err, result } = await run(
      line('a', 'see you at 10:30') + line('b', 'call me on 07700 900123') + line('c', 'nobody likes you'),
    );
    expect(err).toBe('');
    expect(result).toEqual({ lines: 3, scanned: 3, badLines: 0, findings: 2 });
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(parsed[0].findings).toEqual([]);
    expect(parsed[1].findings).toEqual([
      {
        kind: 'pii',
        type: 'phone',
        start: 11,
        end: 23,
        excerpt: '07700 900123',
        severity: 4,
        rule: 'pii.phone.uk',
        reason: expect.any(String),
      },
    ]);
    expect(Object.keys(parsed[1].findings[0])).toEqual([
      'kind',
      'type',
      'start',
      'end',
      'excerpt',
      'severity',
      'rule',
      'reason',
    ]);
  });

  it('reports bad lines on stderr by line number and carries on', async () => {
    const input = [
      line('1', 'hello'),
      'this is not json\n',
      '{"id":"3"}\n',
      '{"id":"4","text":42}\n',
      '["an","array"]\n',
      '{"id":{"nested":true},"text":"hi"}\n',
      line('7', 'kys'),
    ];
    const { lines, err, result } = await run(input);
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(['1', '7']);
    expect(result).toMatchObject({ lines: 7, scanned: 2, badLines: 5 });
    expect(err).toMatch(/^haven scan: line 2: not valid JSON/m);
    expect(err).toMatch(/^haven scan: line 3: missing "text"; skipped$/m);
    expect(err).toMatch(/^haven scan: line 4: "text" must be a string; skipped$/m);
    expect(err).toMatch(/^haven scan: line 5: expected a JSON object/m);
    expect(err).toMatch(/^haven scan: line 6: "id" must be a string or a number/m);
  });

  it('rejects binary lines: NUL bytes and invalid UTF-8', async () => {
    const nul = Uint8Array.from([0x7b, 0x00, 0x01, 0x02, 0x0a]);
    const badUtf8 = Uint8Array.from([
      ...encoder.encode('{"id":"x","text":"caf'),
      0xc3,
      0x28,
      ...encoder.encode('"}\n'),
    ]);
    const { lines, err, result } = await run([line('a', 'ok'), nul, badUtf8, line('d', 'ok')]);
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(['a', 'd']);
    expect(err).toContain('line 2: line contains binary data (NUL bytes); skipped');
    expect(err).toContain('line 3: line is not valid UTF-8 text; skipped');
    expect(result.badLines).toBe(2);
  });

  it('skips a 10 MB single line without crashing, whether it arrives whole or in pieces', async () => {
    const huge = `{"id":"big","text":"${'a'.repeat(10 * 1024 * 1024)}"}\n`;
    for (const size of [0, 64 * 1024]) {
      const { lines, err, result } = await run([line('a', 'before'), huge, line('c', 'after')], size);
      expect(lines.map((l) => JSON.parse(l).id)).toEqual(['a', 'c']);
      expect(err).toContain('line 2: line is longer than the 1 MB limit; skipped');
      expect(result).toMatchObject({ lines: 3, scanned: 2, badLines: 1 });
    }
  });

  it('reports an overlong last line with no newline', async () => {
    const { err, result } = await run([line('a', 'ok'), `{"text":"${'b'.repeat(2 * 1024 * 1024)}`], 100_000);
    expect(err).toContain('line 2: line is longer than the 1 MB limit');
    expect(result.scanned).toBe(1);
  });

  it('handles escapes, CRLF, blank lines, numeric and missing ids, and a last line without newline', async () => {
    const input = `{"id":1,"text":"say \\"hi\\" \\u00e9 and call 07700 900123"}\r\n\n   \n{"text":"no id here"}\n{"id":"z","text":"last"}`;
    const { lines, err, result } = await run(input, 7);
    expect(err).toBe('');
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed[0].id).toBe(1);
    expect(parsed[0].findings[0].excerpt).toBe('07700 900123');
    expect(parsed[0].findings[0].start).toBe('say "hi" é and call '.length);
    expect(parsed[1]).toEqual({ id: null, line: 4, findings: [] });
    expect(parsed[2].id).toBe('z');
    expect(result.lines).toBe(5);
  });

  it('keeps multi-byte characters intact across chunk boundaries', async () => {
    const text = '😂😂 ur so ugly 💀 é ñ';
    const { lines } = await run(line('a', text), 3);
    const [finding] = JSON.parse(lines[0] as string).findings;
    expect(text.slice(finding.start, finding.end)).toBe(finding.excerpt);
  });

  it('waits for drain when the output pushes back', async () => {
    const out = new Sink(true);
    const err = new Sink();
    const input = Array.from({ length: 3000 }, (_, i) =>
      line(String(i), `message ${i} call 07700 900${String(i % 1000).padStart(3, '0')}`),
    );
    const result = await scanJsonlStream(chunks(input, 4096), out, err);
    expect(result.scanned).toBe(3000);
    expect(out.text.split('\n').filter(Boolean)).toHaveLength(3000);
    expect(out.writes).toBeGreaterThan(1);
  });
});

describe('haven scan (text mode)', () => {
  it('treats each line as a message and prints readable findings', async () => {
    const { out } = await run('see you at 10:30\nmy number is 07700 900123\n', 0, 'text');
    expect(out).toContain('line 1: no findings');
    expect(out).toContain('line 2: 1 finding');
    expect(out).toContain('pii/phone  severity 4  "07700 900123" (13-25)  pii.phone.uk');
  });
});

describe('parallel scanning', () => {
  it('gives exactly the same output and errors as the single-threaded path', async () => {
    const parts: string[] = [];
    for (let i = 0; i < 4000; i++) {
      if (i === 1500) parts.push('not json\n');
      if (i === 2500) parts.push(`{"id":"huge","text":"${'x'.repeat(1_200_000)}"}\n`);
      parts.push(line(`m${i}`, i % 7 === 0 ? 'add me on snap its jess_x2' : `see you at ${i % 12}:30`));
    }
    const input = parts.join('');
    const single = { out: new Sink(), err: new Sink() };
    await scanStream(chunks([input], 300_000), single.out, single.err);
    const parallel = { out: new Sink(), err: new Sink() };
    const result = await scanStreamParallel(chunks([input], 300_000), parallel.out, parallel.err, {
      threads: 2,
    });
    expect(parallel.out.text).toBe(single.out.text);
    expect(parallel.err.text).toBe(single.err.text);
    expect(parallel.err.text).toContain('line 1501: not valid JSON');
    expect(parallel.err.text).toContain('line 2502: line is longer than the 1 MB limit');
    expect(result).toMatchObject({ lines: 4002, scanned: 4000, badLines: 2 });
  }, 60_000);

  it('keeps going when batches finish while the next input is still being read', async () => {
    // Input from a slow pipe: workers' replies come in while the reader waits for the next
    // chunk, and must still be written in order with nothing lost.
    const batch = Array.from({ length: 32_000 }, (_, i) => line(`m${i}`, `see you at ${i % 12}:30`)).join('');
    async function* slowly(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < 12; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        yield encoder.encode(batch.replaceAll('"m', `"b${i}-`));
      }
    }
    const out = new Sink();
    const result = await scanStreamParallel(slowly(), out, new Sink(), { threads: 2 });
    expect(result.scanned).toBe(12 * 32_000);
    expect(out.text.split('\n').filter(Boolean)).toHaveLength(12 * 32_000);
  }, 60_000);

  it('keeps its workers between scans, and two scans at once each get their own results', async () => {
    const input = (tag: string): string =>
      Array.from({ length: 20_000 }, (_, i) =>
        line(
          `${tag}${i}`,
          i % 5 === 0 ? `text me on 07700 900${String(i % 1000).padStart(3, '0')}` : 'lol same',
        ),
      ).join('');
    const scan = async (tag: string): Promise<string> => {
      const out = new Sink();
      await scanStreamParallel(chunks([input(tag)], 100_000), out, new Sink(), { threads: 2 });
      return out.text;
    };
    const expected = async (tag: string): Promise<string> => {
      const out = new Sink();
      await scanStream(chunks([input(tag)], 100_000), out, new Sink());
      return out.text;
    };
    await scan('a');
    expect(runningScanWorkers()).toBe(1);
    const [a, b] = await Promise.all([scan('a'), scan('b')]);
    expect(runningScanWorkers()).toBe(1);
    expect(a).toBe(await expected('a'));
    expect(b).toBe(await expected('b'));
  }, 60_000);
});

describe('fast JSON path', () => {
  const bounds = new Int32Array(4);
  const read = (line: string): { id: string; text: string } | null => {
    const bytes = encoder.encode(line);
    if (!readSimpleRecord(bytes, 0, bytes.length, bounds)) return null;
    return {
      id: decoder.decode(bytes.subarray(bounds[0], bounds[1])),
      text: decoder.decode(bytes.subarray(bounds[2], bounds[3])),
    };
  };

  it.each([
    '{"id":"a","text":"plain"}',
    '{"id":12,"text":"number id"}',
    '{"id":-3,"text":"negative id"}',
    '{"id":"a","text":"has \\"quotes\\""}',
    '{"id":"a\\"b","text":"x"}',
    '{"id":"a","text":"x","extra":1}',
    '{"text":"x","id":"a"}',
    '{"id":"a","text":"x"} ',
    '{"id":1.5,"text":"x"}',
    '{"id":012,"text":"x"}',
    '{"id":"a","text":""}',
    '{"id":"é","text":"😂 ñ"}',
  ])('agrees with JSON.parse on %j', (l) => {
    const fast = read(l);
    if (fast === null) return; // falls back to JSON.parse, which is right by definition
    const parsed = JSON.parse(l) as { id: unknown; text: string };
    expect(JSON.parse(fast.id)).toBe(parsed.id);
    // Escapes are left for the scanner to refuse; text without them is the string itself.
    if (!fast.text.includes('\\') && !fast.text.includes('"')) expect(fast.text).toBe(parsed.text);
  });

  it('takes the fast path for the common shape only', () => {
    expect(read('{"id":"m1","text":"hello"}')).toEqual({ id: '"m1"', text: 'hello' });
    expect(read('{"id":7,"text":"hello"}')).toEqual({ id: '7', text: 'hello' });
    // A later string field is swept into the text; its quotes make the scanner refuse it.
    expect(read('{"id":"m1","text":"hello","x":"y"}')).toEqual({ id: '"m1"', text: 'hello","x":"y' });
    expect(read('{"id":1.5,"text":"x"}')).toBeNull();
    expect(read('{"id":012,"text":"x"}')).toBeNull();
    expect(read('{"id":"a\\"b","text":"x"}')).toBeNull();
    expect(read('{"text":"x","id":"a"}')).toBeNull();
  });

  it('answers lines with escapes, odd shapes and CRLF endings exactly as JSON.parse reads them', async () => {
    const input = [
      '{"id":"a","text":"call 07700 900123"}',
      '{"id":"b","text":"say \\"07700 900123\\""}',
      '{"id":"c","text":"x","note":"07700 900123"}',
      '{"text":"07700 900123","id":"d"}',
      '{"id":5,"text":"line\\nbreak 07700 900123"}\r',
      '{"id":"f","text":"tab\there"}',
    ].join('\n');
    const { lines, err } = await run(`${input}\n`);
    const out = lines.map((l) => JSON.parse(l) as { id: unknown; findings: Array<{ excerpt: string }> });
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd', 5]);
    expect(out.map((o) => o.findings.map((f) => f.excerpt))).toEqual([
      ['07700 900123'],
      ['07700 900123'],
      [],
      ['07700 900123'],
      ['07700 900123'],
    ]);
    expect(err).toMatch(/line 6: not valid JSON/);
  });
});

describe('command registration', () => {
  it('adds scan and check-message with documented options', () => {
    const program = new Command();
    registerScanCommand(program);
    registerCheckMessageCommand(program);
    const scan = program.commands.find((c) => c.name() === 'scan');
    const check = program.commands.find((c) => c.name() === 'check-message');
    expect(scan?.options.map((o) => o.long)).toEqual(
      expect.arrayContaining(['--jsonl', '--max-line-bytes', '--threads']),
    );
    expect(check?.options.map((o) => o.long)).toEqual(
      expect.arrayContaining([
        '--channel',
        '--to',
        '--cc',
        '--from-account',
        '--sent-at',
        '--rules',
        '--json',
      ]),
    );
  });

  it('formats message-check findings readably', () => {
    const text = formatCheckFindings([
      {
        rule: 'emoji_or_kiss',
        start: 5,
        end: 6,
        excerpt: 'x',
        message: '"x" reads as a kiss.',
        policyRule: 'rules.communication.forbidEmojisAndKisses',
      },
      {
        rule: 'unapproved_channel',
        message: 'WhatsApp is not approved.',
        policyRule: 'rules.communication.approvedChannels',
        approver: 'online_safety_coordinator',
      },
    ]);
    expect(text).toContain('2 problems with this message');
    expect(text).toContain('1. Emoji or kiss at 5-6: "x"');
    expect(text).toContain('(approver: online safety coordinator)');
    expect(formatCheckFindings([])).toMatch(/No problems found/);
  });
});
