import { Anchor, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Page } from '../components/Page.tsx';
import { type Ability, can, useSession } from '../lib/session.ts';

/** Shows the page only to people whose role allows it (the server checks again on every request). */
export function RequireAbility({ anyOf, children }: { anyOf: Ability[]; children: ReactNode }) {
  const { data } = useSession();
  if (anyOf.some((ability) => can(data, ability))) return <>{children}</>;
  return (
    <Page title="Not available to your role">
      <Text>Your role does not include this page. Ask your Haven administrator if you need it.</Text>
      <Anchor component={Link} to="/">
        Go to the home page
      </Anchor>
    </Page>
  );
}
