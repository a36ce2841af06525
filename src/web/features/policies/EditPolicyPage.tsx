import { Button, Card, Checkbox, Fieldset, Group, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { describeError, isApiError } from '../../lib/api-error.ts';
import { type PolicyPack, type PolicyVersion, useCreateDraft, useVersion } from './api.ts';
import { LinesInput, RuleInput } from './RuleInput.tsx';
import { RULE_GROUPS, setPath } from './rule-fields.ts';

const SECTION_KEYS = [
  'purpose',
  'scope',
  'legalFramework',
  'beliefs',
  'recognitions',
  'commitments',
  'responseToAbuse',
] as const;

const CONTACTS = [
  ['onlineSafetyCoordinator', 'Online safety coordinator'],
  ['dsl', 'Designated Safeguarding Lead'],
] as const;

const WEEKDAYS = [
  ['mon', 'Monday'],
  ['tue', 'Tuesday'],
  ['wed', 'Wednesday'],
  ['thu', 'Thursday'],
  ['fri', 'Friday'],
  ['sat', 'Saturday'],
  ['sun', 'Sunday'],
] as const;

const CHANNELS = [
  ['phone', 'Phone'],
  ['sms', 'Text message'],
  ['email', 'Email'],
  ['zoom', 'Zoom'],
  ['teams', 'Microsoft Teams'],
  ['whatsapp', 'WhatsApp'],
  ['google_meet', 'Google Meet'],
  ['facebook', 'Facebook'],
  ['instagram', 'Instagram'],
  ['snapchat', 'Snapchat'],
  ['tiktok', 'TikTok'],
  ['discord', 'Discord'],
  ['other', 'Other official channels'],
] as const;

function Editor({ version }: { version: PolicyVersion }) {
  const navigate = useNavigate();
  const save = useCreateDraft();
  const [pack, setPack] = useState<PolicyPack>(version.pack);
  const [summary, setSummary] = useState('');
  const err = (path: string) =>
    isApiError(save.error) ? save.error.fieldErrors.find((e) => e.path === path)?.message : undefined;
  // A list's errors come back per item (pack.rules.training.topics.2): show the first on the list's field.
  const errUnder = (path: string) =>
    isApiError(save.error)
      ? save.error.fieldErrors.find((e) => e.path === path || e.path.startsWith(`${path}.`))?.message
      : undefined;
  const set = (path: string, value: unknown) => setPack((p) => setPath(p, path, value));

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          { pack, summaryOfChanges: summary, source: 'editor' },
          { onSuccess: () => navigate('/policy/versions') },
        );
      }}
    >
      <Stack gap="lg">
        <FormAlert message={save.error ? describeError(save.error) : null} />
        <Card withBorder>
          <Stack gap="sm">
            <Title order={2} size="h3">
              Organisation
            </Title>
            <TextInput
              label="Organisation name"
              value={pack.organisation.name}
              error={err('pack.organisation.name')}
              onChange={(e) => set('organisation.name', e.currentTarget.value)}
            />
            <TextInput
              label="Policy title"
              value={pack.title}
              error={err('pack.title')}
              onChange={(e) => set('title', e.currentTarget.value)}
            />
            <LinesInput
              label="Activities (one per line)"
              items={pack.organisation.activities}
              onChange={(items) => set('organisation.activities', items)}
            />
          </Stack>
        </Card>
        <Card withBorder>
          <Stack gap="sm">
            <Title order={2} size="h3">
              Contacts
            </Title>
            {CONTACTS.map(([key, label]) => (
              <Fieldset key={key} legend={label}>
                <Stack gap="xs">
                  {(['name', 'email', 'phone'] as const).map((field) => (
                    <TextInput
                      key={field}
                      label={`${label}: ${field}`}
                      value={pack.contacts[key][field] ?? ''}
                      error={err(`pack.contacts.${key}.${field}`)}
                      onChange={(e) =>
                        set(
                          `contacts.${key}.${field}`,
                          e.currentTarget.value.trim() ? e.currentTarget.value : null,
                        )
                      }
                    />
                  ))}
                </Stack>
              </Fieldset>
            ))}
          </Stack>
        </Card>
        <Card withBorder>
          <Stack gap="sm">
            <Title order={2} size="h3">
              Sections
            </Title>
            {SECTION_KEYS.map((key) => (
              <LinesInput
                key={key}
                label={`${pack.sections[key].title}: points (one per line)`}
                items={pack.sections[key].points}
                error={err(`pack.sections.${key}.points`)}
                onChange={(items) => set(`sections.${key}.points`, items)}
              />
            ))}
            <LinesInput
              label="Related policies (one per line)"
              items={pack.sections.relatedPolicies}
              onChange={(items) => set('sections.relatedPolicies', items)}
            />
          </Stack>
        </Card>
        <Card withBorder>
          <Stack gap="sm">
            <Title order={2} size="h3">
              Channels and hours
            </Title>
            <Checkbox.Group
              label="Channels staff may use to contact young people"
              description="Any other channel needs approval from the person chosen below."
              value={pack.rules.communication.approvedChannels}
              error={err('pack.rules.communication.approvedChannels')}
              onChange={(v) => set('rules.communication.approvedChannels', v)}
            >
              <Group gap="md" mt="xs">
                {CHANNELS.map(([value, label]) => (
                  <Checkbox key={value} value={value} label={label} />
                ))}
              </Group>
            </Checkbox.Group>
            <Checkbox
              label="Contact young people only within set hours (UK time)"
              checked={pack.rules.communication.officeHours !== null}
              onChange={(e) =>
                set(
                  'rules.communication.officeHours',
                  e.currentTarget.checked
                    ? { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }
                    : null,
                )
              }
            />
            {pack.rules.communication.officeHours ? (
              <Checkbox.Group
                label="Days staff may contact young people"
                description="Staff contact young people only on these days, between the times below."
                value={pack.rules.communication.officeHours.days}
                error={
                  errUnder('pack.rules.communication.officeHours.days') ??
                  (pack.rules.communication.officeHours.days.length === 0
                    ? 'Choose at least one day.'
                    : undefined)
                }
                onChange={(v) => set('rules.communication.officeHours.days', v)}
              >
                <Group gap="md" mt="xs">
                  {WEEKDAYS.map(([value, label]) => (
                    <Checkbox key={value} value={value} label={label} />
                  ))}
                </Group>
              </Checkbox.Group>
            ) : null}
            {pack.rules.communication.officeHours ? (
              <Group gap="md" align="flex-start">
                <TextInput
                  label="From (HH:MM)"
                  value={pack.rules.communication.officeHours.start}
                  error={err('pack.rules.communication.officeHours.start')}
                  onChange={(e) => set('rules.communication.officeHours.start', e.currentTarget.value)}
                />
                <TextInput
                  label="Until (HH:MM)"
                  value={pack.rules.communication.officeHours.end}
                  error={err('pack.rules.communication.officeHours.end')}
                  onChange={(e) => set('rules.communication.officeHours.end', e.currentTarget.value)}
                />
              </Group>
            ) : null}
          </Stack>
        </Card>
        {RULE_GROUPS.map((group) => (
          <Card withBorder key={group.title}>
            <Stack gap="sm">
              <Title order={2} size="h3">
                {group.title}
              </Title>
              {group.fields.map((field) => (
                <RuleInput
                  key={field.path}
                  field={field}
                  pack={pack}
                  error={errUnder(`pack.${field.path}`)}
                  onChange={(v) => set(field.path, v)}
                />
              ))}
            </Stack>
          </Card>
        ))}
        <TextInput
          label="Summary of changes, for the revision history"
          required
          value={summary}
          error={err('summaryOfChanges')}
          onChange={(e) => setSummary(e.currentTarget.value)}
        />
        <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
          Save as a new draft
        </Button>
      </Stack>
    </form>
  );
}

export function EditPolicyPage() {
  const { versionId = '' } = useParams();
  const query = useVersion(versionId);
  return (
    <Page
      title="Edit the policy"
      intro="Each rule is what Haven enforces elsewhere. Saving makes a new draft; the DSL or an administrator adopts it."
    >
      <QueryState query={query} what="the policy version">
        {(version) => <Editor version={version} />}
      </QueryState>
    </Page>
  );
}
