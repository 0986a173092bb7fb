/**
 * npm run test:faults — the real service as child processes (an api and a worker, `node dist/main.js`)
 * on a Postgres cluster and a redis-server of the suite's own, under a bounded load on loopback, with
 * one fault injected per phase. After each phase it reconciles what the client was told against what is
 * stored: every acknowledged event stored once, processed once, counted in exactly one issue.
 * Exits non-zero on any lost or duplicated event, any 500, any refused event that got stored, or a
 * shutdown that overran its bound.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import {
  chunk,
  countAnswer,
  deliver,
  newDelivery,
  phaseEvents,
  post,
  postEarly,
  sign,
  type Delivery,
  type Json,
  type Sender,
} from './load';
import { PrivatePostgres, sleep } from './private-services';
import { ServiceProcess } from './service-process';
import { DISTINCT_WORDS } from '../support/events';
import { freePort } from '../support/free-port';
import { startHttpReceiver } from '../support/receivers';
import { DisposableRedis } from '../support/redis-server';
import { waitFor } from '../support/wait-for';

const ADMIN_KEY = `fault-admin-${randomBytes(16).toString('hex')}`;
const SIGNING_SECRETS = [
  `fault-old-secret-${randomBytes(8).toString('hex')}`,
  `fault-new-secret-${randomBytes(8).toString('hex')}`,
];
const SHUTDOWN_BOUND_MS = 8000;
/** the escalation sweep's period: a level whose job Redis lost must fire within it once due */
const ESCALATION_SWEEP_MS = 2000;
const LOG_DIR = '.faults';

interface Row {
  fault: string;
  sent: number;
  accepted: number;
  processed: number;
  failed: number;
  lost: number;
  duplicated: number;
  refused: number;
  letIn: number;
  answers: string;
  note: string;
}

const problems: string[] = [];

async function main(): Promise<void> {
  const started = Date.now();
  if (!existsSync('dist/main.js') || process.env.FAULTS_BUILD !== '0')
    execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
  mkdirSync(LOG_DIR, { recursive: true });
  const postgres = await PrivatePostgres.start();
  const redis = await DisposableRedis.start();
  // a pool, not one client: it replaces connections the Postgres restart cuts
  const db = new Pool({ connectionString: postgres.url, max: 2 });
  db.on('error', () => undefined);
  const env = {
    DATABASE_URL: postgres.url,
    REDIS_URL: redis.url,
    SEAM_ADMIN_KEY: ADMIN_KEY,
    NODE_ENV: 'development',
    LOG_LEVEL: 'debug',
    HOST: '127.0.0.1',
    OUTBOX_SWEEP_MS: '500',
    OUTBOX_STALE_MS: '4000',
    JOB_LOCK_MS: '3000',
    JOB_ATTEMPTS: '6',
    JOB_BACKOFF_MS: '250',
    SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_BOUND_MS),
    RATE_LIMIT_PER_KEY: '10000000',
    RATE_LIMIT_PER_INTEGRATION: '10000000',
    ESCALATION_SWEEP_MS: String(ESCALATION_SWEEP_MS),
    // the on-call receiver of the escalation phase listens on loopback
    OUTBOUND_ALLOW: '127.0.0.0/8',
  };
  const api = new ServiceProcess('api', await freePort(), { ...env, ROLE: 'api' }, join(LOG_DIR, 'api.log'));
  let worker = new ServiceProcess('worker', await freePort(), { ...env, ROLE: 'worker' }, join(LOG_DIR, 'worker.log'));
  const workers = [worker];
  const rows: Row[] = [];
  const oncall = await startHttpReceiver();
  try {
    writeFileSync(join(LOG_DIR, 'api.log'), '');
    writeFileSync(join(LOG_DIR, 'worker.log'), '');
    await api.start();
    await worker.start();
    const sender: Sender = { url: `http://127.0.0.1:${api.port}`, key: ADMIN_KEY };
    await configure(sender, oncall.url);
    await installPoison(db);

    const phase = async (
      fault: string,
      count: number,
      inject: () => Promise<string | void>,
      options: { batch?: number; concurrency?: number; expectFailed?: (id: string) => boolean } = {},
    ) => {
      const integration = `fault-${fault.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
      const events = phaseEvents(integration, count);
      const delivery = newDelivery();
      const sending = deliver(sender, chunk(events, options.batch ?? 25), delivery, {
        concurrency: options.concurrency ?? 4,
      });
      const note = (await inject()) ?? '';
      await sending;
      rows.push(await reconcile(db, fault, integration, events, delivery, note, options.expectFailed ?? (() => false)));
    };

    await phase('none (baseline)', 1500, async () => undefined);

    await phase('kill -9 worker', 2500, async () => {
      await sleep(700);
      await worker.kill();
      await sleep(500);
      worker = new ServiceProcess('worker', worker.port, { ...env, ROLE: 'worker' }, join(LOG_DIR, 'worker.log'));
      workers.push(worker);
      await worker.start();
      return 'killed mid-batch, restarted';
    });

    await phase('restart redis-server', 2500, async () => {
      await sleep(700);
      await redis.down();
      await sleep(2000);
      await redis.up();
      return 'down 2 s; its jobs were lost with it';
    });

    rows.push(await redisFlushedWithLevelsPending(db, sender, redis));

    await phase('stop and start Postgres', 2500, async () => {
      await sleep(700);
      await postgres.down();
      await sleep(3000);
      await postgres.up();
      await waitFor(() => db.query('SELECT 1').then(() => true), { what: 'Postgres back', timeoutMs: 30_000 });
      return 'immediate stop, down 3 s';
    });

    await phase('poison events', 600, async () => 'every 50th event always throws', {
      expectFailed: (id) => isPoison(id),
    });
    // and support sees each of them, with its error
    const failedList = await fetch(`${sender.url}/v1/events/failed`, {
      headers: { authorization: `Bearer ${ADMIN_KEY}` },
    }).then((r) => r.json() as Promise<{ items: Array<{ eventId: string; failure: string }> }>);
    const shown = failedList.items.filter((item) => isPoison(item.eventId) && /poison/.test(item.failure)).length;
    if (shown !== 12)
      problems.push(`poison: GET /v1/events/failed shows ${shown} of the 12 poison events with their error`);

    rows.push(await duplicateStorm(db, sender));
    rows.push(await hostileInput(db, sender));
    rows.push(await signatures(db, sender));

    await phase('SIGTERM api and worker', 2500, async () => {
      await sleep(700);
      const [apiExit, workerExit] = await Promise.all([api.terminate(), worker.terminate()]);
      for (const [name, exit, service] of [
        ['api', apiExit, api],
        ['worker', workerExit, worker],
      ] as const) {
        // the process's last words go with the problem: a shutdown that overran once is explained by them or not at all
        const lastWords = () =>
          `; its last output: ${service.output.join('').trimEnd().split('\n').slice(-4).join(' | ')}`;
        if (exit.code !== 0)
          problems.push(`SIGTERM: ${name} exited with ${exit.code} (signal ${exit.signal})${lastWords()}`);
        if (exit.ms > SHUTDOWN_BOUND_MS)
          problems.push(`SIGTERM: ${name} took ${exit.ms} ms (bound ${SHUTDOWN_BOUND_MS} ms)${lastWords()}`);
      }
      worker = new ServiceProcess('worker', worker.port, { ...env, ROLE: 'worker' }, join(LOG_DIR, 'worker.log'));
      workers.push(worker);
      await Promise.all([api.start(), worker.start()]);
      return `api exit ${apiExit.code} in ${apiExit.ms} ms, worker exit ${workerExit.code} in ${workerExit.ms} ms (bound ${SHUTDOWN_BOUND_MS} ms)`;
    });

    // nothing anywhere left behind, across every phase
    const [{ left }] = (
      await db.query(`SELECT count(*)::int AS left FROM sync_event WHERE processed_at IS NULL AND failed_at IS NULL`)
    ).rows;
    if (left !== 0) problems.push(`${left} stored event(s) never processed`);
    checkLogs([api, ...workers]);
  } finally {
    await Promise.allSettled([api.stop(), ...workers.map((w) => w.stop())]);
    await db.end().catch(() => undefined);
    await redis.down();
    await postgres.destroy();
    await oncall.close();
  }

  printTable(rows);
  for (const row of rows) {
    if (row.lost > 0) problems.push(`${row.fault}: ${row.lost} acknowledged event(s) lost`);
    if (row.duplicated > 0) problems.push(`${row.fault}: ${row.duplicated} event(s) counted twice`);
    if (row.letIn > 0) problems.push(`${row.fault}: ${row.letIn} refused event(s) were stored anyway`);
    if (/\b500×/.test(row.answers)) problems.push(`${row.fault}: answered 500`);
    if (row.accepted === 0 && row.sent > 0) problems.push(`${row.fault}: nothing was accepted`);
  }
  console.log(
    `\nfault suite: ${rows.length} faults in ${((Date.now() - started) / 1000).toFixed(0)} s; logs in ${LOG_DIR}/`,
  );
  if (problems.length > 0) {
    console.error(`\nFAILED:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  console.log('every acknowledged event stored once, processed once and counted in one issue');
}

// The suite's stand-in for a bug that makes one event throw on every attempt: a trigger that fails the
// transaction marking such an event processed. The service itself is unchanged.
const isPoison = (eventId: string) =>
  eventId.startsWith('fault-poison-events-') && Number(eventId.split('-').at(-1)) % 50 === 7;
async function installPoison(db: Pool): Promise<void> {
  await db.query(`
    CREATE OR REPLACE FUNCTION fault_poison() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'poison: event % cannot be processed', NEW.event_id; END $$;
    DROP TRIGGER IF EXISTS fault_poison ON sync_event;
    CREATE TRIGGER fault_poison BEFORE UPDATE OF processed_at ON sync_event FOR EACH ROW
      WHEN (NEW.processed_at IS NOT NULL AND NEW.integration = 'fault-poison-events' AND (substring(NEW.event_id from '[0-9]+$'))::int % 50 = 7)
      EXECUTE FUNCTION fault_poison();`);
}

const ESCALATION_INTEGRATION = 'fault-escalation';
/** the on-call team's levels: 0 at once, 1 and 2 after these many minutes */
const LEVEL_MINUTES = [0, 0.2, 0.3];

async function configure(sender: Sender, receiverUrl: (path: string) => string): Promise<void> {
  const member = (id: string) => ({
    id,
    name: `On call ${id}`,
    channels: [{ id: `${id}-hook`, kind: 'webhook', target: receiverUrl(`/${id}`) }],
  });
  const config = {
    teams: [
      { slug: 'support', name: 'Support', members: [] },
      { slug: 'oncall', name: 'On call', members: [member('oc1'), member('oc2'), member('oc3')] },
    ],
    routing: [
      { priority: 10, integration: ESCALATION_INTEGRATION, team: 'oncall' },
      { priority: 1000, team: 'support' },
    ],
    policies: [
      {
        team: 'oncall',
        levels: LEVEL_MINUTES.map((afterMinutes, level) => ({ afterMinutes, notify: [`oc${level + 1}`] })),
        urgency: { defect: 'page', bad_source_data: 'page', process_change: 'page', needs_triage: 'page' },
      },
    ],
    integrations: [{ integration: 'fault-signed', signingSecrets: SIGNING_SECRETS }],
  };
  const response = await fetch(`${sender.url}/v1/config`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${sender.key}` },
    body: JSON.stringify(config),
  });
  if (response.status !== 200) throw new Error(`PUT /v1/config answered ${response.status}: ${await response.text()}`);
}

/** Waits until every stored event of the integration is processed or failed, then counts. */
async function reconcile(
  db: Pool,
  fault: string,
  integration: string,
  events: Json[],
  delivery: Delivery,
  note: string,
  expectFailed: (id: string) => boolean,
  refused = 0,
  letIn = 0,
): Promise<Row> {
  const pending = async () =>
    Number(
      (
        await db.query(
          `SELECT count(*) FROM sync_event WHERE integration = $1 AND processed_at IS NULL AND failed_at IS NULL`,
          [integration],
        )
      ).rows[0].count,
    );
  await waitFor(async () => (await pending()) === 0, {
    what: `${fault}: every stored event processed`,
    timeoutMs: 90_000,
    intervalMs: 250,
  }).catch(() => undefined);
  const stored = new Map<
    string,
    { copies: number; processed: boolean; failed: boolean; status: string; issue: string | null }
  >();
  const result = await db.query(
    `SELECT event_id, count(*)::int AS copies, bool_and(processed_at IS NOT NULL) AS processed, bool_and(failed_at IS NOT NULL) AS failed, min(status) AS status, min(issue_id::text) AS issue
     FROM sync_event WHERE integration = $1 GROUP BY event_id`,
    [integration],
  );
  for (const row of result.rows)
    stored.set(row.event_id, {
      copies: row.copies,
      processed: row.processed,
      failed: row.failed,
      status: row.status,
      issue: row.issue,
    });
  const sentIds = new Set(events.map((event) => String(event.eventId)));
  let lost = 0;
  let duplicated = 0;
  let processed = 0;
  let failed = 0;
  let failuresCounted = 0;
  for (const id of delivery.accepted) {
    const row = stored.get(id);
    if (!row || (!row.processed && !row.failed)) {
      lost += 1;
      continue;
    }
    if (row.copies > 1) duplicated += row.copies - 1;
    if (row.failed !== expectFailed(id)) lost += 1; // a good event ended failed, or a poison one did not
    if (row.processed && row.status === 'failed' && !row.issue) lost += 1; // processed but in no issue
  }
  for (const [id, row] of stored) {
    if (!sentIds.has(id)) continue;
    if (row.processed) processed += 1;
    if (row.failed) failed += 1;
    if (row.processed && row.status === 'failed') failuresCounted += 1;
  }
  // the issues' counts must equal the processed failures: more is double counting, fewer is loss
  const [{ occurrences }] = (
    await db.query(`SELECT coalesce(sum(occurrences), 0)::int AS occurrences FROM issue WHERE integration = $1`, [
      integration,
    ])
  ).rows;
  if (occurrences > failuresCounted) duplicated += occurrences - failuresCounted;
  if (occurrences < failuresCounted) lost += failuresCounted - occurrences;
  const answers = [...delivery.answers]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, n]) => `${status}×${n}`)
    .join(' ');
  return {
    fault,
    sent: sentIds.size,
    accepted: delivery.accepted.size,
    processed,
    failed,
    lost,
    duplicated,
    refused,
    letIn,
    answers,
    note,
  };
}

/**
 * Escalation levels pending as BullMQ delayed jobs when Redis loses everything (FLUSHALL, no reconnect):
 * Postgres holds each issue's next level, so the sweep re-creates the lost jobs. Every pending level must
 * fire, once, within one sweep interval of when it was due (or of the flush, if it was already due).
 */
async function redisFlushedWithLevelsPending(db: Pool, sender: Sender, redis: DisposableRedis): Promise<Row> {
  const fault = 'Redis flushed with escalation levels pending';
  const names = DISTINCT_WORDS.slice(0, 20);
  const events: Json[] = names.map((name, n) => ({
    eventId: `${ESCALATION_INTEGRATION}-${n}`,
    integration: ESCALATION_INTEGRATION,
    occurredAt: new Date().toISOString(),
    status: 'failed',
    source: { system: 'shopify', entity: 'order', id: `SO-E${n}` },
    target: { system: 'netsuite', entity: 'salesOrder' },
    error: {
      message: `NullReferenceException: Object reference not set to an instance of an object. at ${name}Mapper.Map`,
      httpStatus: 500,
    },
  }));
  const delivery = newDelivery();
  await deliver(sender, chunk(events, 5), delivery, { concurrency: 2 });
  const issuesOf = async () =>
    (await db.query(`SELECT id::text AS id FROM issue WHERE integration = $1`, [ESCALATION_INTEGRATION])).rows.map(
      (r) => r.id as string,
    );
  const levelsFired = async () =>
    (
      await db.query(
        `SELECT a.issue_id::text AS issue, (a.detail->>'level')::int AS level, a.at FROM audit_log a JOIN issue i ON i.id = a.issue_id
         WHERE i.integration = $1 AND a.action IN ('notified', 'escalated') ORDER BY a.at`,
        [ESCALATION_INTEGRATION],
      )
    ).rows as Array<{ issue: string; level: number; at: Date }>;
  await waitFor(
    async () =>
      (await issuesOf()).length === names.length &&
      (await levelsFired()).filter((l) => l.level === 0).length === names.length,
    { what: `${fault}: every issue at level 1`, timeoutMs: 60_000, intervalMs: 200 },
  ).catch(() => undefined);
  const pending = (
    await db.query(
      `SELECT issue_id::text AS issue, level, due_at FROM escalation_pending WHERE issue_id IN (SELECT id FROM issue WHERE integration = $1)`,
      [ESCALATION_INTEGRATION],
    )
  ).rows as Array<{ issue: string; level: number; due_at: Date }>;
  execFileSync('redis-cli', ['-p', String(redis.port), 'FLUSHALL'], { stdio: 'ignore' });
  const flushedAt = Date.now();
  const issues = await issuesOf();
  const expected = issues.length * (LEVEL_MINUTES.length - 1);
  await waitFor(async () => (await levelsFired()).filter((l) => l.level > 0).length >= expected, {
    what: `${fault}: every pending level fired`,
    timeoutMs: 90_000,
    intervalMs: 250,
  }).catch(() => undefined);
  const fired = (await levelsFired()).filter((l) => l.level > 0);
  const row = await reconcile(db, fault, ESCALATION_INTEGRATION, events, delivery, '', () => false);
  const seen = new Map<string, number>();
  for (const level of fired)
    seen.set(`${level.issue}/${level.level}`, (seen.get(`${level.issue}/${level.level}`) ?? 0) + 1);
  let lostLevels = 0;
  let worstLateMs = 0;
  for (const issue of issues) {
    for (let level = 1; level < LEVEL_MINUTES.length; level++) {
      if (!seen.has(`${issue}/${level}`)) lostLevels += 1;
    }
  }
  // the levels pending at the flush: how late each fired against max(its due time, the flush)
  for (const step of pending) {
    const firedAt = fired.find((l) => l.issue === step.issue && l.level === step.level)?.at;
    if (!firedAt) continue;
    worstLateMs = Math.max(worstLateMs, firedAt.getTime() - Math.max(step.due_at.getTime(), flushedAt));
  }
  const duplicatedLevels = [...seen.values()].reduce((sum, n) => sum + n - 1, 0);
  if (pending.length === 0) problems.push(`${fault}: no level was pending at the flush; the phase proved nothing`);
  if (worstLateMs > ESCALATION_SWEEP_MS + 1000)
    problems.push(
      `${fault}: a pending level fired ${worstLateMs} ms after it was due (sweep every ${ESCALATION_SWEEP_MS} ms)`,
    );
  return {
    ...row,
    lost: row.lost + lostLevels,
    duplicated: row.duplicated + duplicatedLevels,
    note: `${pending.length} level(s) pending at FLUSHALL, ${fired.length}/${expected} later levels fired (${lostLevels} lost, ${duplicatedLevels} twice); latest ${worstLateMs} ms after due (sweep every ${ESCALATION_SWEEP_MS} ms)`,
  };
}

/** The same events, each sent many times at once (retries racing each other, a replayed backlog). */
async function duplicateStorm(db: Pool, sender: Sender): Promise<Row> {
  const integration = 'fault-duplicate-storm';
  const events = phaseEvents(integration, 200);
  const delivery = newDelivery();
  const copies = 15;
  // singles and batches that repeat an event inside one batch, interleaved
  const batches: Json[][] = [];
  for (let round = 0; round < copies; round++) {
    for (const group of chunk(events, 10))
      batches.push(round % 3 === 0 ? [...group, ...group] : round % 3 === 1 ? group : group.slice(0, 1));
  }
  await deliver(sender, batches, delivery, { concurrency: 16 });
  return reconcile(
    db,
    'duplicate storm (same eventId ×15)',
    integration,
    events,
    delivery,
    '16 concurrent senders; duplicates inside batches too',
    () => false,
  );
}

/** Oversized, malformed, too deep, too many, wrongly typed, unauthenticated: refused, and none stored. */
async function hostileInput(db: Pool, sender: Sender): Promise<Row> {
  const integration = 'fault-hostile-input';
  const good = phaseEvents(integration, 400);
  const hostileEvent = (n: number, change: Json) => ({
    ...phaseEvents(integration, 1, `${integration}-hostile-${n}`)[0],
    ...change,
  });
  // The server answers an oversized body with 413 as soon as it reads Content-Length and closes the
  // connection; a client still uploading may see the reset before it reads the answer. Either is a refusal.
  const hostile: Array<{ raw: string | Buffer; headers?: Record<string, string>; expect: Array<number | 'network'> }> =
    [
      {
        raw: JSON.stringify({
          events: Array.from({ length: 20 }, (_, n) => hostileEvent(n, { payload: { blob: 'x'.repeat(900_000) } })),
        }),
        expect: [413, 400, 'network'],
      },
      { raw: Buffer.alloc(17 * 1024 * 1024, 'a'), expect: [413, 'network'] },
      { raw: '{"events": [{"eventId": "fault-hostile-input-hostile-x", ', expect: [400] },
      { raw: 'not json at all', expect: [400] },
      {
        raw: JSON.stringify(hostileEvent(100, { payload: JSON.parse('{"a":'.repeat(40) + '1' + '}'.repeat(40)) })),
        expect: [400],
      },
      {
        raw: JSON.stringify({ events: Array.from({ length: 1001 }, (_, n) => hostileEvent(200 + n, {})) }),
        expect: [400, 413],
      },
      { raw: JSON.stringify(hostileEvent(3000, { source: 'shopify' })), expect: [400] },
      { raw: JSON.stringify(hostileEvent(3001, { error: { message: 'm'.repeat(9000) } })), expect: [400] },
      { raw: JSON.stringify(hostileEvent(3002, { occurredAt: 'yesterday' })), expect: [400] },
      { raw: JSON.stringify(hostileEvent(3003, { eventId: '' })), expect: [400] },
      { raw: JSON.stringify(hostileEvent(3004, { admin: true })), expect: [400] },
      { raw: JSON.stringify(hostileEvent(3005, {})), headers: { authorization: 'Bearer not-a-key' }, expect: [401] },
      { raw: JSON.stringify(hostileEvent(3006, {})), headers: { 'content-type': 'text/xml' }, expect: [415, 400] },
    ];
  const delivery = newDelivery();
  const sending = deliver(sender, chunk(good, 20), delivery, { concurrency: 4 });
  const tally = refusalTally(delivery);
  for (let round = 0; round < 3; round++) {
    for (const request of hostile) {
      const status = await postEarly(sender, request.raw, request.headers);
      tally.answered(
        status,
        request.expect,
        `hostile input: expected ${request.expect.join('/')} for ${String(request.raw).slice(0, 60)}…, got ${status}`,
      );
    }
  }
  await sending;
  return reconcile(
    db,
    'hostile input (13 kinds)',
    integration,
    good,
    delivery,
    'oversize, malformed, deep, 1001-event batch, bad types, no key, wrong media type',
    () => false,
    tally.refused,
    await storedLike(db, 'fault-hostile-input-hostile-%'),
  );
}

/** An integration with two secrets (mid-rotation): both sign; wrong, tampered and replayed signatures are refused. */
async function signatures(db: Pool, sender: Sender): Promise<Row> {
  const integration = 'fault-signed';
  const good = phaseEvents(integration, 600);
  const delivery = newDelivery();
  const [older, newer] = chunk(chunk(good, 20), 15);
  await Promise.all([
    deliver({ ...sender, secret: SIGNING_SECRETS[0] }, older, delivery, { concurrency: 2 }),
    deliver({ ...sender, secret: SIGNING_SECRETS[1] }, newer, delivery, { concurrency: 2 }),
  ]);
  const bad = phaseEvents(integration, 40, `${integration}-forged`);
  const tally = refusalTally(delivery);
  for (const [n, event] of bad.entries()) {
    const raw = JSON.stringify(event);
    const kind = n % 4;
    const header =
      kind === 0
        ? sign('not-the-secret-at-all', raw)
        : kind === 1
          ? sign(SIGNING_SECRETS[1], raw, Math.floor(Date.now() / 1000) - 600) // replayed: ten minutes old
          : kind === 2
            ? sign(SIGNING_SECRETS[0], raw.replace('SO-', 'SX-')) // signed body differs from the one sent
            : 'garbage';
    const status = await post(sender, raw, { 'x-seam-signature': header });
    tally.answered(status, [401], `signatures: a forged event (kind ${kind}) got ${status}, not 401`);
  }
  // no signature at all
  const unsigned = await post(sender, JSON.stringify(bad[0]));
  tally.answered(unsigned, [401], `signatures: an unsigned event got ${unsigned}, not 401`);
  return reconcile(
    db,
    'wrong / replayed signatures',
    integration,
    good,
    delivery,
    'two secrets valid (rotation); wrong, tampered, 10-min-old, garbage, missing refused',
    () => false,
    tally.refused,
    await storedLike(db, 'fault-signed-forged-%'),
  );
}

/**
 * Answers to requests that must be refused: each counts among the delivery's answers, `refused` counts
 * the refusals, and any other answer is a problem.
 */
function refusalTally(delivery: Delivery) {
  const tally = {
    refused: 0,
    answered(status: number | 'network', refusals: Array<number | 'network'>, problem: string): void {
      countAnswer(delivery, String(status));
      if (refusals.includes(status)) tally.refused += 1;
      else problems.push(problem);
    },
  };
  return tally;
}

/** How many stored events have an id LIKE `pattern`: those of refused requests must number none. */
async function storedLike(db: Pool, pattern: string): Promise<number> {
  const { rows } = await db.query(`SELECT count(*)::int AS stored FROM sync_event WHERE event_id LIKE $1`, [pattern]);
  return rows[0].stored;
}

/** Secrets and keys must not appear in anything the processes wrote. */
function checkLogs(processes: ServiceProcess[]): void {
  const text = processes.map((p) => p.output.join('')).join('') + readFileSync(join(LOG_DIR, 'api.log'), 'utf8');
  for (const [what, secret] of [
    ['the admin key', ADMIN_KEY],
    ['a signing secret', SIGNING_SECRETS[0]],
    ['a signing secret', SIGNING_SECRETS[1]],
  ] as const) {
    if (text.includes(secret)) problems.push(`logs: ${what} appears in the service's output`);
  }
  const lines = text.split('\n').filter((line) => line.trim().length > 0);
  const notJson = lines.filter((line) => {
    try {
      JSON.parse(line);
      return false;
    } catch {
      return true;
    }
  });
  if (notJson.length > 0)
    problems.push(`logs: ${notJson.length} line(s) are not structured JSON, e.g. ${notJson[0].slice(0, 120)}`);
  console.log(`logs: ${lines.length} structured lines checked; no key or secret in them`);
}

function printTable(rows: Row[]): void {
  const header = [
    'fault',
    'sent',
    'accepted',
    'processed',
    'failed',
    'lost',
    'duplicated',
    'refused',
    'let in',
    'answers',
    'note',
  ];
  const body = rows.map((r) =>
    [
      r.fault,
      r.sent,
      r.accepted,
      r.processed,
      r.failed,
      r.lost,
      r.duplicated,
      r.refused,
      r.letIn,
      r.answers,
      r.note,
    ].map(String),
  );
  console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
  for (const line of body) console.log(`| ${line.join(' | ')} |`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
