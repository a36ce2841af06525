import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';

/** R-HELP-2: helplines and next steps beside the report form and on every case. */
export function NextSteps({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  return (
    <Paper withBorder p="md" component="aside" aria-labelledby="next-steps-heading">
      <Stack gap="xs">
        <Title order={headingLevel} size="h4" id="next-steps-heading">
          Helplines and next steps
        </Title>
        <Text size="sm">
          If a child is in immediate danger, call <Anchor href="tel:999">999</Anchor> now.
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>
            Childline: <Anchor href="tel:08001111">0800 1111</Anchor> (for children and young people)
          </List.Item>
          <List.Item>
            NSPCC Helpline: <Anchor href="tel:08088005000">0808 800 5000</Anchor>
          </List.Item>
          <List.Item>
            Professionals Online Safety Helpline: <Anchor href="tel:03443814772">0344 381 4772</Anchor>
          </List.Item>
          <List.Item>
            Sexual images of under-18s online: report to the{' '}
            <Anchor href="https://report.iwf.org.uk/" target="_blank" rel="noreferrer">
              Internet Watch Foundation (IWF)
            </Anchor>
          </List.Item>
          <List.Item>
            Online sexual abuse or grooming: report to{' '}
            <Anchor href="https://www.ceop.police.uk/safety-centre/" target="_blank" rel="noreferrer">
              CEOP
            </Anchor>
          </List.Item>
        </List>
      </Stack>
    </Paper>
  );
}

/** R-INC-9: shown before any way to upload, and beside the description of images. */
export function IllegalImageWarning() {
  return (
    <Paper withBorder p="md" bg="yellow.0" role="note" aria-labelledby="image-warning-heading">
      <Title order={3} size="h5" id="image-warning-heading">
        Never copy sexual images of children
      </Title>
      <Text size="sm" mt={4}>
        Do not copy, screenshot, save or forward any image or video you think may be a sexual image of a
        child, even to report it: doing so can be a crime. Describe it in words below instead, and report it
        to the police or the Internet Watch Foundation (IWF).
      </Text>
    </Paper>
  );
}
