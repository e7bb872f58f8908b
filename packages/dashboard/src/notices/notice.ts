import { FILTER_KEYS, MAX_LENGTHS as SERVER_MAX_LENGTHS } from '@guildhall/client';
import type { DayType, NoticeDetailFragment, NoticeListItemFragment, NoticeStage, NoticeState } from '@guildhall/client';

/** A notice as the dashboard holds it: list rows have the list fields, the show page all of them. */
export type Notice = NoticeListItemFragment & Partial<Omit<NoticeDetailFragment, keyof NoticeListItemFragment>>;

/** The stages a notice is written for by hand; an exemplar's notice (EXEMPLAR) opens with its approval. */
export const NOTICE_STAGES: readonly CaseNoticeStage[] = ['DEVELOPMENT_TARGET', 'ADMISSION', 'CONVERSION'];
type CaseNoticeStage = Exclude<NoticeStage, 'EXEMPLAR'>;
export const DAY_TYPES: readonly DayType[] = ['CALENDAR', 'WORKING'];
export const NOTICE_STATES: readonly NoticeState[] = ['DRAFT', 'UPCOMING', 'PUBLISHED', 'ENDED_CLEAN', 'ENDED_WITH_OBJECTIONS'];

export const DEFAULT_LENGTH_DAYS = 10;
export const MAX_LENGTH_DAYS = 60;

export const noticeStageChoices = NOTICE_STAGES.map((stage) => ({ id: stage, name: `guildhall.noticeStages.${stage}` }));
/** The list filters by every stage, exemplars' notices included. */
export const noticeStageFilterChoices = [...NOTICE_STAGES, 'EXEMPLAR' as const].map((stage) => ({ id: stage, name: `guildhall.noticeStages.${stage}` }));
export const dayTypeChoices = DAY_TYPES.map((type) => ({ id: type, name: `guildhall.dayTypes.${type}` }));
export const noticeStateChoices = NOTICE_STATES.map((state) => ({ id: state, name: `guildhall.noticeStates.${state}` }));

/** What a draft is created with; organization and stage are fixed once it exists. */
export const NOTICE_CREATE_FIELDS = ['organizationId', 'stage', 'title', 'body', 'startsOn', 'lengthDays', 'dayType', 'hotline', 'suggestionBox', 'caseIds'] as const;
export const NOTICE_UPDATE_FIELDS = ['title', 'body', 'startsOn', 'lengthDays', 'dayType', 'hotline', 'suggestionBox', 'caseIds'] as const;

/** Text limits, as the server checks them. */
// From the server's contract (generated into @guildhall/client): the server refuses past these.
export const NOTICE_MAX_LENGTHS: Readonly<Record<string, number>> = SERVER_MAX_LENGTHS.createPublicNotice;
export const PAPER_NOTICE_MAX_LENGTHS: Readonly<Record<string, number>> = SERVER_MAX_LENGTHS.recordPaperNotice;

export const NOTICE_FILTER_KEYS = FILTER_KEYS.allPublicNotices;

/** The notice's public page, served by the server (published notices only). */
export function publicNoticeUrl(id: string): string {
  return `/public/notices/${encodeURIComponent(id)}`;
}
