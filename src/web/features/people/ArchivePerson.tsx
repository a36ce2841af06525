import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormAlert } from '../../components/FormAlert.tsx';
import { describeError } from '../../lib/api-error.ts';
import { type Person, useArchivePerson } from './api.ts';

/** Archiving hides a person from everyday lists; their records stay. Asks once before doing it. */
export function ArchivePerson({ person }: { person: Person }) {
  const archive = useArchivePerson(person.id);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  return (
    <Stack gap="sm" component="section" aria-labelledby="archive-heading">
      <Title order={2} size="h3" id="archive-heading">
        Archive
      </Title>
      <Text maw="42rem">
        Archive people your organisation no longer works with. They disappear from everyday lists and
        searches, but their records are kept and they still appear when you include archived people.
      </Text>
      <FormAlert message={error} />
      {confirming ? (
        <Group>
          <Button
            color="red.9"
            loading={archive.isPending}
            onClick={() =>
              archive.mutate(undefined, {
                onSuccess: () => setConfirming(false),
                onError: (e) => setError(describeError(e)),
              })
            }
          >
            Yes, archive {person.name}
          </Button>
          <Button variant="default" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </Group>
      ) : (
        <Button variant="outline" color="red.9" w="fit-content" onClick={() => setConfirming(true)}>
          Archive {person.name}
        </Button>
      )}
    </Stack>
  );
}
