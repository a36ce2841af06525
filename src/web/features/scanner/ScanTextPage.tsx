import { Alert, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Page } from '../../components/Page.tsx';
import { describeError } from '../../lib/api-error.ts';
import { useCan } from '../../lib/session.ts';
import { type ScanResult, useScanText } from './api.ts';
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

export function ScanTextPage() {
  const scan = useScanText();
  const canSuppress = useCan('scanner.suppress');
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
                    <Text size="sm" mt={4}>
                      If this worries you, tell your DSL now. In an emergency call 999.
                    </Text>
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
