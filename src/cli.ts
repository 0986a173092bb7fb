// Operator commands against the database in DATABASE_URL (the embedded database is held by the running
// service, so with it use the admin API instead):
//   npm run seam -- keys create --role support --name "Sydney desk"
//   npm run seam -- keys list
//   npm run seam -- keys revoke <id>
import { Client } from 'pg';
import { apiKeyCliStatements } from './access/api-key.repository';
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
      const id = await apiKeyCliStatements.create(client, name, role, hash);
      console.log(`created ${role} key "${name}" (${id}); it is shown only now:\n${key}`);
    } else if (command === 'list') {
      for (const row of await apiKeyCliStatements.list(client))
        console.log(
          [
            row.id,
            row.role.padEnd(11),
            row.name,
            row.revoked_at ? `revoked ${row.revoked_at.toISOString()}` : 'active',
          ].join('  '),
        );
    } else {
      if (!(await apiKeyCliStatements.revoke(client, rest[0] ?? ''))) {
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
