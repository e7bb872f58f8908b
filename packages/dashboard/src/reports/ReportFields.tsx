import type { ReportStatus } from '@guildhall/client';
import { Chip, Typography } from '@mui/material';
import type { MouseEvent } from 'react';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import type { Report } from './report';

interface FieldProps {
  label?: string | false;
  source?: string;
}

const DASH = '—';

const COLORS: Record<ReportStatus, 'default' | 'info' | 'warning' | 'error' | 'success'> = {
  RECEIVED: 'warning',
  VERIFYING: 'info',
  SUBSTANTIATED: 'error',
  UNSUBSTANTIATED: 'success',
  CLOSED: 'default',
};

export const ReportStatusChip = ({ status }: { status: ReportStatus }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      label={translate(`guildhall.reportStatuses.${status}`)}
      color={COLORS[status]}
      variant={status === 'CLOSED' ? 'outlined' : 'filled'}
      data-report-status={status}
      sx={{ alignSelf: 'flex-start' }}
    />
  );
};

export const ReportStatusField = (_props: FieldProps) => {
  const record = useRecordContext<Report>();
  if (!record) return null;
  return <ReportStatusChip status={record.status} />;
};

export const ReportChannelField = (_props: FieldProps) => {
  const record = useRecordContext<Report>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {translate(`guildhall.reportChannels.${record.channel}`)}
    </Typography>
  );
};

export const ReportNoticeField = (_props: FieldProps) => {
  const record = useRecordContext<Report>();
  const createPath = useCreatePath();
  if (!record) return null;
  if (!record.notice) return <Typography variant="body2">{DASH}</Typography>;
  return (
    <Link to={createPath({ resource: 'publicNotices', id: record.notice.id, type: 'show' })} onClick={(e: MouseEvent) => e.stopPropagation()}>
      {record.notice.title}
    </Link>
  );
};

/** The case the report is about, by the candidate's name. */
export const ReportCaseField = (_props: FieldProps) => {
  const record = useRecordContext<Report>();
  const createPath = useCreatePath();
  if (!record) return null;
  if (!record.case) return <Typography variant="body2">{DASH}</Typography>;
  return (
    <Link
      to={createPath({ resource: 'developmentCases', id: record.case.id, type: 'show' })}
      onClick={(e: MouseEvent) => e.stopPropagation()}
      sx={{ whiteSpace: 'nowrap' }}
    >
      {record.case.person?.name ?? `#${record.case.id}`}
    </Link>
  );
};

export const AnonymousField = (_props: FieldProps) => {
  const record = useRecordContext<Report>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {translate(record.anonymous ? 'resources.reports.anonymousYes' : 'resources.reports.anonymousNo')}
    </Typography>
  );
};

export const ReceivedOnField = (_props: FieldProps) => {
  const record = useRecordContext<Report>();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {record.receivedOn}
    </Typography>
  );
};

export const ReferenceField = (_props: FieldProps) => {
  const record = useRecordContext<Report>();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap', fontFamily: 'monospace' }}>
      {record.reference}
    </Typography>
  );
};
