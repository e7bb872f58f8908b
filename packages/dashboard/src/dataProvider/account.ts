import type { ApiTokenItemFragment, CreateApiTokenMutation } from '@guildhall/client';
import type { Identifier } from 'react-admin';
import { toHttpError } from '../apiErrors';
import { done, type ProviderContext } from './resource';

export type ApiToken = ApiTokenItemFragment;
/** A token just created: the token itself is in this answer only (the server leaves it null on every other read). */
export type NewToken = CreateApiTokenMutation['created'] & { token: string };

/** The signed-in user's own account. */
export interface AccountMethods {
  changePassword(params: { currentPassword: string; newPassword: string }): Promise<void>;
  myApiTokens(): Promise<{ data: ApiToken[] }>;
  /** Needs the password again; every token expires, after 1 to 365 days. */
  createApiToken(params: { name: string; password: string; expiresInDays: number }): Promise<{ data: NewToken }>;
  revokeApiToken(params: { id: Identifier }): Promise<{ data: ApiToken }>;
}

export function accountMethods({ client, translate }: ProviderContext): AccountMethods {
  /** Calls about the signed-in user's own account, which belong to no resource. */
  async function callAccount<T>(run: () => Promise<T>, formFields: readonly string[]): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw toHttpError(error, translate, { resource: 'account', formFields });
    }
  }

  return {
    changePassword: (params) => callAccount(() => done(client.auth.changePassword(params.currentPassword, params.newPassword)), ['currentPassword', 'newPassword']),

    myApiTokens: () => callAccount(async () => ({ data: (await client.apiTokens.mine()).items }), []),

    createApiToken: (params) =>
      callAccount(async () => {
        const { created } = await client.apiTokens.create(params.name, params.password, params.expiresInDays);
        if (!created.token) throw new Error('the server created a token without showing it');
        return { data: { ...created, token: created.token } };
      }, ['name', 'password', 'expiresInDays']),

    revokeApiToken: (params) => callAccount(async () => ({ data: (await client.apiTokens.revoke(String(params.id))).item }), []),
  };
}
