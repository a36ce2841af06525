import { Paper, Text } from '@mantine/core';
import type { MessageCheckFinding } from './api.ts';

type Span = { start: number; end: number; index: number };

/** Non-overlapping spans in text order; where two findings overlap, the first keeps the text. */
function spansOf(findings: readonly MessageCheckFinding[]): Span[] {
  const spans = findings
    .map((f, index) => ({ start: f.start ?? -1, end: f.end ?? -1, index }))
    .filter((s) => s.start >= 0 && s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const kept: Span[] = [];
  for (const s of spans) if (!kept.length || s.start >= (kept.at(-1)?.end ?? 0)) kept.push(s);
  return kept;
}

/** The draft as it was checked, each problem marked and numbered to match the list below it. */
export function HighlightedDraft({
  text,
  findings,
}: {
  text: string;
  findings: readonly MessageCheckFinding[];
}) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const span of spansOf(findings)) {
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push(
      <mark key={span.start} className="finding-mark">
        {text.slice(span.start, span.end)}
        <sup aria-hidden="true">{span.index + 1}</sup>
      </mark>,
    );
    at = span.end;
  }
  parts.push(text.slice(at));
  return (
    <Paper withBorder p="md" radius="md">
      <Text component="div" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {parts}
      </Text>
    </Paper>
  );
}
