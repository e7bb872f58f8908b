import { Typography } from '@mui/material';
import { DataTable, List, Pagination, useRecordContext, useTranslate } from 'react-admin';
import { ResponsiveList } from '../layout/ResponsiveList';
import { useQueryWhenAllowed } from '../access';
import { KindField, NameField, ParentField, ProvinceField, StatusField } from './OrganizationFields';
import { OrganizationQuickFilters, organizationFilters } from './OrganizationListFilters';
import { holdsEnterprises, type Organization } from './kinds';

const ShortParentField = () => <ParentField short />;

const EmptyResult = () => {
  const translate = useTranslate();
  return (
    <Typography color="text.secondary" sx={{ p: 3 }}>
      {translate('resources.organizations.empty')}
    </Typography>
  );
};

/** A row's second line on a phone: the kind and the organization above it. */
const PhoneFacts = () => {
  const record = useRecordContext<Organization>();
  const translate = useTranslate();
  if (!record) return null;
  return <>{[translate(`guildhall.kinds.${record.kind}`), record.parent?.name].filter(Boolean).join(' · ')}</>;
};

export const OrganizationList = () => (
  <List
    queryOptions={useQueryWhenAllowed('organizations', 'list')}
    filters={organizationFilters}
    sort={{ field: 'name', order: 'ASC' }}
    perPage={25}
    pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
    exporter={false}
  >
    <OrganizationQuickFilters />
    <ResponsiveList<Organization>
      primaryText={(record) => record.name}
      tertiaryText={<StatusField />}
      secondaryText={<PhoneFacts />}
      empty={<EmptyResult />}
    >
    <DataTable<Organization> rowClick="show" bulkActionButtons={false} empty={<EmptyResult />}>
      <DataTable.Col source="name" field={NameField} />
      <DataTable.Col source="kind" field={KindField} />
      <DataTable.Col source="parentId" field={ShortParentField} disableSort sx={{ minWidth: 170 }} />
      <DataTable.Col source="status" field={StatusField} />
      <DataTable.Col source="originProvince" field={ProvinceField} />
      <DataTable.Col
        source="enterpriseCount"
        align="right"
        disableSort
        render={(record: Organization) => (holdsEnterprises(record.kind) ? record.enterpriseCount : '')}
      />
      <DataTable.NumberCol source="childCount" disableSort />
      <DataTable.Col source="foundedOn" sx={{ whiteSpace: 'nowrap' }} />
    </DataTable>
    </ResponsiveList>
  </List>
);
