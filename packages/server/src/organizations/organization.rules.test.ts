import { ALLOWED_PARENT_KINDS, kindsAtOrBelow } from './organization.rules';
import { MASS_KINDS, OrganizationKind as K, PARTY_KINDS } from './organization.entity';

describe('the kinds that may sit below others', () => {
  it('below a party organization: party organizations and mass organizations, never an enterprise or a chamber', () => {
    expect(new Set(kindsAtOrBelow(PARTY_KINDS))).toEqual(new Set([...PARTY_KINDS, ...MASS_KINDS]));
  });

  it('follows the placement rules down every level: below a chamber, everything that may sit under it or under those', () => {
    expect(new Set(kindsAtOrBelow([K.CHAMBER]))).toEqual(new Set([K.CHAMBER, K.ENTERPRISE, ...PARTY_KINDS, ...MASS_KINDS]));
    expect(new Set(kindsAtOrBelow([K.AGENCY]))).toEqual(new Set(Object.values(K)));
  });

  it('is closed: no kind outside it may sit directly under a kind inside it', () => {
    for (const start of Object.values(K)) {
      const below = new Set(kindsAtOrBelow([start]));
      const escaped = Object.values(K).filter((kind) => !below.has(kind) && ALLOWED_PARENT_KINDS[kind].some((parent) => below.has(parent)));
      expect({ start, escaped }).toEqual({ start, escaped: [] });
    }
  });
});
