import { Box, Typography } from '@mui/material';
import { AutocompleteInput, CreateButton, DataTable, FilterButton, List, Pagination, ReferenceInput, SelectInput, TopToolbar, useTranslate } from 'react-admin';
import { ResponsiveList } from '../layout/ResponsiveList';
import { useQueryWhenAllowed } from '../access';
import { TranslatedSearchInput } from '../layout/TranslatedSearchInput';
import { ClassCalendar } from './ClassCalendar';
import { ClassDatesField, ClassStatusField, EnrollmentWindowField, ProgramField, SeatsField, ShortOrganizerField, WaitlistedField } from './TrainingFields';
import { classStatusChoices, type TrainingClass } from './training';

const byTitle = (q: string) => ({ q });

// Filters hold strings: `enrollmentOpen` goes to the server as a boolean (training.ts).
const openChoices = [{ id: 'true', name: 'resources.trainingClasses.choices.enrollmentOpen' }];

const classFilters = [
  <TranslatedSearchInput key="q" source="q" alwaysOn placeholder="resources.trainingClasses.fields.q" />,
  <ReferenceInput key="programId" source="programId" reference="trainingPrograms" sort={{ field: 'year', order: 'DESC' }} alwaysOn>
    <AutocompleteInput optionText="title" filterToQuery={byTitle} sx={{ minWidth: 300 }} />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={classStatusChoices} alwaysOn sx={{ minWidth: 140 }} />,
  <SelectInput key="enrollmentOpen" source="enrollmentOpen" choices={openChoices} alwaysOn sx={{ minWidth: 140 }} />,
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
      {translate('resources.trainingClasses.empty')}
    </Typography>
  );
};

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

/** 培训班: the classes, latest first, and a month calendar of their sessions. */
export const ClassList = () => (
  <Box>
    <List
      queryOptions={useQueryWhenAllowed('trainingClasses', 'list')}
      filters={classFilters}
      actions={<ListActions />}
      sort={{ field: 'startsOn', order: 'DESC' }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
      exporter={false}
    >
      <ResponsiveList<TrainingClass>
        primaryText={(record) => record.title}
        tertiaryText={<ClassStatusField />}
        secondaryText={(record) => [record.startsOn === record.endsOn ? record.startsOn : `${record.startsOn} ~ ${record.endsOn}`, record.organizer?.shortName || record.organizer?.name].filter(Boolean).join(' · ')}
        empty={<EmptyResult />}
      >
      <DataTable<TrainingClass> rowClick="show" bulkActionButtons={false} empty={<EmptyResult />} sx={tableSx}>
        <DataTable.Col source="title" sx={{ minWidth: 220 }} />
        <DataTable.Col source="programId" field={ProgramField} disableSort sx={{ minWidth: 180 }} />
        <DataTable.Col source="organizerId" field={ShortOrganizerField} disableSort />
        <DataTable.Col source="startsOn" label="resources.trainingClasses.fields.dates" field={ClassDatesField} />
        <DataTable.Col source="seated" label="resources.trainingClasses.fields.seats" field={SeatsField} disableSort />
        <DataTable.Col source="waitlisted" field={WaitlistedField} disableSort />
        <DataTable.Col source="enrollmentWindow" field={EnrollmentWindowField} disableSort />
        <DataTable.Col source="status" field={ClassStatusField} />
      </DataTable>
</ResponsiveList>
    </List>
    <ClassCalendar />
  </Box>
);
