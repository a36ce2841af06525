import { Alert, Anchor, Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Page } from '../../components/Page.tsx';
import { formatDate } from '../../lib/dates.ts';
import { applyApiErrors } from '../../lib/form-errors.ts';
import type { Role } from '../../lib/roles.ts';
import { type Invitation, useInviteUser } from './api.ts';
import { RolesField } from './RolesField.tsx';

export function InviteUserPage() {
  const invite = useInviteUser();
  const [alert, setAlert] = useState<string | null>(null);
  const [sent, setSent] = useState<Invitation | null>(null);
  const form = useForm({
    initialValues: { email: '', name: '', roles: [] as Role[] },
    validate: {
      email: (v) =>
        /^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Enter an email address such as name@example.org.',
      name: (v) => (v.trim() ? null : 'Enter their name.'),
      roles: (v) => (v.length > 0 ? null : 'Choose at least one role.'),
    },
  });

  const submit = form.onSubmit((values) => {
    setAlert(null);
    setSent(null);
    invite.mutate(
      { email: values.email.trim(), name: values.name.trim(), roles: values.roles },
      {
        onSuccess: (invitation) => {
          setSent(invitation);
          form.reset();
        },
        onError: (error) => setAlert(applyApiErrors(form, error, ['email', 'name', 'roles'])),
      },
    );
  });

  return (
    <Page
      title="Invite a user"
      intro="Haven emails them a link to set up their account. The link works once."
    >
      {sent ? (
        <Alert color="teal" title="Invitation sent" role="status">
          We have sent an invitation to {sent.name} at {sent.email}. The link works until{' '}
          {formatDate(sent.expiresAt)}. You can invite someone else below.
        </Alert>
      ) : null}
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw="32rem">
          <FormAlert message={alert} />
          <TextInput label="Name" autoComplete="off" required {...form.getInputProps('name')} />
          <TextInput
            label="Email address"
            type="email"
            inputMode="email"
            autoComplete="off"
            spellCheck={false}
            required
            {...form.getInputProps('email')}
          />
          <RolesField
            value={form.values.roles}
            onChange={(roles) => form.setFieldValue('roles', roles)}
            error={form.errors.roles}
          />
          <Group>
            <Button type="submit" loading={invite.isPending}>
              Send invitation
            </Button>
          </Group>
        </Stack>
      </form>
      <Anchor component={Link} to="/users">
        Back to users
      </Anchor>
    </Page>
  );
}
