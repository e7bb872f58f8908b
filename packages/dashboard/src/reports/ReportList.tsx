import { Typography } from '@mui/material';
import { AutocompleteInput, DataTable, List, Pagination, ReferenceInput, SelectInput, useTranslate } from 'react-admin';
import { ResponsiveList } from '../layout/ResponsiveList';
import { useQueryWhenAllowed } from '../access';
import { TranslatedSearchInput } from '../layout/TranslatedSearchInput';
import { AnonymousField, ReceivedOnField, ReferenceField, ReportCaseField, ReportChannelField, ReportNoticeField, ReportStatusField } from './ReportFields';
import { channelChoices, reportStatusChoices, type Report } from './report';

const reportFilters = [
  <TranslatedSearchInput key="q" source="q" alwaysOn placeholder="resources.reports.fields.q" />,
  <SelectInput key="status" source="status" choices={reportStatusChoices} alwaysOn sx={{ minWidth: 150 }} />,
  <SelectInput key="channel" source="channel" choices={channelChoices} alwaysOn sx={{ minWidth: 150 }} />,
  <ReferenceInput key="noticeId" source="noticeId" reference="publicNotices" sort={{ field: 'startsOn', order: 'DESC' }}>
    <AutocompleteInput optionText="title" filterToQuery={(q: string) => ({ q })} noOptionsText="resources.publicNotices.empty" sx={{ minWidth: 320 }} />
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
      {translate('resources.reports.empty')}
    </Typography>
  );
};

export const ReportList = () => (
  <List
    queryOptions={useQueryWhenAllowed('reports', 'list')}
    filters={reportFilters}
    sort={{ field: 'receivedOn', order: 'DESC' }}
    perPage={25}
    pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
    exporter={false}
  >
    <ResponsiveList<Report>
      primaryText={<ReferenceField />}
      tertiaryText={<ReportStatusField />}
      secondaryText={(record) => [record.receivedOn, record.notice?.title].filter(Boolean).join(' · ')}
      empty={<EmptyResult />}
    >
    <DataTable<Report> rowClick="show" bulkActionButtons={false} empty={<EmptyResult />} sx={tableSx}>
      <DataTable.Col source="reference" field={ReferenceField} disableSort />
      <DataTable.Col source="channel" field={ReportChannelField} />
      <DataTable.Col source="noticeId" field={ReportNoticeField} disableSort sx={{ minWidth: 260 }} />
      <DataTable.Col source="caseId" field={ReportCaseField} disableSort />
      <DataTable.Col source="receivedOn" field={ReceivedOnField} />
      <DataTable.Col source="status" field={ReportStatusField} />
      <DataTable.Col source="anonymous" field={AnonymousField} disableSort />
    </DataTable>
</ResponsiveList>
  </List>
);
