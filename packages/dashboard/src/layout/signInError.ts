import type { Translate } from '../apiErrors';

interface SignInFailure {
  status?: number;
  message?: string;
  body?: { reason?: unknown; lockedUntil?: unknown; retryAfterSeconds?: unknown };
}

/** "45 秒" or "3 分钟", rounded up to what a person would wait. */
export function waitText(seconds: number, translate: Translate): string {
  if (seconds < 60) return translate('guildhall.auth.seconds', { smart_count: Math.max(1, Math.ceil(seconds)) });
  return translate('guildhall.auth.minutes', { smart_count: Math.ceil(seconds / 60) });
}

function clockTime(iso: string, locale: string, now: number): string {
  const at = new Date(iso);
  const sameDay = at.toDateString() === new Date(now).toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: '2-digit', minute: '2-digit' }
    : { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' };
  return at.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB', options);
}

/** Why signing in failed, in words that say what to do: check the password, or wait how long. */
export function signInErrorMessage(error: unknown, translate: Translate, locale: string, now = Date.now()): string {
  const failure = (error ?? {}) as SignInFailure;
  if (failure.status === 401) return translate('guildhall.auth.wrongCredentials');
  if (failure.status === 429) {
    const { reason, lockedUntil, retryAfterSeconds } = failure.body ?? {};
    if (reason === 'locked' && typeof lockedUntil === 'string' && !Number.isNaN(Date.parse(lockedUntil))) {
      const wait = waitText((Date.parse(lockedUntil) - now) / 1000, translate);
      return translate('guildhall.auth.locked', { time: clockTime(lockedUntil, locale, now), wait });
    }
    if (typeof retryAfterSeconds === 'number' && retryAfterSeconds > 0) {
      return translate('guildhall.auth.rateLimited', { wait: waitText(retryAfterSeconds, translate) });
    }
    return translate('guildhall.auth.rateLimitedLater');
  }
  return failure.message || translate('guildhall.errors.unexpected');
}
