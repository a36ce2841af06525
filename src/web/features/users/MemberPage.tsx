import { Alert, Anchor, Badge, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDate } from '../../lib/dates.ts';
import { applyApiErrors } from '../../lib/form-errors.ts';
import type { Role } from '../../lib/roles.ts';
import { useSession } from '../../lib/session.ts';
import { type Member, useMembers, useUpdateMember } from './api.ts';
import { RolesField } from './RolesField.tsx';

function MemberForm({ member }: { member: Member }) {
  const update = useUpdateMember(member.userId);
  const { data: session } = useSession();
  const isYou = session?.user.id === member.userId;
  const [alert, setAlert] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm({
    initialValues: { roles: member.roles as Role[], disabled: member.disabled },
    validate: { roles: (v) => (v.length > 0 ? null : 'Choose at least one role.') },
  });

  const submit = form.onSubmit((values) => {
    setAlert(null);
    setSaved(false);
    update.mutate(values, {
      onSuccess: () => setSaved(true),
      onError: (error) => setAlert(applyApiErrors(form, error, ['roles', 'disabled'])),
    });
  });

  return (
    <Page
      title={member.name}
      intro={
        <Group gap="xs">
          <Text>{member.email}</Text>
          <Badge color={member.hasTwoFactor ? 'teal.9' : 'gray.8'} variant="filled">
            Two-factor {member.hasTwoFactor ? 'on' : 'off'}
          </Badge>
          <Text size="sm">Joined {formatDate(member.joinedAt)}</Text>
        </Group>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw="32rem">
          {saved ? (
            <Alert color="teal" title="Saved" role="status">
              Changes take effect the next time they load a page.
            </Alert>
          ) : null}
          <FormAlert message={alert} />
          <RolesField
            value={form.values.roles}
            onChange={(roles) => form.setFieldValue('roles', roles)}
            error={form.errors.roles}
          />
          <Checkbox
            label="Account disabled"
            description={
              isYou
                ? 'You cannot disable your own account.'
                : 'A disabled user cannot sign in. Their records and history stay.'
            }
            disabled={isYou}
            {...form.getInputProps('disabled', { type: 'checkbox' })}
          />
          <Group>
            <Button type="submit" loading={update.isPending}>
              Save changes
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

export function MemberPage() {
  const { userId } = useParams();
  const members = useMembers();
  const member = members.data?.items.find((m) => m.userId === userId);
  if (member) return <MemberForm member={member} />;
  return (
    <Page title="User">
      <QueryState query={members} what="this user">
        {() => <Text>This user is not a member of your organisation.</Text>}
      </QueryState>
    </Page>
  );
}
