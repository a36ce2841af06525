/**
 * The wording model: a second reader behind the phrase rules. Rules catch the forms someone has
 * written down; on sets written after them they found only 41-91% of risk signals. This model
 * weighs the words and word pairs of a message, learnt from every labelled evaluation set
 * (logistic regression, one per risk type; see eval/train-wording-model.ts), so a signal said
 * in words no rule lists can still be raised. It speaks only where no rule of the same type
 * did, at a lower severity, and names the words that weighed most so a reader can judge it.
 */
import { isEverydayWord } from './everyday-words.ts';
import type { RiskType, RuleInfo, Severity } from './types.ts';
import { featureKey, pairKey, readWords, segmentFeatures, WordBuffer } from './wording-features.ts';

export interface WordingWeights {
  /** Risk types, in the order each feature's weights are listed. */
  types: RiskType[];
  /** A segment is raised when the model's probability for a type reaches this... */
  threshold: number;
  /**
   * ...and one of its words or word pairs alone weighs at least this for the type, not counting
   * everyday words ("are you", "or"), so that the words the reason names carry meaning.
   */
  strongest: number;
  bias: number[];
  /** Feature name (see wording-features.ts) to one weight per type. */
  features: Record<string, number[]>;
}

/** A segment the model raised, in bytes of the scanned text. */
export interface WordingHit {
  type: RiskType;
  start: number;
  end: number;
  probability: number;
}

export interface WordingModel {
  readonly infos: readonly RuleInfo[];
  ruleId(type: RiskType): string;
  /** Appends the segments of `bytes[start, end)` the model raises to `hits`; returns how many. */
  read(bytes: Uint8Array, start: number, end: number, hits: WordingHit[]): number;
  severity(hit: WordingHit): Severity;
  /** Why `segment` was raised as `type`, naming the words that weighed most. */
  reason(segment: string, type: RiskType): string;
}

const LABELS: Record<RiskType, { said: string; description: string; example: string }> = {
  bullying: {
    said: 'bullying',
    description: 'Messages worded like those labelled bullying, where no bullying rule matched.',
    example: 'they made a group chat just to rate how ugly i am',
  },
  sexual: {
    said: 'sexual content or abuse',
    description: 'Messages worded like those labelled sexual, where no sexual-content rule matched.',
    example: 'he keeps sending me pics of his privates',
  },
  grooming: {
    said: 'grooming',
    description: 'Messages worded like those labelled grooming, where no grooming rule matched.',
    example: 'your parents dont understand you like i do',
  },
  self_harm: {
    said: 'self-harm or suicide',
    description: 'Messages worded like those labelled self-harm, where no self-harm rule matched.',
    example: 'i just want to sleep and never wake up',
  },
  violence: {
    said: 'violence',
    description: 'Messages worded like those labelled violence, where no violence rule matched.',
    example: 'someones gonna get shanked at the park tonight',
  },
};

/**
 * Below most rules' severities: the model guesses from words. At its threshold (0.9), 368 of
 * the 376 findings it made on the held-out sets, each scored as it was new, were right.
 */
const SEVERITY: Severity = 3;
const EXPLAINED_WORDS = 3;

function logit(p: number): number {
  return Math.log(p / (1 - p));
}

/** Contractions as the features spell them ("i've" is "ive"): as everyday as the words they join. */
const CONTRACTIONS = new Set(
  `ive id ill youre youve youd youll theyre theyve weve hes shes thats whats theres dont cant wont
didnt doesnt isnt arent wasnt havent hasnt wouldnt couldnt shouldnt lets`.split(/\s+/),
);

function isTelling(name: string): boolean {
  return name
    .slice(2)
    .split(' ')
    .some((w) => !isEverydayWord(w) && !CONTRACTIONS.has(w));
}

const HASH_MULTIPLIER = 0x9e3779b1;

/** Hash table from feature key to weights: no strings or objects per message. */
function buildTable(weights: WordingWeights) {
  const names = Object.keys(weights.features);
  let size = 1;
  while (size < names.length * 2) size <<= 1;
  const keys = new Int32Array(size);
  const used = new Uint8Array(size);
  const types = weights.types.length;
  const values = new Float32Array(size * types);
  // 1 where the feature holds a word that is not everyday, and so may be a segment's strongest.
  const telling = new Uint8Array(size);
  const mask = size - 1;
  const slotOf = (key: number): number => (Math.imul(key, HASH_MULTIPLIER) >>> 0) & mask;
  for (const name of names) {
    const key = featureKey(name);
    let slot = slotOf(key);
    while (used[slot] === 1) {
      // Training leaves out a feature whose key another already has, so this means a hand-edited file.
      if (keys[slot] === key) throw new Error(`Wording model: two features share key ${key} (${name})`);
      slot = (slot + 1) & mask;
    }
    used[slot] = 1;
    keys[slot] = key;
    telling[slot] = isTelling(name) ? 1 : 0;
    const w = weights.features[name] as number[];
    for (let t = 0; t < types; t++) values[slot * types + t] = w[t] as number;
  }
  return { size, values, telling, keys, used, mask };
}

export function createWordingModel(weights: WordingWeights): WordingModel {
  const types = weights.types;
  if (types.length !== 5) throw new Error('Wording model: expected weights for the five risk types');
  const { size, values, telling, keys, used, mask } = buildTable(weights);
  const cut = logit(weights.threshold);
  const needed = weights.strongest;
  const [b0, b1, b2, b3, b4] = weights.bias as [number, number, number, number, number];
  const words = new WordBuffer();
  // A feature counts once per segment: its slot is stamped with the segment's number.
  const stamp = new Int32Array(size);
  let epoch = 0;

  /** The slot of feature `key`, or -1 when the model never saw it. */
  const find = (key: number): number => {
    let slot = (Math.imul(key, HASH_MULTIPLIER) >>> 0) & mask;
    while (used[slot] === 1) {
      if (keys[slot] === key) return slot;
      slot = (slot + 1) & mask;
    }
    return -1;
  };
  const nextEpoch = (): number => {
    if (epoch === 0x7fffffff) {
      stamp.fill(0);
      epoch = 0;
    }
    return ++epoch;
  };
  const raise = (t: number, z: number, first: number, last: number, hits: WordingHit[]): void => {
    hits.push({
      type: types[t] as RiskType,
      start: words.start[first] as number,
      end: words.end[last] as number,
      probability: 1 / (1 + Math.exp(-z)),
    });
  };

  const infos: RuleInfo[] = types.map((type) => ({
    id: `risk.${type}.wording`,
    kind: 'risk',
    type,
    severity: SEVERITY,
    description: LABELS[type].description,
    examples: [LABELS[type].example],
  }));

  return {
    infos,
    ruleId: (type) => `risk.${type}.wording`,
    read(bytes, start, end, hits) {
      const count = readWords(bytes, start, end, words);
      const before = hits.length;
      let first = 0;
      let segment = nextEpoch();
      // The five types' sums and strongest telling weights, in locals: this loop runs on every
      // word of every message scanned.
      let s0 = b0;
      let s1 = b1;
      let s2 = b2;
      let s3 = b3;
      let s4 = b4;
      let m0 = 0;
      let m1 = 0;
      let m2 = 0;
      let m3 = 0;
      let m4 = 0;
      let previousKnown = false;
      for (let k = 0; k <= count; k++) {
        if (k === count || (k > first && words.segment[k] !== words.segment[k - 1])) {
          if (k > first) {
            if (s0 >= cut && m0 >= needed) raise(0, s0, first, k - 1, hits);
            if (s1 >= cut && m1 >= needed) raise(1, s1, first, k - 1, hits);
            if (s2 >= cut && m2 >= needed) raise(2, s2, first, k - 1, hits);
            if (s3 >= cut && m3 >= needed) raise(3, s3, first, k - 1, hits);
            if (s4 >= cut && m4 >= needed) raise(4, s4, first, k - 1, hits);
          }
          if (k === count) break;
          segment = nextEpoch();
          first = k;
          s0 = b0;
          s1 = b1;
          s2 = b2;
          s3 = b3;
          s4 = b4;
          m0 = m1 = m2 = m3 = m4 = 0;
        }
        const h = words.hash[k] as number;
        // The word, then the pair it ends: a pair can be known only if both its words are
        // (training keeps every word), so most pairs are never looked up.
        let known = false;
        for (let f = 0; f < 2; f++) {
          let slot: number;
          if (f === 0) {
            slot = find(h);
            known = slot >= 0;
          } else {
            if (k === first || !known || !previousKnown) break;
            slot = find(pairKey(words.hash[k - 1] as number, h));
          }
          if (slot < 0 || stamp[slot] === segment) continue;
          stamp[slot] = segment;
          const at = slot * 5;
          const w0 = values[at] as number;
          const w1 = values[at + 1] as number;
          const w2 = values[at + 2] as number;
          const w3 = values[at + 3] as number;
          const w4 = values[at + 4] as number;
          s0 += w0;
          s1 += w1;
          s2 += w2;
          s3 += w3;
          s4 += w4;
          if (telling[slot] === 1) {
            if (w0 > m0) m0 = w0;
            if (w1 > m1) m1 = w1;
            if (w2 > m2) m2 = w2;
            if (w3 > m3) m3 = w3;
            if (w4 > m4) m4 = w4;
          }
        }
        previousKnown = known;
      }
      return hits.length - before;
    },
    severity: () => SEVERITY,
    reason(segmentText, type) {
      const t = types.indexOf(type);
      const weighed = new Map<string, { weight: number; written: string }>();
      for (const features of segmentFeatures(segmentText)) {
        for (const [name, written] of features) {
          const weight = weights.features[name]?.[t] ?? 0;
          const words = name.slice(2);
          if (weight > 0 && isTelling(name) && weight > (weighed.get(words)?.weight ?? 0))
            weighed.set(words, { weight, written });
        }
      }
      const top: string[] = [];
      const shown: string[] = [];
      for (const [words, { written }] of [...weighed].sort((a, b) => b[1].weight - a[1].weight)) {
        // "our secret" already says "secret"; name another word instead.
        if (shown.some((s) => s.split(' ').includes(words) || words.split(' ').includes(s))) continue;
        shown.push(words);
        top.push(written);
        if (top.length === EXPLAINED_WORDS) break;
      }
      const quoted = top.map((w) => `“${w}”`);
      const list =
        quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}` : (quoted[0] ?? '');
      return (
        `Worded like the examples of ${LABELS[type].said} Haven learnt from, though no rule matched it` +
        (list ? `; ${list} weighed most` : '') +
        '. Read it in context before acting, and follow your safeguarding procedure if it is a concern.'
      );
    },
  };
}
