// Who may do what: the one table the guard enforces and docs/api.md prints. Pure data.

export const ROLES = ['integration', 'support', 'engineering', 'business', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  'events.write': { what: 'post sync events (`POST /v1/events`)', roles: ['integration', 'admin'] },
  classify: {
    what: 'dry-run the classifier (`POST /v1/classify`)',
    roles: ['integration', 'support', 'engineering', 'admin'],
  },
  'context.write': {
    what: 'record releases and business changes',
    roles: ['integration', 'engineering', 'business', 'admin'],
  },
  'issues.read': {
    what: 'read issues, queues, notifications, drills, hypercare and response reports, ownership and the escalation audit',
    roles: ['support', 'engineering', 'business', 'admin'],
  },
  'issues.act': { what: 'acknowledge, resolve, reclassify', roles: ['support', 'engineering', 'business', 'admin'] },
  'rules.read': { what: 'list classifier rules', roles: ['support', 'engineering', 'admin'] },
  'rules.write': { what: 'create, test and delete classifier rules', roles: ['support', 'engineering', 'admin'] },
  'config.read': { what: 'read seam.yaml and teams', roles: ['support', 'engineering', 'admin'] },
  // who may read the configuration may read its history; API key changes in it are shown to admins only
  'audit.read': {
    what: 'read the audit log of changes (`GET /v1/audit`; API key changes: admins only)',
    roles: ['support', 'engineering', 'admin'],
  },
  'people.write': {
    what: 'mark members away, verify channels',
    roles: ['support', 'engineering', 'business', 'admin'],
  },
  'config.write': { what: 'import seam.yaml, change teams', roles: ['admin'] },
  'drills.run': { what: 'run drills', roles: ['support', 'engineering', 'admin'] },
  'keys.manage': { what: 'create, list and revoke API keys', roles: ['admin'] },
  'console.use': {
    what: 'sign in to the console at `/console`',
    roles: ['support', 'engineering', 'business', 'admin'],
  },
  'queues.admin': { what: 'the queue dashboard (Bull Board) at `/admin/queues`', roles: ['admin'] },
} as const satisfies Record<string, { what: string; roles: readonly Role[] }>;

export type Permission = keyof typeof PERMISSIONS;

export function allows(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission].roles as readonly Role[]).includes(role);
}

/** The role table of docs/api.md, generated from the same data the guard reads. */
export function roleTableMarkdown(): string {
  const header = `| permission | what | ${ROLES.join(' | ')} |\n|---|---|${ROLES.map(() => '---').join('|')}|`;
  const rows = (Object.keys(PERMISSIONS) as Permission[]).map(
    (permission) =>
      `| \`${permission}\` | ${PERMISSIONS[permission].what} | ${ROLES.map((role) => (allows(role, permission) ? 'yes' : '—')).join(' | ')} |`,
  );
  return [header, ...rows].join('\n');
}
