/** Splits a policy's text into headed blocks of paragraphs and bullet points, then into sentences. */
import { cleanLine } from './read-source.ts';

export type Line = { kind: 'heading' | 'paragraph' | 'bullet'; text: string };
export type Block = { heading: string | null; lines: Line[] };

const BULLET = /^\s*(?:[-*•●▪◦‣]|o(?=\s)|\d+[.)]|[a-z][.)])\s+/;

function isHeading(raw: string, text: string, next: string | undefined): boolean {
  if (/^#{1,6}\s/.test(raw)) return true;
  if (BULLET.test(raw) || !text) return false;
  const words = text.split(/\s+/).length;
  if (words > 12 || /[.;,!?]$/.test(text) || /\|/.test(text)) return false;
  if (/:$/.test(text))
    return words <= 12 && /^(we |if |our |the purpose|contact|related|this policy statement)/i.test(text);
  if (!/^[A-Z“"]/.test(text)) return false;
  // A label line such as "Name: Patrick" is content, not a heading.
  if (/^[A-Za-z/ ]{2,20}:\s*\S/.test(text)) return false;
  return next !== undefined;
}

export function outline(source: string): { title: string | null; blocks: Block[] } {
  const rawLines = source.split(/\r?\n/);
  const lines = rawLines.map((raw) => ({
    raw,
    text: cleanLine(raw.replace(/^#{1,6}\s+/, '').replace(BULLET, '')),
  }));
  const nonEmpty = lines.filter((l) => l.text);
  let title: string | null = null;
  const blocks: Block[] = [{ heading: null, lines: [] }];
  nonEmpty.forEach((l, i) => {
    const next = nonEmpty[i + 1]?.text;
    if (
      title === null &&
      i === 0 &&
      !BULLET.test(l.raw) &&
      l.text.split(/\s+/).length <= 14 &&
      !/[.;,]$/.test(l.text)
    ) {
      title = l.text.replace(/:$/, '');
      return;
    }
    if (isHeading(l.raw, l.text, next)) {
      blocks.push({ heading: l.text.replace(/:$/, ''), lines: [] });
      return;
    }
    (blocks.at(-1) as Block).lines.push({ kind: BULLET.test(l.raw) ? 'bullet' : 'paragraph', text: l.text });
  });
  return { title, blocks: blocks.filter((b) => b.heading !== null || b.lines.length > 0) };
}

const ABBREVIATIONS = /\b(e\.g|i\.e|etc|Ltd|Mr|Mrs|Ms|Dr|St|No|approx|incl)\.$/i;

/** Sentences of a line; abbreviations such as "e.g." and "Ltd." do not end one. */
export function sentences(text: string): string[] {
  const parts = text.split(/(?<=[.!?])\s+(?=[A-Z“"(])/);
  const out: string[] = [];
  for (const part of parts) {
    const prev = out.at(-1);
    if (prev !== undefined && ABBREVIATIONS.test(prev)) out[out.length - 1] = `${prev} ${part}`;
    else out.push(part);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}
