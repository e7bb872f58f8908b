import type { NoticeState } from '@guildhall/client';
import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { OrganizationLink } from '../organizations/OrganizationFields';
import type { Notice } from './notice';
import { DateText } from '../i18n/format';

interface FieldProps {
  label?: string | false;
  source?: string;
}

const COLORS: Record<NoticeState, 'default' | 'info' | 'success' | 'error'> = {
  DRAFT: 'default',
  UPCOMING: 'default',
  PUBLISHED: 'info',
  ENDED_CLEAN: 'success',
  ENDED_WITH_OBJECTIONS: 'error',
};

export const NoticeStateChip = ({ state }: { state: NoticeState }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      label={translate(`guildhall.noticeStates.${state}`)}
      color={COLORS[state]}
      variant={state === 'DRAFT' || state === 'UPCOMING' ? 'outlined' : 'filled'}
      data-notice-state={state}
      sx={{ alignSelf: 'flex-start' }}
    />
  );
};

/** A notice that ran on paper and was recorded after the fact (docs/api.md, "What the public saw"). */
export const PaperNoticeChip = () => {
  const translate = useTranslate();
  return <Chip size="small" label={translate('resources.publicNotices.paperChip')} variant="outlined" color="warning" data-testid="paper-chip" sx={{ alignSelf: 'flex-start' }} />;
};

export const NoticeStateField = (_props: FieldProps) => {
  const record = useRecordContext<Notice>();
  if (!record) return null;
  if (!record.postedOnPaper) return <NoticeStateChip state={record.state} />;
  return (
    <Stack direction="row" spacing={0.5}>
      <NoticeStateChip state={record.state} />
      <PaperNoticeChip />
    </Stack>
  );
};

export const NoticeStageField = (_props: FieldProps) => {
  const record = useRecordContext<Notice>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {translate(`guildhall.noticeStages.${record.stage}`)}
    </Typography>
  );
};

/** "10 个工作日": the length and how the days are counted. */
export const NoticeLengthField = (_props: FieldProps) => {
  const record = useRecordContext<Notice>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {translate('resources.publicNotices.length', { days: record.lengthDays, type: translate(`guildhall.dayTypes.${record.dayType}`) })}
    </Typography>
  );
};

export const NoticeOrganizationField = ({ short = false }: FieldProps & { short?: boolean }) => {
  const record = useRecordContext<Notice>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.organization) return <Typography variant="body2" color="text.secondary">{translate('resources.organizations.outOfScope')}</Typography>;
  return <OrganizationLink organization={record.organization} short={short} />;
};

export const NoticeDateField = ({ source }: FieldProps & { source: 'startsOn' | 'endsOn' }) => {
  const record = useRecordContext<Notice>();
  if (!record) return null;
  return (
    <DateText value={record[source]} />
  );
};

export const UnclearedReportsField = (_props: FieldProps) => {
  const record = useRecordContext<Notice>();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" color={record.unclearedReports > 0 ? 'error' : 'text.secondary'} sx={{ fontWeight: record.unclearedReports > 0 ? 500 : 400 }}>
      {record.unclearedReports}
    </Typography>
  );
};
