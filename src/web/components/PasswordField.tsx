import { PasswordInput, type PasswordInputProps } from '@mantine/core';

/**
 * Mantine's PasswordInput with two accessibility gaps closed: the input says when it is invalid
 * (aria-invalid, as TextInput does), and the show/hide button can be reached by keyboard.
 */
export function PasswordField(props: PasswordInputProps) {
  return (
    <PasswordInput
      {...props}
      aria-invalid={props.error ? true : undefined}
      visibilityToggleFocusable
      visibilityToggleButtonProps={{ 'aria-label': 'Show password', size: 'lg' }}
    />
  );
}
