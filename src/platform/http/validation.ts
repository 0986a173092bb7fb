import { BadRequestException, ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { plainToInstance, Transform, type ClassConstructor } from 'class-transformer';
import { MAX_JSON_DEPTH, MAX_KEYS_PER_OBJECT } from './json-shape';
import {
  IsString,
  registerDecorator,
  ValidateBy,
  validateSync,
  type ValidationError,
  type ValidationOptions,
} from 'class-validator';
import { compileUserPattern } from '../text/user-pattern';

/** class-validator's nested errors as flat lines that name the field path: "events.3.source.id must be a string". */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((text) => {
      // class-validator phrases a whitelist failure as "property x should not exist"; name the path instead.
      if (text.startsWith('property ')) return `${path} is not an allowed field`;
      return text.startsWith(error.property) ? path + text.slice(error.property.length) : `${path} ${text}`;
    });
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}

/**
 * Decorators applied as if written one above the other over the property: the lowest first, as TypeScript
 * applies them. Nest's applyDecorators runs them top first, and class-validator lists a field's failures in
 * the order its rules were registered, so a field composed that way would answer a 400 in another order.
 */
export function stacked(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, property) => {
    for (const decorate of [...decorators].reverse()) decorate(target, property);
  };
}

/**
 * A text field that integrations often fill from a vendor's JSON number (a record id such as Shopify's order id, a
 * vendor's error code such as Zoho's 1002): a whole number is taken as its decimal text. A number beyond 2^53 has
 * already lost digits in JSON parsing, and a fraction names nothing, so both are refused, naming the field.
 */
export function IsTextOrWholeNumber(): PropertyDecorator {
  return stacked(
    Transform(({ value }: { value: unknown }) => (Number.isSafeInteger(value) ? String(value) : value)),
    IsString({
      message: '$property must be a string or a whole number (below 2^53; larger ids must be sent as strings)',
    }),
  );
}

export const VALIDATION_OPTIONS = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true } as const;

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object';

/**
 * Fields of a body that class-transformer did not copy into the DTO, as "path is not an allowed field"
 * lines. It skips a key named like a method of Object.prototype (valueOf, toString), so the whitelist
 * never sees it and the field would vanish without a word. Only DTO instances are walked: free-form
 * JSON (a payload) is data, not fields.
 */
export function fieldsLostInCopy(plain: unknown, instance: unknown, path = ''): string[] {
  if (!isObject(plain) || !isObject(instance) || (!Array.isArray(instance) && instance.constructor === Object))
    return [];
  return Object.keys(plain).flatMap((key) => {
    const at = path ? `${path}.${key}` : key;
    return Object.hasOwn(instance, key)
      ? fieldsLostInCopy(plain[key], instance[key], at)
      : [`${at} is not an allowed field`];
  });
}

/** Validates a plain value against a DTO class; returns the instance or the flat error lines. */
export function validateAs<T extends object>(
  cls: ClassConstructor<T>,
  plain: unknown,
  path = '',
): { value?: T; errors: string[] } {
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) {
    return { errors: [`${path || 'body'} must be a JSON object`] };
  }
  const value = plainToInstance(cls, plain);
  const errors = [
    ...flattenValidationErrors(validateSync(value, VALIDATION_OPTIONS), path),
    ...fieldsLostInCopy(plain, value, path),
  ];
  return errors.length ? { errors } : { value, errors };
}

/** Nest's ValidationPipe with Seam's options, refusing as well the fields class-transformer's copy lost. */
export class SeamValidationPipe extends ValidationPipe {
  constructor(private readonly refuse: (lines: string[]) => Error) {
    super({
      ...VALIDATION_OPTIONS,
      transform: true,
      exceptionFactory: (errors) => refuse(flattenValidationErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const result: unknown = await super.transform(value, metadata);
    const lost = fieldsLostInCopy(value, result);
    if (lost.length > 0) throw this.refuse(lost);
    return result;
  }
}

export function validateOrThrow<T extends object>(cls: ClassConstructor<T>, plain: unknown): T {
  const { value, errors } = validateAs(cls, plain);
  if (!value) throw new BadRequestException(errors);
  return value;
}

// NUL, and UTF-16 surrogates without their pair: Postgres stores neither in text nor in jsonb.
// eslint-disable-next-line no-control-regex -- NUL is exactly what this pattern exists to find
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSTORABLE_RULE = 'must not contain NUL characters or unpaired UTF-16 surrogates';
// class-transformer takes an own "constructor" key for the object's class and throws (a 500), anywhere in a
// body, payloads included; secure-json-parse refuses only "__proto__" and "constructor.prototype".
const CONSTRUCTOR_RULE = 'is a key Seam does not accept ("constructor")';

/**
 * Why a parsed body cannot be taken as it is, naming the path; undefined when it can. One linear walk
 * without recursion, run before any validation or copy: nesting deeper than MAX_JSON_DEPTH, an object wider
 * than MAX_KEYS_PER_OBJECT (both also refused from the raw bytes, before parsing: json-shape.ts; checked
 * again here for bodies that did not come as JSON), text Postgres cannot store, or a key class-transformer
 * cannot copy. Only containers are pushed, so a body of many scalars costs one test each.
 */
export function unacceptableValueAt(value: unknown): string | undefined {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? `body ${UNSTORABLE_RULE}` : undefined;
  const stack: Array<[object, string, number]> = [];
  if (value !== null && typeof value === 'object') stack.push([value, '', 1]);
  while (stack.length > 0) {
    const [node, path, depth] = stack.pop()!;
    if (depth > MAX_JSON_DEPTH) return `body nests deeper than ${MAX_JSON_DEPTH} levels`;
    const array = Array.isArray(node);
    const keys = Object.keys(node);
    if (!array && keys.length > MAX_KEYS_PER_OBJECT)
      return `${path || 'body'} must have at most ${MAX_KEYS_PER_OBJECT} keys`;
    for (const key of keys) {
      if (!array) {
        if (UNSTORABLE.test(key)) return `${path ? `${path}.${key}` : key} ${UNSTORABLE_RULE}`;
        if (key === 'constructor') return `${path ? `${path}.${key}` : key} ${CONSTRUCTOR_RULE}`;
      }
      const child = (node as Record<string, unknown>)[key];
      if (typeof child === 'string') {
        if (UNSTORABLE.test(child)) return `${path ? `${path}.${key}` : key} ${UNSTORABLE_RULE}`;
      } else if (child !== null && typeof child === 'object') {
        stack.push([child, path ? `${path}.${key}` : key, depth + 1]);
      }
    }
  }
  return undefined;
}

/** The same check for the query string or the path parameters, naming which: "query q must not contain NUL …". */
export function unacceptableTextIn(where: 'query' | 'path', values: unknown): string | undefined {
  if (values === null || typeof values !== 'object') return undefined;
  const found = unacceptableValueAt(values);
  return found === undefined ? undefined : `${where} ${found}`;
}

/** The JSON serialisation of the value is at most `maxBytes` bytes (UTF-8). */
export function MaxJsonBytes(maxBytes: number, options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'maxJsonBytes',
      target: object.constructor,
      propertyName,
      constraints: [maxBytes],
      options: { message: `${propertyName} must be at most ${maxBytes} bytes when serialised`, ...options },
      validator: {
        validate: (value: unknown) =>
          value === undefined ||
          Buffer.byteLength(typeof value === 'string' ? value : JSON.stringify(value)) <= maxBytes,
      },
    });
}

/**
 * The string is a case-insensitive regular expression Seam can run in linear time on untrusted text:
 * JavaScript syntax without backreferences or lookarounds (see compileUserPattern). The message says
 * which construct is refused.
 */
export function IsRegex(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isRegex',
      target: object.constructor,
      propertyName,
      options: {
        message: ({ value }) => {
          const problem = typeof value === 'string' ? compileUserPattern(value).problem : 'it is not a string';
          return `${propertyName} must be a valid regular expression: ${problem ?? 'it is refused'}`;
        },
        ...options,
      },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && compileUserPattern(value).pattern !== undefined,
      },
    });
}

/** The string is an IANA time zone this runtime knows (Australia/Melbourne, Europe/London, UTC). */
export function IsTimeZone(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isTimeZone',
      target: object.constructor,
      propertyName,
      options: { message: `${propertyName} must be an IANA time zone such as Australia/Melbourne`, ...options },
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'string' || value === '') return false;
          try {
            new Intl.DateTimeFormat('en-US', { timeZone: value });
            return true;
          } catch {
            return false;
          }
        },
      },
    });
}

// ISO 8601 also allows week and ordinal dates, basic format, comma fractions and offsets beyond ±15:59,
// which Postgres or Date cannot read: a timestamp here is the calendar form with a zone, and readable.
const READABLE_TIMESTAMP = /^\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(z|[+-](0\d|1[0-5]):?[0-5]\d)$/i;

export function isReadableTimestamp(value: unknown): boolean {
  if (typeof value !== 'string' || !READABLE_TIMESTAMP.test(value) || Number.isNaN(Date.parse(value))) return false;
  // Date rolls 2026-02-30 over to March; Postgres refuses it
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

/** A calendar date and time with a zone, such as 2026-11-02T01:00:00Z, that Postgres and Date both read. */
export function IsReadableTimestamp() {
  return ValidateBy({
    name: 'readableTimestamp',
    validator: {
      validate: isReadableTimestamp,
      defaultMessage: (args) => `${args?.property} must be a calendar date and time such as 2026-11-02T01:00:00Z`,
    },
  });
}
