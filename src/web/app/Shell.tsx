import { Anchor, AppShell, Box, Burger, Button, Container, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { HelplineNotice } from '../components/HelplineNotice.tsx';
import { SkipLink } from '../components/SkipLink.tsx';
import { SignOutButton } from '../features/auth/SignOutButton.tsx';
import { can, type Session } from '../lib/session.ts';
import { useWideScreen } from '../lib/use-wide-screen.ts';
import { NAV_ITEMS } from './navigation.ts';
import { OrganisationSwitcher } from './OrganisationSwitcher.tsx';

const matches = (pathname: string, to: string) =>
  to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);

/** The signed-in frame: header, navigation (a menu behind a burger on phones), main, helplines. */
export function Shell({ session }: { session: Session }) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  const wide = useWideScreen();

  // A tap on a link closes the menu on phones.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each navigation
  useEffect(() => close(), [pathname]);

  const items = NAV_ITEMS.filter((item) => !item.anyOf || item.anyOf.some((a) => can(session, a)));
  // The most specific entry is the current one (/concerns/report, not also /concerns).
  const currentTo = items
    .filter((item) => matches(pathname, item.to))
    .sort((a, b) => b.to.length - a.to.length)[0]?.to;
  const isCurrent = (_: string, to: string) => to === currentTo;
  const navHidden = !wide && !opened;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
      style={{ display: 'flex', flexDirection: 'column', minHeight: '100dvh' }}
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="md"
              aria-label={opened ? 'Close menu' : 'Open menu'}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <Anchor component={Link} to="/" fw={800} fz="xl" underline="never" c="indigo.9">
              Haven
            </Anchor>
          </Group>
          {can(session, 'concerns.report') ? (
            <Button
              component={Link}
              to="/concerns/report"
              color="red.9"
              size="sm"
              ml="auto"
              mr={{ sm: 'md' }}
            >
              Report a concern
            </Button>
          ) : null}
          <Group gap="sm" wrap="nowrap" visibleFrom="sm">
            <Text size="sm">{session.user.name}</Text>
            <SignOutButton variant="subtle" />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar id="main-navigation" aria-label="Main" p="sm" inert={navHidden}>
        <Stack gap="md" h="100%">
          <Box px="xs">
            <OrganisationSwitcher session={session} />
          </Box>
          <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((item) => (
              <li key={item.to}>
                <NavLink
                  component={Link}
                  to={item.to}
                  label={item.label}
                  active={isCurrent(pathname, item.to)}
                  aria-current={isCurrent(pathname, item.to) ? 'page' : undefined}
                  variant="filled"
                />
              </li>
            ))}
          </Stack>
          <Box hiddenFrom="sm" px="xs">
            <Text size="sm" mb="xs">
              Signed in as {session.user.name}
            </Text>
            <SignOutButton />
          </Box>
        </Stack>
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1} style={{ flex: 1, minHeight: 'auto', outline: 'none' }}>
        <Container size="lg" px={0} pb="xl">
          <Outlet />
        </Container>
      </AppShell.Main>
      <Box style={{ paddingInlineStart: 'var(--app-shell-navbar-offset, 0rem)' }}>
        <HelplineNotice />
      </Box>
    </AppShell>
  );
}
