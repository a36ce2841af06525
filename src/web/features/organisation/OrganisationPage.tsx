import { Alert, Button, Group, Radio, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { applyApiErrors } from '../../lib/form-errors.ts';
import { type Organisation, useOrganisation, useUpdateOrganisation } from './api.ts';

const NAMING_OPTIONS: { value: Organisation['youngPersonNames']; label: string; description: string }[] = [
  { value: 'full', label: 'Full name', description: 'For example: Jamie Smith.' },
  { value: 'first_name', label: 'First name only', description: 'For example: Jamie.' },
  {
    value: 'initials',
    label: 'Initials only',
    description: 'For example: J.S. Gives young people the most privacy.',
  },
];

function OrganisationForm({ organisation }: { organisation: Organisation }) {
  const update = useUpdateOrganisation();
  const [alert, setAlert] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm({
    initialValues: { name: organisation.name, youngPersonNames: organisation.youngPersonNames },
    validate: { name: (v) => (v.trim().length >= 2 ? null : 'Enter the organisation’s name.') },
  });

  const submit = form.onSubmit((values) => {
    setAlert(null);
    setSaved(false);
    update.mutate(
      { name: values.name.trim(), youngPersonNames: values.youngPersonNames },
      {
        onSuccess: () => setSaved(true),
        onError: (error) => setAlert(applyApiErrors(form, error, ['name', 'youngPersonNames'])),
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg" maw="32rem">
        {saved ? (
          <Alert color="teal" title="Saved" role="status">
            Your organisation’s settings have been saved.
          </Alert>
        ) : null}
        <FormAlert message={alert} />
        <TextInput label="Organisation name" required {...form.getInputProps('name')} />
        <Radio.Group
          label="How young people are named in Haven"
          description="Applies to new and changed records. Use the least a worker needs to recognise the young person."
          {...form.getInputProps('youngPersonNames')}
        >
          <Stack gap="sm" mt="xs">
            {NAMING_OPTIONS.map((option) => (
              <Radio
                key={option.value}
                value={option.value}
                label={option.label}
                description={option.description}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Group>
          <Button type="submit" loading={update.isPending}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function OrganisationPage() {
  const organisation = useOrganisation();
  return (
    <Page title="Organisation settings">
      <QueryState query={organisation} what="your organisation’s settings">
        {(data) => <OrganisationForm organisation={data} />}
      </QueryState>
    </Page>
  );
}
