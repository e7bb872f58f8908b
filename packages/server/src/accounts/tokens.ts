import { createHmac, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';

export const SESSION_COOKIE = 'gh_session';
export const API_TOKEN_PREFIX = 'gh_';

/** A new random secret: 256 bits, URL-safe. */
export function newToken(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/**
 * Tokens are stored only as a keyed hash; a stolen database does not give working tokens.
 * Every signed-in request hashes its token: a key made once with `tokenKey` spares turning
 * the secret into a key each time.
 */
export function hashToken(secret: string | KeyObject, token: string): string {
  return createHmac('sha256', secret).update(token).digest('hex');
}

/** The session secret as a key for `hashToken`; the hashes are the same as with the secret itself. */
export function tokenKey(secret: string): KeyObject {
  return createSecretKey(Buffer.from(secret, 'utf8'));
}
