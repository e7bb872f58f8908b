import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { GraphQLClient } from 'graphql-request';
import {
  ArchiveOrganizationDocument,
  AuditEntriesByIdsDocument,
  AuditEntryByIdDocument,
  AuditEntryListDocument,
  ChangePasswordDocument,
  CreateApiTokenDocument,
  CreateUserDocument,
  MeDocument,
  MyApiTokensDocument,
  ResetUserPasswordDocument,
  RevokeApiTokenDocument,
  SignInDocument,
  SignOutDocument,
  UnlockUserDocument,
  UpdateUserDocument,
  UserByIdDocument,
  UserListDocument,
  UsersByIdsDocument,
  type AuditEntryListQueryVariables,
  type CreateUserMutationVariables,
  type UpdateUserMutationVariables,
  type UserListQueryVariables,
  CreateOrganizationDocument,
  DeleteOrganizationDocument,
  OrganizationByIdDocument,
  OrganizationListDocument,
  OrganizationsByIdsDocument,
  OrganizationTreeDocument,
  RestoreOrganizationDocument,
  UpdateOrganizationDocument,
  type CreateOrganizationMutationVariables,
  type OrganizationListQueryVariables,
  type UpdateOrganizationMutationVariables,
  ArchivePersonDocument,
  CreatePersonDocument,
  DeletePersonDocument,
  PeopleByIdsDocument,
  PersonByIdDocument,
  PersonListDocument,
  RestorePersonDocument,
  UpdatePersonDocument,
  type CreatePersonMutationVariables,
  type PersonListQueryVariables,
  type UpdatePersonMutationVariables,
} from './generated/graphql.js';
import { toApiError } from './errors.js';

export * from './generated/graphql.js';
export * from './errors.js';

export interface ClientOptions {
  /** Extra headers on every request, e.g. an API token. */
  headers?: Record<string, string>;
  /** Send cookies (the dashboard's session) along. */
  credentials?: RequestCredentials;
  fetch?: typeof fetch;
}

/** A typed SDK for the Guildhall API: one method per operation, errors as ApiError. */
export function createClient(url: string, options: ClientOptions = {}) {
  const client = new GraphQLClient(url, {
    headers: { 'content-type': 'application/json', ...options.headers },
    credentials: options.credentials,
    fetch: options.fetch,
  });

  async function run<TResult, TVariables extends object>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): Promise<TResult> {
    try {
      return await client.request<TResult, TVariables>({ document, variables } as never);
    } catch (error) {
      throw toApiError(error);
    }
  }

  return {
    request: run,
    organizations: {
      list: (variables: OrganizationListQueryVariables) => run(OrganizationListDocument, variables),
      byIds: (ids: string[]) => run(OrganizationsByIdsDocument, { ids }),
      tree: (rootId: string) => run(OrganizationTreeDocument, { rootId }),
      get: (id: string) => run(OrganizationByIdDocument, { id }),
      create: (variables: CreateOrganizationMutationVariables) => run(CreateOrganizationDocument, variables),
      update: (variables: UpdateOrganizationMutationVariables) => run(UpdateOrganizationDocument, variables),
      delete: (id: string, version?: number) => run(DeleteOrganizationDocument, { id, version }),
      archive: (id: string, version: number) => run(ArchiveOrganizationDocument, { id, version }),
      restore: (id: string, version: number) => run(RestoreOrganizationDocument, { id, version }),
    },
    people: {
      list: (variables: PersonListQueryVariables) => run(PersonListDocument, variables),
      byIds: (ids: string[]) => run(PeopleByIdsDocument, { ids }),
      get: (id: string) => run(PersonByIdDocument, { id }),
      create: (variables: CreatePersonMutationVariables) => run(CreatePersonDocument, variables),
      update: (variables: UpdatePersonMutationVariables) => run(UpdatePersonDocument, variables),
      delete: (id: string, version?: number) => run(DeletePersonDocument, { id, version }),
      archive: (id: string, version: number) => run(ArchivePersonDocument, { id, version }),
      restore: (id: string, version: number) => run(RestorePersonDocument, { id, version }),
    },
    auth: {
      /** The signed-in user and their permissions; `me` is null without a session. */
      me: () => run(MeDocument, {}),
      signIn: (username: string, password: string) => run(SignInDocument, { username, password }),
      signOut: () => run(SignOutDocument, {}),
      changePassword: (currentPassword: string, newPassword: string) => run(ChangePasswordDocument, { currentPassword, newPassword }),
    },
    users: {
      list: (variables: UserListQueryVariables) => run(UserListDocument, variables),
      byIds: (ids: string[]) => run(UsersByIdsDocument, { ids }),
      get: (id: string) => run(UserByIdDocument, { id }),
      create: (variables: CreateUserMutationVariables) => run(CreateUserDocument, variables),
      update: (variables: UpdateUserMutationVariables) => run(UpdateUserDocument, variables),
      resetPassword: (id: string, newPassword: string) => run(ResetUserPasswordDocument, { id, newPassword }),
      unlock: (id: string) => run(UnlockUserDocument, { id }),
    },
    apiTokens: {
      /** The signed-in user's own tokens, revoked and expired ones included. */
      mine: () => run(MyApiTokensDocument, {}),
      /** The token itself is in the answer once and never again. */
      create: (name: string, expiresInDays?: number | null) => run(CreateApiTokenDocument, { name, expiresInDays }),
      revoke: (id: string) => run(RevokeApiTokenDocument, { id }),
    },
    audit: {
      list: (variables: AuditEntryListQueryVariables) => run(AuditEntryListDocument, variables),
      byIds: (ids: string[]) => run(AuditEntriesByIdsDocument, { ids }),
      get: (id: string) => run(AuditEntryByIdDocument, { id }),
    },
  };
}

export type GuildhallClient = ReturnType<typeof createClient>;
