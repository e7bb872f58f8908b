import {
  UPLOAD_LIMITS,
  type CaseAction,
  type CreateMaterialKindMutationVariables,
  type DevelopmentCaseFilter,
  type GuildhallClient,
  type MaterialKindItemFragment,
  type MissingMaterialsQuery,
  type UpdateMaterialKindMutationVariables,
} from '@guildhall/client';

export type MissingMaterialRow = MissingMaterialsQuery['page']['items'][number];
import type { Identifier, RaRecord } from 'react-admin';
import { CASE_FILTER_KEYS, STEP_FORM_FIELDS, knownFilters, pipelineRows, runStep, type PipelineRow, type StepValues } from '../development/development';
import { restError, type RawError } from './photos';
import { asRecord, counted, type ProviderContext, type ResourceHandler, type Values } from './resource';


/** A file for a case's dossier: its material, the day it was made, and the version it replaces with why. */
export interface MaterialUpload {
  caseId: Identifier;
  kind: string;
  formedOn: string;
  file: File;
  replaces?: string | null;
  reason?: string | null;
}

export interface DevelopmentMethods {
  /** One step of a development case (talk, advance, contacts…), with the version that was read. */
  caseStep(params: { id: Identifier; action: CaseAction; previousData: { version: number }; values: StepValues }): Promise<{ data: RaRecord }>;
  /** Open cases per stage, one row per chamber. */
  pipeline(params?: { withinOrganization?: Identifier | null }): Promise<{ data: PipelineRow[] }>;
  /** Adds a file to a case's dossier, or replaces the one there. */
  uploadMaterial(params: MaterialUpload): Promise<void>;
  /** 材料待办: a page of the required materials the open cases lack, of one kind when asked. */
  missingMaterials(params: { kind: string | null; page: number; perPage: number }): Promise<{ data: MissingMaterialRow[]; total: number }>;
  /** The kinds of material the steps need, in the dossier's order. */
  materialKinds(): Promise<{ data: MaterialKindItemFragment[] }>;
  createMaterialKind(params: CreateMaterialKindMutationVariables): Promise<{ data: MaterialKindItemFragment }>;
  updateMaterialKind(params: UpdateMaterialKindMutationVariables): Promise<{ data: MaterialKindItemFragment }>;
}

const materialTooLarge = () =>
  restError({ message: 'the file is too large', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'file', constraint: 'fileTooLarge', message: 'the file is too large' }] } }, 413);

/** Sends a material's file beside GraphQL (POST /cases/:id/materials), its name percent-encoded in X-File-Name. */
async function postMaterial(fetchImpl: typeof fetch, params: MaterialUpload): Promise<void> {
  // The server refuses a larger file before reading it: no need to send it.
  if (params.file.size > UPLOAD_LIMITS.materialBytes) throw materialTooLarge();
  const query = new URLSearchParams({ kind: params.kind, formedOn: params.formedOn });
  if (params.replaces) query.set('replaces', params.replaces);
  if (params.reason) query.set('reason', params.reason);
  const response = await fetchImpl(`/cases/${encodeURIComponent(String(params.caseId))}/materials?${query}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'X-Requested-With': 'guildhall', 'X-File-Name': encodeURIComponent(params.file.name), 'Content-Type': params.file.type || 'application/octet-stream' },
    body: params.file,
  });
  let body: { data?: unknown; errors?: RawError[] } | undefined;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (!response.ok || !body?.data) throw restError(body?.errors?.[0], response.status);
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

export function developmentMethods({ client, call, fetch }: ProviderContext): DevelopmentMethods {
  return {
    uploadMaterial: (params) => call('developmentCases', () => postMaterial(fetch, params), ['file', 'fileName', 'formedOn', 'reason']),
    materialKinds: () => call('developmentCases', async () => ({ data: (await client.cases.materialKinds()).items })),
    missingMaterials: (params) =>
      call('developmentCases', async () => {
        const { page } = await client.cases.missingMaterials({ kind: params.kind, page: params.page, perPage: params.perPage });
        return { data: page.items, total: page.total };
      }),
    createMaterialKind: (params) => call('developmentCases', async () => ({ data: (await client.cases.createMaterialKind(params)).item }), ['code', 'name', 'step', 'required', 'requiredFrom', 'fileTypes', 'uploadRoles', 'sortOrder']),
    updateMaterialKind: (params) => call('developmentCases', async () => ({ data: (await client.cases.updateMaterialKind(params)).item }), ['name', 'required', 'requiredFrom', 'fileTypes', 'uploadRoles', 'sortOrder']),

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
