/**
 * `npm run eval:scanner`: precision and recall of the scanner per finding type on the
 * labelled evaluation set, and separately on each held-out set.
 *
 * Matching: per message, by type. A type counts as a true positive when the scanner reports
 * at least one finding of that type and the label lists it; a false positive when it reports
 * the type and the label does not; a false negative the other way round. Several findings of
 * one type in a message count once, because a reviewer reads the message, not each span.
 *
 * The main set (`eval-set.jsonl`) was written alongside the rules and used to tune them. The
 * first held-out set (`eval-set-holdout.jsonl`) was written after the rules were finished; its
 * misses were then used, on 25/11/2026, to widen the rules, so it no longer counts as unseen.
 * Each later one (`eval-set-holdout-N.jsonl`, found in the folder) was written after the
 * previous change, and its misses used the same way. Once used, a set's figures flatter the
 * rules, so fixtures/README.md keeps each set's figures from before it was used: those are the
 * honest estimates for unseen messages. The next change to the rules should begin by writing a
 * new set and recording its figures before using it.
 * The exit status is non-zero when the main set misses a target: personal details need
 * precision and recall of at least 0.95 per type, risk signals at least 0.85.
 *
 * The wording model (wording-model.ts) is trained on every set, so the figures above flatter it
 * too. The last table is its honest estimate: each held-out set N scored by the model alone,
 * trained only on the main set and the held-out sets written before N, as it would have been
 * when N was new.
 *
 * Everyday talk (fixtures/everyday*.jsonl) holds no signal, and no rule or model learns from it:
 * every finding there is a false alarm, counted on its own line.
 *
 * Options: --verbose lists every miss and false alarm; --json prints the figures as JSON;
 * --quick leaves out the wording model's table (it trains a model per held-out set: seconds).
 */
import type { FindingType } from '../index.ts';
import { FINDING_TYPES, PII_TYPES, scanText } from '../index.ts';
import type { Example } from './fixture-sets.ts';
import { everydaySets, heldOutSets, loadSet, MAIN_SET } from './fixture-sets.ts';
import { wordingModelUnseen } from './wording-model-unseen.ts';

interface TypeScore {
  type: FindingType;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  target: number;
}

interface Mistake {
  id: string;
  type: FindingType;
  kind: 'missed' | 'false alarm';
  text: string;
  excerpts: string[];
}

const PII_TARGET = 0.95;
const RISK_TARGET = 0.85;
const piiSet = new Set<FindingType>(PII_TYPES);

function evaluate(examples: Example[]): { scores: TypeScore[]; mistakes: Mistake[] } {
  const counts = new Map<FindingType, { tp: number; fp: number; fn: number }>();
  for (const t of FINDING_TYPES) counts.set(t, { tp: 0, fp: 0, fn: 0 });
  const mistakes: Mistake[] = [];
  for (const ex of examples) {
    const findings = scanText(ex.text);
    const found = new Map<FindingType, string[]>();
    for (const f of findings) found.set(f.type, [...(found.get(f.type) ?? []), f.excerpt]);
    const expected = new Set(ex.expected.map((e) => e.type));
    for (const t of FINDING_TYPES) {
      const c = counts.get(t) as { tp: number; fp: number; fn: number };
      const got = found.has(t);
      const want = expected.has(t);
      if (got && want) c.tp++;
      else if (got) {
        c.fp++;
        mistakes.push({
          id: ex.id,
          type: t,
          kind: 'false alarm',
          text: ex.text,
          excerpts: found.get(t) ?? [],
        });
      } else if (want) {
        c.fn++;
        mistakes.push({ id: ex.id, type: t, kind: 'missed', text: ex.text, excerpts: [] });
      }
    }
  }
  const scores = FINDING_TYPES.map((type): TypeScore => {
    const c = counts.get(type) as { tp: number; fp: number; fn: number };
    return {
      type,
      ...c,
      // With nothing predicted (or nothing to find) there is nothing to get wrong.
      precision: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp),
      recall: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn),
      target: piiSet.has(type) ? PII_TARGET : RISK_TARGET,
    };
  });
  return { scores, mistakes };
}

function pooled(scores: TypeScore[], pii: boolean): { precision: number; recall: number } {
  const s = scores.filter((x) => piiSet.has(x.type) === pii);
  const tp = s.reduce((a, x) => a + x.tp, 0);
  const fp = s.reduce((a, x) => a + x.fp, 0);
  const fn = s.reduce((a, x) => a + x.fn, 0);
  return { precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn) };
}

function printTable(title: string, count: number, scores: TypeScore[]): void {
  const f = (n: number): string => n.toFixed(3);
  console.log(`\n${title} (${count} messages)`);
  console.log('  type            precision  recall     TP    FP    FN   target');
  for (const s of scores) {
    const miss = s.precision < s.target || s.recall < s.target ? '  << below target' : '';
    console.log(
      `  ${s.type.padEnd(15)} ${f(s.precision).padStart(9)}  ${f(s.recall).padStart(6)}  ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)}   ${s.target.toFixed(2)}${miss}`,
    );
  }
  const p = pooled(scores, true);
  const r = pooled(scores, false);
  console.log(`  personal details pooled: precision ${f(p.precision)}, recall ${f(p.recall)}`);
  console.log(`  risk signals pooled:     precision ${f(r.precision)}, recall ${f(r.recall)}`);
}

/** Every finding on everyday talk is a false alarm; this is the rate a reader would live with. */
function everydayAlarms(file: string): {
  messages: number;
  raised: number;
  byModel: number;
  texts: string[];
} {
  const examples = loadSet(file);
  const texts: string[] = [];
  let byModel = 0;
  for (const ex of examples) {
    const risks = scanText(ex.text).filter((f) => f.kind === 'risk');
    if (risks.length === 0) continue;
    texts.push(`${ex.id}: ${ex.text} [${risks.map((f) => f.rule).join(', ')}]`);
    if (risks.every((f) => f.rule.endsWith('.wording'))) byModel++;
  }
  return { messages: examples.length, raised: texts.length, byModel, texts };
}

function main(): void {
  const args = new Set(process.argv.slice(2));
  const heldOut = heldOutSets().map(({ n, file }) => ({
    name: `Held-out set ${n} (scored before use in fixtures/README.md, since used to widen the rules or train the wording model)`,
    file,
    gate: false,
  }));
  const sets = [{ name: 'Main set (tuned on)', file: MAIN_SET, gate: true }, ...heldOut];

  const report: Record<string, unknown> = {};
  let failed = false;
  for (const set of sets) {
    const examples = loadSet(set.file);
    const { scores, mistakes } = evaluate(examples);
    report[set.file] = { messages: examples.length, scores };
    if (!args.has('--json')) {
      printTable(set.name, examples.length, scores);
      if (args.has('--verbose')) {
        for (const m of mistakes) {
          const ex = m.excerpts.length > 0 ? ` [${m.excerpts.join(' | ')}]` : '';
          console.log(`    ${m.kind.padEnd(11)} ${m.type.padEnd(13)} ${m.id}: ${m.text}${ex}`);
        }
      }
    }
    if (set.gate && scores.some((s) => s.precision < s.target || s.recall < s.target)) failed = true;
  }
  for (const file of everydaySets()) {
    const everyday = everydayAlarms(file);
    report[file] = everyday;
    if (args.has('--json')) continue;
    console.log(
      `\nEveryday talk (${file}, ${everyday.messages} messages, never trained on): ${everyday.raised} raised as a risk, ${everyday.byModel} of them by the wording model alone`,
    );
    if (args.has('--verbose')) for (const text of everyday.texts) console.log(`    false alarm  ${text}`);
  }
  if (!args.has('--quick')) {
    const unseen = wordingModelUnseen();
    report['wording model on sets it had not seen'] = unseen;
    if (!args.has('--json')) {
      console.log(
        '\nWording model alone, each held-out set scored by a model trained only on the sets written before it',
      );
      console.log('  set   messages  risk precision  recall     TP    FP    FN');
      for (const u of [...unseen.sets, { set: 'all', ...unseen.pooled }]) {
        console.log(
          `  ${String(u.set).padEnd(5)} ${String(u.messages).padStart(8)}  ${u.precision.toFixed(3).padStart(14)}  ${u.recall.toFixed(3).padStart(6)}  ${String(u.tp).padStart(5)} ${String(u.fp).padStart(5)} ${String(u.fn).padStart(5)}`,
        );
      }
    }
  }
  if (args.has('--json')) console.log(JSON.stringify(report, null, 2));
  else
    console.log(
      failed
        ? '\nFAIL: a target was missed on the main set.'
        : '\nPASS: every type meets its target on the main set.',
    );
  process.exitCode = failed ? 1 : 0;
}

main();
