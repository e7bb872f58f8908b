import { Alert, Box, Button, Card, CardContent, Stack, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { Link, Show, TabbedShowLayout, TopToolbar, useCanAccess, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { describeFailure } from '../apiErrors';
import { useQueryWhenAllowed } from '../access';
import { RecordHistory } from '../audit/RecordHistory';
import { ShowLoadError, stayOnLoadError } from '../layout/NotFound';
import { NoticeStateChip, PaperNoticeChip } from '../notices/NoticeFields';
import { AlertsField, CandidateField, CaseOrganizationField, StageChip } from './CaseFields';
import { CaseDossier } from './CaseDossier';
import { StepDialog, stepLabel } from './StepDialog';
import type { DevelopmentCase, NextStep } from './development';
import { formatDateTime } from '../i18n/format';
import { ActorName } from '../audit/AuditFields';
import { ScrollTable } from '../layout/ScrollTable';

const DASH = '—';

const Section = ({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ mb: 3 }} data-testid={testId}>
      <Typography variant="subtitle2" color="text.secondary" sx={{ mb: 1, borderBottom: 1, borderColor: 'divider', pb: 0.5 }}>
        {translate(`resources.developmentCases.sections.${title}`)}
      </Typography>
      {children}
    </Box>
  );
};

const Fact = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(label)}
      </Typography>
      <Typography variant="body2" component="div">
        {children}
      </Typography>
    </Box>
  );
};

/** Name, stage, alerts, organization and employer: who the case is about. */
const CaseHeader = () => {
  const record = useRecordContext<DevelopmentCase>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 2 }} data-testid="case-header">
      <Typography variant="h6" component="h2">
        <CandidateField />
      </Typography>
      <StageChip stage={record.stage} />
      <AlertsField />
      <Typography variant="body2" color="text.secondary">
        {translate('resources.developmentCases.fields.organizationId')}：
      </Typography>
      <CaseOrganizationField />
      {record.person?.employer ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.developmentCases.fields.employer')}：{record.person.employer.name}
        </Typography>
      ) : null}
    </Stack>
  );
};

const DATES = ['appliedOn', 'talkedOn', 'activistOn', 'targetOn', 'politicalReviewOn', 'admittedOn', 'approvedOn', 'probationEndsOn', 'closedOn'] as const;

const KeyDates = () => {
  const record = useRecordContext<DevelopmentCase>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(5, 1fr)' }, gap: 2 }}>
      {DATES.map((key) => (
        <Fact key={key} label={`resources.developmentCases.fields.${key}`}>
          {record[key] ?? DASH}
        </Fact>
      ))}
      <Fact label="resources.developmentCases.fields.training">
        {translate('resources.developmentCases.training', { days: record.trainingDays, hours: record.trainingHours })}
      </Fact>
      {record.extensionMonths ? (
        <Fact label="resources.developmentCases.fields.extensionMonths">
          {translate('resources.developmentCases.months', { smart_count: record.extensionMonths })}
        </Fact>
      ) : null}
    </Box>
  );
};

/** One step: a button, and under it why it cannot be taken today. */
const StepItem = ({ record, step, allowed }: { record: DevelopmentCase; step: NextStep; allowed: boolean }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const label = stepLabel(step, translate);
  const destructive = step.action === 'WITHDRAW' || step.action === 'CANCEL';
  return (
    <Card variant="outlined" sx={{ minWidth: 220, flex: '1 1 220px', maxWidth: 420 }} data-testid={`step-${step.action}`} data-ready={step.ready}>
      <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
        <Button
          variant={step.ready && !destructive ? 'contained' : 'outlined'}
          color={destructive ? 'warning' : 'primary'}
          size="small"
          disabled={!step.ready || !allowed}
          onClick={() => setOpen(true)}
        >
          {label}
        </Button>
        {!step.ready ? (
          <Box sx={{ mt: 1 }}>
            <Typography variant="caption" color="text.secondary" component="div">
              {translate('resources.developmentCases.stepPanel.notReady')}
            </Typography>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {step.failures.map((failure) => (
                <Typography component="li" variant="caption" color="error.main" key={`${failure.rule}-${String(failure.params?.material ?? '')}`} data-rule={failure.rule}>
                  {describeFailure(failure, translate)}
                </Typography>
              ))}
            </Box>
          </Box>
        ) : null}
      </CardContent>
      {open ? <StepDialog record={record} step={step} open={open} onClose={() => setOpen(false)} /> : null}
    </Card>
  );
};

const NextSteps = () => {
  const record = useRecordContext<DevelopmentCase>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'developmentCases', action: 'step' });
  if (!record) return null;
  const steps = record.nextSteps ?? [];
  if (steps.length === 0) return <Typography color="text.secondary">{translate('resources.developmentCases.stepPanel.closed')}</Typography>;
  return (
    <>
      {canAccess === false ? (
        <Alert severity="info" sx={{ mb: 1 }}>
          {translate('resources.developmentCases.stepPanel.readOnly')}
        </Alert>
      ) : null}
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
        {steps.map((step) => (
          <StepItem key={step.action} record={record} step={step} allowed={canAccess === true} />
        ))}
      </Stack>
    </>
  );
};

const headSx = { '& th': { whiteSpace: 'nowrap', color: 'text.secondary', fontWeight: 500 } };

/** The notice a step relied on, by its title, marked when it ran on paper and was recorded after the fact. */
const EventNotice = ({ noticeId }: { noticeId: string }) => {
  const record = useRecordContext<DevelopmentCase>();
  const createPath = useCreatePath();
  const translate = useTranslate();
  const notice = record?.notices?.find((n) => n.id === noticeId);
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }} data-testid="event-notice">
      <span>{translate('resources.developmentCases.timeline.byNotice')}</span>
      <Link to={createPath({ resource: 'publicNotices', id: noticeId, type: 'show' })}>{notice?.title ?? `#${noticeId}`}</Link>
      {notice?.postedOnPaper ? <PaperNoticeChip /> : null}
    </Stack>
  );
};

/** Every step of the case, oldest first: what, when it took effect, the stage change, the resolution, the note, who. */
const Timeline = () => {
  const record = useRecordContext<DevelopmentCase>();
  const translate = useTranslate();
  const events = record?.events ?? [];
  if (events.length === 0) return <Typography color="text.secondary">{translate('resources.developmentCases.timeline.empty')}</Typography>;
  const stage = (value: string | null) => (value ? translate(`guildhall.caseStages.${value}`) : '');
  return (
    <ScrollTable label="guildhall.tables.caseTimeline" data-testid="case-timeline" sx={headSx}>
      <TableHead>
        <TableRow>
          {['effectiveOn', 'action', 'stageChange', 'decisionRef', 'note', 'actor'].map((key) => (
            <TableCell key={key}>{translate(`resources.developmentCases.timeline.${key}`)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {events.map((event) => (
          <TableRow key={event.id} data-action={event.action}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{event.effectiveOn}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate(`guildhall.caseActions.${event.action}`, { _: event.action })}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              {event.toStage && event.toStage !== event.fromStage ? `${event.fromStage ? `${stage(event.fromStage)} → ` : ''}${stage(event.toStage)}` : DASH}
            </TableCell>
            <TableCell>{event.decisionRef ?? DASH}</TableCell>
            <TableCell sx={{ maxWidth: 360, wordBreak: 'break-word' }}>
              {event.noticeId ? <EventNotice noticeId={event.noticeId} /> : null}
              {event.note ?? (event.noticeId ? null : DASH)}
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }} title={formatDateTime(event.recordedAt, { seconds: true })}>
              <ActorName actorId={null} actorName={event.actorName} displayName={event.actorDisplayName} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
};

const PeopleLinks = ({ people }: { people: { id: string; name: string }[] }) => {
  const createPath = useCreatePath();
  const translate = useTranslate();
  if (people.length === 0) return <>{translate('resources.developmentCases.noContacts')}</>;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {people.map((p) => (
        <Link key={p.id} to={createPath({ resource: 'people', id: p.id, type: 'show' })}>
          {p.name}
        </Link>
      ))}
    </Stack>
  );
};

const Sponsors = () => {
  const record = useRecordContext<DevelopmentCase>();
  if (!record) return null;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
      <Fact label="resources.developmentCases.fields.contacts">
        <PeopleLinks people={record.contacts ?? []} />
      </Fact>
      <Fact label="resources.developmentCases.fields.introducers">
        <PeopleLinks people={record.introducers ?? []} />
      </Fact>
    </Box>
  );
};

const Assessments = () => {
  const record = useRecordContext<DevelopmentCase>();
  const translate = useTranslate();
  const assessments = record?.assessments ?? [];
  if (assessments.length === 0) return <Typography color="text.secondary">{DASH}</Typography>;
  return (
    <ScrollTable label="guildhall.tables.caseAssessments" sx={{ ...headSx, maxWidth: 720 }}>
      <TableHead>
        <TableRow>
          {['period', 'result', 'on', 'note'].map((key) => (
            <TableCell key={key}>{translate(`resources.developmentCases.fields.${key}`)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {assessments.map((a) => (
          <TableRow key={a.id}>
            <TableCell>{a.period}</TableCell>
            <TableCell>{translate(`guildhall.assessmentResults.${a.result}`)}</TableCell>
            <TableCell>{a.assessedOn}</TableCell>
            <TableCell>{a.note ?? DASH}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
};

const Notices = () => {
  const record = useRecordContext<DevelopmentCase>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const notices = record?.notices ?? [];
  if (notices.length === 0) return <Typography color="text.secondary">{DASH}</Typography>;
  return (
    <ScrollTable label="guildhall.tables.caseNotices" sx={headSx} data-testid="case-notices">
      <TableHead>
        <TableRow>
          {['title', 'stage', 'startsOn', 'endsOn', 'state'].map((key) => (
            <TableCell key={key}>{translate(`resources.publicNotices.fields.${key}`)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {notices.map((n) => (
          <TableRow key={n.id}>
            {/* Wide enough for a title to read on a phone, where the table scrolls sideways. */}
            <TableCell sx={{ minWidth: 200 }}>
              <Link to={createPath({ resource: 'publicNotices', id: n.id, type: 'show' })}>{n.title}</Link>
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate(`guildhall.noticeStages.${n.stage}`)}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{n.startsOn}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{n.endsOn}</TableCell>
            <TableCell>
              <Stack direction="row" spacing={0.5}>
                <NoticeStateChip state={n.state} />
                {n.postedOnPaper ? <PaperNoticeChip /> : null}
              </Stack>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
};

const CaseSummary = (_props: { label?: false }) => (
  <Box sx={{ width: '100%' }} data-testid="case-summary">
    <CaseHeader />
    <Section title="nextSteps" testId="next-steps">
      <NextSteps />
    </Section>
    <Section title="dossier" testId="dossier-section">
      <CaseDossier />
    </Section>
    <Section title="timeline">
      <Timeline />
    </Section>
    <Section title="dates">
      <KeyDates />
    </Section>
    <Section title="sponsors">
      <Sponsors />
    </Section>
    <Section title="assessments">
      <Assessments />
    </Section>
    <Section title="notices">
      <Notices />
    </Section>
  </Box>
);

const ShowActions = () => <TopToolbar />;

export const CaseShow = () => {
  const { canAccess: canReadAudit } = useCanAccess({ resource: 'auditEntries', action: 'list' });
  const allowed = useQueryWhenAllowed('developmentCases', 'show');
  return (
    <Show actions={<ShowActions />} error={<ShowLoadError />} {...stayOnLoadError} queryOptions={{ ...stayOnLoadError.queryOptions, ...allowed }}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.people.tabs.summary">
          <CaseSummary label={false} />
        </TabbedShowLayout.Tab>
        {canReadAudit ? (
          <TabbedShowLayout.Tab label="resources.people.tabs.history" path="history">
            <RecordHistory label={false} recordType="DevelopmentCase" />
          </TabbedShowLayout.Tab>
        ) : null}
      </TabbedShowLayout>
    </Show>
  );
};
