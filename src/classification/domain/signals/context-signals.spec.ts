import { describe, expect, it } from 'vitest';
import { kindOfFailingValue } from './context-signals';

describe('kindOfFailingValue: the policy’s master record or configuration object', () => {
  it.each<[string | undefined, string[], ReturnType<typeof kindOfFailingValue>]>([
    ['itemNo', [], 'master_data'],
    ['customer_id', [], 'master_data'],
    ['VendorRef', [], 'master_data'],
    ['taxCode', [], 'configuration'],
    ['shippingMethod', [], 'configuration'],
    // the field's own name wins over the message's words
    ['taxCode', ['c:master_data'], 'configuration'],
    // a field that names neither: the message decides, when it names one kind alone
    ['orderStatus', [], undefined],
    ['ref', ['c:master_data'], 'master_data'],
    [undefined, ['c:configuration'], 'configuration'],
    ['ref', ['c:master_data', 'c:configuration'], undefined],
  ])('%s with %j: %s', (field, messageFeatures, kind) => {
    expect(kindOfFailingValue(field, messageFeatures)).toBe(kind);
  });
});
