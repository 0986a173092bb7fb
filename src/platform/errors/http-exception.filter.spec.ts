import { describe, expect, it } from 'vitest';
import { isDependencyOutage } from './http-exception.filter';

describe('isDependencyOutage', () => {
  const cases: Array<[string, unknown, boolean]> = [
    [
      'connection refused',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      true,
    ],
    [
      'server shutting down (admin_shutdown)',
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      true,
    ],
    ['pool connection dropped', new Error('Connection terminated unexpectedly'), true],
    ['pool connect timeout', new Error('timeout exceeded when trying to connect'), true],
    ['starting up', new Error('the database system is starting up'), true],
    [
      'TypeORM wrapping a driver error',
      { name: 'QueryFailedError', message: 'x', driverError: { code: '08006' } },
      true,
    ],
    ['a cause chain', new Error('wrapped', { cause: Object.assign(new Error('reset'), { code: 'ECONNRESET' }) }), true],
    ['a constraint violation', Object.assign(new Error('duplicate key value'), { code: '23505' }), false],
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'x')"), false],
    ['not an error', 'boom', false],
    ['null', null, false],
  ];
  it.each(cases)('%s', (_what, error, expected) => expect(isDependencyOutage(error)).toBe(expected));
});
