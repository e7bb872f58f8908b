import { isValidNationalId, maskNationalId, nationalIdCheckCharacter, nationalIdProblem, readNationalId } from './national-id';
import { PersonalDataCipher } from '../people/personal-data';

describe('national identity numbers (GB 11643)', () => {
  it('accepts a number whose check character is right and reads its birth date and gender', () => {
    // The standard's own example: 11010519491231002X, a woman born on 31 December 1949.
    expect(nationalIdCheckCharacter('11010519491231002')).toBe('X');
    expect(readNationalId('11010519491231002x')).toEqual({ birthDate: '1949-12-31', gender: 'FEMALE' });
    expect(readNationalId('440524198001010013')).toEqual({ birthDate: '1980-01-01', gender: 'MALE' });
    // Nobody born before 1900 is alive to hold one.
    expect(readNationalId('440524188001010014')).toBeNull();
  });

  it('refuses a wrong check character, an impossible birth date and the wrong length', () => {
    expect(isValidNationalId('110105194912310021')).toBe(false);
    const feb30 = '43010219900230123';
    expect(isValidNationalId(feb30 + nationalIdCheckCharacter(feb30))).toBe(false);
    expect(isValidNationalId('11010519491231002')).toBe(false);
    expect(isValidNationalId('1101051949123100２X')).toBe(false);
  });

  it('says which part of an id is wrong: shape, area code, birth date or check character', () => {
    const today = '2026-12-06';
    const id = (body: string) => body + nationalIdCheckCharacter(body);
    const problem = (raw: string) => nationalIdProblem(raw, today)?.constraint ?? null;
    expect(problem('52010219900517001')).toBe('nationalId');
    expect(problem(id('99999919900517001'))).toBe('nationalIdRegion'); // no province 99
    expect(problem(id('52000019900517001'))).toBe('nationalIdRegion'); // no prefecture 00
    expect(problem(id('52010019900517001'))).toBe('nationalIdRegion'); // no county 00
    expect(problem(id('52800119900517001'))).toBe('nationalIdRegion'); // prefectures run 01–70, and 90
    expect(problem(id('42900619900517001'))).toBeNull(); // 湖北省直辖县级行政区划: 仙桃
    expect(problem(id('34250119900517001'))).toBeNull(); // 巢湖, merged away in 2011, still begins ids
    expect(problem(id('81000019900517001'))).toBeNull(); // a Hong Kong resident's residence permit
    // An impossible date with the right check character is the date's fault, not the check character's.
    expect(nationalIdProblem(id('52010219990230001'), today)).toEqual({ constraint: 'nationalIdBirthDate', message: 'the birth date 19990230 is not a real day' });
    expect(problem(id('52010220991231001'))).toBe('nationalIdBirthDate'); // after today
    expect(problem(id('52010220261207001'))).toBe('nationalIdBirthDate'); // tomorrow
    expect(problem(id('52010220261206001'))).toBeNull(); // today
    expect(problem(id('52010219051206001'))).toBe('nationalIdBirthDate'); // 121 today: more than 120 years
    expect(problem(id('52010219051207001'))).toBeNull(); // 120 until tomorrow
    const wrong = id('52010219900517001').slice(0, 17) + (nationalIdCheckCharacter('52010219900517001') === '1' ? '2' : '1');
    expect(problem(wrong)).toBe('nationalIdCheck');
  });

  it('masks all but the region and the last two characters', () => {
    expect(maskNationalId('43010219900101123X')).toBe('4301************3X');
  });
});

describe('sealed personal data', () => {
  const cipher = new PersonalDataCipher('a-test-data-key-of-at-least-32-characters');

  it('opens what it sealed, and seals equal values differently', () => {
    const a = cipher.seal('43010219900101123X', 'nationalId');
    const b = cipher.seal('43010219900101123X', 'nationalId');
    expect(a).not.toBe(b);
    expect(a).not.toContain('1990');
    expect(cipher.open(a, 'nationalId')).toBe('43010219900101123X');
  });

  it('refuses a tampered value, another purpose and another key', () => {
    const sealed = cipher.seal('43010219900101123X', 'nationalId');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('43010219900101124X').toString('base64url');
    expect(() => cipher.open(parts.join('.'), 'nationalId')).toThrow();
    expect(() => cipher.open(sealed, 'phone')).toThrow();
    expect(() => new PersonalDataCipher('another-data-key-of-at-least-32-characters').open(sealed, 'nationalId')).toThrow();
  });

  it('indexes equal values equally and keys the index', () => {
    expect(cipher.index('43010219900101123X', 'nationalId')).toBe(cipher.index('43010219900101123X', 'nationalId'));
    expect(cipher.index('43010219900101123X', 'nationalId')).not.toBe(new PersonalDataCipher('another-data-key-of-at-least-32-characters').index('43010219900101123X', 'nationalId'));
  });
});
