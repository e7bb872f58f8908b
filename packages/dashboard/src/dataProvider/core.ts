import type { GuildhallClient } from '@guildhall/client';
import type { DataProvider, GetListResult, Identifier, RaRecord } from 'react-admin';
import { HttpError } from 'react-admin';
import { toHttpError, type Translate } from '../apiErrors';
import { changedFields, filledFields } from './fields';
import { asRecord, type ProviderContext, type ResourceHandler, type Values, type VersionedParams } from './resource';

/** The server answers at most this many rows per request. */
export const MAX_PER_PAGE = 100;

/** Methods of records that can be set aside rather than deleted. */
export interface ArchiveMethods {
  /** Organizations and people: takes the record out of the everyday lists. */
  archive(resource: string, params: VersionedParams): Promise<{ data: RaRecord }>;
  restore(resource: string, params: VersionedParams): Promise<{ data: RaRecord }>;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function versionOf(params: { previousData?: unknown; data?: unknown }): number | undefined {
  const version = (params.previousData as Values | undefined)?.version ?? (params.data as Values | undefined)?.version;
  return typeof version === 'number' ? version : undefined;
}

async function list(
  handler: ResourceHandler,
  params: { pagination?: { page: number; perPage: number }; sort?: { field: string; order: string }; filter?: Values },
): Promise<GetListResult> {
  const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
  const { items, total } = await handler.list({
    page: Math.max(page - 1, 0),
    perPage,
    sortField: params.sort?.field || undefined,
    sortOrder: params.sort?.order || undefined,
    filter: params.filter ?? {},
  });
  return { data: items.map(asRecord), total };
}

/** The context every resource's methods run in: its `call` finds the resource's handler and maps API errors. */
export function createContext(client: GuildhallClient, handlers: Record<string, ResourceHandler>, translate: Translate, fetchImpl: typeof fetch): ProviderContext {
  function handlerOf(resource: string): ResourceHandler {
    const handler = handlers[resource];
    if (!handler) throw new HttpError(`Unknown resource: ${resource}`, 404);
    return handler;
  }

  async function call<T>(resource: string, run: (handler: ResourceHandler) => Promise<T>, formFields?: readonly string[]): Promise<T> {
    const handler = handlerOf(resource);
    try {
      return await run(handler);
    } catch (error) {
      throw toHttpError(error, translate, { resource, formFields, maxLengths: handler.maxLengths });
    }
  }

  return { client, translate, fetch: fetchImpl, call };
}

/**
 * react-admin's own methods, dispatched to the resource's handler. Pages are 1-based in react-admin and
 * 0-based on the server; updates send the version that was read and only the fields that changed.
 */
export function coreMethods(handlers: Record<string, ResourceHandler>, { call, translate }: ProviderContext): DataProvider & ArchiveMethods {
  function unsupported(): never {
    throw new HttpError(translate('guildhall.errors.bulkUpdateUnsupported'), 400);
  }

  return {
    getList: (resource, params) => call(resource, (handler) => list(handler, params)),

    getOne: (resource, params) =>
      call(resource, async (handler) => {
        const item = await handler.get(String(params.id));
        // Out of scope answers like "does not exist"; some lookups answer null rather than an error.
        if (!item) throw new HttpError(translate('guildhall.errors.notFound'), 404);
        return { data: asRecord(item) };
      }),

    // Lookups by id include archived organizations.
    getMany: (resource, params) =>
      call(resource, async (handler) => {
        const ids = [...new Set(params.ids.map(String))];
        const found: Values[] = [];
        for (const batch of chunks(ids, MAX_PER_PAGE)) found.push(...(await handler.byIds(batch)));
        return { data: found.map(asRecord) };
      }),

    getManyReference: (resource, params) =>
      call(resource, (handler) => list(handler, { ...params, filter: { ...params.filter, [params.target]: String(params.id) } })),

    create: (resource, params) =>
      call(
        resource,
        async (handler) => {
          if (!handler.create) return unsupported();
          const data = handler.normalize ? handler.normalize(params.data as Values) : (params.data as Values);
          return { data: asRecord(await handler.create(filledFields(data, handler.createFields))) };
        },
        handlers[resource]?.createFields,
      ),

    update: (resource, params) =>
      call(
        resource,
        async (handler) => {
          if (!handler.update) return unsupported();
          const previous = params.previousData as Values | undefined;
          const version = versionOf(params);
          if (version === undefined) throw new HttpError('The version that was read is missing', 400);
          const normalize = handler.normalize ?? ((values: Values) => values);
          const changes = changedFields(normalize(params.data as Values), previous && normalize(previous), handler.updateFields);
          if (Object.keys(changes).length === 0 && previous) return { data: previous as never };
          return { data: asRecord(await handler.update(String(params.id), version, changes)) };
        },
        handlers[resource]?.updateFields,
      ),

    updateMany: async () => unsupported(),

    delete: (resource, params) =>
      call(resource, async (handler) => {
        if (!handler.delete) return unsupported();
        const item = await handler.delete(String(params.id), versionOf(params));
        return { data: { ...(params.previousData ?? {}), ...item } as never };
      }),

    deleteMany: (resource, params) =>
      call(resource, async (handler) => {
        const remove = handler.delete;
        if (!remove) return unsupported();
        const deleted: Identifier[] = [];
        for (const id of params.ids) deleted.push((await remove(String(id))).id as Identifier);
        return { data: deleted as never };
      }),

    archive: (resource, params) =>
      call(resource, async (handler) => {
        if (!handler.archive) return unsupported();
        return { data: asRecord(await handler.archive(String(params.id), params.previousData.version)) };
      }),

    restore: (resource, params) =>
      call(resource, async (handler) => {
        if (!handler.restore) return unsupported();
        return { data: asRecord(await handler.restore(String(params.id), params.previousData.version)) };
      }),
  };
}
