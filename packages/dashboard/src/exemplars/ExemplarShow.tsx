import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Alert, Box, Button, Card, CardContent, Link as MuiLink, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { EditButton, Link, RichTextField, Show, TabbedShowLayout, TopToolbar, useCanAccess, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { useQueryWhenAllowed } from '../access';
import { RecordHistory } from '../audit/RecordHistory';
import { ShowLoadError, stayOnLoadError } from '../layout/NotFound';
import { DASH, DateTimeText, ExemplarStateChip, OwnerField, PhotoThumbnail, SubjectField } from './ExemplarFields';
import { ExemplarRevisions } from './ExemplarRevisions';
import { ExemplarWorkflowButtons } from './ExemplarWorkflow';
import { editable, isPublic, publicExemplarUrl, type Exemplar, type ExemplarRevision } from './exemplar';
import { formatDate } from '../i18n/format';

const ShowActions = () => {
  const record = useRecordContext<Exemplar>();
  const translate = useTranslate();
  const { canAccess: canEdit } = useCanAccess({ resource: 'exemplars', action: 'edit' });
  if (!record) return <TopToolbar />;
  return (
    <TopToolbar sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {isPublic(record) ? (
        <Button size="small" href={publicExemplarUrl(record.id)} target="_blank" rel="noopener" startIcon={<OpenInNewIcon />} data-testid="open-public">
          {translate('resources.exemplars.actions.openPublic')}
        </Button>
      ) : null}
      {canEdit && editable(record) ? <EditButton /> : null}
      <ExemplarWorkflowButtons />
    </TopToolbar>
  );
};

const Fact = ({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) => {
  const translate = useTranslate();
  return (
    <Box sx={wide ? { gridColumn: '1 / -1' } : undefined}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(`resources.exemplars.fields.${label}`)}
      </Typography>
      <Typography variant="body2" component="div">
        {children}
      </Typography>
    </Box>
  );
};

/** Where the profile stands: in review, on notice until a day, returned with a note, published, withdrawn. */
const StateNotice = () => {
  const record = useRecordContext<Exemplar>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!record) return null;
  const working = record.workingRevision;
  const alerts: { severity: 'info' | 'warning' | 'success' | 'error'; text: string; testId: string }[] = [];
  if (record.withdrawnAt) {
    alerts.push({ severity: 'error', text: translate('resources.exemplars.withdrawnNotice', { date: formatDate(record.withdrawnAt) }), testId: 'withdrawn-notice' });
  }
  if (working?.state === 'NOTICE') {
    alerts.push({ severity: 'warning', text: translate('resources.exemplars.noticeRunning', { from: working.noticeStartsOn ?? DASH, to: working.noticeEndsOn ?? DASH }), testId: 'notice-period' });
  } else if (working?.state === 'IN_REVIEW') {
    alerts.push({ severity: 'info', text: translate('resources.exemplars.inReviewNotice'), testId: 'in-review-notice' });
  } else if (working?.state === 'DRAFT' && working.reviewNote) {
    alerts.push({ severity: 'warning', text: translate('resources.exemplars.returnedWith', { note: working.reviewNote }), testId: 'review-note' });
  }
  if (working && record.publishedRevision && !record.withdrawnAt) {
    alerts.push({ severity: 'info', text: translate('resources.exemplars.publicKeeps', { working: working.number, published: record.publishedRevision.number }), testId: 'public-keeps' });
  }
  return (
    <>
      {alerts.map((a) => (
        <Alert key={a.testId} severity={a.severity} sx={{ mb: 2 }} data-testid={a.testId}>
          {a.text}
          {a.testId === 'notice-period' && working?.noticeId ? (
            <>
              {' '}
              <Link to={createPath({ resource: 'publicNotices', id: working.noticeId, type: 'show' })} data-testid="exemplar-notice-link">
                {translate('resources.exemplars.openNotice')}
              </Link>
            </>
          ) : null}
        </Alert>
      ))}
    </>
  );
};

const Header = () => {
  const record = useRecordContext<Exemplar>();
  const translate = useTranslate();
  if (!record) return null;
  const working = record.workingRevision;
  // The notice of the revision being worked on, else the one the published revision went through.
  const notice = working ?? record.publishedRevision;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, 1fr)' }, gap: 2, mb: 3 }} data-testid="exemplar-header">
      <Fact label="subject">
        <SubjectField />
      </Fact>
      <Fact label="category">{record.category ? translate(`guildhall.exemplarCategories.${record.category}`) : DASH}</Fact>
      <Fact label="ownerOrganizationId">
        <OwnerField />
      </Fact>
      <Fact label="state">
        <ExemplarStateChip state={record.state} />
      </Fact>
      <Fact label="noticePeriod">
        <span data-testid="notice-dates">{notice?.noticeStartsOn ? `${notice.noticeStartsOn} ~ ${notice.noticeEndsOn}` : DASH}</span>
      </Fact>
      <Fact label="updatedAt">
        <DateTimeText value={record.updatedAt} />
      </Fact>
      <Fact label="createdAt">
        <DateTimeText value={record.createdAt} />
      </Fact>
      <Fact label="revisionCount">{record.revisions?.length ?? DASH}</Fact>
    </Box>
  );
};

const Heading = ({ children }: { children: ReactNode }) => (
  <Typography variant="subtitle2" color="text.secondary" sx={{ mt: 2, mb: 0.5 }}>
    {children}
  </Typography>
);

/** One revision as the public page would show it. The story is shown through react-admin's sanitizing field. */
const RevisionCard = ({ revision, kind }: { revision: ExemplarRevision; kind: 'working' | 'published' }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ flex: '1 1 420px', minWidth: 0 }} data-testid={`${kind}-revision`} data-revision={revision.number}>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1.5 }}>
          <Typography variant="overline" color="text.secondary" sx={{ lineHeight: 1.6 }}>
            {translate(`resources.exemplars.revisionKinds.${kind}`, { number: revision.number })}
          </Typography>
          <ExemplarStateChip state={revision.state} />
        </Box>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
          {revision.photo ? (
            <MuiLink href={revision.photo.url} target="_blank" rel="noopener">
              <PhotoThumbnail photo={revision.photo} size={200} testId={`${kind}-photo`} />
            </MuiLink>
          ) : (
            <PhotoThumbnail photo={null} size={200} testId={`${kind}-photo`} />
          )}
          <Box sx={{ flex: '1 1 200px', minWidth: 0 }}>
            <Typography variant="h6" component="h3" sx={{ lineHeight: 1.4 }} data-testid={`${kind}-title`}>
              {revision.title}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate(`guildhall.exemplarCategories.${revision.category}`)}
              {revision.authorName ? ` · ${translate('resources.exemplars.writtenBy', { name: revision.authorName })}` : ''}
            </Typography>
            <Typography variant="body1" sx={{ borderLeft: 3, borderColor: 'primary.main', pl: 1.5, whiteSpace: 'pre-wrap', color: 'primary.dark' }}>
              {revision.citation}
            </Typography>
          </Box>
        </Box>
        <Heading>{translate('resources.exemplars.fields.story')}</Heading>
        <Box sx={{ '& p': { my: 0.75 }, '& h2, & h3, & h4': { mt: 1.5, mb: 0.5 }, '& blockquote': { borderLeft: 3, borderColor: 'divider', pl: 1.5, ml: 0, color: 'text.secondary' } }} data-testid={`${kind}-story`}>
          <RichTextField record={{ id: revision.id, story: revision.story }} source="story" />
        </Box>
        <Heading>{translate('resources.exemplars.fields.awards')}</Heading>
        {revision.awards.length ? (
          <Box component="ul" sx={{ my: 0, pl: 2.5 }}>
            {revision.awards.map((award, i) => (
              <Typography component="li" variant="body2" key={i}>
                {award}
              </Typography>
            ))}
          </Box>
        ) : (
          <Typography variant="body2">{DASH}</Typography>
        )}
        <Heading>{translate('resources.exemplars.fields.publicity')}</Heading>
        {revision.publicity.length ? (
          <Box component="ul" sx={{ my: 0, pl: 2.5 }}>
            {revision.publicity.map((p, i) => (
              <Typography component="li" variant="body2" key={i}>
                {p.link ? (
                  <MuiLink href={p.link} target="_blank" rel="noopener noreferrer nofollow">
                    {p.outlet}
                  </MuiLink>
                ) : (
                  p.outlet
                )}
                （{p.mediaType}
                {p.date ? `，${p.date}` : ''}）
              </Typography>
            ))}
          </Box>
        ) : (
          <Typography variant="body2">{DASH}</Typography>
        )}
      </CardContent>
    </Card>
  );
};

/** The revision being worked on beside the one the public sees. */
const Revisions = () => {
  const record = useRecordContext<Exemplar>();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
      {record.workingRevision ? <RevisionCard revision={record.workingRevision} kind="working" /> : null}
      {record.publishedRevision ? <RevisionCard revision={record.publishedRevision} kind="published" /> : null}
    </Box>
  );
};

const ExemplarSummary = (_props: { label?: false }) => (
  <Box sx={{ width: '100%' }} data-testid="exemplar-summary">
    <StateNotice />
    <Header />
    <Revisions />
  </Box>
);

export const ExemplarShow = () => {
  const { canAccess: canReadAudit } = useCanAccess({ resource: 'auditEntries', action: 'list' });
  const allowed = useQueryWhenAllowed('exemplars', 'show');
  return (
    <Show actions={<ShowActions />} error={<ShowLoadError />} {...stayOnLoadError} queryOptions={{ ...stayOnLoadError.queryOptions, ...allowed }}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.exemplars.tabs.summary">
          <ExemplarSummary label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.exemplars.tabs.revisions" path="revisions">
          <ExemplarRevisions label={false} />
        </TabbedShowLayout.Tab>
        {canReadAudit ? (
          <TabbedShowLayout.Tab label="resources.people.tabs.history" path="history">
            <RecordHistory label={false} recordType="Exemplar" />
          </TabbedShowLayout.Tab>
        ) : null}
      </TabbedShowLayout>
    </Show>
  );
};
