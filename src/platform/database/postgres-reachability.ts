import { Client } from 'pg';
import { StartupError } from '../startup-error';

function describeUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}`;
}

/** Before Nest starts: a Postgres that does not answer is a StartupError naming what to do, not a stack trace. */
export async function assertPostgres(url: string, variable = 'DATABASE_URL'): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new StartupError(
      variable === 'DATABASE_URL'
        ? `cannot reach Postgres at ${describeUrl(url)} (${(error as Error).message}): start it (e.g. \`docker compose up -d postgres\`), or unset DATABASE_URL to use the embedded database`
        : `cannot reach the read replica at ${describeUrl(url)} (${(error as Error).message}): check ${variable}, or unset it to read from the primary`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
