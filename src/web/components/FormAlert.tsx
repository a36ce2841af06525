import { Alert } from '@mantine/core';

type FormAlertProps = { message: string | null | undefined; title?: string };

/** The error above a form: announced as soon as it appears. Renders nothing when there is no message. */
export function FormAlert({ message, title = 'There is a problem' }: FormAlertProps) {
  if (!message) return null;
  return (
    <Alert color="red" title={title} role="alert" variant="light">
      {message}
    </Alert>
  );
}
