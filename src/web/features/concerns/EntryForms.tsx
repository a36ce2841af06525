import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { FormAlert } from '../../components/FormAlert.tsx';
import { describeError, isApiError } from '../../lib/api-error.ts';
import { type Concern, useCaseChange } from './api.ts';
import { AGENCY_LABELS, HOW_LABELS, OUTCOME_LABELS, RISK_LABELS, SUPPORT_LABELS } from './labels.ts';

type Member = { userId: string; name: string };
const opts = (labels: Record<string, string>, first?: string) => [
  ...(first !== undefined ? [{ value: '', label: first }] : []),
  ...Object.entries(labels).map(([value, label]) => ({ value, label })),
];
const toIso = (local: string) => (local ? new Date(local).toISOString() : undefined);

/** A small form whose fields are plain strings; API field errors land on the matching field. */
function useFields<T extends Record<string, string | boolean>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const bind = (k: keyof T & string) => ({
    value: String(values[k]),
    onChange: (e: { currentTarget: { value: string } }) => {
      // Read now: React clears currentTarget once the event has been handled.
      const value = e.currentTarget.value;
      setValues((v) => ({ ...v, [k]: value }));
    },
    error: errors[k],
  });
  const fail = (error: unknown) => {
    const map: Record<string, string> = {};
    if (isApiError(error)) for (const e of error.fieldErrors) map[e.path.split('.')[0] ?? e.path] = e.message;
    setErrors(map);
    setAlert(describeError(error));
  };
  const reset = () => {
    setValues(initial);
    setErrors({});
    setAlert(null);
  };
  return { values, setValues, bind, fail, reset, alert, setAlert, setErrors };
}

export function TriageForm({ concern, members }: { concern: Concern; members: Member[] }) {
  const f = useFields({
    riskLevel: concern.riskLevel ?? '',
    assignedTo: concern.assignedTo ?? '',
    decision: '',
    rationale: '',
  });
  const triage = useCaseChange<object>(concern.id, 'triage');
  return (
    <Paper withBorder p="md">
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          try {
            await triage.mutateAsync({
              riskLevel: f.values.riskLevel,
              assignedTo: f.values.assignedTo || null,
              decision: f.values.decision,
              rationale: f.values.rationale,
            });
            f.reset();
          } catch (error) {
            f.fail(error);
          }
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4">
            {concern.status === 'new' ? 'Triage' : 'Change risk level or assignment'}
          </Title>
          <FormAlert message={f.alert} />
          <NativeSelect
            label="Risk level"
            required
            data={opts(RISK_LABELS, 'Choose…')}
            {...f.bind('riskLevel')}
          />
          <NativeSelect
            label="Assigned to"
            data={[
              { value: '', label: 'Nobody yet' },
              ...members.map((m) => ({ value: m.userId, label: m.name })),
            ]}
            {...f.bind('assignedTo')}
          />
          <TextInput label="Decision" required {...f.bind('decision')} />
          <Textarea label="Why (rationale)" required autosize minRows={2} {...f.bind('rationale')} />
          <Group>
            <Button type="submit" loading={triage.isPending}>
              Save triage
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

const KINDS: Record<string, string> = {
  decision: 'A decision (including not to refer)',
  referral: 'A referral to another agency',
  parents_informed: 'Parents or carers informed (or not)',
  support: 'Support offered',
  task: 'A task',
  review_scheduled: 'Schedule a review',
  review: 'A review',
  addendum: 'An addendum (correction or addition)',
};

export function RecordForm({ concern, members }: { concern: Concern; members: Member[] }) {
  const closed = concern.status === 'closed';
  const [kind, setKind] = useState(closed ? 'addendum' : 'decision');
  const f = useFields({
    decision: '',
    rationale: '',
    notToRefer: false as boolean,
    agency: 'lado',
    agencyName: '',
    agencyReference: '',
    note: '',
    informed: 'yes',
    how: 'phone',
    reasonNotInformed: '',
    for: 'young_person',
    description: '',
    title: '',
    ownerUserId: '',
    dueAt: '',
    nextReviewAt: '',
    notes: '',
    resolved: false as boolean,
    text: '',
    reason: '',
    occurredAt: '',
  });
  const add = useCaseChange<object>(concern.id, 'entries');
  const v = f.values;
  const occurredAt = toIso(v.occurredAt);
  const body = (): object => {
    switch (kind) {
      case 'decision':
        return { kind, decision: v.decision, rationale: v.rationale, notToRefer: v.notToRefer, occurredAt };
      case 'referral':
        return {
          kind,
          agency: v.agency,
          agencyName: v.agencyName,
          agencyReference: v.agencyReference,
          note: v.note,
          occurredAt,
        };
      case 'parents_informed':
        return v.informed === 'yes'
          ? { kind, informed: true, how: v.how, note: v.note, occurredAt }
          : { kind, informed: false, reasonNotInformed: v.reasonNotInformed, note: v.note, occurredAt };
      case 'support':
        return { kind, for: v.for, description: v.description, occurredAt };
      case 'task':
        return { kind, title: v.title, ownerUserId: v.ownerUserId, dueAt: toIso(v.dueAt) };
      case 'review_scheduled':
        return { kind, nextReviewAt: toIso(v.nextReviewAt) };
      case 'review':
        return {
          kind,
          notes: v.notes,
          resolved: v.resolved,
          nextReviewAt: toIso(v.nextReviewAt) ?? null,
          occurredAt,
        };
      default:
        return { kind: 'addendum', text: v.text, reason: v.reason };
    }
  };
  const when = (
    <TextInput
      type="datetime-local"
      label="When (optional, UK time; blank means now)"
      {...f.bind('occurredAt')}
    />
  );
  return (
    <Paper withBorder p="md">
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          try {
            await add.mutateAsync(body());
            f.reset();
          } catch (error) {
            f.fail(error);
          }
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4">
            Record on this case
          </Title>
          <FormAlert message={f.alert} />
          <NativeSelect
            label="What are you recording?"
            data={Object.entries(KINDS)
              .filter(([k]) => !closed || k === 'addendum')
              .map(([value, label]) => ({ value, label }))}
            value={kind}
            onChange={(e) => {
              setKind(e.currentTarget.value);
              f.setErrors({});
              f.setAlert(null);
            }}
          />
          {kind === 'decision' ? (
            <>
              <TextInput label="Decision" required {...f.bind('decision')} />
              <Textarea label="Why (rationale)" required autosize minRows={2} {...f.bind('rationale')} />
              <Checkbox
                label="This is a decision not to refer"
                checked={Boolean(v.notToRefer)}
                onChange={(e) => {
                  const checked = e.currentTarget.checked;
                  f.setValues((x) => ({ ...x, notToRefer: checked }));
                }}
              />
              {when}
            </>
          ) : null}
          {kind === 'referral' ? (
            <>
              <NativeSelect label="Agency" data={opts(AGENCY_LABELS)} {...f.bind('agency')} />
              {v.agency === 'other' ? (
                <TextInput label="Agency name" required {...f.bind('agencyName')} />
              ) : null}
              <TextInput label="The agency’s reference (optional)" {...f.bind('agencyReference')} />
              <Textarea label="Note (optional)" autosize minRows={2} {...f.bind('note')} />
              {when}
            </>
          ) : null}
          {kind === 'parents_informed' ? (
            <>
              <NativeSelect
                label="Were the parents or carers informed?"
                data={[
                  { value: 'yes', label: 'Yes' },
                  { value: 'no', label: 'No' },
                ]}
                {...f.bind('informed')}
              />
              {v.informed === 'yes' ? (
                <NativeSelect label="How" data={opts(HOW_LABELS)} {...f.bind('how')} />
              ) : (
                <Textarea
                  label="Why they were not informed"
                  required
                  autosize
                  minRows={2}
                  {...f.bind('reasonNotInformed')}
                />
              )}
              <Textarea label="Note (optional)" autosize minRows={2} {...f.bind('note')} />
              {when}
            </>
          ) : null}
          {kind === 'support' ? (
            <>
              <NativeSelect label="Support for" data={opts(SUPPORT_LABELS)} {...f.bind('for')} />
              <Textarea label="Support offered" required autosize minRows={2} {...f.bind('description')} />
              {when}
            </>
          ) : null}
          {kind === 'task' ? (
            <>
              <TextInput label="What needs doing" required {...f.bind('title')} />
              <NativeSelect
                label="Owner"
                required
                data={[
                  { value: '', label: 'Choose…' },
                  ...members.map((m) => ({ value: m.userId, label: m.name })),
                ]}
                {...f.bind('ownerUserId')}
              />
              <TextInput type="datetime-local" label="Due (UK time)" required {...f.bind('dueAt')} />
            </>
          ) : null}
          {kind === 'review_scheduled' ? (
            <TextInput
              type="datetime-local"
              label="Review date (UK time)"
              required
              {...f.bind('nextReviewAt')}
            />
          ) : null}
          {kind === 'review' ? (
            <>
              <Textarea label="What the review found" required autosize minRows={2} {...f.bind('notes')} />
              <Checkbox
                label="The problem is resolved: no further reviews"
                checked={Boolean(v.resolved)}
                onChange={(e) => {
                  const checked = e.currentTarget.checked;
                  f.setValues((x) => ({ ...x, resolved: checked }));
                }}
              />
              {!v.resolved ? (
                <TextInput type="datetime-local" label="Next review (UK time)" {...f.bind('nextReviewAt')} />
              ) : null}
              {when}
            </>
          ) : null}
          {kind === 'addendum' ? (
            <>
              <Textarea label="Correction or addition" required autosize minRows={2} {...f.bind('text')} />
              <Textarea label="Reason for the addendum" required autosize minRows={2} {...f.bind('reason')} />
            </>
          ) : null}
          <Group>
            <Button type="submit" loading={add.isPending}>
              Record
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

export function CloseForm({ concern }: { concern: Concern }) {
  const closed = concern.status === 'closed';
  const f = useFields({ outcome: concern.allegation ? '' : '', reason: '' });
  const change = useCaseChange<object>(concern.id, closed ? 'reopen' : 'close');
  return (
    <Paper withBorder p="md">
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          try {
            await change.mutateAsync(closed ? { reason: f.values.reason } : f.values);
            f.reset();
          } catch (error) {
            f.fail(error);
          }
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4">
            {closed ? 'Reopen the case' : 'Close the case'}
          </Title>
          <FormAlert message={f.alert} />
          {!closed ? (
            concern.allegation ? (
              <NativeSelect
                label="Outcome"
                required
                data={opts(OUTCOME_LABELS, 'Choose…')}
                {...f.bind('outcome')}
              />
            ) : (
              <TextInput label="Outcome" required {...f.bind('outcome')} />
            )
          ) : null}
          <Textarea
            label={closed ? 'Why it is being reopened' : 'Why it can be closed'}
            required
            autosize
            minRows={2}
            {...f.bind('reason')}
          />
          <Group>
            <Button type="submit" loading={change.isPending} color={closed ? undefined : 'dark'}>
              {closed ? 'Reopen' : 'Close the case'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** The DSL restricts a case and names who else may see it (an allegation is always restricted). */
export function AccessForm({ concern, members }: { concern: Concern; members: Member[] }) {
  const [restricted, setRestricted] = useState(concern.restricted);
  const [named, setNamed] = useState<string[]>(concern.namedPeople.map((n) => n.userId));
  const [alert, setAlert] = useState<string | null>(null);
  const change = useCaseChange<object>(concern.id, 'access');
  return (
    <Paper withBorder p="md">
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setAlert(null);
          try {
            await change.mutateAsync({ restricted, namedUserIds: named });
          } catch (error) {
            setAlert(describeError(error));
          }
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4">
            Who may see this case
          </Title>
          <FormAlert message={alert} />
          <Checkbox
            label="Restricted: only the DSL and the people named below"
            checked={restricted}
            disabled={concern.allegation}
            description={
              concern.allegation
                ? 'An allegation against staff or a volunteer is always restricted.'
                : undefined
            }
            onChange={(e) => setRestricted(e.currentTarget.checked)}
          />
          <Checkbox.Group label="People named" value={named} onChange={setNamed}>
            <Stack gap={6} mt="xs">
              {members.map((m) => (
                <Checkbox key={m.userId} value={m.userId} label={m.name} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Group>
            <Button type="submit" variant="outline" loading={change.isPending}>
              Save who may see it
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
