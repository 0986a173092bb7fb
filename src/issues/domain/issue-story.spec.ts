import { describe, expect, it } from 'vitest';
import { failingFields, nextStep, readableTitle, systemName, whatHappened, type NextStepEvidence } from './issue-story';

describe('readableTitle', () => {
  it.each([
    ['Invalid entity reference key 3310.', 'Invalid entity reference key 3310.'],
    ['  Email   address\n must be valid. ', 'Email address must be valid.'],
    [
      '{"Type":null,"Title":"Unauthorized","Status":401,"Detail":"TokenExpired: token expired at 11/24/2026 01:00:00"}',
      'Unauthorized TokenExpired: token expired at 11/24/2026 01:00:00',
    ],
    [
      'org.mule.X.BarException: HTTP POST on resource \'https://x\' failed: bad request (400). {"message":"Customer CUST-1 is inactive"}',
      'Customer CUST-1 is inactive',
    ],
    ['', 'INVALID_KEY in portal-netsuite'],
    [
      'Reset at https://evil.example/login?x=1 or www.evil.example. [click](http://evil.example)',
      'Reset at <url> or <url>. [click](<url>)',
    ],
  ])('%j → %j', (message, title) => {
    expect(readableTitle(message, { code: message ? null : 'INVALID_KEY', integration: 'portal-netsuite' })).toBe(
      title,
    );
  });

  it('cuts a long message at a word, under 120 characters, marking the cut', () => {
    const title = readableTitle(`Record ORD-77 failed ${'because the warehouse rejected it '.repeat(10)}`, {
      integration: 'x',
    });
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title.startsWith('Record ORD-77 failed because')).toBe(true);
    expect(title.endsWith('…')).toBe(true);
    expect(title).not.toMatch(/\s…$/);
  });

  it('says which integration failed when the message is empty and there is no code', () => {
    expect(readableTitle('   ', { integration: 'pos-myob-sales' })).toBe('Failure in pos-myob-sales');
  });
});

describe('whatHappened', () => {
  const facts = {
    sourceSystem: 'webshop',
    sourceEntity: 'item',
    targetSystem: 'business-central',
    distinctRecords: 6,
    failingRecords: 6,
    occurrences: 6,
    lastRelease: '3.1.0',
    status: 'new',
  };
  it.each([
    [facts, '6 webshop items failed to sync to Business Central since release 3.1.0'],
    [
      {
        ...facts,
        lastRelease: null,
        distinctRecords: 1,
        failingRecords: 1,
        occurrences: 4,
        sourceEntity: 'customer',
        targetSystem: 'netsuite',
      },
      '1 webshop customer failed to sync to netsuite (4 failures)',
    ],
    [
      { ...facts, lastRelease: null, failingRecords: 2, sourceEntity: 'company' },
      '6 webshop companies failed to sync to Business Central; 2 still failing',
    ],
    [
      { ...facts, status: 'resolved', failingRecords: 0, sourceEntity: 'box' },
      '6 webshop boxes failed to sync to Business Central since release 3.1.0; resolved',
    ],
  ])('%#', (f, sentence) => {
    expect(whatHappened(f)).toBe(sentence);
  });

  it('names systems as people write them', () => {
    expect([systemName('business-central'), systemName('netsuite'), systemName(null)]).toEqual([
      'Business Central',
      'netsuite',
      'its target',
    ]);
  });
});

describe('nextStep', () => {
  const evidence = (
    over: Partial<NextStepEvidence['issue']>,
    rest: Partial<NextStepEvidence> = {},
  ): NextStepEvidence => ({
    issue: {
      title: 'Invalid entity reference key 3310.',
      classification: 'bad_source_data',
      integration: 'portal-netsuite-invoices',
      ownerTeam: 'support',
      sourceSystem: 'portal',
      sourceEntity: 'customer',
      targetSystem: 'netsuite',
      distinctRecords: 1,
      failingRecords: 1,
      occurrences: 4,
      lastRelease: null,
      status: 'new',
      firstSeenAt: new Date('2026-11-24T01:00:00Z'),
      candidates: null,
      ...over,
    },
    records: [
      {
        system: 'portal',
        id: 'CUST-3310',
        label: 'Harbour Foods Pty Ltd',
        url: 'https://portal.example/customers/CUST-3310',
        state: 'failing',
      },
    ],
    fields: [],
    changes: [],
    releases: [],
    retryConfigured: false,
    businessOwner: null,
    triageReason: null,
    consoleUrl: 'https://seam.example/console#/issue/1',
    ...rest,
  });

  it('bad source data names the record, its label and field, and offers retry only with a retry URL', () => {
    const without = nextStep(evidence({}, { fields: ['entity'] }));
    expect(without.text).toBe(
      'Fix CUST-3310 (Harbour Foods Pty Ltd) (field entity) in portal, then save it again in portal so the integration syncs again (no retry URL is configured for portal-netsuite-invoices).',
    );
    expect(without.retry).toBe(false);
    const withRetry = nextStep(evidence({}, { retryConfigured: true }));
    expect(withRetry.text).toBe('Fix CUST-3310 (Harbour Foods Pty Ltd) in portal, then retry through the integration.');
    expect(withRetry.retry).toBe(true);
  });

  it('bad source data names at most five records and counts the rest', () => {
    const records = Array.from({ length: 7 }, (_, i) => ({
      system: 'portal',
      id: `C-${i}`,
      label: null,
      url: null,
      state: 'failing',
    }));
    const step = nextStep(evidence({}, { records }));
    expect(step.records).toHaveLength(5);
    expect(step.text).toContain('C-3 and C-4 and 2 more in portal');
  });

  it('process change names the change and the business owner', () => {
    const step = nextStep(
      evidence(
        { classification: 'process_change', targetSystem: 'myob' },
        {
          changes: [
            { system: 'myob', description: 'Old change', changedAt: '2026-11-20T00:00:00Z' },
            {
              system: 'myob',
              description: 'Lock date moved to 31 October for month-end close',
              changedAt: '2026-11-24T00:40:00Z',
            },
          ],
          businessOwner: { team: 'business', name: 'Finance', people: ['Ana', 'Ben'] },
        },
      ),
    );
    expect(step.text).toBe(
      'myob changed: "Lock date moved to 31 October for month-end close". Ask Ana and Ben (Finance) whether the integration should follow the change or the setting should go back.',
    );
    expect(step.change?.description).toBe('Lock date moved to 31 October for month-end close');
  });

  it('process change without a recorded change asks the owner of the target what changed', () => {
    expect(nextStep(evidence({ classification: 'process_change', targetSystem: 'myob' })).text).toContain(
      'No business change is recorded near the first failure. Ask the owner of myob',
    );
  });

  it('defect shows the release and a ticket linking back to the console', () => {
    const step = nextStep(
      evidence({
        classification: 'defect',
        ownerTeam: 'engineering',
        lastRelease: '3.1.0',
        distinctRecords: 6,
        failingRecords: 6,
        occurrences: 6,
      }),
    );
    expect(step.release).toBe('3.1.0');
    expect(step.text).toContain('first seen with release 3.1.0');
    expect(step.ticket?.summary).toBe('[portal-netsuite-invoices] Invalid entity reference key 3310.');
    expect(step.ticket?.description).toContain('Seam: https://seam.example/console#/issue/1');
  });

  it('defect without a release on its events takes the release deployed before it began', () => {
    const step = nextStep(
      evidence(
        { classification: 'defect' },
        {
          releases: [
            { version: '2.0.0', deployedAt: '2026-11-24T00:30:00Z' },
            { version: '2.1.0', deployedAt: '2026-11-24T02:00:00Z' },
          ],
        },
      ),
    );
    expect(step.release).toBe('2.0.0');
  });

  it('needs triage shows the two candidates and what would decide', () => {
    const step = nextStep(
      evidence(
        { classification: 'needs_triage', candidates: ['defect', 'bad_source_data'] },
        {
          triageReason:
            'leans to defect (52%), could be bad source data (40%): if other records sync this field, it is this record’s data',
        },
      ),
    );
    expect(step.candidates).toEqual(['defect', 'bad_source_data']);
    expect(step.text).toBe(
      'Seam cannot tell whether this is defect or bad source data. What decides: if other records sync this field, it is this record’s data. Then reclassify it so the right team is told.',
    );
  });
});

describe('failingFields', () => {
  it('takes error.field first, then payload keys the message names as words', () => {
    expect(
      failingFields([
        { error: { field: 'email', message: 'Email address must be valid.' }, payload: { email: 'x', name: 'A' } },
        {
          error: { message: 'orderStatus: invalid value; rename failed' },
          payload: { orderStatus: 'On Hold', name: 'B' },
        },
        { error: null, payload: null },
      ]),
    ).toEqual(['email', 'orderStatus']);
  });
});
