import { Button, Text } from '@mantine/core';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';
import { describeError } from '../../lib/api-error.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { useCan } from '../../lib/session.ts';
import { type Confirmations, useConfirmations, useSendReminders } from './api.ts';

type Person = Confirmations['people'][number];

export function ConfirmationsPage() {
  const query = useConfirmations();
  const remind = useSendReminders();
  const canRemind = useCan('policy.remind');
  return (
    <Page
      title="Who has confirmed the policy"
      intro="Everyone confirms each adopted version of the online safety policy and the staff acceptable use policy."
    >
      <QueryState query={query} what="read-confirmations">
        {(data) => (
          <>
            <Text>
              Version {data.versionNumber}: {data.notConfirmed} of {data.people.length}{' '}
              {data.people.length === 1 ? 'person has' : 'people have'} not confirmed both yet.
            </Text>
            {canRemind && data.notConfirmed > 0 ? (
              <Button
                onClick={() => remind.mutate()}
                loading={remind.isPending}
                style={{ alignSelf: 'flex-start' }}
              >
                Send a reminder to everyone who has not confirmed
              </Button>
            ) : null}
            <FormAlert message={remind.error ? describeError(remind.error) : null} />
            {remind.isSuccess ? (
              <Text role="status" fw={600}>
                Reminder sent to {remind.data.reminded} {remind.data.reminded === 1 ? 'person' : 'people'}.
              </Text>
            ) : null}
            <ResponsiveTable<Person>
              caption="Read-confirmations"
              rows={data.people}
              rowKey={(p) => p.userId}
              empty="Nobody is a member yet."
              columns={[
                { key: 'name', header: 'Name', primary: true, cell: (p) => p.name },
                {
                  key: 'osp',
                  header: 'Online safety policy',
                  cell: (p) =>
                    p.onlineSafetyPolicyConfirmedAt
                      ? `Confirmed ${formatDateTime(p.onlineSafetyPolicyConfirmedAt)}`
                      : 'Not confirmed',
                },
                {
                  key: 'aup',
                  header: 'Acceptable use policy',
                  cell: (p) =>
                    p.acceptableUsePolicyConfirmedAt
                      ? `Confirmed ${formatDateTime(p.acceptableUsePolicyConfirmedAt)}`
                      : 'Not confirmed',
                },
              ]}
            />
          </>
        )}
      </QueryState>
    </Page>
  );
}
