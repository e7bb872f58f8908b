import { getMetadataStorage, validate, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

/** As TypeGraphQL's own validation is set up here: a property left out is not checked, an unknown class is not refused. */
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

/** Whether an arguments or input class has any class-validator constraint, its parent classes' included; found once per class. */
const constrained = new Map<Function, boolean>();

function hasConstraints(type: Function): boolean {
  let known = constrained.get(type);
  if (known === undefined) {
    known = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).length > 0;
    constrained.set(type, known);
  }
  return known;
}

/**
 * Checks each argument object and input object with class-validator before a resolver runs,
 * with TypeGraphQL's rules (the same options, an array's objects one by one, a refusal thrown as
 * its `ArgumentValidationError`). TypeGraphQL's built-in check loads class-validator again on
 * every argument (a dynamic import, about 3% of a list request's CPU) and looks up the class's
 * constraints every time; here the module is loaded once and a class without constraints, like
 * most mutations' plain arguments, is passed at once.
 */
export async function validateArguments(value: unknown): Promise<void> {
  if (value === null || typeof value !== 'object') return;
  for (const item of Array.isArray(value) ? value : [value]) {
    if (item === null || typeof item !== 'object' || !hasConstraints(item.constructor)) continue;
    const errors = await validate(item, OPTIONS);
    if (errors.length > 0) throw new ArgumentValidationError(errors);
  }
}
