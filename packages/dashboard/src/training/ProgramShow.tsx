import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { CreateButton, DataTable, EditButton, Pagination, ReferenceManyField, Show, TabbedShowLayout, TopToolbar, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { useQueryWhenAllowed } from '../access';
import { RecordHistory } from '../audit/RecordHistory';
import { ShowLoadError, stayOnLoadError } from '../layout/NotFound';
import { ChamberStats } from './ChamberStats';
import { ClassDatesField, ClassStatusField, OrganizerField, SeatsField } from './TrainingFields';
import type { TrainingClass, TrainingProgram } from './training';

const ShowActions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
);

const Fact = ({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) => {
  const translate = useTranslate();
  return (
    <Box sx={wide ? { gridColumn: '1 / -1' } : undefined}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(`resources.trainingPrograms.fields.${label}`)}
      </Typography>
      <Typography variant="body2" component="div" sx={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Typography>
    </Box>
  );
};

const SectionTitle = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle2" color="text.secondary" sx={{ mt: 3, mb: 1, borderBottom: 1, borderColor: 'divider', pb: 0.5 }}>
      {translate(`resources.trainingPrograms.sections.${title}`)}
    </Typography>
  );
};

const NewClassButton = () => {
  const record = useRecordContext<TrainingProgram>();
  if (!record) return null;
  return <CreateButton resource="trainingClasses" state={{ record: { programId: record.id } }} />;
};

const ProgramSummary = (_props: { label?: false }) => {
  const record = useRecordContext<TrainingProgram>();
  if (!record) return null;
  return (
    <Box sx={{ width: '100%' }} data-testid="program-summary">
      <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
        {record.title}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' }, gap: 2 }}>
        <Fact label="year">{record.year}</Fact>
        <Fact label="organizerId">
          <OrganizerField />
        </Fact>
        <Fact label="description" wide>
          {record.description || '—'}
        </Fact>
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between' }}>
        <SectionTitle title="classes" />
        <NewClassButton />
      </Box>
      <ReferenceManyField reference="trainingClasses" target="programId" sort={{ field: 'startsOn', order: 'DESC' }} perPage={25} pagination={<Pagination rowsPerPageOptions={[25]} />}>
        <DataTable<TrainingClass> rowClick="show" bulkActionButtons={false} sx={{ '& .RaDataTable-headerCell': { whiteSpace: 'nowrap' } }}>
          <DataTable.Col source="title" label="resources.trainingClasses.fields.title" sx={{ minWidth: 240 }} />
          <DataTable.Col source="startsOn" label="resources.trainingClasses.fields.dates" field={ClassDatesField} />
          <DataTable.Col source="seated" label="resources.trainingClasses.fields.seats" field={SeatsField} disableSort />
          <DataTable.Col source="status" label="resources.trainingClasses.fields.status" field={ClassStatusField} />
        </DataTable>
      </ReferenceManyField>
      <ChamberStats programId={record.id} />
    </Box>
  );
};

export const ProgramShow = () => {
  const { canAccess: canReadAudit } = useCanAccess({ resource: 'auditEntries', action: 'list' });
  const allowed = useQueryWhenAllowed('trainingPrograms', 'show');
  return (
    <Show actions={<ShowActions />} error={<ShowLoadError />} {...stayOnLoadError} queryOptions={{ ...stayOnLoadError.queryOptions, ...allowed }}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.people.tabs.summary">
          <ProgramSummary label={false} />
        </TabbedShowLayout.Tab>
        {canReadAudit ? (
          <TabbedShowLayout.Tab label="resources.people.tabs.history" path="history">
            <RecordHistory label={false} recordType="TrainingProgram" />
          </TabbedShowLayout.Tab>
        ) : null}
      </TabbedShowLayout>
    </Show>
  );
};
