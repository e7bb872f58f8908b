import type { CreatePersonMutationVariables, GuildhallClient, ImportPeopleMutation, PersonFilter, UpdatePersonMutationVariables } from '@guildhall/client';
import type { Identifier } from 'react-admin';
import { PERSON_MAX_LENGTHS, PERSON_WRITABLE_FIELDS, personFilter } from '../people/person';
import { counted, type ProviderContext, type ResourceHandler } from './resource';

/** What a people sheet holds: rows read, people created (0 in a preview) and the problems. */
export type ImportOutcome = ImportPeopleMutation['outcome'];

export interface PeopleMethods {
  /** The whole national id of one person, as an audited view. */
  revealNationalId(params: { id: Identifier }): Promise<{ data: string | null }>;
  /** Reads a people sheet and lists its problems; writes nothing. */
  previewPeopleImport(params: { fileName: string; contentBase64: string }): Promise<{ data: ImportOutcome }>;
  /** Creates everyone in the sheet, or nobody. */
  importPeople(params: { fileName: string; contentBase64: string }): Promise<{ data: ImportOutcome }>;
}

export function peopleHandlers(client: GuildhallClient): Record<string, ResourceHandler> {
  return {
    people: {
      createFields: PERSON_WRITABLE_FIELDS,
      updateFields: PERSON_WRITABLE_FIELDS,
      maxLengths: PERSON_MAX_LENGTHS,
      // The server refuses a filter it does not know: stale list settings must not break the page.
      list: ({ filter, ...rest }) => counted(client.people.list({ ...rest, filter: personFilter(filter) as PersonFilter })),
      get: async (id) => (await client.people.get(id)).item,
      byIds: async (ids) => (await client.people.byIds(ids)).items,
      create: async (fields) => (await client.people.create(fields as CreatePersonMutationVariables)).item,
      update: async (id, version, changes) => (await client.people.update({ ...changes, id, version } as UpdatePersonMutationVariables)).item,
      delete: async (id, version) => (await client.people.delete(id, version)).item,
      archive: async (id, version) => (await client.people.archive(id, version)).item,
      restore: async (id, version) => (await client.people.restore(id, version)).item,
    },
  };
}

export function peopleMethods({ client, call }: ProviderContext): PeopleMethods {
  return {
    revealNationalId: (params) => call('people', async () => ({ data: (await client.people.revealNationalId(String(params.id))).nationalId })),
    previewPeopleImport: (params) =>
      call('people', async () => ({ data: (await client.people.previewImport(params.fileName, params.contentBase64)).outcome })),

    importPeople: (params) => call('people', async () => ({ data: (await client.people.import(params.fileName, params.contentBase64)).outcome })),
  };
}
