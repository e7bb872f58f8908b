import { Box, Typography } from '@mui/material';
import { CreateButton, DataTable, List, NumberInput, Pagination, TopToolbar, useTranslate } from 'react-admin';
import { ResponsiveList } from '../layout/ResponsiveList';
import { useQueryWhenAllowed } from '../access';
import { TranslatedSearchInput } from '../layout/TranslatedSearchInput';
import { ChamberStats } from './ChamberStats';
import { ShortOrganizerField } from './TrainingFields';
import type { TrainingProgram } from './training';

const programFilters = [
  <TranslatedSearchInput key="q" source="q" alwaysOn placeholder="resources.trainingPrograms.fields.q" />,
  <NumberInput key="year" source="year" alwaysOn step={1} sx={{ width: 120 }} />,
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
      {translate('resources.trainingPrograms.empty')}
    </Typography>
  );
};

const ListActions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);


/** 培训计划: the programs, newest year first, and below them the chambers' figures for a year. */
export const ProgramList = () => (
  <Box>
    <List
      queryOptions={useQueryWhenAllowed('trainingPrograms', 'list')}
      filters={programFilters}
      actions={<ListActions />}
      sort={{ field: 'year', order: 'DESC' }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
      exporter={false}
    >
      <ResponsiveList<TrainingProgram>
        primaryText={(record) => record.title}
        tertiaryText={(record) => String(record.year)}
        secondaryText={(record) => record.organizer?.shortName || record.organizer?.name || ''}
        empty={<EmptyResult />}
      >
      <DataTable<TrainingProgram> rowClick="show" bulkActionButtons={false} empty={<EmptyResult />} sx={tableSx}>
        <DataTable.Col source="title" sx={{ minWidth: 280 }} />
        <DataTable.Col source="year" />
        <DataTable.Col source="organizerId" field={ShortOrganizerField} disableSort />
        <DataTable.Col source="description" sx={{ maxWidth: 480 }} disableSort />
      </DataTable>
</ResponsiveList>
    </List>
    <ChamberStats withYear />
  </Box>
);

