import { Typography } from '@mui/material';
import { AutocompleteInput, DataTable, List, Pagination, ReferenceInput, SelectInput, useCanAccess, useTranslate } from 'react-admin';
import { ResponsiveList } from '../layout/ResponsiveList';
import { useQueryWhenAllowed } from '../access';
import { TranslatedSearchInput } from '../layout/TranslatedSearchInput';
import { EnrollmentBulkActions } from './EnrollmentBulkActions';
import {
  CertificateField,
  CompletedField,
  EnrollmentChamberField,
  EnrollmentClassField,
  EnrollmentPersonField,
  EnrollmentStatusField,
  HoursField,
  RequestedAtField,
  WaitlistPositionField,
} from './TrainingFields';
import { enrollmentStatusChoices, yesNoChoices, type Enrollment } from './training';

const byTitle = (q: string) => ({ q });
const byName = (q: string) => ({ q });

const enrollmentFilters = [
  <TranslatedSearchInput key="q" source="q" alwaysOn placeholder="resources.enrollments.fields.q" />,
  <ReferenceInput key="classId" source="classId" reference="trainingClasses" sort={{ field: 'startsOn', order: 'DESC' }} alwaysOn>
    <AutocompleteInput optionText="title" filterToQuery={byTitle} sx={{ minWidth: 280 }} />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={enrollmentStatusChoices} alwaysOn sx={{ minWidth: 130 }} />,
  <SelectInput key="completed" source="completed" choices={yesNoChoices} alwaysOn sx={{ minWidth: 120 }} />,
  <ReferenceInput key="chamberId" source="chamberId" reference="organizations" filter={{ kind: 'CHAMBER' }} sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={byName} noOptionsText="resources.organizations.empty" sx={{ minWidth: 240 }} />
  </ReferenceInput>,
];

export const enrollmentTableSx = {
  '& .RaDataTable-headerCell': { whiteSpace: 'nowrap' },
  '& .MuiTableCell-root': { px: 1 },
  '& .MuiTableCell-root:first-of-type': { pl: 1 },
};

const EmptyResult = () => {
  const translate = useTranslate();
  return (
    <Typography color="text.secondary" sx={{ p: 3 }}>
      {translate('resources.enrollments.empty')}
    </Typography>
  );
};

/** Whether the user has any bulk action: else the rows have no checkboxes. */
export function useBulkActions() {
  const { canAccess: canManage } = useCanAccess({ resource: 'enrollments', action: 'manage' });
  const { canAccess: canCancel } = useCanAccess({ resource: 'enrollments', action: 'cancel' });
  return canManage || canCancel ? <EnrollmentBulkActions /> : false;
}

/** 报名记录: places across classes, with the same bulk actions as a class's roster. */
export const EnrollmentList = () => {
  const bulkActions = useBulkActions();
  return (
    <List
      queryOptions={useQueryWhenAllowed('enrollments', 'list')}
      filters={enrollmentFilters}
      sort={{ field: 'requestedAt', order: 'DESC' }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
      exporter={false}
    >
      <ResponsiveList<Enrollment>
        primaryText={(record) => record.person?.name ?? `#${record.id}`}
        tertiaryText={<EnrollmentStatusField />}
        secondaryText={(record) => [record.class?.title, record.chamber?.shortName || record.chamber?.name].filter(Boolean).join(' · ')}
        rowClick={false}
        empty={<EmptyResult />}
      >
      <DataTable<Enrollment> rowClick={false} bulkActionButtons={bulkActions} empty={<EmptyResult />} sx={enrollmentTableSx}>
        <DataTable.Col source="personName" label="resources.enrollments.fields.person" field={EnrollmentPersonField} />
        <DataTable.Col source="classId" field={EnrollmentClassField} disableSort sx={{ minWidth: 200 }} />
        <DataTable.Col source="chamberId" field={EnrollmentChamberField} disableSort />
        <DataTable.Col source="status" field={EnrollmentStatusField} />
        <DataTable.Col source="waitlistPosition" field={WaitlistPositionField} disableSort />
        <DataTable.Col source="hoursCredited" field={HoursField} />
        <DataTable.Col source="completedAt" label="resources.enrollments.fields.completed" field={CompletedField} disableSort />
        <DataTable.Col source="certificate" field={CertificateField} disableSort />
        <DataTable.Col source="requestedAt" field={RequestedAtField} />
      </DataTable>
</ResponsiveList>
    </List>
  );
};
