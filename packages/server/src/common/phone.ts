import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * A person's phone number: a mainland mobile number or a landline with its area code (0 and 2–3
 * more digits, then 7–8 digits), optionally after +86 or 0086. A mobile number is 11 digits under
 * a prefix the numbering plan of the Ministry of Industry and Information Technology gives to
 * mobile phones: 13x, 145–149, 150–153, 155–159, 162, 165–167, 170–178, 18x, 190–193, 195–199.
 * Spaces, hyphens and brackets between the digits are kept as written and ignored here:
 * `138 0013 8000`, `+86 138-0013-8000`, `(0851) 8555 1234` and `0851-85551234` all pass;
 * `1380013` (seven digits), `12345678901` and `16012345678` (no such prefix) do not. The person
 * form, createPerson and updatePerson, and every row of a people sheet are checked by this one rule.
 */
const MOBILE = '1(?:3\\d|4[5-9]|5[0-35-9]|6[25-7]|7[0-8]|8\\d|9[0-35-9])\\d{8}';
export const PHONE_PATTERN = new RegExp(`^(?:\\+?86|0086)?(?:${MOBILE}|0[1-9]\\d{1,2}[2-9]\\d{6,7})$`);

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
        defaultMessage: () => 'phone must be a mobile number (11 digits under a mobile prefix such as 138 or 199) or a landline with its area code',
      },
    });
  };
}
