import type { CreatePublicNoticeMutationVariables, DayType, GuildhallClient, NoticeEndDateQuery, PublicNoticeFilter, UpdatePublicNoticeMutationVariables } from '@guildhall/client';
import type { RaRecord } from 'react-admin';
import { knownFilters } from '../development/development';
import { NOTICE_CREATE_FIELDS, NOTICE_FILTER_KEYS, NOTICE_MAX_LENGTHS, NOTICE_UPDATE_FIELDS } from '../notices/notice';
import { asRecord, counted, type ProviderContext, type ResourceHandler, type VersionedParams } from './resource';

export type NoticeSpan = NoticeEndDateQuery['span'];

export interface NoticeMethods {
  /** The end a notice would have, computed by the server's working-day calendar. */
  noticeEndDate(params: { startsOn: string; lengthDays: number; dayType: DayType }): Promise<{ data: NoticeSpan }>;
  publishNotice(params: VersionedParams): Promise<{ data: RaRecord }>;
  /** Records a draft as a notice that ran on paper, after the fact; field problems come back by field. */
  recordPaperNotice(params: VersionedParams & { values: { reason: string; evidence: string } }): Promise<{ data: RaRecord }>;
}

/** Public notices: drafts are created, changed and deleted; publishing is the data provider's `publishNotice`. */
export function noticeHandlers(client: GuildhallClient): Record<string, ResourceHandler> {
  return {
    publicNotices: {
      createFields: NOTICE_CREATE_FIELDS,
      updateFields: NOTICE_UPDATE_FIELDS,
      maxLengths: NOTICE_MAX_LENGTHS,
      list: ({ filter, ...rest }) => counted(client.notices.list({ ...rest, filter: knownFilters(filter, NOTICE_FILTER_KEYS) as PublicNoticeFilter })),
      get: async (id) => (await client.notices.get(id)).item,
      byIds: async (ids) => (await client.notices.byIds(ids)).items,
      create: async (fields) => (await client.notices.create(fields as CreatePublicNoticeMutationVariables)).item,
      update: async (id, version, changes) => (await client.notices.update({ ...changes, id, version } as UpdatePublicNoticeMutationVariables)).item,
      delete: async (id, version) => (await client.notices.delete(id, version)).item,
    },
  };
}

export function noticeMethods({ client, call }: ProviderContext): NoticeMethods {
  return {
    noticeEndDate: (params) =>
      call('publicNotices', async () => ({ data: (await client.notices.endDate(params)).span }), ['startsOn', 'lengthDays', 'dayType']),

    publishNotice: (params) =>
      call('publicNotices', async () => ({ data: asRecord((await client.notices.publish(String(params.id), params.previousData.version)).item) })),

    recordPaperNotice: (params) =>
      call(
        'publicNotices',
        async () => ({ data: asRecord((await client.notices.recordPaper({ id: String(params.id), version: params.previousData.version, ...params.values })).item) }),
        ['reason', 'evidence'],
      ),
  };
}
