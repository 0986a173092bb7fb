#!/usr/bin/env node
// Posts the shipped sample events to a running Seam and prints the issues they became.
// Usage: npm run demo  (SEAM_URL defaults to http://127.0.0.1:3000; SEAM_API_KEY is sent when set)
import { existsSync, readFileSync } from 'node:fs';

const base = process.env.SEAM_URL ?? 'http://127.0.0.1:3000';
// without SEAM_API_KEY, the admin key the service generated at its first start (outside production)
const key = process.env.SEAM_API_KEY ?? (existsSync('.data/admin-key') ? readFileSync('.data/admin-key', 'utf8').trim() : undefined);
const headers = { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) };
const sample = JSON.parse(readFileSync(new URL('../samples/demo.json', import.meta.url), 'utf8'));
const run = Date.now().toString(36);
const minutesAgo = (m) => new Date(Date.now() - m * 60_000).toISOString();

async function post(path, body) {
  const res = await fetch(base + path, { method: 'POST', headers, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`POST ${path} → ${res.status} ${await res.text()}`);
  return res.json();
}

for (const release of sample.releases) await post('/v1/releases', { ...release, deployedAt: minutesAgo(release.minutesAgo), minutesAgo: undefined });
for (const change of sample.changes) await post('/v1/changes', { ...change, changedAt: minutesAgo(change.minutesAgo), minutesAgo: undefined });
const events = sample.events.map(({ minutesAgo: ago, ...event }, i) => ({ ...event, eventId: `demo-${run}-${i}`, occurredAt: minutesAgo(ago) }));
const result = await post('/v1/events', { events });
console.log(`posted ${events.length} events: ${result.accepted} accepted, ${result.duplicates} duplicates`);

// Wait until every failure just posted is counted in an issue (stored ids tell which events are ours).
const integrations = [...new Set(events.map((event) => event.integration))];
const failures = events.filter((event) => event.status !== 'succeeded').length;
const deadline = Date.now() + 30_000;
let issues;
for (;;) {
  issues = [];
  for (const integration of integrations) {
    const res = await fetch(`${base}/v1/issues?integration=${encodeURIComponent(integration)}&since=${encodeURIComponent(minutesAgo(24 * 60))}`, { headers });
    issues.push(...((await res.json()).items ?? []));
  }
  const ours = issues.filter((issue) => new Date(issue.lastSeenAt) >= new Date(minutesAgo(240)));
  if (ours.reduce((sum, issue) => sum + issue.occurrences, 0) >= failures || Date.now() > deadline) break;
  await new Promise((resolve) => setTimeout(resolve, 500));
}
issues.sort((a, b) => a.classification.localeCompare(b.classification));
console.log('\nclassification     owner        status    n  records  issue');
for (const issue of issues) {
  console.log(
    `${issue.classification.padEnd(18)} ${issue.owner.padEnd(12)} ${issue.status.padEnd(9)} ${String(issue.occurrences).padStart(2)} ${String(issue.distinctRecords).padStart(8)}  ${issue.title.slice(0, 70)}`,
  );
}
const auth = process.env.SEAM_API_KEY ? '-H "Authorization: Bearer $SEAM_API_KEY"' : '-H "Authorization: Bearer $(cat .data/admin-key)"';
console.log(`\nOpen one: curl ${auth} ${base}/v1/issues/${issues[0]?.id ?? '<id>'}   API docs: ${base}/docs`);
