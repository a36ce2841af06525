/**
 * A small notation for writing chat-shaped regular expressions readably.
 *
 * Young people rarely type apostrophes or full words, so rules are written once in plain English
 * and widened here: `'` becomes an optional apostrophe of any style, a literal space becomes
 * "one or more whitespace characters", `{you}` and friends expand to their text-speak spellings,
 * `{wN}` allows up to N intervening words (`{gN}` the same across punctuation, a break included)
 * and " ?" means optional whitespace. Every construct is bounded, so no rule can
 * backtrack catastrophically on hostile input.
 */

const MACROS: Record<string, string> = {
  you: '(?:you|u|ya|yu|youu|chu)',
  your: "(?:your|ur|yr|yer|you'r|yor|ure)",
  // "your" is the commonest misspelling of "you're", so both are accepted where the grammar allows.
  youre: "(?:you're|you are|youre|ur|u r|u are|u're|your|yr|you r|ure|ya)",
  yourself: '(?:yourself|urself|ur self|your self|yaself|yourselves|yo self|youself)',
  myself: '(?:myself|my self|meself|me self|myslf)',
  im: "(?:i'm|i am|im|ima|i m)",
  // First-person future: "I'll", "I'm gonna", "ima", "finna"...
  ill: "(?:i'll|i will|i'ma|imma|ima|i'd|i shall|i could|i can|i want to|i wanna|i swear i'll|i'll fucking|i'll actually|i'll literally|(?:i'm|im|i am|i) (?:gonna|going to|goin to|goin ta|gna|gunna|about to|bout to|boutta|finna|ready to|will|gonna fucking))",
  dont: "(?:don't|dont|do not|dnt|dun|dontt)",
  cant: "(?:can't|cant|cannot|can not|cnt)",
  anyone: '(?:any ?one|any ?body|any1|no ?one|no ?body|no1|a soul|people|others|the others)',
  // People a young person might be told to keep something from.
  family:
    '(?:mum|mam|mom|mummy|mammy|mommy|ma|dad|daddy|parents?|family|nan|nana|nanna|gran|grandma|granny|grandad|grandpa|carers?|foster (?:mum|dad|carers?|parents?)|step ?(?:mum|dad)|teachers?|sister|brother|sis|bro|social worker|guardian|folks|friends|mates|bestie|best friend)',
  intens:
    '(?:so|such|really|rly|very|well|dead|proper|actually|literally|absolutely|honestly|genuinely|lowkey|highkey|deadass|fucking|fkn|fking|effing|bloody|freaking|frickin|too|that|the most|kinda|a bit|a right|a proper|an absolute|a massive|a total|an utter|a complete)',
};

const APOSTROPHE = "['’‘`]?";

export function expandPattern(source: string): string {
  const out = source.replace(/\{([a-z]\w*)\}/g, (whole, name: string) => {
    const words = /^w(\d)$/.exec(name);
    if (words) return `(?:[^\\s.!?]+\\s+){0,${words[1]}}`;
    // {gN}: a break, then up to N more words, across commas and full stops ("come round mine,
    // my mum's out"), as few as will do.
    const gap = /^g(\d)$/.exec(name);
    if (gap) return `(?:[\\s,.!?]+(?:\\S+[\\s,.!?]+){0,${gap[1]}}?)`;
    const macro = MACROS[name];
    if (macro === undefined) throw new Error(`Unknown pattern macro ${whole}`);
    return macro;
  });
  // Rewrite apostrophes and spaces, but only outside character classes, where "[a-z' -]"
  // must keep meaning exactly those characters.
  let result = '';
  let inClass = false;
  for (let i = 0; i < out.length; i++) {
    const ch = out[i] as string;
    if (ch === '\\') {
      result += ch + (out[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      result += ch;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      result += ch;
      if (out[i + 1] === '^') result += out[++i];
      if (out[i + 1] === ']') result += out[++i];
      continue;
    }
    if (ch === "'") {
      result += APOSTROPHE;
    } else if (ch === ' ') {
      let j = i;
      while (out[j + 1] === ' ') j++;
      // " ?" reads naturally as "optional space"; any other run of spaces means "some whitespace".
      if (out[j + 1] === '?') {
        result += '\\s*';
        i = j + 1;
      } else {
        result += '\\s+';
        i = j;
      }
    } else {
      result += ch;
    }
  }
  return result;
}

export interface CompileOptions {
  /** Skip the automatic word boundaries, for patterns that start or end on punctuation. */
  bare?: boolean;
  flags?: string;
}

export function compilePattern(source: string, options: CompileOptions = {}): RegExp {
  const body = expandPattern(source);
  const wrapped = options.bare ? body : `\\b(?:${body})(?![a-z0-9_])`;
  return new RegExp(wrapped, options.flags ?? 'gi');
}

/** Tests a short window of text; used for "unless" context so a rule can step aside. */
export function compileContext(source: string): RegExp {
  return new RegExp(`\\b(?:${expandPattern(source)})(?![a-z0-9_])`, 'i');
}
