import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { Link, Outlet } from 'react-router';
import { HelplineNotice } from '../components/HelplineNotice.tsx';
import { SkipLink } from '../components/SkipLink.tsx';

/** The frame for pages outside the signed-in app: sign-in, two-factor, invitations, password reset. */
export function PublicLayout() {
  return (
    <Box mih="100dvh" style={{ display: 'flex', flexDirection: 'column' }}>
      <SkipLink />
      <Box
        component="header"
        px="md"
        py="sm"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Group gap="xs">
          <Anchor component={Link} to="/" fw={800} fz="xl" underline="never" c="indigo.9">
            Haven
          </Anchor>
          <Text size="sm" c="dimmed">
            Online safeguarding
          </Text>
        </Group>
      </Box>
      <Box component="main" id="main" tabIndex={-1} style={{ flex: 1, outline: 'none' }}>
        <Container size="sm" py="xl">
          <Outlet />
        </Container>
      </Box>
      <HelplineNotice />
    </Box>
  );
}
