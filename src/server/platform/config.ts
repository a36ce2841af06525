import { resolve } from 'node:path';
import { z } from 'zod';

/** Everything Haven reads from its environment, validated once at start-up. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  HAVEN_DATA_DIR: z.string().default('./data'),
  HAVEN_ATTACHMENTS_DIR: z.string().optional(),
  DATABASE_URL: z.string().url().optional(),
  HAVEN_APP_DB_PASSWORD: z.string().min(16).optional(),
  HAVEN_PUBLIC_URL: z.string().url().optional(),
  HAVEN_DEMO: z.enum(['0', '1']).default('1'),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().default(587),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_SECURE: z.enum(['0', '1']).default('0'),
  MAIL_FROM: z.string().default('Haven <haven@localhost>'),
  HAVEN_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  /** Where case attachments are kept: outside the web root, under server-generated names. */
  attachmentsDir: string;
  databaseUrl: string | undefined;
  appDbPassword: string | undefined;
  publicUrl: string;
  demo: boolean;
  smtp: { host: string; port: number; user?: string; password?: string; secure: boolean } | undefined;
  mailFrom: string;
  logLevel: string;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Haven's configuration is invalid:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.HAVEN_DATA_DIR),
    attachmentsDir: resolve(e.HAVEN_ATTACHMENTS_DIR ?? `${e.HAVEN_DATA_DIR}/attachments`),
    databaseUrl: e.DATABASE_URL,
    appDbPassword: e.HAVEN_APP_DB_PASSWORD,
    // Links in emails must reach the same origin the browser uses, or the session cookie is lost.
    publicUrl: (
      e.HAVEN_PUBLIC_URL ?? `http://${['0.0.0.0', '::'].includes(e.HOST) ? 'localhost' : e.HOST}:${e.PORT}`
    ).replace(/\/$/, ''),
    demo: e.HAVEN_DEMO === '1',
    smtp: e.SMTP_HOST
      ? {
          host: e.SMTP_HOST,
          port: e.SMTP_PORT,
          secure: e.SMTP_SECURE === '1',
          ...(e.SMTP_USER ? { user: e.SMTP_USER } : {}),
          ...(e.SMTP_PASSWORD ? { password: e.SMTP_PASSWORD } : {}),
        }
      : undefined,
    mailFrom: e.MAIL_FROM,
    logLevel: e.HAVEN_LOG_LEVEL,
  };
}
