import { Client } from 'pg';

/** The roles each process's connections to the database use, by the application name they carry. */
export async function rolesByApplication(databaseUrl: string): Promise<Record<string, string[]>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ application: string; roles: string[] }>(
      `SELECT application_name AS application, array_agg(DISTINCT usename::text ORDER BY usename::text) AS roles
         FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() GROUP BY 1`,
    );
    return Object.fromEntries(rows.map((row) => [row.application, row.roles]));
  } finally {
    await client.end();
  }
}
