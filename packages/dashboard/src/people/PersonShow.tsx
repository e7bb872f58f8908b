import { Alert } from '@mui/material';
import { EditButton, Show, TabbedShowLayout, TopToolbar, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { useQueryWhenAllowed } from '../access';
import { RecordHistory } from '../audit/RecordHistory';
import { ShowLoadError, stayOnLoadError } from '../layout/NotFound';
import { ArchiveButton } from '../organizations/ArchiveButton';
import { PersonSummary } from './PersonSummary';
import type { Person } from './person';
import { formatDate } from '../i18n/format';

const ShowActions = () => {
  const record = useRecordContext<Person>();
  const archived = !!record?.archivedAt;
  return (
    <TopToolbar>
      {!archived ? <EditButton /> : null}
      <ArchiveButton />
    </TopToolbar>
  );
};

const ArchivedNotice = () => {
  const record = useRecordContext<Person>();
  const translate = useTranslate();
  if (!record?.archivedAt) return null;
  const date = formatDate(record.archivedAt);
  return (
    <Alert severity="warning" sx={{ m: 2, mb: 0 }} data-testid="archived-notice">
      {translate('resources.people.archivedNotice', { date })}
    </Alert>
  );
};

export const PersonShow = () => {
  const { canAccess: canReadAudit } = useCanAccess({ resource: 'auditEntries', action: 'list' });
  const allowed = useQueryWhenAllowed('people', 'show');
  return (
    <Show actions={<ShowActions />} error={<ShowLoadError />} {...stayOnLoadError} queryOptions={{ ...stayOnLoadError.queryOptions, ...allowed }}>
      <ArchivedNotice />
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.people.tabs.summary">
          <PersonSummary label={false} />
        </TabbedShowLayout.Tab>
        {canReadAudit ? (
          <TabbedShowLayout.Tab label="resources.people.tabs.history" path="history">
            <RecordHistory label={false} recordType="Person" />
          </TabbedShowLayout.Tab>
        ) : null}
      </TabbedShowLayout>
    </Show>
  );
};
