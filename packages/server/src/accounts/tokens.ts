import { createHmac, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'gh_session';
export const API_TOKEN_PREFIX = 'gh_';

/** A new random secret: 256 bits, URL-safe. */
export function newToken(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** Tokens are stored only as a keyed hash; a stolen database does not give working tokens. */
export function hashToken(secret: string, token: string): string {
  return createHmac('sha256', secret).update(token).digest('hex');
}
