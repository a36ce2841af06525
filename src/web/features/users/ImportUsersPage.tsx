import { Anchor, Code, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { CsvImport } from '../../components/CsvImport.tsx';
import { Page } from '../../components/Page.tsx';
import { ROLES } from '../../lib/roles.ts';
import { useImportUsers } from './api.ts';

const TEMPLATE =
  'email,name,roles\nsam.taylor@example.org,Sam Taylor,staff\nalex.khan@example.org,Alex Khan,deputy_dsl;staff\n';

export function ImportUsersPage() {
  const runImport = useImportUsers();
  return (
    <Page
      title="Import users"
      intro="Invite many people at once from a spreadsheet saved as a CSV file. Each person gets an invitation email."
    >
      <Text>The first row names the columns, in this order:</Text>
      <List spacing={4}>
        <List.Item>
          <Code>email</Code>: where the invitation goes
        </List.Item>
        <List.Item>
          <Code>name</Code>: their name
        </List.Item>
        <List.Item>
          <Code>roles</Code>: one or more of{' '}
          {ROLES.map((r, i) => (
            <span key={r}>
              {i > 0 ? ', ' : ''}
              <Code>{r}</Code>
            </span>
          ))}
          , separated by <Code>;</Code>
        </List.Item>
      </List>
      <CsvImport
        what="users"
        templateCsv={TEMPLATE}
        templateFileName="haven-users-template.csv"
        runImport={runImport}
      />
      <Anchor component={Link} to="/users">
        Back to users
      </Anchor>
    </Page>
  );
}
