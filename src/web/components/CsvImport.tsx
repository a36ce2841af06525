import { Alert, Anchor, Button, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { z } from 'zod';
import type { ImportReportResponse } from '../../server/modules/people/people.schema.ts';
import { describeError } from '../lib/api-error.ts';
import { FormAlert } from './FormAlert.tsx';
import { ResponsiveTable } from './ResponsiveTable.tsx';

export type ImportReport = z.infer<typeof ImportReportResponse>;
type Rejection = ImportReport['rejected'][number];

type CsvImportProps = {
  /** Plural noun for what the rows become: "people", "users". */
  what: string;
  /** A CSV with the header row and an example, offered as a download. */
  templateCsv: string;
  templateFileName: string;
  runImport: (csv: string, dryRun: boolean) => Promise<ImportReport>;
};

const MAX_BYTES = 2_000_000;

function RejectionTable({ rejected }: { rejected: Rejection[] }) {
  return (
    <ResponsiveTable
      caption="Rows that cannot be imported"
      rows={rejected}
      rowKey={(r) => String(r.row)}
      minWidth={360}
      empty=""
      columns={[
        { key: 'row', header: 'Row', primary: true, cell: (r) => `Row ${r.row}` },
        { key: 'problems', header: 'Problems', cell: (r) => r.errors.join(' ') },
      ]}
    />
  );
}

/** Choose a CSV, see what would happen (a dry run), then import: the same steps for people and users. */
export function CsvImport({ what, templateCsv, templateFileName, runImport }: CsvImportProps) {
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportReport | null>(null);
  const [result, setResult] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function choose(chosen: File | null) {
    setFile(chosen);
    setCsv(null);
    setPreview(null);
    setResult(null);
    setError(null);
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) {
      setError('The file is larger than 2 MB; split it into parts and import each one.');
      return;
    }
    setBusy(true);
    try {
      const text = await chosen.text();
      setCsv(text);
      setPreview(await runImport(text, true));
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  async function confirm() {
    if (csv === null) return;
    setBusy(true);
    setError(null);
    try {
      const report = await runImport(csv, false);
      setResult(report);
      setPreview(null);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  const templateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(templateCsv)}`;

  return (
    <Stack gap="md" maw="48rem">
      <Text>
        <Anchor href={templateHref} download={templateFileName}>
          Download a template CSV
        </Anchor>{' '}
        to fill in with a spreadsheet program, then save it as CSV.
      </Text>
      <FileInput
        label="CSV file"
        description="Haven checks the file first and shows you what will happen before anything is added."
        placeholder="Choose a file"
        accept=".csv,text/csv"
        value={file}
        onChange={choose}
        clearable
        clearButtonProps={{ 'aria-label': 'Remove the chosen file' }}
        disabled={busy}
        maw="30rem"
      />
      <FormAlert message={error} />
      {busy ? <Text role="status">Working…</Text> : null}

      {preview ? (
        <Stack gap="sm" aria-live="polite">
          <Title order={2} size="h3">
            Check before importing
          </Title>
          <Text>
            {preview.created === 1 ? '1 row is' : `${preview.created} rows are`} ready to add.
            {preview.rejected.length > 0
              ? ` ${preview.rejected.length === 1 ? '1 row has' : `${preview.rejected.length} rows have`} problems and will be skipped; you can fix them and import those rows later.`
              : ' No rows have problems.'}
          </Text>
          {preview.rejected.length > 0 ? <RejectionTable rejected={preview.rejected} /> : null}
          <Group>
            <Button onClick={confirm} loading={busy} disabled={preview.created === 0}>
              Import {preview.created} {what}
            </Button>
          </Group>
        </Stack>
      ) : null}

      {result ? (
        <Stack gap="sm">
          <Alert color="teal" title="Import finished" role="status">
            Added {result.created} {what}.
            {result.rejected.length > 0
              ? ` ${result.rejected.length === 1 ? '1 row was' : `${result.rejected.length} rows were`} not imported; they are listed below.`
              : ''}
          </Alert>
          {result.rejected.length > 0 ? <RejectionTable rejected={result.rejected} /> : null}
        </Stack>
      ) : null}
    </Stack>
  );
}
