import { translateProblem } from '../apiErrors';
import { i18nProvider } from '../i18n';
import { kindsUnder, newChildOf } from './kinds';

describe('where organizations sit', () => {
  it('offers only the kinds that may sit under the chosen parent, and only hosted kinds when a host is chosen', () => {
    expect(kindsUnder('ENTERPRISE', false)).toEqual(['UNION', 'WOMEN_FEDERATION', 'YOUTH_LEAGUE']);
    const underChamber = kindsUnder('CHAMBER', false);
    expect(underChamber).not.toContain('AGENCY');
    expect(underChamber).not.toContain('CHAMBER');
    expect(underChamber).toEqual(expect.arrayContaining(['ENTERPRISE', 'BRANCH', 'PARTY_COMMITTEE', 'UNION']));
    // With an enterprise as host: its party or mass organization, never another enterprise.
    expect(kindsUnder('CHAMBER', true)).toEqual(['PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'JOINT_BRANCH', 'UNION', 'WOMEN_FEDERATION', 'YOUTH_LEAGUE']);
    // No parent chosen yet: every kind; an edit keeps the kind the record has.
    expect(kindsUnder(null, false)).toHaveLength(11);
    expect(kindsUnder('ENTERPRISE', false, 'BRANCH')).toContain('BRANCH');
  });

  it('makes an enterprise the host of a new sub-organization, under its chamber; elsewhere the organization is the parent', () => {
    expect(newChildOf({ id: '9', kind: 'ENTERPRISE', parentId: '4' })).toEqual({ parentId: '4', hostId: '9' });
    expect(newChildOf({ id: '4', kind: 'CHAMBER', parentId: '1' })).toEqual({ parentId: '4' });
    expect(newChildOf({ id: '7', kind: 'PARTY_COMMITTEE', parentId: '4' })).toEqual({ parentId: '7' });
  });

  it('names the parents the server allows when it refuses a parent', async () => {
    const problem = {
      field: 'parentId',
      constraint: 'parentKind',
      message: 'a BRANCH cannot sit under a ENTERPRISE; allowed: AGENCY, CHAMBER, PARTY_COMMITTEE, GENERAL_BRANCH',
      params: { kind: 'BRANCH', parentKind: 'ENTERPRISE', allowed: 'AGENCY,CHAMBER,PARTY_COMMITTEE,GENERAL_BRANCH' },
    };
    await i18nProvider.changeLocale('zh');
    expect(translateProblem(problem, i18nProvider.translate)).toBe('党支部不能隶属于会员企业；上级组织须为：主管单位、异地商会、党委、党总支');
    await i18nProvider.changeLocale('en');
    expect(translateProblem(problem, i18nProvider.translate)).toMatch(/^\S.* cannot sit under .*; the parent must be: .*, .*/);
    await i18nProvider.changeLocale('zh');
  });
});
