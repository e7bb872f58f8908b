import type { CalendarDayFilter, CalendarDayKind, GuildhallClient } from '@guildhall/client';
import { knownFilters } from '../development/development';
import { counted, type ProviderContext, type ResourceHandler } from './resource';

export interface CalendarMethods {
  /** The years the official holiday schedule covers. */
  calendarYears(): Promise<{ data: { from: number; to: number } }>;
}

/** Local overrides of the official holiday schedule: set (create) and cleared (delete) by administrators. */
export function calendarHandlers(client: GuildhallClient): Record<string, ResourceHandler> {
  const byIds = async (ids: string[]) => (await client.calendar.list({ perPage: 100, filter: { ids } })).items;
  return {
    calendarDays: {
      createFields: ['date', 'kind', 'note'],
      updateFields: [],
      maxLengths: { note: 100 },
      list: ({ filter, ...rest }) => counted(client.calendar.list({ ...rest, filter: knownFilters(filter, ['ids', 'date_gte', 'date_lte']) as CalendarDayFilter })),
      get: async (id) => {
        const [item] = await byIds([id]);
        return item;
      },
      byIds,
      create: async (fields) =>
        (await client.calendar.set({ date: String(fields.date ?? ''), kind: fields.kind as CalendarDayKind, note: (fields.note as string | undefined) ?? null })).item,
      delete: async (id) => (await client.calendar.clear(id)).item,
    },
  };
}

export function calendarMethods({ client, call }: ProviderContext): CalendarMethods {
  return {
    calendarYears: () => call('calendarDays', async () => ({ data: (await client.calendar.list({ perPage: 1 })).years })),
  };
}
