import { Alert, Typography } from '@mui/material';
import { DataTable, EditButton, ReferenceManyField, Show, TabbedShowLayout, TopToolbar, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { useQueryWhenAllowed } from '../access';
import { RecordHistory } from '../audit/RecordHistory';
import { ShowLoadError, stayOnLoadError } from '../layout/NotFound';
import { AppliedOnField, CaseOrganizationField, StageField } from '../development/CaseFields';
import type { DevelopmentCase } from '../development/development';
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

const NoCases = () => {
  const translate = useTranslate();
  return (
    <Typography color="text.secondary" sx={{ p: 2 }}>
      {translate('resources.people.noCases')}
    </Typography>
  );
};

/** The person's development cases, open and closed, newest first; each row opens the case. */
const PersonCases = (_props: { label?: false }) => (
  <ReferenceManyField reference="developmentCases" target="personId" sort={{ field: 'appliedOn', order: 'DESC' }} perPage={25} empty={<NoCases />}>
    <DataTable<DevelopmentCase> rowClick="show" bulkActionButtons={false} data-testid="person-cases">
      <DataTable.Col source="stage" label="resources.developmentCases.fields.stage" field={StageField} disableSort />
      <DataTable.Col source="organizationId" label="resources.developmentCases.fields.organizationId" field={CaseOrganizationField} disableSort />
      <DataTable.Col source="appliedOn" label="resources.developmentCases.fields.appliedOn" field={AppliedOnField} disableSort />
    </DataTable>
  </ReferenceManyField>
);

export const PersonShow = () => {
  const { canAccess: canReadAudit } = useCanAccess({ resource: 'auditEntries', action: 'list' });
  const { canAccess: canReadCases } = useCanAccess({ resource: 'developmentCases', action: 'list' });
  const allowed = useQueryWhenAllowed('people', 'show');
  return (
    <Show actions={<ShowActions />} error={<ShowLoadError />} {...stayOnLoadError} queryOptions={{ ...stayOnLoadError.queryOptions, ...allowed }}>
      <ArchivedNotice />
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.people.tabs.summary">
          <PersonSummary label={false} />
        </TabbedShowLayout.Tab>
        {canReadCases ? (
          <TabbedShowLayout.Tab label="resources.people.tabs.cases" path="cases">
            <PersonCases label={false} />
          </TabbedShowLayout.Tab>
        ) : null}
        {canReadAudit ? (
          <TabbedShowLayout.Tab label="resources.people.tabs.history" path="history">
            <RecordHistory label={false} recordType="Person" />
          </TabbedShowLayout.Tab>
        ) : null}
      </TabbedShowLayout>
    </Show>
  );
};
