import {
  OrganizationSubtreePageDocument,
  type GuildhallClient,
  type OrganizationFilter,
  type OrganizationSubtreePageQuery,
  type UpdateOrganizationMutationVariables,
  type CreateOrganizationMutationVariables,
} from '@guildhall/client';
import type { DataProvider, GetListResult, Identifier } from 'react-admin';
import { HttpError } from 'react-admin';
import { toHttpError, type Translate } from './apiErrors';
import { MAX_LENGTHS, WRITABLE_FIELDS, type Organization } from './organizations/kinds';

/** The server answers at most this many rows per request. */
export const MAX_PER_PAGE = 100;
/** A tree view stops loading beyond this many organizations. */
export const MAX_TREE_NODES = 2000;

export type TreeNode = OrganizationSubtreePageQuery['items'][number];

export interface TreeResult {
  /** The subtree below the root (the root itself excluded), shallowest first. */
  data: TreeNode[];
  /** True when the subtree has more organizations than were loaded. */
  truncated: boolean;
}

export interface VersionedParams {
  id: Identifier;
  previousData: { version: number };
}

export interface GuildhallDataProvider extends DataProvider {
  archive(resource: string, params: VersionedParams): Promise<{ data: Organization }>;
  restore(resource: string, params: VersionedParams): Promise<{ data: Organization }>;
  tree(resource: string, params: { id: Identifier }): Promise<TreeResult>;
}

type Values = Record<string, unknown>;

function emptyToNull(value: unknown): unknown {
  return value === undefined || value === '' ? null : value;
}

/** The writable fields that differ from what was read; fields absent from `data` are left alone. */
export function changedFields(data: Values, previousData: Values | undefined, fields: readonly string[]): Values {
  const changes: Values = {};
  for (const field of fields) {
    if (!(field in data) || data[field] === undefined) continue;
    const next = emptyToNull(data[field]);
    if (next !== emptyToNull(previousData?.[field])) changes[field] = next;
  }
  return changes;
}

/** The writable fields that have a value, for a create. */
export function filledFields(data: Values, fields: readonly string[]): Values {
  return Object.fromEntries(fields.map((f) => [f, emptyToNull(data[f])]).filter(([, v]) => v !== null));
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

// react-admin's methods are generic in the record type their caller expects; the SDK's own
// types are checked up to this point, and this only hands the record over to that generic.
function asRecord(item: Organization): never {
  return item as never;
}

/**
 * react-admin's data provider over the typed SDK. Pages are 1-based in react-admin and
 * 0-based on the server; updates send the version that was read and only the fields that changed.
 */
export function createDataProvider(client: GuildhallClient, translate: Translate): GuildhallDataProvider {
  const orgs = client.organizations;

  function checkResource(resource: string): void {
    if (resource !== 'organizations') throw new HttpError(`Unknown resource: ${resource}`, 404);
  }

  /** Runs a call and maps API errors; `form` marks calls whose field problems belong on a form. */
  async function call<T>(resource: string, run: () => Promise<T>, form = false): Promise<T> {
    checkResource(resource);
    try {
      return await run();
    } catch (error) {
      throw toHttpError(error, translate, { resource, formFields: form ? WRITABLE_FIELDS : undefined, maxLengths: MAX_LENGTHS });
    }
  }

  async function list(params: {
    pagination?: { page: number; perPage: number };
    sort?: { field: string; order: string };
    filter?: Values;
  }): Promise<GetListResult> {
    const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
    const result = await orgs.list({
      page: Math.max(page - 1, 0),
      perPage,
      sortField: params.sort?.field || undefined,
      sortOrder: params.sort?.order || undefined,
      filter: params.filter as OrganizationFilter,
    });
    return { data: result.items.map(asRecord), total: result.total.count };
  }

  return {
    getList: (resource, params) => call(resource, () => list(params)),

    getOne: (resource, params) => call(resource, async () => ({ data: asRecord((await orgs.get(String(params.id))).item) })),

    // Lookups by id include archived organizations.
    getMany: (resource, params) =>
      call(resource, async () => {
        const ids = [...new Set(params.ids.map(String))];
        const found: Organization[] = [];
        for (const batch of chunks(ids, MAX_PER_PAGE)) found.push(...(await orgs.byIds(batch)).items);
        return { data: found.map(asRecord) };
      }),

    getManyReference: (resource, params) =>
      call(resource, () => list({ ...params, filter: { ...params.filter, [params.target]: String(params.id) } })),

    create: (resource, params) =>
      call(
        resource,
        async () => {
          const fields = filledFields(params.data as Values, WRITABLE_FIELDS) as CreateOrganizationMutationVariables;
          return { data: asRecord((await orgs.create(fields)).item) };
        },
        true,
      ),

    update: (resource, params) =>
      call(
        resource,
        async () => {
          const previous = params.previousData as Values | undefined;
          const version = (previous?.version ?? (params.data as Values).version) as number | undefined;
          if (typeof version !== 'number') throw new HttpError('The version that was read is missing', 400);
          const changes = changedFields(params.data as Values, previous, WRITABLE_FIELDS);
          if (Object.keys(changes).length === 0 && previous) return { data: previous as never };
          const variables = { ...changes, id: String(params.id), version } as UpdateOrganizationMutationVariables;
          return { data: asRecord((await orgs.update(variables)).item) };
        },
        true,
      ),

    updateMany: async () => {
      throw new HttpError(translate('guildhall.errors.bulkUpdateUnsupported'), 400);
    },

    delete: (resource, params) =>
      call(resource, async () => {
        const version = (params.previousData as Values | undefined)?.version as number | undefined;
        const { item } = await orgs.delete(String(params.id), version);
        return { data: { ...(params.previousData ?? {}), ...item } as never };
      }),

    deleteMany: (resource, params) =>
      call(resource, async () => {
        const deleted: Identifier[] = [];
        for (const id of params.ids) deleted.push((await orgs.delete(String(id))).item.id);
        return { data: deleted as never };
      }),

    archive: (resource, params) =>
      call(resource, async () => ({ data: (await orgs.archive(String(params.id), params.previousData.version)).item })),

    restore: (resource, params) =>
      call(resource, async () => ({ data: (await orgs.restore(String(params.id), params.previousData.version)).item })),

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
  };
}
