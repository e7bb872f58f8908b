import { i18nProvider } from '../i18n';
import { tokenState } from '../account/tokens';
import { AUDIT_ACTIONS, changeRows, fieldLabel } from './actions';

describe('audit entries', () => {
  beforeAll(() => i18nProvider.changeLocale('zh'));
  const translate = (key: string, options?: Record<string, unknown>) => i18nProvider.translate(key, options);

  it('reads the server’s { field: [before, after] } changes', () => {
    expect(changeRows({ phone: ['08***28', '08***01'], disabled: [false, true], reason: [null, 'wrongPassword'] })).toEqual([
      { field: 'phone', before: '08***28', after: '08***01' },
      { field: 'disabled', before: false, after: true },
      { field: 'reason', before: null, after: 'wrongPassword' },
    ]);
    expect(changeRows(null)).toEqual([]);
    expect(changeRows({ odd: 'value' })).toEqual([{ field: 'odd', before: undefined, after: 'value' }]);
  });

  it('names fields as the record’s own pages do, then as the audit trail does', () => {
    expect(fieldLabel(translate, 'organizations', 'phone')).toBe('联系电话');
    expect(fieldLabel(translate, 'users', 'role')).toBe('角色');
    expect(fieldLabel(translate, undefined, 'operation')).toBe('接口操作');
    expect(fieldLabel(translate, 'users', 'reason')).toBe('原因');
    expect(fieldLabel(translate, 'users', 'somethingNew')).toBe('somethingNew');
  });

  it('names every action in Chinese', () => {
    for (const action of AUDIT_ACTIONS) expect(translate(`guildhall.auditActions.${action}`, { _: '' })).toMatch(/[\u4e00-\u9fff]/);
  });

  it('tells active, expired and revoked tokens apart', () => {
    const now = Date.parse('2026-03-01T00:00:00Z');
    expect(tokenState({ revokedAt: null, expiresAt: null }, now)).toBe('active');
    expect(tokenState({ revokedAt: null, expiresAt: '2026-02-28T00:00:00Z' }, now)).toBe('expired');
    expect(tokenState({ revokedAt: '2026-02-01T00:00:00Z', expiresAt: '2027-01-01T00:00:00Z' }, now)).toBe('revoked');
  });
});
