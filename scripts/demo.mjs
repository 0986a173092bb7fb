#!/usr/bin/env node
// Applies seam.example.yaml, posts the shipped sample events to a running Seam and prints the issues they became.
// Usage: npm run demo
//   SEAM_URL     the service (default http://127.0.0.1:3000)
//   SEAM_API_KEY an admin key (default: the one the service generated at its first start, .data/admin-key)
//   SEAM_CONFIG  the seam.yaml to apply first (default seam.example.yaml; SEAM_CONFIG=none keeps the current one)
import { createHmac } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import YAML from 'yaml';

const base = (process.env.SEAM_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
const keyFile = '.data/admin-key';
const key = process.env.SEAM_API_KEY ?? (existsSync(keyFile) ? readFileSync(keyFile, 'utf8').trim() : undefined);
const configFile = process.env.SEAM_CONFIG ?? new URL('../seam.example.yaml', import.meta.url).pathname;
const sample = JSON.parse(readFileSync(new URL('../samples/demo.json', import.meta.url), 'utf8'));
const run = Date.now().toString(36);
const minutesAgo = (m) => new Date(Date.now() - m * 60_000).toISOString();

/** One line on stderr and exit 1: the demo is someone's first minutes, not a stack trace. */
function fail(message) {
  console.error(`seam demo: ${message}`);
  process.exit(1);
}

async function call(method, path, { body, contentType = 'application/json', headers = {} } = {}) {
  let res;
  try {
    res = await fetch(base + path, {
      method,
      headers: {
        ...(key ? { authorization: `Bearer ${key}` } : {}),
        ...(body === undefined ? {} : { 'content-type': contentType }),
        ...headers,
      },
      body,
    });
  } catch (error) {
    const reason = error?.cause?.code ?? error?.cause?.message ?? error?.message;
    fail(`nothing answers at ${base} (${reason}): start Seam with \`npm start\`, or set SEAM_URL to where it runs`);
  }
  if (res.status === 401 && !key)
    fail(
      `${method} ${path} → 401: no API key; set SEAM_API_KEY, or run the demo from the directory whose ${keyFile} the service wrote`,
    );
  if (res.status === 401 || res.status === 403)
    fail(
      `${method} ${path} → ${res.status} ${await res.text()}: set SEAM_API_KEY to an admin key of the Seam at ${base}`,
    );
  if (!res.ok) fail(`${method} ${path} → ${res.status} ${await res.text()}`);
  return res.json();
}

// 1. the example configuration: three teams in three time zones, their policies, a known issue, hypercare
let signingSecrets = [];
if (configFile !== 'none') {
  const text = readFileSync(configFile, 'utf8');
  const applied = await call('PUT', '/v1/config', { body: text, contentType: 'application/yaml' });
  console.log(
    `applied ${configFile}: ${applied.teams} teams, ${applied.routes} routes, ${applied.policies} policies, ` +
      `${applied.knownIssues} known issues, ${applied.hypercare} hypercare windows; ${applied.findings.length} escalation findings (GET /v1/escalation-audit)`,
  );
  // integrations with signing secrets accept only signed webhooks: sign as they would (docs/api.md)
  signingSecrets = [
    ...new Set(
      (YAML.parse(text)?.integrations ?? []).flatMap((integration) => integration.signingSecrets?.slice(0, 1) ?? []),
    ),
  ];
}
const signed = (body) => {
  if (signingSecrets.length === 0) return {};
  const t = Math.floor(Date.now() / 1000);
  const macs = signingSecrets.map(
    (secret) => `v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`,
  );
  return { 'x-seam-signature': [`t=${t}`, ...macs].join(',') };
};
const post = (path, value) => {
  const body = JSON.stringify(value);
  return call('POST', path, { body, headers: signed(body) });
};

// 2. context the classifier reads, then the failures and successes themselves
for (const release of sample.releases)
  await post('/v1/releases', { ...release, deployedAt: minutesAgo(release.minutesAgo), minutesAgo: undefined });
for (const change of sample.changes)
  await post('/v1/changes', { ...change, changedAt: minutesAgo(change.minutesAgo), minutesAgo: undefined });
const events = sample.events.map(({ minutesAgo: ago, ...event }, i) => ({
  ...event,
  eventId: `demo-${run}-${i}`,
  occurredAt: minutesAgo(ago),
}));
const result = await post('/v1/events', { events });
console.log(`posted ${events.length} events: ${result.accepted} accepted, ${result.duplicates} duplicates`);

// 3. wait until every failure just posted is counted in an issue
const integrations = [...new Set(events.map((event) => event.integration))];
const failures = events.filter((event) => event.status !== 'succeeded').length;
const deadline = Date.now() + 30_000;
let issues;
for (;;) {
  issues = [];
  for (const integration of integrations) {
    const page = await call(
      'GET',
      `/v1/issues?integration=${encodeURIComponent(integration)}&since=${encodeURIComponent(minutesAgo(24 * 60))}`,
    );
    issues.push(...(page.items ?? []));
  }
  const ours = issues.filter((issue) => new Date(issue.lastSeenAt) >= new Date(minutesAgo(240)));
  if (ours.reduce((sum, issue) => sum + issue.occurrences, 0) >= failures) break;
  if (Date.now() > deadline)
    fail(
      `the worker has not classified the events after 30 s: is a worker running (ROLE=all or worker) and GET ${base}/health ok?`,
    );
  await new Promise((resolve) => setTimeout(resolve, 500));
}
issues.sort((a, b) => a.classification.localeCompare(b.classification));
console.log('\nclassification     owner        status    n  records  issue');
for (const issue of issues) {
  console.log(
    `${issue.classification.padEnd(18)} ${issue.owner.padEnd(12)} ${issue.status.padEnd(9)} ${String(issue.occurrences).padStart(2)} ${String(issue.distinctRecords).padStart(8)}  ${issue.title.slice(0, 70)}`,
  );
}
const auth = process.env.SEAM_API_KEY
  ? '-H "Authorization: Bearer $SEAM_API_KEY"'
  : `-H "Authorization: Bearer $(cat ${keyFile})"`;
console.log(
  `\nOpen one in the console: ${base}${issues[0]?.consolePath ?? '/console'}   (sign in with ${process.env.SEAM_API_KEY ? 'SEAM_API_KEY' : keyFile})`,
);
console.log(
  `or: curl ${auth} ${base}/v1/issues/${issues[0]?.id ?? '<id>'}   API docs: ${base}/docs (OpenAPI: ${base}/docs-json)`,
);
