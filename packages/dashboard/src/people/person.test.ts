import { isValidPhone, KEEPING_KINDS, membershipStatusChoicesFor, nationalIdCheckCharacter, personFilter, readNationalId, withFactsFromNationalId } from './person';

describe('people', () => {
  it('takes phones by the server\'s rule: mobile numbers and landlines with an area code, as people write them', () => {
    for (const phone of ['13800138000', '138 0013 8000', '+86 138-0013-8000', '0086 19912345678', '(0851) 8555 1234', '0851-85551234', '010-12345678', '08517654321', '', '  ', null]) {
      expect({ phone, valid: isValidPhone(phone) }).toEqual({ phone, valid: true });
    }
    for (const phone of ['1380013', '12345678901', '138001380001', '8555123', '+1 415 555 0100', '0851', '1380<script>']) {
      expect({ phone, valid: isValidPhone(phone) }).toEqual({ phone, valid: false });
    }
  });

  it('computes the GB 11643 check character', () => {
    expect(nationalIdCheckCharacter('52010219900517001')).toBe('9');
    expect(nationalIdCheckCharacter('43011019690311999')).toBe('X');
  });

  it('reads the birth date and gender out of a valid national id only', () => {
    expect(readNationalId('520102199005170019')).toEqual({ birthDate: '1990-05-17', gender: 'MALE' });
    expect(readNationalId(' 43011019690311999x ')).toEqual({ birthDate: '1969-03-11', gender: 'MALE' });
    expect(readNationalId('430801198304032789')).toEqual({ birthDate: '1983-04-03', gender: 'FEMALE' });
    expect(readNationalId('520102199005170010')).toBeNull(); // wrong check character
    expect(readNationalId('4301************99')).toBeNull(); // masked
    expect(readNationalId('52010219900230001X')).toBeNull(); // 30 February (and a wrong check character)
    expect(readNationalId(undefined)).toBeNull();
  });

  it('fills birth date and gender from a valid id on save, and leaves them be otherwise', () => {
    expect(withFactsFromNationalId({ nationalId: '520102199005170019', birthDate: '2000-01-01', gender: 'FEMALE', name: '李湘' })).toEqual({
      nationalId: '520102199005170019',
      birthDate: '1990-05-17',
      gender: 'MALE',
      name: '李湘',
    });
    const masked = { nationalId: '4301************99', birthDate: '1997-03-12', gender: 'MALE' };
    expect(withFactsFromNationalId(masked)).toBe(masked);
  });

  it('keeps only the filters the server knows, with a value', () => {
    expect(personFilter({ q: 'dhc', kind: 'CHAMBER', gender: '', education: null, archived: false, organizationId: '4' })).toEqual({
      q: 'dhc',
      archived: false,
      organizationId: '4',
    });
  });

  it('keeps people anywhere but in the agency and coordination groups', () => {
    expect(KEEPING_KINDS).not.toContain('AGENCY');
    expect(KEEPING_KINDS).not.toContain('COORDINATION_GROUP');
    expect(KEEPING_KINDS).toContain('CHAMBER');
    expect(KEEPING_KINDS).toContain('BRANCH');
  });

  it('offers the statuses set by hand, and keeps a status a development case set', () => {
    const ids = (current?: Parameters<typeof membershipStatusChoicesFor>[0]) => membershipStatusChoicesFor(current).map((c) => c.id);
    expect(ids()).toEqual(['NON_MEMBER', 'FULL', 'LEFT']);
    expect(ids('FULL')).toEqual(['NON_MEMBER', 'FULL', 'LEFT']);
    expect(ids('ACTIVIST')).toEqual(['NON_MEMBER', 'ACTIVIST', 'FULL', 'LEFT']);
  });
});
