/**
 * A rule's pattern split at its outermost choice into branches, with the words each needs
 * (required-words.ts), and a way to rebuild the pattern from some of its branches. The
 * analysis is plain data, so a Node entry point can keep it between runs.
 */
import { type AST, parseRegExpLiteral, visitRegExpAST } from '@eslint-community/regexpp';
import { wordKey as keyOf } from './everyday-words.ts';
import { type Clause, type RequiredWord, RequiredWordAnalysis, sortByCost } from './required-words.ts';

/**
 * What the analysis of one pattern found, as plain data so that it can be kept between runs
 * (parsing and analysing every rule takes a few tenths of a second at start-up).
 */
export interface PatternAnalysis {
  /** Per alternative of the outermost choice, its clauses, each word "stem" or "stem$". */
  readonly branches: string[][][];
  /** The pattern around its outermost choice and the choice's alternatives; null if it has none. */
  readonly split: { before: string; after: string; alternatives: string[] } | null;
  readonly hasCaptures: boolean;
}

/** Somewhere to keep analyses between runs, keyed by pattern; see setPatternAnalysisStore. */
export interface PatternAnalysisStore {
  get(key: string): PatternAnalysis | undefined;
  set(key: string, analysis: PatternAnalysis): void;
}

let store: PatternAnalysisStore | null = null;

/**
 * Lets a Node entry point keep analyses on disk. The store must forget everything whenever this
 * module or the word lists change, since an analysis from other code could hide findings.
 */
export function setPatternAnalysisStore(next: PatternAnalysisStore | null): void {
  store = next;
}

/** A pattern's outermost choice, split so that a regular expression can be built from some of it. */
export interface PatternBranches {
  /** Per alternative of the outermost choice: the clauses its matches satisfy, rarest first. */
  readonly branches: Clause[][];
  /**
   * The source of a regular expression that matches exactly as `re` does on any text where the
   * alternatives left out cannot match; null when `re` has capturing groups, whose numbers
   * would move.
   */
  sourceFor(kept: readonly boolean[]): string | null;
}

const wordFrom = (key: string): RequiredWord =>
  key.endsWith('$') ? { stem: key.slice(0, -1), exact: true } : { stem: key, exact: false };

/**
 * What every match of `re` needs, as branches: one per alternative of the pattern's outermost
 * choice ("nudes|sexting|...|hook up with me"), each a list of clauses. A match satisfies
 * every clause of at least one branch. Keeping the branches apart keeps "hook up" from waking
 * on every "up" the way one clause for the whole choice would; and since an alternative whose
 * words are missing cannot match anywhere in the text, the rule need only try the others.
 */
export function patternBranches(re: RegExp): PatternBranches {
  const key = `${re.flags}/${re.source}`;
  let analysis = store?.get(key);
  if (analysis === undefined) {
    analysis = analysePattern(re);
    store?.set(key, analysis);
  }
  const { split, hasCaptures } = analysis;
  return {
    branches: analysis.branches.map((clauses) => clauses.map((words) => words.map(wordFrom))),
    sourceFor: (kept) =>
      split === null
        ? re.source
        : hasCaptures
          ? null
          : `${split.before}(?:${split.alternatives.filter((_, i) => kept[i]).join('|')})${split.after}`,
  };
}

export function analysePattern(re: RegExp): PatternAnalysis {
  const literal = parseRegExpLiteral(re);
  const analysis = new RequiredWordAnalysis(re.flags);
  const toData = (clauses: Clause[]): string[][] => sortByCost(clauses).map((c) => c.map(keyOf));
  const source = literal.pattern.raw;
  const top = literal.pattern.alternatives;
  const outer = top.length === 1 ? analysis.outerChoice((top[0] as AST.Alternative).elements) : null;
  const choice = top.length > 1 ? top : outer ? outer.group.alternatives : null;
  let hasCaptures = false;
  visitRegExpAST(literal, {
    onCapturingGroupEnter() {
      hasCaptures = true;
    },
  });
  if (choice === null) {
    const only = top[0] as AST.Alternative;
    return {
      branches: [toData(analysis.sequence(only.elements, false, false))],
      split: null,
      hasCaptures,
    };
  }
  const left = outer ? outer.left : false;
  const right = outer ? outer.right : false;
  // Offsets are relative to the pattern, which parseRegExpLiteral reads after the opening '/'.
  const base = literal.pattern.start;
  return {
    branches: choice.map((a) => toData(analysis.sequence(a.elements, left, right))),
    split: {
      before: outer ? source.slice(0, outer.group.start - base) : '',
      after: outer ? source.slice(outer.group.end - base) : '',
      alternatives: choice.map((a) => a.raw),
    },
    hasCaptures,
  };
}
