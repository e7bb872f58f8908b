import { getMetadataStorage, registerDecorator, validate, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { BadInputError } from '../kernel/errors';
import { normalizeTextOrRefuse } from './text';
import { isValidCreditCode } from './credit-code';
import { isValidLocalDate, todayInChina } from './dates';
import { isMaskedNationalId, nationalIdProblem } from './national-id';

export { isValidLocalDate };

// Names and other single-line text: C0 and C1 controls, and every Unicode format character
// (general category Cf): zero-width space, joiners and word joiner, soft hyphen, byte order mark,
// direction marks, overrides and isolates, tags. None shows, so `贵州\u200B湘博` would pass for
// `贵州湘博`; they are refused, not removed, so what is stored is what the sender sees.
const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\p{Cf}]/u;
// Long text keeps tab, newline and carriage return, and the format characters that scripts and
// emoji need (zero-width joiner and non-joiner, soft hyphen, tags in flag emoji); it refuses the
// other controls, the direction marks, overrides and isolates used to disguise text, and the
// byte order mark.
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;

export function hasForbiddenCharacters(value: string, multiLine = false): boolean {
  return (multiLine ? MULTI_LINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN).test(value);
}

function register(name: string, validate: (value: unknown) => boolean, message: (args: ValidationArguments) => string, validationOptions?: ValidationOptions) {
  return (object: object, propertyName: string) => {
    registerDecorator({ name, target: object.constructor, propertyName, options: validationOptions, validator: { validate, defaultMessage: message } });
  };
}

/** The longest text each property of an arguments or input class takes, by class (`IsPlainText`'s `max`). */
const MAX_CHARS = new Map<Function, Record<string, number>>();

/**
 * The longest text each property of an arguments or input class takes (`IsPlainText`'s `max`, or
 * class-validator's `MaxLength`), its parent classes' included: what a form needs to know to stop
 * typing where the server would refuse.
 */
export function maxCharsOf(target: Function): Record<string, number> {
  const parent = Object.getPrototypeOf(target) as Function | null;
  const maxLength = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .filter((m) => m.name === 'maxLength' && m.target === target)
    .map((m) => [m.propertyName, Number(m.constraints[0])] as const);
  return { ...(parent && parent !== Function.prototype ? maxCharsOf(parent) : {}), ...Object.fromEntries(maxLength), ...MAX_CHARS.get(target) };
}

/**
 * Plain text a person typed, checked as three constraints so each gets its own message:
 * `notBlank`, `maxChars` (counted in characters, not UTF-16 units) and `plainText`
 * (no control, invisible or direction-override characters; see above). The text arrives here
 * already in Unicode form C (common/text.ts), so lengths and comparisons are of that form.
 */
export function IsPlainText(options: { max: number; multiLine?: boolean; allowBlank?: boolean }, validationOptions?: ValidationOptions) {
  const isText = (value: unknown): value is string => typeof value === 'string';
  const skip = (value: unknown) => value === null || value === undefined;
  const decorators = [
    register(
      'maxChars',
      (value) => skip(value) || !isText(value) || [...value].length <= options.max,
      (args) => `${args.property} must be at most ${options.max} characters`,
      validationOptions,
    ),
    register(
      'plainText',
      (value) => skip(value) || (isText(value) && !hasForbiddenCharacters(value, options.multiLine)),
      (args) => (isText(args.value) ? `${args.property} contains control, invisible or direction-override characters` : `${args.property} must be text`),
      validationOptions,
    ),
  ];
  if (!options.allowBlank) {
    decorators.push(
      register('notBlank', (value) => skip(value) || !isText(value) || value.trim() !== '', (args) => `${args.property} must not be blank`, validationOptions),
    );
  }
  return (object: object, propertyName: string) => {
    MAX_CHARS.set(object.constructor, { ...MAX_CHARS.get(object.constructor), [propertyName]: options.max });
    decorators.forEach((decorate) => decorate(object, propertyName));
  };
}

/** Unified social credit code (统一社会信用代码, GB 32100-2015) with a correct check character. */
export function IsCreditCode(validationOptions?: ValidationOptions) {
  return (object: object, propertyName: string) => {
    registerDecorator({
      name: 'creditCode',
      target: object.constructor,
      propertyName,
      options: validationOptions,
      validator: {
        validate: (value: unknown) => value === null || value === undefined || (typeof value === 'string' && isValidCreditCode(value)),
        defaultMessage: (args: ValidationArguments) =>
          `${args.property} is not a valid unified social credit code (18 characters, GB 32100 check character)`,
      },
    });
  };
}

/** A calendar date `YYYY-MM-DD` that exists (no 2月30日), between 1900 and 2200. */
export function IsLocalDate(validationOptions?: ValidationOptions) {
  return (object: object, propertyName: string) => {
    registerDecorator({
      name: 'localDate',
      target: object.constructor,
      propertyName,
      options: validationOptions,
      validator: {
        validate: (value: unknown) => value === null || value === undefined || (typeof value === 'string' && isValidLocalDate(value)),
        defaultMessage: (args: ValidationArguments) => `${args.property} must be a real date written YYYY-MM-DD`,
      },
    });
  };
}

/**
 * Citizen identity number (GB 11643): 18 characters, a GB/T 2260 area code, a real birth date
 * neither after today nor implausibly long ago, and the right check character — each part its own
 * constraint (`nationalId`, `nationalIdRegion`, `nationalIdBirthDate`, `nationalIdCheck`), so a
 * refusal says which part is wrong (common/national-id.ts); or the masked form every read gives
 * (`4301************3X`), which the service takes as "unchanged" when it masks the id already
 * recorded (docs/api.md, People).
 */
export function IsNationalId(validationOptions?: ValidationOptions) {
  return (object: object, propertyName: string) => {
    const problemOf = (value: unknown) =>
      typeof value !== 'string' || value.trim() === '' || isMaskedNationalId(value) ? null : nationalIdProblem(value, todayInChina());
    for (const constraint of ['nationalId', 'nationalIdRegion', 'nationalIdBirthDate', 'nationalIdCheck'] as const) {
      registerDecorator({
        name: constraint,
        target: object.constructor,
        propertyName,
        options: validationOptions,
        validator: {
          validate: (value: unknown) => problemOf(value)?.constraint !== constraint,
          defaultMessage: (args: ValidationArguments) => problemOf(args.value)?.message ?? `${args.property} is not a valid citizen identity number`,
        },
      });
    }
  };
}

/**
 * Values that did not come through GraphQL (a form posted to a page) made an argument class and
 * checked as GraphQL checks its arguments: text in form C with lone surrogates refused
 * (common/text.ts), then the class's own checks; BAD_USER_INPUT naming each field otherwise.
 */
export async function checkedArgs<T extends object>(type: new () => T, values: Partial<T>): Promise<T> {
  const args = Object.assign(new type(), normalizeTextOrRefuse(values));
  const errors = await validate(args, { skipMissingProperties: true, forbidUnknownValues: false });
  const problems = errors.flatMap((e) => Object.entries(e.constraints ?? {}).map(([constraint, message]) => ({ field: e.property, constraint, message })));
  if (problems.length) throw new BadInputError(problems);
  return args;
}
