import type { INestApplication } from '@nestjs/common';
import { ApiProperty, DECORATORS, DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { SESSION_COOKIE } from './session-cookie';

/** The two ways a caller proves who it is; the OpenAPI page's Authorize button offers the first. */
export const BEARER_SCHEME = 'bearer';
export const SESSION_SCHEME = 'consoleSession';

type Rule = ValidationMetadata & { name?: string };
type Constructor = new (...args: never[]) => unknown;

const SCALAR_OF_RULE: Record<string, { type: string; format?: string }> = {
  isString: { type: 'string' },
  isInt: { type: 'integer' },
  isNumber: { type: 'number' },
  isBoolean: { type: 'boolean' },
  isIso8601: { type: 'string', format: 'date-time' },
  readableTimestamp: { type: 'string', format: 'date-time' },
  isUrl: { type: 'string', format: 'uri' },
  isUuid: { type: 'string', format: 'uuid' },
  isEmail: { type: 'string', format: 'email' },
  isObject: { type: 'object' },
};
const SCALAR_OF_DESIGN_TYPE = new Map<unknown, { type: string; format?: string }>([
  [String, { type: 'string' }],
  [Number, { type: 'number' }],
  [Boolean, { type: 'boolean' }],
  [Date, { type: 'string', format: 'date-time' }],
  [Object, { type: 'object' }],
]);

const isDtoClass = (value: unknown): value is Constructor =>
  typeof value === 'function' &&
  !SCALAR_OF_DESIGN_TYPE.has(value) &&
  value !== Array &&
  /^class\s/.test(Function.prototype.toString.call(value));

/**
 * The request DTOs say what they accept once, as class-validator rules; this tells the OpenAPI document the
 * same (type, required, enum, pattern, bounds, nested classes) for every property that has no @ApiProperty
 * of its own, so the schemas cannot drift from the validation. Runs over every class with rules.
 */
export function describePropertiesFromValidation(): void {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<Constructor, Rule[]> };
  for (const [target, rules] of storage.validationMetadatas) {
    if (typeof target !== 'function' || !target.prototype) continue;
    const byProperty = new Map<string, Rule[]>();
    for (const rule of rules) byProperty.set(rule.propertyName, [...(byProperty.get(rule.propertyName) ?? []), rule]);
    for (const [property, propertyRules] of byProperty) {
      if (Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, target.prototype, property)) continue;
      ApiProperty(propertyOptions(target, property, propertyRules))(target.prototype, property);
    }
  }
}

function propertyOptions(target: Constructor, property: string, rules: Rule[]): Record<string, unknown> {
  const named = (name: string) => rules.find((rule) => rule.name === name);
  const designType = Reflect.getMetadata('design:type', target.prototype, property) as unknown;
  const nested = defaultMetadataStorage.findTypeMetadata(target, property)?.typeFunction?.() as unknown;
  const nestedClass = isDtoClass(nested) ? nested : isDtoClass(designType) ? designType : undefined;
  const isArray =
    designType === Array || rules.some((rule) => rule.name === 'isArray' || (rule.each && rule.name !== 'isOptional'));
  const options: Record<string, unknown> = { required: !named('isOptional') };
  const hasNested = rules.some((rule) => String(rule.type) === 'nestedValidation');
  if (nestedClass && hasNested) {
    // @nestjs/swagger knows a lazy type by its name, `type`, which only an object literal gives the arrow
    Object.assign(options, { type: () => nestedClass });
  } else {
    const scalar =
      rules.map((rule) => SCALAR_OF_RULE[rule.name ?? '']).find(Boolean) ?? SCALAR_OF_DESIGN_TYPE.get(designType);
    if (scalar) Object.assign(options, scalar);
    else options.type = isArray ? 'string' : 'object';
  }
  if (isArray) options.isArray = true;
  const isIn = named('isIn');
  if (isIn) {
    const values = isIn.constraints?.[0] as unknown[];
    options.enum = values;
    options.type = values.every((value) => typeof value === 'number') ? 'number' : 'string';
  }
  const matches = named('matches');
  if (matches) {
    const pattern = matches.constraints?.[0] as RegExp | string | undefined;
    options.pattern = pattern instanceof RegExp ? pattern.source : pattern;
  }
  const bound = (name: string, index = 0) => named(name)?.constraints?.[index] as number | undefined;
  if (bound('min') !== undefined) options.minimum = bound('min');
  if (bound('max') !== undefined) options.maximum = bound('max');
  const minLength = bound('minLength') ?? bound('isLength', 0);
  const maxLength = bound('maxLength') ?? bound('isLength', 1);
  if (minLength !== undefined) options.minLength = minLength;
  if (maxLength !== undefined) options.maxLength = maxLength;
  if (bound('arrayMinSize') !== undefined) options.minItems = bound('arrayMinSize');
  if (bound('arrayMaxSize') !== undefined) options.maxItems = bound('arrayMaxSize');
  return options;
}

/** What @Public() leaves on an operation for the document: no security requirement (removed from the output). */
export const PUBLIC_EXTENSION = 'x-seam-public';

const ERROR_SCHEMA = {
  type: 'object',
  required: ['statusCode', 'error', 'message'],
  properties: {
    statusCode: { type: 'integer', example: 400 },
    error: { type: 'string', example: 'Bad Request' },
    message: { type: 'array', items: { type: 'string' }, example: ['events.3.source.id must be a string'] },
    code: { type: 'string', example: 'request.invalid' },
  },
};
const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorDto' } } },
});

/**
 * The OpenAPI document: request and response schemas from the DTO classes, a bearer scheme (the Authorize
 * button) and the console's session cookie on every operation that needs a key, none on public ones, and
 * the error shape every 4xx shares.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  describePropertiesFromValidation();
  const config = new DocumentBuilder()
    .setTitle('Seam')
    .setDescription(
      'ERP data-quality triage: ingest, classify, route, act. Every operation but /health needs an API key: ' +
        '`Authorization: Bearer <key>` (Authorize, above), or the console session cookie. Errors are always ' +
        '`{ statusCode, error, message: [lines] }`, each line naming the field and the rule.',
    )
    .setVersion('1')
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'API key',
        description: 'an API key (seam_…): `Authorization: Bearer <key>`',
      },
      BEARER_SCHEME,
    )
    .addCookieAuth(
      SESSION_COOKIE,
      { type: 'apiKey', in: 'cookie', description: "the console's session, from POST /console/session" },
      SESSION_SCHEME,
    )
    .build();
  const document = SwaggerModule.createDocument(app, config);
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ErrorDto: ERROR_SCHEMA },
  };
  type Operation = {
    security?: unknown;
    responses?: Record<string, unknown>;
    requestBody?: unknown;
    parameters?: unknown[];
  };
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as Array<Operation & Record<string, unknown>>) {
      if (typeof operation !== 'object' || operation === null || !operation.responses) continue;
      const open = operation[PUBLIC_EXTENSION] === true;
      delete operation[PUBLIC_EXTENSION];
      operation.security = open ? [] : [{ [BEARER_SCHEME]: [] }, { [SESSION_SCHEME]: [] }];
      const responses = operation.responses;
      if (operation.requestBody || operation.parameters?.length)
        responses['400'] ??= errorResponse('invalid input: each line names the field and the rule');
      if (!open) {
        responses['401'] ??= errorResponse('no API key, or an unknown or revoked one');
        responses['403'] ??= errorResponse("the key's role may not do this (the line names the roles that may)");
      }
      responses['429'] ??= errorResponse('rate-limited; Retry-After says when to try again');
    }
  }
  return document;
}
