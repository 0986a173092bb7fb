import { describe, expect, it } from 'vitest';
import { MASK, maskFields, maskResponse, maskText, matchesMasked, referencesIn } from './masking';

describe('maskFields', () => {
  it.each<[string, unknown, string[], unknown, string[]]>([
    [
      'top-level field, any case',
      { taxId: '51 824 753 556', name: 'Acme' },
      ['TAXID'],
      { taxId: MASK, name: 'Acme' },
      ['51 824 753 556'],
    ],
    [
      'nested and in arrays',
      { lines: [{ iban: 'DE89370400440532013000' }], bank: { iban: 'GB33BUKB20201555555555' } },
      ['iban'],
      { lines: [{ iban: MASK }], bank: { iban: MASK } },
      ['DE89370400440532013000', 'GB33BUKB20201555555555'],
    ],
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

describe('maskResponse', () => {
  const fields = ['email'];
  it('masks the field anywhere and its value in every text, reasons and timeline included', () => {
    const response = {
      title: 'email dave.hidden@acme.example is invalid',
      reasons: [
        {
          signal: 'value_novelty',
          detail: "email = 'dave.hidden@acme.example' appears in no successful sync",
          quotes: { email: 'dave.hidden@acme.example' },
        },
      ],
      timeline: [{ action: 'classified', detail: { reasons: [{ detail: "email = 'DAVE.HIDDEN@acme.example'" }] } }],
      at: new Date('2026-01-05T10:00:00Z'),
    };
    expect(maskResponse(response, fields)).toEqual({
      title: `email ${MASK} is invalid`,
      reasons: [
        { signal: 'value_novelty', detail: `email = '${MASK}' appears in no successful sync`, quotes: { email: MASK } },
      ],
      timeline: [{ action: 'classified', detail: { reasons: [{ detail: `email = '${MASK}'` }] } }],
      at: '2026-01-05T10:00:00.000Z',
    });
  });

  it('masks values it is told of that the response itself does not hold', () => {
    expect(
      maskResponse({ items: [{ message: 'Email address ap@acme.example is invalid' }] }, fields, ['ap@acme.example']),
    ).toEqual({ items: [{ message: `Email address ${MASK} is invalid` }] });
  });

  it('masks the longer of two overlapping values whole', () => {
    expect(maskResponse({ m: 'x bob@acme.example y' }, fields, ['acme', 'bob@acme.example'])).toEqual({
      m: `x ${MASK} y`,
    });
  });
});

describe('referencesIn', () => {
  it('finds issues by fingerprint and id or issueId, and stored events by eventId and numeric id', () => {
    const issue = '0b5a3c1e-8d2f-4a6b-9c7d-1e2f3a4b5c6d';
    const other = '1b5a3c1e-8d2f-4a6b-9c7d-1e2f3a4b5c6d';
    expect(
      referencesIn({
        items: [{ id: issue, fingerprint: 'f' }],
        rows: [{ id: '42', eventId: 'e', issueId: other }],
        noise: [{ id: issue }],
      }),
    ).toEqual({
      issueIds: expect.arrayContaining([issue, other]),
      eventIds: ['42'],
    });
  });
});

describe('matchesMasked', () => {
  it.each<[string, string, boolean]>([
    ['email address dave.hidden@acme.example is invalid', 'dave.hidden', false],
    ['email address dave.hidden@acme.example is invalid', 'address dave', false],
    ['email address dave.hidden@acme.example is invalid', 'is invalid', true],
  ])('%s ~ %s', (text, search, expected) => {
    expect(matchesMasked(text, search, ['dave.hidden@acme.example'])).toBe(expected);
  });
});
