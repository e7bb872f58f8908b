import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * A person's phone number: a mainland mobile number (11 digits starting 13–19) or a landline
 * with its area code (0 and 2–3 more digits, then 7–8 digits), optionally after +86 or 0086.
 * Spaces, hyphens and brackets between the digits are kept as written and ignored here:
 * `138 0013 8000`, `+86 138-0013-8000`, `(0851) 8555 1234` and `0851-85551234` all pass;
 * `1380013` (seven digits) and `12345678901` do not. The person form, createPerson and
 * updatePerson, and every row of a people sheet are checked by this one rule.
 */
export const PHONE_PATTERN = /^(?:\+?86|0086)?(?:1[3-9]\d{9}|0[1-9]\d{1,2}[2-9]\d{6,7})$/;

export function isValidPhone(value: string): boolean {
  if (!/^[\d\s+()-]*$/.test(value)) return false;
  const digits = value.replace(/[\s()-]/g, '');
  return PHONE_PATTERN.test(digits);
}

/** `phone`: blank, or a number `isValidPhone` accepts. */
export function IsPhone(validationOptions?: ValidationOptions) {
  return (object: object, propertyName: string) => {
    registerDecorator({
      name: 'phone',
      target: object.constructor,
      propertyName,
      options: validationOptions,
      validator: {
        validate: (value: unknown) => value === null || value === undefined || (typeof value === 'string' && (value.trim() === '' || isValidPhone(value))),
        defaultMessage: () => 'phone must be a mobile number (11 digits starting 13–19) or a landline with its area code',
      },
    });
  };
}
