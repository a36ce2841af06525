import { Anchor } from '@mantine/core';

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** A plain-text email, wrapped to fit, with its links clickable. */
export function MailBody({ body }: { body: string }) {
  const parts = body.split(URL_PATTERN);
  return (
    <pre className="mail-body">
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one body never reorder
          <Anchor key={i} href={part} inherit>
            {part}
          </Anchor>
        ) : (
          part
        ),
      )}
    </pre>
  );
}
