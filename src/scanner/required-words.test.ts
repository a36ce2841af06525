// The prefilter leaves a rule asleep unless the message holds the words its pattern needs, so
// a word wrongly thought necessary would hide a finding. These tests check what the analysis
// derives, and that every match of a pattern satisfies the clauses of one of its branches.
import { describe, expect, it } from 'vitest';
import { compilePattern } from './pattern.ts';
import {
  analysePattern,
  type PatternAnalysis,
  patternBranches,
  setPatternAnalysisStore,
} from './pattern-branches.ts';
import type { Clause, RequiredWord } from './required-words.ts';

const show = (clause: Clause): string[] => clause.map((w) => `${w.stem}${w.exact ? '$' : ''}`).sort();
const branchesOf = (source: string, bare = false): string[][][] =>
  patternBranches(compilePattern(source, { bare })).branches.map((b) => b.map(show));

/** Words as the scanner's byte walk sees them, written independently of it. */
function wordsOf(text: string): string[] {
  return [...text.toLowerCase().matchAll(/[a-z0-9_]+/g)].map((m) => m[0]);
}
/** A word, or a phrase of words side by side (all but the last whole), as the walk finds them. */
const found = (words: readonly string[], w: RequiredWord): boolean => {
  const parts = w.stem.split(' ');
  return words.some((_, i) =>
    parts.every((part, k) => {
      const x = words[i + k];
      if (x === undefined) return false;
      return k < parts.length - 1 || w.exact ? x === part : x.startsWith(part);
    }),
  );
};
const holds = (words: readonly string[], branch: readonly Clause[]): boolean =>
  branch.every((clause) => clause.some((w) => found(words, w)));

describe('required words', () => {
  it('reads the words a pattern cannot match without, clause by clause', () => {
    const [branch] = branchesOf('(?:kill|killing) (?:{w1})?(?:{myself}|my wrists?)');
    expect(branch).toContainEqual(['kill$', 'killing$']);
    expect(branch?.find((c) => c.includes('myself$'))).toEqual(
      expect.arrayContaining(['myself$', 'meself$', 'my self$', 'my wrist$', 'my wrists$']),
    );
  });

  it('reads common words side by side as phrases, which are far rarer than the words alone', () => {
    // "tell", "don't" and "anyone" each turn up everywhere; "dont tell" and "tell anyone" do not.
    const [branch] = branchesOf('{dont} tell {anyone}');
    expect(branch?.[0]).toEqual(
      expect.arrayContaining(['dont tell$', 'dnt tell$', 'tell anyone$', 'tell nobody$']),
    );
    const [alone, hook] = branchesOf('nudes|hook up with (?:me|you)');
    expect(alone).toEqual([['nudes$']]);
    expect(hook?.[0]).toEqual(['hook up$']);
  });

  it('joins words that optional space may run together: "only ?fans"', () => {
    expect(branchesOf('only ?fans')[0]?.[0]).toEqual(['only fans$', 'onlyfans$']);
  });

  it('claims no word where the text before it is unknown, or where nothing is literal', () => {
    // After [^.]{0,10}, "send" may be the end of "resend": only "nudes" is sure to begin a word
    // (and, with nothing after it in this bare pattern, it need only begin one).
    expect(branchesOf('[^.]{0,10}send nudes', true)).toEqual([[['nudes']]]);
    expect(branchesOf('\\d+ ?[-–] ?\\d+')).toEqual([[]]);
    expect(branchesOf('[a-z]+ \\d+')).toEqual([[]]);
  });

  it('reads a short last word on into what follows, so "sc" before a label is not any word starting "sc"', () => {
    // Too many strings to join every name to every label, so the run of names stops there; its
    // last word is read on by two characters of what may follow instead ("scna", "sc$").
    const names = 'sc|ig|tt|gt|fb|yt|snap|insta|tiktok|discord|twitch|xbox|psn|kik|steam|epic|roblox|twitter';
    const source = `(?:${names})(?:\\s*(?:name|user|handle|tag|id|acc))?\\s*(?::|=|-|is|its)\\s*[a-z]+`;
    const words = branchesOf(source)[0]?.flat();
    expect(words).toEqual(expect.arrayContaining(['sc$', 'scna', 'scis', 'igid']));
    expect(words).not.toContain('sc');
    const [branch] = patternBranches(compilePattern(source)).branches;
    expect(holds(wordsOf('anyone done the science homework? ignore it'), branch ?? [])).toBe(false);
    for (const text of ['sc: bob', 'SCNAME is bob', 'ig id-bob', 'tt:bob', 'snap its jo']) {
      expect(holds(wordsOf(text), branch ?? []), text).toBe(true);
    }
  });

  it('treats an optional word as not needed', () => {
    const [branch] = branchesOf('(?:really )?hate (?:you|u)');
    expect(branch).not.toContainEqual(['really$']);
    expect(branch?.[0]).toEqual(['hate u$', 'hate you$', 'really hate$']);
  });

  it('builds a pattern from some alternatives that finds what the whole pattern finds', () => {
    const re = compilePattern("kill (?:{yourself}|ur self)|i'?ll (?:batter|smash) (?:{you})|nudes");
    const analysed = patternBranches(re);
    expect(analysed.branches).toHaveLength(3);
    const source = analysed.sourceFor([false, true, false]);
    expect(source).not.toBeNull();
    const subset = new RegExp(source as string, re.flags);
    for (const text of ['ill batter u after school', "I'LL  SMASH YOU", 'gonna kill urself', 'nudes']) {
      const whole = text.match(re);
      const some = text.match(subset);
      if (/batter|smash/i.test(text)) expect(some).toEqual(whole);
      else expect(some).toBeNull();
    }
  });

  it('refuses to split a pattern whose capture groups would be renumbered', () => {
    expect(patternBranches(/(a)b|c/gi).sourceFor([false, true])).toBeNull();
  });

  it('every match satisfies every clause of one branch, on awkward spellings and spacing', () => {
    const patterns = [
      '(?:kill|killing) (?:{w1})?(?:{myself}|my wrists?)',
      "{dont} tell {anyone}|(?:it'?s|its) (?:our|a) secret",
      'only ?fans|send (?:me )?(?:nudes|noods|pics?)',
      '{ill} (?:{w1})?(?:batter|smash|stab) {you}(?: after school)?',
      '(?:how old|wat age) (?:are|r) {you}',
      '(?:sc|ig|tt|gt|fb|yt|snap|insta|tiktok|discord|twitch|xbox|psn|kik|steam|epic|roblox|twitter)(?:\\s*(?:name|user|handle|tag|id|acc))?\\s*(?::|=|-|is|its)\\s*[a-z]+',
    ];
    const texts = [
      'I WANT TO KILL MYSELF',
      'im killing my self',
      'kill   meself',
      'i’ll kill my wrist', // a curly apostrophe separates words, as any non-ASCII character does
      'x_kill myself',
      "don't tell anyone",
      'DONT TELL ANY1',
      'do not tell no one',
      'dont\ttell\nanybody',
      'its our secret',
      "it's a secret ok",
      'onlyfans',
      'only fans',
      'only  fans link',
      'send me nudes',
      'send pics',
      "I'll batter you after school",
      'ima stab u',
      "i'm gonna smash ya",
      'how old are u',
      'wat age r you?',
      'café: kill myself',
      'sc: bob',
      'SCNAME is bob',
      'ig id-bob',
      'snap its jo',
      'tt:bob',
    ];
    let matched = 0;
    for (const source of patterns) {
      const re = compilePattern(source);
      const { branches } = patternBranches(re);
      for (const text of texts) {
        if (!new RegExp(re.source, 'i').test(text)) continue;
        matched++;
        expect(
          branches.some((b) => holds(wordsOf(text), b)),
          `${source} on ${text}`,
        ).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(15);
  });
});

describe('pattern analysis store', () => {
  it('uses a stored analysis, and stores one worked out afresh', () => {
    const stored = new Map<string, PatternAnalysis>();
    setPatternAnalysisStore({ get: (k) => stored.get(k), set: (k, v) => void stored.set(k, v) });
    try {
      const re = compilePattern('hate {you}');
      expect(patternBranches(re).branches.map((b) => b.map(show))[0]?.[0]).toContain('hate you$');
      const keys = [...stored.keys()];
      expect(keys).toHaveLength(1);
      expect(keys[0]).toContain(re.source);
      stored.set(keys[0] as string, { ...analysePattern(re), branches: [[['loathe$']]] });
      expect(patternBranches(re).branches.map((b) => b.map(show))).toEqual([[['loathe$']]]);
    } finally {
      setPatternAnalysisStore(null);
    }
  });
});
