import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  FileInput,
  Grid,
  Group,
  List,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Page } from '../../components/Page.tsx';
import { describeError, isApiError } from '../../lib/api-error.ts';
import { isConcernPrefill, mergePrefill } from '../../lib/concern-prefill.ts';
import {
  loadDraft,
  type Reported,
  saveDraft,
  uploadAttachment,
  useAllegationSubjects,
  usePeopleSearch,
  useReportAllegation,
  useReportConcern,
} from './api.ts';
import { INVOLVEMENT_LABELS, RISK_AREA_LABELS, TYPE_LABELS } from './labels.ts';
import { IllegalImageWarning, NextSteps } from './NextSteps.tsx';

type Involved = { personId: string | null; name: string; description: string; involvement: string };
type Values = {
  immediateDanger: '' | 'yes' | 'no';
  involved: Involved[];
  whatHappened: string;
  ownWords: string;
  imageDescription: string;
  happenedAt: string;
  locationKind: string;
  platform: string;
  place: string;
  riskAreas: string[];
  types: string[];
  otherType: string;
  aboutStaff: boolean;
  subjectUserId: string;
};
const EMPTY: Values = {
  immediateDanger: '',
  involved: [],
  whatHappened: '',
  ownWords: '',
  imageDescription: '',
  happenedAt: '',
  locationKind: 'online',
  platform: '',
  place: '',
  riskAreas: [],
  types: [],
  otherType: '',
  aboutStaff: false,
  subjectUserId: '',
};
const LOCAL_KEY = 'haven.concern-draft';

/** datetime-local is in the browser's (UK) time; the API wants an ISO instant. */
const toIso = (local: string) => (local ? new Date(local).toISOString() : null);

function toBody(v: Values) {
  const orNull = (s: string) => (s.trim() ? s.trim() : null);
  return {
    involved: v.involved.map((p) => ({
      personId: p.personId,
      description: p.personId ? null : orNull(p.description),
      involvement: p.involvement as 'subject',
    })),
    whatHappened: v.whatHappened,
    ownWords: orNull(v.ownWords),
    imageDescription: orNull(v.imageDescription),
    happenedAt: toIso(v.happenedAt),
    locationKind: v.locationKind as 'online',
    platform: v.locationKind === 'offline' ? null : orNull(v.platform),
    place: v.locationKind === 'online' ? null : orNull(v.place),
    immediateDanger: v.immediateDanger === 'yes',
    riskAreas: v.riskAreas as 'content'[],
    types: v.types as 'other'[],
    otherType: v.types.includes('other') ? orNull(v.otherType) : null,
  };
}

export function ReportConcernPage() {
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [draftNote, setDraftNote] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  const [reported, setReported] = useState<Reported | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [confirmed, setConfirmed] = useState(false);
  const [uploadNote, setUploadNote] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [unknown, setUnknown] = useState('');
  const loaded = useRef(false);
  const location = useLocation();
  const offered = (location.state as { prefill?: unknown } | null)?.prefill;
  // Read once, when the form opens: it is merged into the restored draft, not re-applied later.
  const prefill = useRef(isConcernPrefill(offered) ? offered : null);
  const report = useReportConcern();
  const allegation = useReportAllegation();
  const subjects = useAllegationSubjects(values.aboutStaff);
  const people = usePeopleSearch(search);

  // Restore: the browser's copy is kept on every keystroke, the server's a moment later.
  useEffect(() => {
    let cancelled = false;
    const local = (() => {
      try {
        return JSON.parse(localStorage.getItem(LOCAL_KEY) ?? 'null') as { values: Values; at: string } | null;
      } catch {
        return null;
      }
    })();
    loadDraft()
      .catch(() => null)
      .then((server) => {
        if (cancelled) return;
        const serverValues = server?.data as Values | null | undefined;
        const useLocal = local && (!server?.updatedAt || local.at > server.updatedAt);
        const chosen = useLocal ? local.values : serverValues;
        const restoredValues = chosen ? { ...EMPTY, ...chosen } : EMPTY;
        if (chosen) setRestored(true);
        setValues(prefill.current ? mergePrefill(restoredValues, prefill.current) : restoredValues);
        loaded.current = true;
      });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    if (!loaded.current || reported) return;
    localStorage.setItem(LOCAL_KEY, JSON.stringify({ values, at: new Date().toISOString() }));
    const timer = setTimeout(() => {
      saveDraft(values as unknown as Record<string, unknown>)
        .then(() => setDraftNote('Draft saved.'))
        .catch(() => setDraftNote('Draft kept on this device; it will be saved when Haven can be reached.'));
    }, 800);
    return () => clearTimeout(timer);
  }, [values, reported]);

  const set = <K extends keyof Values>(k: K, v: Values[K]) => setValues((cur) => ({ ...cur, [k]: v }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setAlert(null);
    setErrors({});
    const local: Record<string, string> = {};
    if (!values.immediateDanger) local.immediateDanger = 'Say whether anyone is in immediate danger.';
    if (files.length && !confirmed) local.confirm = 'Confirm the files are not sexual images of children.';
    if (Object.keys(local).length) {
      setErrors(local);
      setAlert('Check the highlighted fields.');
      return;
    }
    try {
      const result = values.aboutStaff
        ? await allegation.mutateAsync({ ...toBody(values), subjectUserId: values.subjectUserId || null })
        : await report.mutateAsync(toBody(values));
      localStorage.removeItem(LOCAL_KEY);
      for (const f of files) {
        try {
          await uploadAttachment(result.id, f);
        } catch (error) {
          setUploadNote(`${f.name}: ${describeError(error)}`);
        }
      }
      setReported(result);
      setValues(EMPTY);
    } catch (error) {
      if (isApiError(error) && error.fieldErrors.length) {
        const mapped: Record<string, string> = {};
        for (const e of error.fieldErrors) {
          const top = e.path.startsWith('involved') ? 'involved' : (e.path.split('.')[0] ?? e.path);
          mapped[top] = mapped[top] ? `${mapped[top]} ${e.message}` : e.message;
        }
        setErrors(mapped);
      }
      setAlert(describeError(error));
    }
  };

  if (reported) {
    return (
      <Page title="Concern reported">
        {reported.immediateDanger ? <CallNow /> : null}
        <Alert color="green" title={`Your reference is ${reported.reference}`} role="status">
          <Text>
            Thank you. The Designated Safeguarding Lead and deputies have been told. Keep the reference: you
            can follow the report’s status under “Your reports”.
          </Text>
        </Alert>
        {uploadNote ? <FormAlert title="A file was not added" message={uploadNote} /> : null}
        <Group>
          <Button component={Link} to="/concerns/mine">
            See your reports
          </Button>
          <Button variant="outline" onClick={() => setReported(null)}>
            Report another concern
          </Button>
        </Group>
        <NextSteps />
      </Page>
    );
  }

  const danger = values.immediateDanger === 'yes';
  return (
    <Page
      title="Report a concern"
      intro="Write down what you saw or were told, in facts. Only the safeguarding leads will read it."
    >
      {danger ? <CallNow /> : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <form onSubmit={submit} noValidate>
            <Stack gap="lg">
              <FormAlert message={alert} />
              {restored ? <Text size="sm">Your unsent report was restored.</Text> : null}
              <Text size="sm" c="dimmed" role="status">
                {draftNote}
              </Text>
              <Radio.Group
                label="Is anyone in immediate danger?"
                required
                value={values.immediateDanger}
                onChange={(v) => set('immediateDanger', v as Values['immediateDanger'])}
                error={errors.immediateDanger}
              >
                <Group mt="xs">
                  <Radio value="yes" label="Yes" />
                  <Radio value="no" label="No" />
                </Group>
              </Radio.Group>

              <Paper withBorder p="md">
                <Stack gap="sm">
                  <Title order={2} size="h4">
                    Who is involved
                  </Title>
                  {values.involved.length ? (
                    <List spacing="xs" aria-label="People involved">
                      {values.involved.map((p, i) => (
                        <List.Item key={p.personId ?? `unknown:${p.description}`}>
                          <Group gap="xs" wrap="wrap">
                            <Text size="sm" fw={600}>
                              {p.personId ? p.name : p.description}
                            </Text>
                            <NativeSelect
                              aria-label={`How ${p.personId ? p.name : p.description} is involved`}
                              size="xs"
                              value={p.involvement}
                              data={Object.entries(INVOLVEMENT_LABELS).map(([value, label]) => ({
                                value,
                                label,
                              }))}
                              onChange={(e) =>
                                set(
                                  'involved',
                                  values.involved.map((x, j) =>
                                    j === i ? { ...x, involvement: e.currentTarget.value } : x,
                                  ),
                                )
                              }
                            />
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              onClick={() =>
                                set(
                                  'involved',
                                  values.involved.filter((_, j) => j !== i),
                                )
                              }
                            >
                              Remove
                            </Button>
                          </Group>
                        </List.Item>
                      ))}
                    </List>
                  ) : (
                    <Text size="sm">Nobody added yet.</Text>
                  )}
                  <TextInput
                    label="Find someone in your people register"
                    description="Type at least two letters of their name."
                    value={search}
                    onChange={(e) => setSearch(e.currentTarget.value)}
                    autoComplete="off"
                    error={errors.involved}
                  />
                  {people.data?.items.length ? (
                    <Group gap="xs" aria-label="Matching people" role="group">
                      {people.data.items.map((p) => (
                        <Button
                          key={p.id}
                          size="xs"
                          variant="light"
                          onClick={() => {
                            if (values.involved.some((x) => x.personId === p.id)) return setSearch('');
                            set('involved', [
                              ...values.involved,
                              { personId: p.id, name: p.name, description: '', involvement: 'subject' },
                            ]);
                            setSearch('');
                          }}
                        >
                          Add {p.name}
                        </Button>
                      ))}
                    </Group>
                  ) : null}
                  <Group align="flex-end" gap="xs">
                    <TextInput
                      style={{ flex: 1, minWidth: '12rem' }}
                      label="Or describe someone not in the register"
                      description="For example an online account name, or “a man at the bus stop”."
                      value={unknown}
                      onChange={(e) => setUnknown(e.currentTarget.value)}
                      autoComplete="off"
                    />
                    <Button
                      variant="outline"
                      onClick={() => {
                        if (!unknown.trim()) return;
                        set('involved', [
                          ...values.involved,
                          {
                            personId: null,
                            name: '',
                            description: unknown.trim(),
                            involvement: 'alleged_perpetrator',
                          },
                        ]);
                        setUnknown('');
                      }}
                    >
                      Add this person
                    </Button>
                  </Group>
                </Stack>
              </Paper>

              <Paper withBorder p="md">
                <Stack gap="sm">
                  <Checkbox
                    label="This is about a member of staff or a volunteer (an allegation)"
                    description="Only the Designated Safeguarding Lead, and people they choose, will see it. The person it is about never will."
                    checked={values.aboutStaff}
                    onChange={(e) => set('aboutStaff', e.currentTarget.checked)}
                  />
                  {values.aboutStaff ? (
                    <NativeSelect
                      label="Who is it about?"
                      required
                      data={[
                        { value: '', label: subjects.isPending ? 'Loading names…' : 'Choose…' },
                        ...(subjects.data?.items ?? []).map((m) => ({ value: m.userId, label: m.name })),
                      ]}
                      value={values.subjectUserId}
                      onChange={(e) => set('subjectUserId', e.currentTarget.value)}
                      error={errors.subjectUserId}
                    />
                  ) : null}
                </Stack>
              </Paper>

              <Textarea
                label="What happened"
                description="The facts: what you saw, heard or were shown, and what you did."
                required
                autosize
                minRows={5}
                value={values.whatHappened}
                onChange={(e) => set('whatHappened', e.currentTarget.value)}
                error={errors.whatHappened}
              />
              <Textarea
                label="The young person’s own words (optional)"
                description="Write exactly what they said, even if it is rude or unclear. Do not tidy it up."
                autosize
                minRows={3}
                value={values.ownWords}
                onChange={(e) => set('ownWords', e.currentTarget.value)}
                error={errors.ownWords}
              />
              <TextInput
                type="datetime-local"
                label="When it happened (optional)"
                description="UK time. Leave blank if you do not know."
                value={values.happenedAt}
                onChange={(e) => set('happenedAt', e.currentTarget.value)}
                error={errors.happenedAt}
              />
              <Radio.Group
                label="Where it happened"
                value={values.locationKind}
                onChange={(v) => set('locationKind', v)}
                error={errors.locationKind}
              >
                <Group mt="xs">
                  <Radio value="online" label="Online" />
                  <Radio value="offline" label="In person" />
                  <Radio value="both" label="Both" />
                  <Radio value="unknown" label="Not known" />
                </Group>
              </Radio.Group>
              {values.locationKind !== 'offline' ? (
                <TextInput
                  label="Platform, app or channel"
                  description="For example Instagram direct messages, a Roblox game chat, or the club WhatsApp group."
                  value={values.platform}
                  onChange={(e) => set('platform', e.currentTarget.value)}
                  error={errors.platform}
                />
              ) : null}
              {values.locationKind !== 'online' ? (
                <TextInput
                  label="Place (optional)"
                  value={values.place}
                  onChange={(e) => set('place', e.currentTarget.value)}
                  error={errors.place}
                />
              ) : null}
              <Checkbox.Group
                label="Type of concern"
                description="Choose all that apply."
                required
                value={values.types}
                onChange={(v) => set('types', v)}
                error={errors.types}
              >
                <Stack gap={6} mt="xs">
                  {Object.entries(TYPE_LABELS).map(([value, label]) => (
                    <Checkbox key={value} value={value} label={label} />
                  ))}
                </Stack>
              </Checkbox.Group>
              {values.types.includes('other') ? (
                <TextInput
                  label="What kind of concern"
                  value={values.otherType}
                  onChange={(e) => set('otherType', e.currentTarget.value)}
                  error={errors.otherType}
                />
              ) : null}
              <Checkbox.Group
                label="Risk areas (optional)"
                value={values.riskAreas}
                onChange={(v) => set('riskAreas', v)}
              >
                <Stack gap={6} mt="xs">
                  {Object.entries(RISK_AREA_LABELS).map(([value, label]) => (
                    <Checkbox key={value} value={value} label={label} />
                  ))}
                </Stack>
              </Checkbox.Group>

              <IllegalImageWarning />
              <Textarea
                label="Describe any images or videos instead of copying them (optional)"
                autosize
                minRows={2}
                value={values.imageDescription}
                onChange={(e) => set('imageDescription', e.currentTarget.value)}
                error={errors.imageDescription}
              />
              <FileInput
                label="Screenshots or documents (optional)"
                description="PNG, JPEG, GIF or WebP screenshots, PDF files and Word documents (.docx), up to 10 MB each. Never an image of a child."
                multiple
                clearable
                value={files}
                onChange={setFiles}
              />
              {files.length ? (
                <Checkbox
                  label="I confirm these files are not sexual images of children."
                  checked={confirmed}
                  onChange={(e) => setConfirmed(e.currentTarget.checked)}
                  error={errors.confirm}
                />
              ) : null}
              <Group>
                <Button type="submit" loading={report.isPending || allegation.isPending} size="md">
                  Send report
                </Button>
              </Group>
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack>
            <NextSteps />
            <Anchor component={Link} to="/concerns/mine">
              Your reports and their status
            </Anchor>
          </Stack>
        </Grid.Col>
      </Grid>
    </Page>
  );
}

function CallNow() {
  return (
    <Alert color="red" variant="filled" title="Call 999 now" role="alert">
      <Text>
        If anyone is in immediate danger, call{' '}
        <Anchor href="tel:999" c="white" fw={700} underline="always">
          999
        </Anchor>{' '}
        before anything else. Then tell your Designated Safeguarding Lead and finish this report.
      </Text>
    </Alert>
  );
}
