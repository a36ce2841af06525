import { Alert, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Page } from '../../components/Page.tsx';
import { describeError } from '../../lib/api-error.ts';
import type { ConcernPrefill } from '../../lib/concern-prefill.ts';
import { useCan } from '../../lib/session.ts';
import { type Finding, type ScanResult, useScanText } from './api.ts';
import { SuppressFinding } from './SuppressFinding.tsx';
import { SuppressionList } from './SuppressionList.tsx';

const TYPE_LABELS: Record<string, string> = {
  phone: 'Phone number',
  email: 'Email address',
  postcode: 'Postcode',
  address: 'Address',
  school: 'School name',
  social_handle: 'Social media username',
  bullying: 'Bullying',
  sexual: 'Sexual content',
  grooming: 'Grooming pattern',
  self_harm: 'Self-harm or suicide',
  violence: 'Violence',
};

/** The concern types a risk finding suggests; the reporter can change them on the form. */
const CONCERN_TYPE_FOR: Record<string, string[]> = {
  bullying: ['bullying'],
  sexual: ['sexual_abuse'],
  grooming: ['grooming'],
  self_harm: ['self_harm'],
  violence: ['violence'],
};

/** The finding with up to 120 characters either side, so the DSL reads it in context. */
function inContext(text: string, f: Finding): string {
  const from = Math.max(0, f.start - 120);
  const to = Math.min(text.length, f.end + 120);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

function prefillFor(text: string, f: Finding): ConcernPrefill {
  return {
    whatHappened: `Haven's scanner found a ${TYPE_LABELS[f.type]?.toLowerCase() ?? f.type} signal (${f.reason}) in this text:\n“${inContext(text, f)}”`,
    types: CONCERN_TYPE_FOR[f.type] ?? ['other'],
    riskAreas: f.type === 'grooming' ? ['contact'] : ['content'],
  };
}

export function ScanTextPage() {
  const scan = useScanText();
  const canSuppress = useCan('scanner.suppress');
  const canReport = useCan('concerns.report');
  const navigate = useNavigate();
  const [scannedText, setScannedText] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ScanResult | null>(null);

  const run = async () => {
    setError(null);
    if (!text.trim()) {
      setError('Paste the text to scan.');
      return;
    }
    try {
      setResult(await scan.mutateAsync(text));
      setScannedText(text);
    } catch (e) {
      setError(describeError(e));
    }
  };

  return (
    <Page
      title="Scan text"
      intro="Paste a chat, a post or a message to find personal details and signs of risk. Haven does not keep the text; each finding explains why it was raised."
    >
      <Stack gap="md" maw="48rem">
        <FormAlert message={error} />
        <Textarea
          label="Text to scan"
          autosize
          minRows={6}
          maxRows={20}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Group>
          <Button onClick={run} loading={scan.isPending}>
            Scan
          </Button>
        </Group>
        {result ? (
          <Stack gap="sm" aria-live="polite">
            <Title order={2}>Findings</Title>
            {result.findings.length === 0 ? (
              <Alert color="green" variant="light" title="Nothing found">
                No personal details or risk signals
                {result.suppressed ? ` (${result.suppressed} treated as harmless by your organisation)` : ''}.
              </Alert>
            ) : (
              result.findings.map((f) => (
                <Card key={`${f.rule}-${f.start}`} withBorder padding="sm">
                  <Group gap="xs" mb={4}>
                    <Badge color={f.kind === 'risk' ? 'red.8' : 'blue.8'} variant="filled">
                      {f.kind === 'risk' ? 'Risk' : 'Personal detail'}
                    </Badge>
                    <Text fw={700}>{TYPE_LABELS[f.type] ?? f.type}</Text>
                    <Text size="sm">severity {f.severity} of 5</Text>
                  </Group>
                  <Text>
                    “{f.excerpt}”: {f.reason}
                  </Text>
                  {f.kind === 'risk' ? (
                    <Group gap="sm" mt={4}>
                      <Text size="sm">If this worries you, tell your DSL now. In an emergency call 999.</Text>
                      {canReport ? (
                        <Button
                          size="compact-sm"
                          color="red.8"
                          onClick={() =>
                            navigate('/concerns/report', { state: { prefill: prefillFor(scannedText, f) } })
                          }
                        >
                          Raise a concern
                        </Button>
                      ) : null}
                    </Group>
                  ) : null}
                  {canSuppress ? <SuppressFinding finding={f} onDone={run} /> : null}
                </Card>
              ))
            )}
          </Stack>
        ) : null}
        <SuppressionList canLift={canSuppress} />
      </Stack>
    </Page>
  );
}
