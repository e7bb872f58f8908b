import type { CaseAction, DevelopmentCaseFilter, GuildhallClient } from '@guildhall/client';
import type { Identifier, RaRecord } from 'react-admin';
import { CASE_FILTER_KEYS, STEP_FORM_FIELDS, knownFilters, pipelineRows, runStep, type PipelineRow, type StepValues } from '../development/development';
import { asRecord, counted, type ProviderContext, type ResourceHandler, type Values } from './resource';

export interface DevelopmentMethods {
  /** One step of a development case (talk, advance, contacts…), with the version that was read. */
  caseStep(params: { id: Identifier; action: CaseAction; previousData: { version: number }; values: StepValues }): Promise<{ data: RaRecord }>;
  /** Open cases per stage, one row per chamber. */
  pipeline(params?: { withinOrganization?: Identifier | null }): Promise<{ data: PipelineRow[] }>;
}

/** The case filters the server knows; the list's open/closed choice arrives as text. */
export function caseFilter(filter: Values): Values {
  const known = knownFilters(filter, CASE_FILTER_KEYS);
  if (known.open === 'true' || known.open === 'false') known.open = known.open === 'true';
  return known;
}

/** Development cases: opened here; their steps go through the data provider's `caseStep`. */
export function developmentHandlers(client: GuildhallClient): Record<string, ResourceHandler> {
  return {
    developmentCases: {
      createFields: ['personId', 'organizationId', 'appliedOn', 'note'],
      updateFields: [],
      maxLengths: { note: 500 },
      list: ({ filter, ...rest }) => counted(client.cases.list({ ...rest, filter: caseFilter(filter) as DevelopmentCaseFilter })),
      get: async (id) => (await client.cases.get(id)).item,
      byIds: async (ids) => (await client.cases.byIds(ids)).items,
      create: async (fields) =>
        (
          await client.cases.open({
            personId: String(fields.personId ?? ''),
            organizationId: String(fields.organizationId ?? ''),
            appliedOn: String(fields.appliedOn ?? ''),
            note: (fields.note as string | undefined) ?? null,
          })
        ).item,
    },
  };
}

export function developmentMethods({ client, call }: ProviderContext): DevelopmentMethods {
  return {
    caseStep: (params) =>
      call(
        'developmentCases',
        async () => ({ data: asRecord(await runStep(client, params.action, String(params.id), params.previousData.version, params.values)) }),
        STEP_FORM_FIELDS,
      ),

    pipeline: (params) =>
      call('developmentCases', async () => {
        const within = params?.withinOrganization;
        return { data: pipelineRows((await client.cases.pipeline(within == null ? null : String(within))).items) };
      }),
  };
}
