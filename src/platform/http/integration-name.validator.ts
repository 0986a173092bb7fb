import { ValidateBy, type ValidationOptions } from 'class-validator';
import { integrationNameProblem } from '../text/integration-name';

/** An integration name in its one normal form (see integration-name.ts: refused, not rewritten). */
export function IsIntegrationName(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isIntegrationName',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && integrationNameProblem(value) === undefined,
        // with { each: true } the value here is the whole array: name the first element at fault
        defaultMessage: (args) => {
          const values: unknown[] = Array.isArray(args?.value) ? args.value : [args?.value];
          const bad = values.find((value) => typeof value !== 'string' || integrationNameProblem(value) !== undefined);
          return `${args?.property} ${typeof bad === 'string' ? `${integrationNameProblem(bad)} (got ${JSON.stringify(bad)})` : 'must be a string'}`;
        },
      },
    },
    options,
  );
}
