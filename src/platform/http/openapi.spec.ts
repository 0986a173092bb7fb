import 'reflect-metadata';
import { DECORATORS } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { describe, expect, it } from 'vitest';
import { describePropertiesFromValidation } from './openapi';

class ContactProbe {
  @Matches(/^[a-z]+$/) id: string;
  @IsOptional() @IsISO8601() verifiedAt?: string;
}

class TeamProbe {
  @IsString() @Length(1, 60) name: string;
  @IsIn(['page', 'digest']) urgency: string;
  @IsOptional() @IsInt() @Min(1) @Max(31) days?: number;
  @IsArray() @ArrayMaxSize(5) @IsString({ each: true }) tags: string[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => ContactProbe) contacts: ContactProbe[];
  @ValidateNested() @Type(() => ContactProbe) lead: ContactProbe;
}

const described = (target: object, property: string) =>
  Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, target, property) as Record<string, unknown>;

describe('describePropertiesFromValidation', () => {
  describePropertiesFromValidation();

  it.each([
    ['name', { type: 'string', required: true, minLength: 1, maxLength: 60 }],
    ['urgency', { type: 'string', enum: ['page', 'digest'], required: true }],
    ['days', { type: 'integer', required: false, minimum: 1, maximum: 31 }],
    ['tags', { type: 'string', isArray: true, maxItems: 5, required: true }],
  ])('%s: the rules become the schema', (property, expected) => {
    expect(described(TeamProbe.prototype, property)).toMatchObject(expected);
  });

  it('nested DTOs are lazy types @nestjs/swagger resolves (named `type`), arrays marked as such', () => {
    const contacts = described(TeamProbe.prototype, 'contacts');
    expect(contacts.isArray).toBe(true);
    expect((contacts.type as () => unknown)()).toBe(ContactProbe);
    expect((contacts.type as () => unknown).name).toBe('type');
    expect((described(TeamProbe.prototype, 'lead').type as () => unknown)()).toBe(ContactProbe);
  });

  it('patterns and formats of the nested class, and an optional field is not required', () => {
    expect(described(ContactProbe.prototype, 'id')).toMatchObject({ pattern: '^[a-z]+$', required: true });
    expect(described(ContactProbe.prototype, 'verifiedAt')).toMatchObject({
      type: 'string',
      format: 'date-time',
      required: false,
    });
  });
});
