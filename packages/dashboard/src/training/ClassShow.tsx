import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Card, CardContent, LinearProgress, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  DataTable,
  EditButton,
  Pagination,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TopToolbar,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useQueryWhenAllowed } from '../access';
import { RecordHistory } from '../audit/RecordHistory';
import { ShowLoadError, stayOnLoadError } from '../layout/NotFound';
import { CancelClassButton, PublishClassButton } from './ClassStatusButtons';
import { EnrollButton, RevokeCertificateButton } from './EnrollmentActions';
import { enrollmentTableSx, useBulkActions } from './EnrollmentList';
import {
  CertificateField,
  ClassStatusChip,
  CompletedField,
  DASH,
  EnrollmentChamberField,
  EnrollmentPersonField,
  EnrollmentStatusField,
  HoursField,
  OrganizerField,
  ProgramField,
  RequestedAtField,
  WaitlistPositionField,
} from './TrainingFields';
import { chamberLabel, percent, rosterUrl, signInSheetUrl, type Enrollment, type TrainingClass } from './training';
import { ExportButton } from '../layout/ExportButton';
import { ScrollTable } from '../layout/ScrollTable';

const headSx = { '& th': { whiteSpace: 'nowrap', fontWeight: 500, color: 'text.secondary' } };

const ShowActions = () => {
  const record = useRecordContext<TrainingClass>();
  const translate = useTranslate();
  const { canAccess: canEdit } = useCanAccess({ resource: 'trainingClasses', action: 'edit' });
  if (!record) return <TopToolbar />;
  return (
    <TopToolbar>
      {/* The roster lists everyone with a place or in line, the sign-in sheet the seated: nothing to list, nothing to download. */}
      <ExportButton href={rosterUrl(record.id)} empty={!!record.stats && record.stats.seated + record.stats.waitlisted === 0} icon={<DownloadIcon />} testId="roster-download">
        {translate('resources.trainingClasses.actions.roster')}
      </ExportButton>
      <ExportButton href={signInSheetUrl(record.id)} empty={!!record.stats && record.stats.seated === 0} icon={<DownloadIcon />} testId="sign-in-download">
        {translate('resources.trainingClasses.actions.signInSheet')}
      </ExportButton>
      {canEdit && record.status !== 'CANCELLED' ? <EditButton /> : null}
      <CancelClassButton />
      <PublishClassButton />
      <EnrollButton />
    </TopToolbar>
  );
};

const Section = ({ title, children, testId, action }: { title: string; children: ReactNode; testId?: string; action?: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ mb: 3 }} data-testid={testId}>
      <Box sx={{ display: 'flex', alignItems: 'flex-end', mb: 1, borderBottom: 1, borderColor: 'divider', pb: 0.5 }}>
        <Typography variant="subtitle2" color="text.secondary" sx={{ flex: 1 }}>
          {translate(`resources.trainingClasses.sections.${title}`)}
        </Typography>
        {action}
      </Box>
      {children}
    </Box>
  );
};

const Fact = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(`resources.trainingClasses.fields.${label}`)}
      </Typography>
      <Typography variant="body2" component="div">
        {children}
      </Typography>
    </Box>
  );
};

const ClassHeader = () => {
  const record = useRecordContext<TrainingClass>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 2 }} data-testid="class-header">
        <Typography variant="h6" component="h2">
          {record.title}
        </Typography>
        <ClassStatusChip status={record.status} />
      </Box>
      {record.status === 'DRAFT' ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('resources.trainingClasses.draftNotice')}
        </Alert>
      ) : record.status === 'CANCELLED' ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('resources.trainingClasses.cancelledNotice')}
        </Alert>
      ) : null}
    </>
  );
};

const Details = () => {
  const record = useRecordContext<TrainingClass>();
  const translate = useTranslate();
  if (!record) return null;
  const hours = (n: number) => translate('resources.trainingClasses.hours', { hours: n });
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, 1fr)' }, gap: 2 }}>
      <Fact label="programId">
        <ProgramField />
      </Fact>
      <Fact label="organizerId">
        <OrganizerField />
      </Fact>
      <Fact label="dates">{record.startsOn === record.endsOn ? record.startsOn : `${record.startsOn} ~ ${record.endsOn}`}</Fact>
      <Fact label="enrollmentWindow">{translate('resources.trainingClasses.window', { from: record.enrollmentOpensOn, to: record.enrollmentClosesOn })}</Fact>
      <Fact label="capacity">{record.capacity}</Fact>
      <Fact label="waitlist">{translate(`resources.enrollments.choices.${record.waitlist ? 'yes' : 'no'}`)}</Fact>
      <Fact label="requiredHours">
        {hours(record.requiredHours)} / {hours(record.totalHours)}
      </Fact>
      <Fact label="venue">
        {record.venue || DASH}
        {record.online ? `（${translate('resources.trainingClasses.choices.online')}）` : ''}
      </Fact>
      <Fact label="audience">{record.audience || DASH}</Fact>
    </Box>
  );
};

const Sessions = () => {
  const record = useRecordContext<TrainingClass>();
  const translate = useTranslate();
  const sessions = record?.sessions ?? [];
  if (sessions.length === 0) return <Typography color="text.secondary">{translate('resources.trainingClasses.noSessions')}</Typography>;
  const showCodes = sessions.some((s) => s.checkInCode);
  return (
    <>
      <ScrollTable label="guildhall.tables.classSessions" sx={{ ...headSx, maxWidth: 860 }} data-testid="class-sessions">
        <TableHead>
          <TableRow>
            {['date', 'hours', 'topic', ...(showCodes ? ['checkInCode'] : [])].map((key) => (
              <TableCell key={key}>{translate(`resources.trainingClasses.session.${key}`)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {sessions.map((s) => (
            <TableRow key={s.id} data-session={s.id} data-date={s.date}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{s.date}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('resources.trainingClasses.hours', { hours: s.hours })}</TableCell>
              <TableCell>{s.topic || DASH}</TableCell>
              {showCodes ? (
                <TableCell sx={{ fontFamily: 'monospace', fontSize: 16, letterSpacing: 2 }} data-testid="check-in-code">
                  {s.checkInCode ?? DASH}
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </ScrollTable>
      {showCodes ? (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
          {translate('resources.trainingClasses.helpers.checkInCodes')}
        </Typography>
      ) : null}
    </>
  );
};

const Rate = ({ label, value, detail }: { label: string; value: number; detail: string }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ flex: '1 1 200px', minWidth: 180 }} data-stat={label}>
      <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
        <Typography variant="caption" color="text.secondary">
          {translate(`resources.trainingClasses.stats.${label}`)}
        </Typography>
        <Typography variant="h5" component="div" sx={{ fontWeight: 500 }}>
          {percent(value)}
        </Typography>
        <LinearProgress variant="determinate" value={Math.min(100, Math.round(value * 100))} sx={{ my: 0.5, height: 6, borderRadius: 3 }} />
        <Typography variant="caption" color="text.secondary">
          {detail}
        </Typography>
      </CardContent>
    </Card>
  );
};

const Stats = () => {
  const record = useRecordContext<TrainingClass>();
  const translate = useTranslate();
  const stats = record?.stats;
  if (!stats) return null;
  const t = (key: string) => translate(`resources.trainingClasses.stats.${key}`);
  const hasQuotas = (record?.quotas?.length ?? 0) > 0;
  return (
    <>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
        <Rate label="fillRate" value={stats.fillRate} detail={`${t('seated')} ${stats.seated} / ${t('capacity')} ${stats.capacity}　${t('waitlisted')} ${stats.waitlisted}　${t('cancelled')} ${stats.cancelled}`} />
        <Rate label="attendanceRate" value={stats.attendanceRate} detail={`${t('seated')} ${stats.seated}`} />
        <Rate label="completionRate" value={stats.completionRate} detail={`${t('completed')} ${stats.completed} / ${t('seated')} ${stats.seated}`} />
      </Box>
      {stats.byChamber.length === 0 ? (
        <Typography color="text.secondary" variant="body2">
          {t('empty')}
        </Typography>
      ) : (
        <ScrollTable label="guildhall.tables.classChamberStats" sx={{ ...headSx, maxWidth: 860 }} data-testid="class-chamber-stats">
          <TableHead>
            <TableRow>
              <TableCell>{t('chamberName')}</TableCell>
              {['quota', 'seated', 'waitlisted', 'attended', 'completed'].map((key) => (
                <TableCell key={key} align="right">
                  {t(key)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {stats.byChamber.map((row) => (
              <TableRow key={row.chamberId ?? 'none'} data-chamber={row.chamberName ?? ''}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{chamberLabel(row.chamberName, translate)}</TableCell>
                <TableCell align="right">{row.quota ?? (hasQuotas ? 0 : t('noQuota'))}</TableCell>
                <TableCell align="right">{row.seated}</TableCell>
                <TableCell align="right">{row.waitlisted}</TableCell>
                <TableCell align="right">{row.attended}</TableCell>
                <TableCell align="right">{row.completed}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
    </>
  );
};

const EmptyText = ({ text }: { text: string }) => {
  const translate = useTranslate();
  return (
    <Typography color="text.secondary" variant="body2" sx={{ p: 2 }}>
      {translate(text)}
    </Typography>
  );
};

const CertificateCell = () => (
  <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
    <CertificateField />
    <RevokeCertificateButton />
  </Box>
);

/** Everyone with a place or in line, with the bulk actions; the user sees the places they may. */
const Roster = () => {
  const bulkActions = useBulkActions();
  const record = useRecordContext<TrainingClass>();
  return (
    <ReferenceManyField
      storeKey={`trainingClasses.${record?.id}.roster`}
      reference="enrollments"
      target="classId"
      sort={{ field: 'personName', order: 'ASC' }}
      perPage={50}
      pagination={<Pagination rowsPerPageOptions={[50, 100]} />}
    >
      <DataTable<Enrollment> rowClick={false} bulkActionButtons={bulkActions} empty={<EmptyText text="resources.enrollments.emptyRoster" />} sx={enrollmentTableSx} data-testid="class-roster">
        <DataTable.Col source="personName" label="resources.enrollments.fields.person" field={EnrollmentPersonField} />
        <DataTable.Col source="chamberId" label="resources.enrollments.fields.chamberId" field={EnrollmentChamberField} disableSort />
        <DataTable.Col source="status" label="resources.enrollments.fields.status" field={EnrollmentStatusField} />
        <DataTable.Col source="waitlistPosition" label="resources.enrollments.fields.waitlistPosition" field={WaitlistPositionField} disableSort />
        <DataTable.Col source="hoursCredited" label="resources.enrollments.fields.hoursCredited" field={HoursField} />
        <DataTable.Col source="completedAt" label="resources.enrollments.fields.completed" field={CompletedField} disableSort />
        <DataTable.Col source="certificate" label="resources.enrollments.fields.certificate" field={CertificateCell} disableSort />
      </DataTable>
    </ReferenceManyField>
  );
};

const waiting = { status: 'WAITLISTED' };

/** The line, first in line first. */
const Waitlist = () => {
  const bulkActions = useBulkActions();
  const record = useRecordContext<TrainingClass>();
  return (
    <ReferenceManyField
      storeKey={`trainingClasses.${record?.id}.waitlist`}
      reference="enrollments" target="classId" filter={waiting} sort={{ field: 'requestedAt', order: 'ASC' }} perPage={50} pagination={<Pagination rowsPerPageOptions={[50]} />}>
      <DataTable<Enrollment> rowClick={false} bulkActionButtons={bulkActions} empty={<EmptyText text="resources.enrollments.emptyWaitlist" />} sx={enrollmentTableSx} data-testid="class-waitlist">
        <DataTable.Col source="waitlistPosition" label="resources.enrollments.fields.waitlistPosition" field={WaitlistPositionField} disableSort />
        <DataTable.Col source="personName" label="resources.enrollments.fields.person" field={EnrollmentPersonField} disableSort />
        <DataTable.Col source="chamberId" label="resources.enrollments.fields.chamberId" field={EnrollmentChamberField} disableSort />
        <DataTable.Col source="requestedAt" label="resources.enrollments.fields.requestedAt" field={RequestedAtField} disableSort />
      </DataTable>
    </ReferenceManyField>
  );
};

const ClassSummary = (_props: { label?: false }) => (
  <Box sx={{ width: '100%' }} data-testid="class-summary">
    <ClassHeader />
    <Section title="details">
      <Details />
    </Section>
    <Section title="sessions">
      <Sessions />
    </Section>
    <Section title="stats" testId="class-stats">
      <Stats />
    </Section>
    <Section title="roster" testId="roster-section">
      <Roster />
    </Section>
    <Section title="waitlist" testId="waitlist-section">
      <Waitlist />
    </Section>
  </Box>
);

export const ClassShow = () => {
  const { canAccess: canReadAudit } = useCanAccess({ resource: 'auditEntries', action: 'list' });
  const allowed = useQueryWhenAllowed('trainingClasses', 'show');
  return (
    <Show actions={<ShowActions />} error={<ShowLoadError />} {...stayOnLoadError} queryOptions={{ ...stayOnLoadError.queryOptions, ...allowed }}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.people.tabs.summary">
          <ClassSummary label={false} />
        </TabbedShowLayout.Tab>
        {canReadAudit ? (
          <TabbedShowLayout.Tab label="resources.people.tabs.history" path="history">
            <RecordHistory label={false} recordType="TrainingClass" />
          </TabbedShowLayout.Tab>
        ) : null}
      </TabbedShowLayout>
    </Show>
  );
};
