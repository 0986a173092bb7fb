import { describe, expect, it } from 'vitest';
import { MASK, maskFields, maskText } from './masking';

describe('maskFields', () => {
  it.each<[string, unknown, string[], unknown, string[]]>([
    ['top-level field, any case', { taxId: '51 824 753 556', name: 'Acme' }, ['TAXID'], { taxId: MASK, name: 'Acme' }, ['51 824 753 556']],
    ['nested and in arrays', { lines: [{ iban: 'DE89370400440532013000' }], bank: { iban: 'GB33BUKB20201555555555' } }, ['iban'], { lines: [{ iban: MASK }], bank: { iban: MASK } }, ['DE89370400440532013000', 'GB33BUKB20201555555555']],
    ['objects under a sensitive name are masked whole', { card: { number: '4111' } }, ['card'], { card: MASK }, []],
    ['no fields: unchanged', { email: 'a@b.example' }, [], { email: 'a@b.example' }, []],
  ])('%s', (_name, value, fields, masked, hidden) => {
    expect(maskFields(value, fields)).toEqual({ masked, hidden });
  });
});

describe('maskText', () => {
  it.each<[string, string[], string]>([
    ['Email address ap@@acme.example is invalid', ['ap@@acme.example'], `Email address ${MASK} is invalid`],
    ['Tax number 51 824 753 556 failed ABN check', ['51 824 753 556'], `Tax number ${MASK} failed ABN check`],
    ['Value 7 is bad', ['7'], 'Value 7 is bad'],
    ['email address jo.smith@acme.example is invalid', ['Jo.Smith@Acme.example'], `email address ${MASK} is invalid`],
    ['a (b) c.d', ['(b) c.d'], `a ${MASK}`],
  ])('%s', (text, hidden, expected) => {
    expect(maskText(text, hidden)).toBe(expected);
  });
});
