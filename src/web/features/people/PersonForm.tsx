import { Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { FormAlert } from '../../components/FormAlert.tsx';
import { applyApiErrors } from '../../lib/form-errors.ts';
import { type Person, type PersonKind, useSchoolsAndNaming } from './api.ts';
import {
  hasRoleTitle,
  hasSchool,
  PERSON_KIND_LABELS,
  PERSON_KINDS,
  roleTitleField,
  YOUNG_PERSON_NAMES_HELP,
} from './person-kinds.ts';

export type PersonFormValues = {
  kind: PersonKind;
  name: string;
  email: string;
  phone: string;
  roleTitle: string;
  schoolId: string;
  notes: string;
};

const FIELDS = ['kind', 'name', 'email', 'phone', 'roleTitle', 'schoolId', 'notes'] as const;

export const emptyPerson = (kind: PersonKind = 'young_person'): PersonFormValues => ({
  kind,
  name: '',
  email: '',
  phone: '',
  roleTitle: '',
  schoolId: '',
  notes: '',
});

export const personToValues = (p: Person): PersonFormValues => ({
  kind: p.kind,
  name: p.name,
  email: p.email ?? '',
  phone: p.phone ?? '',
  roleTitle: p.roleTitle ?? '',
  schoolId: p.schoolId ?? '',
  notes: p.notes,
});

/** What to send: blank optional fields become null, and fields that do not apply to the kind are cleared. */
export function valuesToBody(values: PersonFormValues) {
  const orNull = (v: string) => (v.trim() === '' ? null : v.trim());
  return {
    name: values.name.trim(),
    email: orNull(values.email),
    phone: orNull(values.phone),
    roleTitle: hasRoleTitle(values.kind) ? orNull(values.roleTitle) : null,
    schoolId: hasSchool(values.kind) ? orNull(values.schoolId) : null,
    notes: values.notes,
  };
}

type PersonFormProps = {
  initialValues: PersonFormValues;
  /** Kind can be chosen only when adding. */
  kindEditable: boolean;
  submitLabel: string;
  /** Resolves when saved; rejects with the API error, which the form shows. */
  save: (values: PersonFormValues) => Promise<unknown>;
  /** Excluded from the school list (a school is not its own school). */
  personId?: string;
};

export function PersonForm({ initialValues, kindEditable, submitLabel, save, personId }: PersonFormProps) {
  const schools = useSchoolsAndNaming();
  const [alert, setAlert] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm({
    initialValues,
    validate: {
      name: (v) => (v.trim() ? null : 'Enter a name.'),
      email: (v) =>
        v.trim() === '' || /^\S+@\S+\.\S+$/.test(v.trim())
          ? null
          : 'Enter an email address such as name@example.org.',
    },
  });
  const kind = form.values.kind;
  const naming = schools.data?.youngPersonNames;
  const schoolOptions = (schools.data?.items ?? []).filter((s) => s.id !== personId && !s.archivedAt);

  const submit = form.onSubmit(async (values) => {
    setAlert(null);
    setSaving(true);
    try {
      await save(values);
    } catch (error) {
      setAlert(applyApiErrors(form, error, FIELDS));
    } finally {
      setSaving(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw="32rem">
        <FormAlert message={alert} />
        {kindEditable ? (
          <NativeSelect
            label="Kind of person"
            data={PERSON_KINDS.map((k) => ({ value: k, label: PERSON_KIND_LABELS[k] }))}
            {...form.getInputProps('kind')}
          />
        ) : null}
        <TextInput
          label="Name"
          required
          autoComplete="off"
          description={kind === 'young_person' && naming ? YOUNG_PERSON_NAMES_HELP[naming] : undefined}
          {...form.getInputProps('name')}
        />
        {hasSchool(kind) ? (
          <NativeSelect
            label="School"
            description={
              schoolOptions.length === 0 && !schools.isPending
                ? 'No schools recorded yet: add the school as a person of kind “School” first.'
                : undefined
            }
            data={[
              { value: '', label: schools.isPending ? 'Loading schools…' : 'No school' },
              ...schoolOptions.map((s) => ({ value: s.id, label: s.name })),
            ]}
            {...form.getInputProps('schoolId')}
          />
        ) : null}
        {hasRoleTitle(kind) ? (
          <TextInput {...roleTitleField(kind)} {...form.getInputProps('roleTitle')} />
        ) : null}
        <TextInput
          label="Email address (optional)"
          type="email"
          inputMode="email"
          autoComplete="off"
          spellCheck={false}
          {...form.getInputProps('email')}
        />
        <TextInput
          label="Phone number (optional)"
          type="tel"
          inputMode="tel"
          autoComplete="off"
          description="A UK number such as 07700 900123, or an international number starting with +."
          {...form.getInputProps('phone')}
        />
        <Textarea
          label="Notes (optional)"
          autosize
          minRows={3}
          maxRows={12}
          {...form.getInputProps('notes')}
        />
        <Group>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
