import 'reflect-metadata';
import { DECORATORS } from '@nestjs/swagger';
import { describe, expect, it } from 'vitest';
import { PageCursor, PageLimit } from './page-query';
import { validateAs } from './validation';

class ListingProbe {
  @PageLimit() limit?: number;
  @PageCursor('nextCursor of the previous page') cursor?: string;
}

class BareCursorProbe {
  @PageCursor() cursor?: string;
}

const described = (target: object, property: string) =>
  Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, target, property) as Record<string, unknown>;

describe('PageLimit and PageCursor', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ['nothing: the defaults apply later', {}, []],
    ['a page size from the query string', { limit: '20', cursor: 'abc' }, []],
    // the order of the lines is the order the rules were stacked, as the 400 has always listed them
    [
      'a word for a size',
      { limit: 'many' },
      ['limit must not be greater than 200', 'limit must not be less than 1', 'limit must be an integer number'],
    ],
    ['too large', { limit: '500' }, ['limit must not be greater than 200']],
    ['zero', { limit: '0' }, ['limit must not be less than 1']],
    ['a fraction', { limit: '1.5' }, ['limit must be an integer number']],
    ['an empty cursor', { cursor: '' }, ['cursor must be longer than or equal to 1 characters']],
    ['a cursor too long', { cursor: 'c'.repeat(201) }, ['cursor must be shorter than or equal to 200 characters']],
  ])('%s', (_name, query, errors) => {
    expect(validateAs(ListingProbe, query).errors).toEqual(errors);
  });

  it('turns the query string into a number', () => {
    expect(validateAs(ListingProbe, { limit: '20' }).value?.limit).toBe(20);
  });

  it('describes both for the OpenAPI document, the cursor with a description only when given one', () => {
    expect(described(ListingProbe.prototype, 'limit')).toMatchObject({
      required: false,
      default: 50,
      minimum: 1,
      maximum: 200,
    });
    expect(described(ListingProbe.prototype, 'cursor')).toMatchObject({
      required: false,
      description: 'nextCursor of the previous page',
    });
    expect(described(BareCursorProbe.prototype, 'cursor')).not.toHaveProperty('description');
  });
});
