import {
  OrganizationSubtreePageDocument,
  type CreateOrganizationMutationVariables,
  type GuildhallClient,
  type OrganizationFilter,
  type OrganizationSubtreePageQuery,
  type UpdateOrganizationMutationVariables,
} from '@guildhall/client';
import type { Identifier, RaRecord } from 'react-admin';
import { MAX_LENGTHS, WRITABLE_FIELDS } from '../organizations/kinds';
import { MAX_PER_PAGE } from './core';
import { asRecord, counted, type ProviderContext, type ResourceHandler } from './resource';

/** A tree view stops loading beyond this many organizations. */
export const MAX_TREE_NODES = 2000;

export type TreeNode = OrganizationSubtreePageQuery['items'][number];

export interface TreeResult {
  /** The subtree below the root (the root itself excluded), shallowest first. */
  data: TreeNode[];
  /** True when the subtree has more organizations than were loaded. */
  truncated: boolean;
}

export interface OrganizationMethods {
  tree(resource: string, params: { id: Identifier }): Promise<TreeResult>;
  /** The member enterprises a joint branch takes in, replacing the present ones. */
  setJointEnterprises(params: { id: Identifier; previousData: { version: number }; enterpriseIds: string[] }): Promise<{ data: RaRecord }>;
}

export function organizationHandlers(client: GuildhallClient): Record<string, ResourceHandler> {
  return {
    organizations: {
      createFields: WRITABLE_FIELDS,
      updateFields: WRITABLE_FIELDS,
      maxLengths: MAX_LENGTHS,
      list: ({ filter, ...rest }) => counted(client.organizations.list({ ...rest, filter: filter as OrganizationFilter })),
      get: async (id) => (await client.organizations.get(id)).item,
      byIds: async (ids) => (await client.organizations.byIds(ids)).items,
      create: async (fields) => (await client.organizations.create(fields as CreateOrganizationMutationVariables)).item,
      update: async (id, version, changes) =>
        (await client.organizations.update({ ...changes, id, version } as UpdateOrganizationMutationVariables)).item,
      delete: async (id, version) => (await client.organizations.delete(id, version)).item,
      archive: async (id, version) => (await client.organizations.archive(id, version)).item,
      restore: async (id, version) => (await client.organizations.restore(id, version)).item,
    },
  };
}

export function organizationMethods({ client, call }: ProviderContext): OrganizationMethods {
  return {
    tree: (resource, params) =>
      call(resource, async () => {
        const data: TreeNode[] = [];
        for (let page = 0; data.length < MAX_TREE_NODES; page += 1) {
          const { items } = await client.request(OrganizationSubtreePageDocument, { rootId: String(params.id), page });
          data.push(...items);
          if (items.length < MAX_PER_PAGE) return { data, truncated: false };
        }
        return { data, truncated: true };
      }),

    setJointEnterprises: (params) =>
      call('organizations', async () => ({ data: asRecord((await client.organizations.setJointEnterprises(String(params.id), params.previousData.version, params.enterpriseIds)).item) })),
  };
}
