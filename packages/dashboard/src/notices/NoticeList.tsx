import { Typography } from '@mui/material';
import { AutocompleteInput, DataTable, List, Pagination, ReferenceInput, SelectInput, useTranslate } from 'react-admin';
import { ResponsiveList } from '../layout/ResponsiveList';
import { useQueryWhenAllowed } from '../access';
import { TranslatedSearchInput } from '../layout/TranslatedSearchInput';
import { NoticeDateField, NoticeLengthField, NoticeOrganizationField, NoticeStageField, NoticeStateField, UnclearedReportsField } from './NoticeFields';
import { noticeStageFilterChoices, noticeStateChoices, type Notice } from './notice';

const noticeFilters = [
  <TranslatedSearchInput key="q" source="q" alwaysOn placeholder="resources.publicNotices.fields.q" />,
  <SelectInput key="stage" source="stage" choices={noticeStageFilterChoices} alwaysOn sx={{ minWidth: 180 }} />,
  <SelectInput key="state" source="state" choices={noticeStateChoices} alwaysOn sx={{ minWidth: 180 }} />,
  <ReferenceInput key="withinOrganization" source="withinOrganization" reference="organizations" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} noOptionsText="resources.organizations.empty" sx={{ minWidth: 280 }} />
  </ReferenceInput>,
];

const tableSx = {
  '& .RaDataTable-headerCell': { whiteSpace: 'nowrap' },
  '& .MuiTableCell-root': { px: 1 },
  '& .MuiTableCell-root:first-of-type': { pl: 2 },
};

const EmptyResult = () => {
  const translate = useTranslate();
  return (
    <Typography color="text.secondary" sx={{ p: 3 }}>
      {translate('resources.publicNotices.empty')}
    </Typography>
  );
};

const ShortOrganizationField = () => <NoticeOrganizationField short />;
const StartsOnField = () => <NoticeDateField source="startsOn" />;
const EndsOnField = () => <NoticeDateField source="endsOn" />;

export const NoticeList = () => (
  <List
    queryOptions={useQueryWhenAllowed('publicNotices', 'list')}
    filters={noticeFilters}
    sort={{ field: 'startsOn', order: 'DESC' }}
    perPage={25}
    pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
    exporter={false}
  >
    <ResponsiveList<Notice>
      primaryText={(record) => record.title}
      tertiaryText={<NoticeStateField />}
      secondaryText={(record) => `${record.startsOn} ~ ${record.endsOn}`}
      empty={<EmptyResult />}
    >
    <DataTable<Notice> rowClick="show" bulkActionButtons={false} empty={<EmptyResult />} sx={tableSx}>
      <DataTable.Col source="title" sx={{ minWidth: 260 }} />
      <DataTable.Col source="stage" field={NoticeStageField} />
      <DataTable.Col source="organizationId" field={ShortOrganizationField} disableSort sx={{ minWidth: 160 }} />
      <DataTable.Col source="startsOn" field={StartsOnField} />
      <DataTable.Col source="endsOn" field={EndsOnField} />
      <DataTable.Col source="length" field={NoticeLengthField} disableSort />
      <DataTable.Col source="state" field={NoticeStateField} disableSort />
      <DataTable.Col source="unclearedReports" field={UnclearedReportsField} disableSort />
    </DataTable>
</ResponsiveList>
  </List>
);
