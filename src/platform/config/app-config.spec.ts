import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, outboundPolicyOf } from './app-config';

describe('loadConfig', () => {
  it('defaults to the one-command start: port 3000, all roles, no database or Redis URL', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      ROLE: 'all',
      DATABASE_URL: undefined,
      REDIS_URL: undefined,
      TRIAGE_THRESHOLD: 0.55,
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be an integer'],
    [{ PORT: '70000' }, 'PORT must not be greater than 65535'],
    [{ ROLE: 'boss' }, 'ROLE must be one of all, api, worker'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must be a postgres:// connection string'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL must be a redis:// or rediss:// URL'],
    [{ TRIAGE_THRESHOLD: '2' }, 'TRIAGE_THRESHOLD must not be greater than 1'],
    [
      { QUEUE_PREFIX: 'seam:prod' },
      'QUEUE_PREFIX must be 1..40 letters, digits, _ or -, or such a name in braces as a Redis Cluster hash tag ({seam})',
    ],
    [
      { QUEUE_PREFIX: '{seam' },
      'QUEUE_PREFIX must be 1..40 letters, digits, _ or -, or such a name in braces as a Redis Cluster hash tag ({seam})',
    ],
    [
      { QUEUE_PREFIX: 'a{seam}' },
      'QUEUE_PREFIX must be 1..40 letters, digits, _ or -, or such a name in braces as a Redis Cluster hash tag ({seam})',
    ],
    [
      { DATABASE_URL: 'postgres://primary/seam', DATABASE_REPLICA_URL: 'replica:5432' },
      'DATABASE_REPLICA_URL must be a postgres:// connection string',
    ],
    [
      { DATABASE_REPLICA_URL: 'postgres://replica/seam' },
      'DATABASE_REPLICA_URL needs DATABASE_URL: a replica of the embedded database cannot exist',
    ],
    [{ DATABASE_POOL_SIZE: '0' }, 'DATABASE_POOL_SIZE must not be less than 1'],
  ])('rejects %o with one line naming the variable and the rule', (env, line) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${line.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
  });

  it.each(['seam', 'tenant_7-prod', '{seam}', '{seam-eu}'])(
    'takes %s as a queue prefix (a hash tag for Redis Cluster included)',
    (prefix) => {
      expect(loadConfig({ QUEUE_PREFIX: prefix }).QUEUE_PREFIX).toBe(prefix);
    },
  );

  it('takes a read replica beside the primary, and a pool size', () => {
    expect(
      loadConfig({
        DATABASE_URL: 'postgres://primary/seam',
        DATABASE_REPLICA_URL: 'postgresql://replica/seam',
        DATABASE_POOL_SIZE: '25',
      }),
    ).toMatchObject({
      DATABASE_REPLICA_URL: 'postgresql://replica/seam',
      DATABASE_POOL_SIZE: 25,
    });
  });

  it('ignores variables it does not know', () => {
    expect(loadConfig({ HOME: '/root', PORT: '8080' }).PORT).toBe(8080);
  });
});

describe('loadConfig: outbound requests and the notification budget', () => {
  it('denies internal targets and caps pages at 20 per integration and 100 overall per hour unless told otherwise', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      OUTBOUND_ALLOW_PRIVATE: false,
      OUTBOUND_ALLOW: '',
      NOTIFY_BUDGET_PER_INTEGRATION: 20,
      NOTIFY_BUDGET_TOTAL: 100,
      NOTIFY_BUDGET_WINDOW_MS: 3_600_000,
    });
    expect(outboundPolicyOf(config)).toEqual({ allowPrivate: false, allow: [] });
  });

  it('takes an allow-list and the private switch', () => {
    const policy = outboundPolicyOf(
      loadConfig({ OUTBOUND_ALLOW: '127.0.0.0/8, hooks.internal:8443', OUTBOUND_ALLOW_PRIVATE: 'true' }),
    );
    expect(policy.allowPrivate).toBe(true);
    expect(policy.allow.map((e) => e.text)).toEqual(['127.0.0.0/8', 'hooks.internal:8443']);
  });

  it.each([
    [{ OUTBOUND_ALLOW_PRIVATE: 'yes' }, 'OUTBOUND_ALLOW_PRIVATE must be true or false'],
    [{ OUTBOUND_ALLOW: '10.0.0.0/8, bad host!' }, 'OUTBOUND_ALLOW entry "bad host!" must be'],
    [{ NOTIFY_BUDGET_PER_INTEGRATION: '0' }, 'NOTIFY_BUDGET_PER_INTEGRATION must not be less than 1'],
    [{ NOTIFY_BUDGET_TOTAL: 'many' }, 'NOTIFY_BUDGET_TOTAL must be an integer'],
  ])('rejects %o naming the variable', (env, line) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(line);
  });
});
