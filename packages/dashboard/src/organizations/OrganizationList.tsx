import { Typography } from '@mui/material';
import { DataTable, List, Pagination, useTranslate } from 'react-admin';
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
  </List>
);
