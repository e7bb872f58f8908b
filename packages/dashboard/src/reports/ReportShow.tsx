import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Show, TabbedShowLayout, TopToolbar, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { useQueryWhenAllowed } from '../access';
import { RecordHistory } from '../audit/RecordHistory';
import { ShowLoadError, stayOnLoadError } from '../layout/NotFound';
import { AnonymousField, ReportCaseField, ReportChannelField, ReportNoticeField, ReportStatusChip } from './ReportFields';
import { ReportWorkflowButton } from './ReportWorkflow';
import type { Report } from './report';

const DASH = '—';

const Fact = ({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) => {
  const translate = useTranslate();
  return (
    <Box sx={wide ? { gridColumn: '1 / -1' } : undefined} data-field={label}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(`resources.reports.fields.${label}`)}
      </Typography>
      <Typography variant="body2" component="div" sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
        {children}
      </Typography>
    </Box>
  );
};

const ReportSummary = (_props: { label?: false }) => {
  const record = useRecordContext<Report>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: 'repeat(4, 1fr)' }, gap: 2, width: '100%' }} data-testid="report-summary">
      <Fact label="reference">
        <Typography variant="h6" component="span" sx={{ fontFamily: 'monospace' }}>
          {record.reference}
        </Typography>
      </Fact>
      <Fact label="status">
        <ReportStatusChip status={record.status} />
      </Fact>
      <Fact label="channel">
        <ReportChannelField />
      </Fact>
      <Fact label="receivedOn">{record.receivedOn}</Fact>
      <Fact label="noticeId">
        <ReportNoticeField />
      </Fact>
      <Fact label="caseId">
        <ReportCaseField />
      </Fact>
      <Fact label="anonymous">
        <AnonymousField />
      </Fact>
      {record.reporterName ? <Fact label="reporterName">{record.reporterName}</Fact> : null}
      {/* The server gives the contact only to those who verify reports. */}
      {record.reporterContact ? <Fact label="reporterContact">{record.reporterContact}</Fact> : null}
      <Fact label="content" wide>
        {record.content}
      </Fact>
      {record.finding ? (
        <Fact label="finding">{translate(`guildhall.reportFindings.${record.finding}`)}</Fact>
      ) : null}
      {record.findingNote ? (
        <Fact label="findingNote" wide>
          {record.findingNote}
        </Fact>
      ) : null}
      {record.closedOn ? <Fact label="closedOn">{record.closedOn}</Fact> : null}
      {record.status === 'CLOSED' ? (
        <Fact label="decision" wide>
          {record.decision ?? DASH}
        </Fact>
      ) : null}
    </Box>
  );
};

const ShowActions = () => (
  <TopToolbar>
    <ReportWorkflowButton />
  </TopToolbar>
);

export const ReportShow = () => {
  const { canAccess: canReadAudit } = useCanAccess({ resource: 'auditEntries', action: 'list' });
  const allowed = useQueryWhenAllowed('reports', 'show');
  return (
    <Show actions={<ShowActions />} error={<ShowLoadError />} {...stayOnLoadError} queryOptions={{ ...stayOnLoadError.queryOptions, ...allowed }}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.people.tabs.summary">
          <ReportSummary label={false} />
        </TabbedShowLayout.Tab>
        {canReadAudit ? (
          <TabbedShowLayout.Tab label="resources.people.tabs.history" path="history">
            <RecordHistory label={false} recordType="Report" />
          </TabbedShowLayout.Tab>
        ) : null}
      </TabbedShowLayout>
    </Show>
  );
};
