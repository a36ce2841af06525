import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { FormAlert } from '../../components/FormAlert.tsx';
import { describeError } from '../../lib/api-error.ts';
import { type Finding, useAddSuppression } from './api.ts';

/** A lead records why this exact pattern is harmless here; the record is audited and can be lifted. */
export function SuppressFinding({ finding, onDone }: { finding: Finding; onDone: () => void }) {
  const add = useAddSuppression();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!open) {
    return (
      <Button variant="subtle" size="compact-sm" onClick={() => setOpen(true)}>
        Treat “{finding.excerpt}” as harmless
      </Button>
    );
  }
  return (
    <Stack gap="xs">
      <FormAlert message={error} />
      <Textarea
        label="Why is this harmless for your organisation?"
        description="Kept in the record with your name. Only this exact wording is ignored from now on."
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={error && reason.trim().length < 3 ? 'Give a reason of at least a few words.' : undefined}
      />
      <Group gap="sm">
        <Button
          size="compact-md"
          loading={add.isPending}
          onClick={async () => {
            setError(null);
            try {
              await add.mutateAsync({ rule: finding.rule, excerpt: finding.excerpt, reason });
              onDone();
            } catch (e) {
              setError(describeError(e));
            }
          }}
        >
          Record as harmless
        </Button>
        <Button size="compact-md" variant="default" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
