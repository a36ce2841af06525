import { Checkbox, NativeSelect, NumberInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { PolicyPack } from './api.ts';
import { describeRule } from './rule-descriptions.ts';
import { getPath, PERIODS, RULE_GROUPS, type RuleField } from './rule-fields.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const NOT_STATED = '';

/** A one-item-per-line textarea that keeps what is typed (blank lines included) until it is saved. */
export function LinesInput({
  label,
  description,
  items,
  error,
  onChange,
}: {
  label: string;
  description?: string;
  items: string[];
  error?: string;
  onChange: (items: string[]) => void;
}) {
  const [text, setText] = useState(items.join('\n'));
  return (
    <Textarea
      label={label}
      description={description}
      autosize
      minRows={2}
      value={text}
      error={error}
      onChange={(e) => {
        setText(e.currentTarget.value);
        onChange(
          e.currentTarget.value
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean),
        );
      }}
    />
  );
}

/** One rule of a policy pack as a form field, explained in plain words; used by the editor and the import review. */
export function RuleInput({
  field,
  pack,
  error,
  onChange,
}: {
  field: RuleField;
  pack: PolicyPack;
  error?: string;
  onChange: (v: unknown) => void;
}) {
  const label = describeRule(field.path);
  const value = getPath(pack, field.path);
  if (field.kind === 'boolean') {
    return (
      <Checkbox
        label={label}
        checked={value === true}
        error={error}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
    );
  }
  if (field.kind === 'lines') {
    return (
      <LinesInput
        label={`${label} (one per line)`}
        description={field.description}
        items={Array.isArray(value) ? value.map(String) : []}
        error={error}
        onChange={onChange}
      />
    );
  }
  if (field.kind === 'month') {
    return (
      <NativeSelect
        label={label}
        description="Leave as “Any month” if the policy does not name one."
        value={value === null ? NOT_STATED : String(value)}
        error={error}
        data={[
          { value: NOT_STATED, label: 'Any month' },
          ...MONTHS.map((m, i) => ({ value: String(i + 1), label: m })),
        ]}
        onChange={(e) =>
          onChange(e.currentTarget.value === NOT_STATED ? null : Number(e.currentTarget.value))
        }
      />
    );
  }
  if (field.kind === 'integer') {
    return (
      <NumberInput
        label={label}
        description={field.nullable ? 'Leave empty if the policy does not say.' : undefined}
        value={typeof value === 'number' ? value : ''}
        min={field.min}
        allowDecimal={false}
        error={error}
        onChange={(v) => onChange(v === '' ? (field.nullable ? null : field.min) : Number(v))}
      />
    );
  }
  if (field.kind === 'duration') {
    const options = [
      ...(field.nullable ? [{ value: NOT_STATED, label: 'Not stated in the policy' }] : []),
      ...PERIODS,
      ...(typeof value === 'string' && !PERIODS.some((p) => p.value === value)
        ? [{ value, label: `${value} (as written)` }]
        : []),
    ];
    return (
      <NativeSelect
        label={label}
        value={value === null ? NOT_STATED : String(value)}
        error={error}
        data={options}
        onChange={(e) => onChange(e.currentTarget.value === NOT_STATED ? null : e.currentTarget.value)}
      />
    );
  }
  return (
    <NativeSelect
      label={label}
      value={value === null ? NOT_STATED : String(value)}
      error={error}
      data={[
        ...(field.nullable ? [{ value: NOT_STATED, label: 'Not stated in the policy' }] : []),
        ...field.options,
      ]}
      onChange={(e) => onChange(e.currentTarget.value === NOT_STATED ? null : e.currentTarget.value)}
    />
  );
}

/** The editor's field for a rule path, if it has one. */
export const ruleFieldFor = (path: string): RuleField | undefined =>
  RULE_GROUPS.flatMap((g) => g.fields).find((f) => f.path === path);
