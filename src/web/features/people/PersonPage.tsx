import { Alert, Anchor, Badge, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDate } from '../../lib/dates.ts';
import { useCan } from '../../lib/session.ts';
import { ArchivePerson } from './ArchivePerson.tsx';
import { type Person, usePerson, useUpdatePerson } from './api.ts';
import { PersonForm, personToValues, valuesToBody } from './PersonForm.tsx';
import { shortKindLabel } from './person-kinds.ts';

function PersonDetails({ person }: { person: Person }) {
  const canWrite = useCan('people.write');
  const showContact = useCan('people.read_contact');
  const canSeeConcerns = useCan('concerns.read');
  const update = useUpdatePerson(person.id);
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const [saved, setSaved] = useState(false);

  return (
    <Page
      title={person.name}
      intro={
        <Group gap="xs">
          <Badge variant="outline" color="indigo.9">
            {shortKindLabel(person.kind)}
          </Badge>
          {person.archivedAt ? (
            <Badge variant="filled" color="gray.8">
              Archived {formatDate(person.archivedAt)}
            </Badge>
          ) : null}
        </Group>
      }
    >
      {notice || saved ? (
        <Alert color="teal" role="status" title="Saved">
          {saved ? 'Your changes have been saved.' : notice}
        </Alert>
      ) : null}
      <Text size="sm">
        Added {formatDate(person.createdAt)}; last changed {formatDate(person.updatedAt)}.
        {person.schoolName ? ` School: ${person.schoolName}.` : ''}
      </Text>
      {canWrite ? (
        <Stack gap="sm" component="section" aria-labelledby="edit-heading">
          <Title order={2} size="h3" id="edit-heading">
            Details
          </Title>
          <PersonForm
            key={person.updatedAt}
            initialValues={personToValues(person)}
            kindEditable={false}
            submitLabel="Save changes"
            personId={person.id}
            save={async (values) => {
              setSaved(false);
              await update.mutateAsync(valuesToBody(values));
              setSaved(true);
            }}
          />
        </Stack>
      ) : (
        <Stack gap={4}>
          {showContact ? (
            <>
              <Text>
                <strong>Email address:</strong> {person.email ?? 'None recorded'}
              </Text>
              <Text>
                <strong>Phone number:</strong> {person.phone ?? 'None recorded'}
              </Text>
            </>
          ) : null}
          {person.roleTitle ? (
            <Text>
              <strong>Role:</strong> {person.roleTitle}
            </Text>
          ) : null}
          {person.notes ? (
            <Text style={{ whiteSpace: 'pre-wrap' }}>
              <strong>Notes:</strong> {person.notes}
            </Text>
          ) : null}
        </Stack>
      )}
      {canWrite && !person.archivedAt ? (
        <>
          <Divider />
          <ArchivePerson person={person} />
        </>
      ) : null}
      {canSeeConcerns ? (
        <Anchor component={Link} to={`/concerns/people/${person.id}`}>
          Concerns chronology
        </Anchor>
      ) : null}
      <Anchor component={Link} to="/people">
        Back to people
      </Anchor>
    </Page>
  );
}

export function PersonPage() {
  const { personId = '' } = useParams();
  const person = usePerson(personId);
  if (person.data) return <PersonDetails person={person.data} />;
  return (
    <Page title="Person">
      <QueryState query={person} what="this person">
        {() => null}
      </QueryState>
    </Page>
  );
}
