import type { CreateUserMutationVariables, GuildhallClient, UpdateUserMutationVariables, UserFilter } from '@guildhall/client';
import type { Identifier } from 'react-admin';
import { USER_CREATE_FIELDS, USER_MAX_LENGTHS, USER_UPDATE_FIELDS, type User } from '../users/roles';
import { counted, type ProviderContext, type ResourceHandler } from './resource';

export interface UserMethods {
  resetPassword(resource: string, params: { id: Identifier; newPassword: string }): Promise<{ data: User }>;
  unlock(resource: string, params: { id: Identifier }): Promise<{ data: User }>;
}

export function userHandlers(client: GuildhallClient): Record<string, ResourceHandler> {
  return {
    users: {
      createFields: USER_CREATE_FIELDS,
      updateFields: USER_UPDATE_FIELDS,
      maxLengths: USER_MAX_LENGTHS,
      list: ({ filter, ...rest }) => counted(client.users.list({ ...rest, filter: filter as UserFilter })),
      get: async (id) => (await client.users.get(id)).item,
      byIds: async (ids) => (await client.users.byIds(ids)).items,
      create: async (fields) => (await client.users.create(fields as CreateUserMutationVariables)).item,
      update: async (id, version, changes) => (await client.users.update({ ...changes, id, version } as UpdateUserMutationVariables)).item,
    },
  };
}

export function userMethods({ client, call }: ProviderContext): UserMethods {
  return {
    resetPassword: (resource, params) =>
      call(resource, async () => ({ data: (await client.users.resetPassword(String(params.id), params.newPassword)).item }), ['newPassword']),

    unlock: (resource, params) => call(resource, async () => ({ data: (await client.users.unlock(String(params.id))).item })),
  };
}
