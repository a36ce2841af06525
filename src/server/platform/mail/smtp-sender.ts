import type { Kysely } from 'kysely';
import nodemailer from 'nodemailer';
import type { Config } from '../config.ts';
import type { Database } from '../db/tables.ts';

const MAX_ATTEMPTS = 8;

/**
 * Delivers queued mail over SMTP. It runs as the owner role because delivery is a system task
 * across organisations; it reads only the outbox.
 */
export function startSmtpSender(
  owner: Kysely<Database>,
  config: Config,
  log: { warn: (o: object, m: string) => void },
): () => void {
  const smtp = config.smtp;
  if (!smtp) return () => {};
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
  });
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const batch = await owner
        .selectFrom('mail_outbox')
        .select(['id', 'organisation_id', 'to_address', 'subject', 'body_text', 'attempts'])
        .where('sent_at', 'is', null)
        .where('attempts', '<', MAX_ATTEMPTS)
        .orderBy('created_at')
        .limit(20)
        .execute();
      for (const m of batch) {
        try {
          await transport.sendMail({
            from: config.mailFrom,
            to: m.to_address,
            subject: m.subject,
            text: m.body_text,
          });
          await owner
            .updateTable('mail_outbox')
            .set({ sent_at: new Date(), attempts: m.attempts + 1, last_error: null })
            .where('organisation_id', '=', m.organisation_id)
            .where('id', '=', m.id)
            .execute();
        } catch (error) {
          // The message text is never logged: it may hold a link that signs someone in.
          log.warn(
            { mailId: m.id, code: (error as { code?: string }).code },
            'mail delivery failed; will retry',
          );
          await owner
            .updateTable('mail_outbox')
            .set({ attempts: m.attempts + 1, last_error: String((error as Error).message).slice(0, 500) })
            .where('organisation_id', '=', m.organisation_id)
            .where('id', '=', m.id)
            .execute();
        }
      }
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick().catch(() => {}), 5000);
  return () => clearInterval(timer);
}
