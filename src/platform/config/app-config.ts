import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  validateSync,
} from 'class-validator';
import { parseAllowList, type OutboundPolicy } from '../outbound/domain/outbound-policy';

export const ROLES = ['all', 'api', 'worker'] as const;
export type Role = (typeof ROLES)[number];

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/**
 * Every environment variable the service reads, validated once at boot. This is the only file that
 * touches process.env, so a typo in a deployment fails at start with the variable's name.
 */
export class AppConfig {
  /** Postgres; unset: an embedded Postgres (PGlite) with its files under `DATA_DIR` */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// connection string' })
  DATABASE_URL?: string;

  /** accepted but not used yet: the tables live in the connection's default schema (set `search_path` on the role) */
  @IsOptional()
  @IsString()
  DATABASE_SCHEMA?: string;

  /**
   * a read replica of DATABASE_URL for the console's reads (issue list and detail, engineering's queue),
   * which tolerate seconds of replica lag; everything else, and every write, stays on the primary
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_REPLICA_URL must be a postgres:// connection string' })
  DATABASE_REPLICA_URL?: string;

  /** connections each process holds to Postgres (and as many again to the replica, when there is one) */
  @Transform(toInt)
  @Min(1)
  @Max(200)
  @IsInt({ message: 'DATABASE_POOL_SIZE must be an integer' })
  DATABASE_POOL_SIZE = 10;

  /**
   * Redis for BullMQ; unset: BullMQ's Postgres backend in the same database. Rate limits are counted in Redis
   * (shared by every instance) when it is set, in memory otherwise
   */
  @IsOptional()
  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  /**
   * prefix for every BullMQ and rate-limit key, so test runs and tenants can share one Redis. On Redis
   * Cluster write it as a hash tag, `{seam}`: BullMQ's scripts touch several keys of a queue at once, and
   * only keys sharing a hash tag are sure to live on one shard. One prefix per database: job ids are made from the
   * database's event ids, and finished jobs are kept an hour, so a prefix reused over a new or restored database takes
   * its first events' jobs for finished ones, and those events wait for the outbox sweep (`OUTBOX_STALE_MS`).
   */
  @IsString()
  @Matches(/^(\{[a-zA-Z0-9_-]{1,38}\}|[a-zA-Z0-9_-]{1,40})$/, {
    message:
      'QUEUE_PREFIX must be 1..40 letters, digits, _ or -, or such a name in braces as a Redis Cluster hash tag ({seam})',
  })
  QUEUE_PREFIX = 'seam';

  /** the HTTP port (0 picks a free one; the start-up line says which) */
  @Transform(toInt)
  @Min(0)
  @Max(65535)
  @IsInt({ message: 'PORT must be an integer' })
  PORT = 3000;

  /** the address to listen on: loopback unless told otherwise (0.0.0.0 for every interface, as in a container) */
  @IsString()
  HOST = '127.0.0.1';

  /** `api` (HTTP only), `worker` (queue consumers and sweeps; it answers `/health` on `PORT`), or `all` */
  @IsIn(ROLES, { message: `ROLE must be one of ${ROLES.join(', ')}` })
  ROLE: Role = 'all';

  /** where the embedded Postgres keeps its files when DATABASE_URL is not set */
  @IsString()
  DATA_DIR = './.data';

  /** below this confidence a classification is needs_triage */
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @Min(0)
  @Max(1)
  @IsNumber({}, { message: 'TRIAGE_THRESHOLD must be a number' })
  TRIAGE_THRESHOLD = 0.55;

  /** how often the worker re-enqueues events that were stored while the queue was unreachable */
  @Transform(toInt)
  @Min(100)
  @IsInt({ message: 'OUTBOX_SWEEP_MS must be an integer' })
  OUTBOX_SWEEP_MS = 2000;

  /** queued events still unprocessed after this long are queued again (their job may have been lost) */
  @Transform(toInt)
  @Min(1000)
  @IsInt({ message: 'OUTBOX_STALE_MS must be an integer' })
  OUTBOX_STALE_MS = 300_000;

  /**
   * pipeline jobs processed at once per worker process (each carries up to `EVENTS_PER_JOB` events; 4 gave a
   * lower lag than 8 or 16 in `npm run bench:pipeline`)
   */
  @Transform(toInt)
  @Min(1)
  @Max(256)
  @IsInt({ message: 'WORKER_CONCURRENCY must be an integer' })
  WORKER_CONCURRENCY = 4;

  /**
   * the bootstrap admin API key (see [api.md](api.md)); unset outside production, one is generated at the
   * first start, shown once in full and written to `DATA_DIR/admin-key`
   */
  @IsOptional()
  @Matches(/^\S{16,200}$/, { message: 'SEAM_ADMIN_KEY must be 16..200 characters without spaces' })
  SEAM_ADMIN_KEY?: string;

  /** outgoing mail for email channels, e.g. smtp://user:pass@mail.example.com:587 */
  @IsOptional()
  @Matches(/^smtps?:\/\//, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** the sender of notification mail */
  @IsString()
  SMTP_FROM = 'Seam <seam@localhost>';

  /** how notifications link back to issues; unset: `http://localhost:$PORT` */
  @IsOptional()
  @Matches(/^https?:\/\//, { message: 'PUBLIC_URL must be an http(s) URL' })
  PUBLIC_URL?: string;

  /** delivery attempts per notification before it is dead-lettered */
  @Transform(toInt)
  @Min(1)
  @Max(20)
  @IsInt({ message: 'NOTIFY_ATTEMPTS must be an integer' })
  NOTIFY_ATTEMPTS = 5;

  /** first retry delay of a failed delivery; doubles on every attempt */
  @Transform(toInt)
  @Min(10)
  @IsInt({ message: 'NOTIFY_BACKOFF_MS must be an integer' })
  NOTIFY_BACKOFF_MS = 5000;

  /** how often the worker looks for integrations that stopped sending events */
  @Transform(toInt)
  @Min(100)
  @IsInt({ message: 'SILENCE_CHECK_MS must be an integer' })
  SILENCE_CHECK_MS = 300_000;

  /** a learned silence interval is never shorter than this (seam.yaml's expectedIntervalMinutes is taken as given) */
  @Transform(toInt)
  @Min(1)
  @Max(10_080)
  @IsInt({ message: 'SILENCE_MIN_EXPECTED_MINUTES must be an integer' })
  SILENCE_MIN_EXPECTED_MINUTES = 15;

  /** how far back an integration's arrivals are read to learn its usual gaps */
  @Transform(toInt)
  @Min(1)
  @Max(90)
  @IsInt({ message: 'SILENCE_HISTORY_DAYS must be an integer' })
  SILENCE_HISTORY_DAYS = 7;

  /** the mean time to acknowledge reports hold teams to (response report, hypercare exit) */
  @Transform(toInt)
  @Min(1)
  @Max(10_080)
  @IsInt({ message: 'MTTA_TARGET_MINUTES must be an integer' })
  MTTA_TARGET_MINUTES = 30;

  /** hypercare cannot end while a defect older than this many days is open */
  @Transform(toInt)
  @Min(1)
  @Max(90)
  @IsInt({ message: 'HYPERCARE_MAX_OPEN_DEFECT_DAYS must be an integer' })
  HYPERCARE_MAX_OPEN_DEFECT_DAYS = 2;

  /** how often the worker sends due digests and re-checks issues whose notification check was lost */
  @Transform(toInt)
  @Min(100)
  @IsInt({ message: 'ESCALATION_SWEEP_MS must be an integer' })
  ESCALATION_SWEEP_MS = 60_000;

  /** how often the worker audits every escalation path (it also runs after every configuration or away change) */
  @Transform(toInt)
  @Min(1000)
  @IsInt({ message: 'ESCALATION_AUDIT_MS must be an integer' })
  ESCALATION_AUDIT_MS = 3_600_000;

  /** how often the worker decides drills whose outcome is known */
  @Transform(toInt)
  @Min(100)
  @IsInt({ message: 'DRILL_JUDGE_MS must be an integer' })
  DRILL_JUDGE_MS = 30_000;

  /**
   * stored events received longer ago than this many days are pruned by a scheduled BullMQ job: weeks wholly
   * past it are dropped, what is left deleted in batches (issues keep their counts and record ids; an event
   * not yet processed is never pruned; a replay is a duplicate for as long as its event is kept)
   */
  @Transform(toInt)
  @Min(1)
  @IsInt({ message: 'RETENTION_DAYS must be an integer' })
  RETENTION_DAYS = 90;

  /**
   * on SIGTERM/SIGINT: stop accepting, drain in-flight requests and jobs, close connections and exit 0;
   * past this bound exit 1 anyway (jobs still held return to the queue through BullMQ's stall check)
   */
  @Transform(toInt)
  @Min(500)
  @IsInt({ message: 'SHUTDOWN_TIMEOUT_MS must be an integer' })
  SHUTDOWN_TIMEOUT_MS = 10_000;

  /** stored events per pipeline job: one job per webhook write rather than per event */
  @Transform(toInt)
  @Min(1)
  @Max(1000)
  @IsInt({ message: 'EVENTS_PER_JOB must be an integer' })
  EVENTS_PER_JOB = 50;

  /**
   * webhook writes (INSERT + enqueue) at once per API process; concurrent requests beyond it are grouped
   * into the next write. Two measured best on two cores (scripts/bench/ingest.ts): fewer writes in flight
   * make bigger groups, and single-event webhooks at 50 clients went from 5,800 req/s at 4 to 6,700 at 2.
   */
  @Transform(toInt)
  @Min(1)
  @Max(64)
  @IsInt({ message: 'INGEST_COMMITS_IN_FLIGHT must be an integer' })
  INGEST_COMMITS_IN_FLIGHT = 2;

  /** attempts per pipeline job before its event is marked failed (a poison event stops here) */
  @Transform(toInt)
  @Min(1)
  @Max(50)
  @IsInt({ message: 'JOB_ATTEMPTS must be an integer' })
  JOB_ATTEMPTS = 8;

  /** first retry delay of a failed job; doubles on every attempt (8 attempts at 500 ms span about a minute) */
  @Transform(toInt)
  @Min(10)
  @IsInt({ message: 'JOB_BACKOFF_MS must be an integer' })
  JOB_BACKOFF_MS = 500;

  /** how long a worker holds a job before another may take it over (a killed worker's jobs return after this) */
  @Transform(toInt)
  @Min(1000)
  @IsInt({ message: 'JOB_LOCK_MS must be an integer' })
  JOB_LOCK_MS = 30_000;

  /** how often the retention job runs, which is also when next weeks' event partitions are made */
  @Transform(toInt)
  @Min(100)
  @IsInt({ message: 'RETENTION_SWEEP_MS must be an integer' })
  RETENTION_SWEEP_MS = 3_600_000;

  /**
   * requests per minute one API key (or console session) may make, on every route but `/health` (public
   * routes count per address); 429 with `Retry-After` past it. A Redis that does not answer lets requests
   * through rather than refuse webhooks
   */
  @Transform(toInt)
  @Min(1)
  @IsInt({ message: 'RATE_LIMIT_PER_KEY must be an integer' })
  RATE_LIMIT_PER_KEY = 6000;

  /** webhook requests per minute for one integration, whichever key sends them */
  @Transform(toInt)
  @Min(1)
  @IsInt({ message: 'RATE_LIMIT_PER_INTEGRATION must be an integer' })
  RATE_LIMIT_PER_INTEGRATION = 6000;

  /** one outbound call to a channel may take this long */
  @Transform(toInt)
  @Min(100)
  @IsInt({ message: 'NOTIFY_TIMEOUT_MS must be an integer' })
  NOTIFY_TIMEOUT_MS = 10_000;

  /**
   * failed authentications (unknown or revoked key, bad session, bad Basic password) one client address may
   * make per minute; past it the address gets 429 for a minute without its keys being looked up
   */
  @Transform(toInt)
  @Min(1)
  @IsInt({ message: 'AUTH_FAILURES_PER_IP must be an integer' })
  AUTH_FAILURES_PER_IP = 30;

  /**
   * which proxies' X-Forwarded-For to believe for the client address (rate limits, failed-auth caps):
   * `false` (none: the socket's address), `true` (any), a hop count such as `1`, or a comma-separated list
   * of proxy addresses or CIDRs. Behind a load balancer leave it `false` and every client shares one bucket.
   */
  @IsString()
  @Matches(/^(true|false|\d{1,2}|[0-9a-fA-F:./]+(\s*,\s*[0-9a-fA-F:./]+)*)$/, {
    message: 'TRUST_PROXY must be true, false, a hop count, or a comma-separated list of addresses or CIDRs',
  })
  TRUST_PROXY = 'false';

  /** Bull Board at /admin/queues is read-only unless this is `true` (retry, remove, pause and clean jobs) */
  @IsIn(['true', 'false'], { message: 'QUEUE_DASHBOARD_WRITE must be true or false' })
  QUEUE_DASHBOARD_WRITE: 'true' | 'false' = 'false';

  /**
   * let outbound requests (channel targets, retry URLs) reach loopback, link-local, private and other
   * internal addresses; off by default, so a webhook URL cannot be turned against the network Seam runs in
   */
  @Transform(({ value }) =>
    value === undefined || value === '' ? undefined : value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean({ message: 'OUTBOUND_ALLOW_PRIVATE must be true or false' })
  OUTBOUND_ALLOW_PRIVATE = false;

  /**
   * internal targets outbound requests may reach all the same, comma-separated: addresses, CIDR ranges or
   * exact host names, each optionally with :port ("10.20.0.0/16, hooks.corp.internal, 127.0.0.1:4000, [::1]:4000")
   */
  @IsString()
  OUTBOUND_ALLOW = '';

  /** individual pages per integration per budget window; beyond it the owners get one summary at the window's end */
  @Transform(toInt)
  @Min(1)
  @IsInt({ message: 'NOTIFY_BUDGET_PER_INTEGRATION must be an integer' })
  NOTIFY_BUDGET_PER_INTEGRATION = 20;

  /** individual pages across all integrations per budget window */
  @Transform(toInt)
  @Min(1)
  @IsInt({ message: 'NOTIFY_BUDGET_TOTAL must be an integer' })
  NOTIFY_BUDGET_TOTAL = 100;

  /** the notification budget's window (an hour; shorter only for tests and drills of the budget itself) */
  @Transform(toInt)
  @Min(1000)
  @IsInt({ message: 'NOTIFY_BUDGET_WINDOW_MS must be an integer' })
  NOTIFY_BUDGET_WINDOW_MS = 3_600_000;

  /** `production` never generates an admin key (set `SEAM_ADMIN_KEY`); elsewhere the first start makes one */
  @IsIn(['development', 'production', 'test'], { message: 'NODE_ENV must be development, production or test' })
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  /**
   * fatal, error, warn, log, debug, verbose; every line is one JSON object on stdout (pino). Nest's own
   * start-up lines (modules, one per route) are at `debug`
   */
  @IsIn(['fatal', 'error', 'warn', 'log', 'debug', 'verbose'], {
    message: 'LOG_LEVEL must be one of fatal, error, warn, log, debug, verbose',
  })
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';
}

export class ConfigError extends Error {}

/** TRUST_PROXY as Fastify's `trustProxy` option takes it. */
export function trustProxyOption(value: string): boolean | number | string[] {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((part) => part.trim());
}

/** Reads and validates the environment; throws ConfigError with one line per bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const known = Object.keys(new AppConfig()).concat(
    'DATABASE_URL',
    'DATABASE_SCHEMA',
    'DATABASE_REPLICA_URL',
    'REDIS_URL',
  );
  const picked: Record<string, string> = {};
  for (const key of known) if (env[key] !== undefined) picked[key] = env[key] as string;
  const config = plainToInstance(AppConfig, picked, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: true, stopAtFirstError: true });
  if (errors.length > 0) {
    const lines = errors.flatMap((e) => Object.values(e.constraints ?? {}));
    throw new ConfigError(lines.join('\n'));
  }
  const allowList = parseAllowList(config.OUTBOUND_ALLOW);
  if (allowList.errors.length > 0) throw new ConfigError(allowList.errors.join('\n'));
  // the embedded database has no replica to read from
  if (config.DATABASE_REPLICA_URL && !config.DATABASE_URL)
    throw new ConfigError('DATABASE_REPLICA_URL needs DATABASE_URL: a replica of the embedded database cannot exist');
  return config;
}

/** Where outbound requests may go, from OUTBOUND_ALLOW_PRIVATE and OUTBOUND_ALLOW (checked by loadConfig). */
export function outboundPolicyOf(config: AppConfig): OutboundPolicy {
  return { allowPrivate: config.OUTBOUND_ALLOW_PRIVATE, allow: parseAllowList(config.OUTBOUND_ALLOW).entries };
}

/** Where people reach this service: PUBLIC_URL, or the local port when unset; no trailing slash. */
export function publicBaseUrl(config: Pick<AppConfig, 'PUBLIC_URL' | 'PORT'>): string {
  return (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
}
