/**
 * Works out from a rule's regular expression which words any match must contain, so the
 * scanner can leave a rule asleep on messages that lack them. The answer is a branch per
 * alternative of the pattern's outermost choice, each a list of clauses: lists of words one of
 * which must begin a word of the text. Every match satisfies every clause of some branch.
 *
 * This is the prefilter's soundness argument made mechanical: a clause is only ever built from
 * literal text the pattern cannot match without, read off the pattern's syntax tree, so no
 * hand-chosen list can drift from the pattern it guards. Anything the analysis cannot be sure
 * of (character ranges, wildcards, back-references) simply yields no clause.
 *
 * Words are as the scanner's byte walk sees them: runs of ASCII letters and digits, compared
 * without case; '_' is a word character that no word stem contains; everything else, including
 * every non-ASCII character, separates words. That matches `\b` and `\w` in the rules'
 * (non-Unicode) regular expressions.
 */
import type { AST } from '@eslint-community/regexpp';
import { clauseCost, cost, wordKey as keyOf, tierOf } from './everyday-words.ts';

/** `stem` must begin a word of the text; with `exact`, it must be the whole word. */
export interface RequiredWord {
  readonly stem: string;
  readonly exact: boolean;
}

/** At least one of these words occurs in every match. */
export type Clause = readonly RequiredWord[];

/** How many alternative strings a run of literal text may expand to before it is cut. */
const MAX_STRINGS = 128;
/** Longest phrase read as one required "word": "don't tell anyone" is four. */
const MAX_PHRASE_WORDS = 2;
/** Clauses kept per disjunction: one from each alternative's best, second best, and so on. */
const CLAUSES_PER_DISJUNCTION = 3;
/**
 * Characters of what follows read onto a run that can grow no further, so that a short last
 * word ("sc" before "name" or ":") is not left as a bare prefix that begins "science".
 */
const LOOKAHEAD_CHARS = 2;
/** A run read on into what follows may expand further, since it is read once and grows no more. */
const MAX_EXTENDED_STRINGS = 2048;

type Node = AST.Alternative | AST.Element | AST.Pattern;

interface Shape {
  /** Every string the node can match (ASCII lower-cased), when there are few; else null. */
  readonly strings: readonly string[] | null;
  readonly emptyable: boolean;
  /** Every non-empty match starts with a character that cannot be in a word. */
  readonly startsNonWord: boolean;
  readonly endsNonWord: boolean;
  /** Zero-width assertions that tell where words begin or end. */
  readonly boundary: 'word' | 'none';
  readonly zeroWidth: boolean;
}

/** Lower-case ASCII letters and digits: what word stems are made of (text is folded first). */
const isStemChar = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  return ch.length === 1 && ((c >= 97 && c <= 122) || (c >= 48 && c <= 57));
};
const isWordChar = (ch: string): boolean => ch === '_' || isStemChar(ch);
// Words are all the analysis reads, so every character that separates words stands for all of
// them as ' ', and a run of separators is as good as one. Only ASCII letters are folded: the
// regular expressions are not Unicode-aware, so 'İ' never matches 'i'.
const fold = (ch: string): string => {
  const lower = ch.length === 1 && ch < '\u0080' ? ch.toLowerCase() : ch;
  return isWordChar(lower) ? lower : ' ';
};
const SEPARATORS = [' '];
const OPTIONAL_SEPARATORS = ['', ' '];

const WORD_CHARS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'];

// Rules repeat the same few classes (every apostrophe is one), so each is tested once.
const classVerdicts = new Map<string, boolean>();

function classVerdict(raw: string, flags: string, every: boolean): boolean {
  const key = `${every ? 'all' : 'none'}/${flags}/${raw}`;
  let verdict = classVerdicts.get(key);
  if (verdict === undefined) {
    const re = new RegExp(`^${raw}$`, flags);
    verdict = every ? WORD_CHARS.every((ch) => re.test(ch)) : !WORD_CHARS.some((ch) => re.test(ch));
    classVerdicts.set(key, verdict);
  }
  return verdict;
}

const classMatchesNoWordChar = (raw: string, flags: string): boolean => classVerdict(raw, flags, false);
const classMatchesEveryWordChar = (raw: string, flags: string): boolean => classVerdict(raw, flags, true);

function cross(a: readonly string[], b: readonly string[], limit = MAX_STRINGS): string[] | null {
  if (a.length * b.length > limit) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

/** Clauses cheapest first, each costed once. */
export function sortByCost(clauses: Clause[]): Clause[] {
  return clauses
    .map((c) => ({ c, cost: clauseCost(c) }))
    .sort((a, b) => a.cost - b.cost)
    .map((x) => x.c);
}

/**
 * The words that begin a word in `s`. `left`: the text before the run is not a word character
 * (so the run's first word starts a word); `right`: likewise after it.
 */
function wordsOf(s: string, left: boolean, right: boolean): RequiredWord[] {
  const words: RequiredWord[] = [];
  // Phrases: the words just found, as long as only separators have come between them.
  let phrase: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const startsWord = i === 0 ? left : !isWordChar(s[i - 1] as string);
    if (!startsWord || !isStemChar(s[i] as string)) {
      if (s[i] !== ' ') phrase = [];
      continue;
    }
    let j = i;
    while (j < s.length && isStemChar(s[j] as string)) j++;
    // A stem runs into '_' or the unknown text after the run: it need only begin the word.
    const exact = j === s.length ? right : !isWordChar(s[j] as string);
    const stem = s.slice(i, j);
    words.push({ stem, exact });
    phrase = [...phrase, stem].slice(-MAX_PHRASE_WORDS);
    for (let n = 2; n <= phrase.length; n++) words.push({ stem: phrase.slice(-n).join(' '), exact });
    // Only a whole word can be followed by more of a phrase.
    if (!exact) phrase = [];
    i = j - 1;
  }
  return words;
}

/**
 * Clauses for a run of literal text that may be any of `strings`: each clause holds, for every
 * string, a word that string contains. Chosen greedily as a cheap cover (a word found in
 * every string, if there is one), then again without the words already used, so that
 * "don't tell anyone" yields [tell], then [don't, dont, ...], then [anyone, anybody, ...].
 */
function clausesOfRun(strings: readonly string[], left: boolean, right: boolean): Clause[] {
  if (strings.every((s) => s.length === 0)) return [];
  const perString = strings.map((s) => wordsOf(s, left, right));
  if (perString.some((ws) => ws.length === 0)) return [];
  const index = new Map<string, number>();
  const candidates: RequiredWord[] = [];
  for (const ws of perString) {
    for (const w of ws) {
      if (!index.has(keyOf(w))) {
        index.set(keyOf(w), candidates.length);
        candidates.push(w);
      }
    }
  }
  // covering[i]: the candidates found whenever string i is; a stem found in it is found as a
  // prefix too ("kill" whenever "killing" or "kill$").
  const covering = perString.map((ws) => {
    const found = new Set<number>();
    for (const w of ws) {
      const exact = index.get(`${w.stem}$`);
      if (w.exact && exact !== undefined) found.add(exact);
      for (let n = 1; n <= w.stem.length; n++) {
        const prefix = index.get(w.stem.slice(0, n));
        if (prefix !== undefined) found.add(prefix);
      }
    }
    return [...found];
  });
  const coveredBy = candidates.map((): number[] => []);
  covering.forEach((cs, i) => {
    for (const c of cs) (coveredBy[c] as number[]).push(i);
  });
  // A common word is taken only for strings that hold nothing rarer: however many strings it
  // covers, it would make the clause hold on far more messages.
  const rank = candidates.map((w) => tierOf(w) * 1e6);
  const price = candidates.map(cost);
  const clauses: Clause[] = [];
  const used = new Uint8Array(candidates.length);
  for (let round = 0; round < CLAUSES_PER_DISJUNCTION; round++) {
    const count = coveredBy.map((list) => list.length);
    const covered = new Uint8Array(strings.length);
    let left = strings.length;
    const chosen: RequiredWord[] = [];
    while (left > 0) {
      let best = -1;
      let bestScore = Number.POSITIVE_INFINITY;
      for (let c = 0; c < candidates.length; c++) {
        const n = count[c] as number;
        if (used[c] !== 0 || n === 0) continue;
        const score = (rank[c] as number) + (price[c] as number) / n;
        if (score < bestScore) {
          bestScore = score;
          best = c;
        }
      }
      if (best < 0) return clauses;
      chosen.push(candidates[best] as RequiredWord);
      used[best] = 1;
      for (const i of coveredBy[best] as number[]) {
        if (covered[i] !== 0) continue;
        covered[i] = 1;
        left--;
        for (const c of covering[i] as number[]) count[c] = (count[c] as number) - 1;
      }
    }
    clauses.push(simplify(chosen));
  }
  return clauses;
}

/** "kill" (any word starting so) already covers "killing" and "kill$"; keep the wider one. */
function simplify(clause: RequiredWord[]): Clause {
  const prefixes = clause.filter((w) => !w.exact).map((w) => w.stem);
  return clause.filter((w) => !prefixes.some((p) => w.stem.startsWith(p) && (w.exact || w.stem !== p)));
}

const sharedShapes = new Map<string, Shape>();
const sharedDisjunctions = new Map<string, Clause[]>();

export class RequiredWordAnalysis {
  private readonly flags: string;

  constructor(flags: string) {
    this.flags = flags.replace(/[gy]/g, '');
  }

  shape(node: Node): Shape {
    // Rules share their vocabulary ({you}, {ill}, ...), so the same text recurs in many
    // patterns; what it can match depends on nothing else, so it is worked out once.
    const key = `${this.flags}/${node.type}/${node.raw}`;
    let s = sharedShapes.get(key);
    if (s === undefined) {
      s = this.computeShape(node);
      sharedShapes.set(key, s);
    }
    return s;
  }

  private computeShape(node: Node): Shape {
    const plain = { boundary: 'none' as const, zeroWidth: false };
    switch (node.type) {
      case 'Character': {
        const ch = fold(String.fromCodePoint(node.value));
        const nonWord = !isWordChar(ch);
        return { ...plain, strings: [ch], emptyable: false, startsNonWord: nonWord, endsNonWord: nonWord };
      }
      case 'CharacterSet': {
        const nonWord = (node.kind === 'space' && !node.negate) || (node.kind === 'word' && node.negate);
        return {
          ...plain,
          strings: nonWord ? SEPARATORS : null,
          emptyable: false,
          startsNonWord: nonWord,
          endsNonWord: nonWord,
        };
      }
      case 'CharacterClass': {
        const nonWord = classMatchesNoWordChar(node.raw, this.flags);
        return {
          ...plain,
          strings: nonWord ? SEPARATORS : this.classStrings(node),
          emptyable: false,
          startsNonWord: nonWord,
          endsNonWord: nonWord,
        };
      }
      case 'Assertion': {
        const base = {
          strings: [''],
          emptyable: true,
          startsNonWord: true,
          endsNonWord: true,
          zeroWidth: true,
        };
        const isWordBoundary =
          (node.kind === 'word' && !node.negate) ||
          node.kind === 'start' ||
          (node.kind === 'lookahead' && node.negate && this.forbidsWordChar(node.alternatives)) ||
          (node.kind === 'lookbehind' && node.negate && this.forbidsWordChar(node.alternatives));
        return { ...base, boundary: isWordBoundary ? 'word' : 'none' };
      }
      case 'Quantifier': {
        const e = this.shape(node.element);
        let strings: readonly string[] | null = null;
        if (node.min === 1 && node.max === 1) strings = e.strings;
        else if (e.strings?.length === 1 && e.strings[0] === ' ') {
          strings = node.min === 0 ? OPTIONAL_SEPARATORS : SEPARATORS;
        } else if (node.min === 0 && node.max === 1 && e.strings) strings = ['', ...e.strings];
        return {
          ...plain,
          strings,
          emptyable: node.min === 0 || e.emptyable,
          startsNonWord: e.startsNonWord,
          endsNonWord: e.endsNonWord,
        };
      }
      case 'Group':
      case 'CapturingGroup':
      case 'Pattern': {
        const alts = node.alternatives.map((a) => this.shape(a));
        let strings: string[] | null = [];
        for (const a of alts) {
          if (strings === null || a.strings === null || strings.length + a.strings.length > MAX_STRINGS) {
            strings = null;
          } else strings.push(...a.strings);
        }
        return {
          ...plain,
          strings: strings === null ? null : [...new Set(strings)],
          emptyable: alts.some((a) => a.emptyable),
          startsNonWord: alts.every((a) => a.startsNonWord),
          endsNonWord: alts.every((a) => a.endsNonWord),
        };
      }
      case 'Alternative': {
        let strings: string[] | null = [''];
        for (const e of node.elements) {
          const s = this.shape(e);
          strings = strings && s.strings ? cross(strings, s.strings) : null;
        }
        const shapes = node.elements.map((e) => this.shape(e)).filter((s) => !s.zeroWidth);
        const edge = (ordered: Shape[], pick: (s: Shape) => boolean): boolean => {
          for (const s of ordered) {
            if (!pick(s)) return false;
            if (!s.emptyable) return true;
          }
          return true;
        };
        return {
          ...plain,
          strings,
          emptyable: shapes.every((s) => s.emptyable),
          startsNonWord: edge(shapes, (s) => s.startsNonWord),
          endsNonWord: edge([...shapes].reverse(), (s) => s.endsNonWord),
        };
      }
      default:
        // Back-references and anything newer: nothing known.
        return { ...plain, strings: null, emptyable: true, startsNonWord: false, endsNonWord: false };
    }
  }

  private classStrings(node: AST.CharacterClass): string[] | null {
    if (node.negate) return null;
    const out = new Set<string>();
    for (const e of node.elements) {
      if (e.type === 'Character') out.add(fold(String.fromCodePoint(e.value)));
      else if (e.type === 'CharacterClassRange' && e.max.value - e.min.value < 8) {
        for (let c = e.min.value; c <= e.max.value; c++) out.add(fold(String.fromCodePoint(c)));
      } else return null;
      if (out.size > 8) return null;
    }
    return [...out];
  }

  private forbidsWordChar(alternatives: readonly AST.Alternative[]): boolean {
    const only = alternatives.length === 1 ? alternatives[0]?.elements : undefined;
    const e = only?.length === 1 ? only[0] : undefined;
    return (
      e !== undefined &&
      (e.type === 'CharacterClass' || e.type === 'CharacterSet') &&
      classMatchesEveryWordChar(e.raw, this.flags)
    );
  }

  /** Clauses every match of a disjunction satisfies, given what surrounds it. */
  disjunction(alternatives: readonly AST.Alternative[], left: boolean, right: boolean): Clause[] {
    const key = `${this.flags}/${left}/${right}/${alternatives.map((a) => a.raw).join('|')}`;
    let clauses = sharedDisjunctions.get(key);
    if (clauses === undefined) {
      clauses = this.computeDisjunction(alternatives, left, right);
      sharedDisjunctions.set(key, clauses);
    }
    return clauses;
  }

  private computeDisjunction(
    alternatives: readonly AST.Alternative[],
    left: boolean,
    right: boolean,
  ): Clause[] {
    const perAlternative: Clause[][] = [];
    for (const a of alternatives) {
      const clauses = sortByCost(this.sequence(a.elements, left, right));
      // An alternative that needs no particular word lets the whole disjunction match without one.
      if (clauses.length === 0) return [];
      perAlternative.push(clauses);
    }
    if (perAlternative.length === 1) return perAlternative[0] as Clause[];
    const out: Clause[] = [];
    const seen = new Set<string>();
    for (let k = 0; k < CLAUSES_PER_DISJUNCTION; k++) {
      const words = new Map<string, RequiredWord>();
      for (const clauses of perAlternative) {
        for (const w of clauses[Math.min(k, clauses.length - 1)] as Clause) {
          words.set(keyOf(w), w);
        }
      }
      const clause = simplify([...words.values()]);
      const key = clause.map(keyOf).sort().join(' ');
      if (!seen.has(key)) {
        seen.add(key);
        out.push(clause);
      }
    }
    return out;
  }

  /**
   * Walks a sequence, gathering runs of literal text (crossed into their few possible strings)
   * and the clauses of the groups between them.
   */
  /**
   * Walks a sequence, gathering runs of literal text (crossed into their few possible strings)
   * and the clauses of the choices between them.
   */
  sequence(elements: readonly AST.Element[], left: boolean, right: boolean): Clause[] {
    const flat = this.inline(elements);
    const found: Clause[] = [];
    let run: readonly string[] = [''];
    let runLeft = left;
    const boundaryAfterRun = (): boolean =>
      run.every((s) => (s.length === 0 ? runLeft : !isWordChar(s[s.length - 1] as string)));
    const finish = (runRight: boolean): void => {
      found.push(...clausesOfRun(run, runLeft, runRight));
    };
    for (let i = 0; i < flat.length; i++) {
      const e = flat[i] as AST.Element;
      const s = this.shape(e);
      if (s.zeroWidth) {
        if (s.boundary === 'word') {
          // At a word boundary a word character that follows starts a word, and one before ends it.
          finish(true);
          run = [''];
          runLeft = true;
        }
        continue;
      }
      const crossed = s.strings ? cross(run, s.strings) : null;
      if (crossed !== null) {
        run = crossed;
        continue;
      }
      const before = boundaryAfterRun();
      const runRight = s.startsNonWord && !s.emptyable;
      const ahead = runRight ? null : this.lookahead(flat, i, right);
      const extended = ahead === null ? null : cross(run, ahead, MAX_EXTENDED_STRINGS);
      if (extended === null) finish(runRight);
      else found.push(...clausesOfRun(extended, runLeft, false));
      if (s.strings !== null) {
        run = s.strings;
        runLeft = before;
        continue;
      }
      if (e.type === 'Group' || e.type === 'CapturingGroup') {
        found.push(...this.disjunction(e.alternatives, before, this.rightOf(flat, i + 1, right)));
      } else if (e.type === 'Quantifier' && e.min >= 1) {
        const inner = e.element;
        // Only the first repetition is known to follow what came before.
        const innerRight = e.max === 1 ? this.rightOf(flat, i + 1, right) : false;
        if (inner.type === 'Group' || inner.type === 'CapturingGroup') {
          found.push(...this.disjunction(inner.alternatives, before, innerRight));
        }
      }
      run = [''];
      runLeft = s.emptyable ? before && s.endsNonWord : s.endsNonWord;
    }
    finish(right);
    return found;
  }

  /**
   * The choice a pattern consists of, when it is one group between zero-width assertions (as
   * every rule compiled by compilePattern is), with what is known of the text either side.
   */
  outerChoice(
    elements: readonly AST.Element[],
  ): { group: AST.Group | AST.CapturingGroup; left: boolean; right: boolean } | null {
    const flat = this.inline(elements);
    const at = flat.findIndex((e) => !this.shape(e).zeroWidth);
    const e = flat[at];
    if (e === undefined || (e.type !== 'Group' && e.type !== 'CapturingGroup')) return null;
    if (flat.slice(at + 1).some((x) => !this.shape(x).zeroWidth)) return null;
    const left = flat.slice(0, at).some((x) => this.shape(x).boundary === 'word');
    return { group: e, left, right: this.rightOf(flat, at + 1, false) };
  }

  /** A group of one alternative is just more sequence: reading it in place keeps its words apart. */
  private inline(elements: readonly AST.Element[]): AST.Element[] {
    return elements.flatMap((e): AST.Element[] => {
      if ((e.type === 'Group' || e.type === 'CapturingGroup') && e.alternatives.length === 1) {
        return this.inline((e.alternatives[0] as AST.Alternative).elements);
      }
      return [e];
    });
  }

  /**
   * The first LOOKAHEAD_CHARS characters of every text elements[from...] can match (folded as
   * runs are, ' ' for any separator), cut after a first separator, and shorter where the match
   * may end there: followed by ' ' when `outer` says a word character cannot come next, left
   * open otherwise. Zero-width assertions are passed over, which can only add strings. Null
   * when any are unknown or too many.
   */
  private lookahead(elements: readonly AST.Element[], from: number, outer: boolean): string[] | null {
    const done = new Set<string>();
    let growing: string[] = [''];
    for (let k = from; k < elements.length && growing.length > 0; k++) {
      const s = this.shape(elements[k] as AST.Element);
      if (s.zeroWidth) continue;
      if (s.strings === null) return null;
      const next = new Set<string>();
      for (const g of growing) {
        for (const t of s.strings) {
          const x = g + t;
          // Only the run's last word is read on: what follows a separator starts words of its own.
          const gap = x.indexOf(' ');
          if (gap !== -1 && gap < LOOKAHEAD_CHARS) done.add(x.slice(0, gap + 1));
          else if (x.length >= LOOKAHEAD_CHARS) done.add(x.slice(0, LOOKAHEAD_CHARS));
          else next.add(x);
        }
      }
      if (done.size + next.size > MAX_STRINGS) return null;
      growing = [...next];
    }
    for (const g of growing) done.add(outer ? `${g} ` : g);
    return done.size > MAX_STRINGS ? null : [...done];
  }

  /** Whether the text after elements[from...] is sure not to start with a word character. */
  private rightOf(elements: readonly AST.Element[], from: number, outer: boolean): boolean {
    for (let k = from; k < elements.length; k++) {
      const s = this.shape(elements[k] as AST.Element);
      if (s.zeroWidth) {
        if (s.boundary === 'word') return true;
        continue;
      }
      if (!s.startsNonWord) return false;
      if (!s.emptyable) return true;
    }
    return outer;
  }
}
