import { describe, expect, it } from 'vitest';
import { stateKeySql } from './escalation-queries.repository';

describe('stateKeySql', () => {
  it('is the SQL the sweep always used, derived from escalationStateKey', () => {
    expect(stateKeySql()).toBe(
      `id::text || ':' || status || '.' || regressions || ':' || classification || ':' || owner_team`,
    );
  });

  it('names the columns it is given, and quotes the literals between them', () => {
    const columns = {
      id: 'i.id::text',
      status: 'i.status',
      regressions: 'i.regressions',
      classification: 'i.classification',
      ownerTeam: 'i.owner_team',
    };
    expect(stateKeySql(columns)).toBe(
      `i.id::text || ':' || i.status || '.' || i.regressions || ':' || i.classification || ':' || i.owner_team`,
    );
  });
});
