import { Alert, Button, Center, Container, Loader } from '@mantine/core';
import { Navigate, useLocation } from 'react-router';
import { describeError } from '../lib/api-error.ts';
import { pathForStatus, useSession } from '../lib/session.ts';
import { Shell } from './Shell.tsx';

/** The signed-in app: only for an active session; everyone else goes where their session belongs. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();

  if (session.isPending) {
    return (
      <Center h="100dvh" role="status" aria-label="Loading Haven">
        <Loader />
      </Center>
    );
  }
  if (session.error) {
    return (
      <Container size="sm" py="xl" component="main">
        <h1>Haven cannot be reached</h1>
        <Alert color="red" role="alert" mb="md">
          {describeError(session.error)}
        </Alert>
        <Button onClick={() => session.refetch()}>Try again</Button>
      </Container>
    );
  }
  const from = location.pathname === '/' ? undefined : location.pathname + location.search;
  if (!session.data) return <Navigate to="/sign-in" replace state={from ? { from } : null} />;
  if (session.data.status !== 'active') {
    return <Navigate to={pathForStatus(session.data.status)} replace state={from ? { from } : null} />;
  }
  return <Shell session={session.data} />;
}
