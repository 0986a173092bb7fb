import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { fieldsLostInCopy, validateAs } from './validation';

class Inner {
  @IsString() name: string;
}

class Outer {
  @IsString() id: string;
  @ValidateNested() @Type(() => Inner) inner: Inner;
  @IsOptional() @ValidateNested({ each: true }) @Type(() => Inner) list?: Inner[];
  @IsOptional() @IsObject() free?: Record<string, unknown>;
}

const json = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('validateAs and fieldsLostInCopy', () => {
  it.each<[string, unknown, string[]]>([
    ['nothing lost', { id: 'a', inner: { name: 'n' } }, []],
    ['a top-level valueOf', { id: 'a', inner: { name: 'n' }, valueOf: 1 }, ['valueOf is not an allowed field']],
    ['a nested toString', { id: 'a', inner: { name: 'n', toString: 'x' } }, ['inner.toString is not an allowed field']],
    [
      'one in an array of DTOs',
      { id: 'a', inner: { name: 'n' }, list: [{ name: 'm' }, { name: 'k', hasOwnProperty: 1 }] },
      ['list.1.hasOwnProperty is not an allowed field'],
    ],
    // free-form JSON is data: its keys are not fields, whatever their names
    ['free-form JSON', { id: 'a', inner: { name: 'n' }, free: { toString: 'kept', valueOf: 2 } }, []],
  ])('%s', (_, body, lines) => {
    const result = validateAs(Outer, json(body));
    expect(result.errors).toEqual(lines);
    expect(result.value === undefined).toBe(lines.length > 0);
  });

  it('leaves plain values alone', () => {
    expect(fieldsLostInCopy({ a: 1 }, { a: 1 })).toEqual([]);
    expect(fieldsLostInCopy('x', 'x')).toEqual([]);
  });
});
