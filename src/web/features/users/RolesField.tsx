import { Checkbox, Stack } from '@mantine/core';
import { ROLE_LABELS, ROLES, type Role } from '../../lib/roles.ts';

const ROLE_HELP: Partial<Record<Role, string>> = {
  admin: 'Manages users and settings.',
  dsl: 'Leads safeguarding; sees all concerns.',
  deputy_dsl: 'Acts for the DSL; sees all concerns.',
  online_safety_coordinator: 'Runs the online safety policy day to day.',
};

type RolesFieldProps = {
  value: Role[];
  onChange: (roles: Role[]) => void;
  error?: React.ReactNode;
};

/** Tick one or more roles. Roles that can see concerns need two-factor authentication. */
export function RolesField({ value, onChange, error }: RolesFieldProps) {
  return (
    <Checkbox.Group
      label="Roles"
      description="Administrators, DSLs, deputy DSLs and online safety coordinators must use two-factor authentication."
      value={value}
      onChange={(v) => onChange(v as Role[])}
      error={error}
      withAsterisk
    >
      <Stack gap="xs" mt="xs">
        {ROLES.map((role) => (
          <Checkbox key={role} value={role} label={ROLE_LABELS[role]} description={ROLE_HELP[role]} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
