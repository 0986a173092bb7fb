import { describe, expect, it } from 'vitest';
import type { ClassifiableEvent, UserRule } from './classification.types';
import { compileRules, matchingRules } from './user-rules';

const event: ClassifiableEvent = {
  integration: 'portal-netsuite-orders',
  occurredAt: '2026-11-10T10:00:00Z',
  source: { system: 'portal', entity: 'order', id: 'SO-1' },
  target: { system: 'netsuite', entity: 'salesOrder' },
  error: { message: 'Invalid custbody_route reference key 7.', code: 'INVALID_KEY_OR_REF', httpStatus: 400 },
  payload: { channel: 'dealer', total: 12 },
};
const rule = (id: string, match: UserRule['match'], priority?: number): UserRule => ({
  id,
  match,
  priority,
  classification: 'defect',
});

describe('user rules', () => {
  it.each<[string, UserRule['match'], boolean]>([
    ['target system, any case', { system: 'NetSuite' }, true],
    ['another system', { system: 'xero' }, false],
    ['source system', { sourceSystem: 'portal' }, true],
    ['source or target entity', { entity: 'order' }, true],
    ['target entity', { entity: 'salesOrder' }, true],
    ['another entity', { entity: 'invoice' }, false],
    ['integration', { integration: 'portal-netsuite-orders' }, true],
    ['code', { code: 'invalid_key_or_ref' }, true],
    ['code and a message that does not match', { code: 'INVALID_KEY_OR_REF', messageRegex: 'subsidiary' }, false],
    ['message regex, case-insensitive', { messageRegex: 'CUSTBODY_\\w+ reference' }, true],
    ['http status', { httpStatus: 400 }, true],
    ['other http status', { httpStatus: 500 }, false],
    ['payload field present', { payloadField: 'channel' }, true],
    ['payload field with value', { payloadField: 'channel', payloadValue: 'dealer' }, true],
    ['payload field with another value', { payloadField: 'channel', payloadValue: 'web' }, false],
    ['payload field absent', { payloadField: 'coupon' }, false],
    ['payload field named like a prototype method', { payloadField: 'toString' }, false],
    ['payload field constructor', { payloadField: 'constructor' }, false],
    ['payload field __proto__', { payloadField: '__proto__' }, false],
  ])('%s', (_name, match, expected) => {
    expect(matchingRules(compileRules([rule('r', match)]), event).length).toBe(expected ? 1 : 0);
  });

  it('orders matches by priority, then by the order given', () => {
    const rules = [
      rule('late', { system: 'netsuite' }, 50),
      rule('first', { code: 'INVALID_KEY_OR_REF' }, 10),
      rule('tie', { integration: 'portal-netsuite-orders' }, 50),
      rule('none', { system: 'xero' }, 1),
    ];
    expect(matchingRules(compileRules(rules), event).map((r) => r.id)).toEqual(['first', 'late', 'tie']);
  });

  it('finds the one matching rule among thousands indexed by code and system', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      rule(`r${i}`, i % 2 ? { code: `CODE_${i}` } : { system: `system-${i}` }),
    );
    many.push(rule('hit', { code: 'INVALID_KEY_OR_REF', entity: 'order' }));
    expect(matchingRules(compileRules(many), event).map((r) => r.id)).toEqual(['hit']);
  });

  it('a saved pattern the linear-time engine refuses matches nothing, and is reported', () => {
    const compiled = compileRules([
      rule('lookahead', { messageRegex: 'custbody(?=_route)' }),
      rule('plain', { messageRegex: 'custbody_route' }),
    ]);
    expect(matchingRules(compiled, event).map((r) => r.id)).toEqual(['plain']);
    expect(compiled.refused).toEqual([
      { rule: expect.objectContaining({ id: 'lookahead' }), problem: expect.stringMatching(/^lookahead/) },
    ]);
  });

  it('matches a payload field the payload owns even when it is named like a prototype method', () => {
    const own = { ...event, payload: { toString: 'x' } };
    expect(matchingRules(compileRules([rule('r', { payloadField: 'toString', payloadValue: 'x' })]), own)).toHaveLength(
      1,
    );
  });
});
