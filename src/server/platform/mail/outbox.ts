import type { Tx } from '../db/tenancy.ts';

export type OutgoingMail = {
  organisationId: string;
  to: string;
  subject: string;
  text: string;
  kind: string;
};

/**
 * Mail is written to the outbox in the same transaction as the action that caused it, so an
 * invitation never exists without its email, and a crash loses neither. A sender delivers it
 * over SMTP when one is configured; otherwise administrators read it in the app.
 */
export async function queueMail(tx: Tx, mail: OutgoingMail): Promise<void> {
  await tx
    .insertInto('mail_outbox')
    .values({
      organisation_id: mail.organisationId,
      to_address: mail.to,
      subject: mail.subject,
      body_text: mail.text,
      kind: mail.kind,
    })
    .execute();
}
