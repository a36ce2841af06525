import { List, Stack, Table, Text, Title } from '@mantine/core';
import { formatDate } from '../../lib/dates.ts';
import type { PolicyVersion } from './api.ts';

type Section = { title: string; paragraphs: string[]; points: string[] };

function SectionView({ section }: { section: Section }) {
  if (section.paragraphs.length === 0 && section.points.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {section.title}
      </Title>
      {section.paragraphs.map((p) => (
        <Text key={p}>{p}</Text>
      ))}
      {section.points.length > 0 ? (
        <List spacing={4}>
          {section.points.map((p) => (
            <List.Item key={p}>{p}</List.Item>
          ))}
        </List>
      ) : null}
    </Stack>
  );
}

const UK_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const ukDate = (iso: string) => {
  const m = UK_DATE.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
};

/** The policy as a page: every section, contacts, helplines, related policies, revision history, signature. */
export function PolicyDocument({ version }: { version: PolicyVersion }) {
  const { pack } = version;
  const s = pack.sections;
  const contacts = [
    ['Online safety coordinator', pack.contacts.onlineSafetyCoordinator],
    ['Designated Safeguarding Lead', pack.contacts.dsl],
    ['Deputy Designated Safeguarding Lead', pack.contacts.deputyDsl],
    ['Online presence lead', pack.contacts.onlinePresenceLead],
  ] as const;
  return (
    <Stack gap="lg" component="article" aria-label={pack.title} style={{ overflowWrap: 'anywhere' }}>
      <Text size="lg" fw={600}>
        {pack.organisation.name}
      </Text>
      {[
        s.purpose,
        s.scope,
        s.legalFramework,
        s.beliefs,
        s.recognitions,
        s.commitments,
        s.responseToAbuse,
        ...s.additional,
      ].map((section) => (
        <SectionView key={section.title} section={section} />
      ))}
      {s.relatedPolicies.length > 0 ? (
        <Stack gap="xs">
          <Title order={2} size="h3">
            Related policies and procedures
          </Title>
          <List spacing={4}>
            {s.relatedPolicies.map((r) => (
              <List.Item key={r}>{r}</List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
      <Stack gap="xs">
        <Title order={2} size="h3">
          Contact details
        </Title>
        <List spacing={4}>
          {contacts
            .filter(([, c]) => c && (c.name || c.email || c.phone))
            .map(([label, c]) => (
              <List.Item key={label}>
                <strong>{c?.title ?? label}:</strong>{' '}
                {[c?.name, c?.email, c?.phone].filter(Boolean).join(' · ')}
              </List.Item>
            ))}
        </List>
      </Stack>
      <Stack gap="xs">
        <Title order={2} size="h3">
          Helplines and reporting
        </Title>
        <List spacing={4}>
          {s.helplines.map((h) => (
            <List.Item key={h.name}>
              <strong>{h.name}</strong>
              {h.phone ? `: ${h.phone}` : ''}
              {h.url ? ` · ${h.url}` : ''}
              {h.email ? ` · ${h.email}` : ''}
            </List.Item>
          ))}
        </List>
      </Stack>
      <Stack gap="xs">
        <Title order={2} size="h3">
          Revision history
        </Title>
        <Table.ScrollContainer
          minWidth={480}
          type="native"
          tabIndex={0}
          role="region"
          aria-label="Revision history table"
        >
          <Table withTableBorder withColumnBorders>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Review date</Table.Th>
                <Table.Th scope="col">By whom</Table.Th>
                <Table.Th scope="col">Summary of changes made</Table.Th>
                <Table.Th scope="col">Date implemented</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {version.revisionHistory.map((r) => (
                <Table.Tr key={`${r.reviewDate}:${r.summary}`}>
                  <Table.Td>{ukDate(r.reviewDate)}</Table.Td>
                  <Table.Td>{r.byWhom}</Table.Td>
                  <Table.Td>{r.summary}</Table.Td>
                  <Table.Td>{r.dateImplemented ? ukDate(r.dateImplemented) : ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {version.nextReviewDue ? <Text>Next review due: {formatDate(version.nextReviewDue)}</Text> : null}
      </Stack>
      <Stack gap="xs">
        <Title order={2} size="h3">
          Signed
        </Title>
        <Text>
          {[s.signature.signedBy, s.signature.role, s.signature.date].filter(Boolean).join(' · ') ||
            'Not yet signed.'}
        </Text>
      </Stack>
    </Stack>
  );
}
