import { Typography } from '@mui/material';
import { CreateButton, DataTable, FilterButton, List, Pagination, TopToolbar, useTranslate } from 'react-admin';
import { ResponsiveList } from '../layout/ResponsiveList';
import { useQueryWhenAllowed } from '../access';
import {
  EmployerField,
  GenderField,
  KeeperField,
  LocalDateField,
  MembershipStatusField,
  NationalIdField,
  PersonNameField,
  RelationField,
  ShortDateTimeField,
} from './PersonFields';
import { personFilters } from './PersonListFilters';
import { ExportPeopleButton, ImportPeopleButton, TemplateButton } from './PeopleSheets';
import type { Person } from './person';

const ShortKeeperField = () => <KeeperField short />;
const ShortEmployerField = () => <EmployerField short />;
const BirthDateField = () => <LocalDateField source="birthDate" />;

// Nine columns fit a laptop screen beside the menu: headers stay on one line, cells pad less.
const tableSx = {
  '& .RaDataTable-headerCell': { whiteSpace: 'nowrap' },
  '& .MuiTableCell-root': { px: 0.75 },
  '& .MuiTableCell-root:first-of-type': { pl: 2 },
};

const EmptyResult = () => {
  const translate = useTranslate();
  return (
    <Typography color="text.secondary" sx={{ p: 3 }}>
      {translate('resources.people.empty')}
    </Typography>
  );
};

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportPeopleButton />
    <TemplateButton />
    <ImportPeopleButton />
  </TopToolbar>
);

// Names sort by their pinyin on the server (董 before 冯), not by code point.
export const PersonList = () => (
  <List
    queryOptions={useQueryWhenAllowed('people', 'list')}
    filters={personFilters}
    actions={<ListActions />}
    sort={{ field: 'name', order: 'ASC' }}
    perPage={25}
    pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
    exporter={false}
  >
    <ResponsiveList<Person>
      primaryText={(record) => record.name}
      tertiaryText={<MembershipStatusField />}
      secondaryText={(record) => [record.organization?.shortName || record.organization?.name, record.employer?.shortName || record.employer?.name].filter(Boolean).join(' · ')}
      empty={<EmptyResult />}
    >
    <DataTable<Person> rowClick="show" bulkActionButtons={false} empty={<EmptyResult />} sx={tableSx}>
      <DataTable.Col source="name" field={PersonNameField} />
      <DataTable.Col source="gender" field={GenderField} disableSort />
      <DataTable.Col source="birthDate" field={BirthDateField} />
      <DataTable.Col source="membershipStatus" field={MembershipStatusField} />
      <DataTable.Col source="relation" field={RelationField} />
      <DataTable.Col source="organizationId" field={ShortKeeperField} disableSort sx={{ minWidth: 240 }} />
      <DataTable.Col source="employerId" field={ShortEmployerField} disableSort sx={{ minWidth: 170 }} />
      <DataTable.Col source="nationalId" field={NationalIdField} disableSort />
      <DataTable.Col source="updatedAt" field={ShortDateTimeField} />
    </DataTable>
</ResponsiveList>
  </List>
);
