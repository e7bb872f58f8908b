import type { AuditEntryFilter, GuildhallClient, ProbingAccountsQuery } from '@guildhall/client';
import { counted, type ProviderContext, type ResourceHandler } from './resource';

export type ProbingAccountRow = ProbingAccountsQuery['items'][number];

export interface AuditMethods {
  /** Accounts that reached the daily budget of values refused over records they cannot read (administrators). */
  probingAccounts(): Promise<{ data: ProbingAccountRow[] }>;
}

/** A local calendar day as the start or the end of that day, as the server's time filters take them. */
export function dayBoundary(value: unknown, end: boolean): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const [year, month, day] = value.split('-').map(Number);
  const date = end ? new Date(year, month - 1, day, 23, 59, 59, 999) : new Date(year, month - 1, day);
  return date.toISOString();
}

export function auditHandlers(client: GuildhallClient): Record<string, ResourceHandler> {
  return {
    auditEntries: {
      createFields: [],
      updateFields: [],
      maxLengths: {},
      list: ({ filter, ...rest }) => {
        // Date inputs give calendar days; the server compares points in time.
        const { at_gte, at_lte, ...others } = filter;
        const range = { at_gte: dayBoundary(at_gte, false), at_lte: dayBoundary(at_lte, true) };
        return counted(client.audit.list({ ...rest, filter: { ...others, ...range } as AuditEntryFilter }));
      },
      get: async (id) => (await client.audit.get(id)).item,
      byIds: async (ids) => (await client.audit.byIds(ids)).items,
    },
  };
}

export function auditMethods({ client, call }: ProviderContext): AuditMethods {
  return {
    probingAccounts: () => call('users', async () => ({ data: (await client.audit.probingAccounts()).items })),
  };
}
