import { Anchor, Box, Text } from '@mantine/core';

/** Haven's standing promise: wherever someone may be reporting harm, the helplines are one tap away. */
export function HelplineNotice() {
  return (
    <Box component="footer" className="helpline" px="md" py="sm">
      <Text size="sm">
        <strong>Worried about a child right now?</strong> Call <Anchor href="tel:999">999</Anchor> in an
        emergency. NSPCC Helpline <Anchor href="tel:08088005000">0808 800 5000</Anchor>. Childline{' '}
        <Anchor href="tel:08001111">0800 1111</Anchor>.
      </Text>
    </Box>
  );
}
