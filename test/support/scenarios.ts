// Context scenarios of our own, in the shape of data/scenarios.json (which scripts/seam_eval.py
// replays against a running service: `npm run bench:scenarios`). Different systems, messages and values
// from the shared file: the service must get these right from context, not from knowing those strings.
// `at` is minutes relative to the start of the run.

export interface Find {
  integration: string;
  record: string;
}
export type ScenarioEvent = Record<string, unknown> & { at: number; eventId: string; integration: string };
export type Step =
  | { events: ScenarioEvent[] }
  | { post: string; body: Record<string, unknown> & { at: number } }
  | { wait: { find: Find } }
  | { act: string; find: Find };
export interface Scenario {
  name: string;
  steps: Step[];
  /** `category` where the record has more than one issue: it names which one is meant */
  expect: Array<{ find: Find; classification: string; status?: string; category?: string }>;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

function succeeded(
  prefix: string,
  integration: string,
  source: { system: string; entity: string },
  target: { system: string; entity: string },
  n: number,
  startAt: number,
  extra: (i: number) => Record<string, unknown> = () => ({}),
): ScenarioEvent[] {
  return range(n).map((i) => ({
    eventId: `${prefix}-ok-${i}`,
    integration,
    at: startAt + i * 0.01,
    status: 'succeeded',
    source: { ...source, id: `${prefix.toUpperCase()}-OK-${i}` },
    target,
    ...extra(i),
  }));
}

function failed(
  prefix: string,
  integration: string,
  ids: string[],
  startAt: number,
  body: Record<string, unknown>,
): ScenarioEvent[] {
  return ids.map((id, i) => ({
    eventId: `${prefix}-f-${i}`,
    integration,
    at: startAt + i * 0.01,
    status: 'failed',
    ...body,
    source: { ...(body.source as object), id },
  }));
}

const bcSales = {
  source: { system: 'webshop', entity: 'order' },
  target: { system: 'business-central', entity: 'salesOrder' },
};
const nsShipping = {
  source: { system: 'webshop', entity: 'order' },
  target: { system: 'netsuite', entity: 'itemFulfillment' },
};
const bcCustomers = {
  source: { system: 'crm', entity: 'invoice' },
  target: { system: 'business-central', entity: 'salesInvoice' },
};
const qboCustomers = {
  source: { system: 'crm', entity: 'customer' },
  target: { system: 'quickbooks', entity: 'customer' },
};
const shopifyProducts = {
  source: { system: 'pim', entity: 'product' },
  target: { system: 'shopify', entity: 'product' },
};

/** Orders NetSuite refuses for a ship method it does not know, each order its own record. */
function shipMethodRefused(prefix: string, integration: string, ids: string[], field: string, method: string) {
  return failed(prefix, integration, ids, -40, {
    ...nsShipping,
    error: { message: `Invalid shipmethod reference key ${method}.`, code: 'INVALID_KEY_OR_REF', httpStatus: 400 },
    payload: { [field]: method },
  });
}

/** One customer's malformed phone number failing four times in a quarter of an hour: one bad record, whatever else happened. */
function badPhoneRepeating(prefix: string, integration: string, recordId: string, extra: Record<string, unknown> = {}) {
  return range(4).map((i) => ({
    eventId: `${prefix}-f-${i}`,
    integration,
    at: -15 + i,
    status: 'failed',
    ...qboCustomers,
    source: { system: 'crm', entity: 'customer', id: recordId },
    error: {
      message: 'Business Validation Error: The phone number +61 4x2 is not valid',
      code: '6000',
      httpStatus: 400,
    },
    payload: { phone: '+61 4x2' },
    ...extra,
  }));
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'constant location after a release: a regression, though the message reads like bad data',
    steps: [
      { events: succeeded('r1', 'webshop-bc-orders', bcSales.source, bcSales.target, 30, -90) },
      { post: '/v1/releases', body: { integration: 'webshop-bc-orders', version: '3.1.0', at: -30 } },
      {
        events: failed(
          'r1',
          'webshop-bc-orders',
          range(20).map((i) => `WO-${500 + i}`),
          -20,
          {
            ...bcSales,
            error: {
              message:
                'The field Location Code of table Sales Line contains a value (WH-TEMP) that cannot be found in the related table (Location).',
              code: 'Internal_InvalidTableRelation',
              httpStatus: 400,
            },
            release: '3.1.0',
          },
        ),
      },
    ],
    expect: [{ find: { integration: 'webshop-bc-orders', record: 'WO-519' }, classification: 'defect' }],
  },
  {
    name: 'a ship method the business added: a process change',
    steps: [
      {
        events: succeeded('r2', 'webshop-ns-shipping', nsShipping.source, nsShipping.target, 40, -120, (i) => ({
          payload: { shipMethod: i % 2 ? 'Courier' : 'Pickup' },
        })),
      },
      {
        post: '/v1/changes',
        body: {
          system: 'webshop',
          entity: 'order',
          description: "Launched ship method 'Same Day Drone' in the web shop",
          at: -60,
        },
      },
      {
        events: shipMethodRefused(
          'r2',
          'webshop-ns-shipping',
          range(15).map((i) => `SH-${700 + i}`),
          'shipMethod',
          'Same Day Drone',
        ),
      },
    ],
    expect: [{ find: { integration: 'webshop-ns-shipping', record: 'SH-714' }, classification: 'process_change' }],
  },
  {
    // LABELING.md, row 6: "a retried or re-sent create gives the same text"; the context shows the retry
    name: 'a contact that already exists a minute after its create timed out: the integration sent it again, a defect',
    steps: [
      { events: succeeded('r11', 'crm-qbo-names', qboCustomers.source, qboCustomers.target, 60, -120) },
      {
        events: [
          {
            eventId: 'r11-f-timeout',
            integration: 'crm-qbo-names',
            at: -12,
            status: 'failed',
            ...qboCustomers,
            source: { system: 'crm', entity: 'customer', id: 'CR-4410' },
            error: { message: 'Gateway Timeout: the upstream server did not respond in time', httpStatus: 504 },
          },
          {
            eventId: 'r11-f-duplicate',
            integration: 'crm-qbo-names',
            at: -11,
            status: 'failed',
            ...qboCustomers,
            source: { system: 'crm', entity: 'customer', id: 'CR-4410' },
            error: {
              message:
                'Duplicate Name Exists Error: The name supplied already exists. : Another customer is already using this name.',
              code: '6240',
              httpStatus: 400,
            },
          },
        ],
      },
    ],
    expect: [
      {
        find: { integration: 'crm-qbo-names', record: 'CR-4410' },
        category: 'duplicate_record',
        classification: 'defect',
      },
    ],
  },
  {
    // LABELING.md: master data a record references is the data owner's to create ("create the missing item"),
    // configuration an admin's to set up; the context says the value is new, the field says which kind it is
    name: 'a new item on many orders that the target never had: bad source data, not a business change',
    steps: [
      {
        events: succeeded('r9', 'webshop-bc-lines', bcSales.source, bcSales.target, 120, -200, (i) => ({
          payload: { itemNo: `1900-${i % 12}` },
        })),
      },
      {
        events: failed(
          'r9',
          'webshop-bc-lines',
          range(14).map((i) => `WL-${300 + i}`),
          -40,
          {
            ...bcSales,
            error: {
              message: "The Item does not exist. Identification fields and values: No.='2044-RED'",
              httpStatus: 404,
            },
            payload: { itemNo: '2044-RED' },
          },
        ),
      },
    ],
    expect: [{ find: { integration: 'webshop-bc-lines', record: 'WL-313' }, classification: 'bad_source_data' }],
  },
  {
    name: 'a ship method nobody recorded, new on many orders: configuration to set up, still a process change',
    steps: [
      {
        events: succeeded('r10', 'webshop-ns-carriers', nsShipping.source, nsShipping.target, 120, -200, (i) => ({
          payload: { shippingMethod: i % 2 ? 'Courier' : 'Pickup' },
        })),
      },
      {
        events: shipMethodRefused(
          'r10',
          'webshop-ns-carriers',
          range(14).map((i) => `SC-${400 + i}`),
          'shippingMethod',
          'Cargo Bike',
        ),
      },
    ],
    expect: [{ find: { integration: 'webshop-ns-carriers', record: 'SC-413' }, classification: 'process_change' }],
  },
  {
    name: 'one customer failing again and again while others sync: bad source data',
    steps: [
      { events: succeeded('r3', 'crm-bc-invoices', bcCustomers.source, bcCustomers.target, 120, -200) },
      {
        events: range(9).map((i) => ({
          eventId: `r3-f-${i}`,
          integration: 'crm-bc-invoices',
          at: -100 + i,
          status: 'failed',
          ...bcCustomers,
          source: { system: 'crm', entity: 'invoice', id: 'CUST-88' },
          error: {
            message: "The Customer does not exist. Identification fields and values: No.='CUST-88'",
            code: 'Internal_RecordNotFound',
            httpStatus: 404,
          },
        })),
      },
    ],
    expect: [{ find: { integration: 'crm-bc-invoices', record: 'CUST-88' }, classification: 'bad_source_data' }],
  },
  {
    name: 'decoy: a release went out, but one bad phone number is still one bad record',
    steps: [
      { events: succeeded('r4', 'crm-qbo-customers', qboCustomers.source, qboCustomers.target, 50, -120) },
      { post: '/v1/releases', body: { integration: 'crm-qbo-customers', version: '0.9.2', at: -20 } },
      {
        events: badPhoneRepeating('r4', 'crm-qbo-customers', 'CR-9'),
      },
    ],
    expect: [{ find: { integration: 'crm-qbo-customers', record: 'CR-9' }, classification: 'bad_source_data' }],
  },
  {
    // many integrations never post a deploy marker: the release is only on their events
    name: 'a release only the events carry: the same regression, read off their release',
    steps: [
      {
        events: succeeded('r7', 'webshop-ns-fulfilment', nsShipping.source, nsShipping.target, 40, -120, () => ({
          release: '7.2.0',
        })),
      },
      {
        events: failed(
          'r7',
          'webshop-ns-fulfilment',
          range(20).map((i) => `FF-${700 + i}`),
          -25,
          {
            ...nsShipping,
            error: {
              message: 'You have entered an Invalid Field Value 17 for the following field: location',
              code: 'INVALID_FLD_VALUE',
              httpStatus: 400,
            },
            release: '7.3.0',
          },
        ),
      },
    ],
    expect: [{ find: { integration: 'webshop-ns-fulfilment', record: 'FF-719' }, classification: 'defect' }],
  },
  {
    name: 'decoy: a release only the events carry, and one bad phone number is still one bad record',
    steps: [
      {
        events: succeeded('r8', 'crm-qbo-contacts', qboCustomers.source, qboCustomers.target, 50, -120, () => ({
          release: '0.9.1',
        })),
      },
      {
        events: badPhoneRepeating('r8', 'crm-qbo-contacts', 'CR-19', { release: '0.9.2' }),
      },
    ],
    expect: [{ find: { integration: 'crm-qbo-contacts', record: 'CR-19' }, classification: 'bad_source_data' }],
  },
  {
    name: 'a record fixed at the source resolves its issue',
    steps: [
      {
        events: range(2).map((i) => ({
          eventId: `r5-f-${i}`,
          integration: 'pim-shopify-products',
          at: -10 + i,
          status: 'failed',
          ...shopifyProducts,
          source: { system: 'pim', entity: 'product', id: 'PR-5' },
          error: { message: '{"errors":{"handle":["has already been taken"]}}', code: '422', httpStatus: 422 },
        })),
      },
      { wait: { find: { integration: 'pim-shopify-products', record: 'PR-5' } } },
      {
        events: [
          {
            eventId: 'r5-ok',
            integration: 'pim-shopify-products',
            at: -2,
            status: 'succeeded',
            ...shopifyProducts,
            source: { system: 'pim', entity: 'product', id: 'PR-5' },
          },
        ],
      },
    ],
    expect: [
      {
        find: { integration: 'pim-shopify-products', record: 'PR-5' },
        classification: 'bad_source_data',
        status: 'resolved',
      },
    ],
  },
  {
    name: 'a resolved defect that comes back after the next release is regressed',
    steps: [
      {
        events: failed(
          'r6',
          'pim-shopify-prices',
          range(4).map((i) => `PX-${i}`),
          -50,
          {
            ...shopifyProducts,
            error: {
              message:
                'Internal Server Error: an unexpected error occurred. Request ID 0c5d1e7a-1111-4a2b-9c3d-123456789abc',
              httpStatus: 500,
            },
          },
        ),
      },
      { act: 'resolve', find: { integration: 'pim-shopify-prices', record: 'PX-0' } },
      { post: '/v1/releases', body: { integration: 'pim-shopify-prices', version: '5.0.1', at: -20 } },
      {
        events: failed(
          'r6b',
          'pim-shopify-prices',
          range(4).map((i) => `PX-${10 + i}`),
          -10,
          {
            ...shopifyProducts,
            error: {
              message:
                'Internal Server Error: an unexpected error occurred. Request ID 9f00e7a2-2222-4a2b-9c3d-abcdefabcdef',
              httpStatus: 500,
            },
          },
        ),
      },
    ],
    expect: [
      { find: { integration: 'pim-shopify-prices', record: 'PX-13' }, classification: 'defect', status: 'regressed' },
    ],
  },
];
