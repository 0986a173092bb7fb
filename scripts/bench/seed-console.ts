// Seeds a freshly migrated database with what a support console sees after months of failures:
// 1,000,000 sync events and 100,000 issues (plus their trace-back records, timelines, releases and
// business changes), written with COPY FROM STDIN. Deterministic: one seed, the same rows every time.
//   import { seedConsole } from './seed-console'
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Category, Classification } from '../../src/classification/domain/classification.types';
import { normaliseMessage } from '../../src/classification/domain/fingerprint';
import { createPartitionSql, partitionsCovering } from '../../src/platform/database/event-partitions';
import { INGEST_COLUMNS } from '../../src/intake/sync-event.repository';
import { seededRandom } from '../support/seeded-random';

export interface SeedOptions {
  events?: number;
  issues?: number;
}

export interface SeedResult {
  ms: number;
  rows: Record<string, number>;
  /** when the seed's clock stood: every timestamp is within 90 days before it */
  now: Date;
}

const DAY = 86_400_000;
const SPAN_DAYS = 90;
const SUCCESS_SHARE = 0.1;
const CHUNK_BYTES = 1 << 20;

type Endpoint = [system: string, entity: string, prefix: string];
interface Integration {
  name: string;
  /** its share of the failures */
  weight: number;
  source: Endpoint;
  target: Endpoint;
}

/** one integration a row: name, weight, source, target */
const INTEGRATION_ROWS: Array<[name: string, weight: number, source: Endpoint, target: Endpoint]> = [
  ['shopify-netsuite-orders', 28, ['shopify', 'order', 'SO'], ['netsuite', 'salesOrder', 'NS-SO']],
  ['shopify-netsuite-refunds', 7, ['shopify', 'refund', 'RF'], ['netsuite', 'creditMemo', 'NS-CM']],
  ['salesforce-netsuite-customers', 15, ['salesforce', 'account', 'ACC'], ['netsuite', 'customer', 'NS-C']],
  ['hubspot-salesforce-contacts', 10, ['hubspot', 'contact', 'HC'], ['salesforce', 'contact', 'SF-CT']],
  ['stripe-netsuite-payments', 12, ['stripe', 'charge', 'CH'], ['netsuite', 'customerPayment', 'NS-PY']],
  ['magento-sap-orders', 12, ['magento', 'order', 'MO'], ['sap', 'salesOrder', 'SAP-SO']],
  ['workday-netsuite-employees', 4, ['workday', 'worker', 'WD'], ['netsuite', 'employee', 'NS-E']],
  ['netsuite-shipbob-fulfillments', 12, ['netsuite', 'itemFulfillment', 'IF'], ['shipbob', 'shipment', 'SB']],
];
export const SEED_INTEGRATIONS: Integration[] = INTEGRATION_ROWS.map(([name, weight, source, target]) => ({
  name,
  weight,
  source,
  target,
}));

const FIELDS = [
  'email',
  'subsidiary',
  'currency',
  'tax code',
  'shipping address',
  'billing address',
  'item',
  'location',
  'department',
  'class',
  'terms',
  'sales rep',
  'price level',
  'customer',
  'vendor',
  'account',
  'posting period',
  'memo',
  'external id',
  'phone',
  'postal code',
  'country',
  'state',
  'quantity',
  'rate',
  'discount item',
  'ship method',
  'payment method',
  'channel',
  'segment',
];

type Template = { code: string; http?: number; message: (field: string, n: number, record: string) => string };

/** What each category's errors say. Every category appears; classification decides which ones. */
const TEMPLATES: Record<Category, Template> = {
  missing_required_value: { code: 'USER_ERROR', http: 400, message: (f) => `Please enter value(s) for: ${f}.` },
  invalid_reference: {
    code: 'INVALID_KEY_OR_REF',
    http: 400,
    message: (f, n) => `Invalid ${f} reference key ${n} for subsidiary ${n % 7}.`,
  },
  inactive_reference: {
    code: 'INACTIVE_RECORD',
    http: 400,
    message: (f, n) => `The ${f} ${n} is inactive and cannot be used on this transaction.`,
  },
  duplicate_record: {
    code: 'DUP_RCRD',
    http: 409,
    message: (f, n, r) => `A record with this ${f} already exists: ${r} (internal id ${n}).`,
  },
  value_format: {
    code: 'INVALID_FLD_VALUE',
    http: 400,
    message: (f, n) => `Invalid value for ${f}: expected a number, got ${n}abc.`,
  },
  value_too_long: {
    code: 'FIELD_TOO_LONG',
    http: 400,
    message: (f, n) => `Value of ${f} is ${n + 300} characters long; the maximum is 300.`,
  },
  unmapped_value: {
    code: 'UNMAPPED_VALUE',
    http: 422,
    message: (f, n) => `No mapping for ${f} value ${n} in the integration map.`,
  },
  period_locked: {
    code: 'PERIOD_CLOSED',
    http: 400,
    message: (_f, n) => `The accounting period ${(n % 12) + 1}/2025 is closed to accounts receivable.`,
  },
  approval_required: {
    code: 'PENDING_APPROVAL',
    http: 400,
    message: (f) => `Transaction requires approval before ${f} can be changed.`,
  },
  permission_changed: {
    code: 'INSUFFICIENT_PERMISSION',
    http: 403,
    message: (f) => `Permission violation: the integration role lacks access to ${f}.`,
  },
  setup_missing: {
    code: 'SETUP_MISSING',
    http: 400,
    message: (f, n) => `No ${f} is set up for subsidiary ${n % 7}; create it before syncing.`,
  },
  upstream_5xx: {
    code: 'UNEXPECTED_ERROR',
    http: 503,
    message: (_f, n) => `Service unavailable (upstream returned 503), request ${n}.`,
  },
  timeout: { code: 'ETIMEDOUT', http: 504, message: (_f, n) => `Request timed out after ${30 + (n % 30)} seconds.` },
  rate_limited: {
    code: 'RATE_LIMIT_EXCEEDED',
    http: 429,
    message: (_f, n) => `Too many requests: concurrency limit of ${n % 10} exceeded.`,
  },
  auth_config: {
    code: 'INVALID_LOGIN',
    http: 401,
    message: () => `Invalid login attempt: the token-based authentication credentials were revoked.`,
  },
  concurrency: {
    code: 'RCRD_HAS_BEEN_CHANGED',
    http: 409,
    message: (f) => `Record has been changed since it was loaded (${f}).`,
  },
  malformed_request: {
    code: 'INVALID_REQUEST',
    http: 400,
    message: (f) => `Malformed request body: unexpected token in ${f}.`,
  },
  mapping_error: {
    code: 'MAPPING_ERROR',
    http: 422,
    message: (f) => `Mapping failed: cannot read property '${f.replace(/ /g, '_')}' of undefined.`,
  },
  code_exception: {
    code: 'TypeError',
    message: (f, n) => `TypeError: Cannot convert ${f} to number at transform.js:${n % 400}.`,
  },
  integration_silent: { code: 'SILENT', message: (f) => `integration ${f} has sent no events for 40 min` },
  unknown: { code: 'UNKNOWN', http: 500, message: (_f, n) => `An unexpected error occurred. Error id ${n}.` },
};

const CATEGORIES_OF: Record<Classification, Category[]> = {
  defect: ['mapping_error', 'code_exception', 'malformed_request', 'concurrency', 'unmapped_value', 'value_too_long'],
  bad_source_data: [
    'missing_required_value',
    'invalid_reference',
    'inactive_reference',
    'duplicate_record',
    'value_format',
  ],
  process_change: ['period_locked', 'approval_required', 'permission_changed', 'setup_missing', 'auth_config'],
  needs_triage: ['upstream_5xx', 'timeout', 'rate_limited', 'unknown'],
};
const CLASS_WEIGHTS: Array<[Classification, number]> = [
  ['defect', 25],
  ['bad_source_data', 40],
  ['process_change', 15],
  ['needs_triage', 20],
];
const STATUS_WEIGHTS: Array<[string, number]> = [
  ['new', 40],
  ['acknowledged', 20],
  ['resolved', 33],
  ['regressed', 7],
];
/** classification → owner team; the two smaller teams take a share of their neighbours' work */
const OWNERS: Record<Classification, Array<[string, number]>> = {
  defect: [
    ['engineering', 85],
    ['platform-oncall', 15],
  ],
  bad_source_data: [
    ['support', 80],
    ['finance-ops', 20],
  ],
  process_change: [
    ['business', 60],
    ['finance-ops', 40],
  ],
  needs_triage: [
    ['support', 70],
    ['platform-oncall', 30],
  ],
};
export const SEED_OWNERS = ['engineering', 'support', 'business', 'finance-ops', 'platform-oncall'];
const PEOPLE = [
  'ana.lima',
  'ben.okafor',
  'chen.wei',
  'dana.kovac',
  'eli.haddad',
  'farah.noor',
  'gus.meyer',
  'hana.sato',
];
const OPERATIONS = ['create', 'update', 'upsert'];

function pick<T>(rand: () => number, items: Array<[T, number]>): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let r = rand() * total;
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return items[items.length - 1][0];
}

function uuid(rand: () => number): string {
  const hex = Array.from({ length: 4 }, () =>
    Math.floor(rand() * 0x100000000)
      .toString(16)
      .padStart(8, '0'),
  ).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[parseInt(hex[16], 16) & 3]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** COPY text format: backslash, tab, newline and carriage return escaped; null as \N */
function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  const text = String(value);
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'))
    : text;
}
const line = (values: Array<string | number | boolean | null | undefined>): string =>
  `${values.map(cell).join('\t')}\n`;
const iso = (ms: number): string => new Date(ms).toISOString();

/** A release every three days per integration: which version ran at a time. */
function releaseAt(integration: number, at: number, start: number): string {
  const n = Math.floor((at - start) / (3 * DAY));
  return `v${1 + (integration % 3)}.${Math.floor(n / 10)}.${n % 10}`;
}

interface SeedIssue {
  id: string;
  integration: number;
  field: string;
  n: number;
  category: Category;
  status: string;
  first: number;
  last: number;
  occurrences: number;
  records: number[];
  failing: number;
}

/**
 * Fills a freshly migrated database (`url`) with console data. The secondary indexes of the bulk
 * tables are dropped before the COPYs and rebuilt from their own definitions afterwards (faster than
 * maintaining them row by row). The bulk tables are emptied and filled in one transaction with COPY
 * FREEZE, so their rows are frozen and all-visible at once (no vacuum owed, as in a live database that
 * autovacuum keeps up with); sync_event, partitioned, cannot take FREEZE and is vacuumed instead. The
 * whole database is analysed at the end. sync_event_key is left empty: the console never reads it.
 */
export async function seedConsole(url: string, opts: SeedOptions = {}): Promise<SeedResult> {
  const started = performance.now();
  const phase = (what: string) =>
    process.env.BENCH_VERBOSE && console.error(`seed: ${what} at ${Math.round(performance.now() - started)} ms`);
  const totalEvents = opts.events ?? 1_000_000;
  const totalIssues = opts.issues ?? 100_000;
  const successes = Math.round(totalEvents * SUCCESS_SHARE);
  const failures = totalEvents - successes;
  if (failures < totalIssues)
    throw new Error(`seedConsole: ${totalEvents} events cannot give ${totalIssues} issues one failure each`);
  const rand = seededRandom(20_251_129);
  const now = Date.now();
  const start = now - SPAN_DAYS * DAY;
  const integrationWeights = SEED_INTEGRATIONS.map((integration, i) => [i, integration.weight] as [number, number]);
  const poolSize = Math.max(1000, Math.round(totalIssues / 2));

  // ---- issues, in memory: events and records are derived from them
  const weights = new Float64Array(totalIssues);
  let weightSum = 0;
  for (let i = 0; i < totalIssues; i++) {
    weights[i] = Math.min(5000, (1 - rand()) ** (-1 / 1.4)); // Pareto: most issues fail a few times, a few thousands of times
    weightSum += weights[i];
  }
  const issues: SeedIssue[] = [];
  let assigned = 0;
  for (let i = 0; i < totalIssues; i++) {
    const occurrences = 1 + Math.floor(((failures - totalIssues) * weights[i]) / weightSum);
    assigned += occurrences;
    const classification = pick(rand, CLASS_WEIGHTS);
    const categories = CATEGORIES_OF[classification];
    const status = pick(rand, STATUS_WEIGHTS);
    const first = start + rand() * (now - start - 60_000);
    const last = status === 'resolved' ? first + (now - first) * rand() ** 2 * 0.8 : now - (now - first) * rand() ** 3;
    const distinct = Math.min(occurrences, 1 + Math.floor(occurrences * 0.35 * rand()));
    const integration = pick(rand, integrationWeights);
    const records = new Set<number>();
    while (records.size < distinct) records.add(Math.floor(rand() ** 2 * poolSize));
    issues.push({
      id: uuid(rand),
      integration,
      field: FIELDS[Math.floor(rand() * FIELDS.length)],
      n: Math.floor(rand() * 100_000),
      category: categories[Math.floor(rand() * categories.length)],
      status,
      first,
      last: Math.max(first, last),
      occurrences,
      records: [...records],
      failing: status === 'resolved' ? 0 : distinct - Math.floor(distinct * 0.3 * rand()),
    });
  }
  // the rounding remainder goes to the head of the list, one each
  for (let i = 0; assigned < failures; i = (i + 1) % totalIssues, assigned++) issues[i].occurrences++;
  const classificationOf = (issue: SeedIssue): Classification =>
    (Object.keys(CATEGORIES_OF) as Classification[]).find((c) => CATEGORIES_OF[c].includes(issue.category))!;
  const recordId = (integration: number, record: number) =>
    `${SEED_INTEGRATIONS[integration].source[2]}-${100_000 + record}`;
  const eventTime = (issue: SeedIssue, j: number) =>
    issue.occurrences === 1 ? issue.first : issue.first + ((issue.last - issue.first) * j) / (issue.occurrences - 1);

  // ---- events in time order (ids grow with time, as in a live database): failures of issues and successes
  const eventIssue = new Int32Array(totalEvents);
  const eventOrdinal = new Int32Array(totalEvents);
  const eventAt = new Float64Array(totalEvents);
  {
    let e = 0;
    issues.forEach((issue, i) => {
      for (let j = 0; j < issue.occurrences; j++, e++) {
        eventIssue[e] = i;
        eventOrdinal[e] = j;
        eventAt[e] = eventTime(issue, j);
      }
    });
    for (; e < totalEvents; e++) {
      eventIssue[e] = -1 - Math.floor(rand() * SEED_INTEGRATIONS.length); // a success: its integration, negated
      eventOrdinal[e] = Math.floor(rand() ** 2 * poolSize);
      eventAt[e] = start + rand() * (now - start);
    }
  }
  const order = new Uint32Array(totalEvents);
  for (let e = 0; e < totalEvents; e++) order[e] = e;
  order.sort((a, b) => eventAt[a] - eventAt[b]);

  phase('rows planned');
  const client = new Client({ connectionString: url });
  await client.connect();
  const rows: Record<string, number> = {};
  try {
    const tables = ['sync_event', 'issue', 'issue_record', 'audit_log'];
    // indexes that back no constraint: dropped for the load, rebuilt from their definitions after it
    const indexes: Array<{ name: string; def: string }> = (
      await client.query(
        `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
         FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
         WHERE t.relname = ANY($1) AND t.relnamespace = 'public'::regnamespace
           AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
        [tables],
      )
    ).rows;
    for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
    // a week's partition for every week the seed spans, as the service's upkeep would have made them
    for (const partition of partitionsCovering(new Date(start), new Date(now)))
      await client.query(createPartitionSql(partition));
    // the rows are consistent by construction: no foreign-key trigger per row (superuser only, as the
    // bench runs; under another user the checks simply run)
    const triggersOff = await client.query(`SET session_replication_role = replica`).then(
      () => true,
      () => false,
    );
    await client.query('BEGIN');
    // COPY FREEZE needs the table emptied in the same transaction; the rows land frozen and all-visible
    await client.query(`TRUNCATE ${tables.join(', ')} CASCADE`);

    // the columns ingest writes, then the ones the service fills in itself
    const eventColumns = [
      'id',
      ...INGEST_COLUMNS.map(([name]) => name),
      'received_at',
      'fingerprint',
      'issue_id',
      'queued',
      'queued_at',
      'processed_at',
    ];
    const fingerprints = issues.map((issue) => createHash('md5').update(`seed-${issue.id}`).digest('hex'));
    // the hottest loop of the seed: rows written as text directly (every value here is free of quotes,
    // backslashes, tabs and newlines, so neither JSON nor COPY escaping is needed)
    const parts = SEED_INTEGRATIONS.map((integration) => ({
      head: `${integration.name}\t`,
      columns: `${integration.source[0]}\t${integration.source[1]}\t`,
      target: `${integration.target[0]}\t${integration.target[1]}\t`,
      url: `https://${integration.source[0]}.example.com/${integration.source[1]}/`,
      source: `"source":{"system":"${integration.source[0]}","entity":"${integration.source[1]}","id":"`,
      targetJson: `"target":{"system":"${integration.target[0]}","entity":"${integration.target[1]}"}`,
    }));
    const CURRENCIES = ['USD', 'EUR', 'GBP'];
    rows.sync_event = await copy(client, 'sync_event', eventColumns, function* () {
      for (let k = 0; k < totalEvents; k++) {
        const e = order[k];
        const at = eventAt[e];
        const id = k + 1;
        const issueIndex = eventIssue[e];
        const issue = issueIndex >= 0 ? issues[issueIndex] : undefined;
        const integrationIndex = issue ? issue.integration : -1 - issueIndex;
        const integration = SEED_INTEGRATIONS[integrationIndex];
        const part = parts[integrationIndex];
        const record = issue ? issue.records[eventOrdinal[e] % issue.records.length] : eventOrdinal[e];
        const sourceId = recordId(integrationIndex, record);
        const received = at + 400 + (id % 2000);
        const occurredIso = iso(at);
        const receivedIso = iso(received);
        const release = releaseAt(integrationIndex, at, start);
        const runId = `run-${integrationIndex}-${Math.floor(at / 900_000)}`;
        const eventId = `evt-${id.toString(36)}`;
        const status = issue ? 'failed' : 'succeeded';
        const template = issue && TEMPLATES[issue.category];
        const error = issue
          ? `"error":{"message":"${template!.message(issue.field, issue.n, sourceId)}","code":"${template!.code}",${template!.http ? `"httpStatus":${template!.http},` : ''}"field":"${issue.field}"},`
          : '';
        const body =
          `{"eventId":"${eventId}","integration":"${integration.name}","occurredAt":"${occurredIso}","status":"${status}","runId":"${runId}",` +
          `"operation":"${OPERATIONS[id % 3]}",${part.source}${sourceId}","url":"${part.url}${sourceId}"},${part.targetJson},${error}` +
          `"payload":{"id":"${sourceId}","total":${(record % 9000) / 10 + 10},"currency":"${CURRENCIES[record % 3]}","lines":${1 + (record % 5)}},` +
          `"release":"${release}","attempt":${id % 3 === 0 ? 2 : 1}}`;
        yield `${id}\t${part.head}${eventId}\t${occurredIso}\t${status}\t${part.columns}${sourceId}\t${part.target}${template?.code ?? '\\N'}\t${release}\t${runId}\t${body}\t${receivedIso}\t${issue ? fingerprints[issueIndex] : '\\N'}\t${issue?.id ?? '\\N'}\tt\t${receivedIso}\t${iso(received + 150 + (id % 500))}\n`;
      }
    });

    const issueColumns = [
      'id',
      'fingerprint',
      'integration',
      'source_system',
      'source_entity',
      'target_system',
      'target_entity',
      'error_code',
      'title',
      'sample_message',
      'classification',
      'category',
      'confidence',
      'reasons',
      'classified_by_human',
      'owner_team',
      'status',
      'first_seen_at',
      'last_seen_at',
      'occurrences',
      'distinct_records',
      'failing_records',
      'last_release',
      'resolved_at',
      'resolved_reason',
      'acknowledged_at',
      'regressions',
      'escalation_level',
      'assignee',
      'drill_id',
      'created_at',
      'updated_at',
    ];
    const issueRand = seededRandom(7);
    const resolvedAt = (issue: SeedIssue) => Math.min(now, issue.last + 3_600_000 * (1 + issueRand() * 48));
    const titles = new Map<string, string>();
    phase('events copied');
    rows.issue = await copy(
      client,
      'issue',
      issueColumns,
      function* () {
        for (let i = 0; i < issues.length; i++) {
          const issue = issues[i];
          const integration = SEED_INTEGRATIONS[issue.integration];
          const template = TEMPLATES[issue.category];
          const classification = classificationOf(issue);
          const sample = template.message(issue.field, issue.n, recordId(issue.integration, issue.records[0]));
          const titleKey = template.message(issue.field, 1, 'SO-1');
          let title = titles.get(titleKey);
          if (title === undefined) titles.set(titleKey, (title = normaliseMessage(sample)));
          const human = issueRand() < 0.04;
          const confidence = human
            ? 1
            : classification === 'needs_triage'
              ? 0.3 + issueRand() * 0.25
              : 0.6 + issueRand() * 0.39;
          const reasons = human
            ? [{ signal: 'human', detail: `Reclassified by ${PEOPLE[i % PEOPLE.length]}`, weight: 1 }]
            : [
                {
                  signal: `pack:${integration.target[0]}.${template.code.toLowerCase()}`,
                  detail: `${template.code} is a known ${issue.category.replace(/_/g, ' ')} error of ${integration.target[0]}`,
                  weight: 0.6,
                },
                { signal: 'field', detail: `the failing field is ${issue.field}`, weight: 0.25 },
              ];
          const acknowledged =
            issue.status === 'acknowledged' || (issue.status !== 'new' && issueRand() < 0.5)
              ? issue.first + (issue.last - issue.first) * 0.3
              : null;
          const resolved = issue.status === 'resolved' ? resolvedAt(issue) : null;
          const drill = i % 997 === 0 ? uuid(issueRand) : null; // a few drill issues, which the console never lists
          yield line([
            issue.id,
            fingerprints[i],
            integration.name,
            integration.source[0],
            integration.source[1],
            integration.target[0],
            integration.target[1],
            template.code,
            title,
            sample,
            classification,
            issue.category,
            confidence.toFixed(3),
            JSON.stringify(reasons),
            human,
            human ? SEED_OWNERS[i % SEED_OWNERS.length] : pick(issueRand, OWNERS[classification]), // a person's call may route anywhere
            issue.status,
            iso(issue.first),
            iso(issue.last),
            issue.occurrences,
            issue.records.length,
            issue.failing,
            releaseAt(issue.integration, issue.last, start),
            resolved === null ? null : iso(resolved),
            resolved === null
              ? null
              : issueRand() < 0.6
                ? 'all failing records recovered'
                : `resolved by ${PEOPLE[i % PEOPLE.length]}`,
            acknowledged === null ? null : iso(acknowledged),
            issue.status === 'regressed' ? 1 + (i % 3) : 0,
            issue.status === 'resolved' ? null : i % 4,
            issue.status === 'acknowledged' ? PEOPLE[i % PEOPLE.length] : null,
            drill,
            iso(issue.first),
            iso(Math.max(issue.last, resolved ?? 0, acknowledged ?? 0)),
          ]);
        }
      },
      true,
    );

    const recordColumns = [
      'issue_id',
      'system',
      'entity',
      'record_id',
      'integration',
      'url',
      'target_id',
      'target_url',
      'first_seen_at',
      'last_seen_at',
      'count',
      'state',
      'recovered_at',
    ];
    phase('issues copied');
    rows.issue_record = await copy(
      client,
      'issue_record',
      recordColumns,
      function* () {
        for (const issue of issues) {
          const integration = SEED_INTEGRATIONS[issue.integration];
          const d = issue.records.length;
          for (let k = 0; k < d; k++) {
            const id = recordId(issue.integration, issue.records[k]);
            const count = Math.floor((issue.occurrences - 1 - k) / d) + 1;
            const first = eventTime(issue, k);
            const last = eventTime(issue, k + d * (count - 1));
            const failing = k < issue.failing;
            const targetId = k % 3 === 0 ? null : `${integration.target[2]}-${issue.records[k] * 7 + 11}`;
            yield line([
              issue.id,
              integration.source[0],
              integration.source[1],
              id,
              integration.name,
              `https://${integration.source[0]}.example.com/${integration.source[1]}/${id}`,
              targetId,
              targetId && `https://${integration.target[0]}.example.com/${integration.target[1]}/${targetId}`,
              iso(first),
              iso(last),
              count,
              failing ? 'failing' : 'recovered',
              failing ? null : iso(Math.min(now, last + 600_000)),
            ]);
          }
        }
      },
      true,
    );

    const auditColumns = ['at', 'issue_id', 'actor', 'action', 'detail'];
    const auditRand = seededRandom(11);
    phase('records copied');
    rows.audit_log = await copy(
      client,
      'audit_log',
      auditColumns,
      function* () {
        for (let i = 0; i < issues.length; i++) {
          const issue = issues[i];
          const classification = classificationOf(issue);
          yield line([
            iso(issue.first),
            issue.id,
            'system',
            'opened',
            JSON.stringify({ fingerprint: fingerprints[i] }),
          ]);
          yield line([
            iso(issue.first + 50),
            issue.id,
            'system',
            'classified',
            JSON.stringify({ classification, category: issue.category }),
          ]);
          const person = PEOPLE[i % PEOPLE.length];
          if (issue.status !== 'new' && auditRand() < 0.6)
            yield line([iso(issue.first + (issue.last - issue.first) * 0.3), issue.id, person, 'acknowledged', '{}']);
          if (auditRand() < 0.08)
            yield line([
              iso(issue.first + (issue.last - issue.first) * 0.4),
              issue.id,
              person,
              'reclassified',
              JSON.stringify({ note: 'checked with the ERP team' }),
            ]);
          if (issue.status === 'resolved' || issue.status === 'regressed')
            yield line([iso(Math.min(now, issue.last + 3_600_000)), issue.id, person, 'resolved', '{}']);
          if (issue.status === 'regressed')
            yield line([
              iso(issue.last),
              issue.id,
              'system',
              'regressed',
              JSON.stringify({ release: releaseAt(issue.integration, issue.last, start) }),
            ]);
        }
      },
      true,
    );
    phase('audit copied');
    await client.query('COMMIT');

    // the context the detail page shows: deploys and business changes
    const releases: string[] = [];
    SEED_INTEGRATIONS.forEach((integration, i) => {
      for (let at = start; at < now; at += 3 * DAY)
        releases.push(line([releaseAt(i, at, start), iso(at), integration.name, null]));
    });
    rows.release = await copy(client, 'release', ['version', 'deployed_at', 'integration', 'system'], () => releases);
    const systems = [...new Set(SEED_INTEGRATIONS.flatMap((i) => [i.source[0], i.target[0]]))];
    const changeRand = seededRandom(13);
    const changes = Array.from({ length: 400 }, (_, k) =>
      line([
        systems[k % systems.length],
        FIELDS[k % FIELDS.length],
        k % 4 === 0 ? SEED_INTEGRATIONS[k % SEED_INTEGRATIONS.length].name : null,
        `Changed the ${FIELDS[k % FIELDS.length]} setup`,
        iso(start + changeRand() * (now - start)),
      ]),
    );
    rows.business_change = await copy(
      client,
      'business_change',
      ['system', 'entity', 'integration', 'description', 'changed_at'],
      () => changes,
    );
    await client.query(
      `INSERT INTO owner_team (slug, name) SELECT slug, initcap(replace(slug, '-', ' ')) FROM unnest($1::text[]) AS slug ON CONFLICT (slug) DO NOTHING`,
      [SEED_OWNERS],
    );
    await client.query(`SELECT setval(pg_get_serial_sequence('sync_event', 'id'), $1)`, [totalEvents]);
    if (triggersOff) await client.query(`SET session_replication_role = DEFAULT`);

    phase('context copied');
    // rebuild the indexes two at a time (two cores), with room to sort
    const second = new Client({ connectionString: url });
    await second.connect();
    try {
      const queue = [...indexes].sort(
        (a, b) => (a.def.includes('sync_event') ? 0 : 1) - (b.def.includes('sync_event') ? 0 : 1),
      );
      await Promise.all(
        [client, second].map(async (connection) => {
          await connection.query(`SET maintenance_work_mem = '256MB'`);
          await connection.query(`SET max_parallel_maintenance_workers = 0`);
          for (let index = queue.shift(); index; index = queue.shift()) {
            // an index of the partitioned sync_event reads back as ON ONLY (the parent alone): build it on every partition
            await connection.query(index.def.replace(' ON ONLY ', ' ON '));
            phase(`index ${index.name}`);
          }
        }),
      );
      phase('indexes built');
      // sync_event is partitioned, and COPY FREEZE does not take a partitioned table: a vacuum sets its
      // visibility map instead, as autovacuum would have in a live database
      await client.query(`VACUUM sync_event`);
      await client.query(`ANALYZE`);
    } finally {
      await second.end();
    }
  } finally {
    await client.end();
  }
  phase('done');
  return { ms: performance.now() - started, rows, now: new Date(now) };
}

/** COPY FROM STDIN of generated rows, in chunks, with backpressure. FREEZE: the table was emptied in this transaction. */
async function copy(
  client: Client,
  table: string,
  columns: string[],
  rows: () => Iterable<string>,
  freeze = false,
): Promise<number> {
  const stream = client.query(
    copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN${freeze ? ' WITH (FREEZE)' : ''}`),
  );
  await pipeline(
    Readable.from(
      (function* chunks() {
        // rows encoded straight into 1 MB buffers: a chunk held as one long string would be a rope of
        // millions of small strings, costly to keep young and to flatten
        let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
        let used = 0;
        for (const row of rows()) {
          // a UTF-16 code unit is at most 3 bytes of UTF-8
          if (used + row.length * 3 > buffer.length) {
            if (used > 0) yield buffer.subarray(0, used);
            buffer = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, row.length * 3));
            used = 0;
          }
          used += buffer.write(row, used);
        }
        if (used > 0) yield buffer.subarray(0, used);
      })(),
      { highWaterMark: 4 },
    ),
    stream,
  );
  return stream.rowCount;
}
