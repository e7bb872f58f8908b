import { HttpError } from 'react-admin';
import { i18nProvider } from '../i18n';
import { signInErrorMessage, waitText } from './signInError';

describe('sign-in messages', () => {
  const now = Date.parse('2026-03-02T08:00:00.000Z');
  beforeEach(() => i18nProvider.changeLocale('zh'));
  afterAll(() => i18nProvider.changeLocale('zh'));
  const translate = (key: string, options?: Record<string, unknown>) => i18nProvider.translate(key, options);

  it('says the credentials are wrong, without telling which', () => {
    expect(signInErrorMessage(new HttpError('x', 401), translate, 'zh', now)).toBe('用户名或密码不正确，或者账户已停用。');
  });

  it('says how long a locked account waits', () => {
    const error = new HttpError('x', 429, { reason: 'locked', lockedUntil: '2026-03-02T08:14:10.000Z', retryAfterSeconds: 850 });
    const message = signInErrorMessage(error, translate, 'zh', now);
    expect(message).toContain('账户已被锁定');
    expect(message).toContain('约 15 分钟后');
    expect(message).toMatch(/\d{2}:\d{2}/);
  });

  it('says how long to wait after too many attempts from one place', () => {
    expect(signInErrorMessage(new HttpError('x', 429, { retryAfterSeconds: 42 }), translate, 'zh', now)).toBe('登录尝试太频繁，请 42 秒后再试。');
    expect(signInErrorMessage(new HttpError('x', 429, {}), translate, 'zh', now)).toBe('登录尝试太频繁，请稍后再试。');
  });

  it('rounds waits up to what a person would wait', async () => {
    expect(waitText(0.2, translate)).toBe('1 秒');
    expect(waitText(61, translate)).toBe('2 分钟');
    await i18nProvider.changeLocale('en');
    expect(waitText(1, translate)).toBe('1 second');
    expect(waitText(300, translate)).toBe('5 minutes');
  });

  it('passes other failures on as they are', () => {
    expect(signInErrorMessage(new HttpError('服务暂时不可用，请稍后再试。', 503), translate, 'zh', now)).toBe('服务暂时不可用，请稍后再试。');
  });
});
