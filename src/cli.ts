// Operator commands against the database in DATABASE_URL (the embedded database is held by the running
// service, so with it use the admin API instead):
//   npm run seam -- keys create --role support --name "Sydney desk"
//   npm run seam -- keys list
//   npm run seam -- keys revoke <id>
import { Client } from 'pg';
import { newApiKey } from './access/domain/api-key';
import { ROLES, type Role } from './access/domain/permissions';
import { runMigrations } from './platform/database/data-source-options';

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

async function main(args: string[]): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is required (with the embedded database, use POST /v1/keys with the admin key)');
    return 2;
  }
  const [group, command, ...rest] = args;
  if (group !== 'keys' || !['create', 'list', 'revoke'].includes(command ?? '')) {
    console.error('usage: seam keys create --role <role> --name <name> | keys list | keys revoke <id>');
    return 2;
  }
  await runMigrations(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    if (command === 'create') {
      const role = option(rest, 'role') as Role | undefined;
      const name = option(rest, 'name');
      if (!role || !ROLES.includes(role)) {
        console.error(`--role must be one of ${ROLES.join(', ')}`);
        return 2;
      }
      if (!name) {
        console.error('--name is required');
        return 2;
      }
      const { key, hash } = newApiKey();
      // the key and its audit record in one statement: a key made from the command line is in the audit log too
      const { rows } = await client.query(
        `WITH k AS (INSERT INTO api_key (name, role, hash, created_by) VALUES ($1, $2, $3, 'cli') RETURNING id, name, role)
         INSERT INTO audit_log (actor, action, detail)
         SELECT 'cli', 'api_key_created', jsonb_build_object('before', NULL, 'after', jsonb_build_object('id', id, 'name', name, 'role', role)) FROM k
         RETURNING detail->'after'->>'id' AS id`,
        [name, role, hash],
      );
      console.log(`created ${role} key "${name}" (${rows[0].id}); it is shown only now:\n${key}`);
    } else if (command === 'list') {
      const { rows } = await client.query(`SELECT id, name, role, created_at, revoked_at, last_used_at FROM api_key ORDER BY created_at`);
      for (const row of rows) console.log([row.id, row.role.padEnd(11), row.name, row.revoked_at ? `revoked ${row.revoked_at.toISOString()}` : 'active'].join('  '));
    } else {
      const { rowCount } = await client.query(
        `WITH k AS (UPDATE api_key SET revoked_at = now() WHERE id::text = $1 AND revoked_at IS NULL RETURNING id, name, role)
         INSERT INTO audit_log (actor, action, detail)
         SELECT 'cli', 'api_key_revoked', jsonb_build_object('name', name, 'role', role, 'before', jsonb_build_object('id', id, 'revoked', false), 'after', jsonb_build_object('id', id, 'revoked', true)) FROM k`,
        [rest[0] ?? ''],
      );
      if (!rowCount) {
        console.error(`no active key ${rest[0]}`);
        return 1;
      }
      console.log(`revoked ${rest[0]} (other processes stop accepting it within 30 s)`);
    }
    return 0;
  } finally {
    await client.end();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
