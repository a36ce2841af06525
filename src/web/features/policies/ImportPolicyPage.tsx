import { Button, Card, Fieldset, FileInput, List, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Page } from '../../components/Page.tsx';
import { describeError, isApiError } from '../../lib/api-error.ts';
import { type ImportProposal, type PolicyPack, useCreateDraft, useProposeImport } from './api.ts';
import { RuleInput, ruleFieldFor } from './RuleInput.tsx';
import { describeRule } from './rule-descriptions.ts';
import { setPath } from './rule-fields.ts';

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const fieldError = (error: unknown, path: string) =>
  isApiError(error) ? error.fieldErrors.find((e) => e.path === path)?.message : undefined;

const show = (value: unknown) =>
  value === null
    ? 'Not stated'
    : typeof value === 'boolean'
      ? value
        ? 'Yes'
        : 'No'
      : Array.isArray(value)
        ? value.join(', ')
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);

type ContactKey = 'onlineSafetyCoordinator' | 'dsl';
const CONTACT_LABELS: Record<ContactKey, string> = {
  onlineSafetyCoordinator: 'Online safety coordinator',
  dsl: 'Designated Safeguarding Lead',
};

function Review({ proposal, onCancel }: { proposal: ImportProposal; onCancel: () => void }) {
  const navigate = useNavigate();
  const save = useCreateDraft();
  const [pack, setPack] = useState<PolicyPack>(proposal.pack);
  const [summary, setSummary] = useState('Imported from our existing policy');
  const rules = proposal.recognised.filter((r) => r.path.startsWith('rules.'));
  const err = (path: string) => fieldError(save.error, path);
  const setContact = (key: ContactKey, field: 'name' | 'email' | 'phone', value: string) =>
    setPack((p) => ({
      ...p,
      contacts: { ...p.contacts, [key]: { ...p.contacts[key], [field]: value.trim() ? value : null } },
    }));

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          { pack, summaryOfChanges: summary, source: 'import' },
          { onSuccess: () => navigate('/policy/versions') },
        );
      }}
    >
      <Stack gap="lg">
        <Text>
          Haven recognised {proposal.recognised.length} sentences and values. Check each one against the
          sentence it came from, correct anything that is wrong, then save it as a draft. Nothing is saved
          until you do.
        </Text>
        <FormAlert message={save.error ? describeError(save.error) : null} />
        <Card withBorder>
          <Stack gap="sm">
            <Title order={2} size="h3">
              Organisation and title
            </Title>
            <TextInput
              label="Organisation name"
              value={pack.organisation.name}
              error={err('pack.organisation.name')}
              onChange={(e) => {
                const name = e.currentTarget.value;
                setPack((p) => ({ ...p, organisation: { ...p.organisation, name } }));
              }}
            />
            <TextInput
              label="Policy title"
              value={pack.title}
              error={err('pack.title')}
              onChange={(e) => {
                const title = e.currentTarget.value;
                setPack((p) => ({ ...p, title }));
              }}
            />
            {pack.organisation.activities.length > 0 ? (
              <Text>Activities: {pack.organisation.activities.join(', ')}</Text>
            ) : null}
          </Stack>
        </Card>
        <Card withBorder>
          <Stack gap="sm">
            <Title order={2} size="h3">
              Contacts
            </Title>
            {(Object.keys(CONTACT_LABELS) as ContactKey[]).map((key) => (
              <Fieldset key={key} legend={CONTACT_LABELS[key]}>
                <Stack gap="xs">
                  {(['name', 'email', 'phone'] as const).map((field) => (
                    <TextInput
                      key={field}
                      label={`${CONTACT_LABELS[key]}: ${field}`}
                      value={pack.contacts[key][field] ?? ''}
                      error={err(`pack.contacts.${key}.${field}`)}
                      onChange={(e) => setContact(key, field, e.currentTarget.value)}
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
              Rules found in the policy
            </Title>
            {rules.length === 0 ? (
              <Text>No rules were found; the NSPCC template’s defaults apply.</Text>
            ) : null}
            <Table.ScrollContainer
              minWidth={560}
              type="native"
              tabIndex={0}
              role="region"
              aria-label="Rules found in the policy"
            >
              <Table withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Rule</Table.Th>
                    <Table.Th scope="col">Value</Table.Th>
                    <Table.Th scope="col">From the sentence</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rules.map((r) => {
                    const field = ruleFieldFor(r.path);
                    return (
                      <Table.Tr key={`${r.path}:${r.source}`}>
                        <Table.Td>{describeRule(r.path)}</Table.Td>
                        <Table.Td>
                          {field ? (
                            <RuleInput
                              field={field}
                              pack={pack}
                              error={err(`pack.${r.path}`)}
                              onChange={(v) => setPack((p) => setPath(p, r.path, v))}
                            />
                          ) : (
                            show(r.value)
                          )}
                        </Table.Td>
                        <Table.Td>
                          <q>{r.source}</q>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        </Card>
        <Card withBorder>
          <Stack gap="sm">
            <Title order={2} size="h3">
              Sentences Haven could not place ({proposal.unmapped.length})
            </Title>
            {proposal.unmapped.length === 0 ? (
              <Text>Every sentence was placed in a section or a rule.</Text>
            ) : (
              <>
                <Text>These are kept in the document’s extra sections. Check whether any states a rule.</Text>
                <List spacing={4}>
                  {proposal.unmapped.map((s) => (
                    <List.Item key={s}>{s}</List.Item>
                  ))}
                </List>
              </>
            )}
          </Stack>
        </Card>
        <TextInput
          label="Summary of changes, for the revision history"
          value={summary}
          error={err('summaryOfChanges')}
          onChange={(e) => setSummary(e.currentTarget.value)}
        />
        <Stack gap="xs" style={{ alignSelf: 'flex-start' }}>
          <Button type="submit" loading={save.isPending}>
            Save as draft
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            Choose a different file
          </Button>
        </Stack>
      </Stack>
    </form>
  );
}

export function ImportPolicyPage() {
  const propose = useProposeImport();
  const [file, setFile] = useState<File | null>(null);
  const [proposal, setProposal] = useState<ImportProposal | null>(null);
  const fileError = fieldError(propose.error, 'file') ?? fieldError(propose.error, 'body.contentBase64');

  return (
    <Page
      title="Import a policy"
      intro="Upload your online safety policy as Word (.docx), text (.txt) or Markdown (.md). Haven reads it, proposes a policy pack and shows you each sentence it used."
    >
      {proposal ? (
        <Review proposal={proposal} onCancel={() => setProposal(null)} />
      ) : (
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (!file) return;
            const contentBase64 = await toBase64(file);
            propose.mutate({ fileName: file.name, contentBase64 }, { onSuccess: (p) => setProposal(p) });
          }}
        >
          <Stack gap="md" maw="36rem">
            <FormAlert message={propose.error && !fileError ? describeError(propose.error) : null} />
            <FileInput
              label="Policy file"
              description="A .docx, .txt or .md file under 700 KB"
              accept=".docx,.txt,.md,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              value={file}
              onChange={setFile}
              error={fileError}
            />
            <Button
              type="submit"
              disabled={!file}
              loading={propose.isPending}
              style={{ alignSelf: 'flex-start' }}
            >
              Read the policy
            </Button>
          </Stack>
        </form>
      )}
    </Page>
  );
}
