import { Typography } from '@mui/material';
import { DataTable, List, Pagination, useRecordContext, useTranslate } from 'react-admin';
import { ResponsiveList } from '../layout/ResponsiveList';
import { useQueryWhenAllowed } from '../access';
import { DateTimeField } from '../organizations/OrganizationFields';
import type { AuditEntry } from './actions';
import { AuditChanges } from './AuditChanges';
import { ActionField, ActorField, ChangedFieldsField, OrganizationNameField, RecordField } from './AuditFields';
import { useAuditFilters } from './AuditFilters';

const FilterableActorField = () => <ActorField filterable />;

export const NoAuditEntries = () => {
  const translate = useTranslate();
  return (
    <Typography color="text.secondary" sx={{ p: 3 }}>
      {translate('resources.auditEntries.empty')}
    </Typography>
  );
};

/** An entry on a phone, under what was done: who did it and when. */
const PhoneFacts = () => {
  const record = useRecordContext<AuditEntry>();
  if (!record) return null;
  return (
    <>
      <ActorField /> · <DateTimeField source="at" />
    </>
  );
};

/** The audit trail, newest first; a row opens to show what changed. */
export const AuditList = () => {
  const filters = useAuditFilters();
  const allowed = useQueryWhenAllowed('auditEntries', 'list');
  return (
    <List
      queryOptions={allowed}
      filters={filters}
      sort={{ field: 'at', order: 'DESC' }}
      perPage={50}
      pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
      exporter={false}
    >
      <ResponsiveList<AuditEntry>
        primaryText={<ActionField />}
        tertiaryText={<RecordField />}
        secondaryText={<PhoneFacts />}
        rowClick={false}
        empty={<NoAuditEntries />}
      >
      <DataTable<AuditEntry> rowClick="expand" expand={<AuditChanges />} bulkActionButtons={false} empty={<NoAuditEntries />}>
        <DataTable.Col source="at" field={DateTimeField} sx={{ whiteSpace: 'nowrap' }} />
        <DataTable.Col source="actorName" field={FilterableActorField} disableSort />
        <DataTable.Col source="action" field={ActionField} disableSort />
        <DataTable.Col source="recordType" label="resources.auditEntries.fields.record" field={RecordField} disableSort />
        <DataTable.Col source="organizationId" field={OrganizationNameField} disableSort />
        <DataTable.Col source="changes" field={ChangedFieldsField} disableSort />
      </DataTable>
    </ResponsiveList>
    </List>
  );
};
