import { Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';

let anotherPageShownBefore = false;

type PageProps = {
  /** The page's one h1, also used for the browser tab: "People · Haven". */
  title: string;
  intro?: ReactNode;
  /** Buttons or links beside the heading. */
  actions?: ReactNode;
  children: ReactNode;
};

/**
 * Every screen's frame: sets the document title, renders the single h1, and after an in-app
 * navigation moves focus to the heading so screen-reader users hear where they have arrived.
 */
export function Page({ title, intro, actions, children }: PageProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} · Haven`;
  }, [title]);

  useEffect(() => {
    if (anotherPageShownBefore) headingRef.current?.focus();
    anotherPageShownBefore = true;
  }, []);

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title
          order={1}
          ref={headingRef}
          tabIndex={-1}
          className="page-heading"
          style={{ overflowWrap: 'anywhere' }}
        >
          {title}
        </Title>
        {typeof intro === 'string' ? <Text maw="42rem">{intro}</Text> : intro}
        {actions ? (
          <Group gap="sm" mt="xs">
            {actions}
          </Group>
        ) : null}
      </Stack>
      {children}
    </Stack>
  );
}
