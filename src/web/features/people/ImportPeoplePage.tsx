import { Anchor, Code, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { CsvImport } from '../../components/CsvImport.tsx';
import { Page } from '../../components/Page.tsx';
import { useImportPeople } from './api.ts';
import { PERSON_KINDS } from './person-kinds.ts';

const TEMPLATE =
  'kind,name,email,phone,role_title,school\nteacher,Sam Taylor,sam.taylor@example.org,07700 900123,Head of Year 9,Hillside Academy\n';

export function ImportPeoplePage() {
  const runImport = useImportPeople();
  return (
    <Page title="Import people" intro="Add many people at once from a spreadsheet saved as a CSV file.">
      <Text>The first row names the columns, in this order:</Text>
      <List spacing={4}>
        <List.Item>
          <Code>kind</Code>: one of{' '}
          {PERSON_KINDS.map((k, i) => (
            <span key={k}>
              {i > 0 ? ', ' : ''}
              <Code>{k}</Code>
            </span>
          ))}
        </List.Item>
        <List.Item>
          <Code>name</Code>: required; young people follow your organisation’s naming rule
        </List.Item>
        <List.Item>
          <Code>email</Code>, <Code>phone</Code>, <Code>role_title</Code>: optional
        </List.Item>
        <List.Item>
          <Code>school</Code>: optional, for teachers and young people: the name of a school already in Haven
        </List.Item>
      </List>
      <CsvImport
        what="people"
        templateCsv={TEMPLATE}
        templateFileName="haven-people-template.csv"
        runImport={runImport}
      />
      <Anchor component={Link} to="/people">
        Back to people
      </Anchor>
    </Page>
  );
}
