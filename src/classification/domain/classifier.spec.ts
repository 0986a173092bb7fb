import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  Category,
  ClassifiableEvent,
  ClassificationContext,
  Classification,
  UserRule,
} from './classification.types';
import { classify, type ClassifierKnowledge } from './classifier';
import { readMessage } from './message-knowledge';
import { correctionFeaturesOf, learnCorrection, NO_CORRECTIONS } from './model/corrections';
import type { LinearModel } from './model/linear-model';
import { BUILT_IN_PACKS } from './packs';
import { compileRules } from './user-rules';

const SHIPPED_MODEL = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', 'data', 'model', 'seam-model.json'), 'utf8'),
) as LinearModel;

const knowledge = (extra: Partial<ClassifierKnowledge> = {}): ClassifierKnowledge => ({
  rules: compileRules([]),
  settings: { triageThreshold: 0.55 },
  ...extra,
});

const failure = (
  system: string,
  message: string,
  code?: string,
  httpStatus?: number,
  overrides: Partial<ClassifiableEvent> = {},
): ClassifiableEvent => ({
  integration: `portal-${system}`,
  occurredAt: '2026-11-10T10:00:00Z',
  status: 'failed',
  source: { system: 'portal', entity: 'order', id: 'SO-1' },
  target: { system, entity: 'salesOrder' },
  error: { message, code, httpStatus },
  ...overrides,
});

// Phrasings written for these tests, not taken from the shared corpus: the packs must know families, not strings.
describe('message-only classification, by knowledge pack family', () => {
  it.each<[string, string, string | undefined, number | undefined, Classification, Category]>([
    [
      'netsuite',
      'Invalid department reference key 88 for subsidiary 2.',
      'INVALID_KEY_OR_REF',
      400,
      'bad_source_data',
      'invalid_reference',
    ],
    [
      'netsuite',
      'A record with this external id already exists',
      'DUP_RCRD',
      200,
      'bad_source_data',
      'duplicate_record',
    ],
    [
      'netsuite',
      'Permission Violation: you need the Create level of the Cash Sale permission.',
      'INSUFFICIENT_PERMISSION',
      200,
      'process_change',
      'permission_changed',
    ],
    [
      'netsuite',
      'The period you selected is closed for posting.',
      'USER_ERROR',
      200,
      'process_change',
      'period_locked',
    ],
    [
      'netsuite',
      'Only 5 concurrent requests are allowed for this account.',
      'EXCEEDED_CONCURRENT_REQUEST_LIMIT',
      200,
      'defect',
      'rate_limited',
    ],
    [
      'salesforce',
      'REQUIRED_FIELD_MISSING: Required fields are missing: [LastName]',
      'REQUIRED_FIELD_MISSING',
      400,
      'bad_source_data',
      'missing_required_value',
    ],
    [
      'salesforce',
      'FIELD_CUSTOM_VALIDATION_EXCEPTION, Closed deals need a signed contract attached',
      'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      400,
      'process_change',
      'approval_required',
    ],
    [
      'salesforce',
      'INVALID_SESSION_ID: Session expired or invalid',
      'INVALID_SESSION_ID',
      401,
      'defect',
      'auth_config',
    ],
    [
      'business-central',
      "The Item does not exist. Identification fields and values: No.='1996-S'",
      'Internal_RecordNotFound',
      404,
      'bad_source_data',
      'invalid_reference',
    ],
    [
      'business-central',
      'Posting Date is not within your range of allowed posting dates.',
      'Application_DialogException',
      400,
      'process_change',
      'period_locked',
    ],
    [
      'business-central',
      'Another user has already changed the record. Refresh and try again.',
      'Request_EntityChanged',
      409,
      'defect',
      'concurrency',
    ],
    [
      'd365-finance',
      "Write failed for table row of type 'VendVendorV2Entity'. Infolog: Warning: Vendor V-2231 already exists.",
      'AxODataWriteException',
      400,
      'bad_source_data',
      'duplicate_record',
    ],
    [
      'myob',
      'ValidationError: Amount is required (AdditionalDetails: Amount:(Line))',
      '1000',
      400,
      'bad_source_data',
      'missing_required_value',
    ],
    [
      'myob',
      'You may not record transactions dated before the lock period',
      'BusinessEvent_DateOccured_InLockPeriod',
      400,
      'process_change',
      'period_locked',
    ],
    ['sap', 'Posting period 011 2026 is not open', 'F5201', undefined, 'process_change', 'period_locked'],
    [
      'sap',
      'Calling the backend system S4PCLNT200 triggered an error. Contact your administrator',
      '/IWFND/CM_MGW004',
      500,
      'defect',
      'upstream_5xx',
    ],
    [
      'xero',
      'The Contact Name field must be specified.',
      'ValidationException',
      400,
      'bad_source_data',
      'missing_required_value',
    ],
    [
      'xero',
      'The document date cannot be before the end of year lock date',
      'ValidationException',
      400,
      'process_change',
      'period_locked',
    ],
    [
      'quickbooks',
      'Stale Object Error : You and Sync Bot were working on this at the same time.',
      '5010',
      400,
      'defect',
      'concurrency',
    ],
    [
      'quickbooks',
      'Duplicate Name Exists Error: The name supplied already exists.',
      '6240',
      400,
      'bad_source_data',
      'duplicate_record',
    ],
    ['shopify', '{"errors":{"sku":["has already been taken"]}}', '422', 422, 'bad_source_data', 'duplicate_record'],
    ['shopify', 'Exceeded 4 calls per second for api client.', '429', 429, 'defect', 'rate_limited'],
    [
      'hubspot',
      '{"message":"Deal Stage was not one of the allowed options: [appointmentscheduled, closedwon]","category":"VALIDATION_ERROR"}',
      'INVALID_OPTION',
      400,
      'process_change',
      'unmapped_value',
    ],
    [
      'stripe',
      'This product is archived and cannot be used on new prices.',
      'invalid_request_error',
      400,
      'process_change',
      'inactive_reference',
    ],
  ])('%s: %s', (system, message, code, status, classification, category) => {
    const result = classify(failure(system, message, code, status), {}, knowledge());
    expect(result.classification).toBe(classification);
    expect(result.category).toBe(category);
  });
});

describe('generic message signals carry systems no pack covers', () => {
  it.each<[string, number | undefined, Classification]>([
    [
      "TypeError: Cannot read properties of undefined (reading 'lines')\n    at mapOrder (/app/src/map.js:42:17)",
      undefined,
      'defect',
    ],
    ['duplicate key value violates unique constraint "orders_pkey" SQLSTATE 23505', undefined, 'defect'],
    ['Request timed out after 30000 ms', undefined, 'defect'],
    ['Too many requests, slow down', 429, 'defect'],
    ['Customer number is required', 422, 'bad_source_data'],
    ['The phone number +61 4x2 is not valid', 422, 'bad_source_data'],
    ['The fiscal period 2026-10 is closed', 422, 'process_change'],
    ['Purchase order requires manager approval before it can be received', 422, 'process_change'],
  ])('a system no pack covers: %s', (message, status, classification) => {
    expect(classify(failure('acme-erp', message, undefined, status), {}, knowledge()).classification).toBe(
      classification,
    );
  });

  it('answers needs_triage when nothing is recognised, naming the two candidates and what would decide', () => {
    const result = classify(failure('acme-erp', 'Zorp'), {}, knowledge());
    expect(result.classification).toBe('needs_triage');
    expect(result.reasons[0].signal).toBe('needs_triage');
    expect(result.reasons[0].detail).toMatch(/^leans to .+ \(\d+%\), could be .+ \(\d+%\): /);
    expect(result.reasons.map((r) => r.signal)).toContain('no_signal');
    expect(result.candidates).toHaveLength(2);
    expect(result.confidence).toBeLessThan(0.55);
  });

  it('lists reasons heaviest first and names the category', () => {
    const result = classify(
      failure('netsuite', 'Invalid item reference key 12.', 'INVALID_KEY_OR_REF', 400),
      {},
      knowledge(),
    );
    const evidence = result.reasons.filter((r) => r.weight > 0);
    const weights = evidence.map((r) => r.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(evidence[0].signal).toBe('pack:ns.invalid_key_or_ref');
    // the reason says what matched, so a wrong match shows
    expect(evidence[0].detail).toContain('code INVALID_KEY_OR_REF');
    // a reference not found cannot be decided from the message: the answer says so, and what would decide
    expect(result.reasons[0].signal).toBe('undecided_by_message');
    expect(result.confidence).toBeLessThan(0.8);
    expect(result.reasons.some((r) => r.signal === 'category')).toBe(true);
  });

  it('respects the configured triage threshold', () => {
    const event = failure('acme-erp', 'Customer number is required', undefined, 422);
    expect(classify(event, {}, knowledge({ settings: { triageThreshold: 0.99 } })).classification).toBe('needs_triage');
  });
});

// Context: the same message, different surroundings, different owners.
const t = (minutes: number): string => new Date(Date.parse('2026-11-10T10:00:00Z') + minutes * 60_000).toISOString();
const history = (over: Partial<NonNullable<ClassificationContext['history']>>): ClassificationContext['history'] => ({
  firstSeenAt: t(0),
  lastSeenAt: t(30),
  occurrences: 1,
  distinctRecords: 1,
  maxFailuresPerRecord: 1,
  recordsRecovered: 0,
  ...over,
});
const refKey = failure('netsuite', 'Invalid custbody_route reference key 7.', 'INVALID_KEY_OR_REF', 400);
const badValue = failure(
  'netsuite',
  'You have entered an Invalid Field Value On Consignment for the following field: orderstatus',
  'INVALID_FLD_VALUE',
  400,
  {
    payload: { orderStatus: 'On Consignment' },
  },
);

const duplicateOrder = failure(
  'salesforce',
  'duplicate value found: External_Order_Id__c duplicates value on record with id: 0015g00000XyZab',
  'DUPLICATE_VALUE',
  400,
  { source: { system: 'portal', entity: 'order', id: 'SO-88' } },
);
const newItem = failure(
  'business-central',
  "The Item does not exist. Identification fields and values: No.='M-4471'",
  undefined,
  400,
  { payload: { itemNo: 'M-4471' } },
);

describe('context signals', () => {
  it.each<[string, ClassifiableEvent, ClassificationContext, Classification, string]>([
    [
      'many records on one constant value right after a release: regression',
      refKey,
      {
        history: history({ occurrences: 30, distinctRecords: 30, distinctMessages: 1 }),
        releases: [{ version: '2.4.0', deployedAt: t(-5), integration: 'portal-netsuite' }],
        successesBefore: 40,
        failuresBeforeLatestRelease: 0,
      },
      'defect',
      'release_timing',
    ],
    [
      'decoy: a release happened, but the signature is older than it and one record repeats',
      refKey,
      {
        history: history({ occurrences: 8, distinctRecords: 1, maxFailuresPerRecord: 8 }),
        releases: [{ version: '2.4.0', deployedAt: t(-5), integration: 'portal-netsuite' }],
        successesBefore: 40,
        successesSince: 100,
        failuresBeforeLatestRelease: 3,
      },
      'bad_source_data',
      'one_record_repeating',
    ],
    [
      'decoy: a release of another integration does not count',
      refKey,
      {
        history: history({ occurrences: 30, distinctRecords: 30, distinctMessages: 4 }),
        releases: [{ version: '9.0.0', deployedAt: t(-5), integration: 'warehouse-sync' }],
        successesBefore: 40,
      },
      'bad_source_data',
      'pack:ns.invalid_key_or_ref',
    ],
    [
      'a business change naming the failing value, new in the failures: process change',
      badValue,
      {
        history: history({ occurrences: 25, distinctRecords: 25, distinctMessages: 1 }),
        changes: [
          {
            system: 'portal',
            entity: 'order',
            description: "Added order status 'On Consignment' for dealers",
            changedAt: t(-60),
          },
        ],
        failingField: {
          field: 'orderStatus',
          value: 'On Consignment',
          valuesInSuccesses: ['Pending Fulfillment', 'Billed'],
          successesWithField: 60,
          distinctFailingValues: 1,
        },
      },
      'process_change',
      'business_change',
    ],
    [
      'a new value on many records with no recorded change: still a process change',
      badValue,
      {
        history: history({ occurrences: 12, distinctRecords: 12 }),
        failingField: {
          field: 'orderStatus',
          value: 'On Consignment',
          valuesInSuccesses: ['Billed'],
          successesWithField: 80,
          distinctFailingValues: 1,
        },
      },
      'process_change',
      'value_novelty',
    ],
    [
      'a new item on many records with no recorded change: a master record the target lacks, bad source data',
      newItem,
      {
        history: history({ occurrences: 15, distinctRecords: 15, distinctMessages: 1 }),
        failingField: {
          field: 'itemNo',
          value: 'M-4471',
          valuesInSuccesses: ['M-1001', 'M-1002', 'M-1003'],
          successesWithField: 200,
          distinctFailingValues: 1,
        },
      },
      'bad_source_data',
      'value_novelty',
    ],
    [
      'a new ship method on many records: configuration someone must set up, a process change',
      failure('netsuite', 'Invalid shipping method reference key Drone Express.', 'INVALID_KEY_OR_REF', 400, {
        payload: { shippingMethod: 'Drone Express' },
      }),
      {
        history: history({ occurrences: 15, distinctRecords: 15, distinctMessages: 1 }),
        failingField: {
          field: 'shippingMethod',
          value: 'Drone Express',
          valuesInSuccesses: ['Courier', 'Pickup'],
          successesWithField: 200,
          distinctFailingValues: 1,
        },
      },
      'process_change',
      'value_novelty',
    ],
    [
      'decoy: a business change days before does not make a throttle a process change',
      failure('netsuite', 'Too many requests', undefined, 429),
      {
        history: history({ occurrences: 40, distinctRecords: 40 }),
        changes: [{ system: 'netsuite', description: 'New approval workflow on bills', changedAt: t(-3000) }],
      },
      'defect',
      'http_status',
    ],
    [
      'one record failing again and again while its neighbours sync: bad source data',
      failure('netsuite', 'Invalid entity reference key 1042.', 'INVALID_KEY_OR_REF', 400),
      {
        history: history({ occurrences: 12, distinctRecords: 1, maxFailuresPerRecord: 12 }),
        successesBefore: 20,
        successesSince: 180,
      },
      'bad_source_data',
      'one_record_repeating',
    ],
    [
      'records that later synced were fixed at the source',
      failure('acme-erp', 'Field mismatch on partner'),
      { history: history({ occurrences: 3, distinctRecords: 3, recordsRecovered: 3 }) },
      'bad_source_data',
      'recovered_after_fix',
    ],
  ])('%s', (_name, event, context, classification, strongestSignal) => {
    const result = classify(event, context, knowledge());
    expect(result.classification).toBe(classification);
    expect(result.reasons.map((r) => r.signal)).toContain(strongestSignal);
  });

  it('reads a record that already exists a minute after its create timed out as the integration sending it again', () => {
    // with the shipped model, as the service classifies: the packs alone outvote any context on a duplicate
    const shipped = knowledge({ model: SHIPPED_MODEL });
    for (const [system, message, code] of [
      [
        'salesforce',
        'duplicate value found: External_Order_Id__c duplicates value on record with id: 0015g0000',
        'DUPLICATE_VALUE',
      ],
      ['xero', 'Invoice # must be unique.', 'ValidationException'],
      ['shopify', 'Email has already been taken', undefined],
    ] as const) {
      const event = failure(system, message, code, 400, { source: { system: 'portal', entity: 'order', id: 'SO-88' } });
      const context = { history: history({}) };
      const alone = classify(event, context, shipped);
      const retried = classify(
        event,
        { ...context, recordEarlierFailures: [{ occurredAt: t(-1), httpStatus: 504, message: 'Gateway Time-out' }] },
        shipped,
      );
      expect(alone.classification).toBe('bad_source_data');
      expect(retried.classification).toBe('defect');
      expect(retried.reasons.find((r) => r.signal === 'resent_after_unknown_outcome')?.detail).toMatch(
        /order SO-88 failed 1 min earlier with HTTP 504, and now already exists/,
      );
    }
  });

  it('reads a duplicate as a retry only when the earlier attempt may have written: not after a throttle or a lock', () => {
    const after = (failure: { httpStatus?: number; message?: string }) =>
      classify(
        duplicateOrder,
        {
          history: history({ occurrences: 1, distinctRecords: 1 }),
          recordEarlierFailures: [{ occurredAt: t(-1), ...failure }],
        },
        knowledge(),
      );
    const signals = (result: ReturnType<typeof after>) => result.reasons.map((r) => r.signal);
    expect(signals(after({ httpStatus: 502, message: 'Bad Gateway' }))).toContain('resent_after_unknown_outcome');
    expect(signals(after({ message: 'socket hang up' }))).toContain('resent_after_unknown_outcome');
    expect(signals(after({ httpStatus: 429, message: 'Too many requests' }))).not.toContain(
      'resent_after_unknown_outcome',
    );
    expect(signals(after({ message: 'Lock wait timeout exceeded; try restarting transaction' }))).not.toContain(
      'resent_after_unknown_outcome',
    );
    // and only for a duplicate: a record missing a value after a timeout is still missing it
    const missing = classify(
      failure('salesforce', 'Required fields are missing: [LastName]', 'REQUIRED_FIELD_MISSING', 400),
      { history: history({}), recordEarlierFailures: [{ occurredAt: t(-1), httpStatus: 504 }] },
      knowledge(),
    );
    expect(missing.reasons.map((r) => r.signal)).not.toContain('resent_after_unknown_outcome');
  });

  it('takes a release read off the events as it takes a deploy marker, and says which it was', () => {
    const context = {
      history: history({ occurrences: 30, distinctRecords: 30, distinctMessages: 1 }),
      successesBefore: 40,
      failuresBeforeLatestRelease: 0,
    };
    const declared = classify(
      refKey,
      { ...context, releases: [{ version: '2.4.0', deployedAt: t(-5), integration: 'portal-netsuite' }] },
      knowledge(),
    );
    const seen = classify(
      refKey,
      {
        ...context,
        releases: [
          {
            version: '2.4.0',
            deployedAt: t(-5),
            integration: 'portal-netsuite',
            seenOn: 'events' as const,
            previous: '2.3.9',
          },
        ],
      },
      knowledge(),
    );
    expect(seen.classification).toBe('defect');
    expect(seen.confidence).toBe(declared.confidence);
    const timing = (result: typeof seen) => result.reasons.find((r) => r.signal === 'release_timing')?.detail;
    expect(timing(seen)).toMatch(
      /after release 2\.4\.0 of portal-netsuite reached its events \(after 2\.3\.9; .*no deploy marker/,
    );
    expect(timing(declared)).not.toMatch(/deploy marker/);
  });

  it('knows more at the 30th failure than at the first', () => {
    const release = { version: '2.4.0', deployedAt: t(-5), integration: 'portal-netsuite' };
    const first = classify(
      refKey,
      { history: history({}), releases: [release], successesBefore: 40, failuresBeforeLatestRelease: 0 },
      knowledge(),
    );
    const thirtieth = classify(
      refKey,
      {
        history: history({ occurrences: 30, distinctRecords: 30, distinctMessages: 1 }),
        releases: [release],
        successesBefore: 40,
        failuresBeforeLatestRelease: 0,
      },
      knowledge(),
    );
    // one record after a release could be either; thirty on one value cannot
    expect(first.classification).not.toBe('defect');
    expect(thirtieth.classification).toBe('defect');
    expect(thirtieth.confidence).toBeGreaterThan(Math.max(0.9, first.confidence));
  });
});

describe('precedence', () => {
  const rule: UserRule = {
    id: 'r1',
    name: 'route keys are ours',
    match: { system: 'netsuite', messageRegex: 'custbody_route' },
    classification: 'defect',
    category: 'mapping_error',
  };

  it('a matching user rule outweighs every other signal and sets the category', () => {
    const result = classify(refKey, {}, knowledge({ rules: compileRules([rule]) }));
    expect(result).toMatchObject({ classification: 'defect', category: 'mapping_error' });
    expect(result.reasons[0]).toMatchObject({ signal: 'user_rule' });
    expect(result.reasons[0].detail).toContain('route keys are ours');
  });

  it("a human's label beats even a user rule", () => {
    const result = classify(
      refKey,
      { humanLabel: { classification: 'process_change', note: 'new route codes' } },
      knowledge({ rules: compileRules([rule]) }),
    );
    expect(result).toMatchObject({ classification: 'process_change', confidence: 1 });
    expect(result.reasons[0].signal).toBe('human_label');
  });

  it('corrections teach the model, which then speaks for similar messages, not for unrelated ones', () => {
    const taught = failure('acme-freight', 'Consignment rejected: carrier zone QX-9 not enabled for depot');
    const before = classify(
      { ...taught, error: { message: 'Consignment rejected: carrier zone ZZ-1 not enabled for depot' } },
      {},
      knowledge(),
    );
    let corrections = NO_CORRECTIONS;
    const features = readMessage(taught, BUILT_IN_PACKS).features;
    for (let i = 0; i < 3; i++)
      corrections = learnCorrection(
        undefined,
        corrections,
        features,
        correctionFeaturesOf(features, 'acme-freight'),
        'process_change',
      );
    const similar = classify(
      { ...taught, error: { message: 'Consignment rejected: carrier zone ZZ-1 not enabled for depot' } },
      {},
      knowledge({ corrections }),
    );
    expect(similar.classification).toBe('process_change');
    expect(similar.scores.process_change).toBeGreaterThan(before.scores.process_change);
    expect(similar.reasons.map((r) => r.signal)).toContain('learned_from_corrections:process_change');
    const unrelated = classify(
      failure('acme-freight', 'Request timed out after 30000 ms'),
      {},
      knowledge({ corrections }),
    );
    expect(unrelated.classification).toBe('defect');
  });
});
