/**
 * Which words wake which rule. A rule made from a pattern wakes when every clause of one of its
 * branches holds (required-words.ts; a clause holds when one of its words occurs); a detector
 * that is not one pattern, when every clause of its trigger lists holds; then the digit and '@'
 * gates decide. Which branches hold also tells a rule which alternatives of its pattern are
 * worth trying. Any clause a detector's matches all satisfy is safe to require, so the plan
 * keeps each branch's few most selective clauses.
 */
import type { Detector } from './engine.ts';
import { isUbiquitousWord } from './everyday-words.ts';
import type { Clause, RequiredWord } from './required-words.ts';
import type { WalkWord } from './word-walk.ts';

/** Clauses kept per branch. */
const MAX_CLAUSES = 3;

/** A hand-written trigger list as a clause: "kill" begins a word, "u$" is the whole word. */
function triggerClause(triggers: readonly string[]): Clause {
  return triggers.map((t) =>
    t.endsWith('$') ? { stem: t.slice(0, -1), exact: true } : { stem: t, exact: false },
  );
}

interface DetectorWake {
  /** Clauses that must all hold: the trigger lists of a detector that is not one pattern. */
  readonly always: Clause[];
  /** Per branch of the pattern, its clauses; a branch with none holds on any text. */
  readonly branches: Clause[][];
  /** Whether "some branch holds" rules anything out, i.e. every branch needs a word. */
  readonly branchesRequired: boolean;
}

/** What wakes a detector; with no clauses required, its gates alone decide. */
function detectorWake(d: Detector): DetectorWake {
  const always = [d.triggers, d.alsoTriggers ?? []].filter((list) => list.length > 0).map(triggerClause);
  // Clauses come cheapest first. Even one of everyday words earns its place among the first few:
  // "do" and "or" together rule out most messages that hold "mum".
  const branches = (d.requiredWords ?? []).map((clauses) => clauses.slice(0, MAX_CLAUSES));
  return { always, branches, branchesRequired: branches.length > 0 && branches.every((b) => b.length > 0) };
}

export interface WakePlan {
  readonly words: readonly WalkWord[];
  /** Clauses containing word w: clauseIds[clauseStart[w] .. clauseStart[w + 1]). */
  readonly clauseStart: Int32Array;
  readonly clauseIds: Int32Array;
  readonly clauseDetector: Int32Array;
  /** The branch a clause belongs to, or -1 for a clause the detector always needs. */
  readonly clauseBranch: Int32Array;
  /** Per branch: how many of its clauses are counted as their words are found. */
  readonly branchClauses: Int32Array;
  /**
   * Per branch, clauses of everyday words, looked at only once its counted clauses hold
   * (counting them would cost a look-up on nearly every message): clauses
   * checkStart[b] .. checkStart[b + 1], each the words checkWords[checkClauseStart[c] ..
   * checkClauseStart[c + 1]).
   */
  readonly checkStart: Int32Array;
  readonly checkClauseStart: Int32Array;
  readonly checkWords: Int32Array;
  /** Per detector: its always-clauses, plus one for "a branch holds" when that is required. */
  readonly detectorNeeds: Int32Array;
  /** Per detector: the id of its first branch (the rest follow in order), or -1. */
  readonly firstBranch: Int32Array;
  /** Per detector: 1 when a branch must hold for it to wake. */
  readonly branchesRequired: Uint8Array;
}

export function buildWakePlan(detectors: readonly Detector[]): WakePlan {
  const wordIndex = new Map<string, number>();
  const words: RequiredWord[] = [];
  const members: number[][] = [];
  const clauseDetector: number[] = [];
  const clauseBranch: number[] = [];
  const branchClauses: number[] = [];
  const detectorNeeds = new Int32Array(detectors.length);
  const firstBranch = new Int32Array(detectors.length).fill(-1);
  const branchesRequired = new Uint8Array(detectors.length);
  const checkStart = [0];
  const checkClauseStart = [0];
  const checkWords: number[] = [];
  const wordOf = (w: RequiredWord): number => {
    const key = `${w.stem.toLowerCase()}${w.exact ? '$' : ''}`;
    let wi = wordIndex.get(key);
    if (wi === undefined) {
      wi = words.length;
      wordIndex.set(key, wi);
      words.push({ stem: w.stem.toLowerCase(), exact: w.exact });
      members.push([]);
    }
    return wi;
  };
  const addClause = (clause: Clause, di: number, branch: number): void => {
    const ci = clauseDetector.length;
    clauseDetector.push(di);
    clauseBranch.push(branch);
    for (const w of clause) {
      const list = members[wordOf(w)] as number[];
      if (list[list.length - 1] !== ci) list.push(ci);
    }
  };
  detectors.forEach((d, di) => {
    const wake = detectorWake(d);
    for (const c of wake.always) addClause(c, di, -1);
    detectorNeeds[di] = wake.always.length + (wake.branchesRequired ? 1 : 0);
    branchesRequired[di] = wake.branchesRequired ? 1 : 0;
    if (wake.branches.length > 0) firstBranch[di] = branchClauses.length;
    for (const branch of wake.branches) {
      const bi = branchClauses.length;
      // Everyday clauses are checked, not counted, once a branch has a rarer clause to count.
      const rare = branch.filter((c) => !c.some(isUbiquitousWord));
      const counted = rare.length > 0 ? rare : branch;
      const checked = rare.length > 0 ? branch.filter((c) => c.some(isUbiquitousWord)) : [];
      branchClauses.push(counted.length);
      for (const c of counted) addClause(c, di, bi);
      for (const c of checked) {
        checkWords.push(...new Set(c.map(wordOf)));
        checkClauseStart.push(checkWords.length);
      }
      checkStart.push(checkClauseStart.length - 1);
    }
  });
  const clauseStart = new Int32Array(words.length + 1);
  members.forEach((list, wi) => {
    clauseStart[wi + 1] = (clauseStart[wi] as number) + list.length;
  });
  return {
    words,
    clauseStart,
    clauseIds: Int32Array.from(members.flat()),
    clauseDetector: Int32Array.from(clauseDetector),
    clauseBranch: Int32Array.from(clauseBranch),
    branchClauses: Int32Array.from(branchClauses),
    checkStart: Int32Array.from(checkStart),
    checkClauseStart: Int32Array.from(checkClauseStart),
    checkWords: Int32Array.from(checkWords),
    detectorNeeds,
    firstBranch,
    branchesRequired,
  };
}
