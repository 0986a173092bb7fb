import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DrillRepository } from '../../src/drills/drill.repository';
import { IssueRepository, type FailureFacts } from '../../src/issues/issue.repository';
import { UnitOfWork } from '../../src/platform/database/unit-of-work';
import { startTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
let issues: IssueRepository;
let unitOfWork: UnitOfWork;

beforeAll(async () => {
  database = await startTestDatabase();
  issues = new IssueRepository(database.db);
  unitOfWork = new UnitOfWork(database.db);
});

afterAll(async () => {
  await database?.close();
});

const facts = (fingerprint: string): FailureFacts => ({
  fingerprint,
  integration: 'shop-erp',
  sourceSystem: 'shop',
  sourceEntity: 'order',
  sourceId: 'SO-1',
  sourceUrl: null,
  sourceLabel: null,
  targetSystem: 'netsuite',
  targetEntity: 'salesOrder',
  targetId: null,
  targetUrl: null,
  errorCode: null,
  title: 'Customer CUST-1 does not exist',
  normalisedMessage: 'customer <id> does not exist',
  message: 'Customer CUST-1 does not exist',
  occurredAt: new Date('2026-11-30T08:00:00Z'),
  release: null,
});

async function openIssue(fingerprint: string): Promise<string> {
  return unitOfWork.run(async (tx) => {
    const { issue } = await issues.lockOrOpen(
      facts(fingerprint),
      { classification: 'bad_source_data', category: 'invalid_reference', ownerTeam: 'support' },
      tx,
    );
    return issue.id;
  });
}

describe('IssueRepository on Postgres', () => {
  it('opens one issue per fingerprint, however often it is asked', async () => {
    const first = await openIssue('fp-open');
    expect(await openIssue('fp-open')).toBe(first);
    expect((await issues.findById(first))?.fingerprint).toBe('fp-open');
  });

  it('finds nothing for an id that is not a uuid, instead of a database error', async () => {
    expect(await issues.findById('42')).toBeNull();
    expect(await issues.findById('------------------------------------')).toBeNull();
  });

  it('claims an escalation level for a state once: the racing claims find it taken', async () => {
    const id = await openIssue('fp-claim');
    const claims = await Promise.all(
      [1, 2, 3].map(() => unitOfWork.run((tx) => issues.claimLevel(id, 'state-a', 1, tx))),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
    // a higher level of the same state is a new claim; a lower one is not
    expect(await unitOfWork.run((tx) => issues.claimLevel(id, 'state-a', 2, tx))).toBe(true);
    expect(await unitOfWork.run((tx) => issues.claimLevel(id, 'state-a', 1, tx))).toBe(false);
  });

  it('claims a state for the digest once', async () => {
    const id = await openIssue('fp-digest');
    expect(await issues.claimForDigest(id, 'state-b')).toBe(true);
    expect(await issues.claimForDigest(id, 'state-b')).toBe(false);
    expect(await issues.claimForDigest(id, 'state-c')).toBe(true);
  });
});

describe('DrillRepository on Postgres', () => {
  it('records a verdict once', async () => {
    const drills = new DrillRepository(database.db);
    const id = randomUUID();
    await drills.insert({
      id,
      scenario: 'data_mismatch',
      integration: 'drill-medium',
      asIf: null,
      clockOffsetMs: 0,
      requestedBy: 'test',
      eventIds: [],
    });
    expect(await drills.decide(id, 'failed', 'nobody acknowledged', new Date())).toBe(true);
    expect(await drills.decide(id, 'passed', 'a late judge', new Date())).toBe(false);
  });
});
