import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  DataTable,
  DeleteButton,
  EditButton,
  Link,
  Pagination,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TopToolbar,
  useCanAccess,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useQueryWhenAllowed } from '../access';
import { RecordHistory } from '../audit/RecordHistory';
import { StageChip } from '../development/CaseFields';
import { ShowLoadError, stayOnLoadError } from '../layout/NotFound';
import { ReportCaseField, ReportChannelField, ReportStatusField } from '../reports/ReportFields';
import type { Report } from '../reports/report';
import { NoticeLengthField, NoticeOrganizationField, NoticeStateChip } from './NoticeFields';
import { PaperNoticeButton, PublishButton } from './PublishButton';
import { publicNoticeUrl, type Notice } from './notice';
import { formatDate, formatDateTime } from '../i18n/format';

const DASH = '—';

const ShowActions = () => {
  const record = useRecordContext<Notice>();
  const translate = useTranslate();
  const { canAccess: canDelete } = useCanAccess({ resource: 'publicNotices', action: 'delete' });
  if (!record) return <TopToolbar />;
  const draft = !record.publishedAt;
  return (
    <TopToolbar>
      {draft ? <EditButton /> : null}
      {draft && canDelete ? <DeleteButton mutationMode="pessimistic" /> : null}
      {draft ? <PublishButton /> : null}
      {draft ? <PaperNoticeButton /> : null}
      {!draft ? (
        <Button size="small" href={publicNoticeUrl(record.id)} target="_blank" rel="noopener" startIcon={<OpenInNewIcon />}>
          {translate('resources.publicNotices.actions.openPublic')}
        </Button>
      ) : null}
    </TopToolbar>
  );
};

const Fact = ({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) => {
  const translate = useTranslate();
  return (
    <Box sx={wide ? { gridColumn: '1 / -1' } : undefined}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(`resources.publicNotices.fields.${label}`)}
      </Typography>
      <Typography variant="body2" component="div" sx={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Typography>
    </Box>
  );
};

const SectionTitle = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle2" color="text.secondary" sx={{ mt: 3, mb: 1, borderBottom: 1, borderColor: 'divider', pb: 0.5 }}>
      {translate(`resources.publicNotices.sections.${title}`)}
    </Typography>
  );
};

const Cases = () => {
  const record = useRecordContext<Notice>();
  const createPath = useCreatePath();
  const translate = useTranslate();
  const cases = record?.cases ?? [];
  // An exemplar's notice presents its profile.
  if (record?.exemplarId) {
    return (
      <Link to={createPath({ resource: 'exemplars', id: record.exemplarId, type: 'show' })} data-testid="notice-exemplar">
        {translate('resources.publicNotices.openExemplar')}
      </Link>
    );
  }
  if (cases.length === 0) return <Typography color="text.secondary">{DASH}</Typography>;
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="notice-cases">
      {cases.map((c) => (
        <Stack key={c.id} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Link to={createPath({ resource: 'developmentCases', id: c.id, type: 'show' })}>{c.person?.name ?? `#${c.id}`}</Link>
          <StageChip stage={c.stage} />
        </Stack>
      ))}
    </Stack>
  );
};

const NoReports = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
      {translate('resources.publicNotices.noReports')}
    </Typography>
  );
};

const NoticeSummary = (_props: { label?: false }) => {
  const record = useRecordContext<Notice>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ width: '100%' }} data-testid="notice-summary">
      {record.publishedAt && record.postedOnPaper ? (
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="paper-notice">
          {translate('resources.publicNotices.paperNotice', {
            date: formatDate(record.publishedAt),
            name: record.publishedByName === 'system' || !record.publishedByName ? translate('resources.auditEntries.system') : record.publishedByName,
          })}
          <Box component="dl" sx={{ m: 0, mt: 1, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, '& dd': { m: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-word' } }}>
            <dt>{translate('resources.publicNotices.fields.paperReason')}</dt>
            <dd>{record.paperReason}</dd>
            <dt>{translate('resources.publicNotices.fields.paperEvidence')}</dt>
            <dd>{record.paperEvidence}</dd>
          </Box>
        </Alert>
      ) : record.publishedAt ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('resources.publicNotices.publishedNotice', { date: formatDate(record.publishedAt) })}
        </Alert>
      ) : !record.publishableOnline ? (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="notice-past-start">
          {translate('resources.publicNotices.pastStart')}
        </Alert>
      ) : null}
      {!record.calendarCovered ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('resources.publicNotices.endDate.uncovered')}
        </Alert>
      ) : null}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: 'repeat(4, 1fr)' }, gap: 2 }}>
        <Fact label="title" wide>
          <Typography variant="h6" component="span">
            {record.title}
          </Typography>
        </Fact>
        <Fact label="stage">{translate(`guildhall.noticeStages.${record.stage}`)}</Fact>
        <Fact label="organizationId">
          <NoticeOrganizationField />
        </Fact>
        <Fact label="state">
          <NoticeStateChip state={record.state} />
        </Fact>
        <Fact label="unclearedReports">{record.unclearedReports}</Fact>
        <Fact label="startsOn">{record.startsOn}</Fact>
        <Fact label="endsOn">
          <span data-testid="notice-ends-on">{record.endsOn}</span>
        </Fact>
        <Fact label="length">
          <NoticeLengthField />
        </Fact>
        <Fact label="publishedAt">{record.publishedAt ? formatDateTime(record.publishedAt) : DASH}</Fact>
        <Fact label="hotline">{record.hotline}</Fact>
        <Fact label="suggestionBox">{record.suggestionBox}</Fact>
        <Fact label="body" wide>
          {record.body || DASH}
        </Fact>
      </Box>
      <SectionTitle title="cases" />
      <Cases />
      <SectionTitle title="reports" />
      <ReferenceManyField reference="reports" target="noticeId" sort={{ field: 'receivedOn', order: 'DESC' }} perPage={25} pagination={<Pagination rowsPerPageOptions={[25]} />}>
        <DataTable<Report> rowClick="show" bulkActionButtons={false} empty={<NoReports />}>
          <DataTable.Col source="reference" />
          <DataTable.Col source="channel" field={ReportChannelField} disableSort />
          <DataTable.Col source="caseId" field={ReportCaseField} disableSort />
          <DataTable.Col source="receivedOn" />
          <DataTable.Col source="status" field={ReportStatusField} disableSort />
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
};

export const NoticeShow = () => {
  const { canAccess: canReadAudit } = useCanAccess({ resource: 'auditEntries', action: 'list' });
  const allowed = useQueryWhenAllowed('publicNotices', 'show');
  return (
    <Show actions={<ShowActions />} error={<ShowLoadError />} {...stayOnLoadError} queryOptions={{ ...stayOnLoadError.queryOptions, ...allowed }}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.people.tabs.summary">
          <NoticeSummary label={false} />
        </TabbedShowLayout.Tab>
        {canReadAudit ? (
          <TabbedShowLayout.Tab label="resources.people.tabs.history" path="history">
            <RecordHistory label={false} recordType="PublicNotice" />
          </TabbedShowLayout.Tab>
        ) : null}
      </TabbedShowLayout>
    </Show>
  );
};
