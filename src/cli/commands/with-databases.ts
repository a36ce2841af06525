import { loadConfig } from '../../server/platform/config.ts';
import { type Databases, openDatabases } from '../../server/platform/db/database.ts';

/** Opens Haven's databases (starting the embedded server if needed), runs `fn`, and closes them. */
export async function withDatabases<T>(fn: (dbs: Databases) => Promise<T>): Promise<T> {
  const dbs = await openDatabases(loadConfig(), (m) => process.stderr.write(`[database] ${m}\n`));
  try {
    return await fn(dbs);
  } finally {
    await dbs.close();
  }
}
