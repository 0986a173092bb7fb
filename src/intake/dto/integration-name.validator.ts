import { ValidateBy, type ValidationOptions } from 'class-validator';
import { integrationNameProblem } from '../domain/integration-name';

/** An integration name in its one normal form (see integration-name.ts: refused, not rewritten). */
export function IsIntegrationName(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isIntegrationName',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && integrationNameProblem(value) === undefined,
        defaultMessage: (args) => `${args?.property} ${typeof args?.value === 'string' ? (integrationNameProblem(args.value) ?? 'must be a string') : 'must be a string'}`,
      },
    },
    options,
  );
}
