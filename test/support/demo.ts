import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestApp } from './test-app';
import { waitFor } from './wait-for';

interface DemoSample {
  releases: Array<Record<string, unknown> & { minutesAgo: number }>;
  changes: Array<Record<string, unknown> & { minutesAgo: number }>;
  events: Array<Record<string, unknown> & { minutesAgo: number; status?: string }>;
}

/** samples/demo.json posted as `npm run demo` posts it (scripts/demo.mjs), then waited for until every failure is counted. */
export async function postDemo(
  t: TestApp,
  run = Date.now().toString(36),
  options: { signingSecrets?: string[] } = {},
): Promise<void> {
  const sample = JSON.parse(readFileSync(join(__dirname, '..', '..', 'samples', 'demo.json'), 'utf8')) as DemoSample;
  const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
  for (const { minutesAgo, ...release } of sample.releases)
    await t
      .api()
      .post('/v1/releases')
      .send({ ...release, deployedAt: ago(minutesAgo) })
      .expect(201);
  for (const { minutesAgo, ...change } of sample.changes)
    await t
      .api()
      .post('/v1/changes')
      .send({ ...change, changedAt: ago(minutesAgo) })
      .expect(201);
  const events = sample.events.map(({ minutesAgo, ...event }, i) => ({
    ...event,
    eventId: `demo-${run}-${i}`,
    occurredAt: ago(minutesAgo),
  }));
  // integrations with signing secrets accept only signed webhooks: signed as scripts/demo.mjs signs them
  const body = JSON.stringify({ events });
  const at = Math.floor(Date.now() / 1000);
  const macs = (options.signingSecrets ?? []).map(
    (secret) => `v1=${createHmac('sha256', secret).update(`${at}.${body}`).digest('hex')}`,
  );
  const request = t.api().post('/v1/events').set('content-type', 'application/json');
  if (macs.length > 0) request.set('x-seam-signature', [`t=${at}`, ...macs].join(','));
  await request.send(body).expect(202);
  const failures = events.filter((event) => event.status !== 'succeeded').length;
  await waitFor(
    async () => {
      const items: Array<{ occurrences: number }> = (await t.api().get('/v1/issues?limit=200')).body.items;
      return items.reduce((sum, issue) => sum + issue.occurrences, 0) >= failures ? true : undefined;
    },
    { what: 'every demo failure counted', timeoutMs: 30_000 },
  );
}
