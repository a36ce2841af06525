import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Grid,
  Group,
  List,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { describeError } from '../../lib/api-error.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { can, useSession } from '../../lib/session.ts';
import {
  attachmentUrl,
  type Concern,
  caseFileUrl,
  isStepUpNeeded,
  useAssignees,
  useConcern,
  useStepUp,
} from './api.ts';
import { AccessForm, CloseForm, RecordForm, TriageForm } from './EntryForms.tsx';
import {
  AGENCY_LABELS,
  ENTRY_LABELS,
  HOW_LABELS,
  INVOLVEMENT_LABELS,
  RISK_AREA_LABELS,
  RISK_LABELS,
  STATUS_LABELS,
  SUPPORT_LABELS,
  TYPE_LABELS,
} from './labels.ts';
import { NextSteps } from './NextSteps.tsx';

const VALUE_LABELS: Record<string, Record<string, string>> = {
  agency: AGENCY_LABELS,
  how: HOW_LABELS,
  for: SUPPORT_LABELS,
  riskLevel: RISK_LABELS,
  previousRiskLevel: RISK_LABELS,
};
export const FIELD_LABELS: Record<string, string> = {
  riskLevel: 'Risk level',
  previousRiskLevel: 'Previous risk level',
  decision: 'Decision',
  rationale: 'Why',
  notToRefer: 'Decision not to refer',
  agency: 'Agency',
  agencyName: 'Agency name',
  agencyReference: 'Agency’s reference',
  note: 'Note',
  informed: 'Informed',
  how: 'How',
  reasonNotInformed: 'Why not informed',
  for: 'For',
  description: 'Support',
  title: 'Task',
  dueAt: 'Due',
  nextReviewAt: 'Next review',
  notes: 'Findings',
  resolved: 'Resolved',
  text: 'Text',
  reason: 'Reason',
  outcome: 'Outcome',
  name: 'File',
  immediateDanger: 'Immediate danger reported',
  allegation: 'Allegation against staff',
  restricted: 'Restricted',
  format: 'Format',
  previousOutcome: 'Previous outcome',
};

export function show(key: string, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value);
  if (typeof value === 'string') return VALUE_LABELS[key]?.[value] ?? value;
  return null;
}

function StepUp() {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const stepUp = useStepUp();
  return (
    <Paper withBorder p="md" maw="28rem">
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setError(null);
          try {
            await stepUp.mutateAsync(code.trim());
          } catch (err) {
            setError(describeError(err));
          }
        }}
      >
        <Stack gap="sm">
          <Text>This case is restricted. Enter the code from your authenticator app again to open it.</Text>
          <FormAlert message={error} />
          <TextInput
            label="Code from your authenticator app"
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={error ? ' ' : undefined}
          />
          <Group>
            <Button type="submit" loading={stepUp.isPending}>
              Open the case
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function CaseView({ c }: { c: Concern }) {
  const session = useSession();
  const mayAct = can(session.data, 'concerns.act');
  const mayTriage = can(session.data, 'concerns.triage');
  const mayClose = can(session.data, 'concerns.close');
  const mayRestrict = can(session.data, 'concerns.restrict');
  // Never offer the person an allegation is about.
  const members = (useAssignees(mayAct).data?.items ?? []).filter((m) => m.name !== c.allegationSubjectName);
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="lg">
          <Group gap="xs">
            <Badge color={c.status === 'new' ? 'red.9' : c.status === 'open' ? 'indigo.9' : 'gray.8'}>
              {STATUS_LABELS[c.status]}
            </Badge>
            <Badge color="dark" variant="outline">
              Risk: {c.riskLevel ? RISK_LABELS[c.riskLevel] : 'not assessed'}
            </Badge>
            {c.restricted ? <Badge color="dark">Restricted</Badge> : null}
          </Group>
          {c.immediateDanger ? (
            <Alert color="red" title="The reporter said someone may be in immediate danger" role="note">
              If the danger is still present, call <Anchor href="tel:999">999</Anchor> now.
            </Alert>
          ) : null}
          {c.triageOverdue ? (
            <Alert color="orange" title="Triage overdue" role="note">
              Triage was due by {formatDateTime(c.triageDueAt)}.
            </Alert>
          ) : c.status === 'new' ? (
            <Text>Triage due by {formatDateTime(c.triageDueAt)}.</Text>
          ) : null}
          {c.reviewOverdue && c.nextReviewAt ? (
            <Alert color="orange" title="Review overdue" role="note">
              The review was due on {formatDateTime(c.nextReviewAt)}.
            </Alert>
          ) : null}
          {c.ladoReferralDue && c.ladoDueAt ? (
            <Alert color="orange" title="Refer to the LADO" role="note">
              An allegation against a member of staff or a volunteer is referred to the LADO within one
              working day: by {formatDateTime(c.ladoDueAt)}.
            </Alert>
          ) : null}

          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              The report
            </Title>
            <dl className="card-fields">
              <Field label="Reported">{`${formatDateTime(c.reportedAt)} by ${c.reporterName}`}</Field>
              <Field label="When it happened">{c.happenedAt ? formatDateTime(c.happenedAt) : null}</Field>
              <Field label="Where">
                {[c.platform, c.place].filter(Boolean).join(', ') || c.locationKind}
              </Field>
              <Field label="Types">
                {[...c.types.map((t) => TYPE_LABELS[t] ?? t), c.otherType].filter(Boolean).join(', ')}
              </Field>
              <Field label="Risk areas">{c.riskAreas.map((a) => RISK_AREA_LABELS[a] ?? a).join(', ')}</Field>
              <Field label="Allegation about">{c.allegationSubjectName}</Field>
              <Field label="Assigned to">{c.assignedToName}</Field>
              <Field label="Next review">{c.nextReviewAt ? formatDateTime(c.nextReviewAt) : null}</Field>
              <Field label="Outcome">{c.outcome}</Field>
            </dl>
            <Title order={3} size="h5" mt="md">
              Who is involved
            </Title>
            <List size="sm">
              {c.involved.map((p) => (
                <List.Item key={`${p.personId ?? p.description}-${p.involvement}`}>
                  {p.name ?? p.description} ({INVOLVEMENT_LABELS[p.involvement]})
                  {p.personId ? (
                    <>
                      {' '}
                      <Anchor component={Link} to={`/concerns/people/${p.personId}`}>
                        Concerns chronology
                        <span className="visually-hidden"> for {p.name ?? 'this person'}</span>
                      </Anchor>
                    </>
                  ) : null}
                </List.Item>
              ))}
            </List>
            <Title order={3} size="h5" mt="md">
              What happened
            </Title>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{c.whatHappened}</Text>
            {c.ownWords ? (
              <>
                <Title order={3} size="h5" mt="md">
                  The young person’s own words
                </Title>
                <Text component="blockquote" style={{ whiteSpace: 'pre-wrap' }}>
                  {c.ownWords}
                </Text>
              </>
            ) : null}
            {c.imageDescription ? (
              <>
                <Title order={3} size="h5" mt="md">
                  Description of images
                </Title>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{c.imageDescription}</Text>
              </>
            ) : null}
            {c.attachments.length ? (
              <>
                <Title order={3} size="h5" mt="md">
                  Files
                </Title>
                <List size="sm">
                  {c.attachments.map((a) => (
                    <List.Item key={a.id}>
                      <Anchor href={attachmentUrl(c.id, a.id)}>{a.name}</Anchor> (added{' '}
                      {formatDateTime(a.uploadedAt)} by {a.uploadedByName})
                    </List.Item>
                  ))}
                </List>
              </>
            ) : null}
            <Text size="sm" mt="md" c="dimmed">
              The original report is never changed. Corrections are recorded as addenda below.
            </Text>
          </Paper>

          {mayTriage && c.status !== 'closed' ? <TriageForm concern={c} members={members} /> : null}
          {mayAct ? <RecordForm key={c.status} concern={c} members={members} /> : null}
          {mayClose ? <CloseForm key={`close-${c.status}`} concern={c} /> : null}
          {mayRestrict ? <AccessForm key={`access-${c.restricted}`} concern={c} members={members} /> : null}

          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              Chronology
            </Title>
            <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Chronology">
              {c.chronology.map((e) => (
                <Box
                  component="li"
                  key={e.id}
                  pl="sm"
                  style={{ borderInlineStart: '3px solid var(--mantine-color-indigo-7)' }}
                >
                  <Text fw={700} size="sm">
                    {formatDateTime(e.occurredAt)}: {ENTRY_LABELS[e.kind] ?? e.kind}
                    {e.actorName ? `, by ${e.actorName}` : ''}
                  </Text>
                  <dl className="card-fields">
                    {Object.entries(e.data).map(([k, v]) => {
                      const value = show(k, v);
                      return value && FIELD_LABELS[k] ? (
                        <div key={k}>
                          <dt>{FIELD_LABELS[k]}</dt>
                          <dd style={{ whiteSpace: 'pre-wrap' }}>{value}</dd>
                        </div>
                      ) : null;
                    })}
                  </dl>
                </Box>
              ))}
            </Stack>
          </Paper>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <NextSteps />
      </Grid.Col>
    </Grid>
  );
}

export function ConcernPage() {
  const { concernId = '' } = useParams();
  const concern = useConcern(concernId);
  const title = concern.data ? `Case ${concern.data.reference}` : 'Case';
  return (
    <Page
      title={title}
      actions={
        concern.data ? (
          <Button component="a" href={caseFileUrl(concernId)} variant="outline">
            Export case file (PDF)
          </Button>
        ) : undefined
      }
    >
      {isStepUpNeeded(concern.error) ? (
        <StepUp />
      ) : (
        <QueryState query={concern} what="the case">
          {(c) => <CaseView c={c} />}
        </QueryState>
      )}
    </Page>
  );
}
