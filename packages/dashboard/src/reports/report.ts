import { FILTER_KEYS, MAX_LENGTHS as SERVER_MAX_LENGTHS } from '@guildhall/client';
import type { ReportChannel, ReportFinding, ReportListItemFragment, ReportStatus } from '@guildhall/client';

export type Report = ReportListItemFragment & { createdAt?: string };

export const REPORT_CHANNELS: readonly ReportChannel[] = ['HOTLINE', 'SUGGESTION_BOX', 'ONLINE', 'LETTER', 'VISIT'];
/** Online reports come from the public pages; the dashboard records the others. */
export const RECORDED_CHANNELS: readonly ReportChannel[] = REPORT_CHANNELS.filter((channel) => channel !== 'ONLINE');
export const REPORT_STATUSES: readonly ReportStatus[] = ['RECEIVED', 'VERIFYING', 'SUBSTANTIATED', 'UNSUBSTANTIATED', 'CLOSED'];
export const REPORT_FINDINGS: readonly ReportFinding[] = ['SUBSTANTIATED', 'UNSUBSTANTIATED'];

export const channelChoices = REPORT_CHANNELS.map((channel) => ({ id: channel, name: `guildhall.reportChannels.${channel}` }));
export const recordedChannelChoices = RECORDED_CHANNELS.map((channel) => ({ id: channel, name: `guildhall.reportChannels.${channel}` }));
export const reportStatusChoices = REPORT_STATUSES.map((status) => ({ id: status, name: `guildhall.reportStatuses.${status}` }));
export const findingChoices = REPORT_FINDINGS.map((finding) => ({ id: finding, name: `guildhall.reportFindings.${finding}` }));

export const REPORT_CREATE_FIELDS = ['channel', 'noticeId', 'caseId', 'content', 'anonymous', 'reporterName', 'reporterContact', 'receivedOn'] as const;

// From the server's contract (generated into @guildhall/client): the server refuses past these.
export const REPORT_MAX_LENGTHS: Readonly<Record<string, number>> = { ...SERVER_MAX_LENGTHS.recordReport, ...SERVER_MAX_LENGTHS.concludeReport, ...SERVER_MAX_LENGTHS.closeReport };

export const REPORT_FILTER_KEYS = FILTER_KEYS.allReports;

/** The workflow step a report's status offers next (report:verify). */
export type ReportStep = 'startVerification' | 'conclude' | 'close';

export function reportStepOf(status: ReportStatus): ReportStep | null {
  switch (status) {
    case 'RECEIVED':
      return 'startVerification';
    case 'VERIFYING':
      return 'conclude';
    case 'SUBSTANTIATED':
    case 'UNSUBSTANTIATED':
      return 'close';
    default:
      return null;
  }
}

/** An anonymous report keeps no name or contact. */
export function withoutReporterWhenAnonymous<T extends Record<string, unknown>>(data: T): T {
  return data.anonymous ? { ...data, reporterName: null, reporterContact: null } : data;
}
