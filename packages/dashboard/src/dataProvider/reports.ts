import type { GuildhallClient, RecordReportMutationVariables, ReportFilter, ReportFinding } from '@guildhall/client';
import type { Identifier, RaRecord } from 'react-admin';
import { knownFilters } from '../development/development';
import { REPORT_CREATE_FIELDS, REPORT_FILTER_KEYS, REPORT_MAX_LENGTHS, type ReportStep } from '../reports/report';
import { asRecord, counted, type ProviderContext, type ResourceHandler } from './resource';

export interface ReportStepValues {
  finding?: ReportFinding;
  note?: string;
  on?: string;
  decision?: string | null;
}

export interface ReportMethods {
  /** A report's workflow: start verifying, conclude, close. */
  reportStep(params: { id: Identifier; step: ReportStep; previousData: { version: number }; values?: ReportStepValues }): Promise<{ data: RaRecord }>;
}

/** Reports: recorded here; their workflow goes through the data provider's `reportStep`. */
export function reportHandlers(client: GuildhallClient): Record<string, ResourceHandler> {
  return {
    reports: {
      createFields: REPORT_CREATE_FIELDS,
      updateFields: [],
      maxLengths: REPORT_MAX_LENGTHS,
      list: ({ filter, ...rest }) => counted(client.reports.list({ ...rest, filter: knownFilters(filter, REPORT_FILTER_KEYS) as ReportFilter })),
      get: async (id) => (await client.reports.get(id)).item,
      byIds: async (ids) => (await client.reports.byIds(ids)).items,
      create: async (fields) => (await client.reports.record(fields as RecordReportMutationVariables)).item,
    },
  };
}

export function reportMethods({ client, call }: ProviderContext): ReportMethods {
  return {
    reportStep: (params) =>
      call(
        'reports',
        async () => {
          const id = String(params.id);
          const { version } = params.previousData;
          const values = params.values ?? {};
          if (params.step === 'startVerification') return { data: asRecord((await client.reports.startVerification(id, version)).item) };
          if (params.step === 'conclude') {
            return { data: asRecord((await client.reports.conclude({ id, version, finding: values.finding!, note: values.note ?? '' })).item) };
          }
          const decision = typeof values.decision === 'string' && values.decision.trim() !== '' ? values.decision : null;
          return { data: asRecord((await client.reports.close({ id, version, on: values.on ?? '', decision })).item) };
        },
        ['finding', 'note', 'on', 'decision'],
      ),
  };
}
