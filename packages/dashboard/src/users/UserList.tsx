import { Typography } from '@mui/material';
import { AutocompleteInput, DataTable, List, Pagination, ReferenceInput, SearchInput, SelectInput, useTranslate, type SearchInputProps } from 'react-admin';
import { ResponsiveList } from '../layout/ResponsiveList';
import { useQueryWhenAllowed } from '../access';
import { AccountStatusField, LastSignInField, LockedUntilField, RoleField, UserOrganizationField } from './UserFields';
import { roleChoices, type User } from './roles';

const UserSearchInput = (props: SearchInputProps) => {
  const translate = useTranslate();
  return <SearchInput {...props} placeholder={translate('resources.users.fields.q')} sx={{ width: 280 }} />;
};

const disabledChoices = [
  { id: false, name: 'resources.users.status.active' },
  { id: true, name: 'resources.users.status.disabled' },
];

const userFilters = [
  <UserSearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} alwaysOn sx={{ minWidth: 180 }} />,
  <ReferenceInput key="organizationId" source="organizationId" reference="organizations" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} noOptionsText="resources.organizations.empty" sx={{ minWidth: 280 }} />
  </ReferenceInput>,
  <SelectInput key="disabled" source="disabled" choices={disabledChoices} sx={{ minWidth: 140 }} />,
];

const NoUsers = () => {
  const translate = useTranslate();
  return (
    <Typography color="text.secondary" sx={{ p: 3 }}>
      {translate('resources.users.empty')}
    </Typography>
  );
};

export const UserList = () => (
  <List
    queryOptions={useQueryWhenAllowed('users', 'list')}
    filters={userFilters}
    sort={{ field: 'username', order: 'ASC' }}
    perPage={25}
    pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
    exporter={false}
  >
    <ResponsiveList<User>
      primaryText={(record) => `${record.displayName}（${record.username}）`}
      tertiaryText={<AccountStatusField />}
      secondaryText={(record) => [record.organization?.shortName || record.organization?.name].filter(Boolean).join(' · ')}
      empty={<NoUsers />}
    >
    <DataTable<User> rowClick="show" bulkActionButtons={false} empty={<NoUsers />}>
      <DataTable.Col source="username" sx={{ whiteSpace: 'nowrap' }} />
      <DataTable.Col source="displayName" sx={{ whiteSpace: 'nowrap' }} />
      <DataTable.Col source="role" field={RoleField} />
      <DataTable.Col source="organizationId" field={UserOrganizationField} disableSort sx={{ minWidth: 200 }} />
      <DataTable.Col source="disabled" field={AccountStatusField} disableSort />
      <DataTable.Col source="lockedUntil" field={LockedUntilField} disableSort />
      <DataTable.Col source="lastSignInAt" field={LastSignInField} />
    </DataTable>
</ResponsiveList>
  </List>
);
