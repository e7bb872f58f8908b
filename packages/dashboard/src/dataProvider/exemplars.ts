import type { CreateExemplarMutationVariables, ExemplarFilter, GuildhallClient, UpdateExemplarMutationVariables } from '@guildhall/client';
import type { Identifier } from 'react-admin';
import {
  EXEMPLAR_CREATE_FIELDS,
  EXEMPLAR_MAX_LENGTHS,
  EXEMPLAR_UPDATE_FIELDS,
  exemplarFilter,
  normalizeExemplar,
  photoUploadUrl,
  withContent,
  type Exemplar,
  type ExemplarStep,
  type Photo,
  type RevisionChange,
} from '../exemplars/exemplar';
import { postPhoto } from './photos';
import type { ProviderContext, ResourceHandler } from './resource';

export interface ExemplarMethods {
  /** A profile's workflow: submit, approve, return (with a note), publish, withdraw (with a note). */
  /** A workflow step; approving takes the notice's hotline and suggestion box (`channels`). */
  exemplarStep(params: {
    id: Identifier;
    step: ExemplarStep;
    previousData: { version: number };
    note?: string | null;
    channels?: { hotline: string; suggestionBox: string };
  }): Promise<{ data: Exemplar }>;
  /** Field by field, what changed between two revisions of a profile (by their numbers). */
  exemplarDiff(params: { id: Identifier; from: number; to: number }): Promise<{ data: RevisionChange[] }>;
  /** Sends a photo for the profile's working revision; the answer has the profile's new version. */
  uploadExemplarPhoto(params: { id: Identifier; previousData: { version: number }; file: Blob }): Promise<{ data: { photo: Photo; version: number } }>;
}

/**
 * Exemplars (先进典型): created and edited as drafts, with the shown revision's content on the
 * record; the workflow and photos go through the data provider's `exemplarStep` and `uploadExemplarPhoto`.
 */
export function exemplarHandlers(client: GuildhallClient): Record<string, ResourceHandler> {
  return {
    exemplars: {
      createFields: EXEMPLAR_CREATE_FIELDS,
      updateFields: EXEMPLAR_UPDATE_FIELDS,
      maxLengths: EXEMPLAR_MAX_LENGTHS,
      normalize: normalizeExemplar,
      list: async ({ filter, ...rest }) => {
        const { items, total } = await client.exemplars.list({ ...rest, filter: exemplarFilter(filter) as ExemplarFilter });
        return { items: items.map(withContent), total: total.count };
      },
      get: async (id) => withContent((await client.exemplars.get(id)).item),
      byIds: async (ids) => (await client.exemplars.byIds(ids)).items.map(withContent),
      create: async (fields) => withContent((await client.exemplars.create(fields as CreateExemplarMutationVariables)).item),
      update: async (id, version, changes) => withContent((await client.exemplars.update({ ...changes, id, version } as UpdateExemplarMutationVariables)).item),
    },
  };
}

export function exemplarMethods({ client, call, fetch }: ProviderContext): ExemplarMethods {
  return {
    exemplarStep: (params) =>
      call(
        'exemplars',
        async () => {
          const id = String(params.id);
          const { version } = params.previousData;
          const note = typeof params.note === 'string' ? params.note.trim() : '';
          const steps: Record<ExemplarStep, () => Promise<{ item: Parameters<typeof withContent>[0] }>> = {
            submit: () => client.exemplars.submit(id, version),
            approve: () => client.exemplars.approve({ id, version, hotline: params.channels?.hotline ?? '', suggestionBox: params.channels?.suggestionBox ?? '' }),
            return: () => client.exemplars.returnToDraft(id, version, note),
            publish: () => client.exemplars.publish(id, version),
            withdraw: () => client.exemplars.withdraw(id, version, note),
          };
          return { data: withContent((await steps[params.step]()).item) as Exemplar };
        },
        ['note', 'hotline', 'suggestionBox'],
      ),

    exemplarDiff: (params) => call('exemplars', async () => ({ data: (await client.exemplars.diff(String(params.id), params.from, params.to)).changes })),

    uploadExemplarPhoto: (params) =>
      call(
        'exemplars',
        async () => {
          const data = await postPhoto<{ exemplar: { version: number }; photo: Photo }>(fetch, photoUploadUrl(String(params.id), params.previousData.version), params.file);
          return { data: { photo: data.photo, version: data.exemplar.version } };
        },
        ['photo'],
      ),
  };
}
