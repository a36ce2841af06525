import { NativeSelect, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useSwitchOrganisation } from '../features/auth/api.ts';
import { describeError } from '../lib/api-error.ts';
import type { Session } from '../lib/session.ts';

/** For people who belong to more than one organisation: which one they are working in. */
export function OrganisationSwitcher({ session }: { session: Session }) {
  const switchOrganisation = useSwitchOrganisation();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const current = session.organisation;

  if (session.organisations.length < 2) {
    return current ? (
      <Text size="sm" fw={600}>
        {current.name}
      </Text>
    ) : null;
  }

  return (
    <NativeSelect
      label="Organisation"
      value={current?.id ?? ''}
      disabled={switchOrganisation.isPending}
      error={error}
      data={session.organisations.map((o) => ({ value: o.id, label: o.name }))}
      onChange={(event) => {
        const organisationId = event.currentTarget.value;
        setError(null);
        switchOrganisation.mutate(organisationId, {
          onSuccess: () => navigate('/'),
          onError: (e) => setError(describeError(e)),
        });
      }}
    />
  );
}
