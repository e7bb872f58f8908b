import type { ApiToken } from '../dataProvider';

/** The query of the token list, refreshed after a token is created or revoked. */
export const TOKENS_QUERY_KEY = ['account', 'apiTokens'];

export type TokenState = 'active' | 'expired' | 'revoked';

export function tokenState(token: Pick<ApiToken, 'revokedAt' | 'expiresAt'>, now = Date.now()): TokenState {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}
