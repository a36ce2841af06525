import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Page } from '../../components/Page.tsx';
import { applyApiErrors } from '../../lib/form-errors.ts';
import { type MessageCheckResult, type MessageDraft, useCheckMessage } from './api.ts';
import { HighlightedDraft } from './HighlightedDraft.tsx';
import { CHANNEL_LABELS, RECIPIENT_LABELS, type RecipientRole, RULE_TITLES } from './labels.ts';

type Values = {
  text: string;
  channel: MessageDraft['channel'];
  to: RecipientRole;
  ccColleague: boolean;
  fromAccount: 'organisation' | 'personal';
  sendAt: string;
};

/** `datetime-local` wants local wall-clock time without a zone; the browser's zone is the user's. */
const nowForInput = () => {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
};

export function CheckMessagePage() {
  const check = useCheckMessage();
  const [alert, setAlert] = useState<string | null>(null);
  const [result, setResult] = useState<{ text: string; outcome: MessageCheckResult } | null>(null);
  const form = useForm<Values>({
    initialValues: {
      text: '',
      channel: 'email',
      to: 'young_person',
      ccColleague: false,
      fromAccount: 'organisation',
      sendAt: nowForInput(),
    },
    validate: {
      text: (v) => (v.trim() ? null : 'Paste or write the message to check.'),
      sendAt: (v) => (v && !Number.isNaN(new Date(v).getTime()) ? null : 'Enter when you plan to send it.'),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setAlert(null);
    try {
      const outcome = await check.mutateAsync({
        text: values.text,
        channel: values.channel,
        fromAccount: values.fromAccount,
        to: [{ role: values.to }],
        cc: values.ccColleague ? [{ role: 'staff' }] : [],
        sentAt: new Date(values.sendAt).toISOString(),
      });
      setResult({ text: values.text, outcome });
    } catch (error) {
      setResult(null);
      setAlert(
        applyApiErrors(form, error, ['text', 'channel', 'to', 'cc', 'fromAccount', 'sentAt'], {
          sentAt: 'sendAt',
        }),
      );
    }
  });

  const findings = result?.outcome.findings ?? [];
  return (
    <Page
      title="Check a message"
      intro="Before you send a message to a young person or a parent, check it against your organisation’s online safety policy. Haven does not keep the message."
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw="40rem">
          <FormAlert message={alert} />
          <NativeSelect
            label="How will you send it?"
            data={Object.entries(CHANNEL_LABELS).map(([value, label]) => ({ value, label }))}
            {...form.getInputProps('channel')}
          />
          <NativeSelect
            label="Who is it to?"
            data={Object.entries(RECIPIENT_LABELS).map(([value, label]) => ({ value, label }))}
            {...form.getInputProps('to')}
          />
          <Checkbox
            label="A colleague is copied in"
            {...form.getInputProps('ccColleague', { type: 'checkbox' })}
          />
          <Radio.Group label="Which account are you sending from?" {...form.getInputProps('fromAccount')}>
            <Group mt="xs" gap="lg">
              <Radio value="organisation" label="The organisation’s account" />
              <Radio value="personal" label="My personal account" />
            </Group>
          </Radio.Group>
          <TextInput
            type="datetime-local"
            label="When will you send it?"
            description="UK time. Office hours are checked against your policy."
            {...form.getInputProps('sendAt')}
          />
          <Textarea
            label="Your message"
            autosize
            minRows={5}
            maxRows={16}
            required
            {...form.getInputProps('text')}
          />
          <Group>
            <Button type="submit" loading={check.isPending}>
              Check message
            </Button>
          </Group>
        </Stack>
      </form>

      {result ? (
        <Stack gap="md" maw="48rem" aria-live="polite">
          <Title order={2}>Result</Title>
          {findings.length === 0 ? (
            <Alert color="green" variant="light" title="No problems found">
              This message follows your organisation’s communication rules
              {result.outcome.rulesSource === 'default'
                ? ' (Haven’s default rules: your organisation has not adopted a policy yet)'
                : ''}
              .
            </Alert>
          ) : (
            <>
              <Alert
                color="orange"
                variant="light"
                title={`${findings.length} thing${findings.length === 1 ? '' : 's'} to change before sending`}
              >
                Each one is marked in your message and explained below.
              </Alert>
              <HighlightedDraft text={result.text} findings={findings} />
              <List type="ordered" spacing="sm">
                {findings.map((f) => (
                  <List.Item key={`${f.rule}-${f.start ?? f.message}`}>
                    <Text fw={700} span>
                      {RULE_TITLES[f.rule] ?? f.rule}
                      {f.excerpt ? `: “${f.excerpt}”` : ''}
                    </Text>
                    <Text>{f.message}</Text>
                    <Text size="sm" c="gray.7">
                      Policy setting: {f.policyRule}
                      {f.approver ? ` · approved by: ${f.approver.replace(/_/g, ' ')}` : ''}
                    </Text>
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Stack>
      ) : null}
    </Page>
  );
}
