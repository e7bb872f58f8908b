import { creditCodeCheckCharacter, isValidCreditCode } from './credit-code';

describe('unified social credit code (GB 32100)', () => {
  // Published codes of well-known registrants.
  it.each(['91350100M000100Y43', '91110000802100433B'])('accepts %s', (code) => {
    expect(isValidCreditCode(code)).toBe(true);
  });

  it('computes the check character', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it.each([
    ['a wrong check character', '91350100M000100Y44'],
    ['lower case', '91350100m000100Y43'],
    ['17 characters', '91350100M000100Y4'],
    ['19 characters', '91350100M000100Y433'],
    ['a forbidden letter I', '91350100I000100Y43'],
    ['letters in the division code', '9135A100M000100Y43'],
    ['an empty string', ''],
  ])('refuses %s', (_label, code) => {
    expect(isValidCreditCode(code)).toBe(false);
  });
});
