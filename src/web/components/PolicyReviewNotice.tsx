import { Alert, Anchor } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../lib/api.ts';
import { formatDate } from '../lib/dates.ts';
import { useCan } from '../lib/session.ts';

type ReviewsDue = {
  items: {
    versionId: string;
    versionNumber: number;
    title: string;
    nextReviewDue: string;
    state: 'not_due' | 'due_soon' | 'overdue';
  }[];
};

/** For the DSL and coordinator: the policy's review is due within 30 days, or overdue (R-POL-3). */
export function PolicyReviewNotice() {
  const allowed = useCan('policy.review');
  const query = useQuery({
    queryKey: ['policy', 'reviews-due'],
    queryFn: () => api<ReviewsDue>('GET', '/api/policy/reviews-due'),
    enabled: allowed,
  });
  const due = query.data?.items[0];
  if (!allowed || !due) return null;
  const overdue = due.state === 'overdue';
  return (
    <Alert
      color={overdue ? 'red' : 'yellow'}
      title={overdue ? 'Policy review overdue' : 'Policy review due soon'}
      role="status"
    >
      The review of “{due.title}” {overdue ? 'was' : 'is'} due on {formatDate(due.nextReviewDue)}.{' '}
      <Anchor component={Link} to="/policy">
        Go to the policy
      </Anchor>
    </Alert>
  );
}
