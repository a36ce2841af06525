import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { AuditFilter } from './api.ts';

export type AuditFilterValues = Required<
  Pick<AuditFilter, 'action' | 'entityType' | 'entityId' | 'from' | 'to'>
>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function AuditFilters({
  initial,
  onApply,
}: {
  initial: AuditFilterValues;
  onApply: (values: AuditFilterValues) => void;
}) {
  const form = useForm({
    initialValues: initial,
    validate: {
      from: (v) => (v === '' || DATE.test(v) ? null : 'Enter a date such as 23/11/2026.'),
      to: (v, values) =>
        v === '' || DATE.test(v)
          ? values.from && v && v < values.from
            ? 'The end date must be on or after the start date.'
            : null
          : 'Enter a date such as 23/11/2026.',
    },
  });
  return (
    <form aria-label="Filter the audit log" onSubmit={form.onSubmit(onApply)} noValidate>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" mb="sm">
        <TextInput label="Action" description="For example: person.added" {...form.getInputProps('action')} />
        <TextInput
          label="Record type"
          description="For example: person"
          {...form.getInputProps('entityType')}
        />
        <TextInput label="Record id" {...form.getInputProps('entityId')} />
        <TextInput label="From" type="date" {...form.getInputProps('from')} />
        <TextInput label="To" type="date" {...form.getInputProps('to')} />
      </SimpleGrid>
      <Group gap="sm">
        <Button type="submit">Apply filters</Button>
        <Button
          variant="default"
          onClick={() => {
            const cleared = { action: '', entityType: '', entityId: '', from: '', to: '' };
            form.setValues(cleared);
            onApply(cleared);
          }}
        >
          Clear filters
        </Button>
      </Group>
    </form>
  );
}
