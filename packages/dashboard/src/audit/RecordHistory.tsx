import { DataTable, Pagination, ReferenceManyField } from 'react-admin';
import { DateTimeField } from '../organizations/OrganizationFields';
import type { AuditEntry } from './actions';
import { AuditChanges } from './AuditChanges';
import { NoAuditEntries } from './AuditList';
import { ActionField, ActorField, ChangedFieldsField } from './AuditFields';

/** The audit entries about the record on the page, newest first; a row opens to show what changed. */
export const RecordHistory = ({ recordType }: { recordType: string; label?: false }) => (
  <ReferenceManyField
    reference="auditEntries"
    target="recordId"
    filter={{ recordType }}
    sort={{ field: 'at', order: 'DESC' }}
    perPage={25}
    pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
  >
    <DataTable<AuditEntry> rowClick="expand" expand={<AuditChanges />} bulkActionButtons={false} empty={<NoAuditEntries />}>
      <DataTable.Col source="at" field={DateTimeField} disableSort sx={{ whiteSpace: 'nowrap' }} />
      <DataTable.Col source="actorName" field={ActorField} disableSort />
      <DataTable.Col source="action" field={ActionField} disableSort />
      <DataTable.Col source="changes" field={ChangedFieldsField} disableSort />
    </DataTable>
  </ReferenceManyField>
);
