import AddIcon from '@mui/icons-material/Add';
import { Alert } from '@mui/material';
import {
  CreateButton,
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
import { RecordHistory } from '../audit/RecordHistory';
import { ShowLoadError, stayOnLoadError } from '../layout/NotFound';
import { ArchiveButton } from './ArchiveButton';
import { OrganizationBreadcrumb } from './OrganizationBreadcrumb';
import { KindField, NameField, StatusField } from './OrganizationFields';
import { OrganizationSummary } from './OrganizationSummary';
import { OrganizationTree } from './OrganizationTree';
import { newChildOf, type Organization } from './kinds';
import { formatDate } from '../i18n/format';

const ShowActions = () => {
  const record = useRecordContext<Organization>();
  const archived = !!record?.archivedAt;
  return (
    <TopToolbar>
      {record && !archived ? (
        <CreateButton
          label="resources.organizations.actions.createChild"
          icon={<AddIcon />}
          state={{ record: newChildOf(record) }}
        />
      ) : null}
      {!archived ? <EditButton /> : null}
      <ArchiveButton />
    </TopToolbar>
  );
};

const ArchivedNotice = () => {
  const record = useRecordContext<Organization>();
  const translate = useTranslate();
  if (!record?.archivedAt) return null;
  const date = formatDate(record.archivedAt);
  return (
    <Alert severity="warning" sx={{ m: 2, mb: 0 }}>
      {translate('resources.organizations.archivedNotice', { date })}
    </Alert>
  );
};

export const OrganizationShow = () => {
  const { canAccess: canReadAudit } = useCanAccess({ resource: 'auditEntries', action: 'list' });
  return (
    <Show actions={<ShowActions />} error={<ShowLoadError />} {...stayOnLoadError}>
      <ArchivedNotice />
      <OrganizationBreadcrumb />
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.organizations.tabs.summary">
          <OrganizationSummary label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.organizations.tabs.children" path="children">
          <ReferenceManyField
            label={false}
            reference="organizations"
            target="parentId"
            sort={{ field: 'name', order: 'ASC' }}
            perPage={25}
            pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
          >
            <DataTable<Organization> rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="name" field={NameField} />
              <DataTable.Col source="kind" field={KindField} />
              <DataTable.Col source="status" field={StatusField} />
              <DataTable.NumberCol source="childCount" disableSort />
              <DataTable.Col source="foundedOn" />
            </DataTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.organizations.tabs.tree" path="tree">
          <OrganizationTree label={false} />
        </TabbedShowLayout.Tab>
        {canReadAudit ? (
          <TabbedShowLayout.Tab label="resources.organizations.tabs.history" path="history">
            <RecordHistory label={false} recordType="Organization" />
          </TabbedShowLayout.Tab>
        ) : null}
      </TabbedShowLayout>
    </Show>
  );
};
