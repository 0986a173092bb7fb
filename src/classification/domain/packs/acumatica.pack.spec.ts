import { describe, expect, it } from 'vitest';
import { acumaticaPack } from './acumatica.pack';
import { countedFamilies } from './family-match';

type Row = [family: string, code: string, message: string];

const ids = (code: string, message: string): string[] =>
  countedFamilies(acumaticaPack, code, message).map((family) => family.id);

const positives: Row[] = [
  ['acumatica.not_found', '', "PX.Data.PXException: Error: 'Customer ID' cannot be found in the system."],
  ['acumatica.empty', '', "Error: 'Vendor' cannot be empty."],
  ['acumatica.period', '', "Financial Period '03-2026' is inactive."],
  ['acumatica.period', '', "Financial period '122025' is closed in the AR module."],
  ['acumatica.credit_hold', '', "The customer status is 'Credit Hold'."],
  ['acumatica.inactive', '', "The customer status is 'Inactive'."],
  ['acumatica.inactive', '', 'Account is inactive.'],
  ['acumatica.out_of_balance', '', 'Document is out of balance.'],
  ['acumatica.document_state', '', 'Document is On Hold and cannot be released.'],
  ['acumatica.negative_stock', '', "Inventory quantity for AALEGO500 in warehouse 'WHOLESALE R1S1' will go negative."],
  ['acumatica.duplicate', '', 'Document with this Invoice Nbr. already exists.'],
  ['acumatica.rights', '', "You don't have enough rights on branch 'PRODWHOLE'"],
  ['acumatica.read_only_field', '', 'You are not allowed to change this field.'],
  ['acumatica.concurrency', '', "Another process has updated the 'SOOrder' record. Your changes will be lost."],
];

// near misses: an Acumatica error of another meaning that looks alike
const negatives: Row[] = [
  ['acumatica.not_found', '', 'Financial Period cannot be found in the system.'],
  ['acumatica.empty', '', "Error: 'Customer ID' cannot be found in the system."],
  ['acumatica.period', '', "The customer status is 'Credit Hold'."],
  ['acumatica.credit_hold', '', "The customer status is 'On Hold'."],
  ['acumatica.inactive', '', "The customer status is 'Credit Hold'."],
  ['acumatica.out_of_balance', '', "Inventory quantity for AALEGO500 in warehouse 'WHOLESALE R1S1' will go negative."],
  ['acumatica.document_state', '', "Financial Period '03-2026' is inactive."],
  ['acumatica.negative_stock', '', 'Document is out of balance.'],
  ['acumatica.duplicate', '', "Error: 'Customer ID' cannot be found in the system."],
  ['acumatica.rights', '', 'You are not allowed to change this field.'],
  ['acumatica.read_only_field', '', "You don't have access rights to approve document."],
  ['acumatica.concurrency', '', 'Document with this Invoice Nbr. already exists.'],
];

describe('Acumatica pack', () => {
  it.each(positives)('%s recognises [%s] %s', (family, code, message) => {
    expect(ids(code, message)).toContain(family);
  });

  it.each(negatives)('%s leaves alone [%s] %s', (family, code, message) => {
    expect(ids(code, message)).not.toContain(family);
  });

  it('every family names its vendor document and has a positive and a near-miss row', () => {
    for (const family of acumaticaPack.families) {
      expect(family.doc?.trim(), family.id).toBeTruthy();
      expect(
        positives.some(([id]) => id === family.id),
        `${family.id} positive`,
      ).toBe(true);
      expect(
        negatives.some(([id]) => id === family.id),
        `${family.id} negative`,
      ).toBe(true);
    }
  });
});
