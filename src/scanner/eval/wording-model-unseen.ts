/**
 * The wording model's figures on messages it had not learnt from: held-out set N scored by a
 * model trained on the main set and held-out sets 1 to N-1 only. Set 1 is skipped, since the
 * main set alone was written with the rules and says little about later sets.
 */
import { RISK_TYPES } from '../types.ts';
import { createWordingModel, type WordingHit } from '../wording-model.ts';
import { heldOutSets, loadSet, MAIN_SET } from './fixture-sets.ts';
import { trainWordingModel } from './train-wording-model.ts';

export interface UnseenScore {
  set: number;
  messages: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function wordingModelUnseen(): { sets: UnseenScore[]; pooled: Omit<UnseenScore, 'set'> } {
  const encoder = new TextEncoder();
  const sets = heldOutSets().map((s) => ({ n: s.n, examples: loadSet(s.file) }));
  const seen = [...loadSet(MAIN_SET)];
  const scores: UnseenScore[] = [];
  for (const { n, examples } of sets) {
    if (n > 1) {
      const model = createWordingModel(trainWordingModel(seen));
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const ex of examples) {
        const bytes = encoder.encode(ex.text);
        const hits: WordingHit[] = [];
        model.read(bytes, 0, bytes.length, hits);
        const raised = new Set(hits.map((h) => h.type));
        for (const type of RISK_TYPES) {
          const want = ex.expected.some((e) => e.type === type);
          if (raised.has(type) && want) tp++;
          else if (raised.has(type)) fp++;
          else if (want) fn++;
        }
      }
      scores.push({
        set: n,
        messages: examples.length,
        tp,
        fp,
        fn,
        precision: ratio(tp, tp + fp),
        recall: ratio(tp, tp + fn),
      });
    }
    seen.push(...examples);
  }
  const sum = (k: 'tp' | 'fp' | 'fn' | 'messages'): number => scores.reduce((a, s) => a + s[k], 0);
  const tp = sum('tp');
  const fp = sum('fp');
  const fn = sum('fn');
  return {
    sets: scores,
    pooled: {
      messages: sum('messages'),
      tp,
      fp,
      fn,
      precision: ratio(tp, tp + fp),
      recall: ratio(tp, tp + fn),
    },
  };
}
