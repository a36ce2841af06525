import { Alert, Button, Code, Stack, Text, Title } from '@mantine/core';
import { FormAlert } from '../../components/FormAlert.tsx';
import { describeError } from '../../lib/api-error.ts';
import { useVerifyAudit } from './api.ts';

export function VerifyChain() {
  const verify = useVerifyAudit();
  const result = verify.data;
  return (
    <Stack gap="sm" component="section" aria-labelledby="verify-heading">
      <Title order={2} size="h3" id="verify-heading">
        Check the log has not been altered
      </Title>
      <Text maw="42rem">
        Each entry includes a fingerprint of the one before it, so any change to past entries breaks the
        chain.
      </Text>
      <Button variant="default" w="fit-content" onClick={() => verify.mutate()} loading={verify.isPending}>
        Verify the chain
      </Button>
      <div aria-live="polite">
        {verify.error ? <FormAlert message={describeError(verify.error)} /> : null}
        {result?.ok ? (
          <Alert color="teal" title="The chain is intact">
            All {result.entries} entries check out.
            {result.headHash ? (
              <Text size="sm" mt={4}>
                Latest fingerprint: <Code style={{ wordBreak: 'break-all' }}>{result.headHash}</Code>
              </Text>
            ) : null}
          </Alert>
        ) : null}
        {result && !result.ok ? (
          <Alert color="red" title="The chain is broken">
            {result.firstBrokenSeq !== null
              ? `The first broken entry is number ${result.firstBrokenSeq}. `
              : ''}
            {result.problem ?? ''} Tell your Designated Safeguarding Lead and your Haven administrator.
          </Alert>
        ) : null}
      </div>
    </Stack>
  );
}
